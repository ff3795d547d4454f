// Kafka OffsetCommit API (key 8): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{OffsetCommitRequest.json, OffsetCommitResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** OffsetCommitRequest: request of api key 8, versions 0-9, flexible 8-9. */
export interface OffsetCommitRequest {
  /** The unique group identifier. (versions 0-9) */
  readonly groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 1-9, default -1) */
  readonly generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (versions 1-9) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 7-9, nullable 7-9, default null) */
  readonly groupInstanceId: string | null;
  /** The time period in ms to retain the offset. (versions 2-4, default -1) */
  readonly retentionTimeMs: bigint;
  /** The topics to commit offsets for. (versions 0-9) */
  readonly topics: readonly OffsetCommitRequestTopic[];
}

/** OffsetCommitRequestTopic in OffsetCommitRequest. */
export interface OffsetCommitRequestTopic {
  /** The topic name. (versions 0-9) */
  readonly name: string;
  /** Each partition to commit offsets for. (versions 0-9) */
  readonly partitions: readonly OffsetCommitRequestPartition[];
}

/** OffsetCommitRequestPartition in OffsetCommitRequest. */
export interface OffsetCommitRequestPartition {
  /** The partition index. (versions 0-9) */
  readonly partitionIndex: number;
  /** The message offset to be committed. (versions 0-9) */
  readonly committedOffset: bigint;
  /** The leader epoch of this partition. (versions 6-9, default -1) */
  readonly committedLeaderEpoch: number;
  /** The timestamp of the commit. (versions 1, default -1) */
  readonly commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. (versions 0-9, nullable 0-9) */
  readonly committedMetadata: string | null;
}

/** OffsetCommitResponse: response of api key 8, versions 0-9, flexible 8-9. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3-9) */
  readonly throttleTimeMs: number;
  /** The responses for each topic. (versions 0-9) */
  readonly topics: readonly OffsetCommitResponseTopic[];
}

/** OffsetCommitResponseTopic in OffsetCommitResponse. */
export interface OffsetCommitResponseTopic {
  /** The topic name. (versions 0-9) */
  readonly name: string;
  /** The responses for each partition in the topic. (versions 0-9) */
  readonly partitions: readonly OffsetCommitResponsePartition[];
}

/** OffsetCommitResponsePartition in OffsetCommitResponse. */
export interface OffsetCommitResponsePartition {
  /** The partition index. (versions 0-9) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-9) */
  readonly errorCode: number;
}

/** A OffsetCommitRequest with every field at its spec default. */
export function newOffsetCommitRequest(): OffsetCommitRequest {
  return {
    groupId: "",
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [],
  };
}

/** A OffsetCommitRequestTopic with every field at its spec default. */
export function newOffsetCommitRequestTopic(): OffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A OffsetCommitRequestPartition with every field at its spec default. */
export function newOffsetCommitRequestPartition(): OffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata: "",
  };
}

/** A OffsetCommitResponse with every field at its spec default. */
export function newOffsetCommitResponse(): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A OffsetCommitResponseTopic with every field at its spec default. */
export function newOffsetCommitResponseTopic(): OffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A OffsetCommitResponsePartition with every field at its spec default. */
export function newOffsetCommitResponsePartition(): OffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** OffsetCommitRequest at v0. */
function encOffsetCommitRequestV0(w: Writer, v: OffsetCommitRequest): void {
  w.string(v.groupId);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetCommitRequestTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetCommitRequest at v0. */
function decOffsetCommitRequestV0(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const $n3 = r.arrayLength();
  const $a4: OffsetCommitRequestTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetCommitRequestTopicV0(r));
  const topics = $a4;
  return {
    groupId,
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics,
  };
}

/** OffsetCommitRequest at v1. */
function encOffsetCommitRequestV1(w: Writer, v: OffsetCommitRequest): void {
  w.string(v.groupId);
  w.int32(v.generationIdOrMemberEpoch);
  w.string(v.memberId);
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetCommitRequestTopicV1(w, $a6[$i7]);
    }
  }
}

/** OffsetCommitRequest at v1. */
function decOffsetCommitRequestV1(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const $n8 = r.arrayLength();
  const $a9: OffsetCommitRequestTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetCommitRequestTopicV1(r));
  const topics = $a9;
  return {
    groupId,
    generationIdOrMemberEpoch,
    memberId,
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics,
  };
}

/** OffsetCommitRequest at v2-4. */
function encOffsetCommitRequestV2(w: Writer, v: OffsetCommitRequest): void {
  w.string(v.groupId);
  w.int32(v.generationIdOrMemberEpoch);
  w.string(v.memberId);
  w.int64(v.retentionTimeMs);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encOffsetCommitRequestTopicV0(w, $a11[$i12]);
    }
  }
}

/** OffsetCommitRequest at v2-4. */
function decOffsetCommitRequestV2(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const retentionTimeMs = r.int64();
  const $n13 = r.arrayLength();
  const $a14: OffsetCommitRequestTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decOffsetCommitRequestTopicV0(r));
  const topics = $a14;
  return {
    groupId,
    generationIdOrMemberEpoch,
    memberId,
    groupInstanceId: null,
    retentionTimeMs,
    topics,
  };
}

/** OffsetCommitRequest at v5. */
function encOffsetCommitRequestV5(w: Writer, v: OffsetCommitRequest): void {
  w.string(v.groupId);
  w.int32(v.generationIdOrMemberEpoch);
  w.string(v.memberId);
  {
    const $a16 = v.topics;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encOffsetCommitRequestTopicV0(w, $a16[$i17]);
    }
  }
}

/** OffsetCommitRequest at v5. */
function decOffsetCommitRequestV5(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const $n18 = r.arrayLength();
  const $a19: OffsetCommitRequestTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decOffsetCommitRequestTopicV0(r));
  const topics = $a19;
  return {
    groupId,
    generationIdOrMemberEpoch,
    memberId,
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics,
  };
}

/** OffsetCommitRequest at v6. */
function encOffsetCommitRequestV6(w: Writer, v: OffsetCommitRequest): void {
  w.string(v.groupId);
  w.int32(v.generationIdOrMemberEpoch);
  w.string(v.memberId);
  {
    const $a21 = v.topics;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encOffsetCommitRequestTopicV6(w, $a21[$i22]);
    }
  }
}

/** OffsetCommitRequest at v6. */
function decOffsetCommitRequestV6(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const $n23 = r.arrayLength();
  const $a24: OffsetCommitRequestTopic[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decOffsetCommitRequestTopicV6(r));
  const topics = $a24;
  return {
    groupId,
    generationIdOrMemberEpoch,
    memberId,
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics,
  };
}

/** OffsetCommitRequest at v7. */
function encOffsetCommitRequestV7(w: Writer, v: OffsetCommitRequest): void {
  w.string(v.groupId);
  w.int32(v.generationIdOrMemberEpoch);
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
  {
    const $a26 = v.topics;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encOffsetCommitRequestTopicV6(w, $a26[$i27]);
    }
  }
}

/** OffsetCommitRequest at v7. */
function decOffsetCommitRequestV7(r: Reader): OffsetCommitRequest {
  const groupId = r.string();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const $n28 = r.arrayLength();
  const $a29: OffsetCommitRequestTopic[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decOffsetCommitRequestTopicV6(r));
  const topics = $a29;
  return {
    groupId,
    generationIdOrMemberEpoch,
    memberId,
    groupInstanceId,
    retentionTimeMs: -1n,
    topics,
  };
}

/** OffsetCommitRequest at v8-9. */
function encOffsetCommitRequestV8(w: Writer, v: OffsetCommitRequest): void {
  w.compactString(v.groupId);
  w.int32(v.generationIdOrMemberEpoch);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  {
    const $a31 = v.topics;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encOffsetCommitRequestTopicV8(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetCommitRequest at v8-9. */
function decOffsetCommitRequestV8(r: Reader): OffsetCommitRequest {
  const groupId = r.compactString();
  const generationIdOrMemberEpoch = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const $n33 = r.compactArrayLength();
  const $a34: OffsetCommitRequestTopic[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decOffsetCommitRequestTopicV8(r));
  const topics = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    generationIdOrMemberEpoch,
    memberId,
    groupInstanceId,
    retentionTimeMs: -1n,
    topics,
  };
}

/** OffsetCommitRequestTopic at v0, v2, v3, v4, v5. */
function encOffsetCommitRequestTopicV0(w: Writer, v: OffsetCommitRequestTopic): void {
  w.string(v.name);
  {
    const $a36 = v.partitions;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encOffsetCommitRequestPartitionV0(w, $a36[$i37]);
    }
  }
}

/** OffsetCommitRequestTopic at v0, v2, v3, v4, v5. */
function decOffsetCommitRequestTopicV0(r: Reader): OffsetCommitRequestTopic {
  const name = r.string();
  const $n38 = r.arrayLength();
  const $a39: OffsetCommitRequestPartition[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decOffsetCommitRequestPartitionV0(r));
  const partitions = $a39;
  return {
    name,
    partitions,
  };
}

/** OffsetCommitRequestTopic at v1. */
function encOffsetCommitRequestTopicV1(w: Writer, v: OffsetCommitRequestTopic): void {
  w.string(v.name);
  {
    const $a41 = v.partitions;
    w.arrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encOffsetCommitRequestPartitionV1(w, $a41[$i42]);
    }
  }
}

/** OffsetCommitRequestTopic at v1. */
function decOffsetCommitRequestTopicV1(r: Reader): OffsetCommitRequestTopic {
  const name = r.string();
  const $n43 = r.arrayLength();
  const $a44: OffsetCommitRequestPartition[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decOffsetCommitRequestPartitionV1(r));
  const partitions = $a44;
  return {
    name,
    partitions,
  };
}

/** OffsetCommitRequestTopic at v6-7. */
function encOffsetCommitRequestTopicV6(w: Writer, v: OffsetCommitRequestTopic): void {
  w.string(v.name);
  {
    const $a46 = v.partitions;
    w.arrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      encOffsetCommitRequestPartitionV6(w, $a46[$i47]);
    }
  }
}

/** OffsetCommitRequestTopic at v6-7. */
function decOffsetCommitRequestTopicV6(r: Reader): OffsetCommitRequestTopic {
  const name = r.string();
  const $n48 = r.arrayLength();
  const $a49: OffsetCommitRequestPartition[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decOffsetCommitRequestPartitionV6(r));
  const partitions = $a49;
  return {
    name,
    partitions,
  };
}

/** OffsetCommitRequestTopic at v8-9. */
function encOffsetCommitRequestTopicV8(w: Writer, v: OffsetCommitRequestTopic): void {
  w.compactString(v.name);
  {
    const $a51 = v.partitions;
    w.compactArrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encOffsetCommitRequestPartitionV8(w, $a51[$i52]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetCommitRequestTopic at v8-9. */
function decOffsetCommitRequestTopicV8(r: Reader): OffsetCommitRequestTopic {
  const name = r.compactString();
  const $n53 = r.compactArrayLength();
  const $a54: OffsetCommitRequestPartition[] = [];
  for (let $i55 = 0; $i55 < $n53; $i55++) $a54.push(decOffsetCommitRequestPartitionV8(r));
  const partitions = $a54;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** OffsetCommitRequestPartition at v0, v2, v3, v4, v5. */
function encOffsetCommitRequestPartitionV0(w: Writer, v: OffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.nullableString(v.committedMetadata);
}

/** OffsetCommitRequestPartition at v0, v2, v3, v4, v5. */
function decOffsetCommitRequestPartitionV0(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedMetadata = r.nullableString();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata,
  };
}

/** OffsetCommitRequestPartition at v1. */
function encOffsetCommitRequestPartitionV1(w: Writer, v: OffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int64(v.commitTimestamp);
  w.nullableString(v.committedMetadata);
}

/** OffsetCommitRequestPartition at v1. */
function decOffsetCommitRequestPartitionV1(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const commitTimestamp = r.int64();
  const committedMetadata = r.nullableString();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch: -1,
    commitTimestamp,
    committedMetadata,
  };
}

/** OffsetCommitRequestPartition at v6-7. */
function encOffsetCommitRequestPartitionV6(w: Writer, v: OffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.nullableString(v.committedMetadata);
}

/** OffsetCommitRequestPartition at v6-7. */
function decOffsetCommitRequestPartitionV6(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.nullableString();
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    commitTimestamp: -1n,
    committedMetadata,
  };
}

/** OffsetCommitRequestPartition at v8-9. */
function encOffsetCommitRequestPartitionV8(w: Writer, v: OffsetCommitRequestPartition): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.committedMetadata);
  w.uvarint(0); // no tagged fields
}

/** OffsetCommitRequestPartition at v8-9. */
function decOffsetCommitRequestPartitionV8(r: Reader): OffsetCommitRequestPartition {
  const partitionIndex = r.int32();
  const committedOffset = r.int64();
  const committedLeaderEpoch = r.int32();
  const committedMetadata = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    committedOffset,
    committedLeaderEpoch,
    commitTimestamp: -1n,
    committedMetadata,
  };
}

/** OffsetCommitRequest at versions 0-9. */
export const offsetCommitRequestCodec = new MessageCodec<OffsetCommitRequest>(
  "OffsetCommitRequest",
  0,
  [encOffsetCommitRequestV0, encOffsetCommitRequestV1, encOffsetCommitRequestV2, encOffsetCommitRequestV2, encOffsetCommitRequestV2, encOffsetCommitRequestV5, encOffsetCommitRequestV6, encOffsetCommitRequestV7, encOffsetCommitRequestV8, encOffsetCommitRequestV8],
  [decOffsetCommitRequestV0, decOffsetCommitRequestV1, decOffsetCommitRequestV2, decOffsetCommitRequestV2, decOffsetCommitRequestV2, decOffsetCommitRequestV5, decOffsetCommitRequestV6, decOffsetCommitRequestV7, decOffsetCommitRequestV8, decOffsetCommitRequestV8],
  newOffsetCommitRequest,
);

/** OffsetCommitResponse at v0-2. */
function encOffsetCommitResponseV0(w: Writer, v: OffsetCommitResponse): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetCommitResponseTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetCommitResponse at v0-2. */
function decOffsetCommitResponseV0(r: Reader): OffsetCommitResponse {
  const $n3 = r.arrayLength();
  const $a4: OffsetCommitResponseTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetCommitResponseTopicV0(r));
  const topics = $a4;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** OffsetCommitResponse at v3-7. */
function encOffsetCommitResponseV3(w: Writer, v: OffsetCommitResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetCommitResponseTopicV0(w, $a6[$i7]);
    }
  }
}

/** OffsetCommitResponse at v3-7. */
function decOffsetCommitResponseV3(r: Reader): OffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: OffsetCommitResponseTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetCommitResponseTopicV0(r));
  const topics = $a9;
  return {
    throttleTimeMs,
    topics,
  };
}

/** OffsetCommitResponse at v8-9. */
function encOffsetCommitResponseV8(w: Writer, v: OffsetCommitResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encOffsetCommitResponseTopicV8(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetCommitResponse at v8-9. */
function decOffsetCommitResponseV8(r: Reader): OffsetCommitResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.compactArrayLength();
  const $a14: OffsetCommitResponseTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decOffsetCommitResponseTopicV8(r));
  const topics = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** OffsetCommitResponseTopic at v0-7. */
function encOffsetCommitResponseTopicV0(w: Writer, v: OffsetCommitResponseTopic): void {
  w.string(v.name);
  {
    const $a16 = v.partitions;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encOffsetCommitResponsePartitionV0(w, $a16[$i17]);
    }
  }
}

/** OffsetCommitResponseTopic at v0-7. */
function decOffsetCommitResponseTopicV0(r: Reader): OffsetCommitResponseTopic {
  const name = r.string();
  const $n18 = r.arrayLength();
  const $a19: OffsetCommitResponsePartition[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decOffsetCommitResponsePartitionV0(r));
  const partitions = $a19;
  return {
    name,
    partitions,
  };
}

/** OffsetCommitResponseTopic at v8-9. */
function encOffsetCommitResponseTopicV8(w: Writer, v: OffsetCommitResponseTopic): void {
  w.compactString(v.name);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encOffsetCommitResponsePartitionV8(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetCommitResponseTopic at v8-9. */
function decOffsetCommitResponseTopicV8(r: Reader): OffsetCommitResponseTopic {
  const name = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: OffsetCommitResponsePartition[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decOffsetCommitResponsePartitionV8(r));
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** OffsetCommitResponsePartition at v0-7. */
function encOffsetCommitResponsePartitionV0(w: Writer, v: OffsetCommitResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** OffsetCommitResponsePartition at v0-7. */
function decOffsetCommitResponsePartitionV0(r: Reader): OffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    partitionIndex,
    errorCode,
  };
}

/** OffsetCommitResponsePartition at v8-9. */
function encOffsetCommitResponsePartitionV8(w: Writer, v: OffsetCommitResponsePartition): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** OffsetCommitResponsePartition at v8-9. */
function decOffsetCommitResponsePartitionV8(r: Reader): OffsetCommitResponsePartition {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
  };
}

/** OffsetCommitResponse at versions 0-9. */
export const offsetCommitResponseCodec = new MessageCodec<OffsetCommitResponse>(
  "OffsetCommitResponse",
  0,
  [encOffsetCommitResponseV0, encOffsetCommitResponseV0, encOffsetCommitResponseV0, encOffsetCommitResponseV3, encOffsetCommitResponseV3, encOffsetCommitResponseV3, encOffsetCommitResponseV3, encOffsetCommitResponseV3, encOffsetCommitResponseV8, encOffsetCommitResponseV8],
  [decOffsetCommitResponseV0, decOffsetCommitResponseV0, decOffsetCommitResponseV0, decOffsetCommitResponseV3, decOffsetCommitResponseV3, decOffsetCommitResponseV3, decOffsetCommitResponseV3, decOffsetCommitResponseV3, decOffsetCommitResponseV8, decOffsetCommitResponseV8],
  newOffsetCommitResponse,
);
