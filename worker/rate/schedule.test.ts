import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experimentEvents } from '../payloads/experiment.ts';
import { readLoadFile } from '../payloads/load-file.ts';
import { type RateProfile, rateAt_per_s } from './profile.ts';
import { countPerSecond, dueTimes, rateSchedule } from './schedule.ts';

function perSecond(profile: RateProfile, seconds: number): number[] {
  const counts = countPerSecond(dueTimes(rateSchedule(profile), { until_ms: seconds * 1000 }));
  while (counts.length < seconds) counts.push(0);
  return counts;
}

describe('rate schedules', () => {
  it('spaces a constant rate evenly from time 0', () => {
    const schedule = rateSchedule({ kind: 'constant', rate_per_s: 100 });
    expect([0, 1, 2, 100].map((i) => schedule.sendTime_ms(i))).toEqual([0, 10, 20, 1000]);
    expect(perSecond({ kind: 'constant', rate_per_s: 100 }, 10)).toEqual(Array(10).fill(100));
    expect(perSecond({ kind: 'constant', rate_per_s: 3 }, 4)).toEqual([3, 3, 3, 3]);
    expect(schedule.countBefore(1000)).toBe(100);
    expect(schedule.countBefore(1000.0001)).toBe(101);
    expect(schedule.total).toBe(Number.POSITIVE_INFINITY);
  });

  it('ramps linearly, then holds the final rate', () => {
    // 0 -> 100/s over 10 s: second s sends the mean of its rates, 10 s + 5.
    const counts = perSecond({ kind: 'ramp', from_per_s: 0, to_per_s: 100, duration_ms: 10_000 }, 13);
    expect(counts).toEqual([5, 15, 25, 35, 45, 55, 65, 75, 85, 95, 100, 100, 100]);
    const down = perSecond({ kind: 'ramp', from_per_s: 100, to_per_s: 0, duration_ms: 10_000 }, 12);
    expect(down).toEqual([95, 85, 75, 65, 55, 45, 35, 25, 15, 5, 0, 0]);
    expect(rateSchedule({ kind: 'ramp', from_per_s: 100, to_per_s: 0, duration_ms: 10_000 }).total).toBe(500);
  });

  it('follows a step list, silent before the first step', () => {
    const profile: RateProfile = {
      kind: 'steps',
      steps: [
        { at_ms: 2000, rate_per_s: 10 },
        { at_ms: 4000, rate_per_s: 1000 },
        { at_ms: 5000, rate_per_s: 0 },
        { at_ms: 6000, rate_per_s: 50 },
      ],
    };
    expect(perSecond(profile, 8)).toEqual([0, 0, 10, 10, 1000, 0, 50, 50]);
    expect(rateSchedule(profile).sendTime_ms(0)).toBe(2000);
    // 1.623 records' worth before the rate drops to 0 for ever: records 0 and 1, at 0 and 1 s.
    const short = rateSchedule({
      kind: 'steps',
      steps: [
        { at_ms: 0, rate_per_s: 1 },
        { at_ms: 1623, rate_per_s: 0 },
      ],
    });
    expect(short.total).toBe(2);
    expect([short.sendTime_ms(1), short.sendTime_ms(2)]).toEqual([1000, Number.POSITIVE_INFINITY]);
    expect(short.countBefore(5000)).toBe(2);
    expect(rateAt_per_s(profile, 4500)).toBe(1000);
  });

  it('spikes from base to peak and back', () => {
    const profile: RateProfile = {
      kind: 'spike',
      base_per_s: 20,
      peak_per_s: 500,
      at_ms: 3000,
      duration_ms: 2000,
    };
    expect(perSecond(profile, 8)).toEqual([20, 20, 20, 500, 500, 20, 20, 20]);
    expect(rateAt_per_s(profile, 4999)).toBe(500);
    expect(rateAt_per_s(profile, 5000)).toBe(20);
  });

  it('keeps due times non-decreasing and consistent with countBefore for any profile', () => {
    const rate = fc.integer({ min: 0, max: 5000 });
    const profile: fc.Arbitrary<RateProfile> = fc.oneof(
      rate.map((r) => ({ kind: 'constant' as const, rate_per_s: r })),
      fc.record({
        kind: fc.constant('ramp' as const),
        from_per_s: rate,
        to_per_s: rate,
        duration_ms: fc.integer({ min: 1, max: 5000 }),
      }),
      fc
        .uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 5 })
        .chain((ats) =>
          fc.tuple(...ats.sort((a, b) => a - b).map((at) => rate.map((r) => ({ at_ms: at, rate_per_s: r })))),
        )
        .map((steps) => ({ kind: 'steps' as const, steps })),
      fc.record({
        kind: fc.constant('spike' as const),
        base_per_s: rate,
        peak_per_s: rate,
        at_ms: fc.nat(3000),
        duration_ms: fc.integer({ min: 1, max: 3000 }),
      }),
    );
    fc.assert(
      fc.property(
        profile,
        fc.array(fc.double({ min: 0, max: 8000, noNaN: true }), { maxLength: 10 }),
        (p, probes) => {
          const schedule = rateSchedule(p);
          const times = [...dueTimes(schedule, { until_ms: 8000 })];
          expect(times.findIndex((t, i) => i > 0 && t < times[i - 1])).toBe(-1);
          for (const t of probes) expect(schedule.countBefore(t)).toBe(times.filter((x) => x < t).length);
          // Over the first 8 s the count matches the integral of the rate to within one record.
          let integral = 0;
          for (let ms = 0; ms < 8000; ms += 0.5) integral += rateAt_per_s(p, ms + 0.25) / 2000;
          expect(Math.abs(times.length - integral)).toBeLessThan(1 + integral * 1e-3);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses profiles that make no sense', () => {
    expect(() => rateSchedule({ kind: 'constant', rate_per_s: -1 })).toThrow(/invalid rate profile/);
    expect(() => rateSchedule({ kind: 'ramp', from_per_s: 1, to_per_s: 2, duration_ms: 0 })).toThrow(
      /duration_ms/,
    );
    expect(() =>
      rateSchedule({
        kind: 'steps',
        steps: [
          { at_ms: 10, rate_per_s: 1 },
          { at_ms: 10, rate_per_s: 2 },
        ],
      }),
    ).toThrow(/strictly increasing/);
    expect(() => rateSchedule({ kind: 'constant', rate_per_s: 1 }).sendTime_ms(-1)).toThrow(/record index/);
  });

  it('reads the rate of an experiment load from its event times', () => {
    const load = readLoadFile(new URL('../payloads/loads/2.json', import.meta.url).pathname);
    const counts = countPerSecond([...experimentEvents(load)].map((e) => e.at_ms));
    expect(counts.slice(1, 10)).toEqual(Array(9).fill(10));
    expect(counts.slice(33, 48)).toEqual(Array(15).fill(50));
  });
});
