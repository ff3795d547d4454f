// Kafka Fetch API (key 1): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{FetchRequest.json, FetchResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** FetchRequest: request of api key 1, versions 0-17, flexible 12-17. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (versions 12-17, nullable 12-17, tag 0 in 12+, default null) */
  readonly clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14, default -1) */
  readonly replicaId: number;
  /** (versions 15-17, tag 1 in 15+) */
  readonly replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. (versions 0-17) */
  readonly maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0-17) */
  readonly minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (versions 3-17, default 0x7fffffff) */
  readonly maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (versions 4-17, default 0) */
  readonly isolationLevel: number;
  /** The fetch session ID. (versions 7-17, default 0) */
  readonly sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. (versions 7-17, default -1) */
  readonly sessionEpoch: number;
  /** The topics to fetch. (versions 0-17) */
  readonly topics: readonly FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. (versions 7-17) */
  readonly forgottenTopicsData: readonly FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request (versions 11-17, default ) */
  readonly rackId: string;
}

/** ReplicaState in FetchRequest. */
export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (versions 15-17, default -1) */
  readonly replicaId: number;
  /** The epoch of this follower, or -1 if not available. (versions 15-17, default -1) */
  readonly replicaEpoch: bigint;
}

/** FetchTopic in FetchRequest. */
export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. (versions 0-12) */
  readonly topic: string;
  /** The unique topic ID (versions 13-17) */
  readonly topicId: string;
  /** The partitions to fetch. (versions 0-17) */
  readonly partitions: readonly FetchRequestFetchPartition[];
}

/** FetchPartition in FetchRequest. */
export interface FetchRequestFetchPartition {
  /** The partition index. (versions 0-17) */
  readonly partition: number;
  /** The current leader epoch of the partition. (versions 9-17, default -1) */
  readonly currentLeaderEpoch: number;
  /** The message offset. (versions 0-17) */
  readonly fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none (versions 12-17, default -1) */
  readonly lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. (versions 5-17, default -1) */
  readonly logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. (versions 0-17) */
  readonly partitionMaxBytes: number;
  /** The directory id of the follower fetching (versions 17, tag 0 in 17+) */
  readonly replicaDirectoryId: string;
}

/** ForgottenTopic in FetchRequest. */
export interface FetchRequestForgottenTopic {
  /** The topic name. (versions 7-12) */
  readonly topic: string;
  /** The unique topic ID (versions 13-17) */
  readonly topicId: string;
  /** The partitions indexes to forget. (versions 7-17) */
  readonly partitions: readonly number[];
}

/** FetchResponse: response of api key 1, versions 0-17, flexible 12-17. */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-17) */
  readonly throttleTimeMs: number;
  /** The top level response error code. (versions 7-17) */
  readonly errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. (versions 7-17, default 0) */
  readonly sessionId: number;
  /** The response topics. (versions 0-17) */
  readonly responses: readonly FetchResponseFetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16-17, tag 0 in 16+) */
  readonly nodeEndpoints: readonly FetchResponseNodeEndpoint[];
}

/** FetchableTopicResponse in FetchResponse. */
export interface FetchResponseFetchableTopicResponse {
  /** The topic name. (versions 0-12) */
  readonly topic: string;
  /** The unique topic ID (versions 13-17) */
  readonly topicId: string;
  /** The topic partitions. (versions 0-17) */
  readonly partitions: readonly FetchResponsePartitionData[];
}

/** PartitionData in FetchResponse. */
export interface FetchResponsePartitionData {
  /** The partition index. (versions 0-17) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. (versions 0-17) */
  readonly errorCode: number;
  /** The current high water mark. (versions 0-17) */
  readonly highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) (versions 4-17, default -1) */
  readonly lastStableOffset: bigint;
  /** The current log start offset. (versions 5-17, default -1) */
  readonly logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge (versions 12-17, tag 0 in 12+) */
  readonly divergingEpoch: FetchResponseEpochEndOffset;
  /** (versions 12-17, tag 1 in 12+) */
  readonly currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (versions 12-17, tag 2 in 12+) */
  readonly snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. (versions 4-17, nullable 4-17) */
  readonly abortedTransactions: readonly FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request (versions 11-17, default -1) */
  readonly preferredReadReplica: number;
  /** The record data. (versions 0-17, nullable 0-17) */
  readonly records: Buffer | null;
}

/** EpochEndOffset in FetchResponse. */
export interface FetchResponseEpochEndOffset {
  /** (versions 12-17, default -1) */
  readonly epoch: number;
  /** (versions 12-17, default -1) */
  readonly endOffset: bigint;
}

/** LeaderIdAndEpoch in FetchResponse. */
export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 12-17, default -1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 12-17, default -1) */
  readonly leaderEpoch: number;
}

/** SnapshotId in FetchResponse. */
export interface FetchResponseSnapshotId {
  /** (versions 0-17, default -1) */
  readonly endOffset: bigint;
  /** (versions 0-17, default -1) */
  readonly epoch: number;
}

/** AbortedTransaction in FetchResponse. */
export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. (versions 4-17) */
  readonly producerId: bigint;
  /** The first offset in the aborted transaction. (versions 4-17) */
  readonly firstOffset: bigint;
}

/** NodeEndpoint in FetchResponse. */
export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. (versions 16-17) */
  readonly nodeId: number;
  /** The node's hostname. (versions 16-17) */
  readonly host: string;
  /** The node's port. (versions 16-17) */
  readonly port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 16-17, nullable 16-17, default null) */
  readonly rack: string | null;
}

/** A FetchRequest with every field at its spec default. */
export function newFetchRequest(): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: "",
  };
}

/** A FetchRequestReplicaState with every field at its spec default. */
export function newFetchRequestReplicaState(): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
  };
}

/** A FetchRequestFetchTopic with every field at its spec default. */
export function newFetchRequestFetchTopic(): FetchRequestFetchTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A FetchRequestFetchPartition with every field at its spec default. */
export function newFetchRequestFetchPartition(): FetchRequestFetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 0,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** A FetchRequestForgottenTopic with every field at its spec default. */
export function newFetchRequestForgottenTopic(): FetchRequestForgottenTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A FetchResponse with every field at its spec default. */
export function newFetchResponse(): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
    nodeEndpoints: [],
  };
}

/** A FetchResponseFetchableTopicResponse with every field at its spec default. */
export function newFetchResponseFetchableTopicResponse(): FetchResponseFetchableTopicResponse {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A FetchResponsePartitionData with every field at its spec default. */
export function newFetchResponsePartitionData(): FetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: newFetchResponseEpochEndOffset(),
    currentLeader: newFetchResponseLeaderIdAndEpoch(),
    snapshotId: newFetchResponseSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1,
    records: null,
  };
}

/** A FetchResponseEpochEndOffset with every field at its spec default. */
export function newFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
  };
}

/** A FetchResponseLeaderIdAndEpoch with every field at its spec default. */
export function newFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

/** A FetchResponseSnapshotId with every field at its spec default. */
export function newFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
  };
}

/** A FetchResponseAbortedTransaction with every field at its spec default. */
export function newFetchResponseAbortedTransaction(): FetchResponseAbortedTransaction {
  return {
    producerId: 0n,
    firstOffset: 0n,
  };
}

/** A FetchResponseNodeEndpoint with every field at its spec default. */
export function newFetchResponseNodeEndpoint(): FetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

/** FetchRequest at v0-2. */
function encFetchRequestV0(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encFetchRequestFetchTopicV0(w, $a1[$i2]);
    }
  }
}

/** FetchRequest at v0-2. */
function decFetchRequestV0(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const $n3 = r.arrayLength();
  const $a4: FetchRequestFetchTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decFetchRequestFetchTopicV0(r));
  const topics = $a4;
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: "",
  };
}

/** FetchRequest at v3. */
function encFetchRequestV3(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encFetchRequestFetchTopicV0(w, $a6[$i7]);
    }
  }
}

/** FetchRequest at v3. */
function decFetchRequestV3(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const $n8 = r.arrayLength();
  const $a9: FetchRequestFetchTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decFetchRequestFetchTopicV0(r));
  const topics = $a9;
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: "",
  };
}

/** FetchRequest at v4. */
function encFetchRequestV4(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encFetchRequestFetchTopicV0(w, $a11[$i12]);
    }
  }
}

/** FetchRequest at v4. */
function decFetchRequestV4(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const $n13 = r.arrayLength();
  const $a14: FetchRequestFetchTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decFetchRequestFetchTopicV0(r));
  const topics = $a14;
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: "",
  };
}

/** FetchRequest at v5-6. */
function encFetchRequestV5(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  {
    const $a16 = v.topics;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encFetchRequestFetchTopicV5(w, $a16[$i17]);
    }
  }
}

/** FetchRequest at v5-6. */
function decFetchRequestV5(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const $n18 = r.arrayLength();
  const $a19: FetchRequestFetchTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decFetchRequestFetchTopicV5(r));
  const topics = $a19;
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: "",
  };
}

/** FetchRequest at v7-8. */
function encFetchRequestV7(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a21 = v.topics;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encFetchRequestFetchTopicV5(w, $a21[$i22]);
    }
  }
  {
    const $a23 = v.forgottenTopicsData;
    w.arrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encFetchRequestForgottenTopicV7(w, $a23[$i24]);
    }
  }
}

/** FetchRequest at v7-8. */
function decFetchRequestV7(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n25 = r.arrayLength();
  const $a26: FetchRequestFetchTopic[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decFetchRequestFetchTopicV5(r));
  const topics = $a26;
  const $n28 = r.arrayLength();
  const $a29: FetchRequestForgottenTopic[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decFetchRequestForgottenTopicV7(r));
  const forgottenTopicsData = $a29;
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId: "",
  };
}

/** FetchRequest at v9-10. */
function encFetchRequestV9(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a31 = v.topics;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encFetchRequestFetchTopicV9(w, $a31[$i32]);
    }
  }
  {
    const $a33 = v.forgottenTopicsData;
    w.arrayLength($a33.length);
    for (let $i34 = 0; $i34 < $a33.length; $i34++) {
      encFetchRequestForgottenTopicV7(w, $a33[$i34]);
    }
  }
}

/** FetchRequest at v9-10. */
function decFetchRequestV9(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n35 = r.arrayLength();
  const $a36: FetchRequestFetchTopic[] = [];
  for (let $i37 = 0; $i37 < $n35; $i37++) $a36.push(decFetchRequestFetchTopicV9(r));
  const topics = $a36;
  const $n38 = r.arrayLength();
  const $a39: FetchRequestForgottenTopic[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decFetchRequestForgottenTopicV7(r));
  const forgottenTopicsData = $a39;
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId: "",
  };
}

/** FetchRequest at v11. */
function encFetchRequestV11(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a41 = v.topics;
    w.arrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encFetchRequestFetchTopicV9(w, $a41[$i42]);
    }
  }
  {
    const $a43 = v.forgottenTopicsData;
    w.arrayLength($a43.length);
    for (let $i44 = 0; $i44 < $a43.length; $i44++) {
      encFetchRequestForgottenTopicV7(w, $a43[$i44]);
    }
  }
  w.string(v.rackId);
}

/** FetchRequest at v11. */
function decFetchRequestV11(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n45 = r.arrayLength();
  const $a46: FetchRequestFetchTopic[] = [];
  for (let $i47 = 0; $i47 < $n45; $i47++) $a46.push(decFetchRequestFetchTopicV9(r));
  const topics = $a46;
  const $n48 = r.arrayLength();
  const $a49: FetchRequestForgottenTopic[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decFetchRequestForgottenTopicV7(r));
  const forgottenTopicsData = $a49;
  const rackId = r.string();
  return {
    clusterId: null,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
}

/** FetchRequest at v12. */
function encFetchRequestV12(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a51 = v.topics;
    w.compactArrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encFetchRequestFetchTopicV12(w, $a51[$i52]);
    }
  }
  {
    const $a53 = v.forgottenTopicsData;
    w.compactArrayLength($a53.length);
    for (let $i54 = 0; $i54 < $a53.length; $i54++) {
      encFetchRequestForgottenTopicV12(w, $a53[$i54]);
    }
  }
  w.compactString(v.rackId);
  const $t55 = !(v.clusterId === null);
  w.uvarint(($t55 ? 1 : 0));
  if ($t55) {
    w.uvarint(0);
    const $s56 = new Writer(64);
    $s56.compactNullableString(v.clusterId);
    w.uvarint($s56.length);
    w.writer($s56);
  }
}

/** FetchRequest at v12. */
function decFetchRequestV12(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n57 = r.compactArrayLength();
  const $a58: FetchRequestFetchTopic[] = [];
  for (let $i59 = 0; $i59 < $n57; $i59++) $a58.push(decFetchRequestFetchTopicV12(r));
  const topics = $a58;
  const $n60 = r.compactArrayLength();
  const $a61: FetchRequestForgottenTopic[] = [];
  for (let $i62 = 0; $i62 < $n60; $i62++) $a61.push(decFetchRequestForgottenTopicV12(r));
  const forgottenTopicsData = $a61;
  const rackId = r.compactString();
  let clusterId: string | null = null;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        clusterId = r.compactNullableString();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    clusterId,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
}

/** FetchRequest at v13-14. */
function encFetchRequestV13(w: Writer, v: FetchRequest): void {
  w.int32(v.replicaId);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a63 = v.topics;
    w.compactArrayLength($a63.length);
    for (let $i64 = 0; $i64 < $a63.length; $i64++) {
      encFetchRequestFetchTopicV13(w, $a63[$i64]);
    }
  }
  {
    const $a65 = v.forgottenTopicsData;
    w.compactArrayLength($a65.length);
    for (let $i66 = 0; $i66 < $a65.length; $i66++) {
      encFetchRequestForgottenTopicV13(w, $a65[$i66]);
    }
  }
  w.compactString(v.rackId);
  const $t67 = !(v.clusterId === null);
  w.uvarint(($t67 ? 1 : 0));
  if ($t67) {
    w.uvarint(0);
    const $s68 = new Writer(64);
    $s68.compactNullableString(v.clusterId);
    w.uvarint($s68.length);
    w.writer($s68);
  }
}

/** FetchRequest at v13-14. */
function decFetchRequestV13(r: Reader): FetchRequest {
  const replicaId = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n69 = r.compactArrayLength();
  const $a70: FetchRequestFetchTopic[] = [];
  for (let $i71 = 0; $i71 < $n69; $i71++) $a70.push(decFetchRequestFetchTopicV13(r));
  const topics = $a70;
  const $n72 = r.compactArrayLength();
  const $a73: FetchRequestForgottenTopic[] = [];
  for (let $i74 = 0; $i74 < $n72; $i74++) $a73.push(decFetchRequestForgottenTopicV13(r));
  const forgottenTopicsData = $a73;
  const rackId = r.compactString();
  let clusterId: string | null = null;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        clusterId = r.compactNullableString();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    clusterId,
    replicaId,
    replicaState: newFetchRequestReplicaState(),
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
}

/** FetchRequest at v15-16. */
function encFetchRequestV15(w: Writer, v: FetchRequest): void {
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a75 = v.topics;
    w.compactArrayLength($a75.length);
    for (let $i76 = 0; $i76 < $a75.length; $i76++) {
      encFetchRequestFetchTopicV13(w, $a75[$i76]);
    }
  }
  {
    const $a77 = v.forgottenTopicsData;
    w.compactArrayLength($a77.length);
    for (let $i78 = 0; $i78 < $a77.length; $i78++) {
      encFetchRequestForgottenTopicV13(w, $a77[$i78]);
    }
  }
  w.compactString(v.rackId);
  const $t79 = !(v.clusterId === null);
  const $t80 = !(isDefaultFetchRequestReplicaState(v.replicaState));
  w.uvarint(($t79 ? 1 : 0) + ($t80 ? 1 : 0));
  if ($t79) {
    w.uvarint(0);
    const $s81 = new Writer(64);
    $s81.compactNullableString(v.clusterId);
    w.uvarint($s81.length);
    w.writer($s81);
  }
  if ($t80) {
    w.uvarint(1);
    const $s82 = new Writer(64);
    encFetchRequestReplicaStateV15($s82, v.replicaState);
    w.uvarint($s82.length);
    w.writer($s82);
  }
}

/** FetchRequest at v15-16. */
function decFetchRequestV15(r: Reader): FetchRequest {
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n83 = r.compactArrayLength();
  const $a84: FetchRequestFetchTopic[] = [];
  for (let $i85 = 0; $i85 < $n83; $i85++) $a84.push(decFetchRequestFetchTopicV13(r));
  const topics = $a84;
  const $n86 = r.compactArrayLength();
  const $a87: FetchRequestForgottenTopic[] = [];
  for (let $i88 = 0; $i88 < $n86; $i88++) $a87.push(decFetchRequestForgottenTopicV13(r));
  const forgottenTopicsData = $a87;
  const rackId = r.compactString();
  let clusterId: string | null = null;
  let replicaState: FetchRequestReplicaState = newFetchRequestReplicaState();
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        clusterId = r.compactNullableString();
        break;
      }
      case 1: {
        replicaState = decFetchRequestReplicaStateV15(r);
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    clusterId,
    replicaId: -1,
    replicaState,
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
}

/** FetchRequest at v17. */
function encFetchRequestV17(w: Writer, v: FetchRequest): void {
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  w.int8(v.isolationLevel);
  w.int32(v.sessionId);
  w.int32(v.sessionEpoch);
  {
    const $a89 = v.topics;
    w.compactArrayLength($a89.length);
    for (let $i90 = 0; $i90 < $a89.length; $i90++) {
      encFetchRequestFetchTopicV17(w, $a89[$i90]);
    }
  }
  {
    const $a91 = v.forgottenTopicsData;
    w.compactArrayLength($a91.length);
    for (let $i92 = 0; $i92 < $a91.length; $i92++) {
      encFetchRequestForgottenTopicV13(w, $a91[$i92]);
    }
  }
  w.compactString(v.rackId);
  const $t93 = !(v.clusterId === null);
  const $t94 = !(isDefaultFetchRequestReplicaState(v.replicaState));
  w.uvarint(($t93 ? 1 : 0) + ($t94 ? 1 : 0));
  if ($t93) {
    w.uvarint(0);
    const $s95 = new Writer(64);
    $s95.compactNullableString(v.clusterId);
    w.uvarint($s95.length);
    w.writer($s95);
  }
  if ($t94) {
    w.uvarint(1);
    const $s96 = new Writer(64);
    encFetchRequestReplicaStateV15($s96, v.replicaState);
    w.uvarint($s96.length);
    w.writer($s96);
  }
}

/** FetchRequest at v17. */
function decFetchRequestV17(r: Reader): FetchRequest {
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const isolationLevel = r.int8();
  const sessionId = r.int32();
  const sessionEpoch = r.int32();
  const $n97 = r.compactArrayLength();
  const $a98: FetchRequestFetchTopic[] = [];
  for (let $i99 = 0; $i99 < $n97; $i99++) $a98.push(decFetchRequestFetchTopicV17(r));
  const topics = $a98;
  const $n100 = r.compactArrayLength();
  const $a101: FetchRequestForgottenTopic[] = [];
  for (let $i102 = 0; $i102 < $n100; $i102++) $a101.push(decFetchRequestForgottenTopicV13(r));
  const forgottenTopicsData = $a101;
  const rackId = r.compactString();
  let clusterId: string | null = null;
  let replicaState: FetchRequestReplicaState = newFetchRequestReplicaState();
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        clusterId = r.compactNullableString();
        break;
      }
      case 1: {
        replicaState = decFetchRequestReplicaStateV15(r);
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    clusterId,
    replicaId: -1,
    replicaState,
    maxWaitMs,
    minBytes,
    maxBytes,
    isolationLevel,
    sessionId,
    sessionEpoch,
    topics,
    forgottenTopicsData,
    rackId,
  };
}

/** FetchRequestReplicaState at v15-17. */
function encFetchRequestReplicaStateV15(w: Writer, v: FetchRequestReplicaState): void {
  w.int32(v.replicaId);
  w.int64(v.replicaEpoch);
  w.uvarint(0); // no tagged fields
}

/** FetchRequestReplicaState at v15-17. */
function decFetchRequestReplicaStateV15(r: Reader): FetchRequestReplicaState {
  const replicaId = r.int32();
  const replicaEpoch = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    replicaEpoch,
  };
}

/** FetchRequestFetchTopic at v0-4. */
function encFetchRequestFetchTopicV0(w: Writer, v: FetchRequestFetchTopic): void {
  w.string(v.topic);
  {
    const $a103 = v.partitions;
    w.arrayLength($a103.length);
    for (let $i104 = 0; $i104 < $a103.length; $i104++) {
      encFetchRequestFetchPartitionV0(w, $a103[$i104]);
    }
  }
}

/** FetchRequestFetchTopic at v0-4. */
function decFetchRequestFetchTopicV0(r: Reader): FetchRequestFetchTopic {
  const topic = r.string();
  const $n105 = r.arrayLength();
  const $a106: FetchRequestFetchPartition[] = [];
  for (let $i107 = 0; $i107 < $n105; $i107++) $a106.push(decFetchRequestFetchPartitionV0(r));
  const partitions = $a106;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchRequestFetchTopic at v5-8. */
function encFetchRequestFetchTopicV5(w: Writer, v: FetchRequestFetchTopic): void {
  w.string(v.topic);
  {
    const $a108 = v.partitions;
    w.arrayLength($a108.length);
    for (let $i109 = 0; $i109 < $a108.length; $i109++) {
      encFetchRequestFetchPartitionV5(w, $a108[$i109]);
    }
  }
}

/** FetchRequestFetchTopic at v5-8. */
function decFetchRequestFetchTopicV5(r: Reader): FetchRequestFetchTopic {
  const topic = r.string();
  const $n110 = r.arrayLength();
  const $a111: FetchRequestFetchPartition[] = [];
  for (let $i112 = 0; $i112 < $n110; $i112++) $a111.push(decFetchRequestFetchPartitionV5(r));
  const partitions = $a111;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchRequestFetchTopic at v9-11. */
function encFetchRequestFetchTopicV9(w: Writer, v: FetchRequestFetchTopic): void {
  w.string(v.topic);
  {
    const $a113 = v.partitions;
    w.arrayLength($a113.length);
    for (let $i114 = 0; $i114 < $a113.length; $i114++) {
      encFetchRequestFetchPartitionV9(w, $a113[$i114]);
    }
  }
}

/** FetchRequestFetchTopic at v9-11. */
function decFetchRequestFetchTopicV9(r: Reader): FetchRequestFetchTopic {
  const topic = r.string();
  const $n115 = r.arrayLength();
  const $a116: FetchRequestFetchPartition[] = [];
  for (let $i117 = 0; $i117 < $n115; $i117++) $a116.push(decFetchRequestFetchPartitionV9(r));
  const partitions = $a116;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchRequestFetchTopic at v12. */
function encFetchRequestFetchTopicV12(w: Writer, v: FetchRequestFetchTopic): void {
  w.compactString(v.topic);
  {
    const $a118 = v.partitions;
    w.compactArrayLength($a118.length);
    for (let $i119 = 0; $i119 < $a118.length; $i119++) {
      encFetchRequestFetchPartitionV12(w, $a118[$i119]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchRequestFetchTopic at v12. */
function decFetchRequestFetchTopicV12(r: Reader): FetchRequestFetchTopic {
  const topic = r.compactString();
  const $n120 = r.compactArrayLength();
  const $a121: FetchRequestFetchPartition[] = [];
  for (let $i122 = 0; $i122 < $n120; $i122++) $a121.push(decFetchRequestFetchPartitionV12(r));
  const partitions = $a121;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchRequestFetchTopic at v13-16. */
function encFetchRequestFetchTopicV13(w: Writer, v: FetchRequestFetchTopic): void {
  w.uuid(v.topicId);
  {
    const $a123 = v.partitions;
    w.compactArrayLength($a123.length);
    for (let $i124 = 0; $i124 < $a123.length; $i124++) {
      encFetchRequestFetchPartitionV12(w, $a123[$i124]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchRequestFetchTopic at v13-16. */
function decFetchRequestFetchTopicV13(r: Reader): FetchRequestFetchTopic {
  const topicId = r.uuid();
  const $n125 = r.compactArrayLength();
  const $a126: FetchRequestFetchPartition[] = [];
  for (let $i127 = 0; $i127 < $n125; $i127++) $a126.push(decFetchRequestFetchPartitionV12(r));
  const partitions = $a126;
  r.skipTaggedFields(); // none known in this version
  return {
    topic: "",
    topicId,
    partitions,
  };
}

/** FetchRequestFetchTopic at v17. */
function encFetchRequestFetchTopicV17(w: Writer, v: FetchRequestFetchTopic): void {
  w.uuid(v.topicId);
  {
    const $a128 = v.partitions;
    w.compactArrayLength($a128.length);
    for (let $i129 = 0; $i129 < $a128.length; $i129++) {
      encFetchRequestFetchPartitionV17(w, $a128[$i129]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchRequestFetchTopic at v17. */
function decFetchRequestFetchTopicV17(r: Reader): FetchRequestFetchTopic {
  const topicId = r.uuid();
  const $n130 = r.compactArrayLength();
  const $a131: FetchRequestFetchPartition[] = [];
  for (let $i132 = 0; $i132 < $n130; $i132++) $a131.push(decFetchRequestFetchPartitionV17(r));
  const partitions = $a131;
  r.skipTaggedFields(); // none known in this version
  return {
    topic: "",
    topicId,
    partitions,
  };
}

/** FetchRequestFetchPartition at v0-4. */
function encFetchRequestFetchPartitionV0(w: Writer, v: FetchRequestFetchPartition): void {
  w.int32(v.partition);
  w.int64(v.fetchOffset);
  w.int32(v.partitionMaxBytes);
}

/** FetchRequestFetchPartition at v0-4. */
function decFetchRequestFetchPartitionV0(r: Reader): FetchRequestFetchPartition {
  const partition = r.int32();
  const fetchOffset = r.int64();
  const partitionMaxBytes = r.int32();
  return {
    partition,
    currentLeaderEpoch: -1,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** FetchRequestFetchPartition at v5-8. */
function encFetchRequestFetchPartitionV5(w: Writer, v: FetchRequestFetchPartition): void {
  w.int32(v.partition);
  w.int64(v.fetchOffset);
  w.int64(v.logStartOffset);
  w.int32(v.partitionMaxBytes);
}

/** FetchRequestFetchPartition at v5-8. */
function decFetchRequestFetchPartitionV5(r: Reader): FetchRequestFetchPartition {
  const partition = r.int32();
  const fetchOffset = r.int64();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  return {
    partition,
    currentLeaderEpoch: -1,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** FetchRequestFetchPartition at v9-11. */
function encFetchRequestFetchPartitionV9(w: Writer, v: FetchRequestFetchPartition): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  w.int64(v.fetchOffset);
  w.int64(v.logStartOffset);
  w.int32(v.partitionMaxBytes);
}

/** FetchRequestFetchPartition at v9-11. */
function decFetchRequestFetchPartitionV9(r: Reader): FetchRequestFetchPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const fetchOffset = r.int64();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  return {
    partition,
    currentLeaderEpoch,
    fetchOffset,
    lastFetchedEpoch: -1,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** FetchRequestFetchPartition at v12-16. */
function encFetchRequestFetchPartitionV12(w: Writer, v: FetchRequestFetchPartition): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  w.int64(v.fetchOffset);
  w.int32(v.lastFetchedEpoch);
  w.int64(v.logStartOffset);
  w.int32(v.partitionMaxBytes);
  w.uvarint(0); // no tagged fields
}

/** FetchRequestFetchPartition at v12-16. */
function decFetchRequestFetchPartitionV12(r: Reader): FetchRequestFetchPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const fetchOffset = r.int64();
  const lastFetchedEpoch = r.int32();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    currentLeaderEpoch,
    fetchOffset,
    lastFetchedEpoch,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId: ZERO_UUID,
  };
}

/** FetchRequestFetchPartition at v17. */
function encFetchRequestFetchPartitionV17(w: Writer, v: FetchRequestFetchPartition): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  w.int64(v.fetchOffset);
  w.int32(v.lastFetchedEpoch);
  w.int64(v.logStartOffset);
  w.int32(v.partitionMaxBytes);
  const $t133 = !(v.replicaDirectoryId === ZERO_UUID);
  w.uvarint(($t133 ? 1 : 0));
  if ($t133) {
    w.uvarint(0);
    const $s134 = new Writer(64);
    $s134.uuid(v.replicaDirectoryId);
    w.uvarint($s134.length);
    w.writer($s134);
  }
}

/** FetchRequestFetchPartition at v17. */
function decFetchRequestFetchPartitionV17(r: Reader): FetchRequestFetchPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const fetchOffset = r.int64();
  const lastFetchedEpoch = r.int32();
  const logStartOffset = r.int64();
  const partitionMaxBytes = r.int32();
  let replicaDirectoryId: string = ZERO_UUID;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        replicaDirectoryId = r.uuid();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    partition,
    currentLeaderEpoch,
    fetchOffset,
    lastFetchedEpoch,
    logStartOffset,
    partitionMaxBytes,
    replicaDirectoryId,
  };
}

/** FetchRequestForgottenTopic at v7-11. */
function encFetchRequestForgottenTopicV7(w: Writer, v: FetchRequestForgottenTopic): void {
  w.string(v.topic);
  {
    const $a135 = v.partitions;
    w.arrayLength($a135.length);
    for (let $i136 = 0; $i136 < $a135.length; $i136++) {
      w.int32($a135[$i136]);
    }
  }
}

/** FetchRequestForgottenTopic at v7-11. */
function decFetchRequestForgottenTopicV7(r: Reader): FetchRequestForgottenTopic {
  const topic = r.string();
  const $n137 = r.arrayLength();
  const $a138: number[] = [];
  for (let $i139 = 0; $i139 < $n137; $i139++) $a138.push(r.int32());
  const partitions = $a138;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchRequestForgottenTopic at v12. */
function encFetchRequestForgottenTopicV12(w: Writer, v: FetchRequestForgottenTopic): void {
  w.compactString(v.topic);
  {
    const $a140 = v.partitions;
    w.compactArrayLength($a140.length);
    for (let $i141 = 0; $i141 < $a140.length; $i141++) {
      w.int32($a140[$i141]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchRequestForgottenTopic at v12. */
function decFetchRequestForgottenTopicV12(r: Reader): FetchRequestForgottenTopic {
  const topic = r.compactString();
  const $n142 = r.compactArrayLength();
  const $a143: number[] = [];
  for (let $i144 = 0; $i144 < $n142; $i144++) $a143.push(r.int32());
  const partitions = $a143;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchRequestForgottenTopic at v13-17. */
function encFetchRequestForgottenTopicV13(w: Writer, v: FetchRequestForgottenTopic): void {
  w.uuid(v.topicId);
  {
    const $a145 = v.partitions;
    w.compactArrayLength($a145.length);
    for (let $i146 = 0; $i146 < $a145.length; $i146++) {
      w.int32($a145[$i146]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchRequestForgottenTopic at v13-17. */
function decFetchRequestForgottenTopicV13(r: Reader): FetchRequestForgottenTopic {
  const topicId = r.uuid();
  const $n147 = r.compactArrayLength();
  const $a148: number[] = [];
  for (let $i149 = 0; $i149 < $n147; $i149++) $a148.push(r.int32());
  const partitions = $a148;
  r.skipTaggedFields(); // none known in this version
  return {
    topic: "",
    topicId,
    partitions,
  };
}

function isDefaultFetchRequestReplicaState(v: FetchRequestReplicaState): boolean {
  return v.replicaId === -1 &&
    v.replicaEpoch === -1n;
}

/** FetchRequest at versions 0-17. */
export const fetchRequestCodec = new MessageCodec<FetchRequest>(
  "FetchRequest",
  0,
  [encFetchRequestV0, encFetchRequestV0, encFetchRequestV0, encFetchRequestV3, encFetchRequestV4, encFetchRequestV5, encFetchRequestV5, encFetchRequestV7, encFetchRequestV7, encFetchRequestV9, encFetchRequestV9, encFetchRequestV11, encFetchRequestV12, encFetchRequestV13, encFetchRequestV13, encFetchRequestV15, encFetchRequestV15, encFetchRequestV17],
  [decFetchRequestV0, decFetchRequestV0, decFetchRequestV0, decFetchRequestV3, decFetchRequestV4, decFetchRequestV5, decFetchRequestV5, decFetchRequestV7, decFetchRequestV7, decFetchRequestV9, decFetchRequestV9, decFetchRequestV11, decFetchRequestV12, decFetchRequestV13, decFetchRequestV13, decFetchRequestV15, decFetchRequestV15, decFetchRequestV17],
  newFetchRequest,
);

/** FetchResponse at v0. */
function encFetchResponseV0(w: Writer, v: FetchResponse): void {
  {
    const $a1 = v.responses;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encFetchResponseFetchableTopicResponseV0(w, $a1[$i2]);
    }
  }
}

/** FetchResponse at v0. */
function decFetchResponseV0(r: Reader): FetchResponse {
  const $n3 = r.arrayLength();
  const $a4: FetchResponseFetchableTopicResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decFetchResponseFetchableTopicResponseV0(r));
  const responses = $a4;
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v1-3. */
function encFetchResponseV1(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.responses;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encFetchResponseFetchableTopicResponseV0(w, $a6[$i7]);
    }
  }
}

/** FetchResponse at v1-3. */
function decFetchResponseV1(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: FetchResponseFetchableTopicResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decFetchResponseFetchableTopicResponseV0(r));
  const responses = $a9;
  return {
    throttleTimeMs,
    errorCode: 0,
    sessionId: 0,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v4. */
function encFetchResponseV4(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.responses;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encFetchResponseFetchableTopicResponseV4(w, $a11[$i12]);
    }
  }
}

/** FetchResponse at v4. */
function decFetchResponseV4(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: FetchResponseFetchableTopicResponse[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decFetchResponseFetchableTopicResponseV4(r));
  const responses = $a14;
  return {
    throttleTimeMs,
    errorCode: 0,
    sessionId: 0,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v5-6. */
function encFetchResponseV5(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.responses;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encFetchResponseFetchableTopicResponseV5(w, $a16[$i17]);
    }
  }
}

/** FetchResponse at v5-6. */
function decFetchResponseV5(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.arrayLength();
  const $a19: FetchResponseFetchableTopicResponse[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decFetchResponseFetchableTopicResponseV5(r));
  const responses = $a19;
  return {
    throttleTimeMs,
    errorCode: 0,
    sessionId: 0,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v7-10. */
function encFetchResponseV7(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.sessionId);
  {
    const $a21 = v.responses;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encFetchResponseFetchableTopicResponseV5(w, $a21[$i22]);
    }
  }
}

/** FetchResponse at v7-10. */
function decFetchResponseV7(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const $n23 = r.arrayLength();
  const $a24: FetchResponseFetchableTopicResponse[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decFetchResponseFetchableTopicResponseV5(r));
  const responses = $a24;
  return {
    throttleTimeMs,
    errorCode,
    sessionId,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v11. */
function encFetchResponseV11(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.sessionId);
  {
    const $a26 = v.responses;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encFetchResponseFetchableTopicResponseV11(w, $a26[$i27]);
    }
  }
}

/** FetchResponse at v11. */
function decFetchResponseV11(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const $n28 = r.arrayLength();
  const $a29: FetchResponseFetchableTopicResponse[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decFetchResponseFetchableTopicResponseV11(r));
  const responses = $a29;
  return {
    throttleTimeMs,
    errorCode,
    sessionId,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v12. */
function encFetchResponseV12(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.sessionId);
  {
    const $a31 = v.responses;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encFetchResponseFetchableTopicResponseV12(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchResponse at v12. */
function decFetchResponseV12(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const $n33 = r.compactArrayLength();
  const $a34: FetchResponseFetchableTopicResponse[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decFetchResponseFetchableTopicResponseV12(r));
  const responses = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    sessionId,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v13-15. */
function encFetchResponseV13(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.sessionId);
  {
    const $a36 = v.responses;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encFetchResponseFetchableTopicResponseV13(w, $a36[$i37]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchResponse at v13-15. */
function decFetchResponseV13(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const $n38 = r.compactArrayLength();
  const $a39: FetchResponseFetchableTopicResponse[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decFetchResponseFetchableTopicResponseV13(r));
  const responses = $a39;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    sessionId,
    responses,
    nodeEndpoints: [],
  };
}

/** FetchResponse at v16-17. */
function encFetchResponseV16(w: Writer, v: FetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.sessionId);
  {
    const $a41 = v.responses;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encFetchResponseFetchableTopicResponseV13(w, $a41[$i42]);
    }
  }
  const $t43 = !(v.nodeEndpoints.length === 0);
  w.uvarint(($t43 ? 1 : 0));
  if ($t43) {
    w.uvarint(0);
    const $s44 = new Writer(64);
    {
      const $a45 = v.nodeEndpoints;
      $s44.compactArrayLength($a45.length);
      for (let $i46 = 0; $i46 < $a45.length; $i46++) {
        encFetchResponseNodeEndpointV16($s44, $a45[$i46]);
      }
    }
    w.uvarint($s44.length);
    w.writer($s44);
  }
}

/** FetchResponse at v16-17. */
function decFetchResponseV16(r: Reader): FetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const sessionId = r.int32();
  const $n47 = r.compactArrayLength();
  const $a48: FetchResponseFetchableTopicResponse[] = [];
  for (let $i49 = 0; $i49 < $n47; $i49++) $a48.push(decFetchResponseFetchableTopicResponseV13(r));
  const responses = $a48;
  let nodeEndpoints: readonly FetchResponseNodeEndpoint[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n50 = r.compactArrayLength();
        const $a51: FetchResponseNodeEndpoint[] = [];
        for (let $i52 = 0; $i52 < $n50; $i52++) $a51.push(decFetchResponseNodeEndpointV16(r));
        nodeEndpoints = $a51;
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    throttleTimeMs,
    errorCode,
    sessionId,
    responses,
    nodeEndpoints,
  };
}

/** FetchResponseFetchableTopicResponse at v0-3. */
function encFetchResponseFetchableTopicResponseV0(w: Writer, v: FetchResponseFetchableTopicResponse): void {
  w.string(v.topic);
  {
    const $a53 = v.partitions;
    w.arrayLength($a53.length);
    for (let $i54 = 0; $i54 < $a53.length; $i54++) {
      encFetchResponsePartitionDataV0(w, $a53[$i54]);
    }
  }
}

/** FetchResponseFetchableTopicResponse at v0-3. */
function decFetchResponseFetchableTopicResponseV0(r: Reader): FetchResponseFetchableTopicResponse {
  const topic = r.string();
  const $n55 = r.arrayLength();
  const $a56: FetchResponsePartitionData[] = [];
  for (let $i57 = 0; $i57 < $n55; $i57++) $a56.push(decFetchResponsePartitionDataV0(r));
  const partitions = $a56;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchResponseFetchableTopicResponse at v4. */
function encFetchResponseFetchableTopicResponseV4(w: Writer, v: FetchResponseFetchableTopicResponse): void {
  w.string(v.topic);
  {
    const $a58 = v.partitions;
    w.arrayLength($a58.length);
    for (let $i59 = 0; $i59 < $a58.length; $i59++) {
      encFetchResponsePartitionDataV4(w, $a58[$i59]);
    }
  }
}

/** FetchResponseFetchableTopicResponse at v4. */
function decFetchResponseFetchableTopicResponseV4(r: Reader): FetchResponseFetchableTopicResponse {
  const topic = r.string();
  const $n60 = r.arrayLength();
  const $a61: FetchResponsePartitionData[] = [];
  for (let $i62 = 0; $i62 < $n60; $i62++) $a61.push(decFetchResponsePartitionDataV4(r));
  const partitions = $a61;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchResponseFetchableTopicResponse at v5-10. */
function encFetchResponseFetchableTopicResponseV5(w: Writer, v: FetchResponseFetchableTopicResponse): void {
  w.string(v.topic);
  {
    const $a63 = v.partitions;
    w.arrayLength($a63.length);
    for (let $i64 = 0; $i64 < $a63.length; $i64++) {
      encFetchResponsePartitionDataV5(w, $a63[$i64]);
    }
  }
}

/** FetchResponseFetchableTopicResponse at v5-10. */
function decFetchResponseFetchableTopicResponseV5(r: Reader): FetchResponseFetchableTopicResponse {
  const topic = r.string();
  const $n65 = r.arrayLength();
  const $a66: FetchResponsePartitionData[] = [];
  for (let $i67 = 0; $i67 < $n65; $i67++) $a66.push(decFetchResponsePartitionDataV5(r));
  const partitions = $a66;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchResponseFetchableTopicResponse at v11. */
function encFetchResponseFetchableTopicResponseV11(w: Writer, v: FetchResponseFetchableTopicResponse): void {
  w.string(v.topic);
  {
    const $a68 = v.partitions;
    w.arrayLength($a68.length);
    for (let $i69 = 0; $i69 < $a68.length; $i69++) {
      encFetchResponsePartitionDataV11(w, $a68[$i69]);
    }
  }
}

/** FetchResponseFetchableTopicResponse at v11. */
function decFetchResponseFetchableTopicResponseV11(r: Reader): FetchResponseFetchableTopicResponse {
  const topic = r.string();
  const $n70 = r.arrayLength();
  const $a71: FetchResponsePartitionData[] = [];
  for (let $i72 = 0; $i72 < $n70; $i72++) $a71.push(decFetchResponsePartitionDataV11(r));
  const partitions = $a71;
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchResponseFetchableTopicResponse at v12. */
function encFetchResponseFetchableTopicResponseV12(w: Writer, v: FetchResponseFetchableTopicResponse): void {
  w.compactString(v.topic);
  {
    const $a73 = v.partitions;
    w.compactArrayLength($a73.length);
    for (let $i74 = 0; $i74 < $a73.length; $i74++) {
      encFetchResponsePartitionDataV12(w, $a73[$i74]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchResponseFetchableTopicResponse at v12. */
function decFetchResponseFetchableTopicResponseV12(r: Reader): FetchResponseFetchableTopicResponse {
  const topic = r.compactString();
  const $n75 = r.compactArrayLength();
  const $a76: FetchResponsePartitionData[] = [];
  for (let $i77 = 0; $i77 < $n75; $i77++) $a76.push(decFetchResponsePartitionDataV12(r));
  const partitions = $a76;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** FetchResponseFetchableTopicResponse at v13-17. */
function encFetchResponseFetchableTopicResponseV13(w: Writer, v: FetchResponseFetchableTopicResponse): void {
  w.uuid(v.topicId);
  {
    const $a78 = v.partitions;
    w.compactArrayLength($a78.length);
    for (let $i79 = 0; $i79 < $a78.length; $i79++) {
      encFetchResponsePartitionDataV12(w, $a78[$i79]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FetchResponseFetchableTopicResponse at v13-17. */
function decFetchResponseFetchableTopicResponseV13(r: Reader): FetchResponseFetchableTopicResponse {
  const topicId = r.uuid();
  const $n80 = r.compactArrayLength();
  const $a81: FetchResponsePartitionData[] = [];
  for (let $i82 = 0; $i82 < $n80; $i82++) $a81.push(decFetchResponsePartitionDataV12(r));
  const partitions = $a81;
  r.skipTaggedFields(); // none known in this version
  return {
    topic: "",
    topicId,
    partitions,
  };
}

/** FetchResponsePartitionData at v0-3. */
function encFetchResponsePartitionDataV0(w: Writer, v: FetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  w.records(v.records);
}

/** FetchResponsePartitionData at v0-3. */
function decFetchResponsePartitionDataV0(r: Reader): FetchResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const records = r.records();
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    divergingEpoch: newFetchResponseEpochEndOffset(),
    currentLeader: newFetchResponseLeaderIdAndEpoch(),
    snapshotId: newFetchResponseSnapshotId(),
    abortedTransactions: [],
    preferredReadReplica: -1,
    records,
  };
}

/** FetchResponsePartitionData at v4. */
function encFetchResponsePartitionDataV4(w: Writer, v: FetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  w.int64(v.lastStableOffset);
  {
    const $a83 = v.abortedTransactions;
    if ($a83 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a83.length);
      for (let $i84 = 0; $i84 < $a83.length; $i84++) {
        encFetchResponseAbortedTransactionV4(w, $a83[$i84]);
      }
    }
  }
  w.records(v.records);
}

/** FetchResponsePartitionData at v4. */
function decFetchResponsePartitionDataV4(r: Reader): FetchResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const $n85 = r.nullableArrayLength();
  let $a86: FetchResponseAbortedTransaction[] | null = null;
  if ($n85 >= 0) {
    const $b88: FetchResponseAbortedTransaction[] = [];
    for (let $i87 = 0; $i87 < $n85; $i87++) $b88.push(decFetchResponseAbortedTransactionV4(r));
    $a86 = $b88;
  }
  const abortedTransactions = $a86;
  const records = r.records();
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset: -1n,
    divergingEpoch: newFetchResponseEpochEndOffset(),
    currentLeader: newFetchResponseLeaderIdAndEpoch(),
    snapshotId: newFetchResponseSnapshotId(),
    abortedTransactions,
    preferredReadReplica: -1,
    records,
  };
}

/** FetchResponsePartitionData at v5-10. */
function encFetchResponsePartitionDataV5(w: Writer, v: FetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  w.int64(v.lastStableOffset);
  w.int64(v.logStartOffset);
  {
    const $a89 = v.abortedTransactions;
    if ($a89 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a89.length);
      for (let $i90 = 0; $i90 < $a89.length; $i90++) {
        encFetchResponseAbortedTransactionV4(w, $a89[$i90]);
      }
    }
  }
  w.records(v.records);
}

/** FetchResponsePartitionData at v5-10. */
function decFetchResponsePartitionDataV5(r: Reader): FetchResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const logStartOffset = r.int64();
  const $n91 = r.nullableArrayLength();
  let $a92: FetchResponseAbortedTransaction[] | null = null;
  if ($n91 >= 0) {
    const $b94: FetchResponseAbortedTransaction[] = [];
    for (let $i93 = 0; $i93 < $n91; $i93++) $b94.push(decFetchResponseAbortedTransactionV4(r));
    $a92 = $b94;
  }
  const abortedTransactions = $a92;
  const records = r.records();
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset,
    divergingEpoch: newFetchResponseEpochEndOffset(),
    currentLeader: newFetchResponseLeaderIdAndEpoch(),
    snapshotId: newFetchResponseSnapshotId(),
    abortedTransactions,
    preferredReadReplica: -1,
    records,
  };
}

/** FetchResponsePartitionData at v11. */
function encFetchResponsePartitionDataV11(w: Writer, v: FetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  w.int64(v.lastStableOffset);
  w.int64(v.logStartOffset);
  {
    const $a95 = v.abortedTransactions;
    if ($a95 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a95.length);
      for (let $i96 = 0; $i96 < $a95.length; $i96++) {
        encFetchResponseAbortedTransactionV4(w, $a95[$i96]);
      }
    }
  }
  w.int32(v.preferredReadReplica);
  w.records(v.records);
}

/** FetchResponsePartitionData at v11. */
function decFetchResponsePartitionDataV11(r: Reader): FetchResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const logStartOffset = r.int64();
  const $n97 = r.nullableArrayLength();
  let $a98: FetchResponseAbortedTransaction[] | null = null;
  if ($n97 >= 0) {
    const $b100: FetchResponseAbortedTransaction[] = [];
    for (let $i99 = 0; $i99 < $n97; $i99++) $b100.push(decFetchResponseAbortedTransactionV4(r));
    $a98 = $b100;
  }
  const abortedTransactions = $a98;
  const preferredReadReplica = r.int32();
  const records = r.records();
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset,
    divergingEpoch: newFetchResponseEpochEndOffset(),
    currentLeader: newFetchResponseLeaderIdAndEpoch(),
    snapshotId: newFetchResponseSnapshotId(),
    abortedTransactions,
    preferredReadReplica,
    records,
  };
}

/** FetchResponsePartitionData at v12-17. */
function encFetchResponsePartitionDataV12(w: Writer, v: FetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  w.int64(v.lastStableOffset);
  w.int64(v.logStartOffset);
  {
    const $a101 = v.abortedTransactions;
    if ($a101 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a101.length);
      for (let $i102 = 0; $i102 < $a101.length; $i102++) {
        encFetchResponseAbortedTransactionV12(w, $a101[$i102]);
      }
    }
  }
  w.int32(v.preferredReadReplica);
  w.compactRecords(v.records);
  const $t103 = !(isDefaultFetchResponseEpochEndOffset(v.divergingEpoch));
  const $t104 = !(isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader));
  const $t105 = !(isDefaultFetchResponseSnapshotId(v.snapshotId));
  w.uvarint(($t103 ? 1 : 0) + ($t104 ? 1 : 0) + ($t105 ? 1 : 0));
  if ($t103) {
    w.uvarint(0);
    const $s106 = new Writer(64);
    encFetchResponseEpochEndOffsetV12($s106, v.divergingEpoch);
    w.uvarint($s106.length);
    w.writer($s106);
  }
  if ($t104) {
    w.uvarint(1);
    const $s107 = new Writer(64);
    encFetchResponseLeaderIdAndEpochV12($s107, v.currentLeader);
    w.uvarint($s107.length);
    w.writer($s107);
  }
  if ($t105) {
    w.uvarint(2);
    const $s108 = new Writer(64);
    encFetchResponseSnapshotIdV12($s108, v.snapshotId);
    w.uvarint($s108.length);
    w.writer($s108);
  }
}

/** FetchResponsePartitionData at v12-17. */
function decFetchResponsePartitionDataV12(r: Reader): FetchResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const highWatermark = r.int64();
  const lastStableOffset = r.int64();
  const logStartOffset = r.int64();
  const $n109 = r.compactNullableArrayLength();
  let $a110: FetchResponseAbortedTransaction[] | null = null;
  if ($n109 >= 0) {
    const $b112: FetchResponseAbortedTransaction[] = [];
    for (let $i111 = 0; $i111 < $n109; $i111++) $b112.push(decFetchResponseAbortedTransactionV12(r));
    $a110 = $b112;
  }
  const abortedTransactions = $a110;
  const preferredReadReplica = r.int32();
  const records = r.compactRecords();
  let divergingEpoch: FetchResponseEpochEndOffset = newFetchResponseEpochEndOffset();
  let currentLeader: FetchResponseLeaderIdAndEpoch = newFetchResponseLeaderIdAndEpoch();
  let snapshotId: FetchResponseSnapshotId = newFetchResponseSnapshotId();
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        divergingEpoch = decFetchResponseEpochEndOffsetV12(r);
        break;
      }
      case 1: {
        currentLeader = decFetchResponseLeaderIdAndEpochV12(r);
        break;
      }
      case 2: {
        snapshotId = decFetchResponseSnapshotIdV12(r);
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    partitionIndex,
    errorCode,
    highWatermark,
    lastStableOffset,
    logStartOffset,
    divergingEpoch,
    currentLeader,
    snapshotId,
    abortedTransactions,
    preferredReadReplica,
    records,
  };
}

/** FetchResponseEpochEndOffset at v12-17. */
function encFetchResponseEpochEndOffsetV12(w: Writer, v: FetchResponseEpochEndOffset): void {
  w.int32(v.epoch);
  w.int64(v.endOffset);
  w.uvarint(0); // no tagged fields
}

/** FetchResponseEpochEndOffset at v12-17. */
function decFetchResponseEpochEndOffsetV12(r: Reader): FetchResponseEpochEndOffset {
  const epoch = r.int32();
  const endOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    epoch,
    endOffset,
  };
}

/** FetchResponseLeaderIdAndEpoch at v12-17. */
function encFetchResponseLeaderIdAndEpochV12(w: Writer, v: FetchResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** FetchResponseLeaderIdAndEpoch at v12-17. */
function decFetchResponseLeaderIdAndEpochV12(r: Reader): FetchResponseLeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    leaderId,
    leaderEpoch,
  };
}

/** FetchResponseSnapshotId at v12-17. */
function encFetchResponseSnapshotIdV12(w: Writer, v: FetchResponseSnapshotId): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0); // no tagged fields
}

/** FetchResponseSnapshotId at v12-17. */
function decFetchResponseSnapshotIdV12(r: Reader): FetchResponseSnapshotId {
  const endOffset = r.int64();
  const epoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    endOffset,
    epoch,
  };
}

/** FetchResponseAbortedTransaction at v4-11. */
function encFetchResponseAbortedTransactionV4(w: Writer, v: FetchResponseAbortedTransaction): void {
  w.int64(v.producerId);
  w.int64(v.firstOffset);
}

/** FetchResponseAbortedTransaction at v4-11. */
function decFetchResponseAbortedTransactionV4(r: Reader): FetchResponseAbortedTransaction {
  const producerId = r.int64();
  const firstOffset = r.int64();
  return {
    producerId,
    firstOffset,
  };
}

/** FetchResponseAbortedTransaction at v12-17. */
function encFetchResponseAbortedTransactionV12(w: Writer, v: FetchResponseAbortedTransaction): void {
  w.int64(v.producerId);
  w.int64(v.firstOffset);
  w.uvarint(0); // no tagged fields
}

/** FetchResponseAbortedTransaction at v12-17. */
function decFetchResponseAbortedTransactionV12(r: Reader): FetchResponseAbortedTransaction {
  const producerId = r.int64();
  const firstOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    producerId,
    firstOffset,
  };
}

/** FetchResponseNodeEndpoint at v16-17. */
function encFetchResponseNodeEndpointV16(w: Writer, v: FetchResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** FetchResponseNodeEndpoint at v16-17. */
function decFetchResponseNodeEndpointV16(r: Reader): FetchResponseNodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    host,
    port,
    rack,
  };
}

function isDefaultFetchResponseEpochEndOffset(v: FetchResponseEpochEndOffset): boolean {
  return v.epoch === -1 &&
    v.endOffset === -1n;
}

function isDefaultFetchResponseLeaderIdAndEpoch(v: FetchResponseLeaderIdAndEpoch): boolean {
  return v.leaderId === -1 &&
    v.leaderEpoch === -1;
}

function isDefaultFetchResponseSnapshotId(v: FetchResponseSnapshotId): boolean {
  return v.endOffset === -1n &&
    v.epoch === -1;
}

/** FetchResponse at versions 0-17. */
export const fetchResponseCodec = new MessageCodec<FetchResponse>(
  "FetchResponse",
  0,
  [encFetchResponseV0, encFetchResponseV1, encFetchResponseV1, encFetchResponseV1, encFetchResponseV4, encFetchResponseV5, encFetchResponseV5, encFetchResponseV7, encFetchResponseV7, encFetchResponseV7, encFetchResponseV7, encFetchResponseV11, encFetchResponseV12, encFetchResponseV13, encFetchResponseV13, encFetchResponseV13, encFetchResponseV16, encFetchResponseV16],
  [decFetchResponseV0, decFetchResponseV1, decFetchResponseV1, decFetchResponseV1, decFetchResponseV4, decFetchResponseV5, decFetchResponseV5, decFetchResponseV7, decFetchResponseV7, decFetchResponseV7, decFetchResponseV7, decFetchResponseV11, decFetchResponseV12, decFetchResponseV13, decFetchResponseV13, decFetchResponseV13, decFetchResponseV16, decFetchResponseV16],
  newFetchResponse,
);
