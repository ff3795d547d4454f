// Kafka ReadShareGroupStateSummary API (key 87): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ReadShareGroupStateSummaryRequest: request of api key 87, versions 0, flexible 0. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. (versions 0) */
  readonly groupId: string;
  /** The data for the topics. (versions 0) */
  readonly topics: readonly ReadShareGroupStateSummaryRequestReadStateSummaryData[];
}

/** ReadStateSummaryData in ReadShareGroupStateSummaryRequest. */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. (versions 0) */
  readonly topicId: string;
  /** The data for the partitions. (versions 0) */
  readonly partitions: readonly ReadShareGroupStateSummaryRequestPartitionData[];
}

/** PartitionData in ReadShareGroupStateSummaryRequest. */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The leader epoch of the share-partition. (versions 0) */
  readonly leaderEpoch: number;
}

/** ReadShareGroupStateSummaryResponse: response of api key 87, versions 0, flexible 0. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results (versions 0) */
  readonly results: readonly ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
}

/** ReadStateSummaryResult in ReadShareGroupStateSummaryResponse. */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier (versions 0) */
  readonly topicId: string;
  /** The results for the partitions. (versions 0) */
  readonly partitions: readonly ReadShareGroupStateSummaryResponsePartitionResult[];
}

/** PartitionResult in ReadShareGroupStateSummaryResponse. */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. (versions 0) */
  readonly partition: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** The state epoch of the share-partition. (versions 0) */
  readonly stateEpoch: number;
  /** The share-partition start offset. (versions 0) */
  readonly startOffset: bigint;
}

/** A ReadShareGroupStateSummaryRequest with every field at its spec default. */
export function newReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return {
    groupId: "",
    topics: [],
  };
}

/** A ReadShareGroupStateSummaryRequestReadStateSummaryData with every field at its spec default. */
export function newReadShareGroupStateSummaryRequestReadStateSummaryData(): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ReadShareGroupStateSummaryRequestPartitionData with every field at its spec default. */
export function newReadShareGroupStateSummaryRequestPartitionData(): ReadShareGroupStateSummaryRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
  };
}

/** A ReadShareGroupStateSummaryResponse with every field at its spec default. */
export function newReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return {
    results: [],
  };
}

/** A ReadShareGroupStateSummaryResponseReadStateSummaryResult with every field at its spec default. */
export function newReadShareGroupStateSummaryResponseReadStateSummaryResult(): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ReadShareGroupStateSummaryResponsePartitionResult with every field at its spec default. */
export function newReadShareGroupStateSummaryResponsePartitionResult(): ReadShareGroupStateSummaryResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
  };
}

/** ReadShareGroupStateSummaryRequest at v0. */
function encReadShareGroupStateSummaryRequestV0(w: Writer, v: ReadShareGroupStateSummaryRequest): void {
  w.compactString(v.groupId);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encReadShareGroupStateSummaryRequestReadStateSummaryDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateSummaryRequest at v0. */
function decReadShareGroupStateSummaryRequestV0(r: Reader): ReadShareGroupStateSummaryRequest {
  const groupId = r.compactString();
  const $n3 = r.compactArrayLength();
  const $a4: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decReadShareGroupStateSummaryRequestReadStateSummaryDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    topics,
  };
}

/** ReadShareGroupStateSummaryRequestReadStateSummaryData at v0. */
function encReadShareGroupStateSummaryRequestReadStateSummaryDataV0(w: Writer, v: ReadShareGroupStateSummaryRequestReadStateSummaryData): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encReadShareGroupStateSummaryRequestPartitionDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateSummaryRequestReadStateSummaryData at v0. */
function decReadShareGroupStateSummaryRequestReadStateSummaryDataV0(r: Reader): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: ReadShareGroupStateSummaryRequestPartitionData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decReadShareGroupStateSummaryRequestPartitionDataV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ReadShareGroupStateSummaryRequestPartitionData at v0. */
function encReadShareGroupStateSummaryRequestPartitionDataV0(w: Writer, v: ReadShareGroupStateSummaryRequestPartitionData): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateSummaryRequestPartitionData at v0. */
function decReadShareGroupStateSummaryRequestPartitionDataV0(r: Reader): ReadShareGroupStateSummaryRequestPartitionData {
  const partition = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    leaderEpoch,
  };
}

/** ReadShareGroupStateSummaryRequest at versions 0. */
export const readShareGroupStateSummaryRequestCodec = new MessageCodec<ReadShareGroupStateSummaryRequest>(
  "ReadShareGroupStateSummaryRequest",
  0,
  [encReadShareGroupStateSummaryRequestV0],
  [decReadShareGroupStateSummaryRequestV0],
  newReadShareGroupStateSummaryRequest,
);

/** ReadShareGroupStateSummaryResponse at v0. */
function encReadShareGroupStateSummaryResponseV0(w: Writer, v: ReadShareGroupStateSummaryResponse): void {
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encReadShareGroupStateSummaryResponseReadStateSummaryResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateSummaryResponse at v0. */
function decReadShareGroupStateSummaryResponseV0(r: Reader): ReadShareGroupStateSummaryResponse {
  const $n3 = r.compactArrayLength();
  const $a4: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decReadShareGroupStateSummaryResponseReadStateSummaryResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    results,
  };
}

/** ReadShareGroupStateSummaryResponseReadStateSummaryResult at v0. */
function encReadShareGroupStateSummaryResponseReadStateSummaryResultV0(w: Writer, v: ReadShareGroupStateSummaryResponseReadStateSummaryResult): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encReadShareGroupStateSummaryResponsePartitionResultV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateSummaryResponseReadStateSummaryResult at v0. */
function decReadShareGroupStateSummaryResponseReadStateSummaryResultV0(r: Reader): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decReadShareGroupStateSummaryResponsePartitionResultV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ReadShareGroupStateSummaryResponsePartitionResult at v0. */
function encReadShareGroupStateSummaryResponsePartitionResultV0(w: Writer, v: ReadShareGroupStateSummaryResponsePartitionResult): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  w.uvarint(0); // no tagged fields
}

/** ReadShareGroupStateSummaryResponsePartitionResult at v0. */
function decReadShareGroupStateSummaryResponsePartitionResultV0(r: Reader): ReadShareGroupStateSummaryResponsePartitionResult {
  const partition = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const stateEpoch = r.int32();
  const startOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partition,
    errorCode,
    errorMessage,
    stateEpoch,
    startOffset,
  };
}

/** ReadShareGroupStateSummaryResponse at versions 0. */
export const readShareGroupStateSummaryResponseCodec = new MessageCodec<ReadShareGroupStateSummaryResponse>(
  "ReadShareGroupStateSummaryResponse",
  0,
  [encReadShareGroupStateSummaryResponseV0],
  [decReadShareGroupStateSummaryResponseV0],
  newReadShareGroupStateSummaryResponse,
);
