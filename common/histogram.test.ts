import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BOUNDS, IntervalRecorder, LatencyHistogram } from './histogram.ts';

function exactPercentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

describe('LatencyHistogram', () => {
  it('answers percentiles in ms to within 0.1%', () => {
    const h = new LatencyHistogram();
    const values: number[] = [];
    for (let i = 1; i <= 100_000; i++) {
      const ms = (i % 1000) * 0.731 + (i % 7) * 13.3 + 0.002;
      values.push(ms);
      h.record(ms);
    }
    values.sort((a, b) => a - b);
    const s = h.summary();
    expect(s.count).toBe(100_000);
    for (const [p, got] of [
      [50, s.p50_ms],
      [90, s.p90_ms],
      [99, s.p99_ms],
      [99.9, s.p999_ms],
    ] as const) {
      expect(Math.abs(got - exactPercentile(values, p)) / exactPercentile(values, p)).toBeLessThan(
        0.001 + 1e-9,
      );
    }
    expect(s.max_ms).toBeCloseTo(values[values.length - 1], 0);
    expect(s.min_ms).toBeCloseTo(values[0], 3);
    expect(s.mean_ms).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 0);
  });

  it('is all zeros when empty', () => {
    expect(new LatencyHistogram().summary()).toEqual({
      count: 0,
      mean_ms: 0,
      min_ms: 0,
      p50_ms: 0,
      p90_ms: 0,
      p99_ms: 0,
      p999_ms: 0,
      max_ms: 0,
    });
  });

  it('clamps latencies outside 0 .. 1 hour and counts them', () => {
    const h = new LatencyHistogram();
    h.record(-3); // clock skew
    h.record(2 * 3_600_000);
    h.record(5);
    expect(h.count).toBe(3);
    expect(h.clampedCount).toBe(2);
    expect(h.min_ms).toBe(0);
    expect(h.max_ms).toBeCloseTo(HISTOGRAM_BOUNDS.highest_us / 1000, -4);
    expect(() => h.record(Number.NaN)).toThrow(/finite/);
  });

  it('merges into exactly what recording everything into one gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 60_000, noNaN: true }), { maxLength: 50 }), {
          maxLength: 6,
        }),
        (parts) => {
          const merged = new LatencyHistogram();
          const one = new LatencyHistogram();
          for (const part of parts) {
            const h = new LatencyHistogram();
            for (const v of part) {
              h.record(v);
              one.record(v);
            }
            merged.merge(LatencyHistogram.decode(h.encode()));
          }
          expect(merged.summary()).toEqual(one.summary());
          expect(merged.encode()).toBe(one.encode());
        },
      ),
      { numRuns: 50 },
    );
  });

  it('encodes compactly and decodes what it encoded', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 10_000; i++) h.record(1 + (i % 500) / 10);
    const text = h.encode();
    expect(text.length).toBeLessThan(2000);
    expect(LatencyHistogram.decode(text).summary()).toEqual(h.summary());
  });

  it('answers the same when compact, and records and merges again as a full histogram', () => {
    const full = new LatencyHistogram();
    const compact = new LatencyHistogram();
    for (let i = 0; i < 5000; i++) {
      full.record(0.5 + (i % 97) * 1.7);
      compact.record(0.5 + (i % 97) * 1.7);
    }
    compact.record(-1); // clamped counts survive compaction
    full.record(-1);
    expect(compact.compact().isCompact).toBe(true);
    expect(compact.summary()).toEqual(full.summary());
    expect(compact.percentile_ms(99.99)).toBe(full.percentile_ms(99.99));
    expect(compact.encode()).toBe(full.encode());
    expect(compact.clampedCount).toBe(1);
    // Reading a compact histogram, or merging it into another, leaves it compact.
    const into = new LatencyHistogram().merge(compact);
    expect(into.summary()).toEqual(full.summary());
    expect(compact.isCompact).toBe(true);
    // Recording into or merging into it makes it a full histogram again, with nothing lost.
    compact.record(1000);
    full.record(1000);
    expect(compact.isCompact).toBe(false);
    expect(compact.summary()).toEqual(full.summary());
    compact.compact().merge(LatencyHistogram.decode(full.encode()));
    full.merge(LatencyHistogram.decode(full.encode()));
    expect(compact.summary()).toEqual(full.summary());
    const empty = new LatencyHistogram().compact();
    expect(empty.summary()).toEqual(new LatencyHistogram().summary());
  });

  it('rejects encodings that are not ours, saying so', () => {
    expect(() => LatencyHistogram.decode(42)).toThrow(/invalid histogram encoding: expected a base64 string/);
    expect(() => LatencyHistogram.decode('not base64!')).toThrow(/not base64/);
    expect(() => LatencyHistogram.decode('AAAA')).toThrow(/invalid histogram encoding/);
    expect(() => LatencyHistogram.decode(Buffer.from('garbage in, garbage out').toString('base64'))).toThrow(
      /invalid histogram encoding/,
    );
  });
});

describe('IntervalRecorder', () => {
  it('hands over each interval once and starts the next', () => {
    const recorder = new IntervalRecorder(1000);
    const total = new LatencyHistogram();
    for (let interval = 0; interval < 5; interval++) {
      for (let i = 0; i < 100; i++) recorder.record(interval + i / 100);
      const taken = recorder.take(2000 + interval * 1000);
      expect(taken.histogram.count).toBe(100);
      expect(taken.start_ms).toBe(1000 + interval * 1000);
      expect(taken.end_ms).toBe(2000 + interval * 1000);
      total.merge(taken.histogram);
    }
    expect(recorder.current.count).toBe(0);
    expect(total.count).toBe(500);
  });
});
