// Kafka TxnOffsetCommit API (key 28): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** TxnOffsetCommitRequest: request of api key 28, versions 0-4, flexible 3-4. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (versions 0-4) */
  readonly transactionalId: string;
  /** The ID of the group. (versions 0-4) */
  readonly groupId: string;
  /** The current producer ID in use by the transactional ID. (versions 0-4) */
  readonly producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0-4) */
  readonly producerEpoch: number;
  /** The generation of the consumer. (versions 3-4, default -1) */
  readonly generationId: number;
  /** The member ID assigned by the group coordinator. (versions 3-4, default ) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3-4, nullable 3-4, default null) */
  readonly groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. (versions 0-4) */
  readonly topics: readonly TxnOffsetCommitRequestTopic[];
}

/** TxnOffsetCommitRequestTopic in TxnOffsetCommitRequest. */
export interface TxnOffsetCommitRequestTopic {
  /** The topic name. (versions 0-4) */
  readonly name: string;
  /** The partitions inside the topic that we want to commit offsets for. (versions 0-4) */
  readonly partitions: readonly TxnOffsetCommitRequestPartition[];
}

/** TxnOffsetCommitRequestPartition in TxnOffsetCommitRequest. */
export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (versions 0-4) */
  readonly partitionIndex: number;
  /** The message offset to be committed. (versions 0-4) */
  readonly committedOffset: bigint;
  /** The leader epoch of the last consumed record. (versions 2-4, default -1) */
  readonly committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (versions 0-4, nullable 0-4) */
  readonly committedMetadata: string | null;
}

/** TxnOffsetCommitResponse: response of api key 28, versions 0-4, flexible 3-4. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  readonly throttleTimeMs: number;
  /** The responses for each topic. (versions 0-4) */
  readonly topics: readonly TxnOffsetCommitResponseTopic[];
}

/** TxnOffsetCommitResponseTopic in TxnOffsetCommitResponse. */
export interface TxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0-4) */
  readonly name: string;
  /** The responses for each partition in the topic. (versions 0-4) */
  readonly partitions: readonly TxnOffsetCommitResponsePartition[];
}

/** TxnOffsetCommitResponsePartition in TxnOffsetCommitResponse. */
export interface TxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0-4) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-4) */
  readonly errorCode: number;
}

/** A TxnOffsetCommitRequest with every field at its spec default. */
export function newTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return {
    transactionalId: "",
    groupId: "",
    producerId: 0n,
    producerEpoch: 0,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics: [],
  };
}

/** A TxnOffsetCommitRequestTopic with every field at its spec default. */
export function newTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A TxnOffsetCommitRequestPartition with every field at its spec default. */
export function newTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    committedMetadata: "",
  };
}

/** A TxnOffsetCommitResponse with every field at its spec default. */
export function newTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A TxnOffsetCommitResponseTopic with every field at its spec default. */
export function newTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A TxnOffsetCommitResponsePartition with every field at its spec default. */
export function newTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** TxnOffsetCommitRequest at v0-1. */
function encTxnOffsetCommitRequestV0(w: Writer, v: TxnOffsetCommitRequest): void {
  w.string(v.transactionalId);
  w.string(v.groupId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encTxnOffsetCommitRequestTopicV0(w, $a1[$i2]);
    }
  }
}

/** TxnOffsetCommitRequest at v0-1. */
function decTxnOffsetCommitRequestV0(r: Reader): TxnOffsetCommitRequest {
  const transactionalId = r.string();
  const groupId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const $n3 = r.arrayLength();
  const $a4: TxnOffsetCommitRequestTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decTxnOffsetCommitRequestTopicV0(r));
  const topics = $a4;
  return {
    transactionalId,
    groupId,
    producerId,
    producerEpoch,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics,
  };
}

/** TxnOffsetCommitRequest at v2. */
function encTxnOffsetCommitRequestV2(w: Writer, v: TxnOffsetCommitRequest): void {
  w.string(v.transactionalId);
  w.string(v.groupId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encTxnOffsetCommitRequestTopicV2(w, $a6[$i7]);
    }
  }
}

/** TxnOffsetCommitRequest at v2. */
function decTxnOffsetCommitRequestV2(r: Reader): TxnOffsetCommitRequest {
  const transactionalId = r.string();
  const groupId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const $n8 = r.arrayLength();
  const $a9: TxnOffsetCommitRequestTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decTxnOffsetCommitRequestTopicV2(r));
  const topics = $a9;
  return {
    transactionalId,
    groupId,
    producerId,
    producerEpoch,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics,
  };
}

/** TxnOffsetCommitRequest at v3-4. */
function encTxnOffsetCommitRequestV3(w: Writer, v: TxnOffsetCommitRequest): void {
  w.compactString(v.transactionalId);
  w.compactString(v.groupId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.int32(v.generationId);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encTxnOffsetCommitRequestTopicV3(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** TxnOffsetCommitRequest at v3-4. */
function decTxnOffsetCommitRequestV3(r: Reader): TxnOffsetCommitRequest {
  const transactionalId = r.compactString();
  const groupId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const $n13 = r.compactArrayLength();
  const $a14: TxnOffsetCommitRequestTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decTxnOffsetCommitRequestTopicV3(r));
  const topics = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    groupId,
    producerId,
    producerEpoch,
    generationId,
    memberId,
    groupInstanceId,
    topics,
  };
}

/** TxnOffsetCommitRequestTopic at v0-1. */
function encTxnOffsetCommitRequestTopicV0(w: Writer, v: TxnOffsetCommitRequestTopic): void {
  w.string(v.name);
  {
    const $a16 = v.partitions;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encTxnOffsetCommitRequestPartitionV0(w, $a16[$i17]);
    }
  }
}

/** TxnOffsetCommitRequestTopic at v0-1. */
function decTxnOffsetCommitRequestTopicV0(r: Reader): TxnOffsetCommitRequestTopic {
  const name = r.string();
  const $n18 = r.arrayLength();
  const $a19: TxnOffsetCommitRequestPartition[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decTxnOffsetCommitRequestPartitionV0(r));
  const partitions = $a19;
  return {
    name,
    partitions,
  };
}

/** TxnOffsetCommitRequestTopic at v2. */
function encTxnOffsetCommitRequestTopicV2(w: Writer, v: TxnOffsetCommitRequestTopic): void {
  w.string(v.name);
  {
    const $a21 = v.partitions;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encTxnOffsetCommitRequestPartitionV2(w, $a21[$i22]);
    }
  }
}

/** TxnOffsetCommitRequestTopic at v2. */
function decTxnOffsetCommitRequestTopicV2(r: Reader): TxnOffsetCommitRequestTopic {
  const name = r.string();
  const $n23 = r.arrayLength();
  const $a24: TxnOffsetCommitRequestPartition[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decTxnOffsetCommitRequestPartitionV2(r));
  const partitions = $a24;
  return {
    name,
    partitions,
  };
}

/** TxnOffsetCommitRequestTopic at v3-4. */
function encTxnOffsetCommitRequestTopicV3(w: Writer, v: TxnOffsetCommitRequestTopic): void {
  w.compactString(v.name);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encTxnOffsetCommitRequestPartitionV3(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** TxnOffsetCommitRequestTopic at v3-4. */
function decTxnOffsetCommitRequestTopicV3(r: Reader): TxnOffsetCommitRequestTopic {
  const name = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: TxnOffsetCommitRequestPartition[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decTxnOffsetCommitRequestPartitionV3(r));
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** TxnOffsetCommitRequestPartition at v0-1. */
function encTxnOffsetCommitRequestPartitionV0(w: Writer, v: TxnOffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.nullableString(v.committedMetadata);
}

/** TxnOffsetCommitRequestPartition at v0-1. */
function decTxnOffsetCommitRequestPartitionV0(r: Reader): TxnOffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedMetadata = r.nullableString();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch: -1,
    committedMetadata,
  };
}

/** TxnOffsetCommitRequestPartition at v2. */
function encTxnOffsetCommitRequestPartitionV2(w: Writer, v: TxnOffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.nullableString(v.committedMetadata);
}

/** TxnOffsetCommitRequestPartition at v2. */
function decTxnOffsetCommitRequestPartitionV2(r: Reader): TxnOffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.nullableString();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    committedMetadata,
  };
}

/** TxnOffsetCommitRequestPartition at v3-4. */
function encTxnOffsetCommitRequestPartitionV3(w: Writer, v: TxnOffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.committedMetadata);
  w.uvarint(0); // no tagged fields
}

/** TxnOffsetCommitRequestPartition at v3-4. */
function decTxnOffsetCommitRequestPartitionV3(r: Reader): TxnOffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    committedMetadata,
  };
}

/** TxnOffsetCommitRequest at versions 0-4. */
export const txnOffsetCommitRequestCodec = new MessageCodec<TxnOffsetCommitRequest>(
  "TxnOffsetCommitRequest",
  0,
  [encTxnOffsetCommitRequestV0, encTxnOffsetCommitRequestV0, encTxnOffsetCommitRequestV2, encTxnOffsetCommitRequestV3, encTxnOffsetCommitRequestV3],
  [decTxnOffsetCommitRequestV0, decTxnOffsetCommitRequestV0, decTxnOffsetCommitRequestV2, decTxnOffsetCommitRequestV3, decTxnOffsetCommitRequestV3],
  newTxnOffsetCommitRequest,
);

/** TxnOffsetCommitResponse at v0-2. */
function encTxnOffsetCommitResponseV0(w: Writer, v: TxnOffsetCommitResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encTxnOffsetCommitResponseTopicV0(w, $a1[$i2]);
    }
  }
}

/** TxnOffsetCommitResponse at v0-2. */
function decTxnOffsetCommitResponseV0(r: Reader): TxnOffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: TxnOffsetCommitResponseTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decTxnOffsetCommitResponseTopicV0(r));
  const topics = $a4;
  return {
    throttleTimeMs,
    topics,
  };
}

/** TxnOffsetCommitResponse at v3-4. */
function encTxnOffsetCommitResponseV3(w: Writer, v: TxnOffsetCommitResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encTxnOffsetCommitResponseTopicV3(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** TxnOffsetCommitResponse at v3-4. */
function decTxnOffsetCommitResponseV3(r: Reader): TxnOffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: TxnOffsetCommitResponseTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decTxnOffsetCommitResponseTopicV3(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** TxnOffsetCommitResponseTopic at v0-2. */
function encTxnOffsetCommitResponseTopicV0(w: Writer, v: TxnOffsetCommitResponseTopic): void {
  w.string(v.name);
  {
    const $a11 = v.partitions;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encTxnOffsetCommitResponsePartitionV0(w, $a11[$i12]);
    }
  }
}

/** TxnOffsetCommitResponseTopic at v0-2. */
function decTxnOffsetCommitResponseTopicV0(r: Reader): TxnOffsetCommitResponseTopic {
  const name = r.string();
  const $n13 = r.arrayLength();
  const $a14: TxnOffsetCommitResponsePartition[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decTxnOffsetCommitResponsePartitionV0(r));
  const partitions = $a14;
  return {
    name,
    partitions,
  };
}

/** TxnOffsetCommitResponseTopic at v3-4. */
function encTxnOffsetCommitResponseTopicV3(w: Writer, v: TxnOffsetCommitResponseTopic): void {
  w.compactString(v.name);
  {
    const $a16 = v.partitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encTxnOffsetCommitResponsePartitionV3(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** TxnOffsetCommitResponseTopic at v3-4. */
function decTxnOffsetCommitResponseTopicV3(r: Reader): TxnOffsetCommitResponseTopic {
  const name = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: TxnOffsetCommitResponsePartition[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decTxnOffsetCommitResponsePartitionV3(r));
  const partitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** TxnOffsetCommitResponsePartition at v0-2. */
function encTxnOffsetCommitResponsePartitionV0(w: Writer, v: TxnOffsetCommitResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** TxnOffsetCommitResponsePartition at v0-2. */
function decTxnOffsetCommitResponsePartitionV0(r: Reader): TxnOffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    partitionIndex,
    errorCode,
  };
}

/** TxnOffsetCommitResponsePartition at v3-4. */
function encTxnOffsetCommitResponsePartitionV3(w: Writer, v: TxnOffsetCommitResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** TxnOffsetCommitResponsePartition at v3-4. */
function decTxnOffsetCommitResponsePartitionV3(r: Reader): TxnOffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
  };
}

/** TxnOffsetCommitResponse at versions 0-4. */
export const txnOffsetCommitResponseCodec = new MessageCodec<TxnOffsetCommitResponse>(
  "TxnOffsetCommitResponse",
  0,
  [encTxnOffsetCommitResponseV0, encTxnOffsetCommitResponseV0, encTxnOffsetCommitResponseV0, encTxnOffsetCommitResponseV3, encTxnOffsetCommitResponseV3],
  [decTxnOffsetCommitResponseV0, decTxnOffsetCommitResponseV0, decTxnOffsetCommitResponseV0, decTxnOffsetCommitResponseV3, decTxnOffsetCommitResponseV3],
  newTxnOffsetCommitResponse,
);
