// Bounded reading of Avro binary data from untrusted bytes: varints, container headers, and a schema-driven skip.

/**
 * avsc trusts block counts: a corrupt array or map count of 2^60 makes it loop for ever. Values
 * from a topic are untrusted, so decoders first walk them here, where every count is bounded by
 * the bytes left, and hand them to avsc only when they are well-formed.
 */
export class Cursor {
  pos: number;
  readonly buf: Buffer;

  constructor(buf: Buffer, pos = 0) {
    this.buf = buf;
    this.pos = pos;
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  /** A zig-zag varint long; undefined when truncated, longer than 10 bytes, or beyond 2^53. */
  long(): number | undefined {
    let result = 0;
    let factor = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) return undefined;
      const b = this.buf[this.pos++];
      result += (b & 0x7f) * factor;
      if ((b & 0x80) === 0) {
        if (!Number.isSafeInteger(result)) return undefined;
        return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
      }
      factor *= 128;
    }
    return undefined;
  }

  /** `length`-prefixed bytes; undefined when the length is negative or runs past the end. */
  bytes(): Buffer | undefined {
    const length = this.long();
    if (length === undefined || length < 0 || length > this.remaining) return undefined;
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  skip(n: number): boolean {
    if (n > this.remaining) return false;
    this.pos += n;
    return true;
  }
}

/**
 * Reads the blocks of an Avro map or array, calling `item` for each entry; false when a count is
 * impossible for the bytes left (every entry of our schemas takes at least one byte) or `item` fails.
 */
export function readBlocks(c: Cursor, item: () => boolean, maxItems = 1_000_000): boolean {
  let total = 0;
  for (;;) {
    let count = c.long();
    if (count === undefined) return false;
    if (count === 0) return true;
    if (count < 0) {
      count = -count;
      if (c.long() === undefined) return false; // block size in bytes, unused
    }
    total += count;
    if (count > c.remaining || total > maxItems) return false;
    for (let i = 0; i < count; i++) if (!item()) return false;
  }
}

/** Skips one value of `schema` (parsed Avro schema JSON); false when the bytes do not hold one. */
export function skipValue(schema: unknown, c: Cursor): boolean {
  if (typeof schema === 'string') {
    switch (schema) {
      case 'null':
        return true;
      case 'boolean':
        return c.skip(1);
      case 'int':
      case 'long':
        return c.long() !== undefined;
      case 'float':
        return c.skip(4);
      case 'double':
        return c.skip(8);
      case 'bytes':
      case 'string':
        return c.bytes() !== undefined;
      default:
        return false; // named references: not used by our schemas
    }
  }
  if (Array.isArray(schema)) {
    const branch = c.long();
    return branch !== undefined && branch >= 0 && branch < schema.length && skipValue(schema[branch], c);
  }
  if (typeof schema !== 'object' || schema === null) return false;
  const s = schema as {
    type?: unknown;
    fields?: unknown;
    items?: unknown;
    values?: unknown;
    size?: unknown;
    symbols?: unknown;
  };
  switch (s.type) {
    case 'record':
      return Array.isArray(s.fields) && s.fields.every((f: { type?: unknown }) => skipValue(f?.type, c));
    case 'array':
      return readBlocks(c, () => skipValue(s.items, c));
    case 'map':
      return readBlocks(c, () => c.bytes() !== undefined && skipValue(s.values, c));
    case 'fixed':
      return typeof s.size === 'number' && c.skip(s.size);
    case 'enum': {
      const index = c.long();
      return index !== undefined && Array.isArray(s.symbols) && index >= 0 && index < s.symbols.length;
    }
    default:
      return skipValue(s.type, c);
  }
}

/** Reads a container file header's metadata map (string keys, bytes values), at most `maxEntries`. */
export function readMetadata(c: Cursor, maxEntries = 64): Map<string, Buffer> | undefined {
  const meta = new Map<string, Buffer>();
  const ok = readBlocks(
    c,
    () => {
      const key = c.bytes();
      const value = c.bytes();
      if (key === undefined || value === undefined) return false;
      meta.set(key.toString('utf8'), value);
      return true;
    },
    maxEntries,
  );
  return ok ? meta : undefined;
}
