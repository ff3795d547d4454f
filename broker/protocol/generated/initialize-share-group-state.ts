// Kafka InitializeShareGroupState API (key 83): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** InitializeShareGroupStateRequest: request of api key 83, versions 0, flexible 0. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. (versions 0) */
  readonly groupId: string;
  /** The data for the topics. (versions 0) */
  readonly topics: readonly InitializeShareGroupStateRequestInitializeStateData[];
}

/** InitializeStateData in InitializeShareGroupStateRequest. */
export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. (versions 0) */
  readonly topicId: string;
  /** The data for the partitions. (versions 0) */
  readonly partitions: readonly InitializeShareGroupStateRequestPartitionData[];
}

/** PartitionData in InitializeShareGroupStateRequest. */
export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The state epoch for this share-partition. (versions 0) */
  readonly stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. (versions 0) */
  readonly startOffset: bigint;
}

/** InitializeShareGroupStateResponse: response of api key 83, versions 0, flexible 0. */
export interface InitializeShareGroupStateResponse {
  /** The initialization results (versions 0) */
  readonly results: readonly InitializeShareGroupStateResponseInitializeStateResult[];
}

/** InitializeStateResult in InitializeShareGroupStateResponse. */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier (versions 0) */
  readonly topicId: string;
  /** The results for the partitions. (versions 0) */
  readonly partitions: readonly InitializeShareGroupStateResponsePartitionResult[];
}

/** PartitionResult in InitializeShareGroupStateResponse. */
export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
}

/** A InitializeShareGroupStateRequest with every field at its spec default. */
export function newInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

/** A InitializeShareGroupStateRequestInitializeStateData with every field at its spec default. */
export function newInitializeShareGroupStateRequestInitializeStateData(): InitializeShareGroupStateRequestInitializeStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A InitializeShareGroupStateRequestPartitionData with every field at its spec default. */
export function newInitializeShareGroupStateRequestPartitionData(): InitializeShareGroupStateRequestPartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    startOffset: 0n,
  };
}

/** A InitializeShareGroupStateResponse with every field at its spec default. */
export function newInitializeShareGroupStateResponse(): InitializeShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A InitializeShareGroupStateResponseInitializeStateResult with every field at its spec default. */
export function newInitializeShareGroupStateResponseInitializeStateResult(): InitializeShareGroupStateResponseInitializeStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A InitializeShareGroupStateResponsePartitionResult with every field at its spec default. */
export function newInitializeShareGroupStateResponsePartitionResult(): InitializeShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

/** InitializeShareGroupStateRequest at v0. */
function encInitializeShareGroupStateRequestV0(w: Writer, v: InitializeShareGroupStateRequest): void {
  w.compactString(v.groupId);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encInitializeShareGroupStateRequestInitializeStateDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** InitializeShareGroupStateRequest at v0. */
function decInitializeShareGroupStateRequestV0(r: Reader): InitializeShareGroupStateRequest {
  const groupId = r.compactString();
  const $n3 = r.compactArrayLength();
  const $a4: InitializeShareGroupStateRequestInitializeStateData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decInitializeShareGroupStateRequestInitializeStateDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
  };
}

/** InitializeShareGroupStateRequestInitializeStateData at v0. */
function encInitializeShareGroupStateRequestInitializeStateDataV0(w: Writer, v: InitializeShareGroupStateRequestInitializeStateData): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encInitializeShareGroupStateRequestPartitionDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** InitializeShareGroupStateRequestInitializeStateData at v0. */
function decInitializeShareGroupStateRequestInitializeStateDataV0(r: Reader): InitializeShareGroupStateRequestInitializeStateData {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: InitializeShareGroupStateRequestPartitionData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decInitializeShareGroupStateRequestPartitionDataV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** InitializeShareGroupStateRequestPartitionData at v0. */
function encInitializeShareGroupStateRequestPartitionDataV0(w: Writer, v: InitializeShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  w.uvarint(0); // no tagged fields
}

/** InitializeShareGroupStateRequestPartitionData at v0. */
function decInitializeShareGroupStateRequestPartitionDataV0(r: Reader): InitializeShareGroupStateRequestPartitionData {
  const partition = r.int32();
  const stateEpoch = r.int32();
  const startOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    stateEpoch,
    startOffset,
  };
}

/** InitializeShareGroupStateRequest at versions 0. */
export const initializeShareGroupStateRequestCodec = new MessageCodec<InitializeShareGroupStateRequest>(
  "InitializeShareGroupStateRequest",
  0,
  [encInitializeShareGroupStateRequestV0],
  [decInitializeShareGroupStateRequestV0],
  newInitializeShareGroupStateRequest,
);

/** InitializeShareGroupStateResponse at v0. */
function encInitializeShareGroupStateResponseV0(w: Writer, v: InitializeShareGroupStateResponse): void {
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encInitializeShareGroupStateResponseInitializeStateResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** InitializeShareGroupStateResponse at v0. */
function decInitializeShareGroupStateResponseV0(r: Reader): InitializeShareGroupStateResponse {
  const $n3 = r.compactArrayLength();
  const $a4: InitializeShareGroupStateResponseInitializeStateResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decInitializeShareGroupStateResponseInitializeStateResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    results,
  };
}

/** InitializeShareGroupStateResponseInitializeStateResult at v0. */
function encInitializeShareGroupStateResponseInitializeStateResultV0(w: Writer, v: InitializeShareGroupStateResponseInitializeStateResult): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encInitializeShareGroupStateResponsePartitionResultV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** InitializeShareGroupStateResponseInitializeStateResult at v0. */
function decInitializeShareGroupStateResponseInitializeStateResultV0(r: Reader): InitializeShareGroupStateResponseInitializeStateResult {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: InitializeShareGroupStateResponsePartitionResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decInitializeShareGroupStateResponsePartitionResultV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** InitializeShareGroupStateResponsePartitionResult at v0. */
function encInitializeShareGroupStateResponsePartitionResultV0(w: Writer, v: InitializeShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** InitializeShareGroupStateResponsePartitionResult at v0. */
function decInitializeShareGroupStateResponsePartitionResultV0(r: Reader): InitializeShareGroupStateResponsePartitionResult {
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

/** InitializeShareGroupStateResponse at versions 0. */
export const initializeShareGroupStateResponseCodec = new MessageCodec<InitializeShareGroupStateResponse>(
  "InitializeShareGroupStateResponse",
  0,
  [encInitializeShareGroupStateResponseV0],
  [decInitializeShareGroupStateResponseV0],
  newInitializeShareGroupStateResponse,
);
