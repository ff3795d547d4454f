// Continuity evidence: which (producer, sequence) records sit at which (partition, offset), kept as runs.
import { assert } from './errors.ts';

/** Who wrote a record: the `lh.pid` stamp of a producer (see common/stamp.ts). */
export type ProducerId = string;

/** One record as evidence: `producerId`'s record number `seq` on `partition` is at `offset`. */
export interface LedgerRecord {
  readonly partition: number;
  readonly offset: number;
  readonly producerId: ProducerId;
  readonly seq: number;
}

/** The records of one producer on one partition, as normalised runs (see `Ledger`). */
export interface LedgerStream {
  readonly producerId: ProducerId;
  readonly partition: number;
  /** Flat `[seqStart, offsetStart, count, ...]`: `seqStart + k` is at `offsetStart + k` for k < count. */
  readonly runs: readonly number[];
}

/**
 * Wire form, validated by `Ledger.decode`. Each stream's runs are sorted by seq and delta-encoded:
 * `[seqStart0, offsetStart0, count0, dSeq1, dOffset1, count1, ...]` where `dSeq_i` and `dOffset_i`
 * are the distances from the end (exclusive) of run i-1 to the start of run i. One producer alone
 * on a partition is three numbers; producers interleaving in batches give `0, <other producers'
 * batch sizes>, <batch size>` per batch. Deltas may be negative only in histories with duplicates.
 */
export interface LedgerWire {
  readonly v: 1;
  readonly streams: readonly LedgerStreamWire[];
}

export interface LedgerStreamWire {
  readonly producer: ProducerId;
  readonly partition: number;
  readonly runs: readonly number[];
}

const MAX_PRODUCER_ID_LENGTH = 256;

/** Mutable state of one (producer, partition). */
class Stream {
  readonly producerId: ProducerId;
  readonly partition: number;
  /** Flat `[seqStart, offsetStart, count, ...]`. */
  runs: number[] = [];
  /** Runs sorted by (seqStart, offsetStart), and no two runs on one diagonal overlap or touch. */
  normalized = true;
  /** No two runs share a seq (so at most one offset per seq); implies `normalized`. */
  seqDisjoint = true;
  /** Largest `seqStart + count` over the runs. */
  maxSeqEnd = 0;

  constructor(producerId: ProducerId, partition: number) {
    this.producerId = producerId;
    this.partition = partition;
  }
}

/** Lazily built, per partition: every run of every producer sorted by offset, for `recordsAt`. */
interface PartitionIndex {
  readonly offsetStart: number[];
  readonly count: number[];
  readonly seqStart: number[];
  readonly producer: ProducerId[];
  /** `maxEnd[i]`: largest `offsetStart + count - 1` among entries 0..i. */
  readonly maxEnd: number[];
}

function checkNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    assert(false, `Ledger ${what} must be a safe non-negative integer, got ${n}`);
}

/**
 * Continuity evidence of one topic: for each (producer, partition), runs `[seqStart, offsetStart,
 * count]` in which seq and offset both advance by one. A producer alone on a partition is one run
 * however long the test; producers interleaving give one run per batch. Producers record what the
 * broker acked, consumers what they read. Recording the record right after the previous one of its
 * (producer, partition) extends the last run in O(1).
 *
 * A ledger is a set of (partition, offset, producer, seq) tuples: recording a tuple twice (a
 * consumer re-reading after a rebalance) changes nothing once the ledger is normalised. Runs are
 * appended as they come and normalised (sorted, merged, exact repeats removed) lazily, before
 * lookups, encoding and checks.
 *
 * A worker keeps no history: `takeDelta()` hands over everything recorded since the previous call
 * and empties the ledger; the controller `merge`s the deltas into the full ledger.
 */
export class Ledger {
  #streams = new Map<ProducerId, Map<number, Stream>>();
  /** The stream of the previous record: consecutive records mostly share it. */
  #last: Stream | undefined;
  /** Bumped by every mutation; the partition index is valid for one value. */
  #mutations = 0;
  #index: Map<number, PartitionIndex> | undefined;
  #indexedAt = -1;

  /** Records that `producerId`'s record `seq` on `partition` is at `offset`. */
  record(partition: number, offset: number, producerId: ProducerId, seq: number): void {
    this.#mutations++;
    let s = this.#last;
    if (s === undefined || s.partition !== partition || s.producerId !== producerId) {
      s = this.#stream(producerId, partition);
      this.#last = s;
    }
    const runs = s.runs;
    const n = runs.length;
    if (n > 0) {
      const count = runs[n - 1];
      // Fast path: the next record of the last run. Integer-ness follows from the run's.
      if (
        runs[n - 3] + count === seq &&
        runs[n - 2] + count === offset &&
        offset <= Number.MAX_SAFE_INTEGER
      ) {
        runs[n - 1] = count + 1;
        if (seq >= s.maxSeqEnd) s.maxSeqEnd = seq + 1;
        return;
      }
    }
    checkNumber(offset, 'offset');
    checkNumber(seq, 'seq');
    Ledger.#startRun(s, seq, offset, 1);
  }

  /**
   * Records `count` records at once: seqs `seqStart..` at offsets `offsetStart..` (a produce
   * request's batch to one partition: its base offset and the seqs the producer put in it).
   */
  recordRun(
    partition: number,
    offsetStart: number,
    producerId: ProducerId,
    seqStart: number,
    count: number,
  ): void {
    checkNumber(offsetStart, 'offset');
    checkNumber(seqStart, 'seq');
    assert(
      Number.isSafeInteger(count) && count >= 1,
      () => `Ledger run count must be an integer >= 1, got ${count}`,
    );
    checkNumber(offsetStart + count - 1, 'run end offset');
    checkNumber(seqStart + count - 1, 'run end seq');
    this.#mutations++;
    let s = this.#last;
    if (s === undefined || s.partition !== partition || s.producerId !== producerId) {
      s = this.#stream(producerId, partition);
      this.#last = s;
    }
    Ledger.#appendRun(s, seqStart, offsetStart, count);
  }

  /** Everything recorded since the previous call (or creation); this ledger starts empty again. */
  takeDelta(): Ledger {
    const delta = new Ledger();
    delta.#streams = this.#streams;
    this.#streams = new Map();
    this.#last = undefined;
    this.#mutations++;
    return delta;
  }

  /** Adds every record of `other` to this ledger (the controller merging workers' deltas). */
  merge(other: Ledger): this {
    assert(other !== this, 'Ledger.merge(): cannot merge a ledger into itself');
    this.#mutations++;
    for (const byPartition of other.#streams.values()) {
      for (const from of byPartition.values()) {
        if (from.runs.length === 0) continue;
        const to = this.#stream(from.producerId, from.partition);
        const runs = from.runs;
        for (let i = 0; i < runs.length; i += 3) Ledger.#appendRun(to, runs[i], runs[i + 1], runs[i + 2]);
      }
    }
    return this;
  }

  /** Sorts and merges runs and drops exact repeats. Lookups, `streams()` and `encode` do it first. */
  normalize(): this {
    for (const byPartition of this.#streams.values())
      for (const s of byPartition.values()) Ledger.#normalize(s);
    return this;
  }

  get isEmpty(): boolean {
    for (const byPartition of this.#streams.values()) {
      for (const s of byPartition.values()) if (s.runs.length > 0) return false;
    }
    return true;
  }

  /** Distinct (partition, offset, producer, seq) tuples. */
  get recordCount(): number {
    this.normalize();
    let total = 0;
    for (const byPartition of this.#streams.values()) {
      for (const s of byPartition.values()) for (let i = 2; i < s.runs.length; i += 3) total += s.runs[i];
    }
    return total;
  }

  /** Number of runs after normalisation (the size of the evidence). */
  get runCount(): number {
    this.normalize();
    let total = 0;
    for (const byPartition of this.#streams.values())
      for (const s of byPartition.values()) total += s.runs.length / 3;
    return total;
  }

  /** Normalised streams, sorted by partition then producer id. Do not record while iterating. */
  streams(): LedgerStream[] {
    const out: Stream[] = [];
    for (const byPartition of this.#streams.values()) {
      for (const s of byPartition.values()) {
        if (s.runs.length === 0) continue;
        Ledger.#normalize(s);
        out.push(s);
      }
    }
    out.sort(
      (a, b) =>
        a.partition - b.partition || (a.producerId < b.producerId ? -1 : a.producerId > b.producerId ? 1 : 0),
    );
    return out;
  }

  /** The normalised runs of one (producer, partition), empty when it has none. */
  runsOf(producerId: ProducerId, partition: number): readonly number[] {
    const s = this.#streams.get(producerId)?.get(partition);
    if (s === undefined) return [];
    Ledger.#normalize(s);
    return s.runs;
  }

  /** Every offset at which `producerId`'s record `seq` on `partition` was recorded, ascending. */
  offsetsOf(producerId: ProducerId, partition: number, seq: number): number[] {
    const s = this.#streams.get(producerId)?.get(partition);
    if (s === undefined) return [];
    Ledger.#normalize(s);
    return offsetsInRuns(s.runs, seq, s.seqDisjoint);
  }

  /** The lowest offset of `producerId`'s record `seq` on `partition`, if recorded. */
  offsetOf(producerId: ProducerId, partition: number, seq: number): number | undefined {
    return this.offsetsOf(producerId, partition, seq)[0];
  }

  /** Every (producer, seq) recorded at (partition, offset): more than one means an inconsistency. */
  recordsAt(partition: number, offset: number): { producerId: ProducerId; seq: number }[] {
    const index = this.#partitionIndex(partition);
    if (index === undefined) return [];
    const { offsetStart, count, seqStart, producer, maxEnd } = index;
    let lo = 0;
    let hi = offsetStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (offsetStart[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const out: { producerId: ProducerId; seq: number }[] = [];
    for (let i = lo - 1; i >= 0 && maxEnd[i] >= offset; i--) {
      if (offsetStart[i] + count[i] > offset)
        out.push({ producerId: producer[i], seq: seqStart[i] + offset - offsetStart[i] });
    }
    out.sort((a, b) => (a.producerId < b.producerId ? -1 : a.producerId > b.producerId ? 1 : a.seq - b.seq));
    return out;
  }

  /** The (producer, seq) at (partition, offset), if recorded (the first by producer id if several). */
  recordAt(partition: number, offset: number): { producerId: ProducerId; seq: number } | undefined {
    return this.recordsAt(partition, offset)[0];
  }

  /** Every record, one at a time (tests and small ledgers). */
  *records(): IterableIterator<LedgerRecord> {
    for (const s of this.streams()) {
      const runs = s.runs;
      for (let i = 0; i < runs.length; i += 3) {
        for (let k = 0; k < runs[i + 2]; k++) {
          yield {
            partition: s.partition,
            offset: runs[i + 1] + k,
            producerId: s.producerId,
            seq: runs[i] + k,
          };
        }
      }
    }
  }

  equals(other: Ledger): boolean {
    const a = this.streams();
    const b = other.streams();
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i].producerId !== b[i].producerId || a[i].partition !== b[i].partition) return false;
      const ra = a[i].runs;
      const rb = b[i].runs;
      if (ra.length !== rb.length) return false;
      for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return false;
    }
    return true;
  }

  /** The compact wire form (see `LedgerWire`). */
  encode(): LedgerWire {
    const streams: LedgerStreamWire[] = [];
    for (const s of this.streams()) {
      const runs = s.runs;
      const out = new Array<number>(runs.length);
      let seqEnd = 0;
      let offsetEnd = 0;
      for (let i = 0; i < runs.length; i += 3) {
        out[i] = runs[i] - seqEnd;
        out[i + 1] = runs[i + 1] - offsetEnd;
        out[i + 2] = runs[i + 2];
        seqEnd = runs[i] + runs[i + 2];
        offsetEnd = runs[i + 1] + runs[i + 2];
      }
      streams.push({ producer: s.producerId, partition: s.partition, runs: out });
    }
    return { v: 1, streams };
  }

  /** Parses and validates a wire form from an untrusted peer; throws an Error saying what is wrong. */
  static decode(wire: unknown): Ledger {
    const fail: (what: string) => never = (what) => {
      throw new Error(`invalid ledger encoding: ${what}`);
    };
    if (typeof wire !== 'object' || wire === null) return fail('expected an object');
    const { v, streams } = wire as { v?: unknown; streams?: unknown };
    if (v !== 1) fail(`unsupported version ${String(v)} (expected 1)`);
    if (!Array.isArray(streams)) return fail('streams must be an array');
    const ledger = new Ledger();
    for (const [i, entry] of (streams as unknown[]).entries()) {
      if (typeof entry !== 'object' || entry === null) fail(`streams[${i}] must be an object`);
      const { producer, partition, runs } = entry as {
        producer?: unknown;
        partition?: unknown;
        runs?: unknown;
      };
      if (typeof producer !== 'string' || producer.length === 0 || producer.length > MAX_PRODUCER_ID_LENGTH) {
        fail(`streams[${i}].producer must be a string of 1..${MAX_PRODUCER_ID_LENGTH} characters`);
      }
      if (!Number.isSafeInteger(partition) || (partition as number) < 0) {
        fail(`streams[${i}].partition must be an integer >= 0`);
      }
      if (!Array.isArray(runs) || runs.length % 3 !== 0) {
        fail(`streams[${i}].runs must be an array of [seq, offset, count] triples`);
      }
      const s = ledger.#stream(producer as string, partition as number);
      let seqEnd = 0;
      let offsetEnd = 0;
      for (let k = 0; k < runs.length; k += 3) {
        const seq = seqEnd + runs[k];
        const offset = offsetEnd + runs[k + 1];
        const count = runs[k + 2];
        if (!Number.isSafeInteger(runs[k]) || !Number.isSafeInteger(runs[k + 1])) {
          fail(`streams[${i}].runs[${k}..${k + 1}] must be integers`);
        }
        if (!Number.isSafeInteger(count) || count < 1)
          fail(`streams[${i}].runs[${k + 2}] must be a count >= 1`);
        if (
          !Number.isSafeInteger(seq + count) ||
          seq < 0 ||
          !Number.isSafeInteger(offset + count) ||
          offset < 0
        ) {
          fail(`streams[${i}] run ${k / 3} has seq ${seq} / offset ${offset} outside 0..2^53`);
        }
        Ledger.#appendRun(s, seq, offset, count);
        seqEnd = seq + count;
        offsetEnd = offset + count;
      }
    }
    return ledger;
  }

  #stream(producerId: ProducerId, partition: number): Stream {
    let byPartition = this.#streams.get(producerId);
    if (byPartition === undefined) {
      assert(
        typeof producerId === 'string' &&
          producerId.length > 0 &&
          producerId.length <= MAX_PRODUCER_ID_LENGTH,
        () =>
          `Ledger producer id must be a string of 1..${MAX_PRODUCER_ID_LENGTH} characters, got ${producerId}`,
      );
      byPartition = new Map();
      this.#streams.set(producerId, byPartition);
    }
    let s = byPartition.get(partition);
    if (s === undefined) {
      checkNumber(partition, 'partition');
      s = new Stream(producerId, partition);
      byPartition.set(partition, s);
    }
    return s;
  }

  static #appendRun(s: Stream, seq: number, offset: number, count: number): void {
    const runs = s.runs;
    const n = runs.length;
    if (n > 0) {
      const last = runs[n - 1];
      if (runs[n - 3] + last === seq && runs[n - 2] + last === offset) {
        runs[n - 1] = last + count;
        if (seq + count > s.maxSeqEnd) s.maxSeqEnd = seq + count;
        return;
      }
    }
    Ledger.#startRun(s, seq, offset, count);
  }

  static #startRun(s: Stream, seq: number, offset: number, count: number): void {
    // While every run starts at or after the end of all earlier ones, only the last run can end
    // at maxSeqEnd, and it is on another diagonal (or the fast path would have extended it): the
    // runs stay normalised. Anything else (overlaps, going back) is sorted out by #normalize.
    if (!(s.seqDisjoint && seq >= s.maxSeqEnd)) {
      s.normalized = false;
      s.seqDisjoint = false;
    }
    s.runs.push(seq, offset, count);
    if (seq + count > s.maxSeqEnd) s.maxSeqEnd = seq + count;
  }

  static #normalize(s: Stream): void {
    if (s.normalized) return;
    const runs = s.runs;
    const n = runs.length / 3;
    // Sort by diagonal (offset - seq), then seq: runs on one diagonal that overlap or touch are
    // the same records (re-reads) and merge into one.
    const order = Array.from({ length: n }, (_, i) => i);
    const diag = (i: number) => runs[i * 3 + 1] - runs[i * 3];
    order.sort((a, b) => diag(a) - diag(b) || runs[a * 3] - runs[b * 3]);
    const merged: number[] = [];
    for (const i of order) {
      const seq = runs[i * 3];
      const offset = runs[i * 3 + 1];
      const count = runs[i * 3 + 2];
      const m = merged.length;
      if (m > 0 && merged[m - 2] - merged[m - 3] === offset - seq && merged[m - 3] + merged[m - 1] >= seq) {
        merged[m - 1] = Math.max(merged[m - 1], seq + count - merged[m - 3]);
      } else {
        merged.push(seq, offset, count);
      }
    }
    // Back to seq order (offset second) for lookups and the wire form.
    const m = merged.length / 3;
    const byseq = Array.from({ length: m }, (_, i) => i);
    byseq.sort((a, b) => merged[a * 3] - merged[b * 3] || merged[a * 3 + 1] - merged[b * 3 + 1]);
    const out = new Array<number>(merged.length);
    let maxSeqEnd = 0;
    let seqDisjoint = true;
    for (let k = 0; k < m; k++) {
      const i = byseq[k];
      out[k * 3] = merged[i * 3];
      out[k * 3 + 1] = merged[i * 3 + 1];
      out[k * 3 + 2] = merged[i * 3 + 2];
      if (out[k * 3] < maxSeqEnd) seqDisjoint = false;
      maxSeqEnd = Math.max(maxSeqEnd, out[k * 3] + out[k * 3 + 2]);
    }
    s.runs = out;
    s.maxSeqEnd = maxSeqEnd;
    s.seqDisjoint = seqDisjoint;
    s.normalized = true;
  }

  #partitionIndex(partition: number): PartitionIndex | undefined {
    if (this.#index === undefined || this.#indexedAt !== this.#mutations) {
      this.#index = new Map();
      this.#indexedAt = this.#mutations;
    }
    const cached = this.#index.get(partition);
    if (cached !== undefined) return cached;
    const entries: [offsetStart: number, count: number, seqStart: number, producer: ProducerId][] = [];
    for (const byPartition of this.#streams.values()) {
      const s = byPartition.get(partition);
      if (s === undefined) continue;
      Ledger.#normalize(s);
      for (let i = 0; i < s.runs.length; i += 3)
        entries.push([s.runs[i + 1], s.runs[i + 2], s.runs[i], s.producerId]);
    }
    if (entries.length === 0) return undefined;
    entries.sort((a, b) => a[0] - b[0]);
    const index: PartitionIndex = { offsetStart: [], count: [], seqStart: [], producer: [], maxEnd: [] };
    let maxEnd = -1;
    for (const [offsetStart, count, seqStart, producer] of entries) {
      maxEnd = Math.max(maxEnd, offsetStart + count - 1);
      index.offsetStart.push(offsetStart);
      index.count.push(count);
      index.seqStart.push(seqStart);
      index.producer.push(producer);
      index.maxEnd.push(maxEnd);
    }
    this.#index.set(partition, index);
    return index;
  }
}

/**
 * Offsets of `seq` in normalised runs (sorted by seq), ascending. `seqDisjoint`: the runs share no
 * seq, so only the last run starting at or before `seq` can hold it (O(log runs) instead of O(runs)).
 */
export function offsetsInRuns(runs: readonly number[], seq: number, seqDisjoint = false): number[] {
  const out: number[] = [];
  // Runs are sorted by seqStart; any run covering seq starts at or before it.
  let lo = 0;
  let hi = runs.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid * 3] <= seq) lo = mid + 1;
    else hi = mid;
  }
  for (let i = seqDisjoint ? Math.max(0, lo - 1) : 0; i < lo; i++) {
    const start = runs[i * 3];
    if (start + runs[i * 3 + 2] > seq) out.push(runs[i * 3 + 1] + seq - start);
  }
  return out.sort((a, b) => a - b);
}
