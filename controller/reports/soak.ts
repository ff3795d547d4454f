// Soak statistics: compact per-iteration rows and cross-iteration figures (pass rates, latency, recovery).
import type { AssertionId } from '../../scenarios/suite.ts';
import type { RunVerdict, TaskStatus, TaskVerdict } from '../model.ts';

/** What a soak has done so far: the input of the soak reports. */
export interface SoakRecord {
  readonly soakId: string;
  readonly suite: string;
  readonly suiteFile: string;
  readonly started_ms: number;
  readonly ended_ms: number;
  /** Every iteration's verdict, oldest first. */
  readonly iterations: readonly RunVerdict[];
  /** Why the soak ended (`SIGTERM`, `duration reached`); undefined while it runs. */
  readonly stopReason?: string;
}

/** One task of one iteration, small enough to keep for every iteration of a weeks-long soak. */
export interface IterationTask {
  readonly name: string;
  readonly kind: TaskVerdict['kind'];
  readonly status: TaskStatus;
  readonly unexpected: readonly AssertionId[];
  readonly achievedRate_per_s: number;
  readonly produceP99_ms: number;
  readonly endToEndP99_ms: number;
  readonly lost: number;
  /** Per fault, its recovery time; null: it did not recover. */
  readonly recoveries_ms: readonly (number | null)[];
}

export interface IterationSummary {
  readonly iteration: number;
  readonly runId: string;
  readonly status: RunVerdict['status'];
  readonly started_ms: number;
  readonly ended_ms: number;
  readonly tasks: readonly IterationTask[];
}

/** Nearest-rank percentiles of a list of values (e.g. one task's p99 over the iterations). */
export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly p50: number;
  readonly p90: number;
  readonly max: number;
  /** The newest value. */
  readonly last: number;
}

export interface TaskStatistics {
  readonly name: string;
  readonly kind: TaskVerdict['kind'];
  readonly runs: number;
  readonly passed: number;
  readonly failed: number;
  readonly interrupted: number;
  readonly errors: number;
  /** passed / (passed + failed + errors): interruptions are not the product's fault. */
  readonly passRate: number;
  /** How often each assertion was unexpected. */
  readonly unexpected: Readonly<Partial<Record<AssertionId, number>>>;
  /** Over the iterations in which the task was judged (pass or fail). */
  readonly produceP99_ms: Distribution | null;
  readonly endToEndP99_ms: Distribution | null;
  readonly recovery_ms: Distribution | null;
  readonly notRecovered: number;
}

export interface RecoveryStatistics {
  /** The fault record's kind: `broker-kill`, `network-blackhole`, ... */
  readonly faultKind: string;
  readonly faults: number;
  readonly notRecovered: number;
  readonly recovery_ms: Distribution | null;
}

export interface SoakStatistics {
  readonly iterations: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  /** passed / iterations (0 with no iteration). */
  readonly passRate: number;
  readonly firstFailedIteration: number | null;
  readonly lastFailedIteration: number | null;
  readonly tasks: readonly TaskStatistics[];
  readonly recovery: readonly RecoveryStatistics[];
}

export function summarizeIteration(run: RunVerdict): IterationSummary {
  return {
    iteration: run.iteration,
    runId: run.runId,
    status: run.status,
    started_ms: run.started_ms,
    ended_ms: run.ended_ms,
    tasks: run.tasks.map((t) => ({
      name: t.name,
      kind: t.kind,
      status: t.status,
      unexpected: t.unexpected,
      achievedRate_per_s: t.summary.achievedRate_per_s,
      produceP99_ms: t.summary.produceLatency_ms.p99,
      endToEndP99_ms: t.summary.endToEndLatency_ms.p99,
      lost: t.summary.lost,
      recoveries_ms: t.faults.map((f) => f.recovery_ms ?? null),
    })),
  };
}

export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return {
    count: sorted.length,
    min: sorted[0],
    p50: rank(0.5),
    p90: rank(0.9),
    max: sorted[sorted.length - 1],
    last: values[values.length - 1],
  };
}

/** Statistics across iterations, tasks in the order of their first appearance. */
export function soakStatistics(iterations: readonly RunVerdict[]): SoakStatistics {
  const byTask = new Map<string, TaskVerdict[]>();
  const byFaultKind = new Map<string, (number | null)[]>();
  for (const run of iterations) {
    for (const t of run.tasks) {
      const list = byTask.get(t.name) ?? [];
      list.push(t);
      byTask.set(t.name, list);
      for (const f of t.faults) {
        const r = byFaultKind.get(f.kind) ?? [];
        r.push(f.recovery_ms ?? null);
        byFaultKind.set(f.kind, r);
      }
    }
  }
  const count = (status: string) => iterations.filter((r) => r.status === status).length;
  const failedIterations = iterations.filter((r) => r.status !== 'pass').map((r) => r.iteration);
  const recovered = (list: readonly (number | null)[]) => list.filter((r): r is number => r !== null);
  const tasks = [...byTask.values()].map((list): TaskStatistics => {
    const n = (status: TaskStatus) => list.filter((t) => t.status === status).length;
    const judged = list.filter((t) => t.status === 'pass' || t.status === 'fail');
    const unexpected: Partial<Record<AssertionId, number>> = {};
    for (const t of list) for (const id of t.unexpected) unexpected[id] = (unexpected[id] ?? 0) + 1;
    const recoveries = list.flatMap((t) => t.faults.map((f) => f.recovery_ms ?? null));
    const decided = n('pass') + n('fail') + n('error');
    return {
      name: list[0].name,
      kind: list[0].kind,
      runs: list.length,
      passed: n('pass'),
      failed: n('fail'),
      interrupted: n('interrupted'),
      errors: n('error'),
      passRate: decided === 0 ? 0 : n('pass') / decided,
      unexpected,
      produceP99_ms: distribution(judged.map((t) => t.summary.produceLatency_ms.p99)),
      endToEndP99_ms: distribution(judged.map((t) => t.summary.endToEndLatency_ms.p99)),
      recovery_ms: distribution(recovered(recoveries)),
      notRecovered: recoveries.length - recovered(recoveries).length,
    };
  });
  const recovery = [...byFaultKind.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([faultKind, list]) => ({
      faultKind,
      faults: list.length,
      notRecovered: list.length - recovered(list).length,
      recovery_ms: distribution(recovered(list)),
    }));
  return {
    iterations: iterations.length,
    passed: count('pass'),
    failed: count('fail'),
    errors: count('error'),
    passRate: iterations.length === 0 ? 0 : count('pass') / iterations.length,
    firstFailedIteration: failedIterations[0] ?? null,
    lastFailedIteration: failedIterations[failedIterations.length - 1] ?? null,
    tasks,
    recovery,
  };
}
