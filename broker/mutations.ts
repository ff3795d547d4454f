// Test-only broker mutations (--enable-fault-injection): drop, duplicate or reorder acked records, or stall a partition.
//
// They exist so that `scenarios/suites/self-test.yaml` can prove that each continuity and progress
// checker catches the failure it is for. Each one misbehaves in exactly one way, so that exactly
// one assertion fails (mutationCatchers in scenarios/suite.ts):
//
// - drop-acked -> continuity.lost: the next `count` acked records (whole batches) are hidden from
//   every Fetch. The batches are hidden as soon as the engine assigns their offsets, before they
//   can become durable and visible, so no reader ever sees them; the producer gets its ack.
// - duplicate -> continuity.duplicated: once a batch is acked, a copy of it (same records, same
//   headers; producer id, epoch and sequence cleared so idempotence lets it through) is appended
//   through the engine's normal path, at new offsets.
// - reorder -> continuity.reordered: a producer's batch A is acked at once with an offset a gap
//   ahead of the log end (`reorderGap_offsets`), and held back. Its next batch B is written first,
//   at the log end, spanning the gap (lastOffsetDelta stretched, like a compacted batch), and A
//   right after it, at the offset its ack named. B's records (higher sequence numbers) end up at
//   lower offsets than A's, and every record is at the offset its ack named. Reordering at Fetch
//   time would move records away from their acked offsets, which continuity.inconsistent catches
//   too; and a held-back ack cannot wait for B, because idempotent producers have one request in
//   flight. If B does not come within `reorderHold_ms`, A is written alone at its offset behind
//   an unstamped filler record (no reorder, the self-test then fails, as it should).
// - stall-partition -> progress.stall: for `for_ms`, Fetch returns no records for the partition
//   (and counts none, so long polls wait instead of spinning); produce is untouched.
//
// What a mutation did stays in effect: hidden records stay hidden after DELETE (a real loss would
// not heal either). Copies and reordered batches are in the WAL like any others; the mutations and
// the hidden offsets live in memory only, so hidden records reappear after a restart.
import { z } from 'zod';
import type { Logger } from '../common/log.ts';
import { AdminRequestError, type AdminRoute } from './admin.ts';
import { buildBatch, computeBatchCrc, scanBatches } from './protocol/records.ts';
import type { AppendBatch, AppendResult, ReadResult, StorageEngine } from './storage/engine.ts';
import type { PartitionLog } from './storage/partition-log.ts';

export const mutationKinds = ['drop-acked', 'duplicate', 'reorder', 'stall-partition'] as const;
export type MutationKind = (typeof mutationKinds)[number];

/** Mutations kept (armed and finished, for GET); the oldest finished one goes first. */
const maxMutations = 256;
/** Offset ranges kept per mutation for GET. */
const maxAffectedRanges = 64;
const maxCount_records = 100_000;
const maxStall_ms = 3_600_000;

/** Record batch v2 header fields rewritten here (layout in protocol/records.ts). */
const field = {
  crc: 17,
  lastOffsetDelta: 23,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
} as const;

/** `PUT /faults/mutations`. */
export const armRequestSchema = z
  .strictObject({
    mutation: z.enum(mutationKinds),
    topic: z.string().min(1),
    partition: z.number().int().min(0),
    count: z.number().int().min(1).max(maxCount_records).default(1).describe('records affected'),
    for_ms: z.number().int().min(1).max(maxStall_ms).optional().describe('stall-partition only'),
  })
  .superRefine((value, ctx) => {
    if (value.mutation === 'stall-partition' && value.for_ms === undefined)
      ctx.addIssue({ code: 'custom', path: ['for_ms'], message: 'stall-partition needs for_ms' });
    if (value.mutation !== 'stall-partition' && value.for_ms !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['for_ms'],
        message: `only stall-partition lasts; ${value.mutation} takes count`,
      });
  });
export type ArmRequest = z.infer<typeof armRequestSchema>;

/** `DELETE /faults/mutations`: everything, one topic, or one partition. */
export const clearRequestSchema = z
  .strictObject({ topic: z.string().min(1).optional(), partition: z.number().int().min(0).optional() })
  .refine((value) => value.partition === undefined || value.topic !== undefined, {
    path: ['partition'],
    message: 'partition needs topic',
  })
  .optional();

/** Offsets a mutation touched (inclusive), and how. */
export interface AffectedRange {
  readonly from: number;
  readonly to: number;
  readonly as: 'hidden' | 'original' | 'copy' | 'moved-ahead' | 'held-back' | 'filler';
}

/**
 * `armed`: waiting for appends (or stalling); `applied`: did its work (its effects remain);
 * `cleared`: disarmed before it affected anything.
 */
export type MutationState = 'armed' | 'applied' | 'cleared';

export interface MutationView {
  readonly id: number;
  readonly mutation: MutationKind;
  readonly topic: string;
  readonly partition: number;
  readonly count: number;
  readonly for_ms?: number;
  readonly state: MutationState;
  readonly armedAt_ms: number;
  readonly endedAt_ms?: number;
  /** Records affected so far (hidden, copied, moved ahead). */
  readonly records: number;
  readonly affected: readonly AffectedRange[];
  readonly error?: string;
}

interface Mutation {
  readonly id: number;
  readonly kind: MutationKind;
  readonly topic: string;
  readonly topicId: string;
  readonly partition: number;
  readonly count: number;
  readonly for_ms: number | undefined;
  readonly armedAt_ms: number;
  state: MutationState;
  endedAt_ms: number | undefined;
  records: number;
  /** Records in appends that are being mutated and are not durable yet. */
  pendingRecords: number;
  readonly affected: AffectedRange[];
  error: string | undefined;
}

interface HeldBatch {
  readonly mutation: Mutation;
  readonly log: PartitionLog;
  /** Its own copy of the bytes: the request frame is not ours to keep. */
  readonly batch: AppendBatch;
  /** The offset its ack named. */
  readonly promised: number;
  readonly timer: NodeJS.Timeout;
}

interface PartitionMutations {
  /** Base offsets of the batches no Fetch returns (drop-acked). */
  readonly hidden: Set<number>;
  /** The armed drop-acked, duplicate or reorder mutation that acts on appends. */
  writer: Mutation | undefined;
  stall: { readonly mutation: Mutation; readonly until_ms: number } | undefined;
  /** reorder: the acked batch waiting for the next one. */
  held: HeldBatch | undefined;
}

export interface MutationOptions {
  /** How far ahead of the log end a held-back batch's ack points; the next batch must fit in it. */
  readonly reorderGap_offsets?: number;
  /** How long a held-back batch waits for the next batch of its producer. */
  readonly reorderHold_ms?: number;
  readonly now?: () => number;
}

const keyOf = (topicId: string, partition: number): string => `${topicId}/${partition}`;

/** `field: problem` per issue, so that a 400 names what to fix. */
function issuesOf(error: z.ZodError, known: string): string {
  return error.issues
    .map((i) =>
      i.code === 'unrecognized_keys'
        ? `${i.keys.join(', ')}: unknown field (known: ${known})`
        : `${i.path.length > 0 ? i.path.join('.') : 'body'}: ${i.message}`,
    )
    .join('; ');
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function rewriteCrc(bytes: Buffer): Buffer {
  bytes.writeUInt32BE(computeBatchCrc(bytes), field.crc);
  return bytes;
}

/** A copy of a batch that idempotence does not recognise: producer id, epoch and sequence -1. */
export function copyAsPlainBatch(batch: AppendBatch): AppendBatch {
  const bytes = Buffer.from(batch.bytes);
  bytes.writeBigInt64BE(-1n, field.producerId);
  bytes.writeInt16BE(-1, field.producerEpoch);
  bytes.writeInt32BE(-1, field.baseSequence);
  return {
    bytes: rewriteCrc(bytes),
    lastOffsetDelta: batch.lastOffsetDelta,
    recordCount: batch.recordCount,
    maxTimestamp: batch.maxTimestamp,
    producerId: -1n,
    producerEpoch: -1,
    baseSequence: -1,
  };
}

/** A copy of a batch that spans `span` offsets; its records keep their offset deltas. */
function stretched(bytes: Buffer, span: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeInt32BE(span - 1, field.lastOffsetDelta);
  return rewriteCrc(copy);
}

/** One unstamped record at the end of `span` offsets: keeps a held-back batch at its acked offset. */
function fillerBatch(span: number, timestamp_ms: number): AppendBatch {
  const bytes = buildBatch({
    records: [{ key: null, value: null, offsetDelta: span - 1 }],
    baseTimestamp: BigInt(timestamp_ms),
  });
  return {
    bytes,
    lastOffsetDelta: span - 1,
    recordCount: 1,
    maxTimestamp: timestamp_ms,
    producerId: -1n,
    producerEpoch: -1,
    baseSequence: -1,
  };
}

/** The armed mutations of one broker, applied by the Produce and Fetch handlers. */
export class BrokerMutations {
  private readonly engine: StorageEngine;
  private readonly logger: Logger;
  private readonly reorderGap_offsets: number;
  private readonly reorderHold_ms: number;
  private readonly now: () => number;
  private readonly mutations: Mutation[] = [];
  private readonly partitions = new Map<string, PartitionMutations>();
  private nextId = 1;

  constructor(engine: StorageEngine, logger: Logger, options: MutationOptions = {}) {
    this.engine = engine;
    this.logger = logger;
    this.reorderGap_offsets = options.reorderGap_offsets ?? 1000;
    this.reorderHold_ms = options.reorderHold_ms ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  // ------------------------------------------------------------------ admin

  /** Arms a mutation; throws AdminRequestError 400 (naming the field) or 409. */
  arm(body: unknown): MutationView {
    const parsed = armRequestSchema.safeParse(body);
    if (!parsed.success)
      throw new AdminRequestError(400, issuesOf(parsed.error, 'mutation, topic, partition, count, for_ms'));
    const request = parsed.data;
    const topic = this.engine.topic(request.topic);
    if (!topic) throw new AdminRequestError(400, `topic: no topic "${request.topic}" on this broker`);
    if (request.partition >= topic.partitions) {
      throw new AdminRequestError(
        400,
        `partition: topic ${topic.name} has partitions 0-${topic.partitions - 1}, not ${request.partition}`,
      );
    }
    if (!this.engine.partitionLog(topic.name, request.partition)) {
      throw new AdminRequestError(
        400,
        `partition: ${topic.name}-${request.partition} is not served by this broker; arm it on its leader`,
      );
    }
    const key = keyOf(topic.topicId, request.partition);
    let state = this.partitions.get(key);
    if (!state) {
      state = { hidden: new Set(), writer: undefined, stall: undefined, held: undefined };
      this.partitions.set(key, state);
    }
    this.expireStall(state);
    const busy =
      request.mutation === 'stall-partition' ? state.stall?.mutation : (state.writer ?? state.held?.mutation);
    if (busy) {
      throw new AdminRequestError(
        409,
        `${topic.name}-${request.partition} already has an armed ${busy.kind} mutation (id ${busy.id}); DELETE /faults/mutations first`,
      );
    }
    if (this.mutations.length >= maxMutations) {
      const finished = this.mutations.findIndex((m) => m.state !== 'armed');
      if (finished < 0)
        throw new AdminRequestError(409, `${maxMutations} mutations are armed; clear some first`);
      this.mutations.splice(finished, 1);
    }
    const mutation: Mutation = {
      id: this.nextId++,
      kind: request.mutation,
      topic: topic.name,
      topicId: topic.topicId,
      partition: request.partition,
      count: request.count,
      for_ms: request.for_ms,
      armedAt_ms: this.now(),
      state: 'armed',
      endedAt_ms: undefined,
      records: 0,
      pendingRecords: 0,
      affected: [],
      error: undefined,
    };
    this.mutations.push(mutation);
    if (request.mutation === 'stall-partition') {
      state.stall = { mutation, until_ms: mutation.armedAt_ms + (request.for_ms ?? 0) };
    } else {
      state.writer = mutation;
    }
    const view = this.view(mutation);
    this.logger.warn({ mutation: view }, 'self-test mutation armed');
    return view;
  }

  /** Every mutation kept, oldest first. */
  list(): MutationView[] {
    for (const state of this.partitions.values()) this.expireStall(state);
    return this.mutations.map((m) => this.view(m));
  }

  /**
   * Disarms the armed mutations (all, of a topic, or of a partition) and ends stalls; a held-back
   * batch is written at its acked offset. What applied mutations did stays. Returns those it ended.
   */
  async clear(body?: unknown): Promise<MutationView[]> {
    const parsed = clearRequestSchema.safeParse(body);
    if (!parsed.success) throw new AdminRequestError(400, issuesOf(parsed.error, 'topic, partition'));
    const filter = parsed.data ?? {};
    const ended: Mutation[] = [];
    for (const m of this.mutations) {
      if (m.state !== 'armed') continue;
      if (filter.topic !== undefined && m.topic !== filter.topic) continue;
      if (filter.partition !== undefined && m.partition !== filter.partition) continue;
      const state = this.partitions.get(keyOf(m.topicId, m.partition));
      if (state?.held?.mutation === m) await this.release(state, 'the mutation was cleared');
      if (state?.writer === m) state.writer = undefined;
      if (state?.stall?.mutation === m) state.stall = undefined;
      this.finish(m, m.records > 0 || m.kind === 'stall-partition' ? 'applied' : 'cleared');
      ended.push(m);
    }
    if (ended.length > 0)
      this.logger.warn({ cleared: ended.map((m) => m.id) }, 'self-test mutations cleared');
    return ended.map((m) => this.view(m));
  }

  /** Ends every mutation (a held-back batch is written); for shutdown. */
  async close(): Promise<void> {
    await this.clear();
  }

  private view(m: Mutation): MutationView {
    return {
      id: m.id,
      mutation: m.kind,
      topic: m.topic,
      partition: m.partition,
      count: m.count,
      ...(m.for_ms !== undefined ? { for_ms: m.for_ms } : {}),
      state: m.state,
      armedAt_ms: m.armedAt_ms,
      ...(m.endedAt_ms !== undefined ? { endedAt_ms: m.endedAt_ms } : {}),
      records: m.records,
      affected: [...m.affected],
      ...(m.error !== undefined ? { error: m.error } : {}),
    };
  }

  private finish(m: Mutation, state: Exclude<MutationState, 'armed'>): void {
    if (m.state !== 'armed') return;
    m.state = state;
    m.endedAt_ms = this.now();
    const partition = this.partitions.get(keyOf(m.topicId, m.partition));
    if (partition?.writer === m) partition.writer = undefined;
    if (state === 'applied')
      this.logger.warn({ mutation: this.view(m) }, `self-test mutation ${m.kind} applied`);
  }

  private affect(m: Mutation, from: number, count: number, as: AffectedRange['as']): void {
    if (m.affected.length < maxAffectedRanges) m.affected.push({ from, to: from + count - 1, as });
  }

  private expireStall(state: PartitionMutations): void {
    if (state.stall && this.now() >= state.stall.until_ms) {
      this.finish(state.stall.mutation, 'applied');
      state.stall = undefined;
    }
  }

  // ------------------------------------------------------------------ Fetch

  /** What Fetch returns of a partition's read: without hidden batches, or nothing while stalled. */
  filterRead(log: PartitionLog, read: ReadResult): ReadResult {
    const state = this.partitions.get(keyOf(log.topicId, log.partition));
    if (!state) return read;
    this.expireStall(state);
    if (state.stall) return { ...read, records: [], bytes: 0 };
    if (state.hidden.size === 0) return read;
    const records: Buffer[] = [];
    let dropped = false;
    for (const buffer of read.records) {
      for (const { header, bytes } of scanBatches(buffer).batches) {
        if (state.hidden.has(Number(header.baseOffset))) dropped = true;
        else records.push(bytes);
      }
    }
    return dropped ? { ...read, records, bytes: sum(records.map((r) => r.length)) } : read;
  }

  // ------------------------------------------------------------------ Produce

  /** `engine.append`, with the partition's armed write mutation applied. */
  append(log: PartitionLog, batches: readonly AppendBatch[]): Promise<AppendResult> {
    const state = this.partitions.get(keyOf(log.topicId, log.partition));
    if (state?.held) return this.appendAfterHeld(state, state.held, log, batches);
    const m = state?.writer;
    if (!state || !m || m.records + m.pendingRecords >= m.count) return this.engine.append(log, batches);
    switch (m.kind) {
      case 'drop-acked':
        return this.appendHidden(state, m, log, batches);
      case 'duplicate':
        return this.appendDuplicated(m, log, batches);
      case 'reorder':
        return this.holdBack(state, m, log, batches);
      default:
        return this.engine.append(log, batches);
    }
  }

  /**
   * Appends and says where each batch went. The engine assigns offsets synchronously when append
   * is called; undefined when not every batch was placed (a retry the log already holds).
   */
  private place(
    log: PartitionLog,
    batches: readonly AppendBatch[],
  ): { done: Promise<AppendResult>; bases: number[] | undefined } {
    const before = log.nextOffset;
    const done = this.engine.append(log, batches);
    const spans = batches.map((b) => b.lastOffsetDelta + 1);
    if (log.nextOffset - before !== sum(spans)) return { done, bases: undefined };
    const bases: number[] = [];
    let next = before;
    for (const span of spans) {
      bases.push(next);
      next += span;
    }
    return { done, bases };
  }

  private async appendHidden(
    state: PartitionMutations,
    m: Mutation,
    log: PartitionLog,
    batches: readonly AppendBatch[],
  ): Promise<AppendResult> {
    const { done, bases } = this.place(log, batches);
    if (!bases) return done;
    // Hidden before the batches can become durable, so that no reader ever sees them.
    for (const base of bases) state.hidden.add(base);
    const records = sum(batches.map((b) => b.recordCount));
    m.pendingRecords += records;
    try {
      const result = await done;
      m.records += records;
      for (const [i, b] of batches.entries()) this.affect(m, bases[i], b.lastOffsetDelta + 1, 'hidden');
      if (m.records >= m.count) this.finish(m, 'applied');
      return result;
    } catch (error) {
      // Not acked: the client retries, and the retry is hidden instead.
      for (const base of bases) state.hidden.delete(base);
      throw error;
    } finally {
      m.pendingRecords -= records;
    }
  }

  private async appendDuplicated(
    m: Mutation,
    log: PartitionLog,
    batches: readonly AppendBatch[],
  ): Promise<AppendResult> {
    const { done, bases } = this.place(log, batches);
    if (!bases) return done;
    const records = sum(batches.map((b) => b.recordCount));
    m.pendingRecords += records;
    try {
      const result = await done;
      const copies = batches.map(copyAsPlainBatch);
      const copy = this.place(log, copies);
      try {
        await copy.done;
        m.records += records;
        for (const [i, b] of batches.entries()) {
          this.affect(m, bases[i], b.lastOffsetDelta + 1, 'original');
          if (copy.bases) this.affect(m, copy.bases[i], b.lastOffsetDelta + 1, 'copy');
        }
        if (m.records >= m.count) this.finish(m, 'applied');
      } catch (error) {
        m.error = `appending the copy failed: ${(error as Error).message}`;
        this.logger.warn({ err: error, mutation: m.id }, 'duplicate: appending the copy failed; still armed');
      }
      return result;
    } finally {
      m.pendingRecords -= records;
    }
  }

  /** reorder, first half: ack the batch with an offset a gap ahead of the log end, and keep it. */
  private holdBack(
    state: PartitionMutations,
    m: Mutation,
    log: PartitionLog,
    batches: readonly AppendBatch[],
  ): Promise<AppendResult> {
    const [batch] = batches;
    // Only a single batch the engine would take as it is (not a retry, not out of sequence).
    if (batches.length !== 1) return this.engine.append(log, batches);
    if (batch.producerId >= 0n && log.producers.check(batch).kind !== 'accept')
      return this.engine.append(log, batches);
    const promised = log.nextOffset + this.reorderGap_offsets;
    const timer = setTimeout(() => {
      void this.release(state, `no next batch within ${this.reorderHold_ms} ms`);
    }, this.reorderHold_ms);
    timer.unref();
    state.held = { mutation: m, log, batch: { ...batch, bytes: Buffer.from(batch.bytes) }, promised, timer };
    state.writer = undefined;
    this.logger.info(
      { mutation: m.id, topic: log.topic, partition: log.partition, promised, records: batch.recordCount },
      'reorder: batch acked ahead of the log end and held back',
    );
    return Promise.resolve({
      baseOffset: promised,
      logStartOffset: log.logStartOffset,
      logAppendTime_ms: -1,
    });
  }

  /**
   * reorder, second half: the held producer's next batch goes first, stretched to end right before
   * the held batch's acked offset, and the held batch right after it.
   */
  private async appendAfterHeld(
    state: PartitionMutations,
    held: HeldBatch,
    log: PartitionLog,
    batches: readonly AppendBatch[],
  ): Promise<AppendResult> {
    const a = held.batch;
    const [b] = batches;
    const follows =
      batches.length === 1 &&
      b.producerId === a.producerId &&
      b.producerEpoch === a.producerEpoch &&
      (a.producerId < 0n || b.baseSequence === a.baseSequence + a.recordCount);
    const span = held.promised - log.nextOffset;
    if (!follows || b.lastOffsetDelta + 1 > span) {
      await this.release(
        state,
        follows ? 'the next batch does not fit in the gap' : 'another batch came first',
      );
      return this.append(log, batches);
    }
    clearTimeout(held.timer);
    state.held = undefined;
    const m = held.mutation;
    // The engine checks sequences in log order, so the two entries trade sequence claims: the
    // producer state then remembers A's sequences first and B's next, as the producer sent them.
    const ahead: AppendBatch = {
      ...a,
      bytes: stretched(b.bytes, span),
      lastOffsetDelta: span - 1,
      maxTimestamp: b.maxTimestamp,
    };
    const behind: AppendBatch = { ...a, baseSequence: b.baseSequence, recordCount: b.recordCount };
    const first = log.nextOffset;
    m.pendingRecords += b.recordCount;
    try {
      const result = await this.engine.append(log, [ahead, behind]);
      m.records += b.recordCount;
      this.affect(m, first, b.lastOffsetDelta + 1, 'moved-ahead');
      this.affect(m, held.promised, a.lastOffsetDelta + 1, 'held-back');
      if (m.records >= m.count) this.finish(m, 'applied');
      else if (m.state === 'armed') state.writer ??= m;
      return result;
    } catch (error) {
      // Nothing was written: hold A again; B's retry gets another chance.
      if (!state.held && m.state === 'armed') {
        const timer = setTimeout(
          () => void this.release(state, 'no retry of the next batch'),
          this.reorderHold_ms,
        );
        timer.unref();
        state.held = { ...held, timer };
      }
      throw error;
    } finally {
      m.pendingRecords -= b.recordCount;
    }
  }

  /** Writes a held-back batch alone at its acked offset, behind a filler record; no reorder. */
  private async release(state: PartitionMutations, reason: string): Promise<void> {
    const held = state.held;
    if (!held) return;
    clearTimeout(held.timer);
    state.held = undefined;
    const { log, batch, promised, mutation: m } = held;
    if (m.state === 'armed') state.writer ??= m;
    const span = promised - log.nextOffset;
    const filler = span >= 1 ? [fillerBatch(span, batch.maxTimestamp)] : [];
    if (span < 1) m.error = `the held batch acked at ${promised} could not be written there`;
    this.logger.warn(
      { mutation: m.id, topic: log.topic, partition: log.partition, promised, reason },
      'reorder: writing the held-back batch alone',
    );
    try {
      const { done, bases } = this.place(log, [...filler, batch]);
      await done;
      if (span >= 1 && bases) this.affect(m, bases[0], span, 'filler');
    } catch (error) {
      m.error = `the held batch acked at ${promised} was lost: ${(error as Error).message}`;
      this.logger.error({ err: error, mutation: m.id }, m.error);
    }
  }
}

/** `GET`, `PUT`, `DELETE /faults/mutations` (served only with --enable-fault-injection). */
export function mutationRoutes(mutations: BrokerMutations): AdminRoute[] {
  return [
    { method: 'GET', path: '/faults/mutations', handle: () => ({ mutations: mutations.list() }) },
    { method: 'PUT', path: '/faults/mutations', handle: (body) => ({ mutation: mutations.arm(body) }) },
    {
      method: 'DELETE',
      path: '/faults/mutations',
      handle: async (body) => ({ cleared: await mutations.clear(body) }),
    },
  ];
}
