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
  /** A broker process started as node `nodeId`: every earlier incarnation of the node is fenced. */
  | { readonly type: 'node-incarnation'; readonly nodeId: number; readonly incarnation: string }
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
    }
  | { readonly type: 'partitions-added'; readonly topicId: string; readonly partitions: number }
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
  | { readonly type: 'producer-ids-allocated'; readonly start: string; readonly count: number }
  /** Compaction moved [baseOffset, lastOffset] of a partition into a stream object. */
  | { readonly type: 'stream-object-added'; readonly object: StreamObject }
  | { readonly type: 'stream-objects-removed'; readonly keys: readonly string[] }
  /** WAL objects of the stream with seq < belowSeq hold nothing that is still needed. */
  | { readonly type: 'wal-trimmed'; readonly streamId: string; readonly belowSeq: number };

export interface TopicMeta {
  readonly name: string;
  readonly topicId: string;
  partitions: number;
  configs: Record<string, string>;
}

export const partitionKey = (topicId: string, partition: number): string => `${topicId}:${partition}`;

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
  nextProducerId = 0n;
  producerIdLimit = 0n;
  /** Sequence number of the last log object applied. */
  appliedSeq = -1;

  apply(entry: MetaEntry): void {
    switch (entry.type) {
      case 'cluster-created':
        this.clusterId ??= entry.clusterId;
        break;
      case 'node-incarnation':
        this.incarnations.set(entry.nodeId, entry.incarnation);
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
        break;
      }
      case 'partitions-added': {
        const topic = this.topicsById.get(entry.topicId);
        if (topic && entry.partitions > topic.partitions) topic.partitions = entry.partitions;
        break;
      }
      case 'topic-deleted': {
        const topic = this.topicsById.get(entry.topicId);
        if (!topic) break;
        this.topicsById.delete(entry.topicId);
        if (this.topicsByName.get(topic.name)?.topicId === entry.topicId)
          this.topicsByName.delete(topic.name);
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
        const start = BigInt(entry.start);
        const limit = start + BigInt(entry.count);
        if (limit > this.producerIdLimit) {
          this.nextProducerId = start;
          this.producerIdLimit = limit;
        }
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
}
