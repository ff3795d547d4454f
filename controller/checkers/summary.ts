// Headline numbers of a task (records, loss, rates, latency) for verdicts, reports and dashboards.
import { checkContinuity } from '../../common/continuity-check.ts';
import type { TaskHistory, TaskSummary } from '../model.ts';
import { splitLost } from './continuity.ts';
import { mergeLatency } from './latency.ts';
import { workloadSamples } from './windows.ts';

/**
 * Records and continuity findings over the whole task; rates and latency percentiles over the
 * whole workload phase, fault windows included (the assertions' messages give the numbers they
 * judged). `lost` counts only records proven lost (see continuity.ts).
 */
export function summarizeTask(history: TaskHistory): TaskSummary {
  const report = checkContinuity(history.acked, history.seen, { maxExamples: 0 });
  const lost =
    history.finalReadComplete || report.lost.count === 0
      ? report.lost.count
      : splitLost(history.acked, history.seen, 0).proven.count;
  const samples = workloadSamples(history);
  let acked = 0;
  let target = 0;
  let seconds = 0;
  for (const s of samples) {
    const dur_s = Math.max(0, s.end_ms - s.start_ms) / 1000;
    acked += s.acked;
    target += s.targetRate_per_s * dur_s;
    seconds += dur_s;
  }
  const latency = (metric: 'produce' | 'endToEnd') => {
    const h = mergeLatency(samples, metric);
    return { p50: h.percentile_ms(50), p99: h.percentile_ms(99), p999: h.percentile_ms(99.9), max: h.max_ms };
  };
  return {
    acked: report.acked,
    seen: report.seen,
    lost,
    duplicated: report.duplicated.count,
    reordered: report.reordered.count,
    inconsistent: report.inconsistent.count,
    achievedRate_per_s: seconds > 0 ? acked / seconds : 0,
    targetRate_per_s: seconds > 0 ? target / seconds : 0,
    produceLatency_ms: latency('produce'),
    endToEndLatency_ms: latency('endToEnd'),
  };
}
