// throughput.window assertion: acked records per window against the scheduled target, outside fault windows.
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatDuration_ms, formatOffset_ms, formatPercent, formatRate, plural } from './format.ts';
import { fail, pass, skip } from './result.ts';
import { faultWindows, overlaps, type Sample, workloadSamples, workloadSpan } from './windows.ts';

/** Samples further apart than this break a stretch (a report went missing: no data, not no throughput). */
const MAX_SAMPLE_GAP_MS = 500;

export interface ThroughputWindow {
  readonly start_ms: number;
  readonly end_ms: number;
  readonly intoWorkload_ms: number;
  readonly acked: number;
  /** Records the schedule called for: the sum of target rate x duration over the window's samples. */
  readonly target: number;
  readonly rate_per_s: number;
  readonly targetRate_per_s: number;
  /** acked / target. */
  readonly achieved_fraction: number;
}

/**
 * Cuts the workload outside fault windows into windows of `window_ms`: each stretch of
 * consecutive samples that touch no fault window is tiled from its start; a remainder shorter
 * than half a window joins the window before it, and a stretch shorter than half a window is not
 * judged (its seconds are reported as unjudged).
 */
export function throughputWindows(
  history: TaskHistory,
  window_ms: number,
): { windows: ThroughputWindow[]; unjudgedSamples: number; excludedSamples: number } {
  const faults = faultWindows(history);
  const start_ms = workloadSpan(history)?.start_ms ?? 0;
  const stretches: Sample[][] = [];
  let current: Sample[] = [];
  let excludedSamples = 0;
  for (const s of workloadSamples(history)) {
    const last = current[current.length - 1];
    if (faults.some((w) => overlaps(s, w))) {
      excludedSamples++;
      if (current.length > 0) stretches.push(current);
      current = [];
      continue;
    }
    if (last !== undefined && s.start_ms - last.end_ms > MAX_SAMPLE_GAP_MS) {
      stretches.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) stretches.push(current);

  const windows: ThroughputWindow[] = [];
  let unjudgedSamples = 0;
  for (const stretch of stretches) {
    const groups: Sample[][] = [];
    let group: Sample[] = [];
    for (const s of stretch) {
      group.push(s);
      if (s.end_ms - group[0].start_ms >= window_ms) {
        groups.push(group);
        group = [];
      }
    }
    if (group.length > 0) {
      const length_ms = group[group.length - 1].end_ms - group[0].start_ms;
      if (length_ms >= window_ms / 2) groups.push(group);
      else if (groups.length > 0) groups[groups.length - 1].push(...group);
      else unjudgedSamples += group.length;
    }
    for (const g of groups) windows.push(toWindow(g, start_ms));
  }
  return { windows, unjudgedSamples, excludedSamples };
}

function toWindow(samples: readonly Sample[], workloadStart_ms: number): ThroughputWindow {
  const start_ms = samples[0].start_ms;
  const end_ms = samples[samples.length - 1].end_ms;
  let acked = 0;
  let target = 0;
  for (const s of samples) {
    acked += s.acked;
    target += (s.targetRate_per_s * Math.max(0, s.end_ms - s.start_ms)) / 1000;
  }
  const seconds = Math.max(1e-9, (end_ms - start_ms) / 1000);
  return {
    start_ms,
    end_ms,
    intoWorkload_ms: start_ms - workloadStart_ms,
    acked,
    target,
    rate_per_s: acked / seconds,
    targetRate_per_s: target / seconds,
    achieved_fraction: target > 0 ? acked / target : 1,
  };
}

/**
 * throughput.window: in every judged window, acked records >= (1 - tolerance) x the records the
 * schedule called for. Rates are in records (a bytes rate is scheduled as records by the workers).
 */
export function checkThroughput(history: TaskHistory): AssertionResult[] {
  const id = 'throughput.window';
  const config = history.task.assert.throughput;
  if (config === undefined || !enabledAssertions(history.task).includes(id)) return [];
  const { windows, unjudgedSamples, excludedSamples } = throughputWindows(history, config.window_ms);
  const required_fraction = 1 - config.tolerance_fraction;
  const size = formatDuration_ms(config.window_ms);
  if (windows.length === 0) {
    return [
      skip(id, `no ${size} window of the workload outside fault windows to judge`, {
        limit: required_fraction,
        evidence: { unjudgedSamples, excludedSamples },
      }),
    ];
  }
  const failing = windows.filter((w) => w.target > 0 && w.acked < required_fraction * w.target);
  const worst = windows.reduce((a, b) => (b.achieved_fraction < a.achieved_fraction ? b : a));
  const evidence = {
    window_ms: config.window_ms,
    tolerance_fraction: config.tolerance_fraction,
    judgedWindows: windows.length,
    unjudgedSamples,
    excludedSamples,
    failingWindows: failing.length,
    windows: (failing.length > 0 ? failing : [worst]).slice(0, 10),
  };
  const describe = (w: ThroughputWindow) =>
    `${formatOffset_ms(w.intoWorkload_ms)}..${formatOffset_ms(w.intoWorkload_ms + w.end_ms - w.start_ms)} ` +
    `${formatRate(w.rate_per_s)} vs ${formatRate(w.targetRate_per_s)} target (${formatPercent(w.achieved_fraction)})`;
  if (failing.length === 0) {
    return [
      pass(
        id,
        `every ${size} window (${windows.length}) reached ${formatPercent(required_fraction)} of target; lowest ${describe(worst)}`,
        { measured: worst.achieved_fraction, limit: required_fraction, evidence },
      ),
    ];
  }
  return [
    fail(
      id,
      `${failing.length} of ${plural(windows.length, `${size} window`)} below ${formatPercent(required_fraction)} ` +
        `of target; worst ${describe(worst)}`,
      { measured: worst.achieved_fraction, limit: required_fraction, evidence },
    ),
  ];
}
