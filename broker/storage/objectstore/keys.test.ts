// Key order and key rules: compareKeys is S3's UTF-8 byte order, fs names round-trip for any key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileName, parseEntryName } from './fs-layout.ts';
import { assertValidKey, clampRange, compareKeys, hasControlCharacter } from './keys.ts';

describe('object keys', () => {
  it('compareKeys orders strings as their UTF-8 bytes do, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const expected = Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
        expect(Math.sign(compareKeys(a, b))).toBe(expected);
      }),
      { numRuns: 2000, seed: 20240 },
    );
    // JavaScript's < puts U+1F600 (a surrogate pair) before U+FFFD; UTF-8, and so S3, put it after.
    expect(compareKeys('\uFFFD', '😀')).toBeLessThan(0);
    expect('\uFFFD' < '😀').toBe(false);
  });

  it('every valid key segment has a file name that decodes back to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (segment) => {
        fc.pre(!segment.includes('/') && !hasControlCharacter(segment));
        expect(parseEntryName(fileName(segment))).toEqual({ segment, isDirectory: false });
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('accepts ordinary keys and rejects malformed ones', () => {
    for (const key of ['a', 'wal/0001', 'meta/log/00000000000000000042', 'ü/😀', 'a b/c.d-e_f'])
      assertValidKey(key);
    for (const key of ['', '/a', 'a/', 'a//b', 'tab\there', '\udc00', 'x'.repeat(1025)]) {
      expect(() => assertValidKey(key), JSON.stringify(key.slice(0, 10))).toThrow(/invariant violated/);
    }
  });

  it('cuts ranges short at the end of the object', () => {
    expect(clampRange({ start: 2, end: 5 }, 10)).toEqual({ start: 2, end: 5 });
    expect(clampRange({ start: 8, end: 50 }, 10)).toEqual({ start: 8, end: 10 });
    expect(clampRange({ start: 12, end: 50 }, 10)).toEqual({ start: 10, end: 10 });
  });
});
