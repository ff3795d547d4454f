import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Interval, RangeSet } from './rangeset.ts';

/** Intervals of a plain set, the way a range set must hold them. */
function intervalsOf(model: ReadonlySet<number>): Interval[] {
  const sorted = [...model].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

type Op = { kind: 'add'; n: number } | { kind: 'range'; start: number; length: number } | { kind: 'delta' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('add' as const), n: fc.nat(200) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('range' as const),
      start: fc.nat(200),
      length: fc.integer({ min: 1, max: 30 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delta' as const) }) },
);

const smallSet = fc.array(fc.tuple(fc.nat(150), fc.nat(12)), { maxLength: 25 }).map((pairs) => {
  const model = new Set<number>();
  const set = new RangeSet();
  for (const [start, length] of pairs) {
    set.addRange(start, start + length);
    for (let n = start; n <= start + length; n++) model.add(n);
  }
  return { set, model };
});

describe('RangeSet', () => {
  it('keeps consecutive numbers as one interval', () => {
    const set = new RangeSet();
    for (let n = 0; n < 1000; n++) expect(set.add(n)).toBe(true);
    expect(set.add(500)).toBe(false);
    expect(set.size).toBe(1000);
    expect(set.intervalCount).toBe(1);
    expect([...set.intervals()]).toEqual([[0, 999]]);
  });

  it('merges a range that bridges two intervals', () => {
    const set = RangeSet.fromIntervals([
      [0, 4],
      [10, 14],
      [20, 24],
    ]);
    expect(set.addRange(3, 11)).toBe(5);
    expect([...set.intervals()]).toEqual([
      [0, 14],
      [20, 24],
    ]);
    expect(set.addRange(16, 18)).toBe(3);
    expect(set.toString()).toBe('{0-14, 16-18, 20-24}');
    expect(set.add(15)).toBe(true);
    expect(set.add(19)).toBe(true);
    expect(set.toString()).toBe('{0-24}');
  });

  it('answers membership, bounds, gaps and clipped intervals', () => {
    const set = RangeSet.fromIntervals([
      [5, 9],
      [20, 20],
      [30, 39],
    ]);
    expect(set.min).toBe(5);
    expect(set.max).toBe(39);
    expect([4, 5, 9, 10, 20, 21, 39, 40].map((n) => set.has(n))).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(set.hasRange(30, 39)).toBe(true);
    expect(set.hasRange(9, 20)).toBe(false);
    expect([...set.gaps(0, 45)]).toEqual([
      [0, 4],
      [10, 19],
      [21, 29],
      [40, 45],
    ]);
    expect([...set.intervals(7, 33)]).toEqual([
      [7, 9],
      [20, 20],
      [30, 33],
    ]);
    expect(set.countWithin(7, 33)).toBe(3 + 1 + 4);
    expect(new RangeSet().min).toBeUndefined();
    expect([...new RangeSet().gaps(3, 4)]).toEqual([[3, 4]]);
  });

  it('holds offsets beyond 2^32 and rejects numbers a double cannot count exactly', () => {
    const base = 2 ** 40;
    const set = new RangeSet();
    for (let n = base; n < base + 100; n++) set.add(n);
    expect(set.size).toBe(100);
    expect(RangeSet.decode(set.encode()).equals(set)).toBe(true);
    expect(() => set.add(2 ** 53)).toThrow(/safe non-negative integer/);
    expect(() => set.add(-1)).toThrow(/safe non-negative integer/);
    expect(() => set.add(1.5)).toThrow(/safe non-negative integer/);
    expect(() => set.addRange(5, 4)).toThrow(/start 5 > end 4/);
    const top = RangeSet.of(Number.MAX_SAFE_INTEGER - 1);
    expect(() => top.add(Number.MAX_SAFE_INTEGER)).not.toThrow();
    expect(() => top.add(Number.MAX_SAFE_INTEGER + 1)).toThrow();
  });

  it('encodes as delta [start, length] pairs and validates what it decodes', () => {
    const set = RangeSet.fromIntervals([
      [100, 199],
      [201, 201],
      [1000, 1009],
    ]);
    expect(set.encode()).toEqual([100, 100, 2, 1, 799, 10]);
    expect(JSON.stringify(set)).toBe('[100,100,2,1,799,10]');
    expect(RangeSet.decode([100, 100, 2, 1, 799, 10]).equals(set)).toBe(true);
    expect(RangeSet.decode([]).size).toBe(0);
    expect(() => RangeSet.decode('1,2')).toThrow(/expected an array/);
    expect(() => RangeSet.decode([1, 2, 3])).toThrow(/pairs/);
    expect(() => RangeSet.decode([-1, 2])).toThrow(/element 0 must be an integer >= 0/);
    expect(() => RangeSet.decode([0, 0])).toThrow(/element 1 must be an integer >= 1/);
    expect(() => RangeSet.decode([0, 2, 0, 2])).toThrow(/element 2 must be an integer >= 1/);
    expect(() => RangeSet.decode([0, 1.5])).toThrow(/element 1/);
    expect(() => RangeSet.decode([0, 'x'])).toThrow(/element 1/);
    expect(() => RangeSet.decode([2 ** 53 - 2, 5])).toThrow(/beyond 2\^53/);
  });

  it('hands over what was added since the previous delta', () => {
    const set = new RangeSet({ trackDelta: true });
    set.addRange(0, 9);
    expect(set.takeDelta().toString()).toBe('{0-9}');
    set.addRange(5, 14);
    set.add(3);
    set.add(20);
    expect(set.takeDelta().toString()).toBe('{10-14, 20}');
    expect(set.takeDelta().isEmpty).toBe(true);
    expect(() => new RangeSet().takeDelta()).toThrow(/trackDelta/);
  });

  it('behaves like a Set of numbers under any sequence of additions', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const set = new RangeSet({ trackDelta: true });
        const model = new Set<number>();
        const merged = new RangeSet();
        for (const o of ops) {
          if (o.kind === 'add') {
            expect(set.add(o.n)).toBe(!model.has(o.n));
            model.add(o.n);
          } else if (o.kind === 'range') {
            const end = o.start + o.length - 1;
            let fresh = 0;
            for (let n = o.start; n <= end; n++) {
              if (!model.has(n)) fresh++;
              model.add(n);
            }
            expect(set.addRange(o.start, end)).toBe(fresh);
          } else {
            const delta = set.takeDelta();
            expect(delta.intersection(merged).isEmpty).toBe(true);
            merged.addAll(delta);
          }
        }
        merged.addAll(set.takeDelta());
        expect(set.size).toBe(model.size);
        expect([...set.values()]).toEqual([...model].sort((a, b) => a - b));
        expect([...set.intervals()]).toEqual(intervalsOf(model));
        expect(merged.equals(set)).toBe(true);
        for (let n = 0; n <= 240; n++) expect(set.has(n)).toBe(model.has(n));
        expect(set.min).toBe(model.size ? Math.min(...model) : undefined);
        expect(set.max).toBe(model.size ? Math.max(...model) : undefined);
        expect(RangeSet.decode(JSON.parse(JSON.stringify(set.encode()))).equals(set)).toBe(true);
      }),
    );
  });

  it('computes union, intersection and difference like Sets do', () => {
    fc.assert(
      fc.property(smallSet, smallSet, (a, b) => {
        const union = new Set([...a.model, ...b.model]);
        const both = new Set([...a.model].filter((n) => b.model.has(n)));
        const onlyA = new Set([...a.model].filter((n) => !b.model.has(n)));
        expect([...a.set.union(b.set).intervals()]).toEqual(intervalsOf(union));
        expect([...a.set.intersection(b.set).intervals()]).toEqual(intervalsOf(both));
        expect([...a.set.difference(b.set).intervals()]).toEqual(intervalsOf(onlyA));
        expect(a.set.union(b.set).size).toBe(union.size);
        expect(a.set.difference(b.set).size).toBe(onlyA.size);
        const inPlace = a.set.clone();
        expect(inPlace.addAll(b.set)).toBe(union.size - a.model.size);
        expect(inPlace.equals(a.set.union(b.set))).toBe(true);
        expect(a.set.equals(b.set)).toBe(intervalsOf(a.model).join() === intervalsOf(b.model).join());
      }),
    );
  });

  it('finds the gaps of any window', () => {
    fc.assert(
      fc.property(smallSet, fc.nat(170), fc.nat(40), ({ set, model }, lo, width) => {
        const hi = lo + width;
        const missing = new Set<number>();
        for (let n = lo; n <= hi; n++) if (!model.has(n)) missing.add(n);
        expect([...set.gaps(lo, hi)]).toEqual(intervalsOf(missing));
        expect(set.countWithin(lo, hi)).toBe(width + 1 - missing.size);
      }),
    );
  });
});
