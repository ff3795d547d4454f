// Glue between the task loop and the checkers and reports: judge, publish to /metrics, write reports.

import type { Suite, Task } from '../scenarios/suite.ts';
import { evaluateTask, verdictWithoutHistory } from './checkers/evaluate.ts';
import type { FaultRecord, PhaseName, RunVerdict, TaskHistory, TaskStatus, TaskVerdict } from './model.ts';
import { renderConsole, toReport, useColor, writeReports } from './reports/index.ts';
import type { ControllerMetrics } from './server.ts';

export function judgeTask(
  history: TaskHistory,
  attempts: number,
  started_ms: number,
  ended_ms: number,
): TaskVerdict {
  return evaluateTask(history, attempts, started_ms, ended_ms);
}

export function interruptedVerdict(
  task: Task,
  attempts: number,
  started_ms: number,
  reason: string,
): TaskVerdict {
  return verdictWithoutHistory(task, 'interrupted', attempts, started_ms, Date.now(), reason);
}

export function errorVerdict(task: Task, attempts: number, started_ms: number, reason: string): TaskVerdict {
  return verdictWithoutHistory(task, 'error', attempts, started_ms, Date.now(), reason);
}

/** Codes of `longhaul_task_status` (see its help in server.ts). */
const taskStatusCodes: Readonly<Record<TaskStatus, number>> = {
  pass: 1,
  fail: 0,
  interrupted: -1,
  error: -2,
};
/** Codes of `longhaul_task_phase`; 0 is "not running". */
const phaseCodes: Readonly<Record<PhaseName, number>> = { prepare: 1, warmup: 2, workload: 3, cleanup: 4 };
const violationKinds = ['lost', 'duplicated', 'reordered', 'inconsistent'] as const;
const latencyKinds = [
  ['produce', 'produceLatency', 'produceLatency_ms'],
  ['end_to_end', 'endToEndLatency', 'endToEndLatency_ms'],
] as const;

/**
 * The longest a task may take before it counts as stuck: every attempt with every phase at its
 * limit (the runner's limits: phase timeouts plus its 30 s slack on warmup and workload, 120 s for
 * the final read, 30 s for deleting the topic, 30 s for workers to register) and a minute of margin.
 */
export function taskBudget_s(task: Task): number {
  const attempt_ms =
    30_000 +
    task.timeouts.prepare_ms +
    (task.warmup_ms + task.timeouts.warmup_ms + 30_000) +
    (task.duration_ms + task.timeouts.workload_ms + 30_000) +
    (task.timeouts.cleanup_ms + 120_000 + 30_000) +
    60_000;
  return ((task.retries + 1) * attempt_ms) / 1000;
}

/**
 * At the start of a run: iteration and start time, the fleet size asked for, and every counter a
 * task can move created at 0, so that `increase()` sees the first failure of a task instead of a
 * series that is born at 1.
 */
export function publishRunStart(
  metrics: ControllerMetrics,
  suite: Suite,
  iteration: number,
  workers: number,
): void {
  const now_s = Date.now() / 1000;
  const labels = { suite: suite.name };
  metrics.runIteration.set(labels, iteration);
  metrics.runStarted.set(labels, now_s);
  metrics.lastVerdict.set(labels, now_s);
  metrics.workersDesired.set(workers);
  for (const status of ['pass', 'fail', 'error'] as const) metrics.runs.inc({ ...labels, status }, 0);
  for (const task of suite.tasks) {
    const taskLabels = { ...labels, task: task.name };
    metrics.taskPhase.set(taskLabels, 0);
    metrics.taskRetries.inc(taskLabels, 0);
    for (const status of Object.keys(taskStatusCodes)) metrics.taskVerdicts.inc({ ...taskLabels, status }, 0);
    for (const kind of violationKinds) metrics.violations.inc({ ...taskLabels, kind }, 0);
  }
}

/** Fault kinds whose recovery histogram exists, per metrics object: created at 0 on first injection. */
const recoveryKindsSeen = new WeakMap<ControllerMetrics, Set<string>>();

/**
 * The live metrics of one task while it runs: phase, start time and budget (for the stuck-task
 * alert), its latency SLAs (threshold lines), and its fault windows. One per task of a run.
 */
export class TaskMetrics {
  readonly suite: string;
  private readonly metrics: ControllerMetrics;
  private readonly task: Task;
  private readonly active = new Map<string, FaultRecord>();
  private readonly limits: Record<'suite' | 'task' | 'latency' | 'percentile', string>[] = [];

  constructor(metrics: ControllerMetrics, suite: string, task: Task) {
    this.metrics = metrics;
    this.suite = suite;
    this.task = task;
  }

  private get labels(): { suite: string; task: string } {
    return { suite: this.suite, task: this.task.name };
  }

  started(): void {
    this.metrics.taskStarted.set(this.labels, Date.now() / 1000);
    this.metrics.taskBudget.set(this.labels, taskBudget_s(this.task));
    for (const [latency, field] of latencyKinds) {
      for (const [key, limit_ms] of Object.entries(this.task.assert[field])) {
        if (limit_ms === undefined) continue;
        const labels = { ...this.labels, latency, percentile: key.replace(/_ms$/, '') };
        this.metrics.latencyLimit.set(labels, limit_ms / 1000);
        this.limits.push(labels);
      }
    }
  }

  phase(name: PhaseName): void {
    this.metrics.taskPhase.set(this.labels, phaseCodes[name]);
  }

  fault(fault: FaultRecord, change: 'injected' | 'healed'): void {
    if (change === 'injected') {
      this.active.set(fault.id, fault);
      this.metrics.faultsInjected.inc({ ...this.labels, kind: fault.kind });
      // So that increase() over the histogram sees the first recovery time of this kind.
      const seen = recoveryKindsSeen.get(this.metrics) ?? new Set<string>();
      recoveryKindsSeen.set(this.metrics, seen);
      if (!seen.has(fault.kind)) this.metrics.recoveryDuration.zero({ kind: fault.kind });
      seen.add(fault.kind);
      if (fault.kind === 'worker-kill') this.metrics.workersPreempted.inc();
    } else {
      this.active.delete(fault.id);
    }
    this.publishActive(fault.kind);
  }

  /** An attempt is over: a fault it did not heal no longer has a window the task loop watches. */
  attemptEnded(): void {
    const kinds = new Set([...this.active.values()].map((f) => f.kind));
    this.active.clear();
    for (const kind of kinds) this.publishActive(kind);
  }

  retried(): void {
    this.metrics.taskRetries.inc(this.labels);
  }

  ended(): void {
    this.attemptEnded();
    this.metrics.taskPhase.set(this.labels, 0);
    for (const labels of this.limits.splice(0)) this.metrics.latencyLimit.remove(labels);
  }

  private publishActive(kind: string): void {
    const count = [...this.active.values()].filter((f) => f.kind === kind).length;
    this.metrics.activeFaults.set({ ...this.labels, kind }, count);
  }
}

/** Verdict metrics the dashboards draw: statuses, violations, headline numbers, recovery times. */
export function publishVerdictMetrics(metrics: ControllerMetrics, suite: string, verdict: TaskVerdict): void {
  const labels = { suite, task: verdict.name };
  metrics.taskVerdicts.inc({ ...labels, status: verdict.status });
  metrics.taskStatus.set(labels, taskStatusCodes[verdict.status]);
  metrics.lastVerdict.set({ suite }, verdict.ended_ms / 1000);
  const unexpected = new Set(verdict.unexpected);
  for (const assertion of verdict.assertions) {
    const value = assertion.status === 'pass' ? 1 : assertion.status === 'fail' ? 0 : -1;
    metrics.assertionStatus.set({ ...labels, assertion: assertion.id }, value);
    metrics.assertionUnexpected.set(
      { ...labels, assertion: assertion.id },
      unexpected.has(assertion.id) ? 1 : 0,
    );
  }
  const { summary } = verdict;
  for (const kind of violationKinds) metrics.violations.inc({ ...labels, kind }, summary[kind]);
  // Interrupted and error verdicts measured nothing: leave the last real numbers in place.
  if (verdict.status === 'pass' || verdict.status === 'fail') {
    metrics.taskRecords.set({ ...labels, ledger: 'acked' }, summary.acked);
    metrics.taskRecords.set({ ...labels, ledger: 'seen' }, summary.seen);
    metrics.taskThroughput.set({ ...labels, rate: 'achieved' }, summary.achievedRate_per_s);
    metrics.taskThroughput.set({ ...labels, rate: 'target' }, summary.targetRate_per_s);
    for (const [latency, , field] of latencyKinds) {
      for (const [percentile, value_ms] of Object.entries(summary[field])) {
        if (Number.isFinite(value_ms))
          metrics.taskLatency.set({ ...labels, latency, percentile }, value_ms / 1000);
      }
    }
  }
  for (const fault of verdict.faults) {
    if (fault.recovery_ms === undefined) continue;
    metrics.recovery.set({ ...labels, kind: fault.kind }, fault.recovery_ms / 1000);
    metrics.recoveryDuration.observe({ kind: fault.kind }, fault.recovery_ms / 1000);
  }
}

export function writeRunReports(dir: string, run: RunVerdict): void {
  writeReports(dir, run);
}

export function writeSoakReports(
  dir: string,
  soakId: string,
  suite: string,
  iterations: readonly RunVerdict[],
): void {
  const first = iterations[0];
  writeReports(dir, {
    soakId,
    suite,
    suiteFile: first?.suiteFile ?? '',
    started_ms: first?.started_ms ?? Date.now(),
    ended_ms: iterations[iterations.length - 1]?.ended_ms ?? Date.now(),
    iterations,
  });
}

export function renderRunSummary(run: RunVerdict, reportDir: string): string {
  return `${renderConsole(toReport(run), { color: useColor(process.stdout) })}\nreports: ${reportDir}/report.json, junit.xml, summary.md\n`;
}
