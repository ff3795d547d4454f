// Kafka wire primitives: a bounds-checked Reader over a Buffer and a chunked, growable Writer.
//
// Type mapping (https://kafka.apache.org/protocol#protocol_types):
// - int8/int16/int32/uint16/uint32/float64 -> number, int64 -> bigint, bool -> boolean.
// - uuid -> 36-character lowercase string "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (usable as a Map key;
//   `uuidToKafkaString` gives the base64 form Kafka's tools print).
// - bytes/records -> Buffer. Decoded Buffers are views into the input (no copy): copy them if you keep
//   them longer than the frame they came from and the frame buffer is reused.

/** Input bytes that are not a valid encoding: truncated, a bad length, a varint that never ends. */
export class ProtocolDecodeError extends Error {
  /** Byte offset in the input where the problem was found. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = 'ProtocolDecodeError';
    this.offset = offset;
  }
}

/** A value that cannot be encoded: null where the version forbids it, a string too long, a bad uuid. */
export class ProtocolEncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolEncodeError';
  }
}

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Shared empty Buffer used as the default of `bytes` fields (zero length, so nothing can mutate it). */
export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

const maxInt16 = 0x7fff;

/** Reads Kafka primitives from `buf[offset, end)`; every read checks bounds and throws ProtocolDecodeError. */
export class Reader {
  readonly buf: Buffer;
  offset: number;
  readonly end: number;

  constructor(buf: Buffer, offset = 0, end = buf.length) {
    if (offset < 0 || end > buf.length || offset > end) {
      throw new RangeError(`reader window [${offset}, ${end}) is outside a buffer of ${buf.length} bytes`);
    }
    this.buf = buf;
    this.offset = offset;
    this.end = end;
  }

  remaining(): number {
    return this.end - this.offset;
  }

  private truncated(needed_bytes: number): ProtocolDecodeError {
    return new ProtocolDecodeError(
      `truncated input: needed ${needed_bytes} bytes, ${this.end - this.offset} remain`,
      this.offset,
    );
  }

  fail(message: string): ProtocolDecodeError {
    return new ProtocolDecodeError(message, this.offset);
  }

  skip(size_bytes: number): void {
    if (size_bytes < 0 || this.offset + size_bytes > this.end) throw this.truncated(size_bytes);
    this.offset += size_bytes;
  }

  int8(): number {
    const o = this.offset;
    if (o + 1 > this.end) throw this.truncated(1);
    this.offset = o + 1;
    const b = this.buf[o];
    return (b << 24) >> 24;
  }

  bool(): boolean {
    const o = this.offset;
    if (o + 1 > this.end) throw this.truncated(1);
    this.offset = o + 1;
    return this.buf[o] !== 0;
  }

  int16(): number {
    const o = this.offset;
    if (o + 2 > this.end) throw this.truncated(2);
    this.offset = o + 2;
    const b = this.buf;
    return ((b[o] << 24) | (b[o + 1] << 16)) >> 16;
  }

  uint16(): number {
    const o = this.offset;
    if (o + 2 > this.end) throw this.truncated(2);
    this.offset = o + 2;
    const b = this.buf;
    return (b[o] << 8) | b[o + 1];
  }

  int32(): number {
    const o = this.offset;
    if (o + 4 > this.end) throw this.truncated(4);
    this.offset = o + 4;
    const b = this.buf;
    return (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
  }

  uint32(): number {
    return this.int32() >>> 0;
  }

  int64(): bigint {
    const o = this.offset;
    if (o + 8 > this.end) throw this.truncated(8);
    this.offset = o + 8;
    return this.buf.readBigInt64BE(o);
  }

  float64(): number {
    const o = this.offset;
    if (o + 8 > this.end) throw this.truncated(8);
    this.offset = o + 8;
    return this.buf.readDoubleBE(o);
  }

  /** Unsigned varint of at most 5 bytes (a uint32), as Kafka's ByteUtils.readUnsignedVarint. */
  uvarint(): number {
    const b = this.buf;
    const end = this.end;
    let o = this.offset;
    let value = 0;
    let shift = 0;
    while (true) {
      if (o >= end) throw this.truncated(1);
      const byte = b[o++];
      if (shift === 28) {
        if (byte > 0x0f)
          throw new ProtocolDecodeError('unsigned varint does not fit in 32 bits', this.offset);
        value += byte * 0x10000000;
        break;
      }
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) break;
      shift += 7;
    }
    this.offset = o;
    return value;
  }

  /** Zigzag-encoded signed varint (int32). */
  varint(): number {
    const u = this.uvarint();
    return (u >>> 1) ^ -(u & 1);
  }

  /** Zigzag-encoded signed varlong (int64), at most 10 bytes. */
  varlong(): bigint {
    const b = this.buf;
    const end = this.end;
    let o = this.offset;
    // Fast path: up to 7 bytes (49 bits) fit exactly in a double.
    let small = 0;
    let multiplier = 1;
    for (let i = 0; i < 7; i++) {
      if (o >= end) throw this.truncated(1);
      const byte = b[o++];
      small += (byte & 0x7f) * multiplier;
      if ((byte & 0x80) === 0) {
        this.offset = o;
        return small % 2 === 0 ? BigInt(small / 2) : -BigInt((small + 1) / 2);
      }
      multiplier *= 128;
    }
    let value = BigInt(small);
    let shift = 49n;
    for (let i = 7; i < 10; i++) {
      if (o >= end) throw this.truncated(1);
      const byte = b[o++];
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) {
        this.offset = o;
        value = BigInt.asUintN(64, value);
        return BigInt.asIntN(64, (value >> 1n) ^ -(value & 1n));
      }
      shift += 7n;
    }
    throw new ProtocolDecodeError('varlong longer than 10 bytes', this.offset);
  }

  uuid(): string {
    const o = this.offset;
    if (o + 16 > this.end) throw this.truncated(16);
    this.offset = o + 16;
    const hex = this.buf.toString('hex', o, o + 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private utf8(length_bytes: number): string {
    const o = this.offset;
    if (o + length_bytes > this.end) throw this.truncated(length_bytes);
    this.offset = o + length_bytes;
    return this.buf.toString('utf8', o, o + length_bytes);
  }

  private view(length_bytes: number): Buffer {
    const o = this.offset;
    if (o + length_bytes > this.end) throw this.truncated(length_bytes);
    this.offset = o + length_bytes;
    return this.buf.subarray(o, o + length_bytes);
  }

  private nonNull(what: string): ProtocolDecodeError {
    return this.fail(`null ${what} where the field is not nullable`);
  }

  private negative(what: string, length: number): ProtocolDecodeError {
    return this.fail(`negative ${what} length ${length}`);
  }

  string(): string {
    const n = this.int16();
    if (n < 0) throw n === -1 ? this.nonNull('string') : this.negative('string', n);
    return this.utf8(n);
  }

  nullableString(): string | null {
    const n = this.int16();
    if (n < 0) {
      if (n === -1) return null;
      throw this.negative('string', n);
    }
    return this.utf8(n);
  }

  compactString(): string {
    const n = this.uvarint() - 1;
    if (n < 0) throw this.nonNull('compact string');
    if (n > maxInt16) throw this.fail(`string length ${n} exceeds the 32767-byte limit`);
    return this.utf8(n);
  }

  compactNullableString(): string | null {
    const n = this.uvarint() - 1;
    if (n < 0) return null;
    if (n > maxInt16) throw this.fail(`string length ${n} exceeds the 32767-byte limit`);
    return this.utf8(n);
  }

  bytes(): Buffer {
    const n = this.int32();
    if (n < 0) throw n === -1 ? this.nonNull('bytes') : this.negative('bytes', n);
    return this.view(n);
  }

  nullableBytes(): Buffer | null {
    const n = this.int32();
    if (n < 0) {
      if (n === -1) return null;
      throw this.negative('bytes', n);
    }
    return this.view(n);
  }

  compactBytes(): Buffer {
    const n = this.uvarint() - 1;
    if (n < 0) throw this.nonNull('compact bytes');
    return this.view(n);
  }

  compactNullableBytes(): Buffer | null {
    const n = this.uvarint() - 1;
    return n < 0 ? null : this.view(n);
  }

  /** `records` fields are nullable bytes holding record batches. */
  records(): Buffer | null {
    return this.nullableBytes();
  }

  compactRecords(): Buffer | null {
    return this.compactNullableBytes();
  }

  private checkCount(count: number): number {
    // Every array element takes at least one byte, so a count above the remaining bytes is corrupt:
    // rejecting it here bounds the decode loop by the input size.
    if (count > this.end - this.offset) {
      throw this.fail(
        `array of ${count} elements cannot fit in the ${this.end - this.offset} remaining bytes`,
      );
    }
    return count;
  }

  /** int32 element count of a non-nullable array. */
  arrayLength(): number {
    const n = this.int32();
    if (n < 0) throw n === -1 ? this.nonNull('array') : this.negative('array', n);
    return this.checkCount(n);
  }

  /** int32 element count, -1 for null. */
  nullableArrayLength(): number {
    const n = this.int32();
    if (n < 0) {
      if (n === -1) return -1;
      throw this.negative('array', n);
    }
    return this.checkCount(n);
  }

  compactArrayLength(): number {
    const n = this.uvarint() - 1;
    if (n < 0) throw this.nonNull('compact array');
    return this.checkCount(n);
  }

  /** Compact element count, -1 for null. */
  compactNullableArrayLength(): number {
    const n = this.uvarint() - 1;
    return n < 0 ? -1 : this.checkCount(n);
  }

  /** Hand-written helper: a non-compact, non-nullable array read with `read` (generated code inlines loops). */
  array<T>(read: (reader: Reader) => T): T[] {
    const n = this.arrayLength();
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(read(this));
    return out;
  }

  /**
   * Starts one tagged field whose value takes `size_bytes`; returns where it must end.
   * Pair with `endTaggedField` so that a field shorter than its size is skipped to the end.
   */
  beginTaggedField(size_bytes: number): number {
    if (size_bytes > this.end - this.offset) throw this.truncated(size_bytes);
    return this.offset + size_bytes;
  }

  endTaggedField(end: number): void {
    if (this.offset > end) throw this.fail('tagged field is longer than its declared size');
    this.offset = end;
  }

  /** Skips a whole tagged-field section (used for sections without known tags). */
  skipTaggedFields(): void {
    for (let n = this.uvarint(); n > 0; n--) {
      this.uvarint();
      this.skip(this.uvarint());
    }
  }
}

const minChunk_bytes = 256;
const maxChunk_bytes = 1024 * 1024;
/** Buffers at least this large are appended by reference instead of copied. */
const zeroCopyThreshold_bytes = 1024;

/**
 * Appends Kafka primitives. Output is a list of chunks: large Buffers (record batches) are appended by
 * reference, so `toChunks()` suits `socket.cork()` + `write()` per chunk, and `toBuffer()` concatenates.
 */
export class Writer {
  private readonly chunks: Buffer[] = [];
  private buf: Buffer;
  /** Start of the bytes in `buf` not yet moved to `chunks`. */
  private start = 0;
  private pos = 0;
  private flushed_bytes = 0;

  constructor(initialCapacity_bytes = minChunk_bytes) {
    this.buf = Buffer.allocUnsafe(Math.max(16, initialCapacity_bytes));
  }

  /** Total bytes written so far. */
  get length(): number {
    return this.flushed_bytes + this.pos - this.start;
  }

  private flush(): void {
    if (this.pos > this.start) {
      this.chunks.push(this.buf.subarray(this.start, this.pos));
      this.flushed_bytes += this.pos - this.start;
      this.start = this.pos;
    }
  }

  private ensure(size_bytes: number): void {
    if (this.pos + size_bytes <= this.buf.length) return;
    this.flush();
    const next = Math.max(size_bytes, Math.min(maxChunk_bytes, this.buf.length * 2));
    this.buf = Buffer.allocUnsafe(next);
    this.start = 0;
    this.pos = 0;
  }

  int8(value: number): void {
    this.ensure(1);
    this.buf[this.pos++] = value;
  }

  bool(value: boolean): void {
    this.ensure(1);
    this.buf[this.pos++] = value ? 1 : 0;
  }

  int16(value: number): void {
    this.ensure(2);
    const b = this.buf;
    const p = this.pos;
    b[p] = value >>> 8;
    b[p + 1] = value;
    this.pos = p + 2;
  }

  uint16(value: number): void {
    this.int16(value);
  }

  int32(value: number): void {
    this.ensure(4);
    const b = this.buf;
    const p = this.pos;
    b[p] = value >>> 24;
    b[p + 1] = value >>> 16;
    b[p + 2] = value >>> 8;
    b[p + 3] = value;
    this.pos = p + 4;
  }

  uint32(value: number): void {
    this.int32(value);
  }

  int64(value: bigint): void {
    this.ensure(8);
    this.buf.writeBigInt64BE(value, this.pos);
    this.pos += 8;
  }

  float64(value: number): void {
    this.ensure(8);
    this.buf.writeDoubleBE(value, this.pos);
    this.pos += 8;
  }

  uvarint(value: number): void {
    this.ensure(5);
    const b = this.buf;
    let p = this.pos;
    let v = value >>> 0;
    while (v > 0x7f) {
      b[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[p++] = v;
    this.pos = p;
  }

  varint(value: number): void {
    this.uvarint(((value << 1) ^ (value >> 31)) >>> 0);
  }

  varlong(value: bigint): void {
    let v = BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
    this.ensure(10);
    const b = this.buf;
    let p = this.pos;
    while (v > 0x7fn) {
      b[p++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    b[p++] = Number(v);
    this.pos = p;
  }

  uuid(value: string): void {
    if (
      value.length !== 36 ||
      value.charCodeAt(8) !== 45 ||
      value.charCodeAt(13) !== 45 ||
      value.charCodeAt(18) !== 45 ||
      value.charCodeAt(23) !== 45
    ) {
      throw new ProtocolEncodeError(
        `invalid uuid ${JSON.stringify(value)}: expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`,
      );
    }
    this.ensure(16);
    const b = this.buf;
    const p = this.pos;
    const written =
      b.write(value.slice(0, 8), p, 'hex') +
      b.write(value.slice(9, 13), p + 4, 'hex') +
      b.write(value.slice(14, 18), p + 6, 'hex') +
      b.write(value.slice(19, 23), p + 8, 'hex') +
      b.write(value.slice(24, 36), p + 10, 'hex');
    if (written !== 16)
      throw new ProtocolEncodeError(`invalid uuid ${JSON.stringify(value)}: not hexadecimal`);
    this.pos = p + 16;
  }

  private utf8(value: string, length_bytes: number): void {
    this.ensure(length_bytes);
    const b = this.buf;
    let p = this.pos;
    if (length_bytes === value.length && length_bytes < 48) {
      // ASCII: a JS loop beats the native call for the short names Kafka is full of.
      for (let i = 0; i < length_bytes; i++) b[p++] = value.charCodeAt(i);
    } else {
      b.write(value, p, length_bytes, 'utf8');
      p += length_bytes;
    }
    this.pos = p;
  }

  string(value: string): void {
    const n = Buffer.byteLength(value, 'utf8');
    if (n > maxInt16) throw new ProtocolEncodeError(`string of ${n} bytes exceeds the 32767-byte limit`);
    this.int16(n);
    this.utf8(value, n);
  }

  nullableString(value: string | null): void {
    if (value === null) this.int16(-1);
    else this.string(value);
  }

  /** Kafka caps compact strings at 32767 bytes too (MessageDataGenerator), though the varint could hold more. */
  compactString(value: string): void {
    const n = Buffer.byteLength(value, 'utf8');
    if (n > maxInt16) throw new ProtocolEncodeError(`string of ${n} bytes exceeds the 32767-byte limit`);
    this.uvarint(n + 1);
    this.utf8(value, n);
  }

  compactNullableString(value: string | null): void {
    if (value === null) this.uvarint(0);
    else this.compactString(value);
  }

  /** Appends raw bytes: large ones by reference (they must not change until the output is written). */
  raw(value: Uint8Array): void {
    const n = value.length;
    if (n >= zeroCopyThreshold_bytes) {
      this.flush();
      this.chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, n));
      this.flushed_bytes += n;
      return;
    }
    this.ensure(n);
    this.buf.set(value, this.pos);
    this.pos += n;
  }

  bytes(value: Uint8Array): void {
    this.int32(value.length);
    this.raw(value);
  }

  nullableBytes(value: Uint8Array | null): void {
    if (value === null) this.int32(-1);
    else this.bytes(value);
  }

  compactBytes(value: Uint8Array): void {
    this.uvarint(value.length + 1);
    this.raw(value);
  }

  compactNullableBytes(value: Uint8Array | null): void {
    if (value === null) this.uvarint(0);
    else this.compactBytes(value);
  }

  records(value: Uint8Array | null): void {
    this.nullableBytes(value);
  }

  compactRecords(value: Uint8Array | null): void {
    this.compactNullableBytes(value);
  }

  arrayLength(count: number): void {
    this.int32(count);
  }

  compactArrayLength(count: number): void {
    this.uvarint(count + 1);
  }

  /** Appends everything another Writer holds (used for tagged fields, whose size precedes them). */
  writer(other: Writer): void {
    for (const chunk of other.toChunks()) this.raw(chunk);
  }

  /** The output so far as chunks in order. The Writer may keep appending afterwards. */
  toChunks(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  /** The output so far as one Buffer (no copy when it is a single chunk). */
  toBuffer(): Buffer {
    const chunks = this.toChunks();
    if (chunks.length === 1) return chunks[0];
    return Buffer.concat(chunks, this.flushed_bytes);
  }
}

/** Kafka prints uuids as URL-safe base64 without padding (org.apache.kafka.common.Uuid#toString). */
export function uuidToKafkaString(uuid: string): string {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex').toString('base64url');
}

export function uuidFromKafkaString(text: string): string {
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length !== 16) throw new ProtocolEncodeError(`${JSON.stringify(text)} is not a Kafka uuid`);
  return new Reader(bytes).uuid();
}
