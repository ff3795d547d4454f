// The parsed form of a suite file that the controller runs: defaults merged, units in names.
import type { Rate } from '../common/units.ts';

export const taskKinds = [
  'produce-consume',
  'catch-up',
  'broker-kill',
  'broker-pause',
  'rolling-restart',
  'network-fault',
  'object-store-fault',
  'worker-preemption',
  'partition-reassign',
  'scale',
  'experiment-replay',
  'self-test-mutation',
] as const;
export type TaskKind = (typeof taskKinds)[number];

/** Kinds that inject a fault: each fault is recorded and its recovery time is asserted. */
export const faultKinds = [
  'broker-kill',
  'broker-pause',
  'rolling-restart',
  'network-fault',
  'object-store-fault',
  'worker-preemption',
  'partition-reassign',
  'scale',
] as const satisfies readonly TaskKind[];
export type FaultKind = (typeof faultKinds)[number];

export function isFaultKind(kind: TaskKind): kind is FaultKind {
  return (faultKinds as readonly TaskKind[]).includes(kind);
}

export const percentiles = ['p50', 'p90', 'p99', 'p999', 'max'] as const;
export type Percentile = (typeof percentiles)[number];

/**
 * Every assertion a checker can fail, by id. Reports, JUnit test cases, alerts and the `expect`
 * field of a task use these ids; scenarios/README.md says what each one checks.
 */
export const assertionIds = [
  'continuity.lost',
  'continuity.duplicated',
  'continuity.reordered',
  'continuity.inconsistent',
  'latency.produce.p50',
  'latency.produce.p90',
  'latency.produce.p99',
  'latency.produce.p999',
  'latency.produce.max',
  'latency.endToEnd.p50',
  'latency.endToEnd.p90',
  'latency.endToEnd.p99',
  'latency.endToEnd.p999',
  'latency.endToEnd.max',
  'throughput.window',
  'progress.stall',
  'recovery.time',
  'fault.healed',
  'catchup.drain',
  'catchup.producerLatency',
  'balance.leaders',
  'experiment.lifecycle',
  'task.timeout',
] as const;
export type AssertionId = (typeof assertionIds)[number];

export const mutations = ['drop-acked', 'duplicate', 'reorder', 'stall-partition'] as const;
export type Mutation = (typeof mutations)[number];

/** The assertion that must catch each self-test mutation (what `self-test.yaml` expects to fail). */
export const mutationCatchers: Readonly<Record<Mutation, AssertionId>> = {
  'drop-acked': 'continuity.lost',
  duplicate: 'continuity.duplicated',
  reorder: 'continuity.reordered',
  'stall-partition': 'progress.stall',
};

export type Target =
  | {
      readonly kind: 'embedded';
      /** Broker processes, with ids 0..brokers-1. */
      readonly brokers: number;
      readonly storage: 'fs' | 'memory';
    }
  | {
      readonly kind: 'external';
      /** `host:port` entries. */
      readonly bootstrap: readonly string[];
    };

export interface SoakOptions {
  /** Pause between two iterations of the suite. */
  readonly interval_ms: number;
  /** Stop conditions; a soak with none runs until SIGTERM. */
  readonly stopAfter: {
    readonly duration_ms: number | undefined;
    readonly iterations: number | undefined;
    readonly failedIterations: number | undefined;
  };
}

/** The task's total target rate over all its producers. */
export type RateTarget =
  | Rate
  /** As fast as the producers can go (no throughput assertion). */
  | { readonly kind: 'max' }
  /** The experiment load file of the payload sets the schedule. */
  | { readonly kind: 'load-file' };

/** A shape over time applied to the target rate, as fractions of it (1 = the target). */
export type RateProfile =
  | { readonly kind: 'constant' }
  | {
      readonly kind: 'ramp';
      readonly from_fraction: number;
      readonly to_fraction: number;
      readonly over_ms: number;
    }
  | { readonly kind: 'step'; readonly levels_fraction: readonly number[]; readonly every_ms: number }
  | {
      readonly kind: 'spike';
      readonly to_fraction: number;
      readonly every_ms: number;
      readonly for_ms: number;
    };

/** One experiment of a load file, field names as in the experiment-producer's JSON format. */
export interface ExperimentConfig {
  /** Seconds after the producer starts. */
  readonly start_time: number;
  readonly researcher: string;
  readonly num_sensors: number;
  /** Milliseconds between two samples. */
  readonly sample_rate: number;
  readonly start_temperature: number;
  readonly stabilization_samples: number;
  readonly carry_out_samples: number;
  readonly temp_range: { readonly lower_threshold: number; readonly upper_threshold: number };
}

/**
 * A load file, read and checked when the suite is loaded. Its content travels with the suite so
 * that workers on other machines never need the controller's files.
 */
export interface LoadFile {
  /** Absolute path. */
  readonly path: string;
  readonly experiments: readonly ExperimentConfig[];
  /** From the first start to the last experiment's end, unscaled. */
  readonly length_ms: number;
}

/** `container`: an Avro object container per record (the experiment-producer's format). */
export type ExperimentEncoding = 'container' | 'binary' | 'confluent';

/** Sizes of record values (the same shape as worker/payloads/sizes.ts). */
export type SizeDistribution =
  | { readonly kind: 'fixed'; readonly size_bytes: number }
  | { readonly kind: 'uniform'; readonly min_bytes: number; readonly max_bytes: number }
  /** Each record takes one of the sizes, with probability weight / sum of weights. */
  | {
      readonly kind: 'histogram';
      readonly buckets: readonly { readonly size_bytes: number; readonly weight: number }[];
    };

export type Payload =
  | {
      readonly kind: 'experiment';
      /** Without a load file, experiments are generated at the task's rate. */
      readonly load: LoadFile | undefined;
      /** Speed-up: 10 plays a load file ten times faster (start times and sample intervals / 10). */
      readonly timeScale: number;
      /** Copies of every experiment of the load file, each with its own id. */
      readonly rateMultiplier: number;
      readonly encoding: ExperimentEncoding;
    }
  /** Random bytes: incompressible. */
  | { readonly kind: 'random'; readonly size: SizeDistribution }
  /** A repeated pattern: compresses very well. */
  | { readonly kind: 'fixed'; readonly size: SizeDistribution; readonly pattern: string };

/** Kafka's `acks`: -1 = all (durable in the object store), 1 = leader, 0 = none. */
export type Acks = -1 | 0 | 1;
export const compressions = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export type Compression = (typeof compressions)[number];

export interface PhaseTimeouts {
  readonly prepare_ms: number;
  readonly warmup_ms: number;
  readonly workload_ms: number;
  readonly cleanup_ms: number;
}

/** Upper bounds per percentile; an absent percentile is not asserted. */
export type LatencyLimits = { readonly [P in Percentile as `${P}_ms`]?: number };

export interface Assertions {
  readonly continuity: {
    readonly lost: boolean;
    readonly duplicated: boolean;
    readonly reordered: boolean;
    readonly inconsistent: boolean;
  };
  readonly produceLatency: LatencyLimits;
  readonly endToEndLatency: LatencyLimits;
  /** Produced rate per window >= (1 - tolerance) x scheduled rate; off when the rate is `max`. */
  readonly throughput: { readonly tolerance_fraction: number; readonly window_ms: number } | undefined;
  /** Longest time a partition that is written to may go without consumed progress. */
  readonly stall_ms: number | undefined;
  /** Longest recovery per fault; only on fault kinds. */
  readonly recovery_ms: number | undefined;
  /** Most leaders on one broker <= (1 + maxSkew) x the mean, at the end of the workload. */
  readonly balance: { readonly maxSkew_fraction: number } | undefined;
  /** Every experiment's events decode and arrive in lifecycle order. */
  readonly lifecycle: boolean;
}

export type Expectation =
  | { readonly verdict: 'pass' }
  /** The listed assertions must fail and every other one must pass (self-tests). */
  | { readonly verdict: 'fail'; readonly failing: readonly AssertionId[] };

/** Which broker(s) a fault hits, chosen when the fault is injected. */
export type BrokerSelector =
  | { readonly kind: 'leader-of-busiest-partition' }
  /** The broker holding the cluster's controller lease. */
  | { readonly kind: 'controller' }
  | { readonly kind: 'random' }
  | { readonly kind: 'all' }
  | { readonly kind: 'ids'; readonly ids: readonly number[] };

export interface TaskCommon {
  readonly name: string;
  readonly description: string | undefined;
  readonly topic: string;
  readonly partitions: number;
  /** Undefined: the cluster's default. */
  readonly replicationFactor: number | undefined;
  readonly producers: number;
  readonly consumers: number;
  readonly rate: RateTarget;
  readonly profile: RateProfile;
  readonly payload: Payload;
  readonly acks: Acks;
  readonly idempotent: boolean;
  readonly compression: Compression;
  readonly warmup_ms: number;
  /** Length of the workload phase. */
  readonly duration_ms: number;
  readonly timeouts: PhaseTimeouts;
  /** How often an interrupted task (worker lost, operator, SIGTERM) is retried. */
  readonly retries: number;
  readonly assert: Assertions;
  readonly expect: Expectation;
}

export interface ProduceConsumeTask extends TaskCommon {
  readonly kind: 'produce-consume';
}

export type Backlog =
  | { readonly kind: 'bytes'; readonly size_bytes: number }
  | { readonly kind: 'records'; readonly count: number };

export interface CatchUpTask extends TaskCommon {
  readonly kind: 'catch-up';
  /** Written in prepare, before consumers start. */
  readonly backlog: Backlog;
  readonly backlogRate: Rate | { readonly kind: 'max' };
  readonly drainWithin_ms: number;
  /** Bound on the producers' p99 during the drain relative to warmup; undefined: not asserted. */
  readonly maxProducerP99Increase_fraction: number | undefined;
  /** An increase up to this much always passes (the larger of the two bounds applies). */
  readonly producerP99Slack_ms: number;
}

export interface BrokerKillTask extends TaskCommon {
  readonly kind: 'broker-kill';
  readonly target: BrokerSelector;
  /** Offset of the first kill into the workload phase. */
  readonly at_ms: number;
  readonly count: number;
  readonly interval_ms: number;
  /** Undefined: not restarted before cleanup. */
  readonly restartAfter_ms: number | undefined;
}

export interface BrokerPauseTask extends TaskCommon {
  readonly kind: 'broker-pause';
  readonly target: BrokerSelector;
  readonly at_ms: number;
  readonly for_ms: number;
}

export interface RollingRestartTask extends TaskCommon {
  readonly kind: 'rolling-restart';
  readonly order: 'by-id' | 'random';
  /** Wait after a restarted broker is ready, before the next one goes down. */
  readonly interval_ms: number;
  /** SIGTERM (drain) rather than SIGKILL. */
  readonly graceful: boolean;
  readonly at_ms: number;
}

export type NetworkFault =
  | { readonly kind: 'delay'; readonly latency_ms: number; readonly jitter_ms: number }
  | { readonly kind: 'loss'; readonly probability: number }
  | { readonly kind: 'reset'; readonly every_ms: number | undefined }
  | { readonly kind: 'blackhole' }
  | { readonly kind: 'bandwidth'; readonly limit_bytesPerSecond: number };

export interface NetworkFaultTask extends TaskCommon {
  readonly kind: 'network-fault';
  readonly fault: NetworkFault;
  readonly target: BrokerSelector;
  readonly direction: 'both' | 'to-broker' | 'from-broker';
  readonly at_ms: number;
  readonly for_ms: number;
}

export const objectStoreOperations = ['read', 'write', 'list', 'delete'] as const;
export type ObjectStoreOperation = (typeof objectStoreOperations)[number];

export type ObjectStoreFault =
  | { readonly kind: 'latency'; readonly latency_ms: number; readonly jitter_ms: number }
  | { readonly kind: 'errors'; readonly probability: number }
  | { readonly kind: 'outage' };

export interface ObjectStoreFaultTask extends TaskCommon {
  readonly kind: 'object-store-fault';
  readonly fault: ObjectStoreFault;
  readonly operations: readonly ObjectStoreOperation[];
  readonly target: BrokerSelector;
  readonly at_ms: number;
  readonly for_ms: number;
}

export interface WorkerPreemptionTask extends TaskCommon {
  readonly kind: 'worker-preemption';
  readonly kill:
    | { readonly kind: 'count'; readonly count: number }
    | { readonly kind: 'share'; readonly fraction: number };
  readonly role: 'any' | 'producer' | 'consumer';
  readonly at_ms: number;
}

export interface PartitionReassignTask extends TaskCommon {
  readonly kind: 'partition-reassign';
  readonly move: { readonly kind: 'all' } | { readonly kind: 'ids'; readonly partitions: readonly number[] };
  /** `other`: each partition to a broker other than its current leader. */
  readonly to: { readonly kind: 'other' } | { readonly kind: 'broker'; readonly id: number };
  readonly at_ms: number;
}

export interface ScaleTask extends TaskCommon {
  readonly kind: 'scale';
  /** Broker count to scale to, then back to the target's size after `for_ms`. */
  readonly to: number;
  readonly at_ms: number;
  readonly for_ms: number;
}

export interface ExperimentReplayTask extends TaskCommon {
  readonly kind: 'experiment-replay';
}

export interface SelfTestMutationTask extends TaskCommon {
  readonly kind: 'self-test-mutation';
  readonly mutation: Mutation;
  readonly partition: number;
  /** Records affected (drop-acked, duplicate, reorder). */
  readonly count: number;
  readonly at_ms: number;
  /** How long the partition stalls (stall-partition only). */
  readonly for_ms: number | undefined;
}

export type Task =
  | ProduceConsumeTask
  | CatchUpTask
  | BrokerKillTask
  | BrokerPauseTask
  | RollingRestartTask
  | NetworkFaultTask
  | ObjectStoreFaultTask
  | WorkerPreemptionTask
  | PartitionReassignTask
  | ScaleTask
  | ExperimentReplayTask
  | SelfTestMutationTask;

export interface Suite {
  readonly name: string;
  readonly description: string | undefined;
  /** The suite file as given to the loader (for messages and reports). */
  readonly file: string;
  readonly seed: number | undefined;
  readonly target: Target;
  /** Local worker processes (`--workers` overrides). */
  readonly workers: number;
  readonly soak: SoakOptions;
  readonly tasks: readonly Task[];
}

const latencyIds = (prefix: 'produce' | 'endToEnd', limits: LatencyLimits): AssertionId[] =>
  percentiles.filter((p) => limits[`${p}_ms`] !== undefined).map((p) => `latency.${prefix}.${p}` as const);

/** The assertions a task evaluates, in report order. */
export function enabledAssertions(task: Task): readonly AssertionId[] {
  const a = task.assert;
  const ids: AssertionId[] = [];
  if (a.continuity.lost) ids.push('continuity.lost');
  if (a.continuity.duplicated) ids.push('continuity.duplicated');
  if (a.continuity.reordered) ids.push('continuity.reordered');
  if (a.continuity.inconsistent) ids.push('continuity.inconsistent');
  ids.push(...latencyIds('produce', a.produceLatency), ...latencyIds('endToEnd', a.endToEndLatency));
  if (a.throughput) ids.push('throughput.window');
  if (a.stall_ms !== undefined) ids.push('progress.stall');
  if (isFaultKind(task.kind)) {
    if (a.recovery_ms !== undefined) ids.push('recovery.time');
    ids.push('fault.healed');
  }
  if (task.kind === 'catch-up') {
    ids.push('catchup.drain');
    if (task.maxProducerP99Increase_fraction !== undefined) ids.push('catchup.producerLatency');
  }
  if (a.balance) ids.push('balance.leaders');
  if (a.lifecycle) ids.push('experiment.lifecycle');
  ids.push('task.timeout');
  return ids;
}

/**
 * Why a task can only run against the embedded target (it needs control of broker processes or
 * their test-only fault injection), or undefined when it can also run against `--bootstrap`.
 */
export function embeddedOnlyReason(kind: TaskKind): string | undefined {
  switch (kind) {
    case 'broker-kill':
    case 'broker-pause':
    case 'rolling-restart':
    case 'scale':
      return `${kind} needs control of the broker processes, which only the embedded target gives`;
    case 'object-store-fault':
      return `${kind} needs the brokers' fault-injection API, which only the embedded target enables`;
    case 'self-test-mutation':
      return `${kind} needs brokers started with --enable-fault-injection, which only the embedded target does`;
    default:
      return undefined;
  }
}

/** Warmup plus workload of every task: a lower bound of a run's length (no startup, prepare, cleanup). */
export function loadTime_ms(suite: Suite): number {
  return suite.tasks.reduce((sum, task) => sum + task.warmup_ms + task.duration_ms, 0);
}
