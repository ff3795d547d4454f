// Kafka ReadShareGroupState API (key 84): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ReadShareGroupStateRequest: request of api key 84, versions 0, flexible 0. */
export interface ReadShareGroupStateRequest {
  /** The group identifier. (versions 0) */
  readonly groupId: string;
  /** The data for the topics. (versions 0) */
  readonly topics: readonly ReadShareGroupStateRequestReadStateData[];
}

/** ReadStateData in ReadShareGroupStateRequest. */
export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. (versions 0) */
  readonly topicId: string;
  /** The data for the partitions. (versions 0) */
  readonly partitions: readonly ReadShareGroupStateRequestPartitionData[];
}

/** PartitionData in ReadShareGroupStateRequest. */
export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The leader epoch of the share-partition. (versions 0) */
  readonly leaderEpoch: number;
}

/** ReadShareGroupStateResponse: response of api key 84, versions 0, flexible 0. */
export interface ReadShareGroupStateResponse {
  /** The read results (versions 0) */
  readonly results: readonly ReadShareGroupStateResponseReadStateResult[];
}

/** ReadStateResult in ReadShareGroupStateResponse. */
export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier (versions 0) */
  readonly topicId: string;
  /** The results for the partitions. (versions 0) */
  readonly partitions: readonly ReadShareGroupStateResponsePartitionResult[];
}

/** PartitionResult in ReadShareGroupStateResponse. */
export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** The state epoch for this share-partition. (versions 0) */
  readonly stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. (versions 0) */
  readonly startOffset: bigint;
  /** (versions 0) */
  readonly stateBatches: readonly ReadShareGroupStateResponseStateBatch[];
}

/** StateBatch in ReadShareGroupStateResponse. */
export interface ReadShareGroupStateResponseStateBatch {
  /** The base offset of this state batch. (versions 0) */
  readonly firstOffset: bigint;
  /** The last offset of this state batch. (versions 0) */
  readonly lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. (versions 0) */
  readonly deliveryState: number;
  /** The delivery count. (versions 0) */
  readonly deliveryCount: number;
}

/** A ReadShareGroupStateRequest with every field at its spec default. */
export function newReadShareGroupStateRequest(): ReadShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

/** A ReadShareGroupStateRequestReadStateData with every field at its spec default. */
export function newReadShareGroupStateRequestReadStateData(): ReadShareGroupStateRequestReadStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ReadShareGroupStateRequestPartitionData with every field at its spec default. */
export function newReadShareGroupStateRequestPartitionData(): ReadShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
  };
}

/** A ReadShareGroupStateResponse with every field at its spec default. */
export function newReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A ReadShareGroupStateResponseReadStateResult with every field at its spec default. */
export function newReadShareGroupStateResponseReadStateResult(): ReadShareGroupStateResponseReadStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ReadShareGroupStateResponsePartitionResult with every field at its spec default. */
export function newReadShareGroupStateResponsePartitionResult(): ReadShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
  };
}

/** A ReadShareGroupStateResponseStateBatch with every field at its spec default. */
export function newReadShareGroupStateResponseStateBatch(): ReadShareGroupStateResponseStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

/** ReadShareGroupStateRequest at v0. */
function encReadShareGroupStateRequestV0(w: Writer, v: ReadShareGroupStateRequest): void {
  w.compactString(v.groupId);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encReadShareGroupStateRequestReadStateDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateRequest at v0. */
function decReadShareGroupStateRequestV0(r: Reader): ReadShareGroupStateRequest {
  const groupId = r.compactString();
  const $n3 = r.compactArrayLength();
  const $a4: ReadShareGroupStateRequestReadStateData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decReadShareGroupStateRequestReadStateDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
  };
}

/** ReadShareGroupStateRequestReadStateData at v0. */
function encReadShareGroupStateRequestReadStateDataV0(w: Writer, v: ReadShareGroupStateRequestReadStateData): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encReadShareGroupStateRequestPartitionDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateRequestReadStateData at v0. */
function decReadShareGroupStateRequestReadStateDataV0(r: Reader): ReadShareGroupStateRequestReadStateData {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: ReadShareGroupStateRequestPartitionData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decReadShareGroupStateRequestPartitionDataV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ReadShareGroupStateRequestPartitionData at v0. */
function encReadShareGroupStateRequestPartitionDataV0(w: Writer, v: ReadShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateRequestPartitionData at v0. */
function decReadShareGroupStateRequestPartitionDataV0(r: Reader): ReadShareGroupStateRequestPartitionData {
  const partition = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    leaderEpoch,
  };
}

/** ReadShareGroupStateRequest at versions 0. */
export const readShareGroupStateRequestCodec = new MessageCodec<ReadShareGroupStateRequest>(
  "ReadShareGroupStateRequest",
  0,
  [encReadShareGroupStateRequestV0],
  [decReadShareGroupStateRequestV0],
  newReadShareGroupStateRequest,
);

/** ReadShareGroupStateResponse at v0. */
function encReadShareGroupStateResponseV0(w: Writer, v: ReadShareGroupStateResponse): void {
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encReadShareGroupStateResponseReadStateResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateResponse at v0. */
function decReadShareGroupStateResponseV0(r: Reader): ReadShareGroupStateResponse {
  const $n3 = r.compactArrayLength();
  const $a4: ReadShareGroupStateResponseReadStateResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decReadShareGroupStateResponseReadStateResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    results,
  };
}

/** ReadShareGroupStateResponseReadStateResult at v0. */
function encReadShareGroupStateResponseReadStateResultV0(w: Writer, v: ReadShareGroupStateResponseReadStateResult): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encReadShareGroupStateResponsePartitionResultV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateResponseReadStateResult at v0. */
function decReadShareGroupStateResponseReadStateResultV0(r: Reader): ReadShareGroupStateResponseReadStateResult {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: ReadShareGroupStateResponsePartitionResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decReadShareGroupStateResponsePartitionResultV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ReadShareGroupStateResponsePartitionResult at v0. */
function encReadShareGroupStateResponsePartitionResultV0(w: Writer, v: ReadShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  {
    const $a11 = v.stateBatches;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encReadShareGroupStateResponseStateBatchV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateResponsePartitionResult at v0. */
function decReadShareGroupStateResponsePartitionResultV0(r: Reader): ReadShareGroupStateResponsePartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const stateEpoch = r.int32();
  const startOffset = r.int64();
  const $n13 = r.compactArrayLength();
  const $a14: ReadShareGroupStateResponseStateBatch[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decReadShareGroupStateResponseStateBatchV0(r));
  const stateBatches = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    errorCode,
    errorMessage,
    stateEpoch,
    startOffset,
    stateBatches,
  };
}

/** ReadShareGroupStateResponseStateBatch at v0. */
function encReadShareGroupStateResponseStateBatchV0(w: Writer, v: ReadShareGroupStateResponseStateBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateResponseStateBatch at v0. */
function decReadShareGroupStateResponseStateBatchV0(r: Reader): ReadShareGroupStateResponseStateBatch {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const deliveryState = r.int8();
  const deliveryCount = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    firstOffset,
    lastOffset,
    deliveryState,
    deliveryCount,
  };
}

/** ReadShareGroupStateResponse at versions 0. */
export const readShareGroupStateResponseCodec = new MessageCodec<ReadShareGroupStateResponse>(
  "ReadShareGroupStateResponse",
  0,
  [encReadShareGroupStateResponseV0],
  [decReadShareGroupStateResponseV0],
  newReadShareGroupStateResponse,
);
