// Kafka DescribeTopicPartitions API (key 75): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeTopicPartitionsRequest: request of api key 75, versions 0, flexible 0. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. (versions 0) */
  readonly topics: readonly DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. (versions 0, default 2000) */
  readonly responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. (versions 0, nullable 0, default null) */
  readonly cursor: DescribeTopicPartitionsRequestCursor | null;
}

/** TopicRequest in DescribeTopicPartitionsRequest. */
export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name (versions 0) */
  readonly name: string;
}

/** Cursor in DescribeTopicPartitionsRequest. */
export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process (versions 0) */
  readonly topicName: string;
  /** The partition index to start with (versions 0) */
  readonly partitionIndex: number;
}

/** DescribeTopicPartitionsResponse: response of api key 75, versions 0, flexible 0. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** Each topic in the response. (versions 0) */
  readonly topics: readonly DescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. (versions 0, nullable 0, default null) */
  readonly nextCursor: DescribeTopicPartitionsResponseCursor | null;
}

/** DescribeTopicPartitionsResponseTopic in DescribeTopicPartitionsResponse. */
export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The topic name. (versions 0, nullable 0) */
  readonly name: string | null;
  /** The topic id. (versions 0) */
  readonly topicId: string;
  /** True if the topic is internal. (versions 0, default false) */
  readonly isInternal: boolean;
  /** Each partition in the topic. (versions 0) */
  readonly partitions: readonly DescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 0, default -2147483648) */
  readonly topicAuthorizedOperations: number;
}

/** DescribeTopicPartitionsResponsePartition in DescribeTopicPartitionsResponse. */
export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The ID of the leader broker. (versions 0) */
  readonly leaderId: number;
  /** The leader epoch of this partition. (versions 0, default -1) */
  readonly leaderEpoch: number;
  /** The set of all nodes that host this partition. (versions 0) */
  readonly replicaNodes: readonly number[];
  /** The set of nodes that are in sync with the leader for this partition. (versions 0) */
  readonly isrNodes: readonly number[];
  /** The new eligible leader replicas otherwise. (versions 0, nullable 0, default null) */
  readonly eligibleLeaderReplicas: readonly number[] | null;
  /** The last known ELR. (versions 0, nullable 0, default null) */
  readonly lastKnownElr: readonly number[] | null;
  /** The set of offline replicas of this partition. (versions 0) */
  readonly offlineReplicas: readonly number[];
}

/** Cursor in DescribeTopicPartitionsResponse. */
export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process (versions 0) */
  readonly topicName: string;
  /** The partition index to start with (versions 0) */
  readonly partitionIndex: number;
}

/** A DescribeTopicPartitionsRequest with every field at its spec default. */
export function newDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
  };
}

/** A DescribeTopicPartitionsRequestTopicRequest with every field at its spec default. */
export function newDescribeTopicPartitionsRequestTopicRequest(): DescribeTopicPartitionsRequestTopicRequest {
  return {
    name: "",
  };
}

/** A DescribeTopicPartitionsRequestCursor with every field at its spec default. */
export function newDescribeTopicPartitionsRequestCursor(): DescribeTopicPartitionsRequestCursor {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

/** A DescribeTopicPartitionsResponse with every field at its spec default. */
export function newDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
  };
}

/** A DescribeTopicPartitionsResponseTopic with every field at its spec default. */
export function newDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

/** A DescribeTopicPartitionsResponsePartition with every field at its spec default. */
export function newDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
  };
}

/** A DescribeTopicPartitionsResponseCursor with every field at its spec default. */
export function newDescribeTopicPartitionsResponseCursor(): DescribeTopicPartitionsResponseCursor {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

/** DescribeTopicPartitionsRequest at v0. */
function encDescribeTopicPartitionsRequestV0(w: Writer, v: DescribeTopicPartitionsRequest): void {
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeTopicPartitionsRequestTopicRequestV0(w, $a1[$i2]);
    }
  }
  w.int32(v.responsePartitionLimit);
  if (v.cursor === null) w.int8(-1);
  else {
    w.int8(1);
    encDescribeTopicPartitionsRequestCursorV0(w, v.cursor);
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsRequest at v0. */
function decDescribeTopicPartitionsRequestV0(r: Reader): DescribeTopicPartitionsRequest {
  const $n3 = r.compactArrayLength();
  const $a4: DescribeTopicPartitionsRequestTopicRequest[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeTopicPartitionsRequestTopicRequestV0(r));
  const topics = $a4;
  const responsePartitionLimit = r.int32();
  const $m6 = r.int8();
  const cursor = $m6 < 0 ? null : decDescribeTopicPartitionsRequestCursorV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    responsePartitionLimit,
    cursor,
  };
}

/** DescribeTopicPartitionsRequestTopicRequest at v0. */
function encDescribeTopicPartitionsRequestTopicRequestV0(w: Writer, v: DescribeTopicPartitionsRequestTopicRequest): void {
  w.compactString(v.name);
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsRequestTopicRequest at v0. */
function decDescribeTopicPartitionsRequestTopicRequestV0(r: Reader): DescribeTopicPartitionsRequestTopicRequest {
  const name = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
  };
}

/** DescribeTopicPartitionsRequestCursor at v0. */
function encDescribeTopicPartitionsRequestCursorV0(w: Writer, v: DescribeTopicPartitionsRequestCursor): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsRequestCursor at v0. */
function decDescribeTopicPartitionsRequestCursorV0(r: Reader): DescribeTopicPartitionsRequestCursor {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitionIndex,
  };
}

/** DescribeTopicPartitionsRequest at versions 0. */
export const describeTopicPartitionsRequestCodec = new MessageCodec<DescribeTopicPartitionsRequest>(
  "DescribeTopicPartitionsRequest",
  0,
  [encDescribeTopicPartitionsRequestV0],
  [decDescribeTopicPartitionsRequestV0],
  newDescribeTopicPartitionsRequest,
);

/** DescribeTopicPartitionsResponse at v0. */
function encDescribeTopicPartitionsResponseV0(w: Writer, v: DescribeTopicPartitionsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeTopicPartitionsResponseTopicV0(w, $a1[$i2]);
    }
  }
  if (v.nextCursor === null) w.int8(-1);
  else {
    w.int8(1);
    encDescribeTopicPartitionsResponseCursorV0(w, v.nextCursor);
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsResponse at v0. */
function decDescribeTopicPartitionsResponseV0(r: Reader): DescribeTopicPartitionsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: DescribeTopicPartitionsResponseTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeTopicPartitionsResponseTopicV0(r));
  const topics = $a4;
  const $m6 = r.int8();
  const nextCursor = $m6 < 0 ? null : decDescribeTopicPartitionsResponseCursorV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
    nextCursor,
  };
}

/** DescribeTopicPartitionsResponseTopic at v0. */
function encDescribeTopicPartitionsResponseTopicV0(w: Writer, v: DescribeTopicPartitionsResponseTopic): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.bool(v.isInternal);
  {
    const $a7 = v.partitions;
    w.compactArrayLength($a7.length);
    for (let $i8 = 0; $i8 < $a7.length; $i8++) {
      encDescribeTopicPartitionsResponsePartitionV0(w, $a7[$i8]);
    }
  }
  w.int32(v.topicAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsResponseTopic at v0. */
function decDescribeTopicPartitionsResponseTopicV0(r: Reader): DescribeTopicPartitionsResponseTopic {
  const errorCode = r.int16();
  const name = r.compactNullableString();
  const topicId = r.uuid();
  const isInternal = r.bool();
  const $n9 = r.compactArrayLength();
  const $a10: DescribeTopicPartitionsResponsePartition[] = [];
  for (let $i11 = 0; $i11 < $n9; $i11++) $a10.push(decDescribeTopicPartitionsResponsePartitionV0(r));
  const partitions = $a10;
  const topicAuthorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    name,
    topicId,
    isInternal,
    partitions,
    topicAuthorizedOperations,
  };
}

/** DescribeTopicPartitionsResponsePartition at v0. */
function encDescribeTopicPartitionsResponsePartitionV0(w: Writer, v: DescribeTopicPartitionsResponsePartition): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a12 = v.replicaNodes;
    w.compactArrayLength($a12.length);
    for (let $i13 = 0; $i13 < $a12.length; $i13++) {
      w.int32($a12[$i13]);
    }
  }
  {
    const $a14 = v.isrNodes;
    w.compactArrayLength($a14.length);
    for (let $i15 = 0; $i15 < $a14.length; $i15++) {
      w.int32($a14[$i15]);
    }
  }
  {
    const $a16 = v.eligibleLeaderReplicas;
    if ($a16 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a16.length);
      for (let $i17 = 0; $i17 < $a16.length; $i17++) {
        w.int32($a16[$i17]);
      }
    }
  }
  {
    const $a18 = v.lastKnownElr;
    if ($a18 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a18.length);
      for (let $i19 = 0; $i19 < $a18.length; $i19++) {
        w.int32($a18[$i19]);
      }
    }
  }
  {
    const $a20 = v.offlineReplicas;
    w.compactArrayLength($a20.length);
    for (let $i21 = 0; $i21 < $a20.length; $i21++) {
      w.int32($a20[$i21]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsResponsePartition at v0. */
function decDescribeTopicPartitionsResponsePartitionV0(r: Reader): DescribeTopicPartitionsResponsePartition {
  const errorCode = r.int16();
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n22 = r.compactArrayLength();
  const $a23: number[] = [];
  for (let $i24 = 0; $i24 < $n22; $i24++) $a23.push(r.int32());
  const replicaNodes = $a23;
  const $n25 = r.compactArrayLength();
  const $a26: number[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(r.int32());
  const isrNodes = $a26;
  const $n28 = r.compactNullableArrayLength();
  let $a29: number[] | null = null;
  if ($n28 >= 0) {
    const $b31: number[] = [];
    for (let $i30 = 0; $i30 < $n28; $i30++) $b31.push(r.int32());
    $a29 = $b31;
  }
  const eligibleLeaderReplicas = $a29;
  const $n32 = r.compactNullableArrayLength();
  let $a33: number[] | null = null;
  if ($n32 >= 0) {
    const $b35: number[] = [];
    for (let $i34 = 0; $i34 < $n32; $i34++) $b35.push(r.int32());
    $a33 = $b35;
  }
  const lastKnownElr = $a33;
  const $n36 = r.compactArrayLength();
  const $a37: number[] = [];
  for (let $i38 = 0; $i38 < $n36; $i38++) $a37.push(r.int32());
  const offlineReplicas = $a37;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    partitionIndex,
    leaderId,
    leaderEpoch,
    replicaNodes,
    isrNodes,
    eligibleLeaderReplicas,
    lastKnownElr,
    offlineReplicas,
  };
}

/** DescribeTopicPartitionsResponseCursor at v0. */
function encDescribeTopicPartitionsResponseCursorV0(w: Writer, v: DescribeTopicPartitionsResponseCursor): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0); // no tagged fields
}

/** DescribeTopicPartitionsResponseCursor at v0. */
function decDescribeTopicPartitionsResponseCursorV0(r: Reader): DescribeTopicPartitionsResponseCursor {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitionIndex,
  };
}

/** DescribeTopicPartitionsResponse at versions 0. */
export const describeTopicPartitionsResponseCodec = new MessageCodec<DescribeTopicPartitionsResponse>(
  "DescribeTopicPartitionsResponse",
  0,
  [encDescribeTopicPartitionsResponseV0],
  [decDescribeTopicPartitionsResponseV0],
  newDescribeTopicPartitionsResponse,
);
