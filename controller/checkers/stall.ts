// progress.stall assertion: a partition that is written to while its consumers make no progress.
import { enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatDuration_ms, formatList, formatOffset_ms } from './format.ts';
import { fail, pass, skip } from './result.ts';
import { coveredBy_ms, faultWindows, workloadSamples, workloadSpan } from './windows.ts';

/** One stretch in which a partition had unconsumed writes and no consumer progress. */
export interface Stall {
  readonly partition: number;
  /** Start of the first sample with a write the consumers had not caught up with. */
  readonly from_ms: number;
  /** End of the last sample without progress. */
  readonly to_ms: number;
  readonly intoWorkload_ms: number;
  /** `to - from` less the time inside fault windows: what the limit is compared with. */
  readonly stalled_ms: number;
}

/**
 * The longest stall of each partition in the workload. A partition starts waiting in the first
 * sample that writes to it without consumer progress on it, and stops at the next sample with
 * progress (progress and writes in one second count as keeping up). Time inside fault windows
 * does not count.
 */
export function findStalls(history: TaskHistory): Stall[] {
  const windows = faultWindows(history);
  const start_ms = workloadSpan(history)?.start_ms ?? 0;
  const waitingSince = new Map<number, number>();
  const longest = new Map<number, Stall>();
  for (const s of workloadSamples(history)) {
    for (const p of s.progressedPartitions) waitingSince.delete(p);
    const progressed = new Set(s.progressedPartitions);
    for (const p of s.writtenPartitions) {
      if (!progressed.has(p) && !waitingSince.has(p)) waitingSince.set(p, s.start_ms);
    }
    for (const [partition, from_ms] of waitingSince) {
      const stalled_ms = s.end_ms - from_ms - coveredBy_ms(from_ms, s.end_ms, windows);
      const best = longest.get(partition);
      if (best === undefined || stalled_ms > best.stalled_ms) {
        longest.set(partition, {
          partition,
          from_ms,
          to_ms: s.end_ms,
          intoWorkload_ms: from_ms - start_ms,
          stalled_ms,
        });
      }
    }
  }
  return [...longest.values()].sort((a, b) => a.partition - b.partition);
}

/** progress.stall: no partition's stall (outside fault windows) longer than `stall_ms`. */
export function checkStall(history: TaskHistory): AssertionResult[] {
  const id = 'progress.stall';
  const limit_ms = history.task.assert.stall_ms;
  if (limit_ms === undefined || !enabledAssertions(history.task).includes(id)) return [];
  if (workloadSamples(history).length === 0) {
    return [skip(id, 'no workload samples to judge', { limit: limit_ms })];
  }
  const stalls = findStalls(history);
  const over = stalls.filter((s) => s.stalled_ms > limit_ms).sort((a, b) => b.stalled_ms - a.stalled_ms);
  const worst = stalls.reduce<Stall | undefined>(
    (a, b) => (a === undefined || b.stalled_ms > a.stalled_ms ? b : a),
    undefined,
  );
  const measured = worst?.stalled_ms ?? 0;
  const describe = (s: Stall) =>
    `partition ${s.partition} ${formatDuration_ms(s.stalled_ms)} from ${formatOffset_ms(s.intoWorkload_ms)}`;
  if (over.length === 0) {
    return [
      pass(
        id,
        worst === undefined
          ? 'consumers kept up with every partition written to'
          : `longest stall ${describe(worst)} <= ${formatDuration_ms(limit_ms)}`,
        { measured, limit: limit_ms, evidence: worst === undefined ? undefined : { longest: worst } },
      ),
    ];
  }
  return [
    fail(
      id,
      `${formatList(over.map(describe), 3)} written to without consumer progress (limit ${formatDuration_ms(limit_ms)})`,
      { measured, limit: limit_ms, evidence: { stalls: over.slice(0, 10) } },
    ),
  ];
}
