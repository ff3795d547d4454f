// The consumer role: a kafkajs consumer (group or explicit partitions) feeding a SeenTracker, with pause and a rate limit.
import type { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { ConsumerRoleSpec, RoleReport } from '../common/bus/roles.ts';
import { describeError, UserError } from '../common/errors.ts';
import type { KafkaHeaders } from '../common/stamp.ts';
import { now_ms } from './clock.ts';
import { connectAdmin, createKafka, topicOffsets, topicPartitions, withDeadline } from './kafka.ts';
import { createConsumer, offsetsForTimestamp, seekOnJoin } from './kafka-consumer.ts';
import type { RoleMetrics } from './metrics.ts';
import { assembleReports, IntervalRate } from './report.ts';
import { disconnectQuietly, RoleBase, type RoleContext, sleep } from './role.ts';
import { type DecodeResult, readingCounters, SeenTracker } from './seen-tracker.ts';
import { TokenBucket } from './token-bucket.ts';

/** A record as the consumer processed it, for callers that print records (`longhaul consume --decode`). */
export interface ConsumedRecord {
  readonly partition: number;
  readonly offset: number;
  readonly message: KafkaMessage;
  /** With `decode`: the decoded payload (undefined for re-reads and local duplicates). */
  readonly decoded: DecodeResult;
}

export interface ConsumerRoleOptions {
  readonly onRecord?: (record: ConsumedRecord) => void;
}

/**
 * Group mode (`group` set): a normal subscription; `from` applies where the group has no
 * committed offset (earliest/latest), or overrides it at the first join (offset/timestamp).
 * Explicit mode (`group: null`): see kafka-consumer.ts `explicitAssigner`; nothing is committed.
 *
 * Pausing stops fetching at once and abandons the rest of the batch in hand (its offsets are not
 * resolved, so they are fetched again after resume). The rate limit sleeps between records with
 * group heartbeats, so a slow consumer keeps its partitions.
 */
export class ConsumerRole extends RoleBase {
  declare readonly spec: ConsumerRoleSpec;
  readonly #options: ConsumerRoleOptions;
  readonly #metrics: RoleMetrics | undefined;
  readonly #tracker: SeenTracker;
  #kafka: Kafka | undefined;
  #admin: Admin | undefined;
  #consumer: Consumer | undefined;
  #paused: boolean;
  #bucket: TokenBucket | undefined;
  #abort = new AbortController();
  #finish: ((error?: unknown) => void) | undefined;
  #highWatermarks = new Map<number, number>();
  #assigned: readonly number[] = [];
  #lowWatermarks = new Map<number, number>();
  #refreshing = false;
  /** `consumer.run()` returned: pause/resume may be called. */
  #running = false;
  #untrack: (() => void) | undefined;
  #reportSeq = 0;
  #lastReport_ms = now_ms();
  #rate = new IntervalRate(now_ms());

  constructor(spec: ConsumerRoleSpec, ctx: RoleContext, options: ConsumerRoleOptions = {}) {
    super(spec, ctx);
    this.#options = options;
    this.#paused = spec.paused;
    this.#metrics = ctx.metrics?.role('consumer', spec.metricsTopic ?? spec.topic);
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

  get paused(): boolean {
    return this.#paused;
  }

  /** Stops fetching now; idempotent. Before the consumer runs, it starts paused. */
  pause(): boolean {
    this.#paused = true;
    this.#apply();
    return true;
  }

  resume(): boolean {
    this.#paused = false;
    this.#apply();
    return false;
  }

  #apply(): void {
    const consumer = this.#consumer;
    if (consumer === undefined || !this.#running) return;
    const topics = [{ topic: this.spec.topic }];
    if (this.#paused) consumer.pause(topics);
    else consumer.resume(topics);
  }

  protected async run(): Promise<void> {
    const spec = this.spec;
    if (spec.group !== null && spec.partitions !== null) {
      throw new UserError(
        `role ${this.roleId}: a group consumer gets its partitions from the group; set group: null to name partitions`,
      );
    }
    const connectTimeout_ms = this.ctx.connectTimeout_ms ?? 15_000;
    this.#kafka = createKafka({
      clientId: `longhaul-${spec.roleId}`.slice(0, 200),
      bootstrap: spec.bootstrap,
      log: this.log,
    });
    this.#admin = await connectAdmin(this.#kafka, spec.bootstrap, connectTimeout_ms);
    const all = await withDeadline(
      topicPartitions(this.#admin, spec.topic),
      connectTimeout_ms + 10_000,
      `reading metadata of topic ${spec.topic}`,
      spec.bootstrap,
    );
    const partitions = spec.partitions ?? all;
    const missing = partitions.filter((p) => !all.includes(p));
    if (missing.length > 0) {
      throw new UserError(`topic ${spec.topic} has no partition(s) ${missing.join(',')}`);
    }
    this.#assigned = spec.group === null ? partitions : [];
    const offsets = await topicOffsets(this.#admin, spec.topic);
    for (const [p, o] of offsets) {
      this.#highWatermarks.set(p, o.high);
      this.#lowWatermarks.set(p, spec.from === 'latest' ? o.high : o.low);
    }
    let seeks: Map<number, number> | undefined;
    if (typeof spec.from === 'object') {
      if ('offset' in spec.from) {
        const offset = spec.from.offset;
        seeks = new Map(partitions.map((p) => [p, offset]));
      } else {
        seeks = await offsetsForTimestamp(this.#admin, spec.topic, spec.from.timestamp_ms);
      }
      for (const [p, o] of seeks) this.#lowWatermarks.set(p, o);
    }
    if (spec.maxRate_per_s !== null) this.#bucket = new TokenBucket(spec.maxRate_per_s, now_ms());

    const consumer = createConsumer({
      kafka: this.#kafka,
      topic: spec.topic,
      group: spec.group,
      roleId: spec.roleId,
      partitions: spec.partitions,
    });
    this.#consumer = consumer;
    const ended = new Promise<void>((resolve, reject) => {
      this.#finish = (error?: unknown) => {
        this.#finish = undefined;
        this.#abort.abort();
        if (error === undefined) resolve();
        else reject(error);
      };
    });
    consumer.on(consumer.events.CRASH, (event) => {
      const { error, restart } = event.payload;
      if (restart) {
        this.log.warn({ err: describeError(error) }, 'consumer crashed; kafkajs restarts it');
      } else {
        this.#finish?.(error);
      }
    });
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      this.#assigned = event.payload.memberAssignment[spec.topic] ?? [];
      this.log.info({ partitions: this.#assigned, groupId: event.payload.groupId }, 'assigned');
    });
    if (seeks !== undefined) seekOnJoin(consumer, spec.topic, seeks);
    await withDeadline(consumer.connect(), connectTimeout_ms, 'connecting the consumer', spec.bootstrap);
    await consumer.subscribe({ topics: [spec.topic], fromBeginning: spec.from !== 'latest' });
    this.#untrack = this.ctx.metrics?.track({
      kind: 'consumer',
      topic: spec.metricsTopic ?? spec.topic,
      lag: () => this.#lag(),
      behindSchedule_ms: () => 0,
      targetRate_per_s: () => 0,
    });
    await consumer.run({
      autoCommit: spec.commit && spec.group !== null,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.#eachBatch(payload),
    });
    this.#running = true;
    this.#apply();
    const durationTimer =
      spec.duration_ms === null ? undefined : setTimeout(() => this.#finish?.(), spec.duration_ms);
    if (this.stopRequested) this.#finish?.();
    try {
      await ended;
    } finally {
      clearTimeout(durationTimer);
      await withDeadline(consumer.stop(), 10_000, 'stopping the consumer', spec.bootstrap).catch((error) =>
        this.log.warn({ err: describeError(error) }, 'consumer stop failed'),
      );
    }
  }

  async #eachBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const partition = batch.partition;
    this.#highWatermarks.set(partition, Number(batch.highWatermark));
    const tracker = this.#tracker;
    const onRecord = this.#options.onRecord;
    const count = this.spec.count;
    const topic = batch.topic;
    let bytes = 0;
    let records = 0;
    for (const message of batch.messages) {
      if (this.#paused || this.#finish === undefined || !isRunning() || isStale()) break;
      if (this.#bucket !== undefined) {
        for (;;) {
          const wait_ms = this.#bucket.take(now_ms());
          if (wait_ms === 0) break;
          await sleep(Math.min(wait_ms, 1000), this.#abort.signal);
          await heartbeat();
          if (this.#paused || this.#finish === undefined || !isRunning() || isStale()) break;
        }
        if (this.#paused || this.#finish === undefined || !isRunning() || isStale()) break;
      }
      const offset = Number(message.offset);
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
      if (count !== null && tracker.counters.consumed >= count) {
        this.#finish?.();
        break;
      }
    }
    this.#metrics?.consumed(records, bytes);
    if (this.#paused) this.#consumer?.pause([{ topic }]);
  }

  /** Records between this consumer's positions and the high watermarks of its partitions (approximate in groups). */
  #lag(): number | undefined {
    if (this.#assigned.length === 0) return undefined;
    let lag = 0;
    for (const p of this.#assigned) {
      const high = this.#highWatermarks.get(p);
      const position = this.#tracker.position(p) ?? this.#lowWatermarks.get(p);
      if (high !== undefined && position !== undefined) lag += Math.max(0, high - position);
    }
    return lag;
  }

  /** Refreshes the high watermarks (a paused consumer fetches nothing), at most one request at a time. */
  #refreshWatermarks(): void {
    const admin = this.#admin;
    if (admin === undefined || this.#refreshing) return;
    this.#refreshing = true;
    topicOffsets(admin, this.spec.topic)
      .then((offsets) => {
        for (const [p, o] of offsets) this.#highWatermarks.set(p, o.high);
      })
      .catch((error) => this.log.debug({ err: describeError(error) }, 'watermark refresh failed'))
      .finally(() => {
        this.#refreshing = false;
      });
  }

  protected requestStop(): void {
    this.#finish?.();
  }

  protected async cleanup(): Promise<void> {
    this.#untrack?.();
    this.#abort.abort();
    await disconnectQuietly(this.#consumer);
    await disconnectQuietly(this.#admin);
  }

  protected report(final: boolean): RoleReport[] {
    const now = now_ms();
    if (!final) this.#refreshWatermarks();
    const c = this.#tracker.snapshot();
    const reports = assembleReports(
      {
        roleId: this.roleId,
        workerId: this.ctx.workerId,
        kind: 'consumer',
        start_ms: this.#lastReport_ms,
        end_ms: now,
        final,
        ...this.reportState(),
        counters: readingCounters(c),
        targetRate_per_s: this.#paused ? 0 : (this.spec.maxRate_per_s ?? 0),
        achievedRate_per_s: this.#rate.take(c.consumed, now),
        behindSchedule_ms: 0,
        seenLedger: this.#tracker.takeLedger(),
        endToEndLatency: this.#tracker.latency,
        lag: this.#lag(),
        positions: this.#tracker.positions(),
        examples: this.#tracker.examples(),
      },
      () => this.#reportSeq++,
    );
    this.#tracker.latency.reset();
    this.#lastReport_ms = now;
    return reports;
  }
}
