// A task's verdict: run the checkers of its enabled assertions and judge the results against its `expect`.
import { type AssertionId, type Expectation, enabledAssertions, type Task } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory, TaskStatus, TaskVerdict } from '../model.ts';
import { type CheckerRegistry, defaultRegistry } from './checker.ts';
import { recoveryOf } from './recovery.ts';
import { skip } from './result.ts';
import { summarizeTask } from './summary.ts';

export interface EvaluateOptions {
  /** The checkers to run (default: the built-in ones). */
  readonly registry?: CheckerRegistry;
}

/**
 * The assertions whose outcome differs from the expectation. `pass`: every assertion that failed.
 * `fail: [ids]`: each listed assertion that did not fail conclusively (passed, was skipped or was
 * inconclusive), plus every other assertion that failed. A skipped assertion that was expected to
 * pass is not unexpected: it judged nothing, and its message says why.
 */
export function unexpectedAssertions(
  expectation: Expectation,
  results: readonly AssertionResult[],
): AssertionId[] {
  const mustFail = new Set<AssertionId>(expectation.verdict === 'fail' ? expectation.failing : []);
  const out: AssertionId[] = [];
  for (const r of results) {
    if (mustFail.has(r.id)) {
      if (r.status !== 'fail' || r.inconclusive) out.push(r.id);
    } else if (r.status === 'fail') out.push(r.id);
  }
  for (const id of mustFail) if (!results.some((r) => r.id === id)) out.push(id);
  return out;
}

/**
 * Why the task's assertions cannot be judged (interrupted, or the workload phase never completed),
 * or undefined when they can. Assertions apply to the workload, so a task whose workload did not
 * run to its end (or its timeout) has nothing to judge.
 */
export function notEvaluatedReason(history: TaskHistory): string | undefined {
  const interrupted = history.phases.find((p) => p.outcome === 'interrupted');
  if (interrupted !== undefined) {
    return `the task was interrupted in ${interrupted.name}${interrupted.error ? `: ${interrupted.error}` : ''}`;
  }
  const workload = history.phases.find((p) => p.name === 'workload');
  if (workload !== undefined && (workload.outcome === 'ok' || workload.outcome === 'timed-out'))
    return undefined;
  const failed = history.phases.find((p) => p.outcome === 'error' || p.outcome === 'timed-out');
  if (failed !== undefined) {
    const how = failed.outcome === 'timed-out' ? 'timed out' : 'failed';
    return `${failed.name} ${how}${failed.error ? `: ${failed.error}` : ''}, so the workload never completed`;
  }
  if (history.errors.length > 0) return `the workload never completed: ${history.errors[0]}`;
  return 'the workload phase never completed';
}

/**
 * Judges one task. Status: `interrupted` when a phase was interrupted (never a product failure;
 * nothing is judged); `error` when the workload never completed (nothing is judged); otherwise
 * `fail` when an assertion's outcome differs from `expect` conclusively, else `error` when an
 * inconclusive result, the history or a checker reported errors, else `pass`. A proven product
 * failure outranks an error in cleanup; an inconclusive one never claims the product failed.
 */
export function evaluateTask(
  history: TaskHistory,
  attempts: number,
  started_ms: number,
  ended_ms: number,
  options: EvaluateOptions = {},
): TaskVerdict {
  const task = history.task;
  // Phase errors the task loop did not also list in `errors` (it usually does, in its own words).
  const errors = [
    ...history.errors,
    ...history.phases
      .filter((p) => p.outcome === 'error' && !history.errors.some((e) => p.error && e.includes(p.error)))
      .map((p) => `${p.name} failed${p.error ? `: ${p.error}` : ''}`),
  ];
  const reason = notEvaluatedReason(history);
  let assertions: AssertionResult[];
  let unexpected: AssertionId[] = [];
  let status: TaskStatus;
  if (reason !== undefined) {
    assertions = enabledAssertions(task).map((id) => skip(id, `not evaluated: ${reason}`));
    const interrupted = history.phases.some((p) => p.outcome === 'interrupted');
    status = interrupted ? 'interrupted' : 'error';
    // The reason goes into `errors` (what reports show for an interrupted or errored task) unless
    // the task loop already explained it there.
    if (interrupted || errors.length === 0) errors.push(reason);
  } else {
    const run = (options.registry ?? defaultRegistry()).run(history);
    errors.push(...run.errors);
    assertions = [...run.results];
    if (task.expect.verdict === 'fail') {
      for (const id of task.expect.failing) {
        if (!assertions.some((r) => r.id === id)) {
          assertions.push(skip(id, `expected to fail, but the ${task.kind} task does not assert ${id}`));
        }
      }
    }
    unexpected = unexpectedAssertions(task.expect, assertions);
    const conclusive = unexpected.filter((id) => !assertions.find((r) => r.id === id)?.inconclusive);
    const undecided = unexpected.filter((id) => !conclusive.includes(id));
    for (const id of undecided)
      errors.push(`${id} inconclusive: ${assertions.find((r) => r.id === id)!.message}`);
    status = conclusive.length > 0 ? 'fail' : errors.length > 0 ? 'error' : 'pass';
  }
  return {
    name: task.name,
    kind: task.kind,
    expect: task.expect,
    status,
    attempts,
    started_ms,
    ended_ms,
    assertions,
    unexpected,
    summary: summarizeTask(history),
    // With the recovery time the checkers used, when the task loop did not record one.
    faults: history.faults.map((f) => ({ ...f, recovery_ms: recoveryOf(history, f) })),
    errors,
  };
}

/**
 * Why an unexpected assertion was unexpected: `failed`, `inconclusive`, `expected to fail but
 * passed`, `expected to fail but was not evaluated`. Needs only the verdict: under `pass` only
 * failures are unexpected, so an unexpected result that did not fail was expected to.
 */
export function unexpectedReason(verdict: TaskVerdict, id: AssertionId): string {
  const r = verdict.assertions.find((a) => a.id === id);
  if (r === undefined || r.status === 'skipped') return 'expected to fail but was not evaluated';
  if (r.status === 'pass') return 'expected to fail but passed';
  return r.inconclusive ? 'inconclusive' : 'failed';
}

/** `continuity.lost failed`, `progress.stall expected to fail but passed`, one per unexpected id. */
export function describeUnexpected(verdict: TaskVerdict): string[] {
  return verdict.unexpected.map((id) => `${id} ${unexpectedReason(verdict, id)}`);
}

/**
 * `<id> <reason>: <message>`, one per unexpected assertion: what reports show for a task. The
 * error evaluateTask records for an inconclusive assertion is the same line, so renderers can
 * leave it out of the errors they list after these.
 */
export function unexpectedLines(verdict: TaskVerdict): string[] {
  return verdict.unexpected.map((id) => {
    const r = verdict.assertions.find((a) => a.id === id);
    return `${id} ${unexpectedReason(verdict, id)}${r ? `: ${r.message}` : ''}`;
  });
}

/** Whether a result met its expectation by failing (a self-test's listed assertion). */
export function failedAsExpected(verdict: TaskVerdict, result: AssertionResult): boolean {
  return result.status === 'fail' && !verdict.unexpected.includes(result.id);
}

const zeroLatency = { p50: 0, p99: 0, p999: 0, max: 0 } as const;

/**
 * The verdict of a task that has no history to judge: interrupted before it could run again, or
 * refused (e.g. a kind the external target cannot run). Every enabled assertion is skipped with
 * the reason.
 */
export function verdictWithoutHistory(
  task: Task,
  status: 'interrupted' | 'error',
  attempts: number,
  started_ms: number,
  ended_ms: number,
  reason: string,
): TaskVerdict {
  return {
    name: task.name,
    kind: task.kind,
    expect: task.expect,
    status,
    attempts,
    started_ms,
    ended_ms,
    assertions: enabledAssertions(task).map((id) => skip(id, `not evaluated: ${reason}`)),
    unexpected: [],
    summary: {
      acked: 0,
      seen: 0,
      lost: 0,
      duplicated: 0,
      reordered: 0,
      inconsistent: 0,
      achievedRate_per_s: 0,
      targetRate_per_s: 0,
      produceLatency_ms: zeroLatency,
      endToEndLatency_ms: zeroLatency,
    },
    faults: [],
    errors: [reason],
  };
}
