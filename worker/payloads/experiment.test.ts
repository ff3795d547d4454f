import { describe, expect, it } from 'vitest';
import { countPerSecond } from '../rate/schedule.ts';
import {
  EXCURSION_PROBABILITY,
  experimentEvents,
  measurementHash,
  planExperiments,
  summary,
} from './experiment.ts';
import { expectedSamples, LifecycleValidator } from './lifecycle.ts';
import { type Load, readLoadFile } from './load-file.ts';

const load2 = readLoadFile(new URL('./loads/2.json', import.meta.url).pathname);
const load3 = readLoadFile(new URL('./loads/3.json', import.meta.url).pathname);
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('experiment lifecycle generator', () => {
  it('gives loads/2.json its 1328 events', () => {
    // 10 sensors x (10 + 50) samples + 8 sensors x (10 + 80) samples, plus 4 lifecycle events each.
    expect(10 * 60 + 8 * 90 + 2 * 4).toBe(1328);
    const events = [...experimentEvents(load2)];
    expect(events).toHaveLength(1328);
    const byName = Object.fromEntries(
      [
        'experiment_configured',
        'stabilization_started',
        'sensor_temperature_measured',
        'experiment_started',
        'experiment_terminated',
      ].map((n) => [n, events.filter((e) => e.recordName === n).length]),
    );
    expect(byName).toEqual({
      experiment_configured: 2,
      stabilization_started: 2,
      sensor_temperature_measured: 1320,
      experiment_started: 2,
      experiment_terminated: 2,
    });
    expect(summary(load2).eventsByRecordName).toEqual(byName);
    expect(summary(load2).events).toBe(1328);
  });

  it('sends 10 ev/s, then 50 ev/s from t=30 to t=48, then 10 ev/s until t=60', () => {
    const events = [...experimentEvents(load2)];
    const sensors = countPerSecond(
      events.filter((e) => e.recordName === 'sensor_temperature_measured').map((e) => e.at_ms),
    );
    expect(sensors).toEqual([...Array(30).fill(10), ...Array(18).fill(50), ...Array(12).fill(10)]);
    // Lifecycle events: both starts (2 each), experiment_started after 10 samples, terminations one period after the last sample.
    const lifecycle = events
      .filter((e) => e.recordName !== 'sensor_temperature_measured')
      .map((e) => [e.recordName, e.at_ms]);
    expect(lifecycle).toEqual([
      ['experiment_configured', 0],
      ['stabilization_started', 0],
      ['experiment_started', 10_000],
      ['experiment_configured', 30_000],
      ['stabilization_started', 30_000],
      ['experiment_started', 32_000],
      ['experiment_terminated', 48_000],
      ['experiment_terminated', 60_000],
    ]);
    expect(summary(load2).eventsPerSecond).toEqual(countPerSecond(events.map((e) => e.at_ms)));
    expect(summary(load2).peakEventsPerSecond).toBe(52);
  });

  it('runs K times faster with timeScale K', () => {
    const events = [...experimentEvents(load2, { timeScale: 10 })];
    expect(events).toHaveLength(1328);
    expect(events[events.length - 1].at_ms).toBeCloseTo(6000, 6);
    const s = summary(load2, { timeScale: 10 });
    expect(s.duration_ms).toBeCloseTo(6000, 6);
    expect(s.eventsPerSecond.slice(0, 3)).toEqual([102, 101, 100]);
    expect(s.eventsPerSecond.slice(3, 4)).toEqual([450 + 50 + 2 + 1]);
  });

  it('runs M copies of every experiment with distinct ids, staggered within a sample period', () => {
    const plans = planExperiments(load2, { rateMultiplier: 3 });
    expect(plans).toHaveLength(6);
    expect(new Set(plans.map((p) => p.id)).size).toBe(6);
    for (const p of plans) {
      expect(p.id).toMatch(UUID4);
      for (const sensor of p.sensors) expect(sensor).toMatch(UUID4);
    }
    expect(plans.filter((p) => p.entry === 1).map((p) => p.start_ms)).toEqual([
      30_000,
      30_000 + 200 / 3,
      30_000 + 400 / 3,
    ]);
    const events = [...experimentEvents(load2, { rateMultiplier: 3 })];
    expect(events).toHaveLength(3 * 1328);
    expect(new Set(events.map((e) => e.key)).size).toBe(6);
    expect(summary(load2, { rateMultiplier: 3 }).eventsPerSecond).toEqual(
      countPerSecond(events.map((e) => e.at_ms)),
    );
  });

  it('merges experiments in schedule time order, each in lifecycle order', () => {
    const plans = planExperiments(load3, { rateMultiplier: 4, timeScale: 3 });
    const validator = new LifecycleValidator({ expected: expectedSamples(plans) });
    let previous = Number.NEGATIVE_INFINITY;
    for (const event of experimentEvents(load3, {
      rateMultiplier: 4,
      timeScale: 3,
      epochStart_ms: 1_694_266_072_000,
    })) {
      expect(event.at_ms).toBeGreaterThanOrEqual(previous);
      previous = event.at_ms;
      expect(event.key).toBe(event.value.experiment);
      expect(event.headers).toEqual({ record_name: event.recordName });
      validator.observe(event.recordName, event.value);
    }
    const report = validator.finish({ complete: true });
    expect(report.violations).toEqual({ count: 0, byKind: {}, examples: [] });
    expect(report.terminated).toBe(12);
  });

  it('shares measurement id, timestamp and a verifiable hash across the sensors of a sample', () => {
    const events = [...experimentEvents(load2, { epochStart_ms: 1_694_266_072_336 })];
    const samples = new Map<string, { timestamp: number; hash: string; sensors: Set<string> }>();
    for (const e of events) {
      if (e.recordName !== 'sensor_temperature_measured') continue;
      const v = e.value;
      const sample = samples.get(v.measurement_id) ?? {
        timestamp: v.timestamp,
        hash: v.measurement_hash,
        sensors: new Set(),
      };
      samples.set(v.measurement_id, sample);
      expect(v.timestamp).toBe(sample.timestamp);
      expect(v.measurement_hash).toBe(sample.hash);
      sample.sensors.add(v.sensor);
      expect(v.timestamp).toBeCloseTo((1_694_266_072_336 + e.at_ms) / 1000, 6);
    }
    expect(samples.size).toBe(60 + 90);
    for (const [id, sample] of samples) {
      expect(id).toMatch(UUID4);
      expect(sample.hash).toMatch(/^[0-9a-f]{300}$/);
    }
    const first = events.find((e) => e.recordName === 'sensor_temperature_measured')!;
    if (first.recordName === 'sensor_temperature_measured') {
      expect(first.value.measurement_hash).toBe(
        measurementHash(first.value.experiment, first.value.measurement_id),
      );
    }
  });

  it('stabilizes from the start temperature into the range, then stays mostly inside it', () => {
    const long: Load = [{ ...load2[0], numSensors: 20, stabilizationSamples: 20, carryOutSamples: 2000 }];
    const temps = [...experimentEvents(long)].flatMap((e) =>
      e.recordName === 'sensor_temperature_measured' ? [e.value.temperature] : [],
    );
    const inRange = (t: number) => t >= 100 && t <= 150;
    const stabilization = temps.slice(0, 20 * 20);
    expect(stabilization.slice(0, 20).every((t) => t < 100)).toBe(true);
    expect(stabilization.slice(-20).every(inRange)).toBe(true);
    const carryOut = temps.slice(20 * 20);
    const outside = carryOut.filter((t) => !inRange(t)).length / carryOut.length;
    expect(outside).toBeGreaterThan(EXCURSION_PROBABILITY / 2);
    expect(outside).toBeLessThan(EXCURSION_PROBABILITY * 2);
    expect(carryOut.every((t) => t === Math.fround(t))).toBe(true);
  });

  it('replays exactly from a seed', () => {
    const a = [...experimentEvents(load2, { seed: 'x' })];
    const b = [...experimentEvents(load2, { seed: 'x' })];
    const c = [...experimentEvents(load2, { seed: 'y' })];
    expect(b).toEqual(a);
    expect(c[0].key).not.toBe(a[0].key);
  });

  it('streams a week-long schedule without materialising it', () => {
    const week: Load = [{ ...load2[0], numSensors: 1000, samplePeriod_ms: 1, carryOutSamples: 604_800_000 }];
    const iterator = experimentEvents(week, { rateMultiplier: 50 });
    let n = 0;
    for (const _ of iterator) if (++n === 200_000) break;
    expect(n).toBe(200_000);
    expect(summary([{ ...week[0], carryOutSamples: 1_000_000 }]).events).toBe(1000 * 1_000_010 + 4);
  });

  it('rejects options that make no schedule', () => {
    expect(() => [...experimentEvents(load2, { timeScale: 0 })]).toThrow(/timeScale/);
    expect(() => summary(load2, { rateMultiplier: 1.5 })).toThrow(/rateMultiplier/);
  });
});
