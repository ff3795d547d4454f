import { describe, expect, it } from 'vitest';
import { assertionIds } from '../../scenarios/suite.ts';
import type { TaskHistory } from '../model.ts';
import { checkBalance } from './balance.ts';
import { checkCatchUp } from './catch-up.ts';
import { CheckerRegistry, checker, defaultCheckers, defaultRegistry } from './checker.ts';
import { describeUnexpected, evaluateTask, failedAsExpected, verdictWithoutHistory } from './evaluate.ts';
import { checkLifecycle } from './lifecycle.ts';
import { fail, pass } from './result.ts';
import { makeFault, makeHistory, makeTask, phase, T0, writeAndRead } from './test-kit.ts';
import { checkTimeouts } from './timeout.ts';

/** A clean history: records acked and read on every partition, steady samples. */
function clean(history: TaskHistory): TaskHistory {
  for (let p = 0; p < 3; p++) writeAndRead(history, p, 'w1', 0, 0, 1000);
  return history;
}

const evaluate = (h: TaskHistory) => evaluateTask(h, 1, T0 - 10_000, T0 + 35_000);

describe('evaluateTask', () => {
  it('passes a clean task and fills the summary', () => {
    const v = evaluate(clean(makeHistory(makeTask({ assert: { produceLatency: { p99: '50ms' } } }))));
    expect(v.status).toBe('pass');
    expect(v.unexpected).toEqual([]);
    expect(v.assertions.map((a) => a.id)).toEqual([
      'continuity.lost',
      'continuity.duplicated',
      'continuity.reordered',
      'continuity.inconsistent',
      'latency.produce.p99',
      'throughput.window',
      'progress.stall',
      'task.timeout',
    ]);
    expect(v.assertions.every((a) => a.status === 'pass')).toBe(true);
    expect(v.summary).toMatchObject({
      acked: 3000,
      seen: 3000,
      lost: 0,
      achievedRate_per_s: 1000,
      targetRate_per_s: 1000,
    });
    expect(v.summary.produceLatency_ms.p99).toBeCloseTo(10, 1);
    expect(v.summary.endToEndLatency_ms.max).toBeCloseTo(20, 1);
    expect(v.expect).toEqual({ verdict: 'pass' });
  });

  it('fails a task when an assertion fails', () => {
    const h = clean(makeHistory(makeTask()));
    writeAndRead(h, 0, 'w2', 0, 1000, 1, { read: false });
    const v = evaluate(h);
    expect(v.status).toBe('fail');
    expect(v.unexpected).toEqual(['continuity.lost']);
    expect(describeUnexpected(v)).toEqual(['continuity.lost failed']);
    expect(v.summary.lost).toBe(1);
  });

  describe('expect: fail (self-tests)', () => {
    const selfTest = (failing: string[]) =>
      makeTask({ kind: 'self-test-mutation', mutation: 'drop-acked', expect: { fail: failing } });

    it('passes when exactly the listed assertion fails', () => {
      const h = clean(makeHistory(selfTest(['continuity.lost'])));
      writeAndRead(h, 1, 'w1', 1000, 1000, 1, { read: false });
      const v = evaluate(h);
      expect(v.status).toBe('pass');
      expect(v.unexpected).toEqual([]);
      const lost = v.assertions.find((a) => a.id === 'continuity.lost')!;
      expect(lost.status).toBe('fail');
      expect(failedAsExpected(v, lost)).toBe(true);
    });

    it('fails when the listed assertion passes (the checker is blind)', () => {
      const v = evaluate(clean(makeHistory(selfTest(['continuity.lost']))));
      expect(v.status).toBe('fail');
      expect(v.unexpected).toEqual(['continuity.lost']);
      expect(describeUnexpected(v)).toEqual(['continuity.lost expected to fail but passed']);
    });

    it('fails when another assertion fails too', () => {
      const h = clean(makeHistory(selfTest(['continuity.lost'])));
      writeAndRead(h, 1, 'w1', 1000, 1000, 1, { read: false });
      writeAndRead(h, 2, 'w1', 1000, 1001, 1); // seq 1000 at offset 1001 and, below, nothing: fine
      h.seen.record(2, 10, 'w9', 0); // but offset 10 read with two records
      const v = evaluate(h);
      expect(v.status).toBe('fail');
      expect(v.unexpected).toEqual(['continuity.inconsistent']);
    });

    it('fails when the listed assertion was not evaluated', () => {
      const task = makeTask({
        kind: 'self-test-mutation',
        mutation: 'stall-partition',
        for: '10s',
        assert: { stall: '5s' },
        expect: { fail: ['progress.stall'] },
      });
      const h = clean(makeHistory(task, { workload_s: 30 }));
      h.samples.splice(0, h.samples.length); // no samples: nothing to judge
      const v = evaluate(h);
      expect(v.assertions.find((a) => a.id === 'progress.stall')?.status).toBe('skipped');
      expect(v.status).toBe('fail');
      expect(describeUnexpected(v)).toContain('progress.stall expected to fail but was not evaluated');
    });
  });

  it('reports an interrupted task as interrupted with nothing judged', () => {
    const h = clean(makeHistory(makeTask()));
    h.phases.splice(2);
    h.phases.push(phase('workload', T0, T0 + 5000, 'interrupted', 'worker w-2 lost'));
    writeAndRead(h, 0, 'w2', 0, 5000, 10, { read: false }); // would be "lost"
    const v = evaluate(h);
    expect(v.status).toBe('interrupted');
    expect(v.unexpected).toEqual([]);
    expect(v.assertions.every((a) => a.status === 'skipped')).toBe(true);
    expect(v.assertions[0].message).toBe(
      'not evaluated: the task was interrupted in workload: worker w-2 lost',
    );
    expect(v.errors).toEqual(['the task was interrupted in workload: worker w-2 lost']);
  });

  it('reports a task whose prepare failed as an error', () => {
    const h = makeHistory(makeTask());
    h.phases.splice(
      0,
      h.phases.length,
      phase('prepare', T0, T0 + 100, 'error', 'topic creation refused: INVALID_CONFIG'),
    );
    const v = evaluate(h);
    expect(v.status).toBe('error');
    expect(v.errors).toEqual(['prepare failed: topic creation refused: INVALID_CONFIG']);
    expect(v.assertions.every((a) => a.status === 'skipped')).toBe(true);
  });

  it('reports history errors as an error unless an assertion failed', () => {
    const h = clean(makeHistory(makeTask()));
    h.errors.push('role r-1 failed: broker unreachable');
    expect(evaluate(h).status).toBe('error');
    writeAndRead(h, 0, 'w2', 0, 1000, 1, { read: false });
    expect(evaluate(h).status).toBe('fail');
  });

  it('fails task.timeout for a workload past its timeout', () => {
    const h = clean(makeHistory(makeTask()));
    h.phases[2] = phase(
      'workload',
      T0,
      T0 + 180_000,
      'timed-out',
      'workload did not finish within 150000 ms',
    );
    const v = evaluate(h);
    expect(v.status).toBe('fail');
    expect(v.unexpected).toEqual(['task.timeout']);
    expect(v.assertions.find((a) => a.id === 'task.timeout')?.message).toBe(
      'workload (timeout 2m30s) ran past its timeout',
    );
  });

  it('records in the verdict the recovery time the checkers measured', () => {
    const task = makeTask({ kind: 'broker-kill', at: '10s', restartAfter: '5s' });
    const h = clean(makeHistory(task, { second: (i) => (i >= 10 && i < 12 ? { acked: 0 } : {}) }));
    h.faults.push(makeFault(10, 5));
    const v = evaluate(h);
    expect(v.faults[0].recovery_ms).toBe(2000);
    expect(h.faults[0].recovery_ms).toBeUndefined(); // the history is not touched
    expect(v.assertions.find((a) => a.id === 'recovery.time')).toMatchObject({
      status: 'pass',
      measured: 2000,
    });
  });

  it('builds verdicts for tasks without a history', () => {
    const v = verdictWithoutHistory(makeTask(), 'error', 0, T0, T0, 'refused against an external cluster');
    expect(v).toMatchObject({
      status: 'error',
      errors: ['refused against an external cluster'],
      unexpected: [],
    });
    expect(v.assertions.every((a) => a.status === 'skipped')).toBe(true);
  });
});

describe('CheckerRegistry', () => {
  it('owns every assertion id with the built-in checkers', () => {
    const registry = defaultRegistry();
    for (const id of assertionIds) expect(registry.ownerOf(id), id).toBeDefined();
    expect(registry.checkers()).toHaveLength(defaultCheckers().length);
  });

  it('refuses a second owner unless told to replace', () => {
    const custom = checker('strict-lost', ['continuity.lost'], () => []);
    expect(() => defaultRegistry().register(custom)).toThrow(
      /checker strict-lost claims continuity.lost, which checker continuity owns/,
    );
    const registry = defaultRegistry().register(custom, { replace: true });
    expect(registry.ownerOf('continuity.lost')?.name).toBe('strict-lost');
    expect(registry.ownerOf('continuity.duplicated')?.name).toBe('continuity');
  });

  it('runs a custom checker in place of the built-in one', () => {
    const registry = defaultRegistry().register(
      checker('no-loss-at-all', ['continuity.lost'], (h) => [
        h.seen.recordCount >= h.acked.recordCount
          ? pass('continuity.lost', 'ok')
          : fail('continuity.lost', 'short'),
      ]),
      { replace: true },
    );
    const h = clean(makeHistory(makeTask()));
    const v = evaluateTask(h, 1, T0, T0, { registry });
    expect(v.assertions.find((a) => a.id === 'continuity.lost')?.message).toBe('ok');
    expect(v.assertions.filter((a) => a.id === 'continuity.lost')).toHaveLength(1);
  });

  it('turns a crashing checker into an error, not a product failure', () => {
    const registry = defaultRegistry().register(
      checker('buggy', ['progress.stall'], () => {
        throw new Error('boom');
      }),
      { replace: true },
    );
    const v = evaluateTask(clean(makeHistory(makeTask())), 1, T0, T0, { registry });
    expect(v.status).toBe('error');
    expect(v.errors).toEqual(['checker buggy crashed: boom']);
    expect(v.assertions.find((a) => a.id === 'progress.stall')).toMatchObject({
      status: 'skipped',
      message: 'not evaluated: checker buggy crashed: boom',
    });
  });

  it('skips an enabled assertion no checker owns', () => {
    const v = evaluateTask(clean(makeHistory(makeTask())), 1, T0, T0, { registry: new CheckerRegistry() });
    expect(v.assertions[0].message).toBe('not evaluated: no checker is registered for this assertion');
  });
});

describe('catch-up, balance, lifecycle and timeout assertions', () => {
  const catchUpSpec = {
    kind: 'catch-up',
    backlog: 50_000,
    drainWithin: '20s',
    maxProducerP99Increase: '100%',
  };
  const catchUp = makeTask(catchUpSpec);
  const record = {
    backlogRecords: 50_000,
    backlogBytes: 5_000_000,
    drain_ms: 12_500,
    baselineProduceP99_ms: 20,
    drainProduceP99_ms: 35,
  };

  it('catchup.drain and catchup.producerLatency judge the catch-up record', () => {
    const h = makeHistory(catchUp);
    h.catchUp = record;
    const [drain, latency] = checkCatchUp(h);
    expect(drain).toMatchObject({ id: 'catchup.drain', status: 'pass', measured: 12_500, limit: 20_000 });
    expect(drain.message).toBe(
      'backlog of 50,000 records (5,000,000 bytes) drained in 12.5s at 4,000/s <= 20s',
    );
    expect(latency).toMatchObject({ id: 'catchup.producerLatency', status: 'pass', measured: 35, limit: 40 });
    h.catchUp = { ...record, drain_ms: undefined, drainProduceP99_ms: 60 };
    const [neverDrained, slow] = checkCatchUp(h);
    expect(neverDrained.status).toBe('fail');
    expect(neverDrained.message).toMatch(/never reached the end of the backlog/);
    expect(slow.status).toBe('fail');
    h.catchUp = undefined;
    expect(checkCatchUp(h).map((r) => r.status)).toEqual(['fail', 'skipped']);
  });

  it('catchup.producerLatency allows producerP99Slack when it is larger than the percentage', () => {
    const h = makeHistory(makeTask({ ...catchUpSpec, producerP99Slack: '50ms' }));
    h.catchUp = { ...record, baselineProduceP99_ms: 18, drainProduceP99_ms: 60 };
    const [, within] = checkCatchUp(h);
    expect(within).toMatchObject({ status: 'pass', measured: 60, limit: 68 });
    expect(within.message).toBe(
      "producers' p99 during the drain 60ms vs warmup 18ms (+233.3%, at most +50ms (slack, more than +100%): 68ms)",
    );
    h.catchUp = { ...record, baselineProduceP99_ms: 18, drainProduceP99_ms: 69 };
    expect(checkCatchUp(h)[1]).toMatchObject({ status: 'fail', limit: 68 });
    // A large baseline: the percentage is the larger bound.
    h.catchUp = { ...record, baselineProduceP99_ms: 200, drainProduceP99_ms: 390 };
    expect(checkCatchUp(h)[1]).toMatchObject({ status: 'pass', limit: 400 });
  });

  it('balance.leaders compares the busiest broker with the mean', () => {
    const h = makeHistory(makeTask({ assert: { balance: { maxSkew: '50%' } } }));
    expect(checkBalance(h)[0].status).toBe('skipped');
    h.leadersPerBroker = { '0': 2, '1': 2, '2': 2 };
    expect(checkBalance(h)[0].status).toBe('pass');
    h.leadersPerBroker = { '0': 5, '1': 1, '2': 0 };
    expect(checkBalance(h)[0]).toMatchObject({ status: 'fail', measured: 5, limit: 3 });
    expect(checkBalance(h)[0].message).toBe('broker 0 leads 5 of 6 partitions; mean 2.0, at most 3.0 (+50%)');
  });

  it('experiment.lifecycle fails on any violation', () => {
    const h = makeHistory(makeTask({ assert: { lifecycle: true } }));
    expect(checkLifecycle(h)[0].status).toBe('pass');
    h.lifecycleViolations = 3;
    expect(checkLifecycle(h)[0]).toMatchObject({ status: 'fail', measured: 3 });
  });

  it('task.timeout passes when every phase ended in time', () => {
    expect(checkTimeouts(makeHistory(makeTask()))[0]).toMatchObject({
      status: 'pass',
      message: 'every phase ended within its timeout (prepare, warmup, workload, cleanup)',
    });
  });
});
