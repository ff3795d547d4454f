import { describe, expect, it } from 'vitest';
import type { AssertionResult } from '../model.ts';
import { checkFaults } from './faults.ts';
import { checkLatency } from './latency.ts';
import { measureRecovery_ms, recoveryReference_ms } from './recovery.ts';
import { checkStall, findStalls } from './stall.ts';
import { makeFault, makeHistory, makeTask, type SampleSpec, T0 } from './test-kit.ts';
import { checkThroughput, throughputWindows } from './throughput.ts';
import { faultWindows } from './windows.ts';

const one = (results: readonly AssertionResult[]) => {
  expect(results).toHaveLength(1);
  return results[0];
};

/** Seconds `from..to-1` of the workload get `spec`, the others the defaults. */
const during =
  (from: number, to: number, spec: SampleSpec, others: SampleSpec = {}) =>
  (i: number): SampleSpec =>
    i >= from && i < to ? spec : others;

const killTask = (assert: Record<string, unknown> = {}) =>
  makeTask({ kind: 'broker-kill', at: '10s', restartAfter: '5s', assert });

describe('recovery time', () => {
  it('is the time from a kill to the first of 3 healthy seconds', () => {
    const task = killTask({ produceLatency: { p99: '100ms' } });
    const h = makeHistory(task, { second: during(10, 14, { produce_ms: 2000 }) });
    expect(measureRecovery_ms(task, h.samples, makeFault(10.2, 5))).toBe(3800);
  });

  it('counts a throughput dip as out of bounds, and needs consecutive healthy seconds', () => {
    const task = killTask();
    // 10..12 nothing acked, 13 fine, 14 dips again, 15.. fine
    const h = makeHistory(task, { second: (i) => ((i >= 10 && i < 13) || i === 14 ? { acked: 100 } : {}) });
    expect(measureRecovery_ms(task, h.samples, makeFault(10, 5))).toBe(5000);
    expect(measureRecovery_ms(task, h.samples, makeFault(10, 5), { stableSeconds: 1 })).toBe(3000);
  });

  it('is undefined while the task is still out of bounds', () => {
    const task = killTask();
    const h = makeHistory(task, { second: (i) => (i >= 10 ? { acked: 0 } : {}) });
    expect(measureRecovery_ms(task, h.samples, makeFault(10, 5))).toBeUndefined();
  });

  it('is timed from the heal for network faults', () => {
    const task = makeTask({ kind: 'network-fault', fault: 'blackhole', at: '10s', for: '5s' });
    const fault = makeFault(10, 5, { kind: 'network-blackhole' });
    expect(recoveryReference_ms(task, fault)).toBe(T0 + 15_000);
    const h = makeHistory(task, { second: during(10, 17, { acked: 0 }) });
    expect(measureRecovery_ms(task, h.samples, fault)).toBe(2000);
    expect(recoveryReference_ms(task, { ...fault, healedAt_ms: undefined })).toBeUndefined();
  });
});

describe('fault windows', () => {
  it('run from injection to recovery, and at least to the verified heal', () => {
    const task = killTask();
    const h = makeHistory(task, { faults: [makeFault(10, 5)], second: during(10, 12, { acked: 0 }) });
    expect(faultWindows(h)).toEqual([
      {
        faultId: 'f1',
        kind: 'broker-kill',
        target: 'broker 1',
        start_ms: T0 + 10_000,
        end_ms: T0 + 15_000,
        recovered: true,
      },
    ]);
    const slow = makeHistory(task, { faults: [makeFault(10, 1)], second: during(10, 18, { acked: 0 }) });
    expect(faultWindows(slow)[0].end_ms).toBe(T0 + 18_000);
  });

  it('run to the recovery limit when the fault never recovers', () => {
    const task = killTask({ recovery: '12s' });
    const h = makeHistory(task, { faults: [makeFault(10, 5)], second: (i) => (i >= 10 ? { acked: 0 } : {}) });
    expect(faultWindows(h)[0]).toMatchObject({ end_ms: T0 + 22_000, recovered: false });
  });
});

describe('latency assertions', () => {
  const task = killTask({ produceLatency: { p99: '100ms', max: '5s' } });

  it('ignore a spike inside a fault window', () => {
    const h = makeHistory(task, { faults: [makeFault(10, 5)], second: during(10, 14, { produce_ms: 2000 }) });
    const results = checkLatency(h);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['latency.produce.p99', 'pass'],
      ['latency.produce.max', 'pass'],
    ]);
    expect(results[0].measured).toBeCloseTo(10, 1);
    expect(results[0].message).toMatch(/25 seconds judged, 5 seconds in fault windows left out/);
  });

  it('count a spike outside fault windows, with the worst second as evidence', () => {
    const h = makeHistory(task, {
      faults: [makeFault(10, 5)],
      second: (i) => (i >= 10 && i < 14 ? { produce_ms: 2000 } : i === 25 ? { produce_ms: 800 } : {}),
    });
    const [p99, max] = checkLatency(h);
    expect(p99.status).toBe('fail');
    expect(p99.measured).toBeCloseTo(800, -1);
    expect(p99.message).toMatch(
      /^produce p99 80\dms > 100ms over 25,000 values .*; worst second at \+25s: 80\dms$/,
    );
    expect(p99.evidence).toMatchObject({
      worstWindows: [{ start_ms: T0 + 25_000, intoWorkload_ms: 25_000, values: 1000 }],
      excludedSamples: 5,
    });
    expect(max.status).toBe('pass');
  });

  it('are skipped when nothing was measured outside fault windows', () => {
    const t = makeTask({ assert: { endToEndLatency: { p50: '1s' } } });
    const h = makeHistory(t, { second: () => ({ acked: 0 }) });
    expect(one(checkLatency(h))).toMatchObject({ id: 'latency.endToEnd.p50', status: 'skipped' });
  });

  it('leave out warmup', () => {
    const t = makeTask({ assert: { produceLatency: { max: '50ms' } } });
    const h = makeHistory(t);
    h.samples[0] = { ...h.samples[0], produceLatency: h.samples[0].produceLatency.clone() };
    h.samples[0].produceLatency.record(10_000); // a warmup second
    expect(one(checkLatency(h)).status).toBe('pass');
  });
});

describe('throughput.window', () => {
  it('fails the window with a dip and names it', () => {
    const h = makeHistory(makeTask(), { second: during(12, 16, { acked: 0 }) });
    const r = one(checkThroughput(h));
    expect(r.status).toBe('fail');
    expect(r.measured).toBeCloseTo(0.6);
    expect(r.limit).toBeCloseTo(0.9);
    expect(r.message).toBe(
      '1 of 3 10s windows below 90% of target; worst +10s..+20s 600/s vs 1,000/s target (60%)',
    );
    expect(r.evidence).toMatchObject({
      failingWindows: 1,
      windows: [{ start_ms: T0 + 10_000, acked: 6000, target: 10_000 }],
    });
  });

  it('passes when the dip is inside a fault window, judging the stretches around it', () => {
    const task = killTask();
    const h = makeHistory(task, { faults: [makeFault(12, 3)], second: during(12, 16, { acked: 0 }) });
    const r = one(checkThroughput(h));
    expect(r.status).toBe('pass');
    const { windows, excludedSamples } = throughputWindows(h, 10_000);
    expect(excludedSamples).toBe(4); // 12..15: the window ends at recovery (16s), after the heal at 15s
    expect(windows.map((w) => [w.start_ms - T0, w.end_ms - T0])).toEqual([
      [0, 12_000], // 0..9 plus a 2s remainder
      [16_000, 30_000], // 16..25 plus a 4s remainder (less than half a window)
    ]);
  });

  it('tolerates the configured shortfall', () => {
    const task = makeTask({ assert: { throughput: { tolerance: '50%', window: '5s' } } });
    const h = makeHistory(task, { second: during(0, 30, { acked: 520 }) });
    expect(one(checkThroughput(h)).status).toBe('pass');
  });

  it('is not asserted for rate: max', () => {
    expect(checkThroughput(makeHistory(makeTask({ rate: 'max' })))).toEqual([]);
  });
});

describe('progress.stall', () => {
  const task = makeTask({ assert: { stall: '5s' } });

  it('fails for a partition written to without consumer progress, naming it and when', () => {
    const h = makeHistory(task, { second: during(5, 15, { progressed: [0, 2] }) });
    const r = one(checkStall(h));
    expect(r.status).toBe('fail');
    expect(r.measured).toBe(10_000);
    expect(r.message).toBe('partition 1 10s from +5s written to without consumer progress (limit 5s)');
    expect(r.evidence).toEqual({
      stalls: [
        { partition: 1, from_ms: T0 + 5000, to_ms: T0 + 15_000, intoWorkload_ms: 5000, stalled_ms: 10_000 },
      ],
    });
  });

  it('does not count a partition nobody writes to', () => {
    const h = makeHistory(task, { second: () => ({ written: [0, 2], progressed: [0, 2] }) });
    expect(one(checkStall(h)).status).toBe('pass');
  });

  it('counts a stall caused by a self-test mutation even if it was recorded as a fault', () => {
    const mutation = makeTask({
      kind: 'self-test-mutation',
      mutation: 'stall-partition',
      partition: 1,
      at: '5s',
      for: '10s',
      assert: { stall: '5s' },
      expect: { fail: ['progress.stall'] },
    });
    const h = makeHistory(mutation, {
      faults: [makeFault(5, 10, { kind: 'stall-partition' })],
      second: during(5, 15, { progressed: [0, 2] }),
    });
    expect(faultWindows(h)).toEqual([]);
    expect(one(checkStall(h))).toMatchObject({ status: 'fail', measured: 10_000 });
  });

  it('does not count time inside fault windows', () => {
    const kill = makeTask({ kind: 'broker-kill', at: '5s', restartAfter: '8s', assert: { stall: '5s' } });
    const h = makeHistory(kill, { faults: [makeFault(5, 8)], second: during(5, 15, { progressed: [0, 2] }) });
    expect(findStalls(h).find((s) => s.partition === 1)?.stalled_ms).toBe(2000);
    expect(one(checkStall(h)).status).toBe('pass');
  });

  it('counts a stall that lasts until the end of the workload', () => {
    const h = makeHistory(task, { second: during(20, 30, { progressed: [] }) });
    const r = one(checkStall(h));
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(
      /^partition 0 10s from \+20s, partition 1 10s from \+20s, partition 2 10s from \+20s/,
    );
  });
});

describe('recovery.time and fault.healed', () => {
  it('pass when every fault healed, was verified and recovered in time', () => {
    const task = killTask({ recovery: '10s' });
    const h = makeHistory(task, { faults: [makeFault(10, 5)], second: during(10, 13, { acked: 0 }) });
    const [recovery, healed] = checkFaults(h);
    expect(recovery).toMatchObject({ id: 'recovery.time', status: 'pass', measured: 3000, limit: 10_000 });
    expect(healed).toMatchObject({ id: 'fault.healed', status: 'pass' });
  });

  it('fail recovery for a slow or missing recovery, with the fault as evidence', () => {
    const task = killTask({ recovery: '2s' });
    const h = makeHistory(task, { faults: [makeFault(10, 5)], second: during(10, 13, { acked: 0 }) });
    const recovery = checkFaults(h)[0];
    expect(recovery.status).toBe('fail');
    expect(recovery.message).toBe('broker-kill of broker 1 recovered in 3s (limit 2s)');
    expect(recovery.evidence).toMatchObject({
      faults: [{ id: 'f1', injectedIntoWorkload_ms: 10_000, recovery_ms: 3000 }],
    });
    const never = makeHistory(task, {
      faults: [makeFault(10, 5)],
      second: (i) => (i >= 10 ? { acked: 0 } : {}),
    });
    expect(checkFaults(never)[0].message).toBe('broker-kill of broker 1 never recovered (limit 2s)');
  });

  it('prefer the recovery time the task loop recorded', () => {
    const task = killTask({ recovery: '10s' });
    const h = makeHistory(task, { faults: [makeFault(10, 5, { recovery_ms: 12_000 })] });
    expect(checkFaults(h)[0]).toMatchObject({ status: 'fail', measured: 12_000 });
  });

  it('fail fault.healed for an unverified heal, and when no fault was injected', () => {
    const task = killTask();
    const unverified = makeHistory(task, { faults: [makeFault(10, 5, { healVerifiedAt_ms: undefined })] });
    expect(checkFaults(unverified)[1]).toMatchObject({
      status: 'fail',
      message: 'broker-kill of broker 1 healed but not verified',
    });
    const none = makeHistory(task);
    expect(checkFaults(none).map((r) => r.status)).toEqual(['skipped', 'fail']);
  });
});
