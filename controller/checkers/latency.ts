// latency.produce.* and latency.endToEnd.* assertions: merged workload histograms against percentile limits.
import { LatencyHistogram } from '../../common/histogram.ts';
import {
  type AssertionId,
  enabledAssertions,
  type LatencyLimits,
  type Percentile,
  percentiles,
} from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatCount, formatDuration_ms, formatOffset_ms } from './format.ts';
import { fail, pass, skip } from './result.ts';
import { faultWindows, type Sample, splitByWindows, workloadSamples, workloadSpan } from './windows.ts';

export type LatencyMetric = 'produce' | 'endToEnd';

export const latencyIds: readonly AssertionId[] = (['produce', 'endToEnd'] as const).flatMap((metric) =>
  percentiles.map((p) => `latency.${metric}.${p}` as const),
);

export interface LatencyCheckOptions {
  /** Worst one-second windows kept as evidence (default 3). */
  readonly worstWindows?: number;
}

/** The value of a percentile name in a histogram (`p999` is the 99.9th, `max` the largest). */
export function percentileOf(histogram: LatencyHistogram, percentile: Percentile): number {
  switch (percentile) {
    case 'p50':
      return histogram.percentile_ms(50);
    case 'p90':
      return histogram.percentile_ms(90);
    case 'p99':
      return histogram.percentile_ms(99);
    case 'p999':
      return histogram.percentile_ms(99.9);
    case 'max':
      return histogram.max_ms;
  }
}

/** The merged histogram of some samples. */
export function mergeLatency(samples: readonly Sample[], metric: LatencyMetric): LatencyHistogram {
  const merged = new LatencyHistogram();
  for (const s of samples) merged.merge(metric === 'produce' ? s.produceLatency : s.endToEndLatency);
  return merged;
}

const metricName: Record<LatencyMetric, string> = { produce: 'produce', endToEnd: 'end-to-end' };

/**
 * Each enabled latency assertion: the percentile of the workload's histograms merged over every
 * one-second sample that touches no fault window, against its limit. Evidence: the worst samples.
 */
export function checkLatency(history: TaskHistory, options: LatencyCheckOptions = {}): AssertionResult[] {
  const enabled = new Set(enabledAssertions(history.task));
  const ids = latencyIds.filter((id) => enabled.has(id));
  if (ids.length === 0) return [];
  const windows = faultWindows(history);
  const { kept, excluded } = splitByWindows(workloadSamples(history), windows);
  const start_ms = workloadSpan(history)?.start_ms ?? 0;
  const merged = new Map<LatencyMetric, LatencyHistogram>();
  return ids.map((id) => {
    const [, metric, percentile] = id.split('.') as ['latency', LatencyMetric, Percentile];
    const limits: LatencyLimits =
      metric === 'produce' ? history.task.assert.produceLatency : history.task.assert.endToEndLatency;
    const limit_ms = limits[`${percentile}_ms`]!;
    let histogram = merged.get(metric);
    if (histogram === undefined) {
      histogram = mergeLatency(kept, metric);
      merged.set(metric, histogram);
    }
    const name = `${metricName[metric]} ${percentile}`;
    const scope =
      excluded.length > 0
        ? `${secondsText(kept.length)} judged, ${secondsText(excluded.length)} in fault windows left out`
        : `${secondsText(kept.length)} judged`;
    if (histogram.count === 0) {
      return skip(
        id,
        `no ${metricName[metric]} latencies recorded in the workload outside fault windows (${scope})`,
        {
          limit: limit_ms,
          evidence: { judgedSamples: kept.length, excludedSamples: excluded.length },
        },
      );
    }
    const measured_ms = percentileOf(histogram, percentile);
    const seconds = kept
      .map((s) => {
        const h = metric === 'produce' ? s.produceLatency : s.endToEndLatency;
        return { s, count: h.count, value_ms: h.count === 0 ? 0 : percentileOf(h, percentile) };
      })
      .filter((w) => w.count > 0)
      .sort((a, b) => b.value_ms - a.value_ms || a.s.start_ms - b.s.start_ms);
    // Seconds over the limit when there are any: seconds within it only show what normal looks like.
    const overLimit = seconds.filter((w) => w.value_ms > limit_ms);
    const worst = (overLimit.length > 0 ? overLimit : seconds)
      .slice(0, options.worstWindows ?? 3)
      .map((w) => ({
        start_ms: w.s.start_ms,
        end_ms: w.s.end_ms,
        intoWorkload_ms: w.s.start_ms - start_ms,
        value_ms: w.value_ms,
        values: w.count,
      }));
    const evidence = {
      values: histogram.count,
      judgedSamples: kept.length,
      excludedSamples: excluded.length,
      faultWindows: windows.map((w) => ({ faultId: w.faultId, start_ms: w.start_ms, end_ms: w.end_ms })),
      worstWindows: worst,
    };
    const over = `over ${formatCount(histogram.count)} values (${scope})`;
    if (measured_ms <= limit_ms) {
      return pass(id, `${name} ${formatDuration_ms(measured_ms)} <= ${formatDuration_ms(limit_ms)} ${over}`, {
        measured: measured_ms,
        limit: limit_ms,
        evidence,
      });
    }
    const worstText =
      worst.length > 0
        ? `; worst second at ${formatOffset_ms(worst[0].intoWorkload_ms)}: ${formatDuration_ms(worst[0].value_ms)}`
        : '';
    return fail(
      id,
      `${name} ${formatDuration_ms(measured_ms)} > ${formatDuration_ms(limit_ms)} ${over}${worstText}`,
      {
        measured: measured_ms,
        limit: limit_ms,
        evidence,
      },
    );
  });
}

function secondsText(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'second' : 'seconds'}`;
}
