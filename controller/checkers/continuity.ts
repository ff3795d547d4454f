// continuity.* assertions: records lost, duplicated, reordered or inconsistent, from the acked and seen ledgers.
import {
  type ContinuityReport,
  checkContinuity,
  type Finding,
  type LostExample,
  type RecordRef,
} from '../../common/continuity-check.ts';
import type { Ledger } from '../../common/ledger.ts';
import { RangeSet } from '../../common/rangeset.ts';
import { type AssertionId, enabledAssertions } from '../../scenarios/suite.ts';
import type { AssertionResult, TaskHistory } from '../model.ts';
import { formatCount, formatList, plural } from './format.ts';
import { fail, inconclusive, pass } from './result.ts';

export const continuityIds = [
  'continuity.lost',
  'continuity.duplicated',
  'continuity.reordered',
  'continuity.inconsistent',
] as const satisfies readonly AssertionId[];
export type ContinuityId = (typeof continuityIds)[number];

export interface ContinuityCheckOptions {
  /** Examples kept per finding (default 10); counts are always exact. */
  readonly maxExamples?: number;
}

/** Acked records the final read did not reach on one partition. */
export interface UnverifiedPartition {
  readonly partition: number;
  /** Highest offset read on the partition (by consumers or the final read); -1: none. */
  readonly readThroughOffset: number;
  /** Acked records beyond it that were not seen anywhere. */
  readonly records: number;
  readonly firstOffset: number;
}

/**
 * Acked records seen at no offset, split by what a read proves. `proven`: a read went past the
 * record's acked offset without returning it. `unverified`: the record lies beyond the highest
 * offset read on its partition, which only means the reads stopped early.
 */
export interface LostSplit {
  readonly proven: Finding<LostExample>;
  readonly unverified: number;
  readonly unverifiedPartitions: readonly UnverifiedPartition[];
}

/** `p0@1234 w1-p0#567`: partition, offset, producer, seq (as in describeContinuity). */
export function formatRecord(r: RecordRef): string {
  return `p${r.partition}@${r.offset} ${r.producerId}#${r.seq}`;
}

/**
 * Splits the acked-but-never-seen records of an incomplete history at each partition's read
 * frontier (the highest offset seen). A record acked at several offsets is counted once, at the
 * offset of its first acked run.
 */
export function splitLost(acked: Ledger, seen: Ledger, maxExamples = 10): LostSplit {
  const frontier = new Map<number, number>();
  for (const s of seen.streams()) {
    let max = frontier.get(s.partition) ?? -1;
    for (let i = 0; i < s.runs.length; i += 3) max = Math.max(max, s.runs[i + 1] + s.runs[i + 2] - 1);
    frontier.set(s.partition, max);
  }
  const examples: LostExample[] = [];
  let proven = 0;
  let unverified = 0;
  const byPartition = new Map<number, { records: number; firstOffset: number }>();
  for (const stream of acked.streams()) {
    const { producerId, partition, runs } = stream;
    const seenSeqs = new RangeSet();
    const seenRuns = seen.runsOf(producerId, partition);
    for (let i = 0; i < seenRuns.length; i += 3)
      seenSeqs.addRange(seenRuns[i], seenRuns[i] + seenRuns[i + 2] - 1);
    const counted = new RangeSet();
    const readThrough = frontier.get(partition) ?? -1;
    for (let i = 0; i < runs.length; i += 3) {
      const seqStart = runs[i];
      const diag = runs[i + 1] - seqStart;
      for (const [gapStart, gapEnd] of [...seenSeqs.gaps(seqStart, seqStart + runs[i + 2] - 1)]) {
        for (const [a, b] of [...counted.gaps(gapStart, gapEnd)]) {
          counted.addRange(a, b);
          // Seqs a..b sit at offsets a+diag..b+diag; those up to the frontier were read past.
          const lastProven = Math.min(b, readThrough - diag);
          for (let seq = a; seq <= lastProven && examples.length < maxExamples; seq++) {
            examples.push({ partition, offset: seq + diag, producerId, seq });
          }
          if (lastProven >= a) proven += lastProven - a + 1;
          const firstUnverified = Math.max(a, readThrough - diag + 1);
          if (firstUnverified <= b) {
            unverified += b - firstUnverified + 1;
            const entry = byPartition.get(partition);
            const offset = firstUnverified + diag;
            if (entry === undefined)
              byPartition.set(partition, { records: b - firstUnverified + 1, firstOffset: offset });
            else {
              entry.records += b - firstUnverified + 1;
              entry.firstOffset = Math.min(entry.firstOffset, offset);
            }
          }
        }
      }
    }
  }
  const unverifiedPartitions = [...byPartition.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([partition, e]) => ({ partition, readThroughOffset: frontier.get(partition) ?? -1, ...e }));
  return { proven: { count: proven, examples }, unverified, unverifiedPartitions };
}

/**
 * The continuity assertions the task enables. Identity of a record is (producer, partition, seq):
 * a consumer re-reading offsets after a rebalance is not a duplicate, a record seen but never acked
 * is fine (its ack was lost), a retry that landed twice is a duplicate. When the final read was
 * incomplete, acked records beyond the highest offset read are not claimed lost: continuity.lost
 * fails as inconclusive when they are all it has (see README.md).
 */
export function checkContinuityAssertions(
  history: TaskHistory,
  options: ContinuityCheckOptions = {},
): AssertionResult[] {
  const enabled = new Set(enabledAssertions(history.task));
  const ids = continuityIds.filter((id) => enabled.has(id));
  if (ids.length === 0) return [];
  const maxExamples = options.maxExamples ?? 10;
  const report = checkContinuity(history.acked, history.seen, { maxExamples });
  const { offsetConflicts, ackMismatches } = report.inconsistent;
  const results: Record<ContinuityId, () => AssertionResult> = {
    'continuity.lost': () => lostResult(history, report, maxExamples),
    'continuity.duplicated': () =>
      findingResult('continuity.duplicated', report.duplicated, {
        ok: `no record at two offsets among ${plural(report.seen, 'record')} seen`,
        bad: (n) => `${plural(n, 'record')} stored at two or more offsets`,
        detail: (e) => ` also at ${e.otherOffsets.join('/')}`,
      }),
    'continuity.reordered': () =>
      findingResult('continuity.reordered', report.reordered, {
        ok: `every producer's records are in sequence order on every partition`,
        bad: (n) => `${plural(n, 'record')} at offsets below an earlier sequence number of their producer`,
        detail: (e) => ` after #${e.after.seq}@${e.after.offset}`,
      }),
    'continuity.inconsistent': () =>
      findingResult(
        'continuity.inconsistent',
        report.inconsistent,
        {
          ok: 'every offset read holds one record, and every acked record was read at its acked offset',
          bad: () =>
            `${plural(offsetConflicts, 'offset')} read with two different records, ` +
            `${plural(ackMismatches, 'acked record')} read only at another offset`,
          detail: (e) =>
            e.kind === 'offset-conflict'
              ? ` vs ${e.other.producerId}#${e.other.seq}`
              : ` acked, read at ${e.seenOffsets.join('/')}`,
        },
        { offsetConflicts, ackMismatches },
      ),
  };
  return ids.map((id) => results[id]());
}

function lostResult(history: TaskHistory, report: ContinuityReport, maxExamples: number): AssertionResult {
  const id = 'continuity.lost';
  if (history.finalReadComplete || report.lost.count === 0) {
    if (report.lost.count === 0) {
      return pass(id, `all ${plural(report.acked, 'acked record')} were read`, {
        measured: 0,
        limit: 0,
        evidence: { acked: report.acked, seen: report.seen, seenUnacked: report.seenUnacked },
      });
    }
    return fail(id, `${plural(report.lost.count, 'acked record')} never read${examplesText(report.lost)}`, {
      measured: report.lost.count,
      limit: 0,
      evidence: { count: report.lost.count, examples: report.lost.examples, acked: report.acked },
    });
  }
  const split = splitLost(history.acked, history.seen, maxExamples);
  const partitions = formatList(split.unverifiedPartitions.map((p) => String(p.partition)));
  const unverifiedText =
    `the final read was incomplete: ${plural(split.unverified, 'acked record')} on partition(s) ${partitions} ` +
    'lie beyond the highest offset read and could not be verified (not claimed lost)';
  const evidence = {
    count: split.proven.count,
    examples: split.proven.examples,
    acked: report.acked,
    finalReadComplete: false,
    unverified: split.unverified,
    unverifiedPartitions: split.unverifiedPartitions,
  };
  if (split.proven.count > 0) {
    return fail(
      id,
      `${plural(split.proven.count, 'acked record')} never read${examplesText(split.proven)}; also, ${unverifiedText}`,
      { measured: split.proven.count, limit: 0, evidence },
    );
  }
  return inconclusive(id, `no acked record proven lost, but ${unverifiedText}`, {
    measured: 0,
    limit: 0,
    evidence,
  });
}

function findingResult<E extends RecordRef>(
  id: AssertionId,
  finding: Finding<E>,
  words: { ok: string; bad: (count: number) => string; detail: (e: E) => string },
  extra: Record<string, number> = {},
): AssertionResult {
  if (finding.count === 0) return pass(id, words.ok, { measured: 0, limit: 0 });
  return fail(id, `${words.bad(finding.count)}${examplesText(finding, words.detail)}`, {
    measured: finding.count,
    limit: 0,
    evidence: { count: finding.count, ...extra, examples: finding.examples },
  });
}

function examplesText<E extends RecordRef>(finding: Finding<E>, detail: (e: E) => string = () => ''): string {
  if (finding.examples.length === 0) return '';
  const shown = finding.examples.slice(0, 3).map((e) => formatRecord(e) + detail(e));
  const more = finding.count > shown.length ? `, ... ${formatCount(finding.count - shown.length)} more` : '';
  return ` (e.g. ${shown.join(', ')}${more})`;
}
