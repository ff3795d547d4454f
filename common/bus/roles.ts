// Wire schemas of worker roles: the specs `role.start` carries and the `worker.report` a role sends.
import { z } from 'zod';

/**
 * These schemas are the contract between the controller and the load engine (worker/README.md).
 * They live in common/ because both sides validate with them; the worker's own types for the
 * nested parts (rate profiles, size distributions, load files) are structurally the same and a
 * worker test keeps them in step (worker/spec.test.ts).
 *
 * Evolution: new fields are optional with a default, so an older controller's specs stay valid;
 * unknown fields are stripped, so a newer peer's extras do not fail validation.
 */

export const roleIdSchema = z.string().min(1).max(128);

/** `lh.run` / `lh.pid` values (common/stamp.ts): 1..128 printable ASCII characters. */
export const stampIdSchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,128}$/, 'must be 1..128 printable ASCII characters without spaces');

/** `host:port` or `[v6]:port`. */
export const hostPortSchema = z
  .string()
  .regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/, 'must be host:port');

/** Kafka's legal topic names (TopicNameValidator): [a-zA-Z0-9._-], 1..249 characters. */
export const topicSchema = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'must be a legal Kafka topic name');

const count = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const duration = z.number().positive().max(Number.MAX_SAFE_INTEGER);
const partition = z.number().int().min(0).max(1_000_000);
const offset = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const maxRate = 100_000_000;
const rate = z.number().min(0).max(maxRate);
const time = z.number().min(0).max(Number.MAX_SAFE_INTEGER);
const reportInterval = z.number().int().min(50).max(3_600_000).default(1000);

/** Same shapes as worker/rate/profile.ts `RateProfile`; rates are in the unit of the role's `rate`. */
export const rateProfileWireSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('constant'), rate_per_s: rate }),
  z.strictObject({ kind: z.literal('ramp'), from_per_s: rate, to_per_s: rate, duration_ms: time.positive() }),
  z.strictObject({
    kind: z.literal('steps'),
    steps: z
      .array(z.strictObject({ at_ms: time, rate_per_s: rate }))
      .min(1)
      .max(10_000)
      .refine((steps) => steps.every((s, i) => i === 0 || s.at_ms > steps[i - 1].at_ms), {
        message: 'steps must have strictly increasing at_ms',
      }),
  }),
  z.strictObject({
    kind: z.literal('spike'),
    base_per_s: rate,
    peak_per_s: rate,
    at_ms: time,
    duration_ms: time.positive(),
  }),
]);

const size = z
  .number()
  .int()
  .min(0)
  .max(64 * 1024 * 1024);

/** Same shapes as worker/payloads/sizes.ts `SizeDistribution`. */
export const sizeDistributionWireSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), size_bytes: size }),
  z
    .strictObject({ kind: z.literal('uniform'), min_bytes: size, max_bytes: size })
    .refine((u) => u.min_bytes <= u.max_bytes, { message: 'min_bytes must be <= max_bytes' }),
  z.strictObject({
    kind: z.literal('histogram'),
    buckets: z
      .array(z.strictObject({ size_bytes: size, weight: z.number().min(0).max(1e12) }))
      .min(1)
      .max(1000)
      .refine((b) => b.some((x) => x.weight > 0), { message: 'weights must not all be 0' }),
  }),
]);

/** One entry of an experiment load file, as in the file (../shared/experiment-payloads/README.md). */
export const loadEntryWireSchema = z.strictObject({
  start_time: z.number().min(0),
  researcher: z.string().min(1).max(256),
  num_sensors: z.number().int().min(1).max(100_000),
  sample_rate: z.number().positive(),
  start_temperature: z.number(),
  stabilization_samples: z.number().int().min(0).max(1_000_000_000),
  carry_out_samples: z.number().int().min(0).max(1_000_000_000),
  temp_range: z.strictObject({ lower_threshold: z.number(), upper_threshold: z.number() }),
});

export const producerRateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('records'), perSecond: rate }),
  z.strictObject({ kind: z.literal('bytes'), perSecond: z.number().min(0).max(1e12) }),
  /** As fast as the broker acks: about `inFlight` records at the broker (plus a filling batch per partition). */
  z.strictObject({ kind: z.literal('max'), inFlight: z.number().int().min(1).max(10_000_000) }),
  /** The experiment load file's own schedule (payload.kind 'experiment' with a load). */
  z.strictObject({ kind: z.literal('load-file') }),
]);

export const payloadSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('experiment'),
    /** null: a rolling set of experiments, as many as the rate needs, for as long as the role runs. */
    load: z.array(loadEntryWireSchema).min(1).max(100_000).nullable().default(null),
    timeScale: z.number().positive().max(1_000_000).default(1),
    rateMultiplier: z.number().int().min(1).max(1_000_000).default(1),
    encoding: z.enum(['container', 'binary', 'confluent']).default('container'),
  }),
  z.strictObject({
    kind: z.literal('random'),
    size: sizeDistributionWireSchema,
    /** null: no key (round robin over the partitions); N: keys `k<0..N-1>`, partitioned by murmur2. */
    keys: z.number().int().min(1).max(100_000_000).nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('fixed'),
    size: sizeDistributionWireSchema,
    pattern: z.string().min(1).max(4096).default('longhaul '),
    keys: z.number().int().min(1).max(100_000_000).nullable().default(null),
  }),
]);

/** Producer tuning; every field has a default that suits a soak. */
export const producerTuningSchema = z.strictObject({
  /** How often the sender wakes to collect due records (like linger.ms): latency vs requests. */
  linger_ms: z.number().min(0.5).max(1000).default(5),
  /** Largest batch of one partition in one request. */
  maxBatch_records: z.number().int().min(1).max(1_000_000).default(500),
  maxBatch_bytes: z
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(900 * 1024),
  /**
   * Sends of one partition unacknowledged at once (like Kafka's max.in.flight.requests.per.connection;
   * a send is one linger's worth of records). Above 1 a retried send may land behind a later one
   * (a reorder) unless the producer is idempotent; idempotent producers always use 1
   * (see worker/README.md).
   */
  maxInFlightPerPartition: z.number().int().min(1).max(1000).default(50),
  /** Records generated but not yet acked, beyond which the sender stops generating (and falls behind). */
  maxPending_records: z.number().int().min(1).max(10_000_000).default(200_000),
  /** Records waiting for the in-flight sends on `role.stop`/SIGTERM before they count as failed. */
  drain_ms: z.number().int().min(0).max(600_000).default(30_000),
  /** Broker-side ack timeout of a produce request. */
  requestTimeout_ms: z.number().int().min(100).max(600_000).default(30_000),
});

export const producerRoleSpecSchema = z.object({
  kind: z.literal('producer'),
  roleId: roleIdSchema,
  runId: stampIdSchema,
  /** Unique within the run: it goes into `lh.pid` and names the producer's ledger streams. */
  producerId: stampIdSchema,
  bootstrap: z.array(hostPortSchema).min(1).max(100),
  topic: topicSchema,
  /** null: every partition of the topic (keyed records by murmur2 like Kafka's default partitioner). */
  partitions: z.array(partition).min(1).max(100_000).nullable().default(null),
  rate: producerRateSchema,
  /** Rate over time, in the unit of `rate` (records/s or bytes/s); null: constant at `rate.perSecond`. */
  profile: rateProfileWireSchema.nullable().default(null),
  payload: payloadSpecSchema,
  acks: z.union([z.literal(-1), z.literal(0), z.literal(1)]).default(-1),
  idempotent: z.boolean().default(false),
  compression: z.enum(['none', 'gzip']).default('none'),
  /** Stop scheduling after this long (from the first record); null: no limit. */
  duration_ms: duration.nullable().default(null),
  /** Stop scheduling after this many records; null: no limit. */
  count: count.nullable().default(null),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  report_ms: reportInterval,
  /**
   * The `topic` label of the worker's metrics (null: the topic). The controller passes the suite's
   * topic name here, since its real topics carry the run id and would make label values unbounded.
   */
  metricsTopic: topicSchema.nullable().default(null),
  /** Create the topic with this many partitions when it does not exist (else wait up to 10 s for it). */
  createPartitions: z.number().int().min(1).max(100_000).nullable().default(null),
  tuning: producerTuningSchema.default(producerTuningSchema.parse({})),
});

export const consumerFromSchema = z.union([
  z.literal('earliest'),
  z.literal('latest'),
  z.strictObject({ offset }),
  z.strictObject({ timestamp_ms: offset }),
]);

export const consumerRoleSpecSchema = z.object({
  kind: z.literal('consumer'),
  roleId: roleIdSchema,
  runId: stampIdSchema,
  bootstrap: z.array(hostPortSchema).min(1).max(100),
  topic: topicSchema,
  /** null: no group; the partitions are assigned explicitly (see worker/README.md). */
  group: z.string().min(1).max(249).nullable().default(null),
  partitions: z.array(partition).min(1).max(100_000).nullable().default(null),
  from: consumerFromSchema.default('earliest'),
  /** Consume at most this fast (to build backlogs); null: as fast as possible. */
  maxRate_per_s: z.number().positive().max(maxRate).nullable().default(null),
  paused: z.boolean().default(false),
  /** Decode values (experiment Avro) and validate each experiment's lifecycle. */
  decode: z.boolean().default(false),
  /** Commit consumed offsets (group mode). */
  commit: z.boolean().default(true),
  duration_ms: duration.nullable().default(null),
  count: count.nullable().default(null),
  report_ms: reportInterval,
  /**
   * The `topic` label of the worker's metrics (null: the topic). The controller passes the suite's
   * topic name here, since its real topics carry the run id and would make label values unbounded.
   */
  metricsTopic: topicSchema.nullable().default(null),
  /** Count records of every run into the seen ledger, not only those stamped with `runId`. */
  anyRun: z.boolean().default(false),
});

export const readerRoleSpecSchema = z.object({
  kind: z.literal('reader'),
  roleId: roleIdSchema,
  runId: stampIdSchema,
  bootstrap: z.array(hostPortSchema).min(1).max(100),
  topic: topicSchema,
  /** `offsets`: per partition (as a string key) where to start; partitions not listed start at the log start. */
  from: z.union([z.literal('earliest'), z.strictObject({ offsets: z.record(z.string(), offset) })]),
  /** 'end': the high watermarks when the role starts, or `endOffsets` when given. */
  until: z.literal('end').default('end'),
  endOffsets: z.record(z.string(), offset).optional(),
  decode: z.boolean().default(false),
  report_ms: reportInterval,
  /**
   * The `topic` label of the worker's metrics (null: the topic). The controller passes the suite's
   * topic name here, since its real topics carry the run id and would make label values unbounded.
   */
  metricsTopic: topicSchema.nullable().default(null),
  anyRun: z.boolean().default(false),
  /** Fail the role when the end is not reached within this long; null: no limit. */
  timeout_ms: duration.nullable().default(null),
});

export const roleSpecSchema = z.discriminatedUnion('kind', [
  producerRoleSpecSchema,
  consumerRoleSpecSchema,
  readerRoleSpecSchema,
]);

export type ProducerRoleSpec = z.output<typeof producerRoleSpecSchema>;
export type ProducerRoleSpecInput = z.input<typeof producerRoleSpecSchema>;
export type ConsumerRoleSpec = z.output<typeof consumerRoleSpecSchema>;
export type ConsumerRoleSpecInput = z.input<typeof consumerRoleSpecSchema>;
export type ReaderRoleSpec = z.output<typeof readerRoleSpecSchema>;
export type ReaderRoleSpecInput = z.input<typeof readerRoleSpecSchema>;
export type RoleSpec = z.output<typeof roleSpecSchema>;
export type RoleSpecInput = z.input<typeof roleSpecSchema>;
export type RoleKind = RoleSpec['kind'];
export type PayloadSpec = z.output<typeof payloadSpecSchema>;
export type ProducerRate = z.output<typeof producerRateSchema>;
export type ConsumerFrom = z.output<typeof consumerFromSchema>;
export type SizeDistributionWire = z.output<typeof sizeDistributionWireSchema>;

// --- reports ---

const nonNegative = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Cumulative since the role started (like Prometheus counters): a lost report loses no count. */
export const roleCountersSchema = z.object({
  /** Records the schedule made due and the producer generated. */
  scheduled: nonNegative,
  /** Records handed to the Kafka client. */
  sent: nonNegative,
  /** Records the broker acked (with acks=0: none, see worker/README.md). */
  acked: nonNegative,
  /** Records given up on: a non-retriable error, retries exhausted, or the drain timeout. */
  failed: nonNegative,
  /** Records delivered to a consumer/reader, re-reads included. */
  consumed: nonNegative,
  bytesSent: nonNegative,
  bytesAcked: nonNegative,
  bytesConsumed: nonNegative,
  /** Failed records by kafkajs error type or Kafka error name (at most 64 keys, then `other`). */
  failedByError: z.record(z.string().max(128), nonNegative),
  decodeErrors: nonNegative,
  lifecycleViolations: nonNegative,
  /** A record whose (producer, partition, seq) this consumer had seen at a lower offset. */
  localDuplicates: nonNegative,
  /** A record whose seq is below one this consumer saw earlier at a lower offset, and new. */
  localReorders: nonNegative,
  /** Consumed records without a (valid) continuity stamp. */
  unstamped: nonNegative.default(0),
  /** Consumed records stamped with another run id (not in the seen ledger unless `anyRun`). */
  otherRun: nonNegative.default(0),
  /** Records delivered again at an offset this role had consumed already (rebalance, seek back). */
  rereads: nonNegative.default(0),
});

export const localFindingSchema = z.object({
  partition: nonNegative,
  offset: nonNegative,
  producerId: z.string().max(128),
  seq: nonNegative,
  /** The highest seq of the same (producer, partition) seen before this record, and its offset. */
  after: z.object({ seq: nonNegative, offset: nonNegative }),
});

export const roleExamplesSchema = z.object({
  duplicates: z.array(localFindingSchema).max(100),
  reorders: z.array(localFindingSchema).max(100),
  decodeErrors: z
    .array(z.object({ partition: nonNegative, offset: nonNegative, error: z.string().max(1024) }))
    .max(100),
  lifecycle: z
    .array(
      z.object({
        kind: z.string().max(64),
        experiment: z.string().max(256),
        recordName: z.string().max(256),
        detail: z.string().max(1024),
      }),
    )
    .max(100),
});

/** Ledger wire form (common/ledger.ts `LedgerWire`); `Ledger.decode` validates the runs. */
export const ledgerWireSchema = z.object({
  v: z.literal(1),
  streams: z.array(
    z.object({
      producer: z.string().min(1).max(256),
      partition: nonNegative,
      runs: z.array(z.number()),
    }),
  ),
});

export const roleReportSchema = z.object({
  roleId: roleIdSchema,
  workerId: z.string().min(1).max(128),
  kind: z.enum(['producer', 'consumer', 'reader']),
  /** 0, 1, 2, ... per role: a gap means a lost report (and lost ledger/histogram deltas). */
  reportSeq: nonNegative,
  /** The wall-clock interval this report covers. */
  start_ms: z.number().nonnegative(),
  end_ms: z.number().nonnegative(),
  /** The role's last report: every delta has been flushed. */
  final: z.boolean(),
  /** 'running' from `role.start` on (connecting included) until the role ends. */
  state: z.enum(['running', 'done', 'failed']),
  error: z.string().max(4096).optional(),
  counters: roleCountersSchema,
  /** The rate the role aims at now (records/s; producers at max rate and consumers without a limit: 0). */
  targetRate_per_s: z.number().min(0),
  /** Acked (or, with acks=0, sent) records/s of a producer, consumed records/s of a consumer, in this interval. */
  achievedRate_per_s: z.number().min(0),
  /** How late the sender is now: age of the oldest due record not yet handed to the client. */
  behindSchedule_ms: z.number().min(0),
  /** Producer: (partition, offset, producer, seq) acked in this interval. */
  ackedLedger: ledgerWireSchema.optional(),
  /** Consumer/reader: what it saw in this interval (records of its run only, unless `anyRun`). */
  seenLedger: ledgerWireSchema.optional(),
  /** Encoded LatencyHistogram (common/histogram.ts) of this interval: scheduled send time to ack. */
  produceLatency: z.string().max(1_000_000).optional(),
  /** Encoded LatencyHistogram of this interval: consume time minus `lh.sched`. */
  endToEndLatency: z.string().max(1_000_000).optional(),
  /** Consumer/reader: records between its position and the high watermark, summed over its partitions. */
  lag: nonNegative.optional(),
  /** Producer: records handed to the client and not yet acked or failed. */
  inFlight: nonNegative.optional(),
  /** Consumer/reader: next offset to read per partition (string keys). */
  positions: z.record(z.string(), nonNegative).optional(),
  /** Reader: ms from the role's start to reaching the end offsets of every partition. */
  reachedEnd_ms: z.number().nonnegative().optional(),
  /** Reader: the end offsets it reads up to (string keys). */
  endOffsets: z.record(z.string(), nonNegative).optional(),
  /** The first few local findings (cumulative, at most 10 of each kind). */
  examples: roleExamplesSchema.optional(),
});

export type RoleCounters = z.output<typeof roleCountersSchema>;
export type LocalFinding = z.output<typeof localFindingSchema>;
export type RoleExamples = z.output<typeof roleExamplesSchema>;
export type RoleReport = z.output<typeof roleReportSchema>;
export type RoleState = RoleReport['state'];
