// Kafka DeleteShareGroupState API (key 86): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DeleteShareGroupStateRequest: request of api key 86, versions 0, flexible 0. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. (versions 0) */
  readonly groupId: string;
  /** The data for the topics. (versions 0) */
  readonly topics: readonly DeleteShareGroupStateRequestDeleteStateData[];
}

/** DeleteStateData in DeleteShareGroupStateRequest. */
export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. (versions 0) */
  readonly topicId: string;
  /** The data for the partitions. (versions 0) */
  readonly partitions: readonly DeleteShareGroupStateRequestPartitionData[];
}

/** PartitionData in DeleteShareGroupStateRequest. */
export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0) */
  readonly partition: number;
}

/** DeleteShareGroupStateResponse: response of api key 86, versions 0, flexible 0. */
export interface DeleteShareGroupStateResponse {
  /** The delete results (versions 0) */
  readonly results: readonly DeleteShareGroupStateResponseDeleteStateResult[];
}

/** DeleteStateResult in DeleteShareGroupStateResponse. */
export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier (versions 0) */
  readonly topicId: string;
  /** The results for the partitions. (versions 0) */
  readonly partitions: readonly DeleteShareGroupStateResponsePartitionResult[];
}

/** PartitionResult in DeleteShareGroupStateResponse. */
export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
}

/** A DeleteShareGroupStateRequest with every field at its spec default. */
export function newDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

/** A DeleteShareGroupStateRequestDeleteStateData with every field at its spec default. */
export function newDeleteShareGroupStateRequestDeleteStateData(): DeleteShareGroupStateRequestDeleteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A DeleteShareGroupStateRequestPartitionData with every field at its spec default. */
export function newDeleteShareGroupStateRequestPartitionData(): DeleteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
  };
}

/** A DeleteShareGroupStateResponse with every field at its spec default. */
export function newDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return {
    results: [],
  };
}

/** A DeleteShareGroupStateResponseDeleteStateResult with every field at its spec default. */
export function newDeleteShareGroupStateResponseDeleteStateResult(): DeleteShareGroupStateResponseDeleteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A DeleteShareGroupStateResponsePartitionResult with every field at its spec default. */
export function newDeleteShareGroupStateResponsePartitionResult(): DeleteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

/** DeleteShareGroupStateRequest at v0. */
function encDeleteShareGroupStateRequestV0(w: Writer, v: DeleteShareGroupStateRequest): void {
  w.compactString(v.groupId);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteShareGroupStateRequestDeleteStateDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteShareGroupStateRequest at v0. */
function decDeleteShareGroupStateRequestV0(r: Reader): DeleteShareGroupStateRequest {
  const groupId = r.compactString();
  const $n3 = r.compactArrayLength();
  const $a4: DeleteShareGroupStateRequestDeleteStateData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteShareGroupStateRequestDeleteStateDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
  };
}

/** DeleteShareGroupStateRequestDeleteStateData at v0. */
function encDeleteShareGroupStateRequestDeleteStateDataV0(w: Writer, v: DeleteShareGroupStateRequestDeleteStateData): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteShareGroupStateRequestPartitionDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteShareGroupStateRequestDeleteStateData at v0. */
function decDeleteShareGroupStateRequestDeleteStateDataV0(r: Reader): DeleteShareGroupStateRequestDeleteStateData {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: DeleteShareGroupStateRequestPartitionData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteShareGroupStateRequestPartitionDataV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** DeleteShareGroupStateRequestPartitionData at v0. */
function encDeleteShareGroupStateRequestPartitionDataV0(w: Writer, v: DeleteShareGroupStateRequestPartitionData): void {
  w.int32(v.partition);
  w.uvarint(0); // no tagged fields
}

/** DeleteShareGroupStateRequestPartitionData at v0. */
function decDeleteShareGroupStateRequestPartitionDataV0(r: Reader): DeleteShareGroupStateRequestPartitionData {
  const partition = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
  };
}

/** DeleteShareGroupStateRequest at versions 0. */
export const deleteShareGroupStateRequestCodec = new MessageCodec<DeleteShareGroupStateRequest>(
  "DeleteShareGroupStateRequest",
  0,
  [encDeleteShareGroupStateRequestV0],
  [decDeleteShareGroupStateRequestV0],
  newDeleteShareGroupStateRequest,
);

/** DeleteShareGroupStateResponse at v0. */
function encDeleteShareGroupStateResponseV0(w: Writer, v: DeleteShareGroupStateResponse): void {
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteShareGroupStateResponseDeleteStateResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteShareGroupStateResponse at v0. */
function decDeleteShareGroupStateResponseV0(r: Reader): DeleteShareGroupStateResponse {
  const $n3 = r.compactArrayLength();
  const $a4: DeleteShareGroupStateResponseDeleteStateResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteShareGroupStateResponseDeleteStateResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    results,
  };
}

/** DeleteShareGroupStateResponseDeleteStateResult at v0. */
function encDeleteShareGroupStateResponseDeleteStateResultV0(w: Writer, v: DeleteShareGroupStateResponseDeleteStateResult): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteShareGroupStateResponsePartitionResultV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteShareGroupStateResponseDeleteStateResult at v0. */
function decDeleteShareGroupStateResponseDeleteStateResultV0(r: Reader): DeleteShareGroupStateResponseDeleteStateResult {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: DeleteShareGroupStateResponsePartitionResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteShareGroupStateResponsePartitionResultV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** DeleteShareGroupStateResponsePartitionResult at v0. */
function encDeleteShareGroupStateResponsePartitionResultV0(w: Writer, v: DeleteShareGroupStateResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** DeleteShareGroupStateResponsePartitionResult at v0. */
function decDeleteShareGroupStateResponsePartitionResultV0(r: Reader): DeleteShareGroupStateResponsePartitionResult {
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

/** DeleteShareGroupStateResponse at versions 0. */
export const deleteShareGroupStateResponseCodec = new MessageCodec<DeleteShareGroupStateResponse>(
  "DeleteShareGroupStateResponse",
  0,
  [encDeleteShareGroupStateResponseV0],
  [decDeleteShareGroupStateResponseV0],
  newDeleteShareGroupStateResponse,
);
