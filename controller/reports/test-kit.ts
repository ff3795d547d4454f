// Run verdicts for report tests: every task status, a self-test, an inconclusive check, awkward strings.
import { evaluateTask, verdictWithoutHistory } from '../checkers/evaluate.ts';
import { makeFault, makeHistory, makeTask, T0, writeAndRead } from '../checkers/test-kit.ts';
import type { RunVerdict, TaskVerdict } from '../model.ts';

/** Characters every renderer must escape or carry through intact. */
export const AWKWARD = `a <b> & "c" 'd' | e\n\tf ]]> \u0001 \uD800 😀`;

function clean(task = makeTask()) {
  const h = makeHistory(task);
  for (let p = 0; p < 3; p++) writeAndRead(h, p, 'w1', 0, 0, 1000);
  return h;
}

let cached: readonly TaskVerdict[] | undefined;

/** One task of each outcome, evaluated from synthetic histories (once: verdicts are plain data). */
export function sampleTasks(): readonly TaskVerdict[] {
  cached ??= evaluateSamples();
  return cached;
}

function evaluateSamples(): TaskVerdict[] {
  const steady = evaluateTask(clean(makeTask({ name: 'steady' })), 1, T0 - 8000, T0 + 33_000);

  const lossy = clean(makeTask({ name: 'lossy' }));
  writeAndRead(lossy, 1, 'w2', 0, 1000, 2, { read: false });
  lossy.errors.push(AWKWARD);
  const lost = evaluateTask(lossy, 1, T0 - 8000, T0 + 33_000);

  const selfTest = clean(
    makeTask({
      name: 'drop-acked',
      kind: 'self-test-mutation',
      mutation: 'drop-acked',
      expect: { fail: ['continuity.lost'] },
    }),
  );
  writeAndRead(selfTest, 0, 'w1', 1000, 1000, 1, { read: false });
  const caught = evaluateTask(selfTest, 1, T0 - 8000, T0 + 33_000);

  const kill = clean(
    makeTask({
      name: 'kill',
      kind: 'broker-kill',
      at: '10s',
      restartAfter: '5s',
      assert: { recovery: '20s' },
    }),
  );
  kill.faults.push(makeFault(10, 5, { recovery_ms: 4200 }));
  const killed = evaluateTask(kill, 2, T0 - 8000, T0 + 33_000);

  const partial = clean(makeTask({ name: 'partial' }));
  partial.finalReadComplete = false;
  writeAndRead(partial, 2, 'w1', 1000, 1000, 50, { read: false });
  const inconclusive = evaluateTask(partial, 1, T0 - 8000, T0 + 33_000);

  const interrupted = verdictWithoutHistory(
    makeTask({ name: 'cut' }),
    'interrupted',
    3,
    T0,
    T0 + 5000,
    'worker w-1 lost <spot reclaim>',
  );
  const refused = verdictWithoutHistory(
    makeTask({ name: 'refused' }),
    'error',
    0,
    T0,
    T0,
    'refused: "broker-kill" needs the embedded target',
  );
  return [steady, lost, caught, killed, inconclusive, interrupted, refused];
}

export function sampleRun(fields: Partial<RunVerdict> = {}): RunVerdict {
  return {
    runId: 'r-20231114-abc',
    suite: 'unit',
    suiteFile: 'scenarios/suites/unit.yaml',
    iteration: 1,
    started_ms: T0 - 10_000,
    ended_ms: T0 + 140_000,
    target: 'embedded (3 brokers, fs)',
    status: 'fail',
    tasks: sampleTasks(),
    ...fields,
  };
}
