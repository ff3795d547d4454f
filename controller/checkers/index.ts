// The checkers' public API: evaluateTask, the Checker registry, per-concern checks and the recovery helper.
export { checkBalance } from './balance.ts';
export { checkCatchUp } from './catch-up.ts';
export {
  type Checker,
  CheckerRegistry,
  type CheckRun,
  checker,
  defaultCheckers,
  defaultRegistry,
} from './checker.ts';
export {
  type ContinuityCheckOptions,
  checkContinuityAssertions,
  continuityIds,
  formatRecord,
  type LostSplit,
  splitLost,
  type UnverifiedPartition,
} from './continuity.ts';
export {
  describeUnexpected,
  type EvaluateOptions,
  evaluateTask,
  failedAsExpected,
  notEvaluatedReason,
  unexpectedAssertions,
  unexpectedLines,
  unexpectedReason,
  verdictWithoutHistory,
} from './evaluate.ts';
export { checkFaults } from './faults.ts';
export {
  checkLatency,
  type LatencyCheckOptions,
  type LatencyMetric,
  latencyIds,
  mergeLatency,
  percentileOf,
} from './latency.ts';
export { checkLifecycle } from './lifecycle.ts';
export {
  DEFAULT_RECOVERY_LIMIT_MS,
  DEFAULT_STABLE_SECONDS,
  DEFAULT_THROUGHPUT_TOLERANCE_FRACTION,
  measureRecovery_ms,
  type RecoveryOptions,
  recoveryOf,
  recoveryReference_ms,
  unhealthyReason,
} from './recovery.ts';
export { checkStall, findStalls, type Stall } from './stall.ts';
export { summarizeTask } from './summary.ts';
export { checkThroughput, type ThroughputWindow, throughputWindows } from './throughput.ts';
export { checkTimeouts } from './timeout.ts';
export { type FaultWindow, faultWindows, type TimeWindow, workloadSamples, workloadSpan } from './windows.ts';
