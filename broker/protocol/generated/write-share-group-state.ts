// Kafka WriteShareGroupState API (key 85): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** WriteShareGroupStateRequest: request of api key 85, versions 0, flexible 0. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. (versions 0) */
  readonly groupId: string;
  /** The data for the topics. (versions 0) */
  readonly topics: readonly WriteShareGroupStateRequestWriteStateData[];
}

/** WriteStateData in WriteShareGroupStateRequest. */
export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. (versions 0) */
  readonly topicId: string;
  /** The data for the partitions. (versions 0) */
  readonly partitions: readonly WriteShareGroupStateRequestPartitionData[];
}

/** PartitionData in WriteShareGroupStateRequest. */
export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The state epoch for this share-partition. (versions 0) */
  readonly stateEpoch: number;
  /** The leader epoch of the share-partition. (versions 0) */
  readonly leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. (versions 0) */
  readonly startOffset: bigint;
  /** (versions 0) */
  readonly stateBatches: readonly WriteShareGroupStateRequestStateBatch[];
}

/** StateBatch in WriteShareGroupStateRequest. */
export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. (versions 0) */
  readonly firstOffset: bigint;
  /** The last offset of this state batch. (versions 0) */
  readonly lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived (versions 0) */
  readonly deliveryState: number;
  /** The delivery count. (versions 0) */
  readonly deliveryCount: number;
}

/** WriteShareGroupStateResponse: response of api key 85, versions 0, flexible 0. */
export interface WriteShareGroupStateResponse {
  /** The write results (versions 0) */
  readonly results: readonly WriteShareGroupStateResponseWriteStateResult[];
}

/** WriteStateResult in WriteShareGroupStateResponse. */
export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier (versions 0) */
  readonly topicId: string;
  /** The results for the partitions. (versions 0) */
  readonly partitions: readonly WriteShareGroupStateResponsePartitionResult[];
}

/** PartitionResult in WriteShareGroupStateResponse. */
export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
}

/** A WriteShareGroupStateRequest with every field at its spec default. */
export function newWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

/** A WriteShareGroupStateRequestWriteStateData with every field at its spec default. */
export function newWriteShareGroupStateRequestWriteStateData(): WriteShareGroupStateRequestWriteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A WriteShareGroupStateRequestPartitionData with every field at its spec default. */
export function newWriteShareGroupStateRequestPartitionData(): WriteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0n,
    stateBatches: [],
  };
}

/** A WriteShareGroupStateRequestStateBatch with every field at its spec default. */
export function newWriteShareGroupStateRequestStateBatch(): WriteShareGroupStateRequestStateBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

/** A WriteShareGroupStateResponse with every field at its spec default. */
export function newWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A WriteShareGroupStateResponseWriteStateResult with every field at its spec default. */
export function newWriteShareGroupStateResponseWriteStateResult(): WriteShareGroupStateResponseWriteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A WriteShareGroupStateResponsePartitionResult with every field at its spec default. */
export function newWriteShareGroupStateResponsePartitionResult(): WriteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

/** WriteShareGroupStateRequest at v0. */
function encWriteShareGroupStateRequestV0(w: Writer, v: WriteShareGroupStateRequest): void {
  w.compactString(v.groupId);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encWriteShareGroupStateRequestWriteStateDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateRequest at v0. */
function decWriteShareGroupStateRequestV0(r: Reader): WriteShareGroupStateRequest {
  const groupId = r.compactString();
  const $n3 = r.compactArrayLength();
  const $a4: WriteShareGroupStateRequestWriteStateData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decWriteShareGroupStateRequestWriteStateDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
  };
}

/** WriteShareGroupStateRequestWriteStateData at v0. */
function encWriteShareGroupStateRequestWriteStateDataV0(w: Writer, v: WriteShareGroupStateRequestWriteStateData): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encWriteShareGroupStateRequestPartitionDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateRequestWriteStateData at v0. */
function decWriteShareGroupStateRequestWriteStateDataV0(r: Reader): WriteShareGroupStateRequestWriteStateData {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: WriteShareGroupStateRequestPartitionData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decWriteShareGroupStateRequestPartitionDataV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** WriteShareGroupStateRequestPartitionData at v0. */
function encWriteShareGroupStateRequestPartitionDataV0(w: Writer, v: WriteShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int32(v.leaderEpoch);
  w.int64(v.startOffset);
  {
    const $a11 = v.stateBatches;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encWriteShareGroupStateRequestStateBatchV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateRequestPartitionData at v0. */
function decWriteShareGroupStateRequestPartitionDataV0(r: Reader): WriteShareGroupStateRequestPartitionData {
  const partition = r.int32();
  const stateEpoch = r.int32();
  const leaderEpoch = r.int32();
  const startOffset = r.int64();
  const $n13 = r.compactArrayLength();
  const $a14: WriteShareGroupStateRequestStateBatch[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decWriteShareGroupStateRequestStateBatchV0(r));
  const stateBatches = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    stateEpoch,
    leaderEpoch,
    startOffset,
    stateBatches,
  };
}

/** WriteShareGroupStateRequestStateBatch at v0. */
function encWriteShareGroupStateRequestStateBatchV0(w: Writer, v: WriteShareGroupStateRequestStateBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateRequestStateBatch at v0. */
function decWriteShareGroupStateRequestStateBatchV0(r: Reader): WriteShareGroupStateRequestStateBatch {
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

/** WriteShareGroupStateRequest at versions 0. */
export const writeShareGroupStateRequestCodec = new MessageCodec<WriteShareGroupStateRequest>(
  "WriteShareGroupStateRequest",
  0,
  [encWriteShareGroupStateRequestV0],
  [decWriteShareGroupStateRequestV0],
  newWriteShareGroupStateRequest,
);

/** WriteShareGroupStateResponse at v0. */
function encWriteShareGroupStateResponseV0(w: Writer, v: WriteShareGroupStateResponse): void {
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encWriteShareGroupStateResponseWriteStateResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateResponse at v0. */
function decWriteShareGroupStateResponseV0(r: Reader): WriteShareGroupStateResponse {
  const $n3 = r.compactArrayLength();
  const $a4: WriteShareGroupStateResponseWriteStateResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decWriteShareGroupStateResponseWriteStateResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    results,
  };
}

/** WriteShareGroupStateResponseWriteStateResult at v0. */
function encWriteShareGroupStateResponseWriteStateResultV0(w: Writer, v: WriteShareGroupStateResponseWriteStateResult): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encWriteShareGroupStateResponsePartitionResultV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateResponseWriteStateResult at v0. */
function decWriteShareGroupStateResponseWriteStateResultV0(r: Reader): WriteShareGroupStateResponseWriteStateResult {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: WriteShareGroupStateResponsePartitionResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decWriteShareGroupStateResponsePartitionResultV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** WriteShareGroupStateResponsePartitionResult at v0. */
function encWriteShareGroupStateResponsePartitionResultV0(w: Writer, v: WriteShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** WriteShareGroupStateResponsePartitionResult at v0. */
function decWriteShareGroupStateResponsePartitionResultV0(r: Reader): WriteShareGroupStateResponsePartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    errorCode,
    errorMessage,
  };
}

/** WriteShareGroupStateResponse at versions 0. */
export const writeShareGroupStateResponseCodec = new MessageCodec<WriteShareGroupStateResponse>(
  "WriteShareGroupStateResponse",
  0,
  [encWriteShareGroupStateResponseV0],
  [decWriteShareGroupStateResponseV0],
  newWriteShareGroupStateResponse,
);
