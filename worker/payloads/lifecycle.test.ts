import { describe, expect, it } from 'vitest';
import { type ExperimentEvent, experimentEvents, planExperiments } from './experiment.ts';
import { expectedSamples, type LifecycleOptions, LifecycleValidator } from './lifecycle.ts';
import type { Load } from './load-file.ts';

const load: Load = [
  {
    start_s: 0,
    researcher: 'r@example.org',
    numSensors: 3,
    samplePeriod_ms: 100,
    startTemperature: 0,
    stabilizationSamples: 2,
    carryOutSamples: 3,
    lowerThreshold: 10,
    upperThreshold: 20,
  },
];
const events = [...experimentEvents(load)];
const id = events[0].key;

function validate(list: readonly ExperimentEvent[], options: LifecycleOptions = {}, complete = true) {
  const validator = new LifecycleValidator({ expected: expectedSamples(planExperiments(load)), ...options });
  for (const e of list) validator.observe(e.recordName, e.value);
  return validator.finish({ complete });
}

const indexOf = (name: string, nth = 0) =>
  events.map((e, i) => [e.recordName, i] as const).filter(([n]) => n === name)[nth][1];

describe('LifecycleValidator', () => {
  it('accepts a complete experiment', () => {
    expect(events).toHaveLength(4 + 3 * 5);
    const report = validate(events);
    expect(report).toMatchObject({ ok: true, events: 19, configured: 1, terminated: 1, running: 0 });
  });

  it('reports a missing lifecycle event as out of order', () => {
    const report = validate(events.filter((e) => e.recordName !== 'stabilization_started'));
    expect(report.violations.byKind).toEqual({ 'out-of-order': 1 });
    expect(report.violations.examples[0]).toEqual({
      kind: 'out-of-order',
      experiment: id,
      recordName: 'sensor_temperature_measured',
      detail: 'measurement before stabilization_started',
    });
  });

  it('reports a lost measurement as an incomplete sample and a short phase', () => {
    const lost = events.filter((_, i) => i !== indexOf('sensor_temperature_measured', 1));
    expect(validate(lost).violations.byKind).toEqual({ 'incomplete-sample': 1 });
    // A whole sample lost: the counts no longer match the plan.
    const sampleLost = events.filter(
      (_, i) =>
        i < indexOf('sensor_temperature_measured', 0) || i > indexOf('sensor_temperature_measured', 2),
    );
    expect(validate(sampleLost).violations.examples).toEqual([
      {
        kind: 'sample-count',
        experiment: id,
        recordName: 'experiment_started',
        detail: 'stabilization had 1 samples, expected 2',
      },
    ]);
  });

  it('reports events before configuration, after termination, and experiments that never end', () => {
    expect(validate(events.slice(1)).violations.byKind).toMatchObject({ 'before-configured': 18 });
    expect(validate([...events, events[5]]).violations.byKind).toEqual({ 'after-terminated': 1 });
    const unfinished = events.slice(0, -1);
    expect(validate(unfinished, {}, false)).toMatchObject({ ok: true, running: 1 });
    expect(validate(unfinished).violations.byKind).toEqual({ unterminated: 1 });
  });

  it('reports a replayed event as a time and order violation', () => {
    const replay = [...events.slice(0, 10), ...events.slice(5, 10), ...events.slice(10)];
    const report = validate(replay);
    expect(report.ok).toBe(false);
    expect(Object.keys(report.violations.byKind)).toContain('time-backwards');
  });

  it('checks sensors and hashes of each sample', () => {
    const tampered = events.map((e, i) => {
      if (i === indexOf('sensor_temperature_measured', 0) && e.recordName === 'sensor_temperature_measured') {
        return { ...e, value: { ...e.value, sensor: 'not-a-sensor' } };
      }
      if (i === indexOf('sensor_temperature_measured', 3) && e.recordName === 'sensor_temperature_measured') {
        return { ...e, value: { ...e.value, measurement_hash: 'x'.repeat(300) } };
      }
      return e;
    });
    const report = validate(tampered, { maxExamples: 2 });
    expect(report.violations.byKind).toEqual({
      'unknown-sensor': 1,
      'incomplete-sample': 1,
      'bad-hash': 1,
      'sample-mismatch': 2,
    });
    expect(report.violations.count).toBe(5);
    expect(report.violations.examples).toHaveLength(2);
    expect(validate(tampered, { verifyHash: false }).violations.byKind['bad-hash']).toBeUndefined();
  });
});
