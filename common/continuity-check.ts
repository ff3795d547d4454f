// The continuity checker: a pure function from the acked and seen ledgers to lost, duplicated, reordered and inconsistent records.
import { type Ledger, type LedgerStream, offsetsInRuns, type ProducerId } from './ledger.ts';
import { RangeSet } from './rangeset.ts';

export interface ContinuityOptions {
  /** Examples kept per finding (default 10). Counts are always exact. */
  readonly maxExamples?: number;
}

/** One record named in a finding. */
export interface RecordRef {
  readonly partition: number;
  readonly offset: number;
  readonly producerId: ProducerId;
  readonly seq: number;
}

/** Acked at `offset` and never seen anywhere. */
export type LostExample = RecordRef;

/** Seen at `offset` (the lowest) and again at `otherOffsets`. */
export interface DuplicateExample extends RecordRef {
  readonly otherOffsets: readonly number[];
}

/** Seen at `offset`, below the offset of an earlier seq of the same producer and partition (`after`). */
export interface ReorderExample extends RecordRef {
  readonly after: { readonly seq: number; readonly offset: number };
}

export type InconsistentExample =
  /** Two different records seen at one (partition, offset). */
  | (RecordRef & {
      readonly kind: 'offset-conflict';
      readonly other: { producerId: ProducerId; seq: number };
    })
  /** Acked at `offset`, seen only at `seenOffsets`. */
  | (RecordRef & { readonly kind: 'ack-mismatch'; readonly seenOffsets: readonly number[] });

export interface Finding<E> {
  readonly count: number;
  readonly examples: readonly E[];
}

export interface ContinuityReport {
  /** No record lost, duplicated, reordered or inconsistent. */
  readonly ok: boolean;
  /** Distinct (producer, partition, seq) acked. */
  readonly acked: number;
  /** Distinct (producer, partition, seq) seen. */
  readonly seen: number;
  /** Seen but never acked: fine (the write landed, its ack was lost), reported for context. */
  readonly seenUnacked: number;
  /** (producer, partition, seq) acked and not seen at any offset. */
  readonly lost: Finding<LostExample>;
  /** (producer, partition, seq) seen at two or more offsets. Re-reading one offset is not a duplicate. */
  readonly duplicated: Finding<DuplicateExample>;
  /** Records whose offset is below that of a lower seq of the same producer and partition. */
  readonly reordered: Finding<ReorderExample>;
  /** Offsets seen holding two records, plus records acked at X but seen only elsewhere. */
  readonly inconsistent: Finding<InconsistentExample> & {
    readonly offsetConflicts: number;
    readonly ackMismatches: number;
  };
}

/** Normalised runs of one stream with the arrays that interval queries need. */
class SeqRuns {
  readonly start: number[] = [];
  /** Inclusive. */
  readonly end: number[] = [];
  /** offset - seq. */
  readonly diag: number[] = [];
  /** Largest `end` among runs 0..i. */
  readonly maxEnd: number[] = [];
  readonly seqs = new RangeSet();
  disjoint = true;

  constructor(runs: readonly number[]) {
    let maxEnd = -1;
    for (let i = 0; i < runs.length; i += 3) {
      const start = runs[i];
      const end = start + runs[i + 2] - 1;
      if (start <= maxEnd) this.disjoint = false;
      maxEnd = Math.max(maxEnd, end);
      this.start.push(start);
      this.end.push(end);
      this.diag.push(runs[i + 1] - start);
      this.maxEnd.push(maxEnd);
      this.seqs.addRange(start, end);
    }
  }

  get length(): number {
    return this.start.length;
  }

  /** Indexes of the runs that hold some seq of `[lo, hi]`. */
  overlapping(lo: number, hi: number): number[] {
    let a = 0;
    let b = this.start.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.start[mid] <= hi) a = mid + 1;
      else b = mid;
    }
    const out: number[] = [];
    for (let i = a - 1; i >= 0 && this.maxEnd[i] >= lo; i--) if (this.end[i] >= lo) out.push(i);
    return out.reverse();
  }
}

const EMPTY = new SeqRuns([]);

/**
 * Compares what producers were told was written (`acked`) with what a final read saw (`seen`).
 * Identity of a record is (producer, partition, seq); a ledger holds each seen
 * (partition, offset, producer, seq) once, so a consumer re-reading offsets after a rebalance adds
 * nothing. Evidence is exact counts plus the first examples in (partition, producer, seq) order.
 */
export function checkContinuity(
  acked: Ledger,
  seen: Ledger,
  options: ContinuityOptions = {},
): ContinuityReport {
  const maxExamples = options.maxExamples ?? 10;
  const lost: LostExample[] = [];
  const duplicated: DuplicateExample[] = [];
  const reordered: ReorderExample[] = [];
  const mismatches: InconsistentExample[] = [];
  let ackedCount = 0;
  let seenCount = 0;
  let seenUnacked = 0;
  let lostCount = 0;
  let duplicatedCount = 0;
  let reorderedCount = 0;
  let mismatchCount = 0;

  for (const [a, s] of joinStreams(acked.streams(), seen.streams())) {
    const stream = (a ?? s)!;
    const { producerId, partition } = stream;
    const ackedRuns = a ? new SeqRuns(a.runs) : EMPTY;
    const seenRuns = s ? new SeqRuns(s.runs) : EMPTY;
    ackedCount += ackedRuns.seqs.size;
    seenCount += seenRuns.seqs.size;
    seenUnacked += seenRuns.seqs.size - seenRuns.seqs.intersection(ackedRuns.seqs).size;
    const ref = (seq: number, offset: number): RecordRef => ({ partition, offset, producerId, seq });

    // Lost: acked seqs seen at no offset.
    const lostSeqs = ackedRuns.seqs.difference(seenRuns.seqs);
    lostCount += lostSeqs.size;
    forFirst(lostSeqs, maxExamples - lost.length, (seq) => {
      lost.push(ref(seq, offsetsInRuns(a!.runs, seq, ackedRuns.disjoint)[0]));
    });

    // Duplicated: normalised runs on one diagonal never overlap, so seqs covered by two runs are
    // seqs seen at two offsets. Runs are sorted by start, so the run holding the largest end so
    // far covers everything from the current start up to that end.
    const dupSeqs = new RangeSet();
    if (!seenRuns.disjoint) {
      for (let i = 1; i < seenRuns.length; i++) {
        const until = Math.min(seenRuns.end[i], seenRuns.maxEnd[i - 1]);
        if (seenRuns.start[i] <= until) dupSeqs.addRange(seenRuns.start[i], until);
      }
      duplicatedCount += dupSeqs.size;
      forFirst(dupSeqs, maxExamples - duplicated.length, (seq) => {
        const offsets = offsetsInRuns(s!.runs, seq);
        duplicated.push({ ...ref(seq, offsets[0]), otherOffsets: offsets.slice(1) });
      });
    }

    // Reordered: walk seqs upwards with each seq at its lowest seen offset; a record is out of
    // order when a lower seq already sat at a higher offset.
    let maxOffset = -1;
    let maxOffsetSeq = -1;
    for (const [start, end, diag] of primarySegments(seenRuns, dupSeqs)) {
      if (start + diag <= maxOffset) {
        const last = Math.min(end, maxOffset - diag);
        reorderedCount += last - start + 1;
        for (let seq = start; seq <= last && reordered.length < maxExamples; seq++) {
          reordered.push({ ...ref(seq, seq + diag), after: { seq: maxOffsetSeq, offset: maxOffset } });
        }
      }
      if (end + diag > maxOffset) {
        maxOffset = end + diag;
        maxOffsetSeq = end;
      }
    }

    // Acked at X, seen, but never at X.
    for (let i = 0; i < ackedRuns.length; i++) {
      const lo = ackedRuns.start[i];
      const hi = ackedRuns.end[i];
      const diag = ackedRuns.diag[i];
      const over = seenRuns.overlapping(lo, hi);
      if (over.every((k) => seenRuns.diag[k] === diag)) continue;
      const seenAnywhere = new RangeSet();
      const seenThere = new RangeSet();
      for (const k of over) {
        const from = Math.max(lo, seenRuns.start[k]);
        const to = Math.min(hi, seenRuns.end[k]);
        seenAnywhere.addRange(from, to);
        if (seenRuns.diag[k] === diag) seenThere.addRange(from, to);
      }
      const elsewhere = seenAnywhere.difference(seenThere);
      mismatchCount += elsewhere.size;
      forFirst(elsewhere, maxExamples - mismatches.length, (seq) => {
        mismatches.push({
          ...ref(seq, seq + diag),
          kind: 'ack-mismatch',
          seenOffsets: offsetsInRuns(s!.runs, seq),
        });
      });
    }
  }

  const conflicts = offsetConflicts(seen, maxExamples);
  const inconsistentExamples = [...conflicts.examples, ...mismatches]
    .sort((x, y) => x.partition - y.partition || x.offset - y.offset)
    .slice(0, maxExamples);
  const inconsistentCount = conflicts.count + mismatchCount;
  return {
    ok: lostCount === 0 && duplicatedCount === 0 && reorderedCount === 0 && inconsistentCount === 0,
    acked: ackedCount,
    seen: seenCount,
    seenUnacked,
    lost: { count: lostCount, examples: lost },
    duplicated: { count: duplicatedCount, examples: duplicated },
    reordered: { count: reorderedCount, examples: reordered },
    inconsistent: {
      count: inconsistentCount,
      examples: inconsistentExamples,
      offsetConflicts: conflicts.count,
      ackMismatches: mismatchCount,
    },
  };
}

/** One line per finding, for logs and verdicts. */
export function describeContinuity(report: ContinuityReport): string {
  const fmt = (r: RecordRef) => `p${r.partition}@${r.offset} ${r.producerId}#${r.seq}`;
  const lines = [
    `continuity ${report.ok ? 'ok' : 'FAILED'}: ${report.acked} acked, ${report.seen} seen (${report.seenUnacked} unacked)`,
  ];
  function add<E extends RecordRef>(
    name: string,
    finding: Finding<E>,
    detail: (e: E) => string = () => '',
  ): void {
    if (finding.count === 0) return;
    const examples = finding.examples.map((e) => fmt(e) + detail(e)).join(', ');
    lines.push(`  ${name}: ${finding.count} (e.g. ${examples})`);
  }
  add('lost', report.lost);
  add('duplicated', report.duplicated, (e) => ` also at ${e.otherOffsets.join('/')}`);
  add('reordered', report.reordered, (e) => ` after #${e.after.seq}@${e.after.offset}`);
  add('inconsistent', report.inconsistent, (e) =>
    e.kind === 'offset-conflict'
      ? ` vs ${e.other.producerId}#${e.other.seq}`
      : ` acked, seen at ${e.seenOffsets.join('/')}`,
  );
  return lines.join('\n');
}

/** Pairs the streams of two sorted lists by (partition, producer). */
function* joinStreams(
  a: readonly LedgerStream[],
  b: readonly LedgerStream[],
): IterableIterator<[LedgerStream | undefined, LedgerStream | undefined]> {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const order =
      i >= a.length
        ? 1
        : j >= b.length
          ? -1
          : a[i].partition - b[j].partition ||
            (a[i].producerId < b[j].producerId ? -1 : a[i].producerId > b[j].producerId ? 1 : 0);
    if (order === 0) yield [a[i++], b[j++]];
    else if (order < 0) yield [a[i++], undefined];
    else yield [undefined, b[j++]];
  }
}

/**
 * `[start, end, diag]` segments, sorted by seq, that map each seen seq to its lowest offset. Outside
 * duplicated seqs every seq has one run; inside, the run with the lowest diagonal wins (all runs
 * have slope one, so the lowest diagonal is the lowest offset).
 */
function primarySegments(runs: SeqRuns, dupSeqs: RangeSet): [number, number, number][] {
  const segments: [number, number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    if (dupSeqs.isEmpty) {
      segments.push([runs.start[i], runs.end[i], runs.diag[i]]);
      continue;
    }
    for (const [s, e] of dupSeqs.gaps(runs.start[i], runs.end[i])) segments.push([s, e, runs.diag[i]]);
  }
  for (const [lo, hi] of dupSeqs.intervals()) {
    const over = runs.overlapping(lo, hi).sort((x, y) => runs.diag[x] - runs.diag[y]);
    const taken = new RangeSet();
    for (const k of over) {
      const from = Math.max(lo, runs.start[k]);
      const to = Math.min(hi, runs.end[k]);
      for (const [s, e] of taken.gaps(from, to)) segments.push([s, e, runs.diag[k]]);
      taken.addRange(from, to);
    }
  }
  if (!dupSeqs.isEmpty) segments.sort((x, y) => x[0] - y[0]);
  return segments;
}

/** Offsets of one partition seen holding two or more different records. */
function offsetConflicts(
  seen: Ledger,
  maxExamples: number,
): { count: number; examples: InconsistentExample[] } {
  const byPartition = new Map<number, [start: number, end: number][]>();
  for (const s of seen.streams()) {
    let list = byPartition.get(s.partition);
    if (list === undefined) {
      list = [];
      byPartition.set(s.partition, list);
    }
    for (let i = 0; i < s.runs.length; i += 3) list.push([s.runs[i + 1], s.runs[i + 1] + s.runs[i + 2] - 1]);
  }
  let count = 0;
  const examples: InconsistentExample[] = [];
  for (const partition of [...byPartition.keys()].sort((x, y) => x - y)) {
    const list = byPartition.get(partition)!.sort((x, y) => x[0] - y[0]);
    const conflicting = new RangeSet();
    let maxEnd = -1;
    for (const [start, end] of list) {
      // Sorted by start: the run that reached maxEnd covers [start, maxEnd].
      if (start <= maxEnd) conflicting.addRange(start, Math.min(end, maxEnd));
      maxEnd = Math.max(maxEnd, end);
    }
    count += conflicting.size;
    forFirst(conflicting, maxExamples - examples.length, (offset) => {
      const [first, second] = seen.recordsAt(partition, offset);
      examples.push({ kind: 'offset-conflict', partition, offset, ...first, other: second });
    });
  }
  return { count, examples };
}

/** Calls `fn` for the first `limit` members of `set`. */
function forFirst(set: RangeSet, limit: number, fn: (n: number) => void): void {
  if (limit <= 0) return;
  for (const [s, e] of set.intervals()) {
    for (let n = s; n <= e; n++) {
      fn(n);
      if (--limit <= 0) return;
    }
  }
}
