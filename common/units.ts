// Parsing of the human units used in flags and scenario files: durations, sizes and rates.

const durationUnits_ms: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const sizeUnits_bytes: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  tb: 1000 ** 4,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** `30s`, `1.5m`, `250ms`, `2h30m`, or a bare number of milliseconds. */
export function parseDuration_ms(text: string | number): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || text < 0)
      throw new Error(`invalid duration ${text}: expected a number of milliseconds >= 0`);
    return text;
  }
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const part = /(\d+(?:\.\d+)?)\s*(ms|min|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(trimmed); match !== null; match = part.exec(trimmed)) {
    total += Number(match[1]) * durationUnits_ms[match[2]];
    consumed = part.lastIndex;
  }
  if (consumed === 0 || consumed !== trimmed.length) {
    throw new Error(`invalid duration "${text}": expected e.g. 500ms, 30s, 5m, 2h or 1h30m`);
  }
  return total;
}

/** `1KiB`, `200MiB`, `1.5GB`, `512` (bytes). */
export function parseSize_bytes(text: string | number): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || text < 0)
      throw new Error(`invalid size ${text}: expected a number of bytes >= 0`);
    return Math.round(text);
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = match ? (match[2] || 'b').toLowerCase() : '';
  if (!match || sizeUnits_bytes[unit] === undefined) {
    throw new Error(`invalid size "${text}": expected e.g. 512, 1KiB, 200MiB, 1.5GB`);
  }
  return Math.round(Number(match[1]) * sizeUnits_bytes[unit]);
}

export type Rate =
  | { readonly kind: 'records'; readonly perSecond: number }
  | { readonly kind: 'bytes'; readonly perSecond: number };

/** `5000` or `5000/s` (records per second), `10MiB/s` (bytes per second). */
export function parseRate(text: string | number): Rate {
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || text <= 0) throw new Error(`invalid rate ${text}: expected records/s > 0`);
    return { kind: 'records', perSecond: text };
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*(?:\/\s*s)?\s*$/.exec(text);
  if (!match) throw new Error(`invalid rate "${text}": expected e.g. 5000, 5000/s or 10MiB/s`);
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (unit === '' || unit === 'msg' || unit === 'msgs' || unit === 'records' || unit === 'rps') {
    if (value <= 0) throw new Error(`invalid rate "${text}": must be > 0`);
    return { kind: 'records', perSecond: value };
  }
  if (sizeUnits_bytes[unit] === undefined)
    throw new Error(`invalid rate "${text}": unknown unit "${match[2]}"`);
  const perSecond = value * sizeUnits_bytes[unit];
  if (perSecond <= 0) throw new Error(`invalid rate "${text}": must be > 0`);
  return { kind: 'bytes', perSecond };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let index = 0;
  while (Math.abs(value) >= 1024 && index < units.length - 1) {
    value /= 1024;
    index++;
  }
  return `${value.toFixed(index === 0 ? 0 : 1)} ${units[index]}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  if (minutes < 60) return `${minutes}m${seconds.toString().padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${(minutes % 60).toString().padStart(2, '0')}m`;
}
