// The judged part of a task: its workload samples and the fault windows latency, throughput and stall leave out.
import { isFaultKind } from '../../scenarios/suite.ts';
import type { FaultRecord, TaskHistory } from '../model.ts';
import {
  DEFAULT_RECOVERY_LIMIT_MS,
  type RecoveryOptions,
  recoveryOf,
  recoveryReference_ms,
} from './recovery.ts';

export type Sample = TaskHistory['samples'][number];

/** A half-open span of wall-clock time `[start_ms, end_ms)`, epoch ms. */
export interface TimeWindow {
  readonly start_ms: number;
  readonly end_ms: number;
}

export interface FaultWindow extends TimeWindow {
  readonly faultId: string;
  readonly kind: string;
  readonly target: string;
  /** False: the window runs to the recovery limit (or the end of the samples), not to a recovery. */
  readonly recovered: boolean;
}

/** The workload phase's samples, in time order. */
export function workloadSamples(history: TaskHistory): Sample[] {
  return history.samples.filter((s) => s.inWorkload).sort((a, b) => a.start_ms - b.start_ms);
}

/** The workload phase: its phase record, else the span of its samples; undefined when it never ran. */
export function workloadSpan(history: TaskHistory): TimeWindow | undefined {
  const samples = workloadSamples(history);
  const lastEnd_ms = samples.length > 0 ? samples[samples.length - 1].end_ms : undefined;
  const phase = history.phases.find((p) => p.name === 'workload');
  if (phase !== undefined) {
    const end_ms = phase.end_ms ?? lastEnd_ms ?? phase.start_ms;
    return { start_ms: phase.start_ms, end_ms: Math.max(end_ms, lastEnd_ms ?? end_ms) };
  }
  if (samples.length === 0) return undefined;
  return { start_ms: samples[0].start_ms, end_ms: lastEnd_ms! };
}

/**
 * One window per fault of a fault kind (scenarios/README.md, Assertions): from its injection
 * until it recovered, or until its recovery limit when it did not, and never before its heal was
 * verified. A fault timed from a heal that never came lasts until the end of the samples.
 */
export function faultWindows(history: TaskHistory, options: RecoveryOptions = {}): FaultWindow[] {
  // Only fault kinds have fault windows: a self-test mutation recorded as a fault is what a checker
  // must catch, not something to leave out.
  if (!isFaultKind(history.task.kind)) return [];
  const horizon_ms = Math.max(
    0,
    ...history.samples.map((s) => s.end_ms),
    ...history.phases.map((p) => p.end_ms ?? p.start_ms),
  );
  const limit_ms = history.task.assert.recovery_ms ?? DEFAULT_RECOVERY_LIMIT_MS;
  return history.faults
    .map((fault): FaultWindow => {
      const from_ms = recoveryReference_ms(history.task, fault);
      const recovery_ms = recoveryOf(history, fault, options);
      let end_ms: number;
      if (from_ms === undefined) end_ms = Math.max(horizon_ms, fault.injectedAt_ms);
      else end_ms = from_ms + (recovery_ms ?? limit_ms);
      const healed_ms = fault.healVerifiedAt_ms ?? fault.healedAt_ms;
      if (healed_ms !== undefined) end_ms = Math.max(end_ms, healed_ms);
      return {
        faultId: fault.id,
        kind: fault.kind,
        target: fault.target,
        start_ms: fault.injectedAt_ms,
        end_ms: Math.max(end_ms, fault.injectedAt_ms),
        recovered: from_ms !== undefined && recovery_ms !== undefined,
      };
    })
    .sort((a, b) => a.start_ms - b.start_ms);
}

export function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return a.start_ms < b.end_ms && b.start_ms < a.end_ms;
}

/** Samples that touch no window (kept), and those that do (excluded). */
export function splitByWindows<S extends TimeWindow>(
  samples: readonly S[],
  windows: readonly TimeWindow[],
): { kept: S[]; excluded: S[] } {
  const kept: S[] = [];
  const excluded: S[] = [];
  for (const s of samples) (windows.some((w) => overlaps(s, w)) ? excluded : kept).push(s);
  return { kept, excluded };
}

/** Sorted, disjoint union of windows. */
export function mergeWindows(windows: readonly TimeWindow[]): TimeWindow[] {
  const sorted = [...windows].filter((w) => w.end_ms > w.start_ms).sort((a, b) => a.start_ms - b.start_ms);
  const out: { start_ms: number; end_ms: number }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && w.start_ms <= last.end_ms) last.end_ms = Math.max(last.end_ms, w.end_ms);
    else out.push({ start_ms: w.start_ms, end_ms: w.end_ms });
  }
  return out;
}

/** How much of `[from_ms, to_ms)` the windows cover. */
export function coveredBy_ms(from_ms: number, to_ms: number, windows: readonly TimeWindow[]): number {
  let covered = 0;
  for (const w of mergeWindows(windows)) {
    covered += Math.max(0, Math.min(to_ms, w.end_ms) - Math.max(from_ms, w.start_ms));
  }
  return covered;
}

/** Offset of `at_ms` into the workload phase (for messages: `+12s`). */
export function intoWorkload_ms(history: TaskHistory, at_ms: number): number {
  const span = workloadSpan(history);
  return span === undefined ? 0 : at_ms - span.start_ms;
}

/** A fault as evidence; null for what never happened (JSON has no undefined). */
export interface FaultEvidence {
  readonly id: string;
  readonly kind: string;
  readonly target: string;
  readonly injectedAt_ms: number;
  readonly injectedIntoWorkload_ms: number;
  readonly healedAt_ms: number | null;
  readonly healVerifiedAt_ms: number | null;
  readonly recovery_ms: number | null;
}

/** A fault as evidence: what, where, when (times also as offsets into the workload). */
export function faultEvidence(
  history: TaskHistory,
  fault: FaultRecord,
  recovery_ms: number | undefined,
): FaultEvidence {
  return {
    id: fault.id,
    kind: fault.kind,
    target: fault.target,
    injectedAt_ms: fault.injectedAt_ms,
    injectedIntoWorkload_ms: intoWorkload_ms(history, fault.injectedAt_ms),
    healedAt_ms: fault.healedAt_ms ?? null,
    healVerifiedAt_ms: fault.healVerifiedAt_ms ?? null,
    recovery_ms: recovery_ms ?? null,
  };
}
