// Parsing of produce/consume flags into role spec fields, with errors that name the flag.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ConsumerFrom, SizeDistributionWire } from '../../common/bus/roles.ts';
import { UserError } from '../../common/errors.ts';
import { parseDuration_ms, parseSize_bytes } from '../../common/units.ts';

function flagError(flag: string, value: unknown, expected: string): UserError {
  return new UserError(`invalid ${flag} ${JSON.stringify(value)}: expected ${expected}`);
}

/** `a:1,b:2` into `['a:1', 'b:2']`. */
export function parseBootstrap(value: unknown): string[] {
  const list = String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (list.length === 0 || list.some((s) => !/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/.test(s))) {
    throw flagError('--bootstrap', value, 'host:port[,host:port...], e.g. 127.0.0.1:9092');
  }
  return list;
}

export function parseCount(flag: string, value: unknown): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw flagError(flag, value, 'a whole number > 0');
  return n;
}

export function parseNumber(flag: string, value: unknown, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw flagError(flag, value, `a number >= ${min}`);
  return n;
}

export function parseDurationFlag(flag: string, value: unknown): number | null {
  if (value === undefined) return null;
  try {
    const ms = parseDuration_ms(String(value));
    if (ms <= 0) throw new Error('must be > 0');
    return ms;
  } catch {
    throw flagError(flag, value, 'a duration such as 500ms, 30s, 5m');
  }
}

/** `1KiB` (fixed) or `100B..4KiB` (uniform). */
export function parseSizeFlag(value: unknown): SizeDistributionWire {
  const text = String(value);
  try {
    const range = text.split('..');
    if (range.length === 2) {
      const min_bytes = parseSize_bytes(range[0]);
      const max_bytes = parseSize_bytes(range[1]);
      if (min_bytes > max_bytes) throw new Error('min > max');
      return { kind: 'uniform', min_bytes, max_bytes };
    }
    return { kind: 'fixed', size_bytes: parseSize_bytes(text) };
  } catch {
    throw flagError('--size', value, 'a size such as 1KiB, or a range such as 100B..4KiB');
  }
}

/** earliest | latest | <offset> | <ISO time>. */
export function parseFrom(value: unknown): ConsumerFrom {
  const text = String(value ?? 'earliest').trim();
  if (text === 'earliest' || text === 'latest') return text;
  if (/^\d+$/.test(text)) return { offset: Number(text) };
  const t = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && Number.isFinite(t) && t >= 0) return { timestamp_ms: t };
  throw flagError('--from', value, 'earliest, latest, an offset, or an ISO time like 2024-05-01T12:00:00Z');
}

/** A fresh run id: `run-` and 12 hex digits. */
export function newRunId(): string {
  return `run-${randomBytes(6).toString('hex')}`;
}

export function defaultProducerId(): string {
  return `cli-${hostname()}-${process.pid}`.replace(/[^\x21-\x7e]/g, '-').slice(0, 128);
}

export function stampId(flag: string, value: unknown): string {
  const text = String(value);
  if (!/^[\x21-\x7e]{1,128}$/.test(text))
    throw flagError(flag, value, '1..128 printable ASCII characters, no spaces');
  return text;
}
