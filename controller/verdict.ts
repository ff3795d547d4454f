// Glue between the task loop and the checkers and reports: judge, publish to /metrics, write reports.

import type { Task } from '../scenarios/suite.ts';
import { evaluateTask, verdictWithoutHistory } from './checkers/evaluate.ts';
import type { RunVerdict, TaskHistory, TaskVerdict } from './model.ts';
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

/** Verdict metrics the dashboards draw: assertion status, verdict counts, violations, recovery times. */
export function publishVerdictMetrics(metrics: ControllerMetrics, suite: string, verdict: TaskVerdict): void {
  metrics.taskVerdicts.inc({ suite, task: verdict.name, status: verdict.status });
  for (const assertion of verdict.assertions) {
    const value = assertion.status === 'pass' ? 1 : assertion.status === 'fail' ? 0 : -1;
    metrics.assertionStatus.set({ suite, task: verdict.name, assertion: assertion.id }, value);
  }
  const { lost, duplicated, reordered, inconsistent } = verdict.summary;
  for (const [kind, count] of Object.entries({ lost, duplicated, reordered, inconsistent })) {
    if (count > 0) metrics.violations.inc({ suite, task: verdict.name, kind }, count);
  }
  for (const fault of verdict.faults) {
    if (fault.recovery_ms !== undefined)
      metrics.recovery.set({ suite, task: verdict.name, kind: fault.kind }, fault.recovery_ms / 1000);
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
