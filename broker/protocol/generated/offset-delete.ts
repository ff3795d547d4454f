// Kafka OffsetDelete API (key 47): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{OffsetDeleteRequest.json, OffsetDeleteResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** OffsetDeleteRequest: request of api key 47, versions 0, flexible none. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. (versions 0) */
  readonly groupId: string;
  /** The topics to delete offsets for (versions 0) */
  readonly topics: readonly OffsetDeleteRequestTopic[];
}

/** OffsetDeleteRequestTopic in OffsetDeleteRequest. */
export interface OffsetDeleteRequestTopic {
  /** The topic name. (versions 0) */
  readonly name: string;
  /** Each partition to delete offsets for. (versions 0) */
  readonly partitions: readonly OffsetDeleteRequestPartition[];
}

/** OffsetDeleteRequestPartition in OffsetDeleteRequest. */
export interface OffsetDeleteRequestPartition {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
}

/** OffsetDeleteResponse: response of api key 47, versions 0, flexible none. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The responses for each topic. (versions 0) */
  readonly topics: readonly OffsetDeleteResponseTopic[];
}

/** OffsetDeleteResponseTopic in OffsetDeleteResponse. */
export interface OffsetDeleteResponseTopic {
  /** The topic name. (versions 0) */
  readonly name: string;
  /** The responses for each partition in the topic. (versions 0) */
  readonly partitions: readonly OffsetDeleteResponsePartition[];
}

/** OffsetDeleteResponsePartition in OffsetDeleteResponse. */
export interface OffsetDeleteResponsePartition {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
}

/** A OffsetDeleteRequest with every field at its spec default. */
export function newOffsetDeleteRequest(): OffsetDeleteRequest {
  return {
    groupId: "",
    topics: [],
  };
}

/** A OffsetDeleteRequestTopic with every field at its spec default. */
export function newOffsetDeleteRequestTopic(): OffsetDeleteRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A OffsetDeleteRequestPartition with every field at its spec default. */
export function newOffsetDeleteRequestPartition(): OffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
  };
}

/** A OffsetDeleteResponse with every field at its spec default. */
export function newOffsetDeleteResponse(): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A OffsetDeleteResponseTopic with every field at its spec default. */
export function newOffsetDeleteResponseTopic(): OffsetDeleteResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A OffsetDeleteResponsePartition with every field at its spec default. */
export function newOffsetDeleteResponsePartition(): OffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** OffsetDeleteRequest at v0. */
function encOffsetDeleteRequestV0(w: Writer, v: OffsetDeleteRequest): void {
  w.string(v.groupId);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetDeleteRequestTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetDeleteRequest at v0. */
function decOffsetDeleteRequestV0(r: Reader): OffsetDeleteRequest {
  const groupId = r.string();
  const $n3 = r.arrayLength();
  const $a4: OffsetDeleteRequestTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetDeleteRequestTopicV0(r));
  const topics = $a4;
  return {
    groupId,
    topics,
  };
}

/** OffsetDeleteRequestTopic at v0. */
function encOffsetDeleteRequestTopicV0(w: Writer, v: OffsetDeleteRequestTopic): void {
  w.string(v.name);
  {
    const $a6 = v.partitions;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetDeleteRequestPartitionV0(w, $a6[$i7]);
    }
  }
}

/** OffsetDeleteRequestTopic at v0. */
function decOffsetDeleteRequestTopicV0(r: Reader): OffsetDeleteRequestTopic {
  const name = r.string();
  const $n8 = r.arrayLength();
  const $a9: OffsetDeleteRequestPartition[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetDeleteRequestPartitionV0(r));
  const partitions = $a9;
  return {
    name,
    partitions,
  };
}

/** OffsetDeleteRequestPartition at v0. */
function encOffsetDeleteRequestPartitionV0(w: Writer, v: OffsetDeleteRequestPartition): void {
  w.int32(v.partitionIndex);
}

/** OffsetDeleteRequestPartition at v0. */
function decOffsetDeleteRequestPartitionV0(r: Reader): OffsetDeleteRequestPartition {
  const partitionIndex = r.int32();
  return {
    partitionIndex,
  };
}

/** OffsetDeleteRequest at versions 0. */
export const offsetDeleteRequestCodec = new MessageCodec<OffsetDeleteRequest>(
  "OffsetDeleteRequest",
  0,
  [encOffsetDeleteRequestV0],
  [decOffsetDeleteRequestV0],
  newOffsetDeleteRequest,
);

/** OffsetDeleteResponse at v0. */
function encOffsetDeleteResponseV0(w: Writer, v: OffsetDeleteResponse): void {
  w.int16(v.errorCode);
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetDeleteResponseTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetDeleteResponse at v0. */
function decOffsetDeleteResponseV0(r: Reader): OffsetDeleteResponse {
  const errorCode = r.int16();
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: OffsetDeleteResponseTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetDeleteResponseTopicV0(r));
  const topics = $a4;
  return {
    errorCode,
    throttleTimeMs,
    topics,
  };
}

/** OffsetDeleteResponseTopic at v0. */
function encOffsetDeleteResponseTopicV0(w: Writer, v: OffsetDeleteResponseTopic): void {
  w.string(v.name);
  {
    const $a6 = v.partitions;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetDeleteResponsePartitionV0(w, $a6[$i7]);
    }
  }
}

/** OffsetDeleteResponseTopic at v0. */
function decOffsetDeleteResponseTopicV0(r: Reader): OffsetDeleteResponseTopic {
  const name = r.string();
  const $n8 = r.arrayLength();
  const $a9: OffsetDeleteResponsePartition[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetDeleteResponsePartitionV0(r));
  const partitions = $a9;
  return {
    name,
    partitions,
  };
}

/** OffsetDeleteResponsePartition at v0. */
function encOffsetDeleteResponsePartitionV0(w: Writer, v: OffsetDeleteResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** OffsetDeleteResponsePartition at v0. */
function decOffsetDeleteResponsePartitionV0(r: Reader): OffsetDeleteResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    partitionIndex,
    errorCode,
  };
}

/** OffsetDeleteResponse at versions 0. */
export const offsetDeleteResponseCodec = new MessageCodec<OffsetDeleteResponse>(
  "OffsetDeleteResponse",
  0,
  [encOffsetDeleteResponseV0],
  [decOffsetDeleteResponseV0],
  newOffsetDeleteResponse,
);
