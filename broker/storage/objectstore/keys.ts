// Key, range and list-option rules shared by every object store backend, and S3's key order.
import { assert } from '../../../common/errors.ts';
import type { ByteRange, ListOptions } from './types.ts';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** S3's limit on a key, in UTF-8 bytes. */
export const maxKeyBytes = 1024;

/**
 * Asserts that `key` is a key every backend can store the same way: non-empty, at most 1024
 * UTF-8 bytes, `/`-separated segments that are all non-empty (no leading, trailing or double
 * `/`), no control characters (S3 lists keys in XML, which cannot carry most of them), no lone
 * UTF-16 surrogates (they have no UTF-8 form). A bad key is a bug in the caller, so this throws
 * an invariant error rather than an ObjectStoreError.
 */
export function assertValidKey(key: string): void {
  assert(typeof key === 'string' && key.length > 0, 'object key must be a non-empty string');
  assert(
    Buffer.byteLength(key, 'utf8') <= maxKeyBytes,
    () => `object key is longer than ${maxKeyBytes} UTF-8 bytes: ${JSON.stringify(key.slice(0, 80))}...`,
  );
  assert(!loneSurrogate.test(key), () => `object key holds a lone UTF-16 surrogate: ${JSON.stringify(key)}`);
  assert(!hasControlCharacter(key), () => `object key holds a control character: ${JSON.stringify(key)}`);
  assert(
    !key.startsWith('/') && !key.endsWith('/') && !key.includes('//'),
    () => `object key has an empty path segment (leading, trailing or double '/'): ${JSON.stringify(key)}`,
  );
}

/** Whether `text` holds a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit === 0x7f) return true;
  }
  return false;
}

/** Asserts a byte range is well formed: integers, 0 <= start <= end. */
export function assertValidRange(range: ByteRange): void {
  assert(
    Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && range.start >= 0,
    () => `byte range must hold non-negative integers: ${JSON.stringify(range)}`,
  );
  assert(range.end >= range.start, () => `byte range ends before it starts: ${JSON.stringify(range)}`);
}

/** Asserts list options are well formed and returns the limit (Infinity when absent). */
export function listLimit(options: ListOptions): number {
  if (options.limit === undefined) return Number.POSITIVE_INFINITY;
  assert(
    Number.isSafeInteger(options.limit) && options.limit >= 0,
    () => `list limit must be a non-negative integer, got ${options.limit}`,
  );
  return options.limit;
}

/**
 * The bytes [start, min(end, size)) of an object of `size_bytes`: a range past the end is cut
 * short, as S3 does, and a range starting at or after the end is empty.
 */
export function clampRange(range: ByteRange, size_bytes: number): { start: number; end: number } {
  const end = Math.min(range.end, size_bytes);
  return { start: Math.min(range.start, end), end };
}

/**
 * Orders keys as S3 does: by their UTF-8 bytes, which is code point order. JavaScript's `<` compares
 * UTF-16 code units, which differs only where a surrogate (U+D800..U+DFFF, part of a code point
 * above U+FFFF) meets a unit in U+E000..U+FFFF; shifting both ranges fixes that.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
