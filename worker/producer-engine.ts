// The open-loop producer core: due records, per-partition sequences and batches, acks to ledger and latency.
import { assert } from '../common/errors.ts';
import { LatencyHistogram } from '../common/histogram.ts';
import { Ledger } from '../common/ledger.ts';
import { stampHeaders } from '../common/stamp.ts';
import type { ContentSource } from './content.ts';
import type { PartitionChooser } from './partitioner.ts';
import type { SendSchedule } from './send-schedule.ts';

/**
 * One record as handed to the client: exactly a kafkajs `Message` (no extra fields: kafkajs
 * copies every field of every message while encoding). Its seq and scheduled time live beside it.
 */
export interface OutRecord {
  readonly partition: number;
  readonly key: Buffer | null;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
}

/** Consecutive records of one partition: seqs `firstSeq..firstSeq + records.length - 1`. */
export interface PartitionBatch {
  readonly partition: number;
  readonly firstSeq: number;
  readonly records: readonly OutRecord[];
  /** Scheduled send time (`lh.sched`, wall-clock ms) of each record: latency counts from it. */
  readonly sched_ms: readonly number[];
}

/** What the broker answered for one partition of a send: the offset of its first record. */
export interface PartitionAck {
  readonly partition: number;
  /** -1 when unknown (acks=0, or an error code). */
  readonly baseOffset: number;
}

/** Sends batches in one client call; resolves with the acks (empty with acks=0), rejects on failure. */
export type SendBatches = (batches: readonly PartitionBatch[]) => Promise<readonly PartitionAck[]>;

export interface AckedRun {
  readonly partition: number;
  readonly offsetStart: number;
  readonly seqStart: number;
  readonly count: number;
}

/**
 * Maps a send's acks back to records: record k of a partition's batch is at `baseOffset + k`
 * (Kafka assigns consecutive offsets to the records of one batch, in order). Batches without a
 * usable ack come back in `unacked`.
 */
export function ackedRuns(
  batches: readonly PartitionBatch[],
  acks: readonly PartitionAck[],
): { acked: AckedRun[]; unacked: PartitionBatch[] } {
  const baseOffsetOf = new Map<number, number>();
  for (const ack of acks) baseOffsetOf.set(ack.partition, ack.baseOffset);
  const acked: AckedRun[] = [];
  const unacked: PartitionBatch[] = [];
  for (const batch of batches) {
    const baseOffset = baseOffsetOf.get(batch.partition);
    if (baseOffset === undefined || !Number.isSafeInteger(baseOffset) || baseOffset < 0) {
      unacked.push(batch);
      continue;
    }
    acked.push({
      partition: batch.partition,
      offsetStart: baseOffset,
      seqStart: batch.firstSeq,
      count: batch.records.length,
    });
  }
  return { acked, unacked };
}

export type Timing =
  /** Open loop: record i is due at `schedule.timeOf(i)`. */
  | { readonly kind: 'schedule'; readonly schedule: SendSchedule }
  /** Closed loop: as fast as acks come back, at most `inFlight` records pending; due when generated. */
  | { readonly kind: 'max'; readonly inFlight: number }
  /** The content's own schedule (`peekAt_ms`), from `start_ms`. */
  | { readonly kind: 'content'; readonly start_ms: number };

export interface ProducerEngineOptions {
  readonly runId: string;
  readonly producerId: string;
  readonly timing: Timing;
  readonly content: ContentSource;
  readonly chooser: PartitionChooser;
  /** Stop generating after this many records. */
  readonly count: number | null;
  /** Stop generating records due at or after this wall-clock time. */
  readonly end_ms: number | null;
  /** acks=0: sends resolve without offsets; records count as sent, never acked. */
  readonly acks: -1 | 0 | 1;
  /** 'partition': one client call per partition batch; 'all': one call for every ready partition. */
  readonly grouping: 'partition' | 'all';
  /**
   * Sends of one partition in flight at once (1: strict order even across retries). The engine
   * uses 1 until the client has acked a send, and again after any failed send until the next
   * ack: while the client (re)loads metadata or reconnects, concurrent calls can overtake.
   */
  readonly maxInFlightPerPartition: number;
  readonly linger_ms: number;
  readonly maxBatch_records: number;
  readonly maxBatch_bytes: number;
  readonly maxPending_records: number;
  readonly send: SendBatches;
  /** A short, bounded name of an error (kafkajs type or Kafka error name). */
  readonly errorType: (error: unknown) => string;
  readonly now: () => number;
  /** Called when a send settles: the driver should tick again soon. */
  readonly wake: () => void;
  readonly hooks?: ProducerHooks;
  /** Keep per-second counts of records handed to the client (for CLI summaries). */
  readonly perSecond?: boolean;
  /** Time 0 of the per-second counts (default: construction). */
  readonly start_ms?: number;
}

/** Per-record callbacks for metrics; called once per batch with counts. */
export interface ProducerHooks {
  sent(records: number, bytes: number): void;
  /** Latency of record i is `ack_ms - sched_ms[i]`. */
  acked(records: number, bytes: number, ack_ms: number, sched_ms: readonly number[]): void;
  failed(records: number, errorType: string): void;
}

/** Counters since the engine started. */
export interface ProducerCounters {
  scheduled: number;
  sent: number;
  acked: number;
  failed: number;
  bytesSent: number;
  bytesAcked: number;
  failedByError: Record<string, number>;
}

const MAX_ERROR_TYPES = 64;
const MAX_PER_SECOND = 86_400;
/** Per-record overhead counted against maxBatch_bytes: the stamp headers and record framing. */
const RECORD_OVERHEAD_BYTES = 96;

/** A FIFO of one partition's generated, unsent records (consecutive seqs, so the head's is known). */
class PartitionQueue {
  records: OutRecord[] = [];
  sched: number[] = [];
  head = 0;
  /** The seq the next generated record gets. */
  nextSeq = 0;

  get size(): number {
    return this.records.length - this.head;
  }

  get headSeq(): number {
    return this.nextSeq - this.size;
  }

  get headSched_ms(): number {
    return this.sched[this.head];
  }

  push(record: OutRecord, sched_ms: number): void {
    this.records.push(record);
    this.sched.push(sched_ms);
    this.nextSeq++;
  }

  take(partition: number, maxRecords: number, maxBytes: number): PartitionBatch {
    const firstSeq = this.headSeq;
    const start = this.head;
    let end = start;
    let bytes = 0;
    while (end < this.records.length && end - start < maxRecords) {
      const r = this.records[end];
      const size = r.value.length + (r.key?.length ?? 0) + RECORD_OVERHEAD_BYTES;
      if (end > start && bytes + size > maxBytes) break;
      bytes += size;
      end++;
    }
    const batch = {
      partition,
      firstSeq,
      records: this.records.slice(start, end),
      sched_ms: this.sched.slice(start, end),
    };
    this.head = end;
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records = this.records.slice(this.head);
      this.sched = this.sched.slice(this.head);
      this.head = 0;
    }
    return batch;
  }

  /** Empties the queue; returns how many records it held. */
  drain(): number {
    const n = this.size;
    this.records = [];
    this.sched = [];
    this.head = 0;
    return n;
  }
}

interface InFlightSend {
  readonly batches: readonly PartitionBatch[];
  readonly records: number;
  abandoned: boolean;
}

/**
 * The producer without a Kafka client: decides which records are due, gives each its partition
 * and per-partition sequence, batches them, and books the client's answers. Time comes from
 * `now()` and sends go through `send`, so tests drive it with a fake clock and a fake client.
 *
 * Ordering: a partition's batches are handed to the client in sequence order, at most
 * `maxInFlightPerPartition` of them unsettled at once (1 until the first ack and after a failure,
 * see the option). With 1, a partition's records reach the
 * broker in order even across retries; with more, sends pipeline (the open-loop schedule holds
 * while acks are slow) and only a retried send can land behind a later one, exactly as with
 * Kafka's `max.in.flight.requests.per.connection` > 1 without idempotence. When the limit is
 * reached, records wait in their partition's queue and the next send takes all of them (up to
 * the batch limits), so batches grow with the broker's latency instead of requests piling up.
 * Every record's latency counts from its scheduled time.
 */
export class ProducerEngine {
  readonly counters: ProducerCounters = {
    scheduled: 0,
    sent: 0,
    acked: 0,
    failed: 0,
    bytesSent: 0,
    bytesAcked: 0,
    failedByError: {},
  };
  /** Acked records since the last `takeLedger()`. */
  #ledger = new Ledger();
  /**
   * Produce latency of the current report interval: the reporter reads it and calls `reset()`
   * (one histogram per role for its whole life: no 190 KB allocation per interval).
   */
  readonly latency = new LatencyHistogram();
  readonly #o: ProducerEngineOptions;
  readonly #queues = new Map<number, PartitionQueue>();
  /** Sends in flight per partition. */
  readonly #busy = new Map<number, number>();
  readonly #inFlight = new Set<InFlightSend>();
  readonly #perSecond: number[] = [];
  readonly #start_ms: number;
  /** Records generated (the index of the next one). */
  #generated = 0;
  /** Content timing: scheduled times of the records generated in about the last second. */
  #recentSched: number[] = [];
  #recentHead = 0;
  /** Generated and not yet acked/failed/abandoned. */
  #pending = 0;
  #queued = 0;
  #generationDone = false;
  #lastTick_ms = Number.NEGATIVE_INFINITY;
  #inFlightRecords = 0;
  /** An ack arrived since the start or the last failed send: pipelining is safe. */
  #steady = false;
  /** At max rate: when the earliest held-back partition batch reaches its linger. */
  #lingerUntil_ms = Number.POSITIVE_INFINITY;

  constructor(options: ProducerEngineOptions) {
    this.#o = options;
    this.#start_ms = options.start_ms ?? options.now();
    // Validates the ids once, loudly, before any record.
    stampHeaders({ runId: options.runId, producerId: options.producerId, seq: 0, scheduledAt_ms: 0 });
    for (const p of options.chooser.partitions) this.#queues.set(p, new PartitionQueue());
  }

  /** Records generated and not yet settled. */
  get pending(): number {
    return this.#pending;
  }

  /** Records handed to the client and not settled. */
  get inFlight(): number {
    return this.#inFlightRecords;
  }

  /** No more records will be generated. */
  get generationDone(): boolean {
    return this.#generationDone;
  }

  /** Everything generated has settled and nothing more will be generated. */
  get finished(): boolean {
    return this.#generationDone && this.#pending === 0;
  }

  /** Records handed to the client per wall-clock second since the start (with `perSecond`). */
  get sentPerSecond(): readonly number[] {
    return this.#perSecond;
  }

  /**
   * The rate the engine aims at now (records/s; 0 at max rate). A load file's own schedule has no
   * rate of its own: its target is the records it scheduled in the last second.
   */
  targetRate_per_s(now_ms: number): number {
    const t = this.#o.timing;
    if (t.kind === 'schedule') return t.schedule.rateAt_per_s(now_ms);
    if (t.kind === 'max') return 0;
    this.#forgetSchedBefore(now_ms - 1000);
    return this.#recentSched.length - this.#recentHead;
  }

  /** Drops the content timing's scheduled times up to `cutoff_ms`; memory stays about a second's worth. */
  #forgetSchedBefore(cutoff_ms: number): void {
    const recent = this.#recentSched;
    while (this.#recentHead < recent.length && recent[this.#recentHead] <= cutoff_ms) this.#recentHead++;
    if (this.#recentHead > 1024 && this.#recentHead * 2 > recent.length) {
      this.#recentSched = recent.slice(this.#recentHead);
      this.#recentHead = 0;
    }
  }

  /** Stops generating; queued and in-flight records still go out. */
  stopGenerating(): void {
    this.#generationDone = true;
  }

  /** Re-anchors an open-loop schedule at a new constant rate from now. */
  setRate(rate_per_s: number): void {
    const t = this.#o.timing;
    assert(t.kind === 'schedule', 'setRate needs an open-loop schedule');
    t.schedule.setRate(rate_per_s, this.#o.now(), this.#generated);
  }

  /** The acked ledger since the previous call. */
  takeLedger(): Ledger {
    return this.#ledger.takeDelta();
  }

  /**
   * How late the sender is: the age of the oldest due record not yet handed to the client (0 at
   * max rate, where nothing has a schedule). Never hidden: a stalled broker or client shows here.
   */
  behindSchedule_ms(now_ms: number): number {
    if (this.#o.timing.kind === 'max') return 0;
    let oldest = Number.POSITIVE_INFINITY;
    for (const q of this.#queues.values()) {
      if (q.size > 0) oldest = Math.min(oldest, q.headSched_ms);
    }
    if (!this.#generationDone) oldest = Math.min(oldest, this.#nextDue_ms());
    return oldest <= now_ms ? now_ms - oldest : 0;
  }

  /**
   * Generates what is due, sends what is ready, and returns when to tick next (wall-clock ms;
   * Infinity: only when a send settles, which calls `wake`).
   */
  tick(): number {
    const now = this.#o.now();
    this.#lastTick_ms = now;
    this.#generate(now);
    this.#dispatch(now);
    if (this.#generationDone) return Number.POSITIVE_INFINITY;
    const o = this.#o;
    let next: number;
    if (o.timing.kind === 'max') {
      next = this.#lingerUntil_ms;
    } else {
      const due = this.#nextDue_ms();
      // Blocked by the pending bound: the next settle wakes us.
      next = due <= now ? Number.POSITIVE_INFINITY : Math.max(due, this.#lastTick_ms + o.linger_ms);
    }
    if (o.end_ms !== null) next = Math.min(next, Math.max(o.end_ms, now));
    return next;
  }

  /**
   * Gives up on everything not settled (the drain timed out): queued records and in-flight sends
   * count as failed with `reason`; late answers to abandoned sends are ignored.
   */
  abandon(reason: string): void {
    this.#generationDone = true;
    for (const q of this.#queues.values()) {
      const n = q.drain();
      if (n > 0) this.#fail(n, reason);
      this.#queued -= n;
      this.#pending -= n;
    }
    for (const send of this.#inFlight) {
      send.abandoned = true;
      this.#fail(send.records, reason);
      this.#pending -= send.records;
      this.#inFlightRecords -= send.records;
    }
    this.#busy.clear();
    this.#inFlight.clear();
  }

  #nextDue_ms(): number {
    const t = this.#o.timing;
    switch (t.kind) {
      case 'schedule':
        return t.schedule.timeOf(this.#generated);
      case 'content':
        return t.start_ms + (this.#o.content.peekAt_ms?.() ?? Number.POSITIVE_INFINITY);
      case 'max':
        return this.#o.now();
    }
  }

  #generate(now: number): void {
    if (this.#generationDone) return;
    const o = this.#o;
    const t = o.timing;
    if (o.end_ms !== null && now >= o.end_ms && t.kind === 'max') {
      this.#generationDone = true;
      return;
    }
    // At max rate `inFlight` records are meant to be at the broker; batches filling up in the
    // partition queues (up to one each) come on top, or the pipe would run below the window.
    const maxPending =
      t.kind === 'max'
        ? Math.min(t.inFlight + this.#queues.size * o.maxBatch_records, o.maxPending_records)
        : o.maxPending_records;
    const limit = o.count ?? Number.POSITIVE_INFINITY;
    while (this.#pending < maxPending) {
      if (this.#generated >= limit) {
        this.#generationDone = true;
        return;
      }
      let sched: number;
      if (t.kind === 'schedule') {
        sched = t.schedule.timeOf(this.#generated);
        if (sched > now) return;
      } else if (t.kind === 'content') {
        sched = t.start_ms + (o.content.peekAt_ms?.() ?? Number.POSITIVE_INFINITY);
        if (sched === Number.POSITIVE_INFINITY) {
          this.#generationDone = true;
          return;
        }
        if (sched > now) return;
      } else {
        sched = now;
      }
      if (o.end_ms !== null && sched >= o.end_ms) {
        this.#generationDone = true;
        return;
      }
      const content = o.content.next(sched);
      if (content === undefined) {
        this.#generationDone = true;
        return;
      }
      if (t.kind === 'content') {
        this.#recentSched.push(sched);
        // Bounded even when nobody asks for the target rate (a standalone producer without reports).
        if (this.#recentSched.length - this.#recentHead > 4096) this.#forgetSchedBefore(now - 1000);
      }
      const partition = o.chooser.choose(content.key);
      const queue = this.#queues.get(partition)!;
      const stamp = stampHeaders({
        runId: o.runId,
        producerId: o.producerId,
        seq: queue.nextSeq,
        scheduledAt_ms: sched,
      });
      const headers =
        content.recordName === undefined ? stamp : { record_name: content.recordName, ...stamp };
      queue.push({ partition, key: content.key, value: content.value, headers }, sched);
      this.#generated++;
      this.#pending++;
      this.#queued++;
      this.counters.scheduled++;
    }
  }

  #dispatch(now: number): void {
    this.#lingerUntil_ms = Number.POSITIVE_INFINITY;
    if (this.#queued === 0) return;
    const o = this.#o;
    const maxInFlight = this.#steady ? o.maxInFlightPerPartition : 1;
    // At max rate acks come back all the time; sending on each would make many small requests.
    // A partition with a send in flight accumulates until a full batch or one linger (like
    // Kafka's batch.size and linger.ms); an idle one sends at once.
    const holdUntilFull = o.timing.kind === 'max' && !this.#generationDone;
    let group: PartitionBatch[] = [];
    for (const [partition, queue] of this.#queues) {
      const busy = this.#busy.get(partition) ?? 0;
      if (queue.size === 0 || busy >= maxInFlight) continue;
      if (holdUntilFull && busy > 0 && queue.size < o.maxBatch_records) {
        const until = queue.headSched_ms + o.linger_ms;
        if (until > now) {
          this.#lingerUntil_ms = Math.min(this.#lingerUntil_ms, until);
          continue;
        }
      }
      const batch = queue.take(partition, o.maxBatch_records, o.maxBatch_bytes);
      this.#queued -= batch.records.length;
      this.#busy.set(partition, busy + 1);
      group.push(batch);
      if (o.grouping === 'partition') {
        this.#send(group, now);
        group = [];
      }
    }
    if (group.length > 0) this.#send(group, now);
  }

  #send(batches: readonly PartitionBatch[], now: number): void {
    let records = 0;
    let bytes = 0;
    for (const b of batches) {
      records += b.records.length;
      for (const r of b.records) bytes += r.value.length;
    }
    const send: InFlightSend = { batches, records, abandoned: false };
    this.#inFlight.add(send);
    this.#inFlightRecords += records;
    this.counters.sent += records;
    this.counters.bytesSent += bytes;
    this.#o.hooks?.sent(records, bytes);
    if (this.#o.perSecond) {
      const second = Math.floor((now - this.#start_ms) / 1000);
      if (second >= 0 && second < MAX_PER_SECOND) {
        while (this.#perSecond.length <= second) this.#perSecond.push(0);
        this.#perSecond[second] += records;
      }
    }
    let promise: Promise<readonly PartitionAck[]>;
    try {
      promise = this.#o.send(batches);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (acks) => this.#settle(send, acks, undefined),
      (error: unknown) => this.#settle(send, [], error ?? new Error('send rejected')),
    );
  }

  #settle(send: InFlightSend, acks: readonly PartitionAck[], error: unknown): void {
    if (send.abandoned) return;
    this.#inFlight.delete(send);
    this.#inFlightRecords -= send.records;
    this.#pending -= send.records;
    for (const b of send.batches) {
      const n = (this.#busy.get(b.partition) ?? 1) - 1;
      if (n > 0) this.#busy.set(b.partition, n);
      else this.#busy.delete(b.partition);
    }
    const o = this.#o;
    this.#steady = error === undefined;
    if (error !== undefined) {
      this.#fail(send.records, o.errorType(error));
    } else if (o.acks !== 0) {
      const now = o.now();
      const { acked, unacked } = ackedRuns(send.batches, acks);
      for (const run of acked) {
        this.#ledger.recordRun(run.partition, run.offsetStart, o.producerId, run.seqStart, run.count);
      }
      for (const b of send.batches) {
        if (unacked.includes(b)) continue;
        let bytes = 0;
        for (let i = 0; i < b.records.length; i++) {
          this.latency.record(now - b.sched_ms[i]);
          bytes += b.records[i].value.length;
        }
        this.counters.acked += b.records.length;
        this.counters.bytesAcked += bytes;
        o.hooks?.acked(b.records.length, bytes, now, b.sched_ms);
      }
      for (const b of unacked) this.#fail(b.records.length, 'MissingPartitionAck');
    }
    o.wake();
  }

  #fail(records: number, type: string): void {
    const byError = this.counters.failedByError;
    const key =
      Object.hasOwn(byError, type) || Object.keys(byError).length < MAX_ERROR_TYPES
        ? type.slice(0, 128)
        : 'other';
    byError[key] = (byError[key] ?? 0) + records;
    this.counters.failed += records;
    this.#o.hooks?.failed(records, key);
  }
}
