// A consumer's bookkeeping: seen ledger, re-reads, local duplicates and reorders with examples, payload validation.
import { describe, expect, it } from 'vitest';
import { stampHeaders } from '../common/stamp.ts';
import { encodePayload } from './payloads/encoding.ts';
import { experimentEvents } from './payloads/experiment.ts';
import type { Load } from './payloads/load-file.ts';
import { SeenTracker } from './seen-tracker.ts';

const T0 = 1_700_000_000_000;

function headers(producerId: string, seq: number, runId = 'run-1', sched = T0) {
  const h: Record<string, Buffer> = {};
  for (const [k, v] of Object.entries(stampHeaders({ runId, producerId, seq, scheduledAt_ms: sched }))) {
    h[k] = Buffer.from(v);
  }
  return h;
}

function tracker(options: { decode?: boolean; anyRun?: boolean } = {}) {
  return new SeenTracker({
    runId: 'run-1',
    anyRun: options.anyRun ?? false,
    decode: options.decode ?? false,
  });
}

const value = Buffer.from('v');

describe('SeenTracker', () => {
  it('books stamped records of its run into the seen ledger with their end-to-end latency', () => {
    const t = tracker();
    for (let seq = 0; seq < 100; seq++)
      t.observe(0, seq, headers('p', seq, 'run-1', T0 + seq), value, T0 + seq + 7);
    const ledger = t.takeLedger();
    expect(ledger.recordCount).toBe(100);
    expect(ledger.runCount).toBe(1);
    const latency = t.latency;
    expect(latency.count).toBe(100);
    expect(latency.percentile_ms(50)).toBeCloseTo(7, 1);
    expect(t.takeLedger().isEmpty).toBe(true);
    expect(t.position(0)).toBe(100);
  });

  it('counts unstamped records and records of other runs apart, unless told to take every run', () => {
    const t = tracker();
    t.observe(0, 0, undefined, value, T0);
    t.observe(0, 1, { 'lh.run': Buffer.from('run-1') }, value, T0);
    t.observe(0, 2, headers('p', 0, 'run-0'), value, T0);
    expect(t.snapshot()).toMatchObject({ consumed: 3, unstamped: 2, otherRun: 1 });
    expect(t.takeLedger().isEmpty).toBe(true);
    const any = tracker({ anyRun: true });
    any.observe(0, 2, headers('p', 0, 'run-0'), value, T0);
    expect(any.takeLedger().recordCount).toBe(1);
  });

  it('treats offsets at or below the highest read as re-reads: booked once, never findings', () => {
    const t = tracker();
    for (let o = 0; o < 10; o++) t.observe(0, o, headers('p', o), value, T0);
    for (let o = 5; o < 10; o++) t.observe(0, o, headers('p', o), value, T0);
    expect(t.snapshot()).toMatchObject({ consumed: 15, rereads: 5, localDuplicates: 0, localReorders: 0 });
    expect(t.takeLedger().recordCount).toBe(10);
  });

  it('finds local duplicates and reorders per (producer, partition), keeping the first examples', () => {
    const t = tracker();
    const seqs = [0, 1, 2, 1, 5, 3, 4, 6];
    seqs.forEach((seq, offset) => {
      t.observe(2, offset, headers('p', seq), value, T0);
    });
    // Another producer interleaved on the same partition is no finding.
    t.observe(2, 8, headers('q', 0), value, T0);
    const c = t.snapshot();
    expect(c.localDuplicates).toBe(1);
    expect(c.localReorders).toBe(2);
    const e = t.examples();
    expect(e.duplicates).toEqual([
      { partition: 2, offset: 3, producerId: 'p', seq: 1, after: { seq: 2, offset: 2 } },
    ]);
    expect(e.reorders.map((r) => [r.offset, r.seq, r.after.seq])).toEqual([
      [5, 3, 5],
      [6, 4, 5],
    ]);
    expect(t.hasFindings).toBe(true);
  });

  it('decodes experiment values, validates lifecycles, and skips experiments it joined mid-way', () => {
    const load: Load = [
      {
        start_s: 0,
        researcher: 'r@example.com',
        numSensors: 2,
        samplePeriod_ms: 100,
        startTemperature: 10,
        stabilizationSamples: 2,
        carryOutSamples: 3,
        lowerThreshold: 20,
        upperThreshold: 25,
      },
    ];
    const events = [...experimentEvents(load, { rateMultiplier: 2 })];
    const t = tracker({ decode: true });
    // Copy 0 from its start; copy 1 only from its second event on (as if consumed from the middle).
    const copy1 = events.find((e) => e.experiment === 1)!;
    let offset = 0;
    let skipped = false;
    for (const e of events) {
      if (!skipped && e === copy1) {
        skipped = true;
        continue;
      }
      const h = { record_name: Buffer.from(e.recordName), ...headers('p', offset) };
      const decoded = t.observe(0, offset, h, encodePayload(e.recordName, e.value), T0);
      expect(decoded?.ok).toBe(true);
      offset++;
    }
    expect(t.snapshot()).toMatchObject({ decodeErrors: 0, lifecycleViolations: 0 });
    // A broken value is a decode error with an example.
    t.observe(
      0,
      offset,
      { record_name: Buffer.from('experiment_started'), ...headers('p', offset) },
      Buffer.from('junk'),
      T0,
    );
    expect(t.snapshot().decodeErrors).toBe(1);
    expect(t.examples().decodeErrors[0]).toMatchObject({ partition: 0, offset });
  });

  it('reports a lifecycle out of order', () => {
    const load: Load = [
      {
        start_s: 0,
        researcher: 'r@example.com',
        numSensors: 1,
        samplePeriod_ms: 100,
        startTemperature: 10,
        stabilizationSamples: 1,
        carryOutSamples: 1,
        lowerThreshold: 20,
        upperThreshold: 25,
      },
    ];
    const events = [...experimentEvents(load)];
    // configured, stabilization_started, sample, started, sample, terminated: terminate before starting.
    [events[3], events[5]] = [events[5], events[3]];
    const t = tracker({ decode: true });
    events.forEach((e, offset) => {
      t.observe(
        0,
        offset,
        { record_name: Buffer.from(e.recordName), ...headers('p', offset) },
        encodePayload(e.recordName, e.value),
        T0,
      );
    });
    expect(t.snapshot().lifecycleViolations).toBeGreaterThan(0);
    expect(t.examples().lifecycle.map((v) => v.kind)).toContain('out-of-order');
  });
});
