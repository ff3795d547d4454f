// A small seeded random number generator (sfc32), so that payloads and schedules replay exactly from a seed.

/** Mixes a string or number into a 32-bit seed (FNV-1a over the text, then a final avalanche). */
export function seed32(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG): 128 bits of state, passes PractRand,
 * a few ns per number. Not for secrets: only for reproducible test data.
 */
export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(...seed: readonly (string | number)[]) {
    this.#a = seed32('a', ...seed);
    this.#b = seed32('b', ...seed);
    this.#c = seed32('c', ...seed);
    this.#d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** Uniform integer in [0, 2^32). */
  u32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max] (inclusive; the range must fit in 2^32). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** A random UUID version 4 string (RFC 9562 layout: version nibble 4, variant bits 10). */
  uuid4(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    const b1 = ((b >>> 16) & 0x0fff) | 0x4000;
    const c0 = ((c >>> 16) & 0x3fff) | 0x8000;
    return (
      HEX[a >>> 24] +
      HEX[(a >>> 16) & 0xff] +
      HEX[(a >>> 8) & 0xff] +
      HEX[a & 0xff] +
      '-' +
      HEX[(b >>> 8) & 0xff] +
      HEX[b & 0xff] +
      '-' +
      HEX[b1 >>> 8] +
      HEX[b1 & 0xff] +
      '-' +
      HEX[c0 >>> 8] +
      HEX[c0 & 0xff] +
      '-' +
      HEX[(c >>> 8) & 0xff] +
      HEX[c & 0xff] +
      HEX[d >>> 24] +
      HEX[(d >>> 16) & 0xff] +
      HEX[(d >>> 8) & 0xff] +
      HEX[d & 0xff]
    );
  }

  /** Fills `buffer` with random bytes. */
  fill(buffer: Uint8Array): void {
    let i = 0;
    for (; i + 4 <= buffer.length; i += 4) {
      const v = this.u32();
      buffer[i] = v;
      buffer[i + 1] = v >>> 8;
      buffer[i + 2] = v >>> 16;
      buffer[i + 3] = v >>> 24;
    }
    for (let v = this.u32(); i < buffer.length; i++, v >>>= 8) buffer[i] = v;
  }
}
