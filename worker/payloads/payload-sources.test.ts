import { describe, expect, it } from 'vitest';
import { fixedPayloads } from './fixed.ts';
import { randomPayloads } from './random.ts';
import { Rng } from './rng.ts';
import { sizeSampler } from './sizes.ts';

describe('payload sizes', () => {
  it('samples fixed, uniform and weighted sizes', () => {
    const rng = new Rng(1);
    expect(sizeSampler({ kind: 'fixed', size_bytes: 100 }, rng)()).toBe(100);
    const uniform = sizeSampler({ kind: 'uniform', min_bytes: 10, max_bytes: 20 }, rng);
    const seen = new Set(Array.from({ length: 2000 }, uniform));
    expect([...seen].sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const weighted = sizeSampler(
      {
        kind: 'histogram',
        buckets: [
          { size_bytes: 100, weight: 1 },
          { size_bytes: 1000, weight: 3 },
          { size_bytes: 5, weight: 0 },
        ],
      },
      rng,
    );
    const draws = Array.from({ length: 40_000 }, weighted);
    expect(draws.filter((s) => s === 1000).length / draws.length).toBeCloseTo(0.75, 1);
    expect(draws.includes(5)).toBe(false);
  });

  it('refuses distributions that cannot be sampled', () => {
    const rng = new Rng(1);
    expect(() => sizeSampler({ kind: 'fixed', size_bytes: -1 }, rng)).toThrow(/fixed size/);
    expect(() => sizeSampler({ kind: 'uniform', min_bytes: 5, max_bytes: 4 }, rng)).toThrow(/min 5 > max 4/);
    expect(() => sizeSampler({ kind: 'histogram', buckets: [] }, rng)).toThrow(/at least one bucket/);
    expect(() => sizeSampler({ kind: 'histogram', buckets: [{ size_bytes: 1, weight: 0 }] }, rng)).toThrow(
      /all be 0/,
    );
  });
});

describe('payload sources', () => {
  it('serves random bytes from a pool, different each time, the same for a seed', () => {
    const source = randomPayloads({ sizes: { kind: 'uniform', min_bytes: 50, max_bytes: 500 }, seed: 's' });
    const values = Array.from({ length: 100 }, () => Buffer.from(source.next()));
    expect(values.every((v) => v.length >= 50 && v.length <= 500)).toBe(true);
    expect(new Set(values.map((v) => v.toString('hex'))).size).toBe(100);
    const again = randomPayloads({ sizes: { kind: 'uniform', min_bytes: 50, max_bytes: 500 }, seed: 's' });
    expect(Array.from({ length: 100 }, () => again.next().toString('hex'))).toEqual(
      values.map((v) => v.toString('hex')),
    );
    expect(source.maxSize_bytes).toBe(500);
  });

  it('serves fixed content of the sampled sizes', () => {
    const source = fixedPayloads({ sizes: { kind: 'fixed', size_bytes: 20 } });
    expect(source.next().toString()).toBe('longhaul longhaul lo');
    expect(
      fixedPayloads({ sizes: { kind: 'fixed', size_bytes: 3 }, pattern: 'ab' })
        .next()
        .toString(),
    ).toBe('aba');
  });

  it('costs well under a microsecond per payload', () => {
    const source = randomPayloads({
      sizes: {
        kind: 'histogram',
        buckets: [
          { size_bytes: 1024, weight: 1 },
          { size_bytes: 65_536, weight: 1 },
        ],
      },
    });
    const start = performance.now();
    let bytes = 0;
    for (let i = 0; i < 200_000; i++) bytes += source.next().length;
    expect(bytes).toBeGreaterThan(0);
    expect((performance.now() - start) / 200_000).toBeLessThan(0.002); // ms: < 2 us each, generously
  });
});
