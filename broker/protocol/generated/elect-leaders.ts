// Kafka ElectLeaders API (key 43): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ElectLeadersRequest.json, ElectLeadersResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ElectLeadersRequest: request of api key 43, versions 0-2, flexible 2. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. (versions 1-2) */
  readonly electionType: number;
  /** The topic partitions to elect leaders. (versions 0-2, nullable 0-2) */
  readonly topicPartitions: readonly ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. (versions 0-2, default 60000) */
  readonly timeoutMs: number;
}

/** TopicPartitions in ElectLeadersRequest. */
export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. (versions 0-2) */
  readonly topic: string;
  /** The partitions of this topic whose leader should be elected. (versions 0-2) */
  readonly partitions: readonly number[];
}

/** ElectLeadersResponse: response of api key 43, versions 0-2, flexible 2. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
  /** The top level response error code. (versions 1-2) */
  readonly errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. (versions 0-2) */
  readonly replicaElectionResults: readonly ElectLeadersResponseReplicaElectionResult[];
}

/** ReplicaElectionResult in ElectLeadersResponse. */
export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name (versions 0-2) */
  readonly topic: string;
  /** The results for each partition (versions 0-2) */
  readonly partitionResult: readonly ElectLeadersResponsePartitionResult[];
}

/** PartitionResult in ElectLeadersResponse. */
export interface ElectLeadersResponsePartitionResult {
  /** The partition id (versions 0-2) */
  readonly partitionId: number;
  /** The result error, or zero if there was no error. (versions 0-2) */
  readonly errorCode: number;
  /** The result message, or null if there was no error. (versions 0-2, nullable 0-2) */
  readonly errorMessage: string | null;
}

/** A ElectLeadersRequest with every field at its spec default. */
export function newElectLeadersRequest(): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
  };
}

/** A ElectLeadersRequestTopicPartitions with every field at its spec default. */
export function newElectLeadersRequestTopicPartitions(): ElectLeadersRequestTopicPartitions {
  return {
    topic: "",
    partitions: [],
  };
}

/** A ElectLeadersResponse with every field at its spec default. */
export function newElectLeadersResponse(): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
  };
}

/** A ElectLeadersResponseReplicaElectionResult with every field at its spec default. */
export function newElectLeadersResponseReplicaElectionResult(): ElectLeadersResponseReplicaElectionResult {
  return {
    topic: "",
    partitionResult: [],
  };
}

/** A ElectLeadersResponsePartitionResult with every field at its spec default. */
export function newElectLeadersResponsePartitionResult(): ElectLeadersResponsePartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** ElectLeadersRequest at v0. */
function encElectLeadersRequestV0(w: Writer, v: ElectLeadersRequest): void {
  {
    const $a1 = v.topicPartitions;
    if ($a1 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a1.length);
      for (let $i2 = 0; $i2 < $a1.length; $i2++) {
        encElectLeadersRequestTopicPartitionsV0(w, $a1[$i2]);
      }
    }
  }
  w.int32(v.timeoutMs);
}

/** ElectLeadersRequest at v0. */
function decElectLeadersRequestV0(r: Reader): ElectLeadersRequest {
  const $n3 = r.nullableArrayLength();
  let $a4: ElectLeadersRequestTopicPartitions[] | null = null;
  if ($n3 >= 0) {
    const $b6: ElectLeadersRequestTopicPartitions[] = [];
    for (let $i5 = 0; $i5 < $n3; $i5++) $b6.push(decElectLeadersRequestTopicPartitionsV0(r));
    $a4 = $b6;
  }
  const topicPartitions = $a4;
  const timeoutMs = r.int32();
  return {
    electionType: 0,
    topicPartitions,
    timeoutMs,
  };
}

/** ElectLeadersRequest at v1. */
function encElectLeadersRequestV1(w: Writer, v: ElectLeadersRequest): void {
  w.int8(v.electionType);
  {
    const $a7 = v.topicPartitions;
    if ($a7 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a7.length);
      for (let $i8 = 0; $i8 < $a7.length; $i8++) {
        encElectLeadersRequestTopicPartitionsV0(w, $a7[$i8]);
      }
    }
  }
  w.int32(v.timeoutMs);
}

/** ElectLeadersRequest at v1. */
function decElectLeadersRequestV1(r: Reader): ElectLeadersRequest {
  const electionType = r.int8();
  const $n9 = r.nullableArrayLength();
  let $a10: ElectLeadersRequestTopicPartitions[] | null = null;
  if ($n9 >= 0) {
    const $b12: ElectLeadersRequestTopicPartitions[] = [];
    for (let $i11 = 0; $i11 < $n9; $i11++) $b12.push(decElectLeadersRequestTopicPartitionsV0(r));
    $a10 = $b12;
  }
  const topicPartitions = $a10;
  const timeoutMs = r.int32();
  return {
    electionType,
    topicPartitions,
    timeoutMs,
  };
}

/** ElectLeadersRequest at v2. */
function encElectLeadersRequestV2(w: Writer, v: ElectLeadersRequest): void {
  w.int8(v.electionType);
  {
    const $a13 = v.topicPartitions;
    if ($a13 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a13.length);
      for (let $i14 = 0; $i14 < $a13.length; $i14++) {
        encElectLeadersRequestTopicPartitionsV2(w, $a13[$i14]);
      }
    }
  }
  w.int32(v.timeoutMs);
  w.uvarint(0); // no tagged fields
}

/** ElectLeadersRequest at v2. */
function decElectLeadersRequestV2(r: Reader): ElectLeadersRequest {
  const electionType = r.int8();
  const $n15 = r.compactNullableArrayLength();
  let $a16: ElectLeadersRequestTopicPartitions[] | null = null;
  if ($n15 >= 0) {
    const $b18: ElectLeadersRequestTopicPartitions[] = [];
    for (let $i17 = 0; $i17 < $n15; $i17++) $b18.push(decElectLeadersRequestTopicPartitionsV2(r));
    $a16 = $b18;
  }
  const topicPartitions = $a16;
  const timeoutMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    electionType,
    topicPartitions,
    timeoutMs,
  };
}

/** ElectLeadersRequestTopicPartitions at v0-1. */
function encElectLeadersRequestTopicPartitionsV0(w: Writer, v: ElectLeadersRequestTopicPartitions): void {
  w.string(v.topic);
  {
    const $a19 = v.partitions;
    w.arrayLength($a19.length);
    for (let $i20 = 0; $i20 < $a19.length; $i20++) {
      w.int32($a19[$i20]);
    }
  }
}

/** ElectLeadersRequestTopicPartitions at v0-1. */
function decElectLeadersRequestTopicPartitionsV0(r: Reader): ElectLeadersRequestTopicPartitions {
  const topic = r.string();
  const $n21 = r.arrayLength();
  const $a22: number[] = [];
  for (let $i23 = 0; $i23 < $n21; $i23++) $a22.push(r.int32());
  const partitions = $a22;
  return {
    topic,
    partitions,
  };
}

/** ElectLeadersRequestTopicPartitions at v2. */
function encElectLeadersRequestTopicPartitionsV2(w: Writer, v: ElectLeadersRequestTopicPartitions): void {
  w.compactString(v.topic);
  {
    const $a24 = v.partitions;
    w.compactArrayLength($a24.length);
    for (let $i25 = 0; $i25 < $a24.length; $i25++) {
      w.int32($a24[$i25]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ElectLeadersRequestTopicPartitions at v2. */
function decElectLeadersRequestTopicPartitionsV2(r: Reader): ElectLeadersRequestTopicPartitions {
  const topic = r.compactString();
  const $n26 = r.compactArrayLength();
  const $a27: number[] = [];
  for (let $i28 = 0; $i28 < $n26; $i28++) $a27.push(r.int32());
  const partitions = $a27;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    partitions,
  };
}

/** ElectLeadersRequest at versions 0-2. */
export const electLeadersRequestCodec = new MessageCodec<ElectLeadersRequest>(
  "ElectLeadersRequest",
  0,
  [encElectLeadersRequestV0, encElectLeadersRequestV1, encElectLeadersRequestV2],
  [decElectLeadersRequestV0, decElectLeadersRequestV1, decElectLeadersRequestV2],
  newElectLeadersRequest,
);

/** ElectLeadersResponse at v0. */
function encElectLeadersResponseV0(w: Writer, v: ElectLeadersResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.replicaElectionResults;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encElectLeadersResponseReplicaElectionResultV0(w, $a1[$i2]);
    }
  }
}

/** ElectLeadersResponse at v0. */
function decElectLeadersResponseV0(r: Reader): ElectLeadersResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: ElectLeadersResponseReplicaElectionResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decElectLeadersResponseReplicaElectionResultV0(r));
  const replicaElectionResults = $a4;
  return {
    throttleTimeMs,
    errorCode: 0,
    replicaElectionResults,
  };
}

/** ElectLeadersResponse at v1. */
function encElectLeadersResponseV1(w: Writer, v: ElectLeadersResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a6 = v.replicaElectionResults;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encElectLeadersResponseReplicaElectionResultV0(w, $a6[$i7]);
    }
  }
}

/** ElectLeadersResponse at v1. */
function decElectLeadersResponseV1(r: Reader): ElectLeadersResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n8 = r.arrayLength();
  const $a9: ElectLeadersResponseReplicaElectionResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decElectLeadersResponseReplicaElectionResultV0(r));
  const replicaElectionResults = $a9;
  return {
    throttleTimeMs,
    errorCode,
    replicaElectionResults,
  };
}

/** ElectLeadersResponse at v2. */
function encElectLeadersResponseV2(w: Writer, v: ElectLeadersResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a11 = v.replicaElectionResults;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encElectLeadersResponseReplicaElectionResultV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ElectLeadersResponse at v2. */
function decElectLeadersResponseV2(r: Reader): ElectLeadersResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: ElectLeadersResponseReplicaElectionResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decElectLeadersResponseReplicaElectionResultV2(r));
  const replicaElectionResults = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    replicaElectionResults,
  };
}

/** ElectLeadersResponseReplicaElectionResult at v0-1. */
function encElectLeadersResponseReplicaElectionResultV0(w: Writer, v: ElectLeadersResponseReplicaElectionResult): void {
  w.string(v.topic);
  {
    const $a16 = v.partitionResult;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encElectLeadersResponsePartitionResultV0(w, $a16[$i17]);
    }
  }
}

/** ElectLeadersResponseReplicaElectionResult at v0-1. */
function decElectLeadersResponseReplicaElectionResultV0(r: Reader): ElectLeadersResponseReplicaElectionResult {
  const topic = r.string();
  const $n18 = r.arrayLength();
  const $a19: ElectLeadersResponsePartitionResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decElectLeadersResponsePartitionResultV0(r));
  const partitionResult = $a19;
  return {
    topic,
    partitionResult,
  };
}

/** ElectLeadersResponseReplicaElectionResult at v2. */
function encElectLeadersResponseReplicaElectionResultV2(w: Writer, v: ElectLeadersResponseReplicaElectionResult): void {
  w.compactString(v.topic);
  {
    const $a21 = v.partitionResult;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encElectLeadersResponsePartitionResultV2(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ElectLeadersResponseReplicaElectionResult at v2. */
function decElectLeadersResponseReplicaElectionResultV2(r: Reader): ElectLeadersResponseReplicaElectionResult {
  const topic = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: ElectLeadersResponsePartitionResult[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decElectLeadersResponsePartitionResultV2(r));
  const partitionResult = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    partitionResult,
  };
}

/** ElectLeadersResponsePartitionResult at v0-1. */
function encElectLeadersResponsePartitionResultV0(w: Writer, v: ElectLeadersResponsePartitionResult): void {
  w.int32(v.partitionId);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
}

/** ElectLeadersResponsePartitionResult at v0-1. */
function decElectLeadersResponsePartitionResultV0(r: Reader): ElectLeadersResponsePartitionResult {
  const partitionId = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return {
    partitionId,
    errorCode,
    errorMessage,
  };
}

/** ElectLeadersResponsePartitionResult at v2. */
function encElectLeadersResponsePartitionResultV2(w: Writer, v: ElectLeadersResponsePartitionResult): void {
  w.int32(v.partitionId);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** ElectLeadersResponsePartitionResult at v2. */
function decElectLeadersResponsePartitionResultV2(r: Reader): ElectLeadersResponsePartitionResult {
  const partitionId = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionId,
    errorCode,
    errorMessage,
  };
}

/** ElectLeadersResponse at versions 0-2. */
export const electLeadersResponseCodec = new MessageCodec<ElectLeadersResponse>(
  "ElectLeadersResponse",
  0,
  [encElectLeadersResponseV0, encElectLeadersResponseV1, encElectLeadersResponseV2],
  [decElectLeadersResponseV0, decElectLeadersResponseV1, decElectLeadersResponseV2],
  newElectLeadersResponse,
);
