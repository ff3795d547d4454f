// Kafka OffsetForLeaderEpoch API (key 23): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** OffsetForLeaderEpochRequest: request of api key 23, versions 0-4, flexible 4. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 3-4, default -2) */
  readonly replicaId: number;
  /** Each topic to get offsets for. (versions 0-4) */
  readonly topics: readonly OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
}

/** OffsetForLeaderTopic in OffsetForLeaderEpochRequest. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. (versions 0-4) */
  readonly topic: string;
  /** Each partition to get offsets for. (versions 0-4) */
  readonly partitions: readonly OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
}

/** OffsetForLeaderPartition in OffsetForLeaderEpochRequest. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. (versions 0-4) */
  readonly partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (versions 2-4, default -1) */
  readonly currentLeaderEpoch: number;
  /** The epoch to look up an offset for. (versions 0-4) */
  readonly leaderEpoch: number;
}

/** OffsetForLeaderEpochResponse: response of api key 23, versions 0-4, flexible 4. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-4) */
  readonly throttleTimeMs: number;
  /** Each topic we fetched offsets for. (versions 0-4) */
  readonly topics: readonly OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
}

/** OffsetForLeaderTopicResult in OffsetForLeaderEpochResponse. */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. (versions 0-4) */
  readonly topic: string;
  /** Each partition in the topic we fetched offsets for. (versions 0-4) */
  readonly partitions: readonly OffsetForLeaderEpochResponseEpochEndOffset[];
}

/** EpochEndOffset in OffsetForLeaderEpochResponse. */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. (versions 0-4) */
  readonly errorCode: number;
  /** The partition index. (versions 0-4) */
  readonly partition: number;
  /** The leader epoch of the partition. (versions 1-4, default -1) */
  readonly leaderEpoch: number;
  /** The end offset of the epoch. (versions 0-4, default -1) */
  readonly endOffset: bigint;
}

/** A OffsetForLeaderEpochRequest with every field at its spec default. */
export function newOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2,
    topics: [],
  };
}

/** A OffsetForLeaderEpochRequestOffsetForLeaderTopic with every field at its spec default. */
export function newOffsetForLeaderEpochRequestOffsetForLeaderTopic(): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return {
    topic: "",
    partitions: [],
  };
}

/** A OffsetForLeaderEpochRequestOffsetForLeaderPartition with every field at its spec default. */
export function newOffsetForLeaderEpochRequestOffsetForLeaderPartition(): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
  };
}

/** A OffsetForLeaderEpochResponse with every field at its spec default. */
export function newOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A OffsetForLeaderEpochResponseOffsetForLeaderTopicResult with every field at its spec default. */
export function newOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return {
    topic: "",
    partitions: [],
  };
}

/** A OffsetForLeaderEpochResponseEpochEndOffset with every field at its spec default. */
export function newOffsetForLeaderEpochResponseEpochEndOffset(): OffsetForLeaderEpochResponseEpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1n,
  };
}

/** OffsetForLeaderEpochRequest at v0-1. */
function encOffsetForLeaderEpochRequestV0(w: Writer, v: OffsetForLeaderEpochRequest): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderTopicV0(w, $a1[$i2]);
    }
  }
}

/** OffsetForLeaderEpochRequest at v0-1. */
function decOffsetForLeaderEpochRequestV0(r: Reader): OffsetForLeaderEpochRequest {
  const $n3 = r.arrayLength();
  const $a4: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetForLeaderEpochRequestOffsetForLeaderTopicV0(r));
  const topics = $a4;
  return {
    replicaId: -2,
    topics,
  };
}

/** OffsetForLeaderEpochRequest at v2. */
function encOffsetForLeaderEpochRequestV2(w: Writer, v: OffsetForLeaderEpochRequest): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderTopicV2(w, $a6[$i7]);
    }
  }
}

/** OffsetForLeaderEpochRequest at v2. */
function decOffsetForLeaderEpochRequestV2(r: Reader): OffsetForLeaderEpochRequest {
  const $n8 = r.arrayLength();
  const $a9: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetForLeaderEpochRequestOffsetForLeaderTopicV2(r));
  const topics = $a9;
  return {
    replicaId: -2,
    topics,
  };
}

/** OffsetForLeaderEpochRequest at v3. */
function encOffsetForLeaderEpochRequestV3(w: Writer, v: OffsetForLeaderEpochRequest): void {
  w.int32(v.replicaId);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderTopicV2(w, $a11[$i12]);
    }
  }
}

/** OffsetForLeaderEpochRequest at v3. */
function decOffsetForLeaderEpochRequestV3(r: Reader): OffsetForLeaderEpochRequest {
  const replicaId = r.int32();
  const $n13 = r.arrayLength();
  const $a14: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decOffsetForLeaderEpochRequestOffsetForLeaderTopicV2(r));
  const topics = $a14;
  return {
    replicaId,
    topics,
  };
}

/** OffsetForLeaderEpochRequest at v4. */
function encOffsetForLeaderEpochRequestV4(w: Writer, v: OffsetForLeaderEpochRequest): void {
  w.int32(v.replicaId);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderTopicV4(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetForLeaderEpochRequest at v4. */
function decOffsetForLeaderEpochRequestV4(r: Reader): OffsetForLeaderEpochRequest {
  const replicaId = r.int32();
  const $n18 = r.compactArrayLength();
  const $a19: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decOffsetForLeaderEpochRequestOffsetForLeaderTopicV4(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    replicaId,
    topics,
  };
}

/** OffsetForLeaderEpochRequestOffsetForLeaderTopic at v0-1. */
function encOffsetForLeaderEpochRequestOffsetForLeaderTopicV0(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  w.string(v.topic);
  {
    const $a21 = v.partitions;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderPartitionV0(w, $a21[$i22]);
    }
  }
}

/** OffsetForLeaderEpochRequestOffsetForLeaderTopic at v0-1. */
function decOffsetForLeaderEpochRequestOffsetForLeaderTopicV0(r: Reader): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const topic = r.string();
  const $n23 = r.arrayLength();
  const $a24: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decOffsetForLeaderEpochRequestOffsetForLeaderPartitionV0(r));
  const partitions = $a24;
  return {
    topic,
    partitions,
  };
}

/** OffsetForLeaderEpochRequestOffsetForLeaderTopic at v2-3. */
function encOffsetForLeaderEpochRequestOffsetForLeaderTopicV2(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  w.string(v.topic);
  {
    const $a26 = v.partitions;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderPartitionV2(w, $a26[$i27]);
    }
  }
}

/** OffsetForLeaderEpochRequestOffsetForLeaderTopic at v2-3. */
function decOffsetForLeaderEpochRequestOffsetForLeaderTopicV2(r: Reader): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const topic = r.string();
  const $n28 = r.arrayLength();
  const $a29: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decOffsetForLeaderEpochRequestOffsetForLeaderPartitionV2(r));
  const partitions = $a29;
  return {
    topic,
    partitions,
  };
}

/** OffsetForLeaderEpochRequestOffsetForLeaderTopic at v4. */
function encOffsetForLeaderEpochRequestOffsetForLeaderTopicV4(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  w.compactString(v.topic);
  {
    const $a31 = v.partitions;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encOffsetForLeaderEpochRequestOffsetForLeaderPartitionV4(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetForLeaderEpochRequestOffsetForLeaderTopic at v4. */
function decOffsetForLeaderEpochRequestOffsetForLeaderTopicV4(r: Reader): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const topic = r.compactString();
  const $n33 = r.compactArrayLength();
  const $a34: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decOffsetForLeaderEpochRequestOffsetForLeaderPartitionV4(r));
  const partitions = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    partitions,
  };
}

/** OffsetForLeaderEpochRequestOffsetForLeaderPartition at v0-1. */
function encOffsetForLeaderEpochRequestOffsetForLeaderPartitionV0(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
}

/** OffsetForLeaderEpochRequestOffsetForLeaderPartition at v0-1. */
function decOffsetForLeaderEpochRequestOffsetForLeaderPartitionV0(r: Reader): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const partition = r.int32();
  const leaderEpoch = r.int32();
  return {
    partition,
    currentLeaderEpoch: -1,
    leaderEpoch,
  };
}

/** OffsetForLeaderEpochRequestOffsetForLeaderPartition at v2-3. */
function encOffsetForLeaderEpochRequestOffsetForLeaderPartitionV2(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  w.int32(v.leaderEpoch);
}

/** OffsetForLeaderEpochRequestOffsetForLeaderPartition at v2-3. */
function decOffsetForLeaderEpochRequestOffsetForLeaderPartitionV2(r: Reader): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const leaderEpoch = r.int32();
  return {
    partition,
    currentLeaderEpoch,
    leaderEpoch,
  };
}

/** OffsetForLeaderEpochRequestOffsetForLeaderPartition at v4. */
function encOffsetForLeaderEpochRequestOffsetForLeaderPartitionV4(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** OffsetForLeaderEpochRequestOffsetForLeaderPartition at v4. */
function decOffsetForLeaderEpochRequestOffsetForLeaderPartitionV4(r: Reader): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const partition = r.int32();
  const currentLeaderEpoch = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    currentLeaderEpoch,
    leaderEpoch,
  };
}

/** OffsetForLeaderEpochRequest at versions 0-4. */
export const offsetForLeaderEpochRequestCodec = new MessageCodec<OffsetForLeaderEpochRequest>(
  "OffsetForLeaderEpochRequest",
  0,
  [encOffsetForLeaderEpochRequestV0, encOffsetForLeaderEpochRequestV0, encOffsetForLeaderEpochRequestV2, encOffsetForLeaderEpochRequestV3, encOffsetForLeaderEpochRequestV4],
  [decOffsetForLeaderEpochRequestV0, decOffsetForLeaderEpochRequestV0, decOffsetForLeaderEpochRequestV2, decOffsetForLeaderEpochRequestV3, decOffsetForLeaderEpochRequestV4],
  newOffsetForLeaderEpochRequest,
);

/** OffsetForLeaderEpochResponse at v0. */
function encOffsetForLeaderEpochResponseV0(w: Writer, v: OffsetForLeaderEpochResponse): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** OffsetForLeaderEpochResponse at v0. */
function decOffsetForLeaderEpochResponseV0(r: Reader): OffsetForLeaderEpochResponse {
  const $n3 = r.arrayLength();
  const $a4: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV0(r));
  const topics = $a4;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** OffsetForLeaderEpochResponse at v1. */
function encOffsetForLeaderEpochResponseV1(w: Writer, v: OffsetForLeaderEpochResponse): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV1(w, $a6[$i7]);
    }
  }
}

/** OffsetForLeaderEpochResponse at v1. */
function decOffsetForLeaderEpochResponseV1(r: Reader): OffsetForLeaderEpochResponse {
  const $n8 = r.arrayLength();
  const $a9: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV1(r));
  const topics = $a9;
  return {
    throttleTimeMs: 0,
    topics,
  };
}

/** OffsetForLeaderEpochResponse at v2-3. */
function encOffsetForLeaderEpochResponseV2(w: Writer, v: OffsetForLeaderEpochResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV1(w, $a11[$i12]);
    }
  }
}

/** OffsetForLeaderEpochResponse at v2-3. */
function decOffsetForLeaderEpochResponseV2(r: Reader): OffsetForLeaderEpochResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV1(r));
  const topics = $a14;
  return {
    throttleTimeMs,
    topics,
  };
}

/** OffsetForLeaderEpochResponse at v4. */
function encOffsetForLeaderEpochResponseV4(w: Writer, v: OffsetForLeaderEpochResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV4(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetForLeaderEpochResponse at v4. */
function decOffsetForLeaderEpochResponseV4(r: Reader): OffsetForLeaderEpochResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.compactArrayLength();
  const $a19: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV4(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** OffsetForLeaderEpochResponseOffsetForLeaderTopicResult at v0. */
function encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV0(w: Writer, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  w.string(v.topic);
  {
    const $a21 = v.partitions;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encOffsetForLeaderEpochResponseEpochEndOffsetV0(w, $a21[$i22]);
    }
  }
}

/** OffsetForLeaderEpochResponseOffsetForLeaderTopicResult at v0. */
function decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV0(r: Reader): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const topic = r.string();
  const $n23 = r.arrayLength();
  const $a24: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decOffsetForLeaderEpochResponseEpochEndOffsetV0(r));
  const partitions = $a24;
  return {
    topic,
    partitions,
  };
}

/** OffsetForLeaderEpochResponseOffsetForLeaderTopicResult at v1-3. */
function encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV1(w: Writer, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  w.string(v.topic);
  {
    const $a26 = v.partitions;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encOffsetForLeaderEpochResponseEpochEndOffsetV1(w, $a26[$i27]);
    }
  }
}

/** OffsetForLeaderEpochResponseOffsetForLeaderTopicResult at v1-3. */
function decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV1(r: Reader): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const topic = r.string();
  const $n28 = r.arrayLength();
  const $a29: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decOffsetForLeaderEpochResponseEpochEndOffsetV1(r));
  const partitions = $a29;
  return {
    topic,
    partitions,
  };
}

/** OffsetForLeaderEpochResponseOffsetForLeaderTopicResult at v4. */
function encOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV4(w: Writer, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  w.compactString(v.topic);
  {
    const $a31 = v.partitions;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encOffsetForLeaderEpochResponseEpochEndOffsetV4(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** OffsetForLeaderEpochResponseOffsetForLeaderTopicResult at v4. */
function decOffsetForLeaderEpochResponseOffsetForLeaderTopicResultV4(r: Reader): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const topic = r.compactString();
  const $n33 = r.compactArrayLength();
  const $a34: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decOffsetForLeaderEpochResponseEpochEndOffsetV4(r));
  const partitions = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    partitions,
  };
}

/** OffsetForLeaderEpochResponseEpochEndOffset at v0. */
function encOffsetForLeaderEpochResponseEpochEndOffsetV0(w: Writer, v: OffsetForLeaderEpochResponseEpochEndOffset): void {
  w.int16(v.errorCode);
  w.int32(v.partition);
  w.int64(v.endOffset);
}

/** OffsetForLeaderEpochResponseEpochEndOffset at v0. */
function decOffsetForLeaderEpochResponseEpochEndOffsetV0(r: Reader): OffsetForLeaderEpochResponseEpochEndOffset {
  const errorCode = r.int16();
  const partition = r.int32();
  const endOffset = r.int64();
  return {
    errorCode,
    partition,
    leaderEpoch: -1,
    endOffset,
  };
}

/** OffsetForLeaderEpochResponseEpochEndOffset at v1-3. */
function encOffsetForLeaderEpochResponseEpochEndOffsetV1(w: Writer, v: OffsetForLeaderEpochResponseEpochEndOffset): void {
  w.int16(v.errorCode);
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.int64(v.endOffset);
}

/** OffsetForLeaderEpochResponseEpochEndOffset at v1-3. */
function decOffsetForLeaderEpochResponseEpochEndOffsetV1(r: Reader): OffsetForLeaderEpochResponseEpochEndOffset {
  const errorCode = r.int16();
  const partition = r.int32();
  const leaderEpoch = r.int32();
  const endOffset = r.int64();
  return {
    errorCode,
    partition,
    leaderEpoch,
    endOffset,
  };
}

/** OffsetForLeaderEpochResponseEpochEndOffset at v4. */
function encOffsetForLeaderEpochResponseEpochEndOffsetV4(w: Writer, v: OffsetForLeaderEpochResponseEpochEndOffset): void {
  w.int16(v.errorCode);
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.int64(v.endOffset);
  w.uvarint(0); // no tagged fields
}

/** OffsetForLeaderEpochResponseEpochEndOffset at v4. */
function decOffsetForLeaderEpochResponseEpochEndOffsetV4(r: Reader): OffsetForLeaderEpochResponseEpochEndOffset {
  const errorCode = r.int16();
  const partition = r.int32();
  const leaderEpoch = r.int32();
  const endOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    partition,
    leaderEpoch,
    endOffset,
  };
}

/** OffsetForLeaderEpochResponse at versions 0-4. */
export const offsetForLeaderEpochResponseCodec = new MessageCodec<OffsetForLeaderEpochResponse>(
  "OffsetForLeaderEpochResponse",
  0,
  [encOffsetForLeaderEpochResponseV0, encOffsetForLeaderEpochResponseV1, encOffsetForLeaderEpochResponseV2, encOffsetForLeaderEpochResponseV2, encOffsetForLeaderEpochResponseV4],
  [decOffsetForLeaderEpochResponseV0, decOffsetForLeaderEpochResponseV1, decOffsetForLeaderEpochResponseV2, decOffsetForLeaderEpochResponseV2, decOffsetForLeaderEpochResponseV4],
  newOffsetForLeaderEpochResponse,
);
