// The continuity stamp every longhaul record carries in its headers: run, producer, sequence, scheduled send time.

/**
 * Header keys. Values are short ASCII strings rather than fixed binary, so that any client (kcat
 * `%h`, confluent-kafka, kafka-python) can read and print them without a longhaul decoder; the
 * cost over 8-byte binary is a few bytes per record.
 *
 * - `lh.run`: run id, 1..128 printable ASCII characters (a new one per soak iteration).
 * - `lh.pid`: producer id, 1..128 printable ASCII characters, unique within the run.
 * - `lh.seq`: the producer's sequence number on this partition, decimal, 0..2^53-1, counting
 *   from 0 without gaps in the order the producer handed records to its client.
 * - `lh.sched`: scheduled send time, milliseconds since the Unix epoch in decimal, with up to
 *   three fractional digits (microseconds), e.g. `1694266072336.535`. Latency is measured from it.
 */
export const STAMP_HEADERS = {
  run: 'lh.run',
  producer: 'lh.pid',
  seq: 'lh.seq',
  scheduled: 'lh.sched',
} as const;

export interface Stamp {
  readonly runId: string;
  readonly producerId: string;
  readonly seq: number;
  readonly scheduledAt_ms: number;
}

/** Headers as kafkajs takes and returns them (repeated keys become arrays). */
export type KafkaHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

/** Headers as an ordered list (wire order, as the broker and other clients see them). */
export interface HeaderEntry {
  readonly key: string;
  readonly value: Buffer;
}

const MAX_ID_LENGTH = 128;
const ID = /^[\x21-\x7e]{1,128}$/;

function checkStamp(stamp: Stamp): void {
  if (!ID.test(stamp.runId)) {
    throw new Error(
      `stamp run id must be 1..${MAX_ID_LENGTH} printable ASCII characters, got "${stamp.runId}"`,
    );
  }
  if (!ID.test(stamp.producerId)) {
    throw new Error(
      `stamp producer id must be 1..${MAX_ID_LENGTH} printable ASCII characters, got "${stamp.producerId}"`,
    );
  }
  if (!Number.isSafeInteger(stamp.seq) || stamp.seq < 0) {
    throw new Error(`stamp seq must be a safe integer >= 0, got ${stamp.seq}`);
  }
  if (!Number.isFinite(stamp.scheduledAt_ms) || stamp.scheduledAt_ms < 0) {
    throw new Error(`stamp scheduled time must be a finite number of ms >= 0, got ${stamp.scheduledAt_ms}`);
  }
}

/** `1694266072336.535`: at most three fractional digits, none when the time is whole. */
function formatScheduled(ms: number): string {
  if (Number.isInteger(ms)) return String(ms);
  const text = ms.toFixed(3);
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  return text.slice(0, end);
}

/** The four stamp headers as strings (kafkajs encodes strings as UTF-8). Throws on an invalid stamp. */
export function stampHeaders(stamp: Stamp): Record<string, string> {
  checkStamp(stamp);
  return {
    [STAMP_HEADERS.run]: stamp.runId,
    [STAMP_HEADERS.producer]: stamp.producerId,
    [STAMP_HEADERS.seq]: String(stamp.seq),
    [STAMP_HEADERS.scheduled]: formatScheduled(stamp.scheduledAt_ms),
  };
}

/**
 * `headers` plus the stamp, as a new object. The stamp goes after the existing keys, so a
 * payload's `record_name`, which consumers expect first, stays first.
 */
export function withStamp(headers: KafkaHeaders | undefined, stamp: Stamp): KafkaHeaders {
  return { ...headers, ...stampHeaders(stamp) };
}

/** The stamp as header entries, for clients and codecs that take an ordered list. */
export function stampHeaderEntries(stamp: Stamp): HeaderEntry[] {
  const headers = stampHeaders(stamp);
  return Object.keys(headers).map((key) => ({ key, value: Buffer.from(headers[key], 'latin1') }));
}

/** The first value of a header as bytes, or undefined when it is missing or not bytes/string. */
function bytesOf(value: unknown): Buffer | undefined {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string') return value.length <= 256 ? Buffer.from(value, 'latin1') : undefined;
  if (Array.isArray(value)) return value.length > 0 ? bytesOf(value[0]) : undefined;
  return undefined;
}

/** Decimal digits `b[from, to)` as a number; -1 when empty, not digits, or too long to be exact. */
function digits(b: Buffer, from: number, to: number): number {
  if (to <= from || to - from > 16) return -1;
  let x = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    x = x * 10 + d;
  }
  return x;
}

function parseSeq(b: Buffer): number | undefined {
  if (b.length > 1 && b[0] === 48) return undefined; // no leading zeros: one seq, one spelling
  const seq = digits(b, 0, b.length);
  return seq >= 0 && Number.isSafeInteger(seq) ? seq : undefined;
}

function parseScheduled(b: Buffer): number | undefined {
  const dot = b.indexOf(46);
  if (dot < 0) {
    const whole = digits(b, 0, b.length);
    return whole >= 0 && Number.isSafeInteger(whole) ? whole : undefined;
  }
  const fractionDigits = b.length - dot - 1;
  if (fractionDigits < 1 || fractionDigits > 3) return undefined;
  const whole = digits(b, 0, dot);
  const fraction = digits(b, dot + 1, b.length);
  if (whole < 0 || fraction < 0) return undefined;
  const scale = 10 ** fractionDigits;
  // One division of exact integers rounds exactly like Number() of the decimal text.
  const scaled = whole * scale + fraction;
  return Number.isSafeInteger(scaled) ? scaled / scale : Number(b.toString('latin1'));
}

/**
 * Ids as strings, remembering the last few: a consumer sees one run id and a handful of
 * producer ids over and over, and comparing a few bytes is cheaper than making a string.
 */
class IdCache {
  readonly #bytes: (Buffer | undefined)[] = [undefined, undefined, undefined, undefined];
  readonly #strings: string[] = ['', '', '', ''];
  #next = 0;

  get(b: Buffer): string | undefined {
    const n = b.length;
    if (n === 0 || n > MAX_ID_LENGTH) return undefined;
    for (let slot = 0; slot < 4; slot++) {
      const known = this.#bytes[slot];
      if (known === undefined || known.length !== n) continue;
      let i = 0;
      while (i < n && known[i] === b[i]) i++;
      if (i === n) return this.#strings[slot];
    }
    for (let i = 0; i < n; i++) if (b[i] < 0x21 || b[i] > 0x7e) return undefined;
    const text = b.toString('latin1');
    const slot = this.#next;
    this.#next = (slot + 1) & 3;
    this.#bytes[slot] = Buffer.from(b); // a copy: the consumer's buffer may be reused
    this.#strings[slot] = text;
    return text;
  }
}

const runIds = new IdCache();
const producerIds = new IdCache();

function parse(
  run: Buffer | undefined,
  producer: Buffer | undefined,
  seq: Buffer | undefined,
  scheduled: Buffer | undefined,
): Stamp | undefined {
  if (run === undefined || producer === undefined || seq === undefined || scheduled === undefined)
    return undefined;
  const runId = runIds.get(run);
  const producerId = producerIds.get(producer);
  const seqNumber = parseSeq(seq);
  const scheduledAt_ms = parseScheduled(scheduled);
  if (
    runId === undefined ||
    producerId === undefined ||
    seqNumber === undefined ||
    scheduledAt_ms === undefined
  ) {
    return undefined;
  }
  return { runId, producerId, seq: seqNumber, scheduledAt_ms };
}

/**
 * The stamp of a consumed record, or undefined when the record is not (completely, validly)
 * stamped. Never throws. A key present several times counts by its first value.
 */
export function decodeStamp(
  headers: KafkaHeaders | readonly HeaderEntry[] | undefined | null,
): Stamp | undefined {
  if (headers === undefined || headers === null || typeof headers !== 'object') return undefined;
  try {
    return decodeStampUnchecked(headers);
  } catch {
    // A hostile or broken header object (throwing getters): not a stamped record.
    return undefined;
  }
}

function decodeStampUnchecked(headers: KafkaHeaders | readonly HeaderEntry[]): Stamp | undefined {
  if (Array.isArray(headers)) {
    let run: Buffer | undefined;
    let producer: Buffer | undefined;
    let seq: Buffer | undefined;
    let scheduled: Buffer | undefined;
    for (const entry of headers as readonly HeaderEntry[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      switch (entry.key) {
        case STAMP_HEADERS.run:
          run ??= bytesOf(entry.value);
          break;
        case STAMP_HEADERS.producer:
          producer ??= bytesOf(entry.value);
          break;
        case STAMP_HEADERS.seq:
          seq ??= bytesOf(entry.value);
          break;
        case STAMP_HEADERS.scheduled:
          scheduled ??= bytesOf(entry.value);
          break;
      }
    }
    return parse(run, producer, seq, scheduled);
  }
  const record = headers as KafkaHeaders;
  return parse(
    bytesOf(record[STAMP_HEADERS.run]),
    bytesOf(record[STAMP_HEADERS.producer]),
    bytesOf(record[STAMP_HEADERS.seq]),
    bytesOf(record[STAMP_HEADERS.scheduled]),
  );
}
