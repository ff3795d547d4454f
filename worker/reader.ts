// The reader role: reads every partition from a start position to the end offsets, reports what it saw and how fast.
import type { Admin, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { ReaderRoleSpec, RoleReport } from '../common/bus/roles.ts';
import { describeError, UserError } from '../common/errors.ts';
import type { KafkaHeaders } from '../common/stamp.ts';
import { now_ms } from './clock.ts';
import type { ConsumerRoleOptions } from './consumer.ts';
import { connectAdmin, createKafka, topicOffsets, topicPartitions, withDeadline } from './kafka.ts';
import { createConsumer, seekOnJoin } from './kafka-consumer.ts';
import type { RoleMetrics } from './metrics.ts';
import { assembleReports, IntervalRate } from './report.ts';
import { disconnectQuietly, RoleBase, type RoleContext } from './role.ts';
import { readingCounters, SeenTracker } from './seen-tracker.ts';

/** Where each partition starts and ends; partitions with start >= end are done before reading. */
export interface ReadPlan {
  readonly start: ReadonlyMap<number, number>;
  readonly end: ReadonlyMap<number, number>;
}

/**
 * The plan of a reader: `from` offsets (or the log start) up to `endOffsets` (or the high
 * watermarks now). A start below the log start begins at the log start (those records are gone);
 * partitions the spec's offsets name but the topic lacks are an error.
 */
export function readPlan(
  spec: Pick<ReaderRoleSpec, 'from' | 'endOffsets' | 'topic'>,
  watermarks: ReadonlyMap<number, { readonly low: number; readonly high: number }>,
): ReadPlan {
  const start = new Map<number, number>();
  const end = new Map<number, number>();
  const named = [
    ...(spec.from === 'earliest' ? [] : Object.keys(spec.from.offsets)),
    ...Object.keys(spec.endOffsets ?? {}),
  ];
  for (const key of named) {
    if (!/^\d+$/.test(key) || !watermarks.has(Number(key))) {
      throw new UserError(`reader: topic ${spec.topic} has no partition "${key}"`);
    }
  }
  for (const [p, { low, high }] of watermarks) {
    const from = spec.from === 'earliest' ? low : (spec.from.offsets[String(p)] ?? low);
    start.set(p, Math.max(low, from));
    end.set(p, spec.endOffsets?.[String(p)] ?? high);
  }
  return { start, end };
}

/**
 * Explicit assignment of every partition that has something to read, a seek to its start at the
 * join, and per partition: records below its end are booked, the partition is paused when its
 * position reaches the end; the role is done when every partition is. Records before the start
 * (a fetch that raced the seek) and at or beyond the end are not booked.
 */
export class ReaderRole extends RoleBase {
  declare readonly spec: ReaderRoleSpec;
  readonly #options: ConsumerRoleOptions;
  readonly #metrics: RoleMetrics | undefined;
  readonly #tracker: SeenTracker;
  readonly #start_ms = now_ms();
  #kafka: Kafka | undefined;
  #admin: Admin | undefined;
  #consumer: Consumer | undefined;
  #plan: ReadPlan | undefined;
  readonly #remaining = new Set<number>();
  #reachedEnd_ms: number | undefined;
  #finish: ((error?: unknown) => void) | undefined;
  #untrack: (() => void) | undefined;
  #reportSeq = 0;
  #lastReport_ms = now_ms();
  #rate = new IntervalRate(now_ms());

  constructor(spec: ReaderRoleSpec, ctx: RoleContext, options: ConsumerRoleOptions = {}) {
    super(spec, ctx);
    this.#options = options;
    this.#metrics = ctx.metrics?.role('reader', spec.metricsTopic ?? spec.topic);
    this.#tracker = new SeenTracker({
      runId: spec.runId,
      anyRun: spec.anyRun,
      decode: spec.decode,
      onLatency: this.#metrics?.endToEnd,
    });
  }

  get tracker(): SeenTracker {
    return this.#tracker;
  }

  /** Ms from the start to the end of every partition, once reached. */
  get reachedEnd_ms(): number | undefined {
    return this.#reachedEnd_ms;
  }

  protected async run(): Promise<void> {
    const spec = this.spec;
    const connectTimeout_ms = this.ctx.connectTimeout_ms ?? 15_000;
    this.#kafka = createKafka({
      clientId: `longhaul-${spec.roleId}`.slice(0, 200),
      bootstrap: spec.bootstrap,
      log: this.log,
    });
    this.#admin = await connectAdmin(this.#kafka, spec.bootstrap, connectTimeout_ms);
    await withDeadline(
      topicPartitions(this.#admin, spec.topic),
      connectTimeout_ms + 10_000,
      `reading metadata of topic ${spec.topic}`,
      spec.bootstrap,
    );
    const plan = readPlan(spec, await topicOffsets(this.#admin, spec.topic));
    this.#plan = plan;
    for (const [p, end] of plan.end) if (plan.start.get(p)! < end) this.#remaining.add(p);
    this.log.info(
      { partitions: plan.end.size, toRead: this.#toRead(), remaining: this.#remaining.size },
      'reading to the end offsets',
    );
    if (this.#remaining.size === 0) {
      this.#reachedEnd_ms = now_ms() - this.#start_ms;
      return;
    }
    const consumer = createConsumer({
      kafka: this.#kafka,
      topic: spec.topic,
      group: null,
      roleId: spec.roleId,
      partitions: [...this.#remaining].sort((a, b) => a - b),
    });
    this.#consumer = consumer;
    const ended = new Promise<void>((resolve, reject) => {
      this.#finish = (error?: unknown) => {
        this.#finish = undefined;
        if (error === undefined) resolve();
        else reject(error);
      };
    });
    consumer.on(consumer.events.CRASH, (event) => {
      const { error, restart } = event.payload;
      if (restart)
        this.log.warn({ err: describeError(error) }, 'reader consumer crashed; kafkajs restarts it');
      else this.#finish?.(error);
    });
    seekOnJoin(consumer, spec.topic, plan.start);
    await withDeadline(consumer.connect(), connectTimeout_ms, 'connecting the reader', spec.bootstrap);
    await consumer.subscribe({ topics: [spec.topic], fromBeginning: true });
    this.#untrack = this.ctx.metrics?.track({
      kind: 'reader',
      topic: spec.metricsTopic ?? spec.topic,
      lag: () => this.#lag(),
      behindSchedule_ms: () => 0,
      targetRate_per_s: () => 0,
    });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.#eachBatch(payload),
    });
    const timeout =
      spec.timeout_ms === null
        ? undefined
        : setTimeout(
            () =>
              this.#finish?.(
                new Error(
                  `reader did not reach the end of ${this.#remaining.size} partition(s) of ${spec.topic} within ${spec.timeout_ms} ms (lag ${this.#lag()})`,
                ),
              ),
            spec.timeout_ms,
          );
    if (this.stopRequested) this.#finish?.();
    try {
      await ended;
    } finally {
      clearTimeout(timeout);
      await withDeadline(consumer.stop(), 10_000, 'stopping the reader', spec.bootstrap).catch((error) =>
        this.log.warn({ err: describeError(error) }, 'reader stop failed'),
      );
    }
  }

  async #eachBatch({ batch, resolveOffset, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const plan = this.#plan!;
    const partition = batch.partition;
    if (!this.#remaining.has(partition)) return;
    const start = plan.start.get(partition) ?? 0;
    const end = plan.end.get(partition) ?? 0;
    const tracker = this.#tracker;
    const onRecord = this.#options.onRecord;
    let records = 0;
    let bytes = 0;
    for (const message of batch.messages) {
      if (this.#finish === undefined || !isRunning() || isStale()) return;
      const offset = Number(message.offset);
      if (offset >= end) break;
      if (offset < start) continue;
      const decoded = tracker.observe(
        partition,
        offset,
        message.headers as KafkaHeaders | undefined,
        message.value,
        now_ms(),
      );
      onRecord?.({ partition, offset, message, decoded });
      resolveOffset(message.offset);
      records++;
      bytes += message.value?.length ?? 0;
    }
    this.#metrics?.consumed(records, bytes);
    // lastOffset covers control records and compacted-away tails that no message stands for.
    const next = Math.max(tracker.position(partition) ?? 0, Number(batch.lastOffset()) + 1);
    if (next >= end) this.#partitionDone(partition, batch.topic);
  }

  #partitionDone(partition: number, topic: string): void {
    if (!this.#remaining.delete(partition)) return;
    this.#consumer?.pause([{ topic, partitions: [partition] }]);
    if (this.#remaining.size === 0) {
      this.#reachedEnd_ms = now_ms() - this.#start_ms;
      this.log.info(
        { reachedEnd_ms: this.#reachedEnd_ms, consumed: this.#tracker.counters.consumed },
        'reached the end',
      );
      this.#finish?.();
    }
  }

  #toRead(): number {
    const plan = this.#plan;
    if (plan === undefined) return 0;
    let n = 0;
    for (const [p, end] of plan.end) n += Math.max(0, end - (plan.start.get(p) ?? end));
    return n;
  }

  /** Records left to read up to the end offsets. */
  #lag(): number | undefined {
    const plan = this.#plan;
    if (plan === undefined) return undefined;
    let lag = 0;
    for (const p of this.#remaining) {
      const position = this.#tracker.position(p) ?? plan.start.get(p) ?? 0;
      lag += Math.max(0, (plan.end.get(p) ?? 0) - position);
    }
    return lag;
  }

  protected requestStop(): void {
    this.#finish?.();
  }

  protected async cleanup(): Promise<void> {
    this.#untrack?.();
    await disconnectQuietly(this.#consumer);
    await disconnectQuietly(this.#admin);
  }

  protected report(final: boolean): RoleReport[] {
    const now = now_ms();
    const c = this.#tracker.snapshot();
    const elapsed_s = (now - this.#start_ms) / 1000;
    const reports = assembleReports(
      {
        roleId: this.roleId,
        workerId: this.ctx.workerId,
        kind: 'reader',
        start_ms: this.#lastReport_ms,
        end_ms: now,
        final,
        ...this.reportState(),
        counters: readingCounters(c),
        targetRate_per_s: 0,
        // The final report gives the average drain rate of the whole read; others the interval's.
        achievedRate_per_s:
          final && elapsed_s > 0 ? c.consumed / elapsed_s : this.#rate.take(c.consumed, now),
        behindSchedule_ms: 0,
        seenLedger: this.#tracker.takeLedger(),
        endToEndLatency: this.#tracker.latency,
        lag: this.#lag(),
        positions: this.#tracker.positions(),
        ...(this.#reachedEnd_ms !== undefined ? { reachedEnd_ms: this.#reachedEnd_ms } : {}),
        ...(this.#plan !== undefined ? { endOffsets: this.#plan.end } : {}),
        examples: this.#tracker.examples(),
      },
      () => this.#reportSeq++,
    );
    this.#tracker.latency.reset();
    this.#lastReport_ms = now;
    return reports;
  }
}
