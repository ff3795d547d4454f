// Kafka AssignReplicasToDirs API (key 73): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AssignReplicasToDirsRequest: request of api key 73, versions 0, flexible 0. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker (versions 0) */
  readonly brokerId: number;
  /** The epoch of the requesting broker (versions 0, default -1) */
  readonly brokerEpoch: bigint;
  /** (versions 0) */
  readonly directories: readonly AssignReplicasToDirsRequestDirectoryData[];
}

/** DirectoryData in AssignReplicasToDirsRequest. */
export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory (versions 0) */
  readonly id: string;
  /** (versions 0) */
  readonly topics: readonly AssignReplicasToDirsRequestTopicData[];
}

/** TopicData in AssignReplicasToDirsRequest. */
export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic (versions 0) */
  readonly topicId: string;
  /** (versions 0) */
  readonly partitions: readonly AssignReplicasToDirsRequestPartitionData[];
}

/** PartitionData in AssignReplicasToDirsRequest. */
export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index (versions 0) */
  readonly partitionIndex: number;
}

/** AssignReplicasToDirsResponse: response of api key 73, versions 0, flexible 0. */
export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The top level response error code (versions 0) */
  readonly errorCode: number;
  /** (versions 0) */
  readonly directories: readonly AssignReplicasToDirsResponseDirectoryData[];
}

/** DirectoryData in AssignReplicasToDirsResponse. */
export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory (versions 0) */
  readonly id: string;
  /** (versions 0) */
  readonly topics: readonly AssignReplicasToDirsResponseTopicData[];
}

/** TopicData in AssignReplicasToDirsResponse. */
export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic (versions 0) */
  readonly topicId: string;
  /** (versions 0) */
  readonly partitions: readonly AssignReplicasToDirsResponsePartitionData[];
}

/** PartitionData in AssignReplicasToDirsResponse. */
export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index (versions 0) */
  readonly partitionIndex: number;
  /** The partition level error code (versions 0) */
  readonly errorCode: number;
}

/** A AssignReplicasToDirsRequest with every field at its spec default. */
export function newAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    directories: [],
  };
}

/** A AssignReplicasToDirsRequestDirectoryData with every field at its spec default. */
export function newAssignReplicasToDirsRequestDirectoryData(): AssignReplicasToDirsRequestDirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
  };
}

/** A AssignReplicasToDirsRequestTopicData with every field at its spec default. */
export function newAssignReplicasToDirsRequestTopicData(): AssignReplicasToDirsRequestTopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A AssignReplicasToDirsRequestPartitionData with every field at its spec default. */
export function newAssignReplicasToDirsRequestPartitionData(): AssignReplicasToDirsRequestPartitionData {
  return {
    partitionIndex: 0,
  };
}

/** A AssignReplicasToDirsResponse with every field at its spec default. */
export function newAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    directories: [],
  };
}

/** A AssignReplicasToDirsResponseDirectoryData with every field at its spec default. */
export function newAssignReplicasToDirsResponseDirectoryData(): AssignReplicasToDirsResponseDirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
  };
}

/** A AssignReplicasToDirsResponseTopicData with every field at its spec default. */
export function newAssignReplicasToDirsResponseTopicData(): AssignReplicasToDirsResponseTopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A AssignReplicasToDirsResponsePartitionData with every field at its spec default. */
export function newAssignReplicasToDirsResponsePartitionData(): AssignReplicasToDirsResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** AssignReplicasToDirsRequest at v0. */
function encAssignReplicasToDirsRequestV0(w: Writer, v: AssignReplicasToDirsRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    const $a1 = v.directories;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAssignReplicasToDirsRequestDirectoryDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsRequest at v0. */
function decAssignReplicasToDirsRequestV0(r: Reader): AssignReplicasToDirsRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const $n3 = r.compactArrayLength();
  const $a4: AssignReplicasToDirsRequestDirectoryData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAssignReplicasToDirsRequestDirectoryDataV0(r));
  const directories = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
    directories,
  };
}

/** AssignReplicasToDirsRequestDirectoryData at v0. */
function encAssignReplicasToDirsRequestDirectoryDataV0(w: Writer, v: AssignReplicasToDirsRequestDirectoryData): void {
  w.uuid(v.id);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAssignReplicasToDirsRequestTopicDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsRequestDirectoryData at v0. */
function decAssignReplicasToDirsRequestDirectoryDataV0(r: Reader): AssignReplicasToDirsRequestDirectoryData {
  const id = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: AssignReplicasToDirsRequestTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAssignReplicasToDirsRequestTopicDataV0(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    id,
    topics,
  };
}

/** AssignReplicasToDirsRequestTopicData at v0. */
function encAssignReplicasToDirsRequestTopicDataV0(w: Writer, v: AssignReplicasToDirsRequestTopicData): void {
  w.uuid(v.topicId);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAssignReplicasToDirsRequestPartitionDataV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsRequestTopicData at v0. */
function decAssignReplicasToDirsRequestTopicDataV0(r: Reader): AssignReplicasToDirsRequestTopicData {
  const topicId = r.uuid();
  const $n13 = r.compactArrayLength();
  const $a14: AssignReplicasToDirsRequestPartitionData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAssignReplicasToDirsRequestPartitionDataV0(r));
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** AssignReplicasToDirsRequestPartitionData at v0. */
function encAssignReplicasToDirsRequestPartitionDataV0(w: Writer, v: AssignReplicasToDirsRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsRequestPartitionData at v0. */
function decAssignReplicasToDirsRequestPartitionDataV0(r: Reader): AssignReplicasToDirsRequestPartitionData {
  const partitionIndex = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
  };
}

/** AssignReplicasToDirsRequest at versions 0. */
export const assignReplicasToDirsRequestCodec = new MessageCodec<AssignReplicasToDirsRequest>(
  "AssignReplicasToDirsRequest",
  0,
  [encAssignReplicasToDirsRequestV0],
  [decAssignReplicasToDirsRequestV0],
  newAssignReplicasToDirsRequest,
);

/** AssignReplicasToDirsResponse at v0. */
function encAssignReplicasToDirsResponseV0(w: Writer, v: AssignReplicasToDirsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a1 = v.directories;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAssignReplicasToDirsResponseDirectoryDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsResponse at v0. */
function decAssignReplicasToDirsResponseV0(r: Reader): AssignReplicasToDirsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: AssignReplicasToDirsResponseDirectoryData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAssignReplicasToDirsResponseDirectoryDataV0(r));
  const directories = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    directories,
  };
}

/** AssignReplicasToDirsResponseDirectoryData at v0. */
function encAssignReplicasToDirsResponseDirectoryDataV0(w: Writer, v: AssignReplicasToDirsResponseDirectoryData): void {
  w.uuid(v.id);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAssignReplicasToDirsResponseTopicDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsResponseDirectoryData at v0. */
function decAssignReplicasToDirsResponseDirectoryDataV0(r: Reader): AssignReplicasToDirsResponseDirectoryData {
  const id = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: AssignReplicasToDirsResponseTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAssignReplicasToDirsResponseTopicDataV0(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    id,
    topics,
  };
}

/** AssignReplicasToDirsResponseTopicData at v0. */
function encAssignReplicasToDirsResponseTopicDataV0(w: Writer, v: AssignReplicasToDirsResponseTopicData): void {
  w.uuid(v.topicId);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAssignReplicasToDirsResponsePartitionDataV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsResponseTopicData at v0. */
function decAssignReplicasToDirsResponseTopicDataV0(r: Reader): AssignReplicasToDirsResponseTopicData {
  const topicId = r.uuid();
  const $n13 = r.compactArrayLength();
  const $a14: AssignReplicasToDirsResponsePartitionData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAssignReplicasToDirsResponsePartitionDataV0(r));
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** AssignReplicasToDirsResponsePartitionData at v0. */
function encAssignReplicasToDirsResponsePartitionDataV0(w: Writer, v: AssignReplicasToDirsResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** AssignReplicasToDirsResponsePartitionData at v0. */
function decAssignReplicasToDirsResponsePartitionDataV0(r: Reader): AssignReplicasToDirsResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
  };
}

/** AssignReplicasToDirsResponse at versions 0. */
export const assignReplicasToDirsResponseCodec = new MessageCodec<AssignReplicasToDirsResponse>(
  "AssignReplicasToDirsResponse",
  0,
  [encAssignReplicasToDirsResponseV0],
  [decAssignReplicasToDirsResponseV0],
  newAssignReplicasToDirsResponse,
);
