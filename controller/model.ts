// The recorded history of a run: what the task loop records and what checkers and reports read.

import type { LatencyHistogram } from '../common/histogram.ts';
import type { Ledger } from '../common/ledger.ts';
import type { AssertionId, Expectation, Task } from '../scenarios/suite.ts';

/** One injected fault, from injection to verified heal. Times are epoch ms. */
export interface FaultRecord {
  readonly id: string;
  /** e.g. `broker-kill`, `broker-pause`, `network-delay`, `object-store-errors`, `worker-kill`. */
  readonly kind: string;
  /** What was hit, for people: `broker 1`, `worker w-3`, `object store (put)`. */
  readonly target: string;
  readonly injectedAt_ms: number;
  healedAt_ms: number | undefined;
  /** When the heal was confirmed (process back and ready, proxy passes traffic, ...). */
  healVerifiedAt_ms: number | undefined;
  /**
   * Time until throughput and latency were back within bounds (measured from the per-second
   * samples by `measureRecovery_ms` in controller/checkers/recovery.ts), counted from the point the
   * README's kinds table names: the heal for network and object-store faults, the injection for
   * every other kind; undefined while not recovered.
   */
  recovery_ms: number | undefined;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Everything the workers reported in one second of the task, merged across roles. */
export interface IntervalSample {
  readonly start_ms: number;
  readonly end_ms: number;
  /** Records per second the producers were scheduled to send in this interval. */
  readonly targetRate_per_s: number;
  readonly scheduled: number;
  readonly acked: number;
  readonly failed: number;
  readonly consumed: number;
  readonly bytesAcked: number;
  /** Scheduled-time-to-ack latency of records acked in this interval. */
  readonly produceLatency: LatencyHistogram;
  /** Scheduled-time-to-consume latency of records consumed in this interval. */
  readonly endToEndLatency: LatencyHistogram;
  readonly behindSchedule_ms: number;
  readonly lag: number;
  /** Partitions on which consumers made progress in this interval. */
  readonly progressedPartitions: readonly number[];
  /** Partitions producers acked records on in this interval. */
  readonly writtenPartitions: readonly number[];
}

export type PhaseName = 'prepare' | 'warmup' | 'workload' | 'cleanup';

export interface PhaseRecord {
  readonly name: PhaseName;
  readonly start_ms: number;
  end_ms: number | undefined;
  outcome: 'ok' | 'timed-out' | 'interrupted' | 'error' | undefined;
  error: string | undefined;
}

/** The catch-up measurement of a catch-up task. */
export interface CatchUpRecord {
  readonly backlogRecords: number;
  readonly backlogBytes: number;
  /** From the consumers' start to reaching the end offsets of the backlog; undefined: never reached. */
  drain_ms: number | undefined;
  /** Producers' produce p99 during warmup (baseline) and during the drain. */
  baselineProduceP99_ms: number | undefined;
  drainProduceP99_ms: number | undefined;
}

/** What the task loop knows about one attempt of one task when it ends. */
export interface TaskHistory {
  readonly task: Task;
  readonly runId: string;
  readonly attempt: number;
  readonly phases: PhaseRecord[];
  /** Per-second samples of warmup and workload (`inWorkload` tells them apart). */
  readonly samples: (IntervalSample & { readonly inWorkload: boolean })[];
  /** Every record producers were told was written. */
  readonly acked: Ledger;
  /** Every record seen by consumers and by the final read. */
  readonly seen: Ledger;
  /** Whether the final read reached the end offsets of every partition. */
  finalReadComplete: boolean;
  readonly faults: FaultRecord[];
  catchUp: CatchUpRecord | undefined;
  /** Leaders per broker at the end of the workload (balance), when known. */
  leadersPerBroker: Readonly<Record<string, number>> | undefined;
  lifecycleViolations: number;
  /** Problems that stopped the task from running as planned (not product failures). */
  readonly errors: string[];
}

export type AssertionStatus = 'pass' | 'fail' | 'skipped';

export interface AssertionResult {
  readonly id: AssertionId;
  readonly status: AssertionStatus;
  /** One line for people: what was measured against what limit, or why it was skipped. */
  readonly message: string;
  readonly measured?: number;
  readonly limit?: number;
  /** The first few examples (records, windows, faults) that made it fail. */
  readonly evidence?: unknown;
  /**
   * The check could not decide because its input was incomplete (e.g. acked records beyond an
   * incomplete final read). Such a result never meets an expectation: not `pass`, and not the
   * `fail` a self-test expects either.
   */
  readonly inconclusive?: boolean;
}

/**
 * pass: every assertion met its expectation; fail: an assertion did not; interrupted: the task
 * could not finish (worker lost, operator, SIGTERM) after its retries, not a product failure;
 * error: it could not run at all (bad target, timeouts in prepare).
 */
export type TaskStatus = 'pass' | 'fail' | 'interrupted' | 'error';

export interface TaskVerdict {
  readonly name: string;
  readonly kind: Task['kind'];
  readonly status: TaskStatus;
  readonly attempts: number;
  readonly started_ms: number;
  readonly ended_ms: number;
  readonly assertions: readonly AssertionResult[];
  /** Assertions whose outcome differed from the task's `expect` (what made it fail). */
  readonly unexpected: readonly AssertionId[];
  /** The task's `expect` (what `unexpected` was judged against); absent in hand-made verdicts. */
  readonly expect?: Expectation;
  readonly summary: TaskSummary;
  readonly faults: readonly FaultRecord[];
  readonly errors: readonly string[];
}

/** Headline numbers of a task, for reports and dashboards. */
export interface TaskSummary {
  readonly acked: number;
  readonly seen: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly reordered: number;
  readonly inconsistent: number;
  readonly achievedRate_per_s: number;
  readonly targetRate_per_s: number;
  readonly produceLatency_ms: {
    readonly p50: number;
    readonly p99: number;
    readonly p999: number;
    readonly max: number;
  };
  readonly endToEndLatency_ms: {
    readonly p50: number;
    readonly p99: number;
    readonly p999: number;
    readonly max: number;
  };
}

export interface RunVerdict {
  readonly runId: string;
  readonly suite: string;
  readonly suiteFile: string;
  readonly iteration: number;
  readonly started_ms: number;
  readonly ended_ms: number;
  readonly target: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly tasks: readonly TaskVerdict[];
}
