// The storage engine: group-committed WAL writes, acks only when durable (I1), reads and recovery from the store (I3).
import { randomBytes, randomUUID } from 'node:crypto';
import { assert } from '../../common/errors.ts';
import type { Logger } from '../../common/log.ts';
import { MetadataLog, metaLogKey, metaLogStartKey } from './metadata-log.ts';
import {
  type MetadataSnapshot,
  MetadataState,
  type MetaEntry,
  partitionKey,
  type TopicMeta,
} from './metadata-state.ts';
import { type ObjectStore, ObjectStoreError } from './objectstore/types.ts';
import type { BatchLocation, IndexedBatch } from './partition-log.ts';
import { PartitionLog } from './partition-log.ts';
import type { ProducerBatchClaim, ProducerSnapshot } from './producer-state.ts';
import { createOnce, listAll, withRetries } from './store-retry.ts';
import {
  decodePreamble,
  decodeWalHeader,
  encodeSealObject,
  encodeWalObject,
  isSealObject,
  parseWalKey,
  streamObjectKey,
  streamObjectPrefix,
  type WalBatch,
  type WalPartitionEntry,
  walKey,
  walPreambleBytes,
} from './wal-format.ts';

/** A record batch v2 as received, with the header fields the engine needs. */
export interface AppendBatch {
  readonly bytes: Buffer;
  readonly lastOffsetDelta: number;
  readonly recordCount: number;
  readonly maxTimestamp: number;
  /** -1n when the producer is not idempotent. */
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly baseSequence: number;
}

export type StorageErrorKind =
  | 'unknown-topic-or-partition'
  | 'out-of-order-sequence'
  | 'invalid-producer-epoch'
  | 'storage-unavailable'
  | 'offset-out-of-range'
  | 'topic-exists'
  | 'invalid-partitions'
  | 'invalid-config'
  /** A newer incarnation of this node took over: this process must stop serving. */
  | 'fenced'
  /** Another broker leads the partition (or this one is still loading it): the client refreshes metadata. */
  | 'not-leader';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, message: string) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

export interface AppendResult {
  readonly baseOffset: number;
  readonly logStartOffset: number;
  readonly logAppendTime_ms: number;
}

export interface ReadResult {
  readonly records: Buffer[];
  readonly bytes: number;
  readonly highWatermark: number;
  readonly logStartOffset: number;
}

export interface EngineOptions {
  readonly nodeId: number;
  readonly logger: Logger;
  /** Most WAL objects written at once; acks still go out in order. */
  readonly maxInFlightCommits?: number;
  /** A WAL object is cut once this many bytes are buffered. */
  readonly maxWalObject_bytes?: number;
  /** Bytes of recent batches kept in memory for tail reads. */
  readonly logCache_bytes?: number;
  /** Bytes of cold reads kept in memory. */
  readonly blockCache_bytes?: number;
  readonly defaultPartitions?: number;
  /** Told about every WAL commit, for metrics. */
  readonly observer?: { committed(latency_ms: number, size_bytes: number): void; commitFailed(): void };
  /** Called once when a newer incarnation of this node fences this one. */
  readonly onFenced?: (reason: string) => void;
  /**
   * The address clients dial. With it the engine is a cluster member: it registers, leads only
   * the partitions the metadata log gives it, and hands partitions over; without it (tests,
   * tools) it serves every partition alone.
   */
  readonly endpoint?: { readonly host: string; readonly port: number };
  /**
   * Compaction of WAL objects into per-partition stream objects (then the WAL objects are
   * deleted). A partition is compacted once it has `minBytes` in WAL objects or its oldest such
   * batch is `maxAge_ms` old; a stream object holds at most `maxObject_bytes`.
   */
  readonly compaction?: {
    readonly interval_ms?: number;
    readonly minBytes?: number;
    readonly maxAge_ms?: number;
    readonly maxObject_bytes?: number;
  };
  /** Told about metadata entries as they are applied (`own`: written by this process). */
  readonly onMeta?: (entries: readonly MetaEntry[], own: boolean) => void;
  /**
   * Metadata snapshots: one every `every` log objects (2000), and the log objects a snapshot
   * covers are deleted once that snapshot is `grace_ms` old (60 s), by its writer.
   */
  readonly metadataSnapshots?: { readonly every?: number; readonly grace_ms?: number };
}

/** Metrics the admin endpoint exports. */
export interface EngineStats {
  walCommits_total: number;
  walCommitBytes_total: number;
  walCommitFailures_total: number;
  lastWalCommitLatency_ms: number;
  cacheHits_total: number;
  cacheMisses_total: number;
}

interface PendingAppend {
  readonly log: PartitionLog;
  readonly batches: {
    readonly batch: AppendBatch;
    readonly baseOffset: number;
    readonly lastOffset: number;
  }[];
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface Commit {
  readonly seq: number;
  readonly appends: PendingAppend[];
  state: 'writing' | 'done' | 'failed';
  key: string;
  dataOffset: number;
  header: { entries: WalPartitionEntry[] } | undefined;
  /** The encoded WAL object: the log cache keeps slices of it rather than the request frames. */
  walBytes: Buffer;
  error: unknown;
  startedAt_ms: number;
  bytes: number;
}

const mib = 1024 * 1024;

/** The partition's leadership changed while its release was being appended: look again. */
class ReleaseObsolete extends Error {}

/** Another broker took the producer id block we wanted: pick the next one. */
class ProducerIdRace extends Error {}

/** Remembers a durable idempotent batch in the partition's producer state (commit and replay alike). */
function applyProducerState(log: PartitionLog, batch: WalBatch): void {
  if (batch.producerId === undefined) return;
  log.producers.applyDurable(
    {
      producerId: BigInt(batch.producerId),
      producerEpoch: batch.producerEpoch ?? 0,
      baseSequence: batch.baseSequence ?? 0,
      recordCount: batch.recordCount,
    },
    batch.baseOffset,
    batch.lastOffset,
  );
}
const snapshotPrefix = 'meta/snapshot/';
const snapshotKey = (seq: number): string => `${snapshotPrefix}${seq.toString().padStart(12, '0')}`;

/** A batch found while replaying the WAL, with the producer fields its header carries. */
interface ReplayedBatch {
  readonly indexed: IndexedBatch;
  readonly wal: WalBatch;
}

/** WAL objects fetched concurrently while replaying a stream at start-up. */
const replayWindow = 16;
/** Stream objects one compaction pass may cut per partition (64 MiB each by default). */
const maxCompactionRounds = 32;
/** Replay first reads this much of a WAL object, which holds the whole header of most objects. */
const replayHeadRead_bytes = 64 * 1024;

/**
 * Lifecycle: `open` replays the metadata log and the WAL from the store, seals the streams of
 * earlier incarnations of this node, and only then serves. Every acknowledged append is in a
 * WAL object that exists in the store and that no seal voids.
 */
export class StorageEngine {
  readonly store: ObjectStore;
  private state = new MetadataState();
  /** The metadata log folded: topics, members, leaders, offsets, streams. */
  get meta(): MetadataState {
    return this.state;
  }
  /** The log entry the newest snapshot this broker knows of covers. */
  private snapshotSeq = -1;
  /** Snapshots this process wrote and still keeps: covered log entry -> when written. */
  private readonly snapshotsWritten = new Map<number, number>();
  /** The first metadata log object not yet deleted, as far as this process knows. */
  private metaLogStart: number | undefined;
  readonly stats: EngineStats = {
    walCommits_total: 0,
    walCommitBytes_total: 0,
    walCommitFailures_total: 0,
    lastWalCommitLatency_ms: 0,
    cacheHits_total: 0,
    cacheMisses_total: 0,
  };
  private readonly logger: Logger;
  private readonly options: Required<
    Omit<EngineOptions, 'logger' | 'endpoint' | 'onMeta' | 'compaction' | 'metadataSnapshots'>
  >;
  private readonly compaction: Required<NonNullable<EngineOptions['compaction']>>;
  private readonly snapshots: Required<NonNullable<EngineOptions['metadataSnapshots']>>;
  private compactionTimer: NodeJS.Timeout | undefined;
  private compactionRunning = false;
  private kickQueued = false;
  /** What each WAL object read or written holds (partition key -> last offset), per stream and seq: for trimming. */
  private readonly walCatalog = new Map<string, Map<number, readonly (readonly [string, number])[]>>();
  /** Compaction and trimming counters, for metrics and tests. */
  readonly compactionStats = {
    streamObjects_total: 0,
    compactedBytes_total: 0,
    walObjectsDeleted_total: 0,
    deletedTopicObjects_total: 0,
    metaLogObjectsDeleted_total: 0,
  };
  readonly endpoint: { readonly host: string; readonly port: number } | undefined;
  private readonly onMeta: (entries: readonly MetaEntry[], own: boolean) => void;
  /** This process's block of producer ids. */
  private producerIdNext = 0n;
  private producerIdEnd = 0n;
  /** Partitions this broker leads but has not loaded yet (waiting for a release, or replaying). */
  private readonly takeovers = new Map<string, { topicId: string; partition: number; leaderEpoch: number }>();
  private takeoverRunning = false;
  /** Partitions being handed over: their writes are settling before `partition-released`. */
  private readonly releases = new Set<string>();
  private readonly metaLog: MetadataLog;
  private readonly partitions = new Map<string, PartitionLog>();
  private streamId = '';
  private nextSeq = 0;
  private buffer: PendingAppend[] = [];
  private bufferBytes = 0;
  private readonly inFlight: Commit[] = [];
  private recovering = false;
  /** False while the store is replayed at start-up: leadership changes are applied at its end. */
  private serving = false;
  private fencedReason: string | undefined;
  /** Unique per process: the owner of this node id while it is the latest in the metadata log. */
  readonly incarnation = randomUUID();
  private closed = false;
  private cachedBytes = 0;
  private readonly cacheOrder: IndexedBatch[] = [];
  private cacheHead = 0;
  private readonly blockCache = new Map<string, Buffer>();
  private blockCacheBytes = 0;
  private readonly topicCreations = new Map<string, Promise<TopicMeta>>();
  private readonly idleWaiters = new Set<() => void>();

  private constructor(store: ObjectStore, options: EngineOptions) {
    this.store = store;
    this.logger = options.logger;
    this.options = {
      nodeId: options.nodeId,
      maxInFlightCommits: options.maxInFlightCommits ?? 4,
      maxWalObject_bytes: options.maxWalObject_bytes ?? 8 * mib,
      logCache_bytes: options.logCache_bytes ?? 256 * mib,
      blockCache_bytes: options.blockCache_bytes ?? 64 * mib,
      defaultPartitions: options.defaultPartitions ?? 1,
      onFenced: options.onFenced ?? (() => {}),
      observer: options.observer ?? { committed: () => {}, commitFailed: () => {} },
    };
    this.endpoint = options.endpoint;
    this.compaction = {
      interval_ms: options.compaction?.interval_ms ?? 5000,
      minBytes: options.compaction?.minBytes ?? 4 * mib,
      maxAge_ms: options.compaction?.maxAge_ms ?? 30_000,
      maxObject_bytes: options.compaction?.maxObject_bytes ?? 64 * mib,
    };
    this.snapshots = {
      every: options.metadataSnapshots?.every ?? 2000,
      grace_ms: options.metadataSnapshots?.grace_ms ?? 60_000,
    };
    this.onMeta = options.onMeta ?? (() => {});
    this.metaLog = new MetadataLog(
      store,
      `node-${options.nodeId}`,
      (entries, _seq, own) => this.applyMeta(entries, own),
      {
        onTruncated: (error) => this.fence(error.message),
        // Well below the grace: what is deleted was written before this process last read the end.
        trustEndFor_ms: Math.min(10_000, this.snapshots.grace_ms / 6),
      },
    );
  }

  get nodeId(): number {
    return this.options.nodeId;
  }

  /** A cluster member (registered with an endpoint) rather than a lone engine. */
  get clustered(): boolean {
    return this.endpoint !== undefined;
  }

  /** Reads metadata entries other brokers appended. */
  pollMeta(): Promise<number> {
    return this.metaLog.poll();
  }

  /** Whether this broker should hold the partition's log (leads it, or serves everything alone). */
  private leadsHere(topicId: string, partition: number): boolean {
    if (!this.clustered) return true;
    return this.meta.leaders.get(partitionKey(topicId, partition))?.leader === this.options.nodeId;
  }

  leaderEpochOf(topicId: string, partition: number): number {
    return this.meta.leaders.get(partitionKey(topicId, partition))?.leaderEpoch ?? 0;
  }

  // ---------------------------------------------------------------- leadership

  /** Starts loading a partition this broker now leads, or hands over one it no longer leads. */
  private leadershipChanged(topicId: string, partition: number): void {
    if (!this.serving || !this.clustered) return;
    const key = partitionKey(topicId, partition);
    const leader = this.meta.leaders.get(key);
    if (leader?.leader === this.options.nodeId) {
      if (this.partitions.has(key)) return; // Still ours (e.g. a newer epoch for the same leader).
      this.takeovers.set(key, { topicId, partition, leaderEpoch: leader.leaderEpoch });
      void this.runTakeovers();
      return;
    }
    if (this.takeovers.delete(key)) {
      // Moved away before we loaded it: we never wrote it, so it is released at once.
      if (leader) void this.release(key, topicId, partition, leader.leaderEpoch, undefined);
      return;
    }
    const log = this.partitions.get(key);
    if (log && leader) void this.release(key, topicId, partition, leader.leaderEpoch, log);
  }

  /**
   * Stops writing a partition, waits until everything it wrote is settled (acked or voided), then
   * tells the new leader through `partition-released` that the data is complete.
   */
  private async release(
    key: string,
    topicId: string,
    partition: number,
    leaderEpoch: number,
    log: PartitionLog | undefined,
  ): Promise<void> {
    if (this.releases.has(key)) return;
    this.releases.add(key);
    try {
      if (log) {
        this.partitions.delete(key);
        const error = new StorageError('not-leader', `${log.topic}-${partition} moved to another broker`);
        const kept: PendingAppend[] = [];
        for (const append of this.buffer) {
          if (append.log === log) {
            for (const item of append.batches) this.bufferBytes -= item.batch.bytes.length;
            append.reject(error);
          } else kept.push(append);
        }
        this.buffer = kept;
        log.wakeReaders();
        // Every WAL write started so far must be settled: the new leader reads the gapless prefix.
        const target = this.nextSeq;
        const streamAtRelease = this.streamId;
        const deadline = Date.now() + 60_000;
        while (
          !this.fencedReason &&
          (this.recovering ||
            this.inFlight.some((c) => c.seq < target && c.key === walKey(streamAtRelease, c.seq))) &&
          Date.now() < deadline
        ) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
      for (let attempt = 0; !this.fencedReason && !this.closed; attempt++) {
        // Released for the current epoch: the partition may have moved on again meanwhile (its
        // next leader died and the controller passed it on), and that leader waits for us too.
        const current = this.meta.leaders.get(key);
        if (!current || current.released || current.leader === this.options.nodeId) break;
        const epoch = current.leaderEpoch;
        try {
          await this.appendMeta(
            [{ type: 'partition-released', topicId, partition, leaderEpoch: epoch }],
            () => {
              const now = this.meta.leaders.get(key);
              if (now?.leaderEpoch !== epoch || now.released) throw new ReleaseObsolete();
            },
          );
          break;
        } catch (error) {
          if (error instanceof StorageError && error.kind === 'fenced') break;
          if (error instanceof ReleaseObsolete) continue;
          this.logger.warn({ err: error, topicId, partition }, 'cannot record a partition release yet');
          await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 100 * 2 ** attempt)));
        }
      }
      this.logger.info({ topicId, partition, leaderEpoch }, 'released partition leadership');
    } finally {
      this.releases.delete(key);
    }
  }

  /** Loads the partitions this broker took over whose previous leader released them. */
  private async runTakeovers(): Promise<void> {
    if (this.takeoverRunning) return;
    this.takeoverRunning = true;
    // Let the rest of the metadata entry being applied add its partitions: one replay for all.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (!this.closed && !this.fencedReason) {
        const ready = [...this.takeovers].filter(([key]) => this.meta.leaders.get(key)?.released);
        if (ready.length === 0) break;
        const started = performance.now();
        const logs = new Map<string, PartitionLog>();
        for (const [key, takeover] of ready) {
          const topic = this.meta.topicsById.get(takeover.topicId);
          if (!topic) {
            this.takeovers.delete(key);
            continue;
          }
          const log = new PartitionLog(takeover.topicId, topic.name, takeover.partition);
          log.advanceLogStart(this.meta.logStartOffsets.get(key) ?? 0);
          logs.set(key, log);
        }
        let objects = 0;
        try {
          objects = await this.replayInto(logs);
        } catch (error) {
          this.logger.warn({ err: error }, 'cannot load taken-over partitions yet; retrying');
          await new Promise((resolve) => setTimeout(resolve, 500));
          continue;
        }
        for (const [key, log] of logs) {
          const takeover = this.takeovers.get(key);
          const leader = this.meta.leaders.get(key);
          // Moved again while we were reading: leadershipChanged released it already.
          if (!takeover || leader?.leader !== this.options.nodeId) continue;
          this.takeovers.delete(key);
          this.partitions.set(key, log);
          log.wakeReaders();
        }
        this.logger.info(
          {
            partitions: [...logs.values()].map((l) => `${l.topic}-${l.partition}`),
            walObjects: objects,
            duration_ms: Math.round(performance.now() - started),
          },
          'took over partition leadership',
        );
      }
    } finally {
      this.takeoverRunning = false;
    }
  }

  /** Rebuilds the given partitions' indexes and producer state from every stream's valid prefix. */
  private async replayInto(logs: ReadonlyMap<string, PartitionLog>): Promise<number> {
    if (logs.size === 0) return 0;
    const listed = await this.listWalStreams();
    const perPartition = new Map<PartitionLog, ReplayedBatch[]>();
    // Streams are read side by side (each `replayWindow` objects ahead): on S3 a load then costs
    // a few round trips per stream rather than one per object of every stream in turn. The order
    // batches arrive in does not matter: they are sorted by offset below.
    const counts = await Promise.all(
      [...this.meta.streams.keys()].map((streamId) =>
        this.replayStream(streamId, listed.get(streamId) ?? [], perPartition, (topicId, partition) =>
          logs.get(partitionKey(topicId, partition)),
        ),
      ),
    );
    let objects = counts.reduce((sum, n) => sum + n, 0);
    // WAL objects trimmed while we read are covered by stream objects added before the trim.
    await this.metaLog.poll();
    for (const log of logs.values()) {
      const fromObjects = await this.loadStreamObjects(log);
      objects += fromObjects.read;
      const walBatches = (perPartition.get(log) ?? []).filter(
        (b) => b.indexed.baseOffset > fromObjects.covered,
      );
      // A partition's batches may sit in several streams (one per leader it had): index them, and
      // rebuild its producer state, in offset order.
      walBatches.sort((a, b) => a.indexed.baseOffset - b.indexed.baseOffset);
      for (const indexed of fromObjects.batches)
        if (indexed.lastOffset >= log.logStartOffset) log.appendDurable(indexed);
      if (fromObjects.snapshot) log.producers.restore(fromObjects.snapshot.producers);
      const snapshotOffset = fromObjects.snapshot?.offset ?? 0;
      for (const { indexed, wal } of walBatches) {
        if (indexed.baseOffset >= snapshotOffset) applyProducerState(log, wal);
        if (indexed.lastOffset >= log.logStartOffset) log.appendDurable(indexed);
      }
      // Batches read back from WAL objects (another broker's, or an earlier incarnation's) are
      // compacted at the next pass whatever their age: until then every later load of the
      // partition, on any broker, reads those WAL objects again, and their streams cannot be
      // trimmed. Partitions that move often would otherwise never reach the age limit.
      if (walBatches.length > 0) log.walSince_ms = Date.now() - this.compaction.maxAge_ms;
    }
    for (const log of logs.values()) {
      if (log.highWatermark < log.logStartOffset) log.highWatermark = log.logStartOffset;
      log.nextOffset = log.highWatermark;
    }
    return objects;
  }

  /** Partitions this broker leads but has not loaded yet. */
  get loadingPartitions(): number {
    return this.takeovers.size;
  }

  /** Whether the partition exists in the cluster (whoever leads it). */
  partitionExists(topic: string, partition: number): boolean {
    const meta = this.meta.topicsByName.get(topic);
    return meta !== undefined && partition >= 0 && partition < meta.partitions;
  }

  static async open(store: ObjectStore, options: EngineOptions): Promise<StorageEngine> {
    const engine = new StorageEngine(store, options);
    await engine.recover();
    engine.compactionTimer = setInterval(() => void engine.compactNow(), engine.compaction.interval_ms);
    engine.compactionTimer.unref();
    return engine;
  }

  get clusterId(): string {
    assert(this.meta.clusterId, 'cluster id is known after recovery');
    return this.meta.clusterId;
  }

  // ---------------------------------------------------------------- metadata

  private applyMeta(entries: readonly MetaEntry[], own: boolean): void {
    for (const entry of entries) {
      this.meta.apply(entry);
      switch (entry.type) {
        case 'topic-created':
        case 'partitions-added':
          this.ensurePartitionLogs(entry.topicId);
          break;
        case 'leaders-changed':
          for (const change of entry.changes) this.leadershipChanged(change.topicId, change.partition);
          break;
        case 'partition-released':
          if (this.takeovers.has(partitionKey(entry.topicId, entry.partition))) void this.runTakeovers();
          break;
        case 'broker-unregistered':
          if (entry.incarnation === this.incarnation && !own && !this.closed)
            this.fence(`the cluster controller unregistered this broker: ${entry.reason}`);
          break;
        case 'stream-sealed':
          if (entry.streamId === this.streamId && !own && !this.closed)
            this.fence(`another broker sealed this broker's WAL stream ${entry.streamId}`);
          break;
        case 'topic-deleted':
          for (const [key, log] of this.partitions) {
            if (log.topicId === entry.topicId) {
              this.partitions.delete(key);
              log.wakeReaders();
            }
          }
          break;
        case 'log-start-moved':
          this.partitions
            .get(partitionKey(entry.topicId, entry.partition))
            ?.advanceLogStart(entry.logStartOffset);
          break;
        default:
          break;
      }
    }
    this.onMeta(entries, own);
  }

  private ensurePartitionLogs(topicId: string): void {
    const topic = this.meta.topicsById.get(topicId);
    if (!topic) return;
    for (let partition = 0; partition < topic.partitions; partition++) {
      const key = partitionKey(topicId, partition);
      if (!this.leadsHere(topicId, partition)) continue;
      const leader = this.meta.leaders.get(key);
      if (leader && (!leader.released || leader.leaderEpoch > 0)) {
        // Not a brand-new partition: its data must be loaded (after the previous leader's release).
        this.leadershipChanged(topicId, partition);
        continue;
      }
      if (!this.partitions.has(key)) {
        const log = new PartitionLog(topicId, topic.name, partition);
        log.advanceLogStart(this.meta.logStartOffsets.get(key) ?? 0);
        this.partitions.set(key, log);
      }
    }
  }

  /**
   * Appends metadata entries durably (and applies them), unless a newer incarnation took over the
   * node or the cluster dropped this broker; `validate` adds a check against the state at append time.
   */
  appendMeta(entries: readonly MetaEntry[], validate?: () => void): Promise<number> {
    if (this.fencedReason)
      return Promise.reject(new StorageError('fenced', `broker is fenced: ${this.fencedReason}`));
    return this.metaLog.append(entries, () => {
      const current = this.meta.incarnations.get(this.options.nodeId);
      if (current !== this.incarnation) {
        throw new StorageError(
          'fenced',
          `node ${this.options.nodeId} was taken over by incarnation ${current}`,
        );
      }
      if (
        this.clustered &&
        this.serving &&
        this.meta.brokers.get(this.options.nodeId)?.incarnation !== this.incarnation
      )
        throw new StorageError('fenced', `node ${this.options.nodeId} is no longer a cluster member`);
      validate?.();
    });
  }

  get isFenced(): boolean {
    return this.fencedReason !== undefined;
  }

  topic(name: string): TopicMeta | undefined {
    return this.meta.topicsByName.get(name);
  }

  topics(): TopicMeta[] {
    return [...this.meta.topicsByName.values()];
  }

  partitionLog(topic: string, partition: number): PartitionLog | undefined {
    const meta = this.meta.topicsByName.get(topic);
    return meta ? this.partitions.get(partitionKey(meta.topicId, partition)) : undefined;
  }

  async createTopic(
    name: string,
    partitions: number,
    configs: Record<string, string> = {},
  ): Promise<TopicMeta> {
    if (this.meta.topicsByName.has(name))
      throw new StorageError('topic-exists', `topic ${name} already exists`);
    if (!Number.isInteger(partitions) || partitions < 1 || partitions > 10_000) {
      throw new StorageError(
        'invalid-partitions',
        `topic ${name}: partitions must be 1..10000, got ${partitions}`,
      );
    }
    const pending = this.topicCreations.get(name);
    if (pending) return pending;
    const creation = (async () => {
      await this.appendMeta([
        {
          type: 'topic-created',
          name,
          topicId: randomUUID(),
          partitions,
          configs,
          ...(this.clustered ? { leaders: this.placeLeaders(name, partitions) } : {}),
        },
      ]);
      const topic = this.meta.topicsByName.get(name);
      assert(topic, `topic ${name} exists after its creation was committed`);
      return topic;
    })();
    this.topicCreations.set(name, creation);
    try {
      return await creation;
    } finally {
      this.topicCreations.delete(name);
    }
  }

  /**
   * Leaders for new partitions: round robin over the live brokers (not draining ones), starting
   * at the least loaded, so that topics spread evenly from the start.
   */
  private placeLeaders(name: string, count: number): number[] {
    const live = this.meta.liveBrokers().filter((b) => !b.draining);
    const pool = live.length > 0 ? live.map((b) => b.nodeId) : [this.options.nodeId];
    const load = new Map(pool.map((id) => [id, 0]));
    for (const leader of this.meta.leaders.values())
      if (load.has(leader.leader)) load.set(leader.leader, load.get(leader.leader)! + 1);
    const order = [...pool].sort((a, b) => load.get(a)! - load.get(b)! || a - b);
    let hash = 0;
    for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
    const leaders: number[] = [];
    for (let i = 0; i < count; i++) leaders.push(order[i % order.length]);
    return leaders;
  }

  /** For auto topic creation: the topic, created with the default partition count if missing. */
  async ensureTopic(name: string): Promise<TopicMeta> {
    const existing = this.meta.topicsByName.get(name);
    if (existing) return existing;
    const pending = this.topicCreations.get(name);
    if (pending) return pending;
    try {
      return await this.createTopic(name, this.options.defaultPartitions);
    } catch (error) {
      const topic = this.meta.topicsByName.get(name);
      if (topic) return topic;
      throw error;
    }
  }

  async deleteTopic(name: string): Promise<void> {
    const topic = this.meta.topicsByName.get(name);
    if (!topic) throw new StorageError('unknown-topic-or-partition', `topic ${name} does not exist`);
    await this.appendMeta([{ type: 'topic-deleted', topicId: topic.topicId }]);
  }

  async createPartitions(name: string, count: number): Promise<void> {
    const topic = this.meta.topicsByName.get(name);
    if (!topic) throw new StorageError('unknown-topic-or-partition', `topic ${name} does not exist`);
    if (!Number.isInteger(count) || count <= topic.partitions || count > 10_000) {
      throw new StorageError(
        'invalid-partitions',
        `topic ${name} has ${topic.partitions} partitions; the new count must be larger (got ${count})`,
      );
    }
    await this.appendMeta([
      {
        type: 'partitions-added',
        topicId: topic.topicId,
        partitions: count,
        ...(this.clustered ? { leaders: this.placeLeaders(name, count - topic.partitions) } : {}),
      },
    ]);
  }

  async setConfigs(name: string, configs: Record<string, string | null>): Promise<void> {
    const topic = this.meta.topicsByName.get(name);
    if (!topic) throw new StorageError('unknown-topic-or-partition', `topic ${name} does not exist`);
    await this.appendMeta([{ type: 'configs-set', topicId: topic.topicId, configs }]);
  }

  async allocateProducerId(): Promise<bigint> {
    for (let attempt = 0; this.producerIdNext >= this.producerIdEnd; attempt++) {
      // Blocks are cluster-wide: the append is valid only if nobody took a block since we looked.
      const start = this.meta.producerIdLimit === 0n ? 1000n : this.meta.producerIdLimit;
      try {
        await this.appendMeta(
          [
            {
              type: 'producer-ids-allocated',
              start: start.toString(),
              count: 1000,
              incarnation: this.incarnation,
            },
          ],
          () => {
            if (this.meta.producerIdLimit > start) throw new ProducerIdRace();
          },
        );
        this.producerIdNext = start;
        this.producerIdEnd = start + 1000n;
      } catch (error) {
        if (!(error instanceof ProducerIdRace) || attempt >= 20) throw error;
      }
    }
    const id = this.producerIdNext;
    this.producerIdNext = id + 1n;
    return id;
  }

  /** Moves the log start offset durably (DeleteRecords); `offset` -1 means the high watermark. */
  async deleteRecords(topic: string, partition: number, offset: number): Promise<number> {
    const log = this.requirePartition(topic, partition);
    const target = offset === -1 ? log.highWatermark : offset;
    if (target < 0 || target > log.highWatermark) {
      throw new StorageError(
        'offset-out-of-range',
        `${topic}-${partition}: cannot delete up to ${offset}; high watermark is ${log.highWatermark}`,
      );
    }
    if (target > log.logStartOffset) {
      await this.appendMeta([
        { type: 'log-start-moved', topicId: log.topicId, partition, logStartOffset: target },
      ]);
    }
    return log.logStartOffset;
  }

  requirePartition(topic: string, partition: number): PartitionLog {
    const log = this.partitionLog(topic, partition);
    if (!log && this.partitionExists(topic, partition))
      throw new StorageError('not-leader', `${topic}-${partition} is led by another broker`);
    if (!log) throw new StorageError('unknown-topic-or-partition', `${topic}-${partition} does not exist`);
    return log;
  }

  // ---------------------------------------------------------------- write path

  /**
   * Appends batches to one partition. Resolves once they are durable in the object store;
   * rejects with a StorageError a client can retry on.
   */
  append(log: PartitionLog, batches: readonly AppendBatch[]): Promise<AppendResult> {
    if (this.closed)
      return Promise.reject(new StorageError('storage-unavailable', 'broker is shutting down'));
    if (this.recovering) {
      return Promise.reject(
        new StorageError(
          'storage-unavailable',
          'the WAL is being resealed after an object-store failure; retry',
        ),
      );
    }
    if (this.partitions.get(partitionKey(log.topicId, log.partition)) !== log) {
      return Promise.reject(
        new StorageError('not-leader', `${log.topic}-${log.partition} is not led by this broker`),
      );
    }
    let durableResolve!: () => void;
    let durableReject!: (error: unknown) => void;
    const durable = new Promise<void>((resolve, reject) => {
      durableResolve = resolve;
      durableReject = reject;
    });
    durable.catch(() => {});
    const placed: PendingAppend['batches'] = [];
    let duplicateOf: { baseOffset: number; durable: Promise<void> | undefined } | undefined;
    for (const batch of batches) {
      if (batch.producerId >= 0n) {
        const claim: ProducerBatchClaim = {
          producerId: batch.producerId,
          producerEpoch: batch.producerEpoch,
          baseSequence: batch.baseSequence,
          recordCount: batch.recordCount,
        };
        const verdict = log.producers.check(claim);
        if (verdict.kind === 'duplicate') {
          // A retry of a batch we already took: answer with its original offset (KIP-98).
          if (batches.length === 1)
            duplicateOf = { baseOffset: verdict.batch.baseOffset, durable: verdict.batch.durable };
          continue;
        }
        if (verdict.kind === 'out-of-order') {
          return Promise.reject(
            new StorageError(
              'out-of-order-sequence',
              `${log.topic}-${log.partition}: producer ${batch.producerId} sent sequence ${batch.baseSequence}, expected ${verdict.expected}`,
            ),
          );
        }
        if (verdict.kind === 'fenced-epoch') {
          return Promise.reject(
            new StorageError(
              'invalid-producer-epoch',
              `${log.topic}-${log.partition}: producer epoch ${batch.producerEpoch} < ${verdict.current}`,
            ),
          );
        }
        const baseOffset = log.nextOffset;
        const lastOffset = baseOffset + batch.lastOffsetDelta;
        log.producers.acceptPending(claim, baseOffset, lastOffset, durable);
        log.nextOffset = lastOffset + 1;
        placed.push({ batch, baseOffset, lastOffset });
      } else {
        const baseOffset = log.nextOffset;
        const lastOffset = baseOffset + batch.lastOffsetDelta;
        log.nextOffset = lastOffset + 1;
        placed.push({ batch, baseOffset, lastOffset });
      }
    }
    if (placed.length === 0) {
      const original = duplicateOf;
      if (!original)
        return Promise.resolve({
          baseOffset: log.highWatermark,
          logStartOffset: log.logStartOffset,
          logAppendTime_ms: -1,
        });
      return (original.durable ?? Promise.resolve()).then(() => ({
        baseOffset: original.baseOffset,
        logStartOffset: log.logStartOffset,
        logAppendTime_ms: -1,
      }));
    }
    for (const item of placed) {
      // Offsets are assigned by patching the base offset; the CRC does not cover it.
      item.batch.bytes.writeBigInt64BE(BigInt(item.baseOffset), 0);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      const pending: PendingAppend = {
        log,
        batches: placed,
        resolve: (result) => {
          durableResolve();
          resolve(result);
        },
        reject: (error) => {
          durableReject(error);
          reject(error);
        },
      };
      this.buffer.push(pending);
      for (const item of placed) this.bufferBytes += item.batch.bytes.length;
      this.kick();
    });
  }

  /**
   * Starts WAL writes for what is buffered, once the current synchronous run is over: the
   * partitions of one produce request (appended one after the other, without awaiting) then
   * share one WAL object instead of taking one each, and the request waits for one write.
   */
  private kick(): void {
    if (this.kickQueued) return;
    this.kickQueued = true;
    queueMicrotask(() => {
      this.kickQueued = false;
      this.kickNow();
    });
  }

  private kickNow(): void {
    while (
      !this.recovering &&
      this.buffer.length > 0 &&
      this.inFlight.length < this.options.maxInFlightCommits
    ) {
      // Cut a WAL object from what is buffered; what arrives meanwhile forms the next one.
      let taken = 0;
      let bytes = 0;
      while (taken < this.buffer.length && (taken === 0 || bytes < this.options.maxWalObject_bytes)) {
        for (const item of this.buffer[taken].batches) bytes += item.batch.bytes.length;
        taken++;
      }
      const appends = this.buffer.splice(0, taken);
      this.bufferBytes -= bytes;
      this.startCommit(appends, bytes);
    }
  }

  private startCommit(appends: PendingAppend[], bytes: number): void {
    const seq = this.nextSeq++;
    const key = walKey(this.streamId, seq);
    const commit: Commit = {
      seq,
      appends,
      state: 'writing',
      key,
      dataOffset: 0,
      header: undefined,
      walBytes: Buffer.alloc(0),
      error: undefined,
      startedAt_ms: performance.now(),
      bytes,
    };
    this.inFlight.push(commit);
    // Group the batches by partition so that each partition's bytes are contiguous in the object.
    const byPartition = new Map<PartitionLog, PendingAppend['batches']>();
    for (const append of appends) {
      let list = byPartition.get(append.log);
      if (!list) {
        list = [];
        byPartition.set(append.log, list);
      }
      list.push(...append.batches);
    }
    const data: Buffer[] = [];
    const entries: WalPartitionEntry[] = [];
    let pos = 0;
    for (const [log, placed] of byPartition) {
      placed.sort((a, b) => a.baseOffset - b.baseOffset);
      const walBatches: WalBatch[] = [];
      for (const { batch, baseOffset, lastOffset } of placed) {
        walBatches.push({
          pos,
          len: batch.bytes.length,
          baseOffset,
          lastOffset,
          maxTimestamp: batch.maxTimestamp,
          recordCount: batch.recordCount,
          ...(batch.producerId >= 0n
            ? {
                producerId: batch.producerId.toString(),
                producerEpoch: batch.producerEpoch,
                baseSequence: batch.baseSequence,
              }
            : {}),
        });
        data.push(batch.bytes);
        pos += batch.bytes.length;
      }
      entries.push({
        topicId: log.topicId,
        partition: log.partition,
        leaderEpoch: this.leaderEpochOf(log.topicId, log.partition),
        batches: walBatches,
      });
    }
    const nonce = randomBytes(8).toString('hex');
    const encoded = encodeWalObject(
      { streamId: this.streamId, seq, nonce, writtenAt_ms: Date.now(), entries },
      data,
    );
    commit.header = { entries };
    commit.dataOffset = encoded.dataOffset;
    commit.walBytes = encoded.bytes;
    const isOurs = (existing: Buffer): boolean => {
      try {
        return decodeWalHeader(existing, key).header.nonce === nonce;
      } catch {
        return false;
      }
    };
    createOnce(this.store, key, encoded.bytes, isOurs).then(
      (outcome) => {
        if (outcome === 'exists-other') {
          // Only a newer incarnation writes into our stream: its seal. We are fenced.
          commit.state = 'failed';
          commit.error = new StorageError(
            'fenced',
            `WAL object ${key} was sealed by a newer incarnation of node ${this.options.nodeId}`,
          );
        } else {
          commit.state = 'done';
        }
        this.settle();
      },
      (error: unknown) => {
        commit.state = 'failed';
        commit.error = error;
        this.settle();
      },
    );
  }

  /** Acks commits in sequence order; on the first failure, voids it and everything after it. */
  private settle(): void {
    while (this.inFlight.length > 0 && this.inFlight[0].state === 'done') {
      const commit = this.inFlight.shift()!;
      this.applyCommit(commit);
    }
    const head = this.inFlight[0];
    if (head?.state === 'failed' && head.error instanceof StorageError && head.error.kind === 'fenced') {
      this.fence(head.error.message);
      return;
    }
    if (head?.state === 'failed' && !this.recovering) {
      void this.recoverFromFailedCommit();
      return;
    }
    if (this.inFlight.length === 0 && this.buffer.length === 0) {
      for (const wake of this.idleWaiters) wake();
      this.idleWaiters.clear();
    }
    this.kick();
  }

  private applyCommit(commit: Commit): void {
    const latency_ms = performance.now() - commit.startedAt_ms;
    this.stats.walCommits_total++;
    this.stats.walCommitBytes_total += commit.bytes;
    this.stats.lastWalCommitLatency_ms = latency_ms;
    this.options.observer.committed(latency_ms, commit.bytes);
    const now = Date.now();
    const touched = new Set<PartitionLog>();
    const entries = commit.header!.entries;
    const parsedKey = parseWalKey(commit.key);
    if (parsedKey) this.catalogAdd(parsedKey.streamId, parsedKey.seq, entries);
    for (const entry of entries) {
      const log = this.partitions.get(partitionKey(entry.topicId, entry.partition));
      if (!log) continue; // Deleted while in flight.
      for (const walBatch of entry.batches) {
        const indexed: IndexedBatch = {
          baseOffset: walBatch.baseOffset,
          lastOffset: walBatch.lastOffset,
          maxTimestamp: walBatch.maxTimestamp,
          location: { key: commit.key, pos: commit.dataOffset + walBatch.pos, len: walBatch.len },
          bytes: commit.walBytes.subarray(
            commit.dataOffset + walBatch.pos,
            commit.dataOffset + walBatch.pos + walBatch.len,
          ),
        };
        log.appendDurable(indexed);
        log.walSince_ms ??= now;
        log.bytesIn_total += walBatch.len;
        if (indexed.bytes) this.addToLogCache(indexed);
        applyProducerState(log, walBatch);
      }
      touched.add(log);
    }
    for (const append of commit.appends) {
      append.resolve({
        baseOffset: append.batches[0].baseOffset,
        logStartOffset: append.log.logStartOffset,
        logAppendTime_ms: now,
      });
    }
    for (const log of touched) log.wakeReaders();
  }

  /**
   * A WAL write failed for good: void it and every later one by sealing the stream in the metadata
   * log, forget the offsets and producer sequences they took, and continue on a new stream.
   */
  private async recoverFromFailedCommit(): Promise<void> {
    this.recovering = true;
    const failed = this.inFlight[0];
    this.stats.walCommitFailures_total++;
    this.options.observer.commitFailed();
    this.logger.error(
      { err: failed.error, key: failed.key },
      'WAL write failed; sealing the stream and retrying on a new one',
    );
    // Wait for the writes still in flight: whatever they did, they are void after the seal.
    const deadline = Date.now() + 60_000;
    while (this.inFlight.some((c) => c.state === 'writing') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const voided = this.inFlight.splice(0);
    const buffered = this.buffer.splice(0);
    this.bufferBytes = 0;
    const error = new StorageError(
      'storage-unavailable',
      `object store write failed: ${(failed.error as Error)?.message ?? failed.error}`,
    );
    for (const commit of voided) for (const append of commit.appends) append.reject(error);
    for (const append of buffered) append.reject(error);
    for (const log of this.partitions.values()) {
      log.nextOffset = log.highWatermark;
      log.producers.rollback();
    }
    // Seal before any new write, retrying for as long as the store is down.
    for (
      let backoff_ms = 100;
      !this.closed && !this.fencedReason;
      backoff_ms = Math.min(backoff_ms * 2, 5000)
    ) {
      try {
        await this.openStream([{ type: 'stream-sealed', streamId: this.streamId, endSeq: failed.seq }]);
        break;
      } catch (sealError) {
        if (sealError instanceof StorageError && sealError.kind === 'fenced') {
          this.fence(sealError.message);
          break;
        }
        this.logger.warn({ err: sealError }, 'cannot seal the WAL stream yet; the object store is failing');
        await new Promise((resolve) => setTimeout(resolve, backoff_ms));
      }
    }
    this.recovering = false;
    this.settle();
  }

  /** Declares a new WAL stream (with `before` entries, e.g. the seal of the old one) and writes to it from then on. */
  private async openStream(before: readonly MetaEntry[]): Promise<void> {
    const streamId = `n${this.options.nodeId}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    await this.appendMeta([
      ...before,
      { type: 'stream-opened', streamId, nodeId: this.options.nodeId, incarnation: this.incarnation },
    ]);
    this.streamId = streamId;
    this.nextSeq = 0;
  }

  /** This incarnation lost its node id to a newer one: refuse everything from now on. */
  private fence(reason: string): void {
    if (this.fencedReason) return;
    this.fencedReason = reason;
    this.logger.error(
      { incarnation: this.incarnation },
      `fenced: ${reason}; this broker stops acking writes`,
    );
    const error = new StorageError('fenced', `broker is fenced: ${reason}`);
    for (const commit of this.inFlight.splice(0)) for (const append of commit.appends) append.reject(error);
    for (const append of this.buffer.splice(0)) append.reject(error);
    this.bufferBytes = 0;
    this.options.onFenced?.(reason);
  }

  /** Resolves when nothing is buffered or in flight (for shutdown). */
  flush(timeout_ms = 30_000): Promise<void> {
    if (this.inFlight.length === 0 && this.buffer.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeout_ms);
      this.idleWaiters.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  // ---------------------------------------------------------------- read path

  private addToLogCache(batch: IndexedBatch): void {
    this.cacheOrder.push(batch);
    this.cachedBytes += batch.location.len;
    while (this.cachedBytes > this.options.logCache_bytes && this.cacheHead < this.cacheOrder.length) {
      const evicted = this.cacheOrder[this.cacheHead++];
      if (evicted.bytes) {
        this.cachedBytes -= evicted.location.len;
        evicted.bytes = undefined;
      }
    }
    if (this.cacheHead > 4096 && this.cacheHead * 2 > this.cacheOrder.length) {
      this.cacheOrder.splice(0, this.cacheHead);
      this.cacheHead = 0;
    }
  }

  /**
   * Batches from `offset` up to the high watermark, at most maxBytes (but always the first batch,
   * KIP-74). The first batch may start before `offset`; clients skip records below it.
   */
  async read(log: PartitionLog, offset: number, maxBytes: number): Promise<ReadResult> {
    if (offset < log.logStartOffset || offset > log.highWatermark) {
      throw new StorageError(
        'offset-out-of-range',
        `${log.topic}-${log.partition}: offset ${offset} is outside [${log.logStartOffset}, ${log.highWatermark}]`,
      );
    }
    const records: Buffer[] = [];
    let bytes = 0;
    const highWatermark = log.highWatermark;
    let cold: IndexedBatch[] = [];
    for (let i = log.findBatch(offset); i < log.batches.length; i++) {
      const batch = log.batches[i];
      if (batch.baseOffset >= highWatermark) break;
      if (bytes > 0 && bytes + batch.location.len > maxBytes) break;
      bytes += batch.location.len;
      if (batch.bytes) {
        if (cold.length > 0) {
          records.push(...(await this.readCold(cold)));
          cold = [];
        }
        this.stats.cacheHits_total++;
        records.push(batch.bytes);
      } else {
        cold.push(batch);
      }
    }
    if (cold.length > 0) records.push(...(await this.readCold(cold)));
    return { records, bytes, highWatermark, logStartOffset: log.logStartOffset };
  }

  /** Reads batches that left the log cache, one ranged GET per run of adjacent batches. */
  private async readCold(batches: IndexedBatch[]): Promise<Buffer[]> {
    const out: Buffer[] = [];
    let i = 0;
    for (let moved = 0; i < batches.length; ) {
      // Locations are captured before the read: compaction may point the batches at a stream
      // object while the GET is in flight (and then delete the WAL object it reads).
      const first = batches[i].location;
      const cachedBlock = this.blockCache.get(`${first.key}@${first.pos}`);
      if (cachedBlock) {
        this.stats.cacheHits_total++;
        out.push(cachedBlock);
        i++;
        continue;
      }
      const run: BatchLocation[] = [first];
      let end = first.pos + first.len;
      for (let j = i + 1; j < batches.length; j++) {
        const location = batches[j].location;
        if (location.key !== first.key || location.pos !== end) break;
        run.push(location);
        end += location.len;
      }
      this.stats.cacheMisses_total++;
      let block: Buffer;
      try {
        block = await withRetries(() => this.store.get(first.key, { start: first.pos, end }));
      } catch (error) {
        // Compacted and deleted since the lookup: read again from where the batches are now.
        if (error instanceof ObjectStoreError && error.code === 'NotFound' && moved++ < 3) continue;
        if (error instanceof ObjectStoreError && error.code === 'NotFound')
          throw new StorageError('storage-unavailable', `${first.key} moved; retry the read`);
        throw error;
      }
      for (const location of run) {
        const slice = block.subarray(location.pos - first.pos, location.pos - first.pos + location.len);
        this.addToBlockCache(`${location.key}@${location.pos}`, slice);
        out.push(slice);
      }
      i += run.length;
    }
    return out;
  }

  private addToBlockCache(key: string, bytes: Buffer): void {
    this.blockCache.set(key, bytes);
    this.blockCacheBytes += bytes.length;
    for (const [oldest, value] of this.blockCache) {
      if (this.blockCacheBytes <= this.options.blockCache_bytes) break;
      this.blockCache.delete(oldest);
      this.blockCacheBytes -= value.length;
    }
  }

  /** ListOffsets: -2 earliest, -1 latest, otherwise the first batch with a timestamp >= t. */
  listOffset(log: PartitionLog, timestamp: number): { offset: number; timestamp: number } {
    if (timestamp === -2) return { offset: log.logStartOffset, timestamp: -1 };
    if (timestamp === -1) return { offset: log.highWatermark, timestamp: -1 };
    const index = log.findByTimestamp(timestamp);
    if (index < 0) return { offset: -1, timestamp: -1 };
    const batch = log.batches[index];
    return { offset: Math.max(batch.baseOffset, log.logStartOffset), timestamp: batch.maxTimestamp };
  }

  // ---------------------------------------------------------------- metadata snapshots

  /** Starts from the newest `meta/snapshot/<seq>` rather than entry 0 of the metadata log. */
  private async loadSnapshot(): Promise<void> {
    let lastError: unknown;
    // A snapshot listed here may be deleted before it is read (a newer one replaced it): list again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const newest = (await listAll(this.store, snapshotPrefix))
        .map((key) => ({ key, seq: Number(key.slice(snapshotPrefix.length)) }))
        .filter((k) => Number.isInteger(k.seq))
        .sort((a, b) => b.seq - a.seq)[0];
      if (!newest) break;
      try {
        const body = JSON.parse((await withRetries(() => this.store.get(newest.key))).toString('utf8')) as {
          seq: number;
          state: MetadataSnapshot;
        };
        this.state = MetadataState.fromSnapshot(body.state);
        this.metaLog.resumeAfter(body.seq);
        this.snapshotSeq = body.seq;
        this.logger.info({ seq: body.seq }, 'loaded the metadata snapshot');
        return;
      } catch (error) {
        lastError = error;
        this.logger.warn({ err: error, key: newest.key }, 'cannot use the metadata snapshot');
      }
    }
    // The log itself is the truth: without a usable snapshot, read it whole, if it is whole.
    const logStart = await this.metaLog.logStart();
    if (logStart > 0) {
      throw new Error(
        `cannot rebuild the cluster metadata: no metadata snapshot under ${snapshotPrefix} could be read ` +
          `(${lastError instanceof Error ? lastError.message : 'none found'}) and the metadata log before entry ` +
          `${logStart} was deleted; check the store's permissions and contents`,
      );
    }
    if (lastError) this.logger.warn('reading the whole metadata log instead of a snapshot');
  }

  /**
   * Writes the folded state as `meta/snapshot/<seq>` once the log has grown by `every` objects
   * since the last one (by the controller, or by a lone engine), and drops older ones.
   */
  private async maybeSnapshot(): Promise<void> {
    if (!this.isHousekeeper) return;
    // Read together, with no await between: the state is exactly the fold through `seq`.
    const seq = this.metaLog.appliedSeq;
    if (seq - this.snapshotSeq < this.snapshots.every) return;
    const body = Buffer.from(JSON.stringify({ seq, state: this.meta.toSnapshot() }), 'utf8');
    await this.store.put(snapshotKey(seq), body);
    const previous = this.snapshotSeq;
    this.snapshotSeq = seq;
    this.snapshotsWritten.set(seq, performance.now());
    for (const written of this.snapshotsWritten.keys())
      if (written < previous) this.snapshotsWritten.delete(written);
    // Keep the newest two: a broker that listed just before this one still finds the other.
    const old = (await listAll(this.store, snapshotPrefix)).filter(
      (key) => Number(key.slice(snapshotPrefix.length)) < previous,
    );
    if (old.length > 0) await this.store.delete(old).catch(() => {});
    this.logger.info({ seq, bytes: body.length }, 'wrote a metadata snapshot');
  }

  /**
   * The one broker that writes metadata snapshots, truncates the metadata log and deletes the
   * objects of deleted topics: the controller, or a broker that runs alone.
   */
  private get isHousekeeper(): boolean {
    return !this.clustered || this.meta.controller?.incarnation === this.incarnation;
  }

  /**
   * Deletes the metadata log objects that a kept snapshot of this process covers, once that
   * snapshot is `grace_ms` old. `meta/log-start` is raised first, so that a broker that was paused
   * for longer than that finds out it fell behind instead of mistaking the gap for the end of the
   * log (MetadataLogTruncatedError); one that runs reads past these entries long before.
   */
  private async truncateMetaLog(): Promise<void> {
    if (!this.isHousekeeper) return;
    const now = performance.now();
    let upTo = -1;
    for (const [seq, writtenAt] of this.snapshotsWritten)
      if (now - writtenAt >= this.snapshots.grace_ms && seq > upTo) upTo = seq;
    if (upTo < 0) return;
    this.metaLogStart ??= await this.metaLog.logStart();
    const from = this.metaLogStart;
    if (upTo + 1 <= from) return;
    await this.store.put(metaLogStartKey, Buffer.from(JSON.stringify({ seq: upTo + 1 }), 'utf8'));
    this.metaLogStart = upTo + 1;
    for (let first = from; first <= upTo; first += 1000) {
      const keys: string[] = [];
      for (let seq = first; seq <= Math.min(upTo, first + 999); seq++) keys.push(metaLogKey(seq));
      await this.store.delete(keys).catch(() => {});
    }
    this.compactionStats.metaLogObjectsDeleted_total += upTo + 1 - from;
    this.logger.info({ from, upTo }, 'deleted metadata log objects a snapshot covers');
  }

  // ---------------------------------------------------------------- compaction

  private catalogAdd(streamId: string, seq: number, entries: readonly WalPartitionEntry[]): void {
    let stream = this.walCatalog.get(streamId);
    if (!stream) {
      stream = new Map();
      this.walCatalog.set(streamId, stream);
    }
    if (stream.has(seq)) return;
    stream.set(
      seq,
      entries.map(
        (e) =>
          [partitionKey(e.topicId, e.partition), e.batches[e.batches.length - 1]?.lastOffset ?? -1] as const,
      ),
    );
  }

  /** The highest offset of a partition that stream objects (or the log start) make WAL objects redundant for. */
  private coveredUpTo(topicId: string, partition: number): number {
    let covered = (this.meta.logStartOffsets.get(partitionKey(topicId, partition)) ?? 0) - 1;
    for (const object of this.meta.streamObjects.values())
      if (object.topicId === topicId && object.partition === partition && object.lastOffset > covered)
        covered = object.lastOffset;
    return covered;
  }

  /** One compaction pass: cut stream objects for the partitions this broker leads, then trim WAL. */
  async compactNow(): Promise<void> {
    if (this.compactionRunning || this.closed || this.fencedReason || !this.serving) return;
    this.compactionRunning = true;
    try {
      const now = Date.now();
      for (const [key, log] of [...this.partitions]) {
        if (this.closed || this.fencedReason) break;
        await this.dropExpiredStreamObjects(log);
        // One stream object per round, as many rounds as the partition's WAL backlog needs: a
        // partition written fast (or just taken over) is wholly in stream objects after one pass.
        for (let round = 0; round < maxCompactionRounds && this.partitions.get(key) === log; round++) {
          const first = log.batches.findIndex((b) => b.location.key.startsWith('wal/'));
          if (first < 0) break;
          let end = first;
          let bytes = 0;
          while (
            end < log.batches.length &&
            log.batches[end].location.key.startsWith('wal/') &&
            (end === first || bytes + log.batches[end].location.len <= this.compaction.maxObject_bytes)
          ) {
            bytes += log.batches[end].location.len;
            end++;
          }
          const old = log.walSince_ms !== undefined && now - log.walSince_ms >= this.compaction.maxAge_ms;
          if (bytes < this.compaction.minBytes && !old) break;
          const done = await this.compactPartition(key, log, first, end).then(
            () => true,
            (error: unknown) => {
              this.logger.warn(
                { err: error, partition: `${log.topic}-${log.partition}` },
                'compaction failed; will retry',
              );
              return false;
            },
          );
          if (!done) break;
        }
      }
      await this.dropDeletedTopics();
      await this.trimWal();
      await this.maybeSnapshot();
      await this.truncateMetaLog();
    } catch (error) {
      this.logger.warn({ err: error }, 'compaction pass failed');
    } finally {
      this.compactionRunning = false;
    }
  }

  /** Writes batches [first, end) of a partition into one stream object and points the index at it. */
  private async compactPartition(key: string, log: PartitionLog, first: number, end: number): Promise<void> {
    const batches = log.batches.slice(first, end);
    const leaderEpoch = this.leaderEpochOf(log.topicId, log.partition);
    // The durable producer state as of the high watermark, read together with it (no await between).
    const snapshotOffset = log.highWatermark;
    const producers = log.producers.persistable();
    const data = await this.batchBytes(batches);
    const walBatches: WalBatch[] = [];
    let pos = 0;
    for (let i = 0; i < batches.length; i++) {
      const b = batches[i];
      walBatches.push({
        pos,
        len: data[i].length,
        baseOffset: b.baseOffset,
        lastOffset: b.lastOffset,
        maxTimestamp: b.maxTimestamp,
        recordCount: b.lastOffset - b.baseOffset + 1,
      });
      pos += data[i].length;
    }
    const nonce = randomBytes(6).toString('hex');
    const objectKey = streamObjectKey(log.topicId, log.partition, batches[0].baseOffset, nonce);
    const encoded = encodeWalObject(
      {
        streamId: 'data',
        seq: 0,
        nonce,
        writtenAt_ms: Date.now(),
        entries: [{ topicId: log.topicId, partition: log.partition, leaderEpoch, batches: walBatches }],
        producers,
        snapshotOffset,
      },
      data,
    );
    const outcome = await createOnce(this.store, objectKey, encoded.bytes, (existing) => {
      try {
        return decodeWalHeader(existing, objectKey).header.nonce === nonce;
      } catch {
        return false;
      }
    });
    if (outcome === 'exists-other') throw new Error(`stream object ${objectKey} exists already`);
    await this.appendMeta(
      [
        {
          type: 'stream-object-added',
          object: {
            key: objectKey,
            topicId: log.topicId,
            partition: log.partition,
            baseOffset: batches[0].baseOffset,
            lastOffset: batches[batches.length - 1].lastOffset,
            size_bytes: pos,
            index: [],
            maxTimestamp: Math.max(...batches.map((b) => b.maxTimestamp)),
          },
        },
      ],
      () => {
        // Only the partition's leader of this epoch may say where its data lives.
        if (this.clustered && !this.leadsHere(log.topicId, log.partition))
          throw new StorageError('not-leader', `${log.topic}-${log.partition} moved while it was compacted`);
        if (this.leaderEpochOf(log.topicId, log.partition) !== leaderEpoch)
          throw new StorageError('not-leader', `${log.topic}-${log.partition} changed leader epoch`);
      },
    );
    if (this.partitions.get(key) === log) {
      for (let i = 0; i < batches.length; i++)
        batches[i].location = {
          key: objectKey,
          pos: encoded.dataOffset + walBatches[i].pos,
          len: walBatches[i].len,
        };
      log.walSince_ms = log.batches.some((b) => b.location.key.startsWith('wal/')) ? Date.now() : undefined;
    }
    this.compactionStats.streamObjects_total++;
    this.compactionStats.compactedBytes_total += pos;
  }

  /** The bytes of batches, from the log cache where they still are, else from the store. */
  private async batchBytes(batches: readonly IndexedBatch[]): Promise<Buffer[]> {
    const out: Buffer[] = [];
    let cold: IndexedBatch[] = [];
    for (const batch of batches) {
      if (batch.bytes) {
        if (cold.length > 0) out.push(...(await this.readCold(cold)));
        cold = [];
        out.push(batch.bytes);
      } else cold.push(batch);
    }
    if (cold.length > 0) out.push(...(await this.readCold(cold)));
    return out;
  }

  /**
   * Stream objects of deleted topics are forgotten and deleted, by the controller (or a lone
   * broker) only, so that brokers do not race to delete the same keys. Objects that a leader cut
   * but never recorded before the deletion are found by listing the topic's prefix.
   */
  private async dropDeletedTopics(): Promise<void> {
    if (!this.isHousekeeper) return;
    const gone = new Map<string, string[]>();
    for (const object of this.meta.streamObjects.values()) {
      if (this.meta.topicsById.has(object.topicId)) continue;
      const keys = gone.get(object.topicId) ?? [];
      keys.push(object.key);
      gone.set(object.topicId, keys);
    }
    for (const [topicId, recorded] of gone) {
      if (this.closed || this.fencedReason) return;
      for (let i = 0; i < recorded.length; i += 1000)
        await this.appendMeta([{ type: 'stream-objects-removed', keys: recorded.slice(i, i + 1000) }]);
      const stray = await listAll(this.store, streamObjectPrefix(topicId));
      const keys = [...new Set([...recorded, ...stray])];
      for (let i = 0; i < keys.length; i += 1000)
        await this.store.delete(keys.slice(i, i + 1000)).catch(() => {});
      this.compactionStats.deletedTopicObjects_total += keys.length;
      this.logger.info({ topicId, objects: keys.length }, 'deleted the stream objects of a deleted topic');
    }
  }

  /** Bytes of acked batches, in the partitions this broker leads, that only WAL objects hold. */
  get uncompactedBytes(): number {
    let bytes = 0;
    for (const log of this.partitions.values())
      for (const batch of log.batches) if (batch.location.key.startsWith('wal/')) bytes += batch.location.len;
    return bytes;
  }

  /** Retention: stream objects wholly below the log start are forgotten and deleted. */
  private async dropExpiredStreamObjects(log: PartitionLog): Promise<void> {
    const expired = [...this.meta.streamObjects.values()].filter(
      (o) => o.topicId === log.topicId && o.partition === log.partition && o.lastOffset < log.logStartOffset,
    );
    if (expired.length === 0) return;
    const keys = expired.map((o) => o.key);
    await this.appendMeta([{ type: 'stream-objects-removed', keys }]);
    await this.store.delete(keys).catch(() => {});
  }

  /**
   * Deletes the prefix of each known WAL stream whose every partition is covered by stream
   * objects (or lies below its log start, or belongs to a deleted topic), after recording it.
   */
  private async trimWal(): Promise<void> {
    const coveredCache = new Map<string, number>();
    const covered = (pk: string): number => {
      let value = coveredCache.get(pk);
      if (value === undefined) {
        const colon = pk.lastIndexOf(':');
        value = this.coveredUpTo(pk.slice(0, colon), Number(pk.slice(colon + 1)));
        coveredCache.set(pk, value);
      }
      return value;
    };
    for (const [streamId, objects] of this.walCatalog) {
      const start = this.meta.trimmedStreams.get(streamId) ?? 0;
      let below = start;
      for (;;) {
        const parts = objects.get(below);
        if (!parts) break;
        const done = parts.every(
          ([pk, lastOffset]) =>
            !this.meta.topicsById.has(pk.slice(0, pk.lastIndexOf(':'))) || lastOffset <= covered(pk),
        );
        if (!done) break;
        below++;
      }
      for (const seq of objects.keys()) if (seq < start) objects.delete(seq);
      if (below <= start) continue;
      await this.appendMeta([{ type: 'wal-trimmed', streamId, belowSeq: below }]);
      const keys: string[] = [];
      for (let seq = start; seq < below; seq++) {
        keys.push(walKey(streamId, seq));
        objects.delete(seq);
      }
      for (let i = 0; i < keys.length; i += 500)
        await this.store.delete(keys.slice(i, i + 500)).catch(() => {});
      this.compactionStats.walObjectsDeleted_total += keys.length;
      if (objects.size === 0 && this.meta.sealedStreams.has(streamId)) this.walCatalog.delete(streamId);
    }
  }

  /** A partition's stream objects: their batches (from each object's header) and the newest producer snapshot. */
  private async loadStreamObjects(log: PartitionLog): Promise<{
    batches: IndexedBatch[];
    covered: number;
    read: number;
    snapshot: { producers: ProducerSnapshot; offset: number } | undefined;
  }> {
    const objects = [...this.meta.streamObjects.values()]
      .filter((o) => o.topicId === log.topicId && o.partition === log.partition)
      .sort((a, b) => a.baseOffset - b.baseOffset);
    const batches: IndexedBatch[] = [];
    let covered = -1;
    let snapshot: { producers: ProducerSnapshot; offset: number } | undefined;
    // Headers are read in parallel; a failure surfaces when its turn comes (never unhandled).
    const heads = objects.map((o) =>
      o.lastOffset < log.logStartOffset
        ? undefined
        : this.readWalHead(o.key).then(
            (bytes) => ({ bytes }),
            (error: unknown) => ({ error }),
          ),
    );
    for (let i = 0; i < objects.length; i++) {
      covered = Math.max(covered, objects[i].lastOffset);
      const head = await heads[i];
      if (!head) continue;
      if ('error' in head) {
        // Removed by retention since the metadata was read: nothing in it is readable any more.
        if (head.error instanceof ObjectStoreError && head.error.code === 'NotFound') continue;
        throw head.error;
      }
      const { header, dataOffset } = decodeWalHeader(head.bytes, objects[i].key);
      for (const entry of header.entries)
        for (const b of entry.batches)
          batches.push({
            baseOffset: b.baseOffset,
            lastOffset: b.lastOffset,
            maxTimestamp: b.maxTimestamp,
            location: { key: objects[i].key, pos: dataOffset + b.pos, len: b.len },
            bytes: undefined,
          });
      if (header.producers && header.snapshotOffset !== undefined)
        snapshot = { producers: header.producers, offset: header.snapshotOffset };
    }
    return { batches, covered, read: objects.length, snapshot };
  }

  // ---------------------------------------------------------------- recovery

  private async recover(): Promise<void> {
    await this.loadSnapshot();
    await this.metaLog.catchUp();
    // Claim the node id: from here on, metadata appends of earlier incarnations are refused. With
    // an endpoint this also registers the broker as a cluster member.
    await this.metaLog.append([
      {
        type: 'node-incarnation',
        nodeId: this.options.nodeId,
        incarnation: this.incarnation,
        ...(this.endpoint ? { host: this.endpoint.host, port: this.endpoint.port } : {}),
      },
    ]);
    if (!this.meta.clusterId) {
      await this.appendMeta([
        {
          type: 'cluster-created',
          clusterId: randomBytes(16).toString('base64url').slice(0, 22),
          at_ms: Date.now(),
        },
      ]);
    }
    const listed = await this.listWalStreams();
    // An earlier incarnation may still be running (paused, not dead): seal its open streams
    // with an object at the next free key, so that it can never ack another write (I2).
    const seals: MetaEntry[] = [];
    for (const [streamId, info] of this.meta.streams) {
      if (info.nodeId !== this.options.nodeId || this.meta.sealedStreams.has(streamId)) continue;
      seals.push({
        type: 'stream-sealed',
        streamId,
        endSeq: await this.sealStream(streamId, listed.get(streamId) ?? []),
      });
    }
    if (seals.length > 0) await this.appendMeta(seals);
    // A slow start shows where it spends its time: metadata and seals, or reading WAL headers.
    this.logger.info(
      {
        metadataEntries: this.metaLog.appliedSeq + 1,
        sealedStreams: seals.length,
        listedWalObjects: [...listed.values()].reduce((sum, seqs) => sum + seqs.length, 0),
      },
      'claimed the node id; replaying the WAL',
    );
    // Partitions of this node that an earlier incarnation was handing over: its streams are sealed
    // now, so the new leader may load them.
    const released: MetaEntry[] = [];
    for (const [key, leader] of this.meta.leaders) {
      if (leader.released || leader.previous !== this.options.nodeId) continue;
      const colon = key.lastIndexOf(':');
      const [topicId, partition] = [key.slice(0, colon), Number(key.slice(colon + 1))];
      released.push({ type: 'partition-released', topicId, partition, leaderEpoch: leader.leaderEpoch });
    }
    if (released.length > 0) await this.appendMeta(released);
    // Load what this node leads; what waits for another broker's release is taken over later.
    const loadNow = new Map<string, PartitionLog>();
    for (const topic of this.meta.topicsById.values()) {
      for (let partition = 0; partition < topic.partitions; partition++) {
        const key = partitionKey(topic.topicId, partition);
        const leader = this.meta.leaders.get(key);
        if (this.clustered && !(leader?.leader === this.options.nodeId && leader.released)) {
          this.partitions.delete(key);
          continue;
        }
        let log = this.partitions.get(key);
        if (!log) {
          log = new PartitionLog(topic.topicId, topic.name, partition);
          log.advanceLogStart(this.meta.logStartOffsets.get(key) ?? 0);
          this.partitions.set(key, log);
        }
        loadNow.set(key, log);
      }
    }
    const replayedObjects = await this.replayInto(loadNow);
    await this.openStream([]);
    this.serving = true;
    if (this.clustered) {
      for (const [key, leader] of this.meta.leaders) {
        if (leader.leader !== this.options.nodeId || this.partitions.has(key)) continue;
        const colon = key.lastIndexOf(':');
        this.leadershipChanged(key.slice(0, colon), Number(key.slice(colon + 1)));
      }
    }
    this.logger.info(
      {
        walObjects: replayedObjects,
        streams: this.meta.streams.size,
        topics: this.meta.topicsByName.size,
        metadataEntries: this.metaLog.appliedSeq + 1,
        incarnation: this.incarnation,
      },
      'recovered state from the object store',
    );
  }

  /**
   * Seals every open WAL stream of a node (the controller failing over a dead broker): whatever
   * the node writes from now on collides with a seal, so it can never ack it (I2).
   */
  async sealStreamsOfNode(nodeId: number): Promise<MetaEntry[]> {
    const entries: MetaEntry[] = [];
    for (const [streamId, info] of this.meta.streams) {
      if (info.nodeId !== nodeId || this.meta.sealedStreams.has(streamId)) continue;
      const seqs: number[] = [];
      for (const key of await listAll(this.store, `wal/${streamId}/`)) {
        const parsed = parseWalKey(key);
        if (parsed?.streamId === streamId) seqs.push(parsed.seq);
      }
      seqs.sort((a, b) => a - b);
      entries.push({ type: 'stream-sealed', streamId, endSeq: await this.sealStream(streamId, seqs) });
    }
    return entries;
  }

  /** WAL sequence numbers present in the store, per stream. */
  private async listWalStreams(): Promise<Map<string, number[]>> {
    const streams = new Map<string, number[]>();
    for (const key of await listAll(this.store, 'wal/')) {
      const parsed = parseWalKey(key);
      if (!parsed) continue;
      const seqs = streams.get(parsed.streamId) ?? [];
      seqs.push(parsed.seq);
      streams.set(parsed.streamId, seqs);
    }
    for (const seqs of streams.values()) seqs.sort((a, b) => a - b);
    return streams;
  }

  /** Writes a seal object at the first free sequence number of a stream; returns that number. */
  private async sealStream(streamId: string, listedSeqs: readonly number[]): Promise<number> {
    let seq = this.meta.trimmedStreams.get(streamId) ?? 0;
    for (const listedSeq of listedSeqs) {
      if (listedSeq < seq) continue;
      if (listedSeq !== seq) break;
      seq++;
    }
    const body = encodeSealObject(this.incarnation);
    for (let attempt = 0; attempt < 10_000; attempt++, seq++) {
      const key = walKey(streamId, seq);
      const outcome = await createOnce(this.store, key, body, (existing) => existing.equals(body));
      if (outcome !== 'exists-other') return seq;
      // The sealed incarnation wrote here after we listed (or someone sealed it first): look further.
      const existing = await withRetries(() => this.store.get(key));
      if (isSealObject(existing)) return seq;
    }
    throw new Error(`cannot seal WAL stream ${streamId}: its writer keeps writing`);
  }

  /**
   * The first bytes of a WAL object, up to the end of its header (or a whole seal object): replay
   * needs only the index, and reads batches later, on demand, with ranged reads.
   */
  private async readWalHead(key: string): Promise<Buffer> {
    const first = await withRetries(() => this.store.get(key, { start: 0, end: replayHeadRead_bytes }));
    if (isSealObject(first)) return first;
    const headerEnd = walPreambleBytes + decodePreamble(first, key);
    if (first.length >= headerEnd) return first;
    return withRetries(() => this.store.get(key, { start: 0, end: headerEnd }));
  }

  /** Collects the batches of a stream's valid prefix: gapless, below its seal. */
  private async replayStream(
    streamId: string,
    listedSeqs: readonly number[],
    into: Map<PartitionLog, ReplayedBatch[]>,
    resolve: (topicId: string, partition: number) => PartitionLog | undefined,
  ): Promise<number> {
    const sealedAt = this.meta.sealedStreams.get(streamId);
    const start = this.meta.trimmedStreams.get(streamId) ?? 0;
    // A sealed stream is read up to its seal, including objects that landed after the listing.
    const seqs: number[] = [];
    if (sealedAt !== undefined) for (let seq = start; seq < sealedAt; seq++) seqs.push(seq);
    else
      for (let i = 0, expected = start; i < listedSeqs.length; i++) {
        if (listedSeqs[i] < expected) continue;
        if (listedSeqs[i] !== expected) break;
        seqs.push(expected++);
      }
    // Objects are applied strictly in sequence order, but fetched a window ahead: recovery time is
    // then bounded by the store's throughput rather than by one round trip per WAL object.
    type Fetched = { bytes: Buffer | undefined } | { error: unknown };
    const fetches = new Map<number, Promise<Fetched>>();
    const fetchAt = (index: number): Promise<Fetched> =>
      this.readWalHead(walKey(streamId, seqs[index])).then(
        (bytes) => ({ bytes }),
        (error: unknown) =>
          error instanceof ObjectStoreError && error.code === 'NotFound' ? { bytes: undefined } : { error },
      );
    let replayed = 0;
    for (let index = 0; index < seqs.length; index++) {
      for (let ahead = index; ahead < Math.min(seqs.length, index + replayWindow); ahead++) {
        if (!fetches.has(ahead)) fetches.set(ahead, fetchAt(ahead));
      }
      const fetched = await fetches.get(index)!;
      fetches.delete(index);
      if ('error' in fetched) throw fetched.error;
      const key = walKey(streamId, seqs[index]);
      const bytes = fetched.bytes;
      if (bytes === undefined) {
        // Trimmed meanwhile (its batches are in stream objects, which the caller reads after
        // catching up) rather than the end of the stream: skip it.
        await this.metaLog.poll().catch(() => 0);
        if (seqs[index] < (this.meta.trimmedStreams.get(streamId) ?? 0)) continue;
        break;
      }
      if (isSealObject(bytes)) break;
      const { header, dataOffset } = decodeWalHeader(bytes, key);
      this.catalogAdd(streamId, seqs[index], header.entries);
      for (const entry of header.entries) {
        const log = resolve(entry.topicId, entry.partition);
        if (!log) continue;
        const list = into.get(log) ?? [];
        into.set(log, list);
        for (const batch of entry.batches) {
          list.push({
            indexed: {
              baseOffset: batch.baseOffset,
              lastOffset: batch.lastOffset,
              maxTimestamp: batch.maxTimestamp,
              location: { key, pos: dataOffset + batch.pos, len: batch.len },
              bytes: undefined,
            },
            wal: batch,
          });
        }
      }
      replayed++;
    }
    return replayed;
  }

  async close(): Promise<void> {
    clearInterval(this.compactionTimer);
    await this.flush();
    this.closed = true;
    for (const log of this.partitions.values()) log.wakeReaders();
  }

  allPartitions(): IterableIterator<PartitionLog> {
    return this.partitions.values();
  }

  get bufferedBytes(): number {
    return this.bufferBytes;
  }
}
