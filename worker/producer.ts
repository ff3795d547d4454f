// The producer role: a ProducerEngine driven by timers and settled sends, on a kafkajs producer.
import { CompressionTypes, type Kafka, Partitioners, type Producer } from 'kafkajs';
import type { ProducerRoleSpec, RoleReport } from '../common/bus/roles.ts';
import { UserError } from '../common/errors.ts';
import { now_ms } from './clock.ts';
import { type ContentSource, contentSource } from './content.ts';
import { connectAdmin, createKafka, errorType, topicPartitions, withDeadline } from './kafka.ts';
import type { RoleMetrics } from './metrics.ts';
import { PartitionChooser } from './partitioner.ts';
import type { PartitionAck, PartitionBatch, SendBatches, Timing } from './producer-engine.ts';
import { ProducerEngine } from './producer-engine.ts';
import type { RateProfile } from './rate/profile.ts';
import { assembleReports, IntervalRate } from './report.ts';
import { disconnectQuietly, RoleBase, type RoleContext } from './role.ts';
import { SendSchedule } from './send-schedule.ts';

export interface ProducerRoleOptions {
  /** Keep per-second sent counts (`sentPerSecond`), for the CLI summary. */
  readonly perSecond?: boolean;
}

/** The records/s profile of a spec: `profile` (or a constant `rate.perSecond`), bytes turned into records. */
export function recordsProfile(spec: ProducerRoleSpec, meanValue_bytes: number): RateProfile | undefined {
  const rate = spec.rate;
  if (rate.kind !== 'records' && rate.kind !== 'bytes') return undefined;
  const perRecord = rate.kind === 'bytes' ? Math.max(1, meanValue_bytes) : 1;
  const scale = (r: number) => r / perRecord;
  const p = spec.profile ?? { kind: 'constant', rate_per_s: rate.perSecond };
  switch (p.kind) {
    case 'constant':
      return { kind: 'constant', rate_per_s: scale(p.rate_per_s) };
    case 'ramp':
      return { ...p, from_per_s: scale(p.from_per_s), to_per_s: scale(p.to_per_s) };
    case 'steps':
      return {
        kind: 'steps',
        steps: p.steps.map((s) => ({ at_ms: s.at_ms, rate_per_s: scale(s.rate_per_s) })),
      };
    case 'spike':
      return { ...p, base_per_s: scale(p.base_per_s), peak_per_s: scale(p.peak_per_s) };
  }
}

/**
 * Settings of the kafkajs producer, decided here:
 *
 * - We pick partitions ourselves (murmur2 on the key, or round robin) and set `partition` on
 *   every message, so each record's per-partition sequence is known before it is sent; kafkajs's
 *   partitioner is never consulted.
 * - Non-idempotent: one `send()` per partition batch (a retry after a failure resends only that
 *   partition's batch, not its neighbours'), up to `tuning.maxInFlightPerPartition` (default 50:
 *   250 ms of 5 ms lingers) per partition in flight, so the schedule holds while acks are slow. kafkajs
 *   hands concurrent sends to the connection in call order and the broker appends requests of a
 *   connection in order; only a retry can reorder (as in any Kafka client without idempotence).
 *   Set it to 1 for strict order without idempotence.
 * - Idempotent (`idempotent: true`): kafkajs 2.2.4 serialises produce requests per broker behind
 *   a lock (sequence numbers are assigned inside it, with a 65 s lock timeout) and retries for ever;
 *   its docs ask for `maxInFlightRequests: 1`. One `send()` per partition batch, one per partition
 *   in flight: batches grow with latency and sequence order equals request order. Not one send for
 *   all partitions: when such a send spans brokers and one broker's request fails while another's
 *   is still in flight (a leader moving), kafkajs retries the whole send, and the retry of the
 *   request that was in flight and succeeded takes fresh sequence numbers after the lock: the
 *   broker stores those records twice. It also resolves without results for partitions whose
 *   leader moved to a broker that had already answered. A send of one partition cannot do either.
 * - Retries: kafkajs's retrier (5 retries, 100 ms .. 5 s) for plain producers; unlimited for
 *   idempotent ones (kafkajs's requirement for its guarantees), bounded by the drain timeout on stop.
 */
export class ProducerRole extends RoleBase {
  declare readonly spec: ProducerRoleSpec;
  readonly #options: ProducerRoleOptions;
  readonly #metrics: RoleMetrics | undefined;
  #kafka: Kafka | undefined;
  #producer: Producer | undefined;
  #engine: ProducerEngine | undefined;
  #content: ContentSource | undefined;
  #kick: (() => void) | undefined;
  #untrack: (() => void) | undefined;
  #reportSeq = 0;
  #lastReport_ms = now_ms();
  #rate = new IntervalRate(now_ms());
  #start_ms = 0;
  #partitions: readonly number[] = [];
  #pendingRate: { rate_per_s: number; unit: 'messages' | 'bytes' } | undefined;

  constructor(spec: ProducerRoleSpec, ctx: RoleContext, options: ProducerRoleOptions = {}) {
    super(spec, ctx);
    this.#options = options;
    this.#metrics = ctx.metrics?.role('producer', spec.metricsTopic ?? spec.topic);
  }

  /** Records handed to the client per second of the run (with `perSecond`). */
  get sentPerSecond(): readonly number[] {
    return this.#engine?.sentPerSecond ?? [];
  }

  get partitions(): readonly number[] {
    return this.#partitions;
  }

  /** Changes the target rate at once (see SendSchedule.setRate); `unit` bytes is divided by the mean value size. */
  setRate(rate_per_s: number, unit: 'messages' | 'bytes'): number {
    const engine = this.#engine;
    if (this.spec.rate.kind === 'max' || this.spec.rate.kind === 'load-file') {
      throw new UserError(
        `role ${this.roleId} runs at rate ${this.spec.rate.kind}: rate.set needs a records/s or bytes/s producer`,
      );
    }
    if (engine === undefined) {
      // Still connecting: the schedule starts at this rate.
      this.#pendingRate = { rate_per_s, unit };
      this.log.info({ rate_per_s, unit }, 'rate set before the first record');
      return rate_per_s;
    }
    const records_per_s =
      unit === 'bytes' ? rate_per_s / Math.max(1, this.#content!.meanValue_bytes) : rate_per_s;
    engine.setRate(records_per_s);
    this.log.info({ rate_per_s, unit, records_per_s }, 'rate changed');
    this.#kick?.();
    return records_per_s;
  }

  protected async run(): Promise<void> {
    const spec = this.spec;
    const connectTimeout_ms = this.ctx.connectTimeout_ms ?? 15_000;
    this.#kafka = createKafka({
      clientId: `longhaul-${spec.producerId}`.slice(0, 200),
      bootstrap: spec.bootstrap,
      log: this.log,
      retries: spec.idempotent ? Number.MAX_SAFE_INTEGER : 5,
    });
    const admin = await connectAdmin(this.#kafka, spec.bootstrap, connectTimeout_ms);
    let all: number[];
    try {
      all = await withDeadline(
        topicPartitions(admin, spec.topic, { createPartitions: spec.createPartitions }),
        connectTimeout_ms + 10_000,
        `reading metadata of topic ${spec.topic}`,
        spec.bootstrap,
      );
    } finally {
      await disconnectQuietly(admin);
    }
    const partitions = spec.partitions ?? all;
    const missing = partitions.filter((p) => !all.includes(p));
    if (missing.length > 0) {
      throw new UserError(
        `topic ${spec.topic} has partitions ${all[0]}..${all[all.length - 1]}; the spec names ${missing.join(',')}`,
      );
    }
    this.#partitions = partitions;
    const producer = this.#kafka.producer({
      idempotent: spec.idempotent,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      ...(spec.idempotent ? { maxInFlightRequests: 1 } : {}),
    });
    this.#producer = producer;
    await withDeadline(producer.connect(), connectTimeout_ms, 'connecting the producer', spec.bootstrap);
    if (this.stopRequested) return;

    let schedule: SendSchedule | undefined;
    let start_ms = 0;
    // Content first (a random pool, a load's size sample take a few ms), then the clock starts.
    const content = contentSource(spec.payload, {
      seed: spec.seed,
      start_ms: () => start_ms,
      rateNow_per_s: () => schedule?.rateAt_per_s(now_ms()) ?? 1000,
    });
    this.#content = content;
    start_ms = now_ms();
    this.#start_ms = start_ms;
    let timing: Timing;
    if (spec.rate.kind === 'max') {
      timing = { kind: 'max', inFlight: spec.rate.inFlight };
    } else if (spec.rate.kind === 'load-file') {
      if (content.peekAt_ms === undefined) {
        throw new UserError(`role ${this.roleId}: rate load-file needs an experiment payload with a load`);
      }
      timing = { kind: 'content', start_ms };
    } else {
      schedule = new SendSchedule(recordsProfile(spec, content.meanValue_bytes)!, start_ms);
      timing = { kind: 'schedule', schedule };
    }
    const compression = spec.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None;
    const send: SendBatches = async (batches: readonly PartitionBatch[]): Promise<PartitionAck[]> => {
      const messages = batches.length === 1 ? batches[0].records : batches.flatMap((b) => b.records);
      const result = await producer.send({
        topic: spec.topic,
        acks: spec.acks,
        timeout: spec.tuning.requestTimeout_ms,
        compression,
        // OutRecord is a kafkajs Message (partition, key, value, headers).
        messages: messages as never,
      });
      return result.map((m) => ({ partition: m.partition, baseOffset: Number(m.baseOffset) }));
    };
    const engine = new ProducerEngine({
      runId: spec.runId,
      producerId: spec.producerId,
      timing,
      content,
      chooser: new PartitionChooser(partitions),
      count: spec.count,
      end_ms: spec.duration_ms === null ? null : start_ms + spec.duration_ms,
      acks: spec.acks,
      grouping: 'partition',
      maxInFlightPerPartition: spec.idempotent ? 1 : spec.tuning.maxInFlightPerPartition,
      linger_ms: spec.tuning.linger_ms,
      maxBatch_records: spec.tuning.maxBatch_records,
      maxBatch_bytes: spec.tuning.maxBatch_bytes,
      maxPending_records: spec.tuning.maxPending_records,
      send,
      errorType,
      now: now_ms,
      wake: () => this.#kick?.(),
      start_ms,
      hooks: this.#metrics,
      perSecond: this.#options.perSecond,
    });
    this.#engine = engine;
    if (this.#pendingRate !== undefined) this.setRate(this.#pendingRate.rate_per_s, this.#pendingRate.unit);
    this.#untrack = this.ctx.metrics?.track({
      kind: 'producer',
      topic: spec.metricsTopic ?? spec.topic,
      lag: () => undefined,
      behindSchedule_ms: () => engine.behindSchedule_ms(now_ms()),
      targetRate_per_s: () => engine.targetRate_per_s(now_ms()),
    });
    this.log.info(
      { topic: spec.topic, partitions: partitions.length, rate: spec.rate, idempotent: spec.idempotent },
      'producing',
    );
    await this.#drive(engine);
  }

  /** Ticks the engine on its timers and on settled sends until it finished (or the drain timed out). */
  #drive(engine: ProducerEngine): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let drainTimer: NodeJS.Timeout | undefined;
      let immediate = false;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        clearTimeout(drainTimer);
        this.#kick = undefined;
        resolve();
      };
      const tick = () => {
        if (finished) return;
        clearTimeout(timer);
        timer = undefined;
        if (this.stopRequested) engine.stopGenerating();
        const next = engine.tick();
        if (engine.finished) {
          finish();
          return;
        }
        if (engine.generationDone && drainTimer === undefined) {
          drainTimer = setTimeout(() => {
            this.log.warn(
              { pending: engine.pending, drain_ms: this.spec.tuning.drain_ms },
              'drain timed out: unsettled records count as failed',
            );
            engine.abandon('DrainTimeout');
            finish();
          }, this.spec.tuning.drain_ms);
        }
        if (Number.isFinite(next)) timer = setTimeout(tick, Math.max(0, next - now_ms()));
      };
      this.#kick = () => {
        if (immediate || finished) return;
        immediate = true;
        setImmediate(() => {
          immediate = false;
          tick();
        });
      };
      tick();
    });
  }

  protected requestStop(): void {
    this.#engine?.stopGenerating();
    this.#kick?.();
  }

  protected async cleanup(): Promise<void> {
    this.#untrack?.();
    await disconnectQuietly(this.#producer);
  }

  protected report(final: boolean): RoleReport[] {
    const now = now_ms();
    const engine = this.#engine;
    const c = engine?.counters;
    const countForRate = c === undefined ? 0 : this.spec.acks === 0 ? c.sent : c.acked;
    const reports = assembleReports(
      {
        roleId: this.roleId,
        workerId: this.ctx.workerId,
        kind: 'producer',
        start_ms: this.#lastReport_ms,
        end_ms: now,
        final,
        ...this.reportState(),
        counters: {
          scheduled: c?.scheduled ?? 0,
          sent: c?.sent ?? 0,
          acked: c?.acked ?? 0,
          failed: c?.failed ?? 0,
          consumed: 0,
          bytesSent: c?.bytesSent ?? 0,
          bytesAcked: c?.bytesAcked ?? 0,
          bytesConsumed: 0,
          failedByError: { ...(c?.failedByError ?? {}) },
          decodeErrors: 0,
          lifecycleViolations: 0,
          localDuplicates: 0,
          localReorders: 0,
          unstamped: 0,
          otherRun: 0,
          rereads: 0,
        },
        targetRate_per_s: engine?.targetRate_per_s(now) ?? 0,
        achievedRate_per_s: this.#rate.take(countForRate, now),
        behindSchedule_ms: engine?.behindSchedule_ms(now) ?? 0,
        ackedLedger: engine?.takeLedger(),
        produceLatency: engine?.latency,
        inFlight: engine?.inFlight ?? 0,
      },
      () => this.#reportSeq++,
    );
    engine?.latency.reset();
    this.#lastReport_ms = now;
    return reports;
  }

  /** Wall-clock time the first record was scheduled at (0 before the role started sending). */
  get start_ms(): number {
    return this.#start_ms;
  }
}
