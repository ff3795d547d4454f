// The broker's metadata as a pure fold over metadata-log entries: topics, configs, seals, offsets.

export interface CommittedOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly leaderEpoch: number;
  readonly metadata: string | null;
  readonly commitTime_ms: number;
}

/** A compacted stream object: one partition's batches for [baseOffset, lastOffset]. */
export interface StreamObject {
  readonly key: string;
  readonly topicId: string;
  readonly partition: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly size_bytes: number;
  /** Sparse offset index: [offset, byte position] pairs of batch starts, every ~64 KiB. */
  readonly index: readonly (readonly [number, number])[];
  readonly maxTimestamp: number;
}

export type MetaEntry =
  | { readonly type: 'cluster-created'; readonly clusterId: string; readonly at_ms: number }
  /**
   * A broker process started as node `nodeId`: every earlier incarnation of the node is fenced. With
   * an endpoint it also registers the node as a live cluster member (until `broker-unregistered`).
   */
  | {
      readonly type: 'node-incarnation';
      readonly nodeId: number;
      readonly incarnation: string;
      readonly host?: string;
      readonly port?: number;
    }
  /** The node left the cluster: its lease expired (written by the controller) or it shut down. */
  | {
      readonly type: 'broker-unregistered';
      readonly nodeId: number;
      readonly incarnation: string;
      readonly reason: string;
    }
  /** A SIGTERMed broker asks the controller to move its partitions away before it exits. */
  | { readonly type: 'broker-draining'; readonly nodeId: number; readonly incarnation: string }
  /** The controller lease: valid only when `epoch` is one more than the current controller epoch. */
  | {
      readonly type: 'controller-elected';
      readonly nodeId: number;
      readonly incarnation: string;
      readonly epoch: number;
    }
  /**
   * Partition leadership, decided by the controller of `controllerEpoch`. `released` says whether
   * the previous leader's data for the partition is complete (a dead leader's streams were sealed
   * in the same append); otherwise the new leader waits for `partition-released`.
   */
  | {
      readonly type: 'leaders-changed';
      readonly controllerEpoch: number;
      readonly changes: readonly LeaderChange[];
    }
  /** The previous leader stopped writing the partition at `leaderEpoch` and all it wrote is durable. */
  | {
      readonly type: 'partition-released';
      readonly topicId: string;
      readonly partition: number;
      readonly leaderEpoch: number;
    }
  /** Asks the controller to move a partition's leadership (any broker may append it). */
  | {
      readonly type: 'reassignment-requested';
      readonly topicId: string;
      readonly partition: number;
      readonly target: number;
      readonly id: string;
    }
  /**
   * Withdraws every pending request to move the partition (AlterPartitionReassignments with null
   * replicas). A move the controller has already written (`leaders-changed`) is not undone.
   */
  | { readonly type: 'reassignment-cancelled'; readonly topicId: string; readonly partition: number }
  /** A WAL stream may be written only after it is declared here, by the current incarnation. */
  | {
      readonly type: 'stream-opened';
      readonly streamId: string;
      readonly nodeId: number;
      readonly incarnation: string;
    }
  | {
      readonly type: 'topic-created';
      readonly name: string;
      readonly topicId: string;
      readonly partitions: number;
      readonly configs: Readonly<Record<string, string>>;
      /** Initial leader of each partition (absent in logs written before clustering). */
      readonly leaders?: readonly number[];
    }
  | {
      readonly type: 'partitions-added';
      readonly topicId: string;
      readonly partitions: number;
      /** Initial leaders of the new partitions, in order. */
      readonly leaders?: readonly number[];
    }
  | { readonly type: 'topic-deleted'; readonly topicId: string }
  | {
      readonly type: 'configs-set';
      readonly topicId: string;
      readonly configs: Readonly<Record<string, string | null>>;
    }
  /** WAL objects of the stream with seq >= endSeq are void: never acked, never visible. */
  | { readonly type: 'stream-sealed'; readonly streamId: string; readonly endSeq: number }
  | {
      readonly type: 'log-start-moved';
      readonly topicId: string;
      readonly partition: number;
      readonly logStartOffset: number;
    }
  | {
      readonly type: 'offsets-committed';
      readonly group: string;
      readonly offsets: readonly CommittedOffset[];
    }
  | { readonly type: 'group-deleted'; readonly group: string }
  /** A block of producer ids for the broker that wrote it; `start` is the cluster-wide limit. */
  | {
      readonly type: 'producer-ids-allocated';
      readonly start: string;
      readonly count: number;
      readonly incarnation?: string;
    }
  /** Compaction moved [baseOffset, lastOffset] of a partition into a stream object. */
  | { readonly type: 'stream-object-added'; readonly object: StreamObject }
  | { readonly type: 'stream-objects-removed'; readonly keys: readonly string[] }
  /** WAL objects of the stream with seq < belowSeq hold nothing that is still needed. */
  | { readonly type: 'wal-trimmed'; readonly streamId: string; readonly belowSeq: number };

export interface LeaderChange {
  readonly topicId: string;
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly released: boolean;
  /** Whose release `released: false` waits for, when not the current leader (a move passed on). */
  readonly previous?: number;
}

/** Who leads a partition, since when, and whether the previous leader's data is complete. */
export interface PartitionLeader {
  leader: number;
  leaderEpoch: number;
  released: boolean;
  /** The leader before this one, whose release `released` waits for. */
  previous: number | undefined;
}

/** A registered cluster member. */
export interface BrokerRegistration {
  readonly nodeId: number;
  readonly incarnation: string;
  readonly host: string;
  readonly port: number;
  draining: boolean;
}

export interface TopicMeta {
  readonly name: string;
  readonly topicId: string;
  partitions: number;
  configs: Record<string, string>;
}

export const partitionKey = (topicId: string, partition: number): string => `${topicId}:${partition}`;

/** `MetadataState` as stored in `meta/snapshot/<seq>`: the fold of the log through entry `seq`. */
export interface MetadataSnapshot {
  readonly version: 1;
  readonly clusterId: string | null;
  readonly topics: readonly TopicMeta[];
  readonly incarnations: readonly (readonly [number, string])[];
  readonly streams: readonly (readonly [string, { readonly nodeId: number; readonly incarnation: string }])[];
  readonly sealedStreams: readonly (readonly [string, number])[];
  readonly trimmedStreams: readonly (readonly [string, number])[];
  readonly logStartOffsets: readonly (readonly [string, number])[];
  readonly groupOffsets: readonly (readonly [string, readonly CommittedOffset[]])[];
  readonly streamObjects: readonly StreamObject[];
  readonly brokers: readonly BrokerRegistration[];
  readonly leaders: readonly (readonly [
    string,
    Omit<PartitionLeader, 'previous'> & { previous: number | null },
  ])[];
  readonly controller: { nodeId: number; incarnation: string; epoch: number } | null;
  readonly controllerEpoch: number;
  readonly reassignments: readonly (readonly [
    string,
    { readonly topicId: string; readonly partition: number; readonly target: number },
  ])[];
  readonly producerIdLimit: string;
  readonly membershipVersion: number;
}

export class MetadataState {
  clusterId: string | undefined;
  readonly topicsByName = new Map<string, TopicMeta>();
  readonly topicsById = new Map<string, TopicMeta>();
  readonly incarnations = new Map<number, string>();
  readonly streams = new Map<string, { readonly nodeId: number; readonly incarnation: string }>();
  readonly sealedStreams = new Map<string, number>();
  readonly trimmedStreams = new Map<string, number>();
  readonly logStartOffsets = new Map<string, number>();
  readonly groupOffsets = new Map<string, Map<string, CommittedOffset>>();
  readonly streamObjects = new Map<string, StreamObject>();
  /** Live members, by node id (only incarnations that registered an endpoint). */
  readonly brokers = new Map<number, BrokerRegistration>();
  /** Leadership per partitionKey. */
  readonly leaders = new Map<string, PartitionLeader>();
  controller: { nodeId: number; incarnation: string; epoch: number } | undefined;
  controllerEpoch = 0;
  /** Reassignment requests not yet carried out, by id. */
  readonly reassignments = new Map<
    string,
    { readonly topicId: string; readonly partition: number; readonly target: number }
  >();
  /** The first producer id no broker has been given yet. */
  producerIdLimit = 0n;
  /** Counts membership changes: group coordinators are a function of the member set. */
  membershipVersion = 0;
  /** Sequence number of the last log object applied. */
  appliedSeq = -1;

  /** The whole state as JSON-able data: a snapshot a broker starts from instead of the full log. */
  toSnapshot(): MetadataSnapshot {
    return {
      version: 1,
      clusterId: this.clusterId ?? null,
      topics: [...this.topicsById.values()].map((t) => ({ ...t, configs: { ...t.configs } })),
      incarnations: [...this.incarnations],
      streams: [...this.streams],
      sealedStreams: [...this.sealedStreams],
      trimmedStreams: [...this.trimmedStreams],
      logStartOffsets: [...this.logStartOffsets],
      groupOffsets: [...this.groupOffsets].map(([group, offsets]) => [group, [...offsets.values()]]),
      streamObjects: [...this.streamObjects.values()],
      brokers: [...this.brokers.values()].map((b) => ({ ...b })),
      leaders: [...this.leaders].map(([key, l]) => [key, { ...l, previous: l.previous ?? null }]),
      controller: this.controller ? { ...this.controller } : null,
      controllerEpoch: this.controllerEpoch,
      reassignments: [...this.reassignments],
      producerIdLimit: this.producerIdLimit.toString(),
      membershipVersion: this.membershipVersion,
    };
  }

  static fromSnapshot(snapshot: MetadataSnapshot): MetadataState {
    const state = new MetadataState();
    state.clusterId = snapshot.clusterId ?? undefined;
    for (const topic of snapshot.topics) {
      const copy: TopicMeta = { ...topic, configs: { ...topic.configs } };
      state.topicsById.set(copy.topicId, copy);
      state.topicsByName.set(copy.name, copy);
    }
    for (const [k, v] of snapshot.incarnations) state.incarnations.set(k, v);
    for (const [k, v] of snapshot.streams) state.streams.set(k, v);
    for (const [k, v] of snapshot.sealedStreams) state.sealedStreams.set(k, v);
    for (const [k, v] of snapshot.trimmedStreams) state.trimmedStreams.set(k, v);
    for (const [k, v] of snapshot.logStartOffsets) state.logStartOffsets.set(k, v);
    for (const [group, offsets] of snapshot.groupOffsets)
      state.groupOffsets.set(group, new Map(offsets.map((o) => [`${o.topic}:${o.partition}`, o])));
    for (const object of snapshot.streamObjects) state.streamObjects.set(object.key, object);
    for (const broker of snapshot.brokers) state.brokers.set(broker.nodeId, { ...broker });
    for (const [key, l] of snapshot.leaders)
      state.leaders.set(key, { ...l, previous: l.previous ?? undefined });
    state.controller = snapshot.controller ? { ...snapshot.controller } : undefined;
    state.controllerEpoch = snapshot.controllerEpoch;
    for (const [id, r] of snapshot.reassignments) state.reassignments.set(id, r);
    state.producerIdLimit = BigInt(snapshot.producerIdLimit);
    state.membershipVersion = snapshot.membershipVersion;
    return state;
  }

  apply(entry: MetaEntry): void {
    switch (entry.type) {
      case 'cluster-created':
        this.clusterId ??= entry.clusterId;
        break;
      case 'node-incarnation': {
        this.incarnations.set(entry.nodeId, entry.incarnation);
        const had = this.brokers.delete(entry.nodeId);
        if (entry.host !== undefined && entry.port !== undefined) {
          this.brokers.set(entry.nodeId, {
            nodeId: entry.nodeId,
            incarnation: entry.incarnation,
            host: entry.host,
            port: entry.port,
            draining: false,
          });
          this.membershipVersion++;
        } else if (had) this.membershipVersion++;
        if (this.controller?.nodeId === entry.nodeId) this.controller = undefined;
        break;
      }
      case 'broker-unregistered':
        if (this.brokers.get(entry.nodeId)?.incarnation === entry.incarnation) {
          this.brokers.delete(entry.nodeId);
          this.membershipVersion++;
        }
        if (this.controller?.incarnation === entry.incarnation) this.controller = undefined;
        break;
      case 'broker-draining': {
        const broker = this.brokers.get(entry.nodeId);
        if (broker?.incarnation === entry.incarnation && !broker.draining) {
          broker.draining = true;
          this.membershipVersion++;
        }
        break;
      }
      case 'controller-elected':
        if (entry.epoch > this.controllerEpoch) {
          this.controllerEpoch = entry.epoch;
          this.controller = { nodeId: entry.nodeId, incarnation: entry.incarnation, epoch: entry.epoch };
        }
        break;
      case 'leaders-changed':
        if (entry.controllerEpoch !== this.controllerEpoch) break;
        for (const change of entry.changes) {
          const key = partitionKey(change.topicId, change.partition);
          const current = this.leaders.get(key);
          if (current && current.leaderEpoch >= change.leaderEpoch) continue;
          this.leaders.set(key, {
            leader: change.leader,
            leaderEpoch: change.leaderEpoch,
            released: change.released,
            previous: change.previous ?? current?.leader,
          });
          for (const [id, request] of this.reassignments)
            if (request.topicId === change.topicId && request.partition === change.partition)
              this.reassignments.delete(id);
        }
        break;
      case 'partition-released': {
        const current = this.leaders.get(partitionKey(entry.topicId, entry.partition));
        if (current && current.leaderEpoch === entry.leaderEpoch) current.released = true;
        break;
      }
      case 'reassignment-requested':
        this.reassignments.set(entry.id, {
          topicId: entry.topicId,
          partition: entry.partition,
          target: entry.target,
        });
        break;
      case 'reassignment-cancelled':
        for (const [id, request] of this.reassignments)
          if (request.topicId === entry.topicId && request.partition === entry.partition)
            this.reassignments.delete(id);
        break;
      case 'stream-opened':
        this.streams.set(entry.streamId, { nodeId: entry.nodeId, incarnation: entry.incarnation });
        break;
      case 'topic-created': {
        if (this.topicsByName.has(entry.name)) break;
        const topic: TopicMeta = {
          name: entry.name,
          topicId: entry.topicId,
          partitions: entry.partitions,
          configs: { ...entry.configs },
        };
        this.topicsByName.set(entry.name, topic);
        this.topicsById.set(entry.topicId, topic);
        this.setInitialLeaders(entry.topicId, 0, entry.leaders);
        break;
      }
      case 'partitions-added': {
        const topic = this.topicsById.get(entry.topicId);
        if (topic && entry.partitions > topic.partitions) {
          this.setInitialLeaders(entry.topicId, topic.partitions, entry.leaders);
          topic.partitions = entry.partitions;
        }
        break;
      }
      case 'topic-deleted': {
        const topic = this.topicsById.get(entry.topicId);
        if (!topic) break;
        this.topicsById.delete(entry.topicId);
        if (this.topicsByName.get(topic.name)?.topicId === entry.topicId)
          this.topicsByName.delete(topic.name);
        for (let partition = 0; partition < topic.partitions; partition++) {
          this.leaders.delete(partitionKey(entry.topicId, partition));
          this.logStartOffsets.delete(partitionKey(entry.topicId, partition));
        }
        // As in Kafka, committed offsets of a deleted topic go with it (a topic created again
        // under the same name starts without them), and a group left with none is forgotten.
        for (const [group, offsets] of this.groupOffsets) {
          for (const [key, offset] of offsets) if (offset.topic === topic.name) offsets.delete(key);
          if (offsets.size === 0) this.groupOffsets.delete(group);
        }
        for (const [id, request] of this.reassignments)
          if (request.topicId === entry.topicId) this.reassignments.delete(id);
        break;
      }
      case 'configs-set': {
        const topic = this.topicsById.get(entry.topicId);
        if (!topic) break;
        for (const [key, value] of Object.entries(entry.configs)) {
          if (value === null) delete topic.configs[key];
          else topic.configs[key] = value;
        }
        break;
      }
      case 'stream-sealed': {
        const current = this.sealedStreams.get(entry.streamId);
        if (current === undefined || entry.endSeq < current)
          this.sealedStreams.set(entry.streamId, entry.endSeq);
        break;
      }
      case 'log-start-moved': {
        const key = partitionKey(entry.topicId, entry.partition);
        if (entry.logStartOffset > (this.logStartOffsets.get(key) ?? 0))
          this.logStartOffsets.set(key, entry.logStartOffset);
        break;
      }
      case 'offsets-committed': {
        let group = this.groupOffsets.get(entry.group);
        if (!group) {
          group = new Map();
          this.groupOffsets.set(entry.group, group);
        }
        for (const offset of entry.offsets) group.set(`${offset.topic}:${offset.partition}`, offset);
        break;
      }
      case 'group-deleted':
        this.groupOffsets.delete(entry.group);
        break;
      case 'producer-ids-allocated': {
        const limit = BigInt(entry.start) + BigInt(entry.count);
        if (limit > this.producerIdLimit) this.producerIdLimit = limit;
        break;
      }
      case 'stream-object-added':
        this.streamObjects.set(entry.object.key, entry.object);
        break;
      case 'stream-objects-removed':
        for (const key of entry.keys) this.streamObjects.delete(key);
        break;
      case 'wal-trimmed': {
        const current = this.trimmedStreams.get(entry.streamId) ?? 0;
        if (entry.belowSeq > current) this.trimmedStreams.set(entry.streamId, entry.belowSeq);
        break;
      }
    }
  }

  private setInitialLeaders(topicId: string, from: number, leaders: readonly number[] | undefined): void {
    if (!leaders) return;
    for (let i = 0; i < leaders.length; i++) {
      const key = partitionKey(topicId, from + i);
      if (!this.leaders.has(key))
        this.leaders.set(key, { leader: leaders[i], leaderEpoch: 0, released: true, previous: undefined });
    }
  }

  /** Live members by node id, in node-id order. */
  liveBrokers(): BrokerRegistration[] {
    return [...this.brokers.values()].sort((a, b) => a.nodeId - b.nodeId);
  }

  /**
   * The group coordinator: a pure function of the member set, so that every broker agrees once it
   * has read the same log, and an offset commit can be validated at append time.
   */
  coordinatorFor(group: string): number | undefined {
    const members = this.liveBrokers().filter((b) => !b.draining);
    const pool = members.length > 0 ? members : this.liveBrokers();
    if (pool.length === 0) return undefined;
    let hash = 0;
    for (let i = 0; i < group.length; i++) hash = (Math.imul(hash, 31) + group.charCodeAt(i)) | 0;
    return pool[(hash >>> 0) % pool.length].nodeId;
  }
}
