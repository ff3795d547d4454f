// Kafka ListOffsets API (key 2): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ListOffsetsRequest.json, ListOffsetsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ListOffsetsRequest: request of api key 2, versions 0-10, flexible 6-10. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (versions 0-10) */
  readonly replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (versions 2-10) */
  readonly isolationLevel: number;
  /** Each topic in the request. (versions 0-10) */
  readonly topics: readonly ListOffsetsRequestListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. (versions 10) */
  readonly timeoutMs: number;
}

/** ListOffsetsTopic in ListOffsetsRequest. */
export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. (versions 0-10) */
  readonly name: string;
  /** Each partition in the request. (versions 0-10) */
  readonly partitions: readonly ListOffsetsRequestListOffsetsPartition[];
}

/** ListOffsetsPartition in ListOffsetsRequest. */
export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. (versions 0-10) */
  readonly partitionIndex: number;
  /** The current leader epoch. (versions 4-10, default -1) */
  readonly currentLeaderEpoch: number;
  /** The current timestamp. (versions 0-10) */
  readonly timestamp: bigint;
  /** The maximum number of offsets to report. (versions 0, default 1) */
  readonly maxNumOffsets: number;
}

/** ListOffsetsResponse: response of api key 2, versions 0-10, flexible 6-10. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-10) */
  readonly throttleTimeMs: number;
  /** Each topic in the response. (versions 0-10) */
  readonly topics: readonly ListOffsetsResponseListOffsetsTopicResponse[];
}

/** ListOffsetsTopicResponse in ListOffsetsResponse. */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name (versions 0-10) */
  readonly name: string;
  /** Each partition in the response. (versions 0-10) */
  readonly partitions: readonly ListOffsetsResponseListOffsetsPartitionResponse[];
}

/** ListOffsetsPartitionResponse in ListOffsetsResponse. */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. (versions 0-10) */
  readonly partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0-10) */
  readonly errorCode: number;
  /** The result offsets. (versions 0) */
  readonly oldStyleOffsets: readonly bigint[];
  /** The timestamp associated with the returned offset. (versions 1-10, default -1) */
  readonly timestamp: bigint;
  /** The returned offset. (versions 1-10, default -1) */
  readonly offset: bigint;
  /** (versions 4-10, default -1) */
  readonly leaderEpoch: number;
}

/** A ListOffsetsRequest with every field at its spec default. */
export function newListOffsetsRequest(): ListOffsetsRequest {
  return {
    replicaId: 0,
    isolationLevel: 0,
    topics: [],
    timeoutMs: 0,
  };
}

/** A ListOffsetsRequestListOffsetsTopic with every field at its spec default. */
export function newListOffsetsRequestListOffsetsTopic(): ListOffsetsRequestListOffsetsTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A ListOffsetsRequestListOffsetsPartition with every field at its spec default. */
export function newListOffsetsRequestListOffsetsPartition(): ListOffsetsRequestListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0n,
    maxNumOffsets: 1,
  };
}

/** A ListOffsetsResponse with every field at its spec default. */
export function newListOffsetsResponse(): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A ListOffsetsResponseListOffsetsTopicResponse with every field at its spec default. */
export function newListOffsetsResponseListOffsetsTopicResponse(): ListOffsetsResponseListOffsetsTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

/** A ListOffsetsResponseListOffsetsPartitionResponse with every field at its spec default. */
export function newListOffsetsResponseListOffsetsPartitionResponse(): ListOffsetsResponseListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
  };
}

/** ListOffsetsRequest at v0. */
function encListOffsetsRequestV0(w: Writer, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encListOffsetsRequestListOffsetsTopicV0(w, $a1[$i2]);
    }
  }
}

/** ListOffsetsRequest at v0. */
function decListOffsetsRequestV0(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const $n3 = r.arrayLength();
  const $a4: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decListOffsetsRequestListOffsetsTopicV0(r));
  const topics = $a4;
  return {
    replicaId,
    isolationLevel: 0,
    topics,
    timeoutMs: 0,
  };
}

/** ListOffsetsRequest at v1. */
function encListOffsetsRequestV1(w: Writer, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encListOffsetsRequestListOffsetsTopicV1(w, $a6[$i7]);
    }
  }
}

/** ListOffsetsRequest at v1. */
function decListOffsetsRequestV1(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const $n8 = r.arrayLength();
  const $a9: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decListOffsetsRequestListOffsetsTopicV1(r));
  const topics = $a9;
  return {
    replicaId,
    isolationLevel: 0,
    topics,
    timeoutMs: 0,
  };
}

/** ListOffsetsRequest at v2-3. */
function encListOffsetsRequestV2(w: Writer, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  w.int8(v.isolationLevel);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encListOffsetsRequestListOffsetsTopicV1(w, $a11[$i12]);
    }
  }
}

/** ListOffsetsRequest at v2-3. */
function decListOffsetsRequestV2(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const $n13 = r.arrayLength();
  const $a14: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decListOffsetsRequestListOffsetsTopicV1(r));
  const topics = $a14;
  return {
    replicaId,
    isolationLevel,
    topics,
    timeoutMs: 0,
  };
}

/** ListOffsetsRequest at v4-5. */
function encListOffsetsRequestV4(w: Writer, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  w.int8(v.isolationLevel);
  {
    const $a16 = v.topics;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encListOffsetsRequestListOffsetsTopicV4(w, $a16[$i17]);
    }
  }
}

/** ListOffsetsRequest at v4-5. */
function decListOffsetsRequestV4(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const $n18 = r.arrayLength();
  const $a19: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decListOffsetsRequestListOffsetsTopicV4(r));
  const topics = $a19;
  return {
    replicaId,
    isolationLevel,
    topics,
    timeoutMs: 0,
  };
}

/** ListOffsetsRequest at v6-9. */
function encListOffsetsRequestV6(w: Writer, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  w.int8(v.isolationLevel);
  {
    const $a21 = v.topics;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encListOffsetsRequestListOffsetsTopicV6(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsRequest at v6-9. */
function decListOffsetsRequestV6(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const $n23 = r.compactArrayLength();
  const $a24: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decListOffsetsRequestListOffsetsTopicV6(r));
  const topics = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    isolationLevel,
    topics,
    timeoutMs: 0,
  };
}

/** ListOffsetsRequest at v10. */
function encListOffsetsRequestV10(w: Writer, v: ListOffsetsRequest): void {
  w.int32(v.replicaId);
  w.int8(v.isolationLevel);
  {
    const $a26 = v.topics;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encListOffsetsRequestListOffsetsTopicV6(w, $a26[$i27]);
    }
  }
  w.int32(v.timeoutMs);
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsRequest at v10. */
function decListOffsetsRequestV10(r: Reader): ListOffsetsRequest {
  const replicaId = r.int32();
  const isolationLevel = r.int8();
  const $n28 = r.compactArrayLength();
  const $a29: ListOffsetsRequestListOffsetsTopic[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decListOffsetsRequestListOffsetsTopicV6(r));
  const topics = $a29;
  const timeoutMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    isolationLevel,
    topics,
    timeoutMs,
  };
}

/** ListOffsetsRequestListOffsetsTopic at v0. */
function encListOffsetsRequestListOffsetsTopicV0(w: Writer, v: ListOffsetsRequestListOffsetsTopic): void {
  w.string(v.name);
  {
    const $a31 = v.partitions;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encListOffsetsRequestListOffsetsPartitionV0(w, $a31[$i32]);
    }
  }
}

/** ListOffsetsRequestListOffsetsTopic at v0. */
function decListOffsetsRequestListOffsetsTopicV0(r: Reader): ListOffsetsRequestListOffsetsTopic {
  const name = r.string();
  const $n33 = r.arrayLength();
  const $a34: ListOffsetsRequestListOffsetsPartition[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decListOffsetsRequestListOffsetsPartitionV0(r));
  const partitions = $a34;
  return {
    name,
    partitions,
  };
}

/** ListOffsetsRequestListOffsetsTopic at v1-3. */
function encListOffsetsRequestListOffsetsTopicV1(w: Writer, v: ListOffsetsRequestListOffsetsTopic): void {
  w.string(v.name);
  {
    const $a36 = v.partitions;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encListOffsetsRequestListOffsetsPartitionV1(w, $a36[$i37]);
    }
  }
}

/** ListOffsetsRequestListOffsetsTopic at v1-3. */
function decListOffsetsRequestListOffsetsTopicV1(r: Reader): ListOffsetsRequestListOffsetsTopic {
  const name = r.string();
  const $n38 = r.arrayLength();
  const $a39: ListOffsetsRequestListOffsetsPartition[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decListOffsetsRequestListOffsetsPartitionV1(r));
  const partitions = $a39;
  return {
    name,
    partitions,
  };
}

/** ListOffsetsRequestListOffsetsTopic at v4-5. */
function encListOffsetsRequestListOffsetsTopicV4(w: Writer, v: ListOffsetsRequestListOffsetsTopic): void {
  w.string(v.name);
  {
    const $a41 = v.partitions;
    w.arrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encListOffsetsRequestListOffsetsPartitionV4(w, $a41[$i42]);
    }
  }
}

/** ListOffsetsRequestListOffsetsTopic at v4-5. */
function decListOffsetsRequestListOffsetsTopicV4(r: Reader): ListOffsetsRequestListOffsetsTopic {
  const name = r.string();
  const $n43 = r.arrayLength();
  const $a44: ListOffsetsRequestListOffsetsPartition[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decListOffsetsRequestListOffsetsPartitionV4(r));
  const partitions = $a44;
  return {
    name,
    partitions,
  };
}

/** ListOffsetsRequestListOffsetsTopic at v6-10. */
function encListOffsetsRequestListOffsetsTopicV6(w: Writer, v: ListOffsetsRequestListOffsetsTopic): void {
  w.compactString(v.name);
  {
    const $a46 = v.partitions;
    w.compactArrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      encListOffsetsRequestListOffsetsPartitionV6(w, $a46[$i47]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsRequestListOffsetsTopic at v6-10. */
function decListOffsetsRequestListOffsetsTopicV6(r: Reader): ListOffsetsRequestListOffsetsTopic {
  const name = r.compactString();
  const $n48 = r.compactArrayLength();
  const $a49: ListOffsetsRequestListOffsetsPartition[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decListOffsetsRequestListOffsetsPartitionV6(r));
  const partitions = $a49;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** ListOffsetsRequestListOffsetsPartition at v0. */
function encListOffsetsRequestListOffsetsPartitionV0(w: Writer, v: ListOffsetsRequestListOffsetsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.timestamp);
  w.int32(v.maxNumOffsets);
}

/** ListOffsetsRequestListOffsetsPartition at v0. */
function decListOffsetsRequestListOffsetsPartitionV0(r: Reader): ListOffsetsRequestListOffsetsPartition {
  const partitionIndex = r.int32();
  const timestamp = r.int64();
  const maxNumOffsets = r.int32();
  return {
    partitionIndex,
    currentLeaderEpoch: -1,
    timestamp,
    maxNumOffsets,
  };
}

/** ListOffsetsRequestListOffsetsPartition at v1-3. */
function encListOffsetsRequestListOffsetsPartitionV1(w: Writer, v: ListOffsetsRequestListOffsetsPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.timestamp);
}

/** ListOffsetsRequestListOffsetsPartition at v1-3. */
function decListOffsetsRequestListOffsetsPartitionV1(r: Reader): ListOffsetsRequestListOffsetsPartition {
  const partitionIndex = r.int32();
  const timestamp = r.int64();
  return {
    partitionIndex,
    currentLeaderEpoch: -1,
    timestamp,
    maxNumOffsets: 1,
  };
}

/** ListOffsetsRequestListOffsetsPartition at v4-5. */
function encListOffsetsRequestListOffsetsPartitionV4(w: Writer, v: ListOffsetsRequestListOffsetsPartition): void {
  w.int32(v.partitionIndex);
  w.int32(v.currentLeaderEpoch);
  w.int64(v.timestamp);
}

/** ListOffsetsRequestListOffsetsPartition at v4-5. */
function decListOffsetsRequestListOffsetsPartitionV4(r: Reader): ListOffsetsRequestListOffsetsPartition {
  const partitionIndex = r.int32();
  const currentLeaderEpoch = r.int32();
  const timestamp = r.int64();
  return {
    partitionIndex,
    currentLeaderEpoch,
    timestamp,
    maxNumOffsets: 1,
  };
}

/** ListOffsetsRequestListOffsetsPartition at v6-10. */
function encListOffsetsRequestListOffsetsPartitionV6(w: Writer, v: ListOffsetsRequestListOffsetsPartition): void {
  w.int32(v.partitionIndex);
  w.int32(v.currentLeaderEpoch);
  w.int64(v.timestamp);
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsRequestListOffsetsPartition at v6-10. */
function decListOffsetsRequestListOffsetsPartitionV6(r: Reader): ListOffsetsRequestListOffsetsPartition {
  const partitionIndex = r.int32();
  const currentLeaderEpoch = r.int32();
  const timestamp = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    currentLeaderEpoch,
    timestamp,
    maxNumOffsets: 1,
  };
}

/** ListOffsetsRequest at versions 0-10. */
export const listOffsetsRequestCodec = new MessageCodec<ListOffsetsRequest>(
  "ListOffsetsRequest",
  0,
  [encListOffsetsRequestV0, encListOffsetsRequestV1, encListOffsetsRequestV2, encListOffsetsRequestV2, encListOffsetsRequestV4, encListOffsetsRequestV4, encListOffsetsRequestV6, encListOffsetsRequestV6, encListOffsetsRequestV6, encListOffsetsRequestV6, encListOffsetsRequestV10],
  [decListOffsetsRequestV0, decListOffsetsRequestV1, decListOffsetsRequestV2, decListOffsetsRequestV2, decListOffsetsRequestV4, decListOffsetsRequestV4, decListOffsetsRequestV6, decListOffsetsRequestV6, decListOffsetsRequestV6, decListOffsetsRequestV6, decListOffsetsRequestV10],
  newListOffsetsRequest,
);

/** ListOffsetsResponse at v0. */
function encListOffsetsResponseV0(w: Writer, v: ListOffsetsResponse): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encListOffsetsResponseListOffsetsTopicResponseV0(w, $a1[$i2]);
    }
  }
}

/** ListOffsetsResponse at v0. */
function decListOffsetsResponseV0(r: Reader): ListOffsetsResponse {
  const $n3 = r.arrayLength();
  const $a4: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decListOffsetsResponseListOffsetsTopicResponseV0(r));
  const topics = $a4;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** ListOffsetsResponse at v1. */
function encListOffsetsResponseV1(w: Writer, v: ListOffsetsResponse): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encListOffsetsResponseListOffsetsTopicResponseV1(w, $a6[$i7]);
    }
  }
}

/** ListOffsetsResponse at v1. */
function decListOffsetsResponseV1(r: Reader): ListOffsetsResponse {
  const $n8 = r.arrayLength();
  const $a9: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decListOffsetsResponseListOffsetsTopicResponseV1(r));
  const topics = $a9;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** ListOffsetsResponse at v2-3. */
function encListOffsetsResponseV2(w: Writer, v: ListOffsetsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encListOffsetsResponseListOffsetsTopicResponseV1(w, $a11[$i12]);
    }
  }
}

/** ListOffsetsResponse at v2-3. */
function decListOffsetsResponseV2(r: Reader): ListOffsetsResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decListOffsetsResponseListOffsetsTopicResponseV1(r));
  const topics = $a14;
  return {
    throttleTimeMs,
    topics,
  };
}

/** ListOffsetsResponse at v4-5. */
function encListOffsetsResponseV4(w: Writer, v: ListOffsetsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.topics;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encListOffsetsResponseListOffsetsTopicResponseV4(w, $a16[$i17]);
    }
  }
}

/** ListOffsetsResponse at v4-5. */
function decListOffsetsResponseV4(r: Reader): ListOffsetsResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.arrayLength();
  const $a19: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decListOffsetsResponseListOffsetsTopicResponseV4(r));
  const topics = $a19;
  return {
    throttleTimeMs,
    topics,
  };
}

/** ListOffsetsResponse at v6-10. */
function encListOffsetsResponseV6(w: Writer, v: ListOffsetsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a21 = v.topics;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encListOffsetsResponseListOffsetsTopicResponseV6(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsResponse at v6-10. */
function decListOffsetsResponseV6(r: Reader): ListOffsetsResponse {
  const throttleTimeMs = r.int32();
  const $n23 = r.compactArrayLength();
  const $a24: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decListOffsetsResponseListOffsetsTopicResponseV6(r));
  const topics = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** ListOffsetsResponseListOffsetsTopicResponse at v0. */
function encListOffsetsResponseListOffsetsTopicResponseV0(w: Writer, v: ListOffsetsResponseListOffsetsTopicResponse): void {
  w.string(v.name);
  {
    const $a26 = v.partitions;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encListOffsetsResponseListOffsetsPartitionResponseV0(w, $a26[$i27]);
    }
  }
}

/** ListOffsetsResponseListOffsetsTopicResponse at v0. */
function decListOffsetsResponseListOffsetsTopicResponseV0(r: Reader): ListOffsetsResponseListOffsetsTopicResponse {
  const name = r.string();
  const $n28 = r.arrayLength();
  const $a29: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decListOffsetsResponseListOffsetsPartitionResponseV0(r));
  const partitions = $a29;
  return {
    name,
    partitions,
  };
}

/** ListOffsetsResponseListOffsetsTopicResponse at v1-3. */
function encListOffsetsResponseListOffsetsTopicResponseV1(w: Writer, v: ListOffsetsResponseListOffsetsTopicResponse): void {
  w.string(v.name);
  {
    const $a31 = v.partitions;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encListOffsetsResponseListOffsetsPartitionResponseV1(w, $a31[$i32]);
    }
  }
}

/** ListOffsetsResponseListOffsetsTopicResponse at v1-3. */
function decListOffsetsResponseListOffsetsTopicResponseV1(r: Reader): ListOffsetsResponseListOffsetsTopicResponse {
  const name = r.string();
  const $n33 = r.arrayLength();
  const $a34: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decListOffsetsResponseListOffsetsPartitionResponseV1(r));
  const partitions = $a34;
  return {
    name,
    partitions,
  };
}

/** ListOffsetsResponseListOffsetsTopicResponse at v4-5. */
function encListOffsetsResponseListOffsetsTopicResponseV4(w: Writer, v: ListOffsetsResponseListOffsetsTopicResponse): void {
  w.string(v.name);
  {
    const $a36 = v.partitions;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encListOffsetsResponseListOffsetsPartitionResponseV4(w, $a36[$i37]);
    }
  }
}

/** ListOffsetsResponseListOffsetsTopicResponse at v4-5. */
function decListOffsetsResponseListOffsetsTopicResponseV4(r: Reader): ListOffsetsResponseListOffsetsTopicResponse {
  const name = r.string();
  const $n38 = r.arrayLength();
  const $a39: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decListOffsetsResponseListOffsetsPartitionResponseV4(r));
  const partitions = $a39;
  return {
    name,
    partitions,
  };
}

/** ListOffsetsResponseListOffsetsTopicResponse at v6-10. */
function encListOffsetsResponseListOffsetsTopicResponseV6(w: Writer, v: ListOffsetsResponseListOffsetsTopicResponse): void {
  w.compactString(v.name);
  {
    const $a41 = v.partitions;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encListOffsetsResponseListOffsetsPartitionResponseV6(w, $a41[$i42]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsResponseListOffsetsTopicResponse at v6-10. */
function decListOffsetsResponseListOffsetsTopicResponseV6(r: Reader): ListOffsetsResponseListOffsetsTopicResponse {
  const name = r.compactString();
  const $n43 = r.compactArrayLength();
  const $a44: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decListOffsetsResponseListOffsetsPartitionResponseV6(r));
  const partitions = $a44;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v0. */
function encListOffsetsResponseListOffsetsPartitionResponseV0(w: Writer, v: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  {
    const $a46 = v.oldStyleOffsets;
    w.arrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      w.int64($a46[$i47]);
    }
  }
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v0. */
function decListOffsetsResponseListOffsetsPartitionResponseV0(r: Reader): ListOffsetsResponseListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const $n48 = r.arrayLength();
  const $a49: bigint[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(r.int64());
  const oldStyleOffsets = $a49;
  return {
    partitionIndex,
    errorCode,
    oldStyleOffsets,
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
  };
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v1-3. */
function encListOffsetsResponseListOffsetsPartitionResponseV1(w: Writer, v: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.timestamp);
  w.int64(v.offset);
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v1-3. */
function decListOffsetsResponseListOffsetsPartitionResponseV1(r: Reader): ListOffsetsResponseListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const timestamp = r.int64();
  const offset = r.int64();
  return {
    partitionIndex,
    errorCode,
    oldStyleOffsets: [],
    timestamp,
    offset,
    leaderEpoch: -1,
  };
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v4-5. */
function encListOffsetsResponseListOffsetsPartitionResponseV4(w: Writer, v: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.timestamp);
  w.int64(v.offset);
  w.int32(v.leaderEpoch);
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v4-5. */
function decListOffsetsResponseListOffsetsPartitionResponseV4(r: Reader): ListOffsetsResponseListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const timestamp = r.int64();
  const offset = r.int64();
  const leaderEpoch = r.int32();
  return {
    partitionIndex,
    errorCode,
    oldStyleOffsets: [],
    timestamp,
    offset,
    leaderEpoch,
  };
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v6-10. */
function encListOffsetsResponseListOffsetsPartitionResponseV6(w: Writer, v: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.timestamp);
  w.int64(v.offset);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** ListOffsetsResponseListOffsetsPartitionResponse at v6-10. */
function decListOffsetsResponseListOffsetsPartitionResponseV6(r: Reader): ListOffsetsResponseListOffsetsPartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const timestamp = r.int64();
  const offset = r.int64();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    oldStyleOffsets: [],
    timestamp,
    offset,
    leaderEpoch,
  };
}

/** ListOffsetsResponse at versions 0-10. */
export const listOffsetsResponseCodec = new MessageCodec<ListOffsetsResponse>(
  "ListOffsetsResponse",
  0,
  [encListOffsetsResponseV0, encListOffsetsResponseV1, encListOffsetsResponseV2, encListOffsetsResponseV2, encListOffsetsResponseV4, encListOffsetsResponseV4, encListOffsetsResponseV6, encListOffsetsResponseV6, encListOffsetsResponseV6, encListOffsetsResponseV6, encListOffsetsResponseV6],
  [decListOffsetsResponseV0, decListOffsetsResponseV1, decListOffsetsResponseV2, decListOffsetsResponseV2, decListOffsetsResponseV4, decListOffsetsResponseV4, decListOffsetsResponseV6, decListOffsetsResponseV6, decListOffsetsResponseV6, decListOffsetsResponseV6, decListOffsetsResponseV6],
  newListOffsetsResponse,
);
