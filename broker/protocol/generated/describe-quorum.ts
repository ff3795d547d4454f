// Kafka DescribeQuorum API (key 55): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeQuorumRequest.json, DescribeQuorumResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeQuorumRequest: request of api key 55, versions 0-2, flexible 0-2. */
export interface DescribeQuorumRequest {
  /** (versions 0-2) */
  readonly topics: readonly DescribeQuorumRequestTopicData[];
}

/** TopicData in DescribeQuorumRequest. */
export interface DescribeQuorumRequestTopicData {
  /** The topic name. (versions 0-2) */
  readonly topicName: string;
  /** (versions 0-2) */
  readonly partitions: readonly DescribeQuorumRequestPartitionData[];
}

/** PartitionData in DescribeQuorumRequest. */
export interface DescribeQuorumRequestPartitionData {
  /** The partition index. (versions 0-2) */
  readonly partitionIndex: number;
}

/** DescribeQuorumResponse: response of api key 55, versions 0-2, flexible 0-2. */
export interface DescribeQuorumResponse {
  /** The top level error code. (versions 0-2) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 2, nullable 2) */
  readonly errorMessage: string | null;
  /** (versions 0-2) */
  readonly topics: readonly DescribeQuorumResponseTopicData[];
  /** (versions 2) */
  readonly nodes: readonly DescribeQuorumResponseNode[];
}

/** TopicData in DescribeQuorumResponse. */
export interface DescribeQuorumResponseTopicData {
  /** The topic name. (versions 0-2) */
  readonly topicName: string;
  /** (versions 0-2) */
  readonly partitions: readonly DescribeQuorumResponsePartitionData[];
}

/** PartitionData in DescribeQuorumResponse. */
export interface DescribeQuorumResponsePartitionData {
  /** The partition index. (versions 0-2) */
  readonly partitionIndex: number;
  /** (versions 0-2) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 2, nullable 2) */
  readonly errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-2) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 0-2) */
  readonly leaderEpoch: number;
  /** (versions 0-2) */
  readonly highWatermark: bigint;
  /** (versions 0-2) */
  readonly currentVoters: readonly DescribeQuorumResponseReplicaState[];
  /** (versions 0-2) */
  readonly observers: readonly DescribeQuorumResponseReplicaState[];
}

/** ReplicaState in DescribeQuorumResponse. */
export interface DescribeQuorumResponseReplicaState {
  /** (versions 0-2) */
  readonly replicaId: number;
  /** (versions 2) */
  readonly replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown (versions 0-2) */
  readonly logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter (versions 1-2, default -1) */
  readonly lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter (versions 1-2, default -1) */
  readonly lastCaughtUpTimestamp: bigint;
}

/** Node in DescribeQuorumResponse. */
export interface DescribeQuorumResponseNode {
  /** The ID of the associated node (versions 2) */
  readonly nodeId: number;
  /** The listeners of this controller (versions 2) */
  readonly listeners: readonly DescribeQuorumResponseListener[];
}

/** Listener in DescribeQuorumResponse. */
export interface DescribeQuorumResponseListener {
  /** The name of the endpoint (versions 2) */
  readonly name: string;
  /** The hostname (versions 2) */
  readonly host: string;
  /** The port (versions 2) */
  readonly port: number;
}

/** A DescribeQuorumRequest with every field at its spec default. */
export function newDescribeQuorumRequest(): DescribeQuorumRequest {
  return {
    topics: [],
  };
}

/** A DescribeQuorumRequestTopicData with every field at its spec default. */
export function newDescribeQuorumRequestTopicData(): DescribeQuorumRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A DescribeQuorumRequestPartitionData with every field at its spec default. */
export function newDescribeQuorumRequestPartitionData(): DescribeQuorumRequestPartitionData {
  return {
    partitionIndex: 0,
  };
}

/** A DescribeQuorumResponse with every field at its spec default. */
export function newDescribeQuorumResponse(): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    topics: [],
    nodes: [],
  };
}

/** A DescribeQuorumResponseTopicData with every field at its spec default. */
export function newDescribeQuorumResponseTopicData(): DescribeQuorumResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A DescribeQuorumResponsePartitionData with every field at its spec default. */
export function newDescribeQuorumResponsePartitionData(): DescribeQuorumResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
  };
}

/** A DescribeQuorumResponseReplicaState with every field at its spec default. */
export function newDescribeQuorumResponseReplicaState(): DescribeQuorumResponseReplicaState {
  return {
    replicaId: 0,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset: 0n,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
  };
}

/** A DescribeQuorumResponseNode with every field at its spec default. */
export function newDescribeQuorumResponseNode(): DescribeQuorumResponseNode {
  return {
    nodeId: 0,
    listeners: [],
  };
}

/** A DescribeQuorumResponseListener with every field at its spec default. */
export function newDescribeQuorumResponseListener(): DescribeQuorumResponseListener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

/** DescribeQuorumRequest at v0-2. */
function encDescribeQuorumRequestV0(w: Writer, v: DescribeQuorumRequest): void {
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeQuorumRequestTopicDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumRequest at v0-2. */
function decDescribeQuorumRequestV0(r: Reader): DescribeQuorumRequest {
  const $n3 = r.compactArrayLength();
  const $a4: DescribeQuorumRequestTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeQuorumRequestTopicDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
  };
}

/** DescribeQuorumRequestTopicData at v0-2. */
function encDescribeQuorumRequestTopicDataV0(w: Writer, v: DescribeQuorumRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeQuorumRequestPartitionDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumRequestTopicData at v0-2. */
function decDescribeQuorumRequestTopicDataV0(r: Reader): DescribeQuorumRequestTopicData {
  const topicName = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeQuorumRequestPartitionData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeQuorumRequestPartitionDataV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** DescribeQuorumRequestPartitionData at v0-2. */
function encDescribeQuorumRequestPartitionDataV0(w: Writer, v: DescribeQuorumRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumRequestPartitionData at v0-2. */
function decDescribeQuorumRequestPartitionDataV0(r: Reader): DescribeQuorumRequestPartitionData {
  const partitionIndex = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
  };
}

/** DescribeQuorumRequest at versions 0-2. */
export const describeQuorumRequestCodec = new MessageCodec<DescribeQuorumRequest>(
  "DescribeQuorumRequest",
  0,
  [encDescribeQuorumRequestV0, encDescribeQuorumRequestV0, encDescribeQuorumRequestV0],
  [decDescribeQuorumRequestV0, decDescribeQuorumRequestV0, decDescribeQuorumRequestV0],
  newDescribeQuorumRequest,
);

/** DescribeQuorumResponse at v0. */
function encDescribeQuorumResponseV0(w: Writer, v: DescribeQuorumResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeQuorumResponseTopicDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponse at v0. */
function decDescribeQuorumResponseV0(r: Reader): DescribeQuorumResponse {
  const errorCode = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: DescribeQuorumResponseTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeQuorumResponseTopicDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage: "",
    topics,
    nodes: [],
  };
}

/** DescribeQuorumResponse at v1. */
function encDescribeQuorumResponseV1(w: Writer, v: DescribeQuorumResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeQuorumResponseTopicDataV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponse at v1. */
function decDescribeQuorumResponseV1(r: Reader): DescribeQuorumResponse {
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeQuorumResponseTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeQuorumResponseTopicDataV1(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage: "",
    topics,
    nodes: [],
  };
}

/** DescribeQuorumResponse at v2. */
function encDescribeQuorumResponseV2(w: Writer, v: DescribeQuorumResponse): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeQuorumResponseTopicDataV2(w, $a11[$i12]);
    }
  }
  {
    const $a13 = v.nodes;
    w.compactArrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encDescribeQuorumResponseNodeV2(w, $a13[$i14]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponse at v2. */
function decDescribeQuorumResponseV2(r: Reader): DescribeQuorumResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n15 = r.compactArrayLength();
  const $a16: DescribeQuorumResponseTopicData[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decDescribeQuorumResponseTopicDataV2(r));
  const topics = $a16;
  const $n18 = r.compactArrayLength();
  const $a19: DescribeQuorumResponseNode[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeQuorumResponseNodeV2(r));
  const nodes = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    topics,
    nodes,
  };
}

/** DescribeQuorumResponseTopicData at v0. */
function encDescribeQuorumResponseTopicDataV0(w: Writer, v: DescribeQuorumResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDescribeQuorumResponsePartitionDataV0(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseTopicData at v0. */
function decDescribeQuorumResponseTopicDataV0(r: Reader): DescribeQuorumResponseTopicData {
  const topicName = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: DescribeQuorumResponsePartitionData[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDescribeQuorumResponsePartitionDataV0(r));
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** DescribeQuorumResponseTopicData at v1. */
function encDescribeQuorumResponseTopicDataV1(w: Writer, v: DescribeQuorumResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDescribeQuorumResponsePartitionDataV1(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseTopicData at v1. */
function decDescribeQuorumResponseTopicDataV1(r: Reader): DescribeQuorumResponseTopicData {
  const topicName = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: DescribeQuorumResponsePartitionData[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDescribeQuorumResponsePartitionDataV1(r));
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** DescribeQuorumResponseTopicData at v2. */
function encDescribeQuorumResponseTopicDataV2(w: Writer, v: DescribeQuorumResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a31 = v.partitions;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encDescribeQuorumResponsePartitionDataV2(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseTopicData at v2. */
function decDescribeQuorumResponseTopicDataV2(r: Reader): DescribeQuorumResponseTopicData {
  const topicName = r.compactString();
  const $n33 = r.compactArrayLength();
  const $a34: DescribeQuorumResponsePartitionData[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decDescribeQuorumResponsePartitionDataV2(r));
  const partitions = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** DescribeQuorumResponsePartitionData at v0. */
function encDescribeQuorumResponsePartitionDataV0(w: Writer, v: DescribeQuorumResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int64(v.highWatermark);
  {
    const $a36 = v.currentVoters;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encDescribeQuorumResponseReplicaStateV0(w, $a36[$i37]);
    }
  }
  {
    const $a38 = v.observers;
    w.compactArrayLength($a38.length);
    for (let $i39 = 0; $i39 < $a38.length; $i39++) {
      encDescribeQuorumResponseReplicaStateV0(w, $a38[$i39]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponsePartitionData at v0. */
function decDescribeQuorumResponsePartitionDataV0(r: Reader): DescribeQuorumResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const highWatermark = r.int64();
  const $n40 = r.compactArrayLength();
  const $a41: DescribeQuorumResponseReplicaState[] = [];
  for (let $i42 = 0; $i42 < $n40; $i42++) $a41.push(decDescribeQuorumResponseReplicaStateV0(r));
  const currentVoters = $a41;
  const $n43 = r.compactArrayLength();
  const $a44: DescribeQuorumResponseReplicaState[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decDescribeQuorumResponseReplicaStateV0(r));
  const observers = $a44;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage: "",
    leaderId,
    leaderEpoch,
    highWatermark,
    currentVoters,
    observers,
  };
}

/** DescribeQuorumResponsePartitionData at v1. */
function encDescribeQuorumResponsePartitionDataV1(w: Writer, v: DescribeQuorumResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int64(v.highWatermark);
  {
    const $a46 = v.currentVoters;
    w.compactArrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      encDescribeQuorumResponseReplicaStateV1(w, $a46[$i47]);
    }
  }
  {
    const $a48 = v.observers;
    w.compactArrayLength($a48.length);
    for (let $i49 = 0; $i49 < $a48.length; $i49++) {
      encDescribeQuorumResponseReplicaStateV1(w, $a48[$i49]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponsePartitionData at v1. */
function decDescribeQuorumResponsePartitionDataV1(r: Reader): DescribeQuorumResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const highWatermark = r.int64();
  const $n50 = r.compactArrayLength();
  const $a51: DescribeQuorumResponseReplicaState[] = [];
  for (let $i52 = 0; $i52 < $n50; $i52++) $a51.push(decDescribeQuorumResponseReplicaStateV1(r));
  const currentVoters = $a51;
  const $n53 = r.compactArrayLength();
  const $a54: DescribeQuorumResponseReplicaState[] = [];
  for (let $i55 = 0; $i55 < $n53; $i55++) $a54.push(decDescribeQuorumResponseReplicaStateV1(r));
  const observers = $a54;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage: "",
    leaderId,
    leaderEpoch,
    highWatermark,
    currentVoters,
    observers,
  };
}

/** DescribeQuorumResponsePartitionData at v2. */
function encDescribeQuorumResponsePartitionDataV2(w: Writer, v: DescribeQuorumResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int64(v.highWatermark);
  {
    const $a56 = v.currentVoters;
    w.compactArrayLength($a56.length);
    for (let $i57 = 0; $i57 < $a56.length; $i57++) {
      encDescribeQuorumResponseReplicaStateV2(w, $a56[$i57]);
    }
  }
  {
    const $a58 = v.observers;
    w.compactArrayLength($a58.length);
    for (let $i59 = 0; $i59 < $a58.length; $i59++) {
      encDescribeQuorumResponseReplicaStateV2(w, $a58[$i59]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponsePartitionData at v2. */
function decDescribeQuorumResponsePartitionDataV2(r: Reader): DescribeQuorumResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const highWatermark = r.int64();
  const $n60 = r.compactArrayLength();
  const $a61: DescribeQuorumResponseReplicaState[] = [];
  for (let $i62 = 0; $i62 < $n60; $i62++) $a61.push(decDescribeQuorumResponseReplicaStateV2(r));
  const currentVoters = $a61;
  const $n63 = r.compactArrayLength();
  const $a64: DescribeQuorumResponseReplicaState[] = [];
  for (let $i65 = 0; $i65 < $n63; $i65++) $a64.push(decDescribeQuorumResponseReplicaStateV2(r));
  const observers = $a64;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage,
    leaderId,
    leaderEpoch,
    highWatermark,
    currentVoters,
    observers,
  };
}

/** DescribeQuorumResponseReplicaState at v0. */
function encDescribeQuorumResponseReplicaStateV0(w: Writer, v: DescribeQuorumResponseReplicaState): void {
  w.int32(v.replicaId);
  w.int64(v.logEndOffset);
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseReplicaState at v0. */
function decDescribeQuorumResponseReplicaStateV0(r: Reader): DescribeQuorumResponseReplicaState {
  const replicaId = r.int32();
  const logEndOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
  };
}

/** DescribeQuorumResponseReplicaState at v1. */
function encDescribeQuorumResponseReplicaStateV1(w: Writer, v: DescribeQuorumResponseReplicaState): void {
  w.int32(v.replicaId);
  w.int64(v.logEndOffset);
  w.int64(v.lastFetchTimestamp);
  w.int64(v.lastCaughtUpTimestamp);
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseReplicaState at v1. */
function decDescribeQuorumResponseReplicaStateV1(r: Reader): DescribeQuorumResponseReplicaState {
  const replicaId = r.int32();
  const logEndOffset = r.int64();
  const lastFetchTimestamp = r.int64();
  const lastCaughtUpTimestamp = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset,
    lastFetchTimestamp,
    lastCaughtUpTimestamp,
  };
}

/** DescribeQuorumResponseReplicaState at v2. */
function encDescribeQuorumResponseReplicaStateV2(w: Writer, v: DescribeQuorumResponseReplicaState): void {
  w.int32(v.replicaId);
  w.uuid(v.replicaDirectoryId);
  w.int64(v.logEndOffset);
  w.int64(v.lastFetchTimestamp);
  w.int64(v.lastCaughtUpTimestamp);
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseReplicaState at v2. */
function decDescribeQuorumResponseReplicaStateV2(r: Reader): DescribeQuorumResponseReplicaState {
  const replicaId = r.int32();
  const replicaDirectoryId = r.uuid();
  const logEndOffset = r.int64();
  const lastFetchTimestamp = r.int64();
  const lastCaughtUpTimestamp = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    replicaDirectoryId,
    logEndOffset,
    lastFetchTimestamp,
    lastCaughtUpTimestamp,
  };
}

/** DescribeQuorumResponseNode at v2. */
function encDescribeQuorumResponseNodeV2(w: Writer, v: DescribeQuorumResponseNode): void {
  w.int32(v.nodeId);
  {
    const $a66 = v.listeners;
    w.compactArrayLength($a66.length);
    for (let $i67 = 0; $i67 < $a66.length; $i67++) {
      encDescribeQuorumResponseListenerV2(w, $a66[$i67]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseNode at v2. */
function decDescribeQuorumResponseNodeV2(r: Reader): DescribeQuorumResponseNode {
  const nodeId = r.int32();
  const $n68 = r.compactArrayLength();
  const $a69: DescribeQuorumResponseListener[] = [];
  for (let $i70 = 0; $i70 < $n68; $i70++) $a69.push(decDescribeQuorumResponseListenerV2(r));
  const listeners = $a69;
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    listeners,
  };
}

/** DescribeQuorumResponseListener at v2. */
function encDescribeQuorumResponseListenerV2(w: Writer, v: DescribeQuorumResponseListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** DescribeQuorumResponseListener at v2. */
function decDescribeQuorumResponseListenerV2(r: Reader): DescribeQuorumResponseListener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    host,
    port,
  };
}

/** DescribeQuorumResponse at versions 0-2. */
export const describeQuorumResponseCodec = new MessageCodec<DescribeQuorumResponse>(
  "DescribeQuorumResponse",
  0,
  [encDescribeQuorumResponseV0, encDescribeQuorumResponseV1, encDescribeQuorumResponseV2],
  [decDescribeQuorumResponseV0, decDescribeQuorumResponseV1, decDescribeQuorumResponseV2],
  newDescribeQuorumResponse,
);
