// Kafka DeleteRecords API (key 21): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DeleteRecordsRequest.json, DeleteRecordsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DeleteRecordsRequest: request of api key 21, versions 0-2, flexible 2. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (versions 0-2) */
  readonly topics: readonly DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. (versions 0-2) */
  readonly timeoutMs: number;
}

/** DeleteRecordsTopic in DeleteRecordsRequest. */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. (versions 0-2) */
  readonly name: string;
  /** Each partition that we want to delete records from. (versions 0-2) */
  readonly partitions: readonly DeleteRecordsRequestDeleteRecordsPartition[];
}

/** DeleteRecordsPartition in DeleteRecordsRequest. */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. (versions 0-2) */
  readonly partitionIndex: number;
  /** The deletion offset. (versions 0-2) */
  readonly offset: bigint;
}

/** DeleteRecordsResponse: response of api key 21, versions 0-2, flexible 2. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. (versions 0-2) */
  readonly topics: readonly DeleteRecordsResponseDeleteRecordsTopicResult[];
}

/** DeleteRecordsTopicResult in DeleteRecordsResponse. */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. (versions 0-2) */
  readonly name: string;
  /** Each partition that we wanted to delete records from. (versions 0-2) */
  readonly partitions: readonly DeleteRecordsResponseDeleteRecordsPartitionResult[];
}

/** DeleteRecordsPartitionResult in DeleteRecordsResponse. */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. (versions 0-2) */
  readonly partitionIndex: number;
  /** The partition low water mark. (versions 0-2) */
  readonly lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0-2) */
  readonly errorCode: number;
}

/** A DeleteRecordsRequest with every field at its spec default. */
export function newDeleteRecordsRequest(): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
  };
}

/** A DeleteRecordsRequestDeleteRecordsTopic with every field at its spec default. */
export function newDeleteRecordsRequestDeleteRecordsTopic(): DeleteRecordsRequestDeleteRecordsTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A DeleteRecordsRequestDeleteRecordsPartition with every field at its spec default. */
export function newDeleteRecordsRequestDeleteRecordsPartition(): DeleteRecordsRequestDeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0n,
  };
}

/** A DeleteRecordsResponse with every field at its spec default. */
export function newDeleteRecordsResponse(): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A DeleteRecordsResponseDeleteRecordsTopicResult with every field at its spec default. */
export function newDeleteRecordsResponseDeleteRecordsTopicResult(): DeleteRecordsResponseDeleteRecordsTopicResult {
  return {
    name: "",
    partitions: [],
  };
}

/** A DeleteRecordsResponseDeleteRecordsPartitionResult with every field at its spec default. */
export function newDeleteRecordsResponseDeleteRecordsPartitionResult(): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0n,
    errorCode: 0,
  };
}

/** DeleteRecordsRequest at v0-1. */
function encDeleteRecordsRequestV0(w: Writer, v: DeleteRecordsRequest): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteRecordsRequestDeleteRecordsTopicV0(w, $a1[$i2]);
    }
  }
  w.int32(v.timeoutMs);
}

/** DeleteRecordsRequest at v0-1. */
function decDeleteRecordsRequestV0(r: Reader): DeleteRecordsRequest {
  const $n3 = r.arrayLength();
  const $a4: DeleteRecordsRequestDeleteRecordsTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteRecordsRequestDeleteRecordsTopicV0(r));
  const topics = $a4;
  const timeoutMs = r.int32();
  return {
    topics,
    timeoutMs,
  };
}

/** DeleteRecordsRequest at v2. */
function encDeleteRecordsRequestV2(w: Writer, v: DeleteRecordsRequest): void {
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteRecordsRequestDeleteRecordsTopicV2(w, $a6[$i7]);
    }
  }
  w.int32(v.timeoutMs);
  w.uvarint(0); // no tagged fields
}

/** DeleteRecordsRequest at v2. */
function decDeleteRecordsRequestV2(r: Reader): DeleteRecordsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: DeleteRecordsRequestDeleteRecordsTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteRecordsRequestDeleteRecordsTopicV2(r));
  const topics = $a9;
  const timeoutMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
    timeoutMs,
  };
}

/** DeleteRecordsRequestDeleteRecordsTopic at v0-1. */
function encDeleteRecordsRequestDeleteRecordsTopicV0(w: Writer, v: DeleteRecordsRequestDeleteRecordsTopic): void {
  w.string(v.name);
  {
    const $a11 = v.partitions;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDeleteRecordsRequestDeleteRecordsPartitionV0(w, $a11[$i12]);
    }
  }
}

/** DeleteRecordsRequestDeleteRecordsTopic at v0-1. */
function decDeleteRecordsRequestDeleteRecordsTopicV0(r: Reader): DeleteRecordsRequestDeleteRecordsTopic {
  const name = r.string();
  const $n13 = r.arrayLength();
  const $a14: DeleteRecordsRequestDeleteRecordsPartition[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDeleteRecordsRequestDeleteRecordsPartitionV0(r));
  const partitions = $a14;
  return {
    name,
    partitions,
  };
}

/** DeleteRecordsRequestDeleteRecordsTopic at v2. */
function encDeleteRecordsRequestDeleteRecordsTopicV2(w: Writer, v: DeleteRecordsRequestDeleteRecordsTopic): void {
  w.compactString(v.name);
  {
    const $a16 = v.partitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDeleteRecordsRequestDeleteRecordsPartitionV2(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteRecordsRequestDeleteRecordsTopic at v2. */
function decDeleteRecordsRequestDeleteRecordsTopicV2(r: Reader): DeleteRecordsRequestDeleteRecordsTopic {
  const name = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: DeleteRecordsRequestDeleteRecordsPartition[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDeleteRecordsRequestDeleteRecordsPartitionV2(r));
  const partitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** DeleteRecordsRequestDeleteRecordsPartition at v0-1. */
function encDeleteRecordsRequestDeleteRecordsPartitionV0(w: Writer, v: DeleteRecordsRequestDeleteRecordsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.offset);
}

/** DeleteRecordsRequestDeleteRecordsPartition at v0-1. */
function decDeleteRecordsRequestDeleteRecordsPartitionV0(r: Reader): DeleteRecordsRequestDeleteRecordsPartition {
  const partitionIndex = r.int32();
  const offset = r.int64();
  return {
    partitionIndex,
    offset,
  };
}

/** DeleteRecordsRequestDeleteRecordsPartition at v2. */
function encDeleteRecordsRequestDeleteRecordsPartitionV2(w: Writer, v: DeleteRecordsRequestDeleteRecordsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.offset);
  w.uvarint(0); // no tagged fields
}

/** DeleteRecordsRequestDeleteRecordsPartition at v2. */
function decDeleteRecordsRequestDeleteRecordsPartitionV2(r: Reader): DeleteRecordsRequestDeleteRecordsPartition {
  const partitionIndex = r.int32();
  const offset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    offset,
  };
}

/** DeleteRecordsRequest at versions 0-2. */
export const deleteRecordsRequestCodec = new MessageCodec<DeleteRecordsRequest>(
  "DeleteRecordsRequest",
  0,
  [encDeleteRecordsRequestV0, encDeleteRecordsRequestV0, encDeleteRecordsRequestV2],
  [decDeleteRecordsRequestV0, decDeleteRecordsRequestV0, decDeleteRecordsRequestV2],
  newDeleteRecordsRequest,
);

/** DeleteRecordsResponse at v0-1. */
function encDeleteRecordsResponseV0(w: Writer, v: DeleteRecordsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteRecordsResponseDeleteRecordsTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** DeleteRecordsResponse at v0-1. */
function decDeleteRecordsResponseV0(r: Reader): DeleteRecordsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteRecordsResponseDeleteRecordsTopicResultV0(r));
  const topics = $a4;
  return {
    throttleTimeMs,
    topics,
  };
}

/** DeleteRecordsResponse at v2. */
function encDeleteRecordsResponseV2(w: Writer, v: DeleteRecordsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteRecordsResponseDeleteRecordsTopicResultV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteRecordsResponse at v2. */
function decDeleteRecordsResponseV2(r: Reader): DeleteRecordsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteRecordsResponseDeleteRecordsTopicResultV2(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** DeleteRecordsResponseDeleteRecordsTopicResult at v0-1. */
function encDeleteRecordsResponseDeleteRecordsTopicResultV0(w: Writer, v: DeleteRecordsResponseDeleteRecordsTopicResult): void {
  w.string(v.name);
  {
    const $a11 = v.partitions;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDeleteRecordsResponseDeleteRecordsPartitionResultV0(w, $a11[$i12]);
    }
  }
}

/** DeleteRecordsResponseDeleteRecordsTopicResult at v0-1. */
function decDeleteRecordsResponseDeleteRecordsTopicResultV0(r: Reader): DeleteRecordsResponseDeleteRecordsTopicResult {
  const name = r.string();
  const $n13 = r.arrayLength();
  const $a14: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDeleteRecordsResponseDeleteRecordsPartitionResultV0(r));
  const partitions = $a14;
  return {
    name,
    partitions,
  };
}

/** DeleteRecordsResponseDeleteRecordsTopicResult at v2. */
function encDeleteRecordsResponseDeleteRecordsTopicResultV2(w: Writer, v: DeleteRecordsResponseDeleteRecordsTopicResult): void {
  w.compactString(v.name);
  {
    const $a16 = v.partitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDeleteRecordsResponseDeleteRecordsPartitionResultV2(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteRecordsResponseDeleteRecordsTopicResult at v2. */
function decDeleteRecordsResponseDeleteRecordsTopicResultV2(r: Reader): DeleteRecordsResponseDeleteRecordsTopicResult {
  const name = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDeleteRecordsResponseDeleteRecordsPartitionResultV2(r));
  const partitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** DeleteRecordsResponseDeleteRecordsPartitionResult at v0-1. */
function encDeleteRecordsResponseDeleteRecordsPartitionResultV0(w: Writer, v: DeleteRecordsResponseDeleteRecordsPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int64(v.lowWatermark);
  w.int16(v.errorCode);
}

/** DeleteRecordsResponseDeleteRecordsPartitionResult at v0-1. */
function decDeleteRecordsResponseDeleteRecordsPartitionResultV0(r: Reader): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const partitionIndex = r.int32();
  const lowWatermark = r.int64();
  const errorCode = r.int16();
  return {
    partitionIndex,
    lowWatermark,
    errorCode,
  };
}

/** DeleteRecordsResponseDeleteRecordsPartitionResult at v2. */
function encDeleteRecordsResponseDeleteRecordsPartitionResultV2(w: Writer, v: DeleteRecordsResponseDeleteRecordsPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int64(v.lowWatermark);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** DeleteRecordsResponseDeleteRecordsPartitionResult at v2. */
function decDeleteRecordsResponseDeleteRecordsPartitionResultV2(r: Reader): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const partitionIndex = r.int32();
  const lowWatermark = r.int64();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    lowWatermark,
    errorCode,
  };
}

/** DeleteRecordsResponse at versions 0-2. */
export const deleteRecordsResponseCodec = new MessageCodec<DeleteRecordsResponse>(
  "DeleteRecordsResponse",
  0,
  [encDeleteRecordsResponseV0, encDeleteRecordsResponseV0, encDeleteRecordsResponseV2],
  [decDeleteRecordsResponseV0, decDeleteRecordsResponseV0, decDeleteRecordsResponseV2],
  newDeleteRecordsResponse,
);
