// Wire primitives: known encodings, bounds checks that reject bad input, and the chunked Writer.
import { describe, expect, it } from 'vitest';
import {
  ProtocolDecodeError,
  ProtocolEncodeError,
  Reader,
  uuidFromKafkaString,
  uuidToKafkaString,
  Writer,
  ZERO_UUID,
} from './buffer.ts';

function written(write: (w: Writer) => void): string {
  const w = new Writer(16);
  write(w);
  return w.toBuffer().toString('hex');
}

function reader(hex: string): Reader {
  return new Reader(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
}

describe('Reader and Writer primitives', () => {
  it('round-trip fixed-width integers at their limits', () => {
    const w = new Writer(4);
    w.int8(-128);
    w.int8(127);
    w.int16(-32768);
    w.uint16(65535);
    w.int32(-2147483648);
    w.uint32(4294967295);
    w.int64(-(2n ** 63n));
    w.int64(2n ** 63n - 1n);
    w.float64(-1.5e300);
    w.bool(true);
    w.bool(false);
    const r = new Reader(w.toBuffer());
    expect([r.int8(), r.int8(), r.int16(), r.uint16(), r.int32(), r.uint32()]).toEqual([
      -128, 127, -32768, 65535, -2147483648, 4294967295,
    ]);
    expect([r.int64(), r.int64()]).toEqual([-(2n ** 63n), 2n ** 63n - 1n]);
    expect(r.float64()).toBe(-1.5e300);
    expect([r.bool(), r.bool()]).toEqual([true, false]);
    expect(r.remaining()).toBe(0);
  });

  it('encode varints as Kafka ByteUtils does', () => {
    const unsigned: [number, string][] = [
      [0, '00'],
      [1, '01'],
      [127, '7f'],
      [128, '8001'],
      [300, 'ac02'],
      [2147483647, 'ffffffff07'],
      [4294967295, 'ffffffff0f'],
    ];
    for (const [value, hex] of unsigned) {
      expect(written((w) => w.uvarint(value))).toBe(hex);
      expect(reader(hex).uvarint()).toBe(value);
    }
    const signed: [number, string][] = [
      [0, '00'],
      [-1, '01'],
      [1, '02'],
      [-2, '03'],
      [2147483647, 'feffffff0f'],
      [-2147483648, 'ffffffff0f'],
    ];
    for (const [value, hex] of signed) {
      expect(written((w) => w.varint(value))).toBe(hex);
      expect(reader(hex).varint()).toBe(value);
    }
    const long: [bigint, string][] = [
      [0n, '00'],
      [-1n, '01'],
      [1n, '02'],
      [-(2n ** 63n), 'ffffffffffffffffff01'],
      [2n ** 63n - 1n, 'feffffffffffffffff01'],
      [1_700_000_000_000n, '80a0abfef962'],
      [2n ** 48n, '8080808080808001'],
    ];
    for (const [value, hex] of long) {
      expect(written((w) => w.varlong(value))).toBe(hex);
      expect(reader(hex).varlong()).toBe(value);
    }
  });

  it('reject varints that are too long or cut short', () => {
    expect(() => reader('ffffffffff01').uvarint()).toThrow(ProtocolDecodeError);
    expect(() => reader('ffffffff1f').uvarint()).toThrow(/32 bits/);
    expect(() => reader('8080').uvarint()).toThrow(/truncated/);
    expect(() => reader('ffffffffffffffffffff01').varlong()).toThrow(ProtocolDecodeError);
  });

  it('read strings: nullable -1 is null, other negative lengths and overruns are errors', () => {
    expect(reader('0003 616263').string()).toBe('abc');
    expect(reader('ffff').nullableString()).toBeNull();
    expect(() => reader('ffff').string()).toThrow(/null string/);
    expect(() => reader('fffe').nullableString()).toThrow(/negative string length -2/);
    expect(() => reader('0005 6162').string()).toThrow(/truncated/);
    expect(reader('04 616263').compactString()).toBe('abc');
    expect(reader('00').compactNullableString()).toBeNull();
    expect(() => reader('00').compactString()).toThrow(ProtocolDecodeError);
    const utf8 = written((w) => w.compactString('日本🦀'));
    expect(utf8.slice(0, 2)).toBe('0b'); // 10 UTF-8 bytes + 1
    expect(reader(utf8).compactString()).toBe('日本🦀');
  });

  it('read bytes as views and reject absurd lengths before allocating', () => {
    const buf = Buffer.from('00000002abcd', 'hex');
    const bytes = new Reader(buf).bytes();
    expect(bytes.toString('hex')).toBe('abcd');
    expect(bytes.buffer).toBe(buf.buffer);
    expect(reader('ffffffff').nullableBytes()).toBeNull();
    expect(() => reader('80000000').nullableBytes()).toThrow(/negative bytes length/);
    expect(() => reader('7fffffff 00').bytes()).toThrow(/truncated/);
    expect(() => reader('7fffffff 00').arrayLength()).toThrow(/cannot fit/);
    expect(reader('ffffffff').nullableArrayLength()).toBe(-1);
    expect(() => reader('fffffffe').nullableArrayLength()).toThrow(/negative array length/);
    expect(reader('00').compactNullableArrayLength()).toBe(-1);
    expect(() => reader('ffffffff0f').compactArrayLength()).toThrow(/cannot fit/);
  });

  it('represents uuids as 36-character strings and converts to Kafka base64', () => {
    const uuid = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    const hex = written((w) => w.uuid(uuid));
    expect(hex).toBe('0f1e2d3c4b5a69788796a5b4c3d2e1f0');
    expect(reader(hex).uuid()).toBe(uuid);
    expect(uuidToKafkaString(ZERO_UUID)).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(uuidFromKafkaString(uuidToKafkaString(uuid))).toBe(uuid);
    expect(() => written((w) => w.uuid('not-a-uuid'))).toThrow(ProtocolEncodeError);
    expect(() => written((w) => w.uuid('zf1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'))).toThrow(/not hexadecimal/);
  });

  it('skips a tagged field that is shorter than its declared size, rejects one that is longer', () => {
    const r = reader('02 0102 ff');
    const end = r.beginTaggedField(r.uvarint());
    expect(r.int8()).toBe(1);
    r.endTaggedField(end);
    expect(r.int8()).toBe(-1);
    const over = reader('01 0102');
    const overEnd = over.beginTaggedField(over.uvarint());
    over.int16();
    expect(() => over.endTaggedField(overEnd)).toThrow(/longer than its declared size/);
    expect(() => reader('05 00').beginTaggedField(5)).toThrow(/truncated/);
  });

  it('refuses strings longer than an int16 length', () => {
    expect(() => written((w) => w.string('x'.repeat(40_000)))).toThrow(ProtocolEncodeError);
    expect(() => written((w) => w.compactString('x'.repeat(40_000)))).toThrow(ProtocolEncodeError);
    expect(() => reader('818004').compactString()).toThrow(/32767-byte limit/);
  });
});

describe('Writer chunks', () => {
  it('appends large buffers by reference and copies small ones', () => {
    const large = Buffer.alloc(4096, 1);
    const small = Buffer.from([9, 9]);
    const w = new Writer(16);
    w.int32(7);
    w.bytes(large);
    w.bytes(small);
    w.int8(5);
    const chunks = w.toChunks();
    expect(chunks).toContain(large);
    expect(chunks).not.toContain(small);
    expect(w.length).toBe(4 + 4 + 4096 + 4 + 2 + 1);
    const all = w.toBuffer();
    expect(all.length).toBe(w.length);
    const r = new Reader(all);
    expect(r.int32()).toBe(7);
    expect(r.bytes().equals(large)).toBe(true);
    expect([...r.bytes()]).toEqual([9, 9]);
    expect(r.int8()).toBe(5);
  });

  it('grows across many writes without losing bytes', () => {
    const w = new Writer(16);
    for (let i = 0; i < 10_000; i++) w.int32(i);
    const r = new Reader(w.toBuffer());
    for (let i = 0; i < 10_000; i++) expect(r.int32()).toBe(i);
  });

  it('returns a single chunk without copying', () => {
    const w = new Writer(64);
    w.string('abc');
    const chunks = w.toChunks();
    expect(chunks).toHaveLength(1);
    expect(w.toBuffer()).toBe(chunks[0]);
  });
});
