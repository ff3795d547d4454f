// The worker's clock: wall-clock milliseconds with sub-millisecond resolution, for stamps and latencies.

/**
 * `performance.timeOrigin + performance.now()`: aligned with the wall clock (Date.now) when the
 * process started, then advancing monotonically with microsecond resolution. Scheduled send
 * times (`lh.sched`) and consume times use it, so end-to-end latency across processes on one host
 * is exact to well under a millisecond and across hosts as good as their clock sync.
 */
export function now_ms(): number {
  return performance.timeOrigin + performance.now();
}
