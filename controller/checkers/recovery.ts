// Recovery time of a fault: how long until throughput and produce latency were back within bounds.
import type { Task } from '../../scenarios/suite.ts';
import type { FaultRecord, IntervalSample, TaskHistory } from '../model.ts';
import { formatCount, formatDuration_ms } from './format.ts';

/** `recovery` when a fault kind does not set it (scenarios/README.md, Assertions). */
export const DEFAULT_RECOVERY_LIMIT_MS = 30_000;
/** `throughput.tolerance` when the task has none (the README's default), also used for recovery. */
export const DEFAULT_THROUGHPUT_TOLERANCE_FRACTION = 0.1;
/** Healthy seconds in a row that count as recovered: one good second after a kill proves little. */
export const DEFAULT_STABLE_SECONDS = 3;
/** Samples further apart than this are not consecutive (a worker's report went missing). */
const MAX_SAMPLE_GAP_MS = 500;

export interface RecoveryOptions {
  /** Consecutive healthy one-second samples required (default 3). */
  readonly stableSeconds?: number;
}

/** Kinds whose recovery is timed from the heal (the README's kinds table); the others from injection. */
const timedFromHeal: ReadonlySet<Task['kind']> = new Set<Task['kind']>([
  'network-fault',
  'object-store-fault',
]);

/**
 * The point a fault's recovery is timed from: the heal for network and object-store faults (the
 * fault lasts `for` by design), the injection for every other kind (a kill, a pause, a request).
 * Undefined when that point never came (a fault that was never healed).
 */
export function recoveryReference_ms(task: Task, fault: FaultRecord): number | undefined {
  return timedFromHeal.has(task.kind) ? fault.healedAt_ms : fault.injectedAt_ms;
}

/**
 * Why `sample` is outside the task's bounds, or undefined when it is within them. Bounds:
 * acked >= (1 - tolerance) x the target rate over the sample (acked > 0 when the rate is `max`),
 * and, when the task limits produce p99, the sample's produce p99 within that limit.
 */
export function unhealthyReason(task: Task, sample: IntervalSample): string | undefined {
  const seconds = Math.max(0, sample.end_ms - sample.start_ms) / 1000;
  if (task.rate.kind === 'max') {
    if (sample.acked === 0) return 'nothing acked';
  } else {
    const tolerance = task.assert.throughput?.tolerance_fraction ?? DEFAULT_THROUGHPUT_TOLERANCE_FRACTION;
    const required = (1 - tolerance) * sample.targetRate_per_s * seconds;
    if (sample.acked < required) {
      return `acked ${formatCount(sample.acked)} < ${formatCount(required, 1)} required`;
    }
  }
  const p99Limit_ms = task.assert.produceLatency.p99_ms;
  if (p99Limit_ms !== undefined && sample.produceLatency.count > 0) {
    const p99_ms = sample.produceLatency.percentile_ms(99);
    if (p99_ms > p99Limit_ms) {
      return `produce p99 ${formatDuration_ms(p99_ms)} > ${formatDuration_ms(p99Limit_ms)}`;
    }
  }
  return undefined;
}

/**
 * Recovery time of `fault` from the per-second samples: from its reference point
 * (`recoveryReference_ms`) to the start of the first `stableSeconds` consecutive healthy samples
 * (`unhealthyReason`). 0 when the fault never pushed the task out of bounds; undefined when it has
 * not recovered within the samples given (the task loop calls this again as samples arrive).
 */
export function measureRecovery_ms(
  task: Task,
  samples: readonly IntervalSample[],
  fault: FaultRecord,
  options: RecoveryOptions = {},
): number | undefined {
  const from_ms = recoveryReference_ms(task, fault);
  if (from_ms === undefined) return undefined;
  const stable = Math.max(1, options.stableSeconds ?? DEFAULT_STABLE_SECONDS);
  const after = samples.filter((s) => s.end_ms > from_ms).sort((a, b) => a.start_ms - b.start_ms);
  let runStart_ms: number | undefined;
  let runLength = 0;
  let previousEnd_ms: number | undefined;
  for (const sample of after) {
    if (previousEnd_ms !== undefined && sample.start_ms - previousEnd_ms > MAX_SAMPLE_GAP_MS) {
      runStart_ms = undefined;
      runLength = 0;
    }
    previousEnd_ms = sample.end_ms;
    if (unhealthyReason(task, sample) !== undefined) {
      runStart_ms = undefined;
      runLength = 0;
      continue;
    }
    runStart_ms ??= sample.start_ms;
    runLength++;
    if (runLength >= stable) return Math.max(0, runStart_ms - from_ms);
  }
  return undefined;
}

/** The recovery time the task loop recorded, or else the one the samples show. */
export function recoveryOf(
  history: TaskHistory,
  fault: FaultRecord,
  options: RecoveryOptions = {},
): number | undefined {
  return fault.recovery_ms ?? measureRecovery_ms(history.task, history.samples, fault, options);
}
