// A set of non-negative integers (offsets, sequence numbers) kept as sorted, disjoint closed intervals.
import { assert } from './errors.ts';

/** A closed interval `[start, end]` of integers, `start <= end`. */
export type Interval = readonly [start: number, end: number];

/**
 * Wire form of a range set: a flat array `[start0, length0, gap1, length1, gap2, length2, ...]`
 * where `start0` is absolute, every later interval starts `gap` numbers after the end of the
 * previous one (`gap >= 1`, since touching intervals are merged) and `length >= 1`. A contiguous
 * set of a billion offsets is two numbers; JSON keeps small deltas short.
 */
export type RangeSetWire = readonly number[];

export interface RangeSetOptions {
  /** Keep a second set of what was added since the last `takeDelta()` (for per-interval reports). */
  readonly trackDelta?: boolean;
}

function checkMember(n: number, what = 'value'): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    assert(false, `RangeSet ${what} must be a safe non-negative integer, got ${n}`);
  }
}

/**
 * Intervals live in one flat array `[s0, e0, s1, e1, ...]`, sorted, disjoint and never touching
 * (`e_i + 1 < s_{i+1}`), so every set has exactly one representation and `equals` is a compare.
 * Appending the next number after the maximum (the common case for offsets and sequences) is O(1);
 * anything else is a binary search plus, when intervals must be inserted or merged, a splice.
 */
export class RangeSet {
  #iv: number[] = [];
  #size = 0;
  #delta: RangeSet | undefined;

  constructor(options: RangeSetOptions = {}) {
    if (options.trackDelta) this.#delta = new RangeSet();
  }

  /** A set holding the given numbers. */
  static of(...numbers: readonly number[]): RangeSet {
    const set = new RangeSet();
    for (const n of numbers) set.add(n);
    return set;
  }

  /** A set holding the union of the given closed intervals (in any order, overlapping or not). */
  static fromIntervals(intervals: Iterable<Interval>): RangeSet {
    const set = new RangeSet();
    for (const [start, end] of intervals) set.addRange(start, end);
    return set;
  }

  /** Number of integers in the set. */
  get size(): number {
    return this.#size;
  }

  /** Number of disjoint intervals (the cost of storing and shipping the set). */
  get intervalCount(): number {
    return this.#iv.length / 2;
  }

  get isEmpty(): boolean {
    return this.#size === 0;
  }

  get min(): number | undefined {
    return this.#iv.length === 0 ? undefined : this.#iv[0];
  }

  get max(): number | undefined {
    return this.#iv.length === 0 ? undefined : this.#iv[this.#iv.length - 1];
  }

  /** True when delta tracking is on (see `takeDelta`). */
  get tracksDelta(): boolean {
    return this.#delta !== undefined;
  }

  /** Adds `n`; returns true when it was not in the set yet. */
  add(n: number): boolean {
    const iv = this.#iv;
    const last = iv.length - 1;
    // Fast path: the next number after the maximum extends the last interval.
    if (last > 0 && n === iv[last] + 1 && n <= Number.MAX_SAFE_INTEGER) {
      iv[last] = n;
      this.#size++;
      if (this.#delta !== undefined) this.#delta.add(n);
      return true;
    }
    checkMember(n);
    if (last < 0 || n > iv[last] + 1) {
      iv.push(n, n);
      this.#size++;
      if (this.#delta !== undefined) this.#delta.add(n);
      return true;
    }
    return this.addRange(n, n) === 1;
  }

  /** Adds every integer of `[start, end]`; returns how many were not in the set yet. */
  addRange(start: number, end: number): number {
    checkMember(start, 'range start');
    checkMember(end, 'range end');
    assert(start <= end, () => `RangeSet range start ${start} > end ${end}`);
    const iv = this.#iv;
    const len = iv.length;
    if (len === 0 || start > iv[len - 1] + 1) {
      iv.push(start, end);
      this.#size += end - start + 1;
      if (this.#delta !== undefined) this.#delta.addRange(start, end);
      return end - start + 1;
    }
    // First interval that could touch [start, end]: the first whose end >= start - 1.
    const first = this.#firstEndingAtOrAfter(start - 1);
    // Intervals first..lastIdx-1 (pair indexes) touch or overlap [start, end].
    let lastIdx = first;
    let covered = 0;
    while (lastIdx < len / 2 && iv[lastIdx * 2] <= end + 1) {
      const s = iv[lastIdx * 2];
      const e = iv[lastIdx * 2 + 1];
      covered += Math.max(0, Math.min(e, end) - Math.max(s, start) + 1);
      lastIdx++;
    }
    const added = end - start + 1 - covered;
    if (added === 0) return 0;
    if (this.#delta !== undefined) {
      // Record only the numbers that are new: the gaps of [start, end] before insertion.
      for (const [gs, ge] of this.gaps(start, end)) this.#delta.addRange(gs, ge);
    }
    if (lastIdx === first) {
      iv.splice(first * 2, 0, start, end);
    } else {
      const newStart = Math.min(start, iv[first * 2]);
      const newEnd = Math.max(end, iv[lastIdx * 2 - 1]);
      iv.splice(first * 2, (lastIdx - first) * 2, newStart, newEnd);
    }
    this.#size += added;
    return added;
  }

  has(n: number): boolean {
    const iv = this.#iv;
    const i = this.#firstEndingAtOrAfter(n);
    return i * 2 < iv.length && iv[i * 2] <= n;
  }

  /** True when every integer of `[start, end]` is in the set. */
  hasRange(start: number, end: number): boolean {
    const iv = this.#iv;
    const i = this.#firstEndingAtOrAfter(end);
    return i * 2 < iv.length && iv[i * 2] <= start;
  }

  /** Adds every member of `other` (in place); returns how many were new. */
  addAll(other: RangeSet): number {
    let added = 0;
    const ov = other.#iv;
    for (let i = 0; i < ov.length; i += 2) added += this.addRange(ov[i], ov[i + 1]);
    return added;
  }

  /** The union as a new set (neither input changes). */
  union(other: RangeSet): RangeSet {
    const a = this.#iv;
    const b = other.#iv;
    const out = new RangeSet();
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] <= b[j])) {
        out.#appendMerging(a[i], a[i + 1]);
        i += 2;
      } else {
        out.#appendMerging(b[j], b[j + 1]);
        j += 2;
      }
    }
    return out;
  }

  /** Members of this set that are also in `other`, as a new set. */
  intersection(other: RangeSet): RangeSet {
    const a = this.#iv;
    const b = other.#iv;
    const out = new RangeSet();
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const s = Math.max(a[i], b[j]);
      const e = Math.min(a[i + 1], b[j + 1]);
      if (s <= e) out.#appendMerging(s, e);
      if (a[i + 1] < b[j + 1]) i += 2;
      else j += 2;
    }
    return out;
  }

  /** Members of this set that are not in `other`, as a new set. */
  difference(other: RangeSet): RangeSet {
    const a = this.#iv;
    const b = other.#iv;
    const out = new RangeSet();
    let j = 0;
    for (let i = 0; i < a.length; i += 2) {
      let s = a[i];
      const e = a[i + 1];
      while (j < b.length && b[j + 1] < s) j += 2;
      let k = j;
      while (s <= e && k < b.length && b[k] <= e) {
        if (b[k] > s) out.#appendMerging(s, b[k] - 1);
        s = Math.max(s, b[k + 1] + 1);
        k += 2;
      }
      if (s <= e) out.#appendMerging(s, e);
    }
    return out;
  }

  /** Number of members within `[lo, hi]`. */
  countWithin(lo: number, hi: number): number {
    let n = 0;
    for (const [s, e] of this.intervals(lo, hi)) n += e - s + 1;
    return n;
  }

  /** The intervals of the set, clipped to `[lo, hi]` when bounds are given, in increasing order. */
  *intervals(lo = 0, hi = Number.MAX_SAFE_INTEGER): IterableIterator<Interval> {
    const iv = this.#iv;
    for (let i = this.#firstEndingAtOrAfter(lo) * 2; i < iv.length && iv[i] <= hi; i += 2) {
      yield [Math.max(iv[i], lo), Math.min(iv[i + 1], hi)];
    }
  }

  /** The maximal intervals of `[lo, hi]` that hold no member, in increasing order. */
  *gaps(lo: number, hi: number): IterableIterator<Interval> {
    let next = lo;
    for (const [s, e] of this.intervals(lo, hi)) {
      if (s > next) yield [next, s - 1];
      next = e + 1;
    }
    if (next <= hi) yield [next, hi];
  }

  /** Every member in increasing order (for tests and small sets: a set can hold billions). */
  *values(): IterableIterator<number> {
    const iv = this.#iv;
    for (let i = 0; i < iv.length; i += 2) for (let n = iv[i]; n <= iv[i + 1]; n++) yield n;
  }

  equals(other: RangeSet): boolean {
    const a = this.#iv;
    const b = other.#iv;
    if (a.length !== b.length || this.#size !== other.#size) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  /** A copy without delta tracking. */
  clone(): RangeSet {
    const out = new RangeSet();
    out.#iv = this.#iv.slice();
    out.#size = this.#size;
    return out;
  }

  clear(): void {
    this.#iv = [];
    this.#size = 0;
    if (this.#delta !== undefined) this.#delta = new RangeSet();
  }

  /**
   * What was added since the previous call (or since creation), and start a new delta. Merging
   * every delta ever taken gives the whole set. Requires `{ trackDelta: true }`.
   */
  takeDelta(): RangeSet {
    assert(this.#delta !== undefined, 'RangeSet.takeDelta() needs a set created with { trackDelta: true }');
    const delta = this.#delta;
    this.#delta = new RangeSet();
    return delta;
  }

  /** The compact wire form (see `RangeSetWire`). */
  encode(): number[] {
    const iv = this.#iv;
    const out = new Array<number>(iv.length);
    let prevEnd = -1;
    for (let i = 0; i < iv.length; i += 2) {
      out[i] = i === 0 ? iv[0] : iv[i] - prevEnd;
      out[i + 1] = iv[i + 1] - iv[i] + 1;
      prevEnd = iv[i + 1];
    }
    return out;
  }

  /** Parses and validates a wire form from an untrusted peer; throws an Error saying what is wrong. */
  static decode(wire: unknown): RangeSet {
    if (!Array.isArray(wire)) throw new Error('invalid range set encoding: expected an array of numbers');
    if (wire.length % 2 !== 0) {
      throw new Error(
        `invalid range set encoding: expected [start, length] pairs, got ${wire.length} numbers`,
      );
    }
    const out = new RangeSet();
    let prevEnd = -1;
    for (let i = 0; i < wire.length; i += 2) {
      const gap = wire[i];
      const length = wire[i + 1];
      const minGap = i === 0 ? 0 : 1;
      if (!Number.isSafeInteger(gap) || gap < minGap) {
        throw new Error(
          `invalid range set encoding: element ${i} must be an integer >= ${minGap}, got ${gap}`,
        );
      }
      if (!Number.isSafeInteger(length) || length < 1) {
        throw new Error(
          `invalid range set encoding: element ${i + 1} must be an integer >= 1, got ${length}`,
        );
      }
      const start = i === 0 ? gap : prevEnd + gap;
      const end = start + length - 1;
      if (!Number.isSafeInteger(end)) {
        throw new Error(`invalid range set encoding: interval ${i / 2} ends beyond 2^53`);
      }
      out.#iv.push(start, end);
      out.#size += length;
      prevEnd = end;
    }
    return out;
  }

  /** `{0-9, 12, 15-20}`: for messages and test failures. */
  toString(maxIntervals = 20): string {
    const parts: string[] = [];
    const iv = this.#iv;
    for (let i = 0; i < iv.length && parts.length < maxIntervals; i += 2) {
      parts.push(iv[i] === iv[i + 1] ? `${iv[i]}` : `${iv[i]}-${iv[i + 1]}`);
    }
    if (iv.length / 2 > maxIntervals) parts.push(`... ${iv.length / 2 - maxIntervals} more`);
    return `{${parts.join(', ')}}`;
  }

  toJSON(): number[] {
    return this.encode();
  }

  /** Index (in pairs) of the first interval whose end is >= n; intervalCount when none. */
  #firstEndingAtOrAfter(n: number): number {
    const iv = this.#iv;
    let lo = 0;
    let hi = iv.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (iv[mid * 2 + 1] < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Appends an interval that starts at or after the current minimum start, merging with the last. */
  #appendMerging(start: number, end: number): void {
    const iv = this.#iv;
    const last = iv.length - 1;
    if (last > 0 && start <= iv[last] + 1) {
      if (end > iv[last]) {
        this.#size += end - iv[last];
        iv[last] = end;
      }
      return;
    }
    iv.push(start, end);
    this.#size += end - start + 1;
  }
}
