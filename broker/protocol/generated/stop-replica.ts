// Kafka StopReplica API (key 5): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{StopReplicaRequest.json, StopReplicaResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** StopReplicaRequest: request of api key 5, versions 0-4, flexible 2-4. */
export interface StopReplicaRequest {
  /** The controller id. (versions 0-4) */
  readonly controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 4, default false) */
  readonly isKRaftController: boolean;
  /** The controller epoch. (versions 0-4) */
  readonly controllerEpoch: number;
  /** The broker epoch. (versions 1-4, default -1) */
  readonly brokerEpoch: bigint;
  /** Whether these partitions should be deleted. (versions 0-2) */
  readonly deletePartitions: boolean;
  /** The partitions to stop. (versions 0) */
  readonly ungroupedPartitions: readonly StopReplicaRequestStopReplicaPartitionV0[];
  /** The topics to stop. (versions 1-2) */
  readonly topics: readonly StopReplicaRequestStopReplicaTopicV1[];
  /** Each topic. (versions 3-4) */
  readonly topicStates: readonly StopReplicaRequestStopReplicaTopicState[];
}

/** StopReplicaPartitionV0 in StopReplicaRequest. */
export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** The topic name. (versions 0) */
  readonly topicName: string;
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
}

/** StopReplicaTopicV1 in StopReplicaRequest. */
export interface StopReplicaRequestStopReplicaTopicV1 {
  /** The topic name. (versions 1-2) */
  readonly name: string;
  /** The partition indexes. (versions 1-2) */
  readonly partitionIndexes: readonly number[];
}

/** StopReplicaTopicState in StopReplicaRequest. */
export interface StopReplicaRequestStopReplicaTopicState {
  /** The topic name. (versions 3-4) */
  readonly topicName: string;
  /** The state of each partition (versions 3-4) */
  readonly partitionStates: readonly StopReplicaRequestStopReplicaPartitionState[];
}

/** StopReplicaPartitionState in StopReplicaRequest. */
export interface StopReplicaRequestStopReplicaPartitionState {
  /** The partition index. (versions 3-4) */
  readonly partitionIndex: number;
  /** The leader epoch. (versions 3-4, default -1) */
  readonly leaderEpoch: number;
  /** Whether this partition should be deleted. (versions 3-4) */
  readonly deletePartition: boolean;
}

/** StopReplicaResponse: response of api key 5, versions 0-4, flexible 2-4. */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. (versions 0-4) */
  readonly errorCode: number;
  /** The responses for each partition. (versions 0-4) */
  readonly partitionErrors: readonly StopReplicaResponseStopReplicaPartitionError[];
}

/** StopReplicaPartitionError in StopReplicaResponse. */
export interface StopReplicaResponseStopReplicaPartitionError {
  /** The topic name. (versions 0-4) */
  readonly topicName: string;
  /** The partition index. (versions 0-4) */
  readonly partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. (versions 0-4) */
  readonly errorCode: number;
}

/** A StopReplicaRequest with every field at its spec default. */
export function newStopReplicaRequest(): StopReplicaRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
  };
}

/** A StopReplicaRequestStopReplicaPartitionV0 with every field at its spec default. */
export function newStopReplicaRequestStopReplicaPartitionV0(): StopReplicaRequestStopReplicaPartitionV0 {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

/** A StopReplicaRequestStopReplicaTopicV1 with every field at its spec default. */
export function newStopReplicaRequestStopReplicaTopicV1(): StopReplicaRequestStopReplicaTopicV1 {
  return {
    name: "",
    partitionIndexes: [],
  };
}

/** A StopReplicaRequestStopReplicaTopicState with every field at its spec default. */
export function newStopReplicaRequestStopReplicaTopicState(): StopReplicaRequestStopReplicaTopicState {
  return {
    topicName: "",
    partitionStates: [],
  };
}

/** A StopReplicaRequestStopReplicaPartitionState with every field at its spec default. */
export function newStopReplicaRequestStopReplicaPartitionState(): StopReplicaRequestStopReplicaPartitionState {
  return {
    partitionIndex: 0,
    leaderEpoch: -1,
    deletePartition: false,
  };
}

/** A StopReplicaResponse with every field at its spec default. */
export function newStopReplicaResponse(): StopReplicaResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
  };
}

/** A StopReplicaResponseStopReplicaPartitionError with every field at its spec default. */
export function newStopReplicaResponseStopReplicaPartitionError(): StopReplicaResponseStopReplicaPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** StopReplicaRequest at v0. */
function encStopReplicaRequestV0(w: Writer, v: StopReplicaRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.bool(v.deletePartitions);
  {
    const $a1 = v.ungroupedPartitions;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encStopReplicaRequestStopReplicaPartitionV0V0(w, $a1[$i2]);
    }
  }
}

/** StopReplicaRequest at v0. */
function decStopReplicaRequestV0(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const deletePartitions = r.bool();
  const $n3 = r.arrayLength();
  const $a4: StopReplicaRequestStopReplicaPartitionV0[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decStopReplicaRequestStopReplicaPartitionV0V0(r));
  const ungroupedPartitions = $a4;
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch: -1n,
    deletePartitions,
    ungroupedPartitions,
    topics: [],
    topicStates: [],
  };
}

/** StopReplicaRequest at v1. */
function encStopReplicaRequestV1(w: Writer, v: StopReplicaRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  w.bool(v.deletePartitions);
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encStopReplicaRequestStopReplicaTopicV1V1(w, $a6[$i7]);
    }
  }
}

/** StopReplicaRequest at v1. */
function decStopReplicaRequestV1(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const deletePartitions = r.bool();
  const $n8 = r.arrayLength();
  const $a9: StopReplicaRequestStopReplicaTopicV1[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decStopReplicaRequestStopReplicaTopicV1V1(r));
  const topics = $a9;
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    deletePartitions,
    ungroupedPartitions: [],
    topics,
    topicStates: [],
  };
}

/** StopReplicaRequest at v2. */
function encStopReplicaRequestV2(w: Writer, v: StopReplicaRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  w.bool(v.deletePartitions);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encStopReplicaRequestStopReplicaTopicV1V2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** StopReplicaRequest at v2. */
function decStopReplicaRequestV2(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const deletePartitions = r.bool();
  const $n13 = r.compactArrayLength();
  const $a14: StopReplicaRequestStopReplicaTopicV1[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decStopReplicaRequestStopReplicaTopicV1V2(r));
  const topics = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    deletePartitions,
    ungroupedPartitions: [],
    topics,
    topicStates: [],
  };
}

/** StopReplicaRequest at v3. */
function encStopReplicaRequestV3(w: Writer, v: StopReplicaRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a16 = v.topicStates;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encStopReplicaRequestStopReplicaTopicStateV3(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** StopReplicaRequest at v3. */
function decStopReplicaRequestV3(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n18 = r.compactArrayLength();
  const $a19: StopReplicaRequestStopReplicaTopicState[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decStopReplicaRequestStopReplicaTopicStateV3(r));
  const topicStates = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates,
  };
}

/** StopReplicaRequest at v4. */
function encStopReplicaRequestV4(w: Writer, v: StopReplicaRequest): void {
  w.int32(v.controllerId);
  w.bool(v.isKRaftController);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a21 = v.topicStates;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encStopReplicaRequestStopReplicaTopicStateV3(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** StopReplicaRequest at v4. */
function decStopReplicaRequestV4(r: Reader): StopReplicaRequest {
  const controllerId = r.int32();
  const isKRaftController = r.bool();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n23 = r.compactArrayLength();
  const $a24: StopReplicaRequestStopReplicaTopicState[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decStopReplicaRequestStopReplicaTopicStateV3(r));
  const topicStates = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController,
    controllerEpoch,
    brokerEpoch,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates,
  };
}

/** StopReplicaRequestStopReplicaPartitionV0 at v0. */
function encStopReplicaRequestStopReplicaPartitionV0V0(w: Writer, v: StopReplicaRequestStopReplicaPartitionV0): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
}

/** StopReplicaRequestStopReplicaPartitionV0 at v0. */
function decStopReplicaRequestStopReplicaPartitionV0V0(r: Reader): StopReplicaRequestStopReplicaPartitionV0 {
  const topicName = r.string();
  const partitionIndex = r.int32();
  return {
    topicName,
    partitionIndex,
  };
}

/** StopReplicaRequestStopReplicaTopicV1 at v1. */
function encStopReplicaRequestStopReplicaTopicV1V1(w: Writer, v: StopReplicaRequestStopReplicaTopicV1): void {
  w.string(v.name);
  {
    const $a26 = v.partitionIndexes;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.int32($a26[$i27]);
    }
  }
}

/** StopReplicaRequestStopReplicaTopicV1 at v1. */
function decStopReplicaRequestStopReplicaTopicV1V1(r: Reader): StopReplicaRequestStopReplicaTopicV1 {
  const name = r.string();
  const $n28 = r.arrayLength();
  const $a29: number[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(r.int32());
  const partitionIndexes = $a29;
  return {
    name,
    partitionIndexes,
  };
}

/** StopReplicaRequestStopReplicaTopicV1 at v2. */
function encStopReplicaRequestStopReplicaTopicV1V2(w: Writer, v: StopReplicaRequestStopReplicaTopicV1): void {
  w.compactString(v.name);
  {
    const $a31 = v.partitionIndexes;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      w.int32($a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** StopReplicaRequestStopReplicaTopicV1 at v2. */
function decStopReplicaRequestStopReplicaTopicV1V2(r: Reader): StopReplicaRequestStopReplicaTopicV1 {
  const name = r.compactString();
  const $n33 = r.compactArrayLength();
  const $a34: number[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(r.int32());
  const partitionIndexes = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionIndexes,
  };
}

/** StopReplicaRequestStopReplicaTopicState at v3-4. */
function encStopReplicaRequestStopReplicaTopicStateV3(w: Writer, v: StopReplicaRequestStopReplicaTopicState): void {
  w.compactString(v.topicName);
  {
    const $a36 = v.partitionStates;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encStopReplicaRequestStopReplicaPartitionStateV3(w, $a36[$i37]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** StopReplicaRequestStopReplicaTopicState at v3-4. */
function decStopReplicaRequestStopReplicaTopicStateV3(r: Reader): StopReplicaRequestStopReplicaTopicState {
  const topicName = r.compactString();
  const $n38 = r.compactArrayLength();
  const $a39: StopReplicaRequestStopReplicaPartitionState[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decStopReplicaRequestStopReplicaPartitionStateV3(r));
  const partitionStates = $a39;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitionStates,
  };
}

/** StopReplicaRequestStopReplicaPartitionState at v3-4. */
function encStopReplicaRequestStopReplicaPartitionStateV3(w: Writer, v: StopReplicaRequestStopReplicaPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  w.bool(v.deletePartition);
  w.uvarint(0); // no tagged fields
}

/** StopReplicaRequestStopReplicaPartitionState at v3-4. */
function decStopReplicaRequestStopReplicaPartitionStateV3(r: Reader): StopReplicaRequestStopReplicaPartitionState {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const deletePartition = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    leaderEpoch,
    deletePartition,
  };
}

/** StopReplicaRequest at versions 0-4. */
export const stopReplicaRequestCodec = new MessageCodec<StopReplicaRequest>(
  "StopReplicaRequest",
  0,
  [encStopReplicaRequestV0, encStopReplicaRequestV1, encStopReplicaRequestV2, encStopReplicaRequestV3, encStopReplicaRequestV4],
  [decStopReplicaRequestV0, decStopReplicaRequestV1, decStopReplicaRequestV2, decStopReplicaRequestV3, decStopReplicaRequestV4],
  newStopReplicaRequest,
);

/** StopReplicaResponse at v0-1. */
function encStopReplicaResponseV0(w: Writer, v: StopReplicaResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.partitionErrors;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encStopReplicaResponseStopReplicaPartitionErrorV0(w, $a1[$i2]);
    }
  }
}

/** StopReplicaResponse at v0-1. */
function decStopReplicaResponseV0(r: Reader): StopReplicaResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: StopReplicaResponseStopReplicaPartitionError[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decStopReplicaResponseStopReplicaPartitionErrorV0(r));
  const partitionErrors = $a4;
  return {
    errorCode,
    partitionErrors,
  };
}

/** StopReplicaResponse at v2-4. */
function encStopReplicaResponseV2(w: Writer, v: StopReplicaResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.partitionErrors;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encStopReplicaResponseStopReplicaPartitionErrorV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** StopReplicaResponse at v2-4. */
function decStopReplicaResponseV2(r: Reader): StopReplicaResponse {
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: StopReplicaResponseStopReplicaPartitionError[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decStopReplicaResponseStopReplicaPartitionErrorV2(r));
  const partitionErrors = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    partitionErrors,
  };
}

/** StopReplicaResponseStopReplicaPartitionError at v0-1. */
function encStopReplicaResponseStopReplicaPartitionErrorV0(w: Writer, v: StopReplicaResponseStopReplicaPartitionError): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** StopReplicaResponseStopReplicaPartitionError at v0-1. */
function decStopReplicaResponseStopReplicaPartitionErrorV0(r: Reader): StopReplicaResponseStopReplicaPartitionError {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    topicName,
    partitionIndex,
    errorCode,
  };
}

/** StopReplicaResponseStopReplicaPartitionError at v2-4. */
function encStopReplicaResponseStopReplicaPartitionErrorV2(w: Writer, v: StopReplicaResponseStopReplicaPartitionError): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** StopReplicaResponseStopReplicaPartitionError at v2-4. */
function decStopReplicaResponseStopReplicaPartitionErrorV2(r: Reader): StopReplicaResponseStopReplicaPartitionError {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitionIndex,
    errorCode,
  };
}

/** StopReplicaResponse at versions 0-4. */
export const stopReplicaResponseCodec = new MessageCodec<StopReplicaResponse>(
  "StopReplicaResponse",
  0,
  [encStopReplicaResponseV0, encStopReplicaResponseV0, encStopReplicaResponseV2, encStopReplicaResponseV2, encStopReplicaResponseV2],
  [decStopReplicaResponseV0, decStopReplicaResponseV0, decStopReplicaResponseV2, decStopReplicaResponseV2, decStopReplicaResponseV2],
  newStopReplicaResponse,
);
