// Kafka AlterPartition API (key 56): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AlterPartitionRequest.json, AlterPartitionResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AlterPartitionRequest: request of api key 56, versions 0-3, flexible 0-3. */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker (versions 0-3) */
  readonly brokerId: number;
  /** The epoch of the requesting broker (versions 0-3, default -1) */
  readonly brokerEpoch: bigint;
  /** (versions 0-3) */
  readonly topics: readonly AlterPartitionRequestTopicData[];
}

/** TopicData in AlterPartitionRequest. */
export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for (versions 0-1) */
  readonly topicName: string;
  /** The ID of the topic to alter ISRs for (versions 2-3) */
  readonly topicId: string;
  /** (versions 0-3) */
  readonly partitions: readonly AlterPartitionRequestPartitionData[];
}

/** PartitionData in AlterPartitionRequest. */
export interface AlterPartitionRequestPartitionData {
  /** The partition index (versions 0-3) */
  readonly partitionIndex: number;
  /** The leader epoch of this partition (versions 0-3) */
  readonly leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. (versions 0-2) */
  readonly newIsr: readonly number[];
  /** (versions 3) */
  readonly newIsrWithEpochs: readonly AlterPartitionRequestBrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1-3, default 0) */
  readonly leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. (versions 0-3) */
  readonly partitionEpoch: number;
}

/** BrokerState in AlterPartitionRequest. */
export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. (versions 3) */
  readonly brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. (versions 3, default -1) */
  readonly brokerEpoch: bigint;
}

/** AlterPartitionResponse: response of api key 56, versions 0-3, flexible 0-3. */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
  /** The top level response error code (versions 0-3) */
  readonly errorCode: number;
  /** (versions 0-3) */
  readonly topics: readonly AlterPartitionResponseTopicData[];
}

/** TopicData in AlterPartitionResponse. */
export interface AlterPartitionResponseTopicData {
  /** The name of the topic (versions 0-1) */
  readonly topicName: string;
  /** The ID of the topic (versions 2-3) */
  readonly topicId: string;
  /** (versions 0-3) */
  readonly partitions: readonly AlterPartitionResponsePartitionData[];
}

/** PartitionData in AlterPartitionResponse. */
export interface AlterPartitionResponsePartitionData {
  /** The partition index (versions 0-3) */
  readonly partitionIndex: number;
  /** The partition level error code (versions 0-3) */
  readonly errorCode: number;
  /** The broker ID of the leader. (versions 0-3) */
  readonly leaderId: number;
  /** The leader epoch. (versions 0-3) */
  readonly leaderEpoch: number;
  /** The in-sync replica IDs. (versions 0-3) */
  readonly isr: readonly number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1-3, default 0) */
  readonly leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. (versions 0-3) */
  readonly partitionEpoch: number;
}

/** A AlterPartitionRequest with every field at its spec default. */
export function newAlterPartitionRequest(): AlterPartitionRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    topics: [],
  };
}

/** A AlterPartitionRequestTopicData with every field at its spec default. */
export function newAlterPartitionRequestTopicData(): AlterPartitionRequestTopicData {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A AlterPartitionRequestPartitionData with every field at its spec default. */
export function newAlterPartitionRequestPartitionData(): AlterPartitionRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderEpoch: 0,
    newIsr: [],
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

/** A AlterPartitionRequestBrokerState with every field at its spec default. */
export function newAlterPartitionRequestBrokerState(): AlterPartitionRequestBrokerState {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

/** A AlterPartitionResponse with every field at its spec default. */
export function newAlterPartitionResponse(): AlterPartitionResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
  };
}

/** A AlterPartitionResponseTopicData with every field at its spec default. */
export function newAlterPartitionResponseTopicData(): AlterPartitionResponseTopicData {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A AlterPartitionResponsePartitionData with every field at its spec default. */
export function newAlterPartitionResponsePartitionData(): AlterPartitionResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    isr: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

/** AlterPartitionRequest at v0. */
function encAlterPartitionRequestV0(w: Writer, v: AlterPartitionRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterPartitionRequestTopicDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequest at v0. */
function decAlterPartitionRequestV0(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const $n3 = r.compactArrayLength();
  const $a4: AlterPartitionRequestTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterPartitionRequestTopicDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
    topics,
  };
}

/** AlterPartitionRequest at v1. */
function encAlterPartitionRequestV1(w: Writer, v: AlterPartitionRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterPartitionRequestTopicDataV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequest at v1. */
function decAlterPartitionRequestV1(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const $n8 = r.compactArrayLength();
  const $a9: AlterPartitionRequestTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterPartitionRequestTopicDataV1(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
    topics,
  };
}

/** AlterPartitionRequest at v2. */
function encAlterPartitionRequestV2(w: Writer, v: AlterPartitionRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterPartitionRequestTopicDataV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequest at v2. */
function decAlterPartitionRequestV2(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const $n13 = r.compactArrayLength();
  const $a14: AlterPartitionRequestTopicData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAlterPartitionRequestTopicDataV2(r));
  const topics = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
    topics,
  };
}

/** AlterPartitionRequest at v3. */
function encAlterPartitionRequestV3(w: Writer, v: AlterPartitionRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAlterPartitionRequestTopicDataV3(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequest at v3. */
function decAlterPartitionRequestV3(r: Reader): AlterPartitionRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  const $n18 = r.compactArrayLength();
  const $a19: AlterPartitionRequestTopicData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterPartitionRequestTopicDataV3(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
    topics,
  };
}

/** AlterPartitionRequestTopicData at v0. */
function encAlterPartitionRequestTopicDataV0(w: Writer, v: AlterPartitionRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encAlterPartitionRequestPartitionDataV0(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestTopicData at v0. */
function decAlterPartitionRequestTopicDataV0(r: Reader): AlterPartitionRequestTopicData {
  const topicName = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: AlterPartitionRequestPartitionData[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decAlterPartitionRequestPartitionDataV0(r));
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** AlterPartitionRequestTopicData at v1. */
function encAlterPartitionRequestTopicDataV1(w: Writer, v: AlterPartitionRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encAlterPartitionRequestPartitionDataV1(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestTopicData at v1. */
function decAlterPartitionRequestTopicDataV1(r: Reader): AlterPartitionRequestTopicData {
  const topicName = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: AlterPartitionRequestPartitionData[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decAlterPartitionRequestPartitionDataV1(r));
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** AlterPartitionRequestTopicData at v2. */
function encAlterPartitionRequestTopicDataV2(w: Writer, v: AlterPartitionRequestTopicData): void {
  w.uuid(v.topicId);
  {
    const $a31 = v.partitions;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encAlterPartitionRequestPartitionDataV1(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestTopicData at v2. */
function decAlterPartitionRequestTopicDataV2(r: Reader): AlterPartitionRequestTopicData {
  const topicId = r.uuid();
  const $n33 = r.compactArrayLength();
  const $a34: AlterPartitionRequestPartitionData[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decAlterPartitionRequestPartitionDataV1(r));
  const partitions = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    topicId,
    partitions,
  };
}

/** AlterPartitionRequestTopicData at v3. */
function encAlterPartitionRequestTopicDataV3(w: Writer, v: AlterPartitionRequestTopicData): void {
  w.uuid(v.topicId);
  {
    const $a36 = v.partitions;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encAlterPartitionRequestPartitionDataV3(w, $a36[$i37]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestTopicData at v3. */
function decAlterPartitionRequestTopicDataV3(r: Reader): AlterPartitionRequestTopicData {
  const topicId = r.uuid();
  const $n38 = r.compactArrayLength();
  const $a39: AlterPartitionRequestPartitionData[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decAlterPartitionRequestPartitionDataV3(r));
  const partitions = $a39;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    topicId,
    partitions,
  };
}

/** AlterPartitionRequestPartitionData at v0. */
function encAlterPartitionRequestPartitionDataV0(w: Writer, v: AlterPartitionRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  {
    const $a41 = v.newIsr;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      w.int32($a41[$i42]);
    }
  }
  w.int32(v.partitionEpoch);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestPartitionData at v0. */
function decAlterPartitionRequestPartitionDataV0(r: Reader): AlterPartitionRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const $n43 = r.compactArrayLength();
  const $a44: number[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(r.int32());
  const newIsr = $a44;
  const partitionEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    leaderEpoch,
    newIsr,
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch,
  };
}

/** AlterPartitionRequestPartitionData at v1-2. */
function encAlterPartitionRequestPartitionDataV1(w: Writer, v: AlterPartitionRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  {
    const $a46 = v.newIsr;
    w.compactArrayLength($a46.length);
    for (let $i47 = 0; $i47 < $a46.length; $i47++) {
      w.int32($a46[$i47]);
    }
  }
  w.int8(v.leaderRecoveryState);
  w.int32(v.partitionEpoch);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestPartitionData at v1-2. */
function decAlterPartitionRequestPartitionDataV1(r: Reader): AlterPartitionRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const $n48 = r.compactArrayLength();
  const $a49: number[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(r.int32());
  const newIsr = $a49;
  const leaderRecoveryState = r.int8();
  const partitionEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    leaderEpoch,
    newIsr,
    newIsrWithEpochs: [],
    leaderRecoveryState,
    partitionEpoch,
  };
}

/** AlterPartitionRequestPartitionData at v3. */
function encAlterPartitionRequestPartitionDataV3(w: Writer, v: AlterPartitionRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  {
    const $a51 = v.newIsrWithEpochs;
    w.compactArrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encAlterPartitionRequestBrokerStateV3(w, $a51[$i52]);
    }
  }
  w.int8(v.leaderRecoveryState);
  w.int32(v.partitionEpoch);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestPartitionData at v3. */
function decAlterPartitionRequestPartitionDataV3(r: Reader): AlterPartitionRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderEpoch = r.int32();
  const $n53 = r.compactArrayLength();
  const $a54: AlterPartitionRequestBrokerState[] = [];
  for (let $i55 = 0; $i55 < $n53; $i55++) $a54.push(decAlterPartitionRequestBrokerStateV3(r));
  const newIsrWithEpochs = $a54;
  const leaderRecoveryState = r.int8();
  const partitionEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    leaderEpoch,
    newIsr: [],
    newIsrWithEpochs,
    leaderRecoveryState,
    partitionEpoch,
  };
}

/** AlterPartitionRequestBrokerState at v3. */
function encAlterPartitionRequestBrokerStateV3(w: Writer, v: AlterPartitionRequestBrokerState): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionRequestBrokerState at v3. */
function decAlterPartitionRequestBrokerStateV3(r: Reader): AlterPartitionRequestBrokerState {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
  };
}

/** AlterPartitionRequest at versions 0-3. */
export const alterPartitionRequestCodec = new MessageCodec<AlterPartitionRequest>(
  "AlterPartitionRequest",
  0,
  [encAlterPartitionRequestV0, encAlterPartitionRequestV1, encAlterPartitionRequestV2, encAlterPartitionRequestV3],
  [decAlterPartitionRequestV0, decAlterPartitionRequestV1, decAlterPartitionRequestV2, decAlterPartitionRequestV3],
  newAlterPartitionRequest,
);

/** AlterPartitionResponse at v0. */
function encAlterPartitionResponseV0(w: Writer, v: AlterPartitionResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterPartitionResponseTopicDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponse at v0. */
function decAlterPartitionResponseV0(r: Reader): AlterPartitionResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: AlterPartitionResponseTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterPartitionResponseTopicDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    topics,
  };
}

/** AlterPartitionResponse at v1. */
function encAlterPartitionResponseV1(w: Writer, v: AlterPartitionResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterPartitionResponseTopicDataV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponse at v1. */
function decAlterPartitionResponseV1(r: Reader): AlterPartitionResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: AlterPartitionResponseTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterPartitionResponseTopicDataV1(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    topics,
  };
}

/** AlterPartitionResponse at v2-3. */
function encAlterPartitionResponseV2(w: Writer, v: AlterPartitionResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterPartitionResponseTopicDataV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponse at v2-3. */
function decAlterPartitionResponseV2(r: Reader): AlterPartitionResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: AlterPartitionResponseTopicData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAlterPartitionResponseTopicDataV2(r));
  const topics = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    topics,
  };
}

/** AlterPartitionResponseTopicData at v0. */
function encAlterPartitionResponseTopicDataV0(w: Writer, v: AlterPartitionResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a16 = v.partitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAlterPartitionResponsePartitionDataV0(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponseTopicData at v0. */
function decAlterPartitionResponseTopicDataV0(r: Reader): AlterPartitionResponseTopicData {
  const topicName = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: AlterPartitionResponsePartitionData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterPartitionResponsePartitionDataV0(r));
  const partitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** AlterPartitionResponseTopicData at v1. */
function encAlterPartitionResponseTopicDataV1(w: Writer, v: AlterPartitionResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encAlterPartitionResponsePartitionDataV1(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponseTopicData at v1. */
function decAlterPartitionResponseTopicDataV1(r: Reader): AlterPartitionResponseTopicData {
  const topicName = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: AlterPartitionResponsePartitionData[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decAlterPartitionResponsePartitionDataV1(r));
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId: ZERO_UUID,
    partitions,
  };
}

/** AlterPartitionResponseTopicData at v2-3. */
function encAlterPartitionResponseTopicDataV2(w: Writer, v: AlterPartitionResponseTopicData): void {
  w.uuid(v.topicId);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encAlterPartitionResponsePartitionDataV1(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponseTopicData at v2-3. */
function decAlterPartitionResponseTopicDataV2(r: Reader): AlterPartitionResponseTopicData {
  const topicId = r.uuid();
  const $n28 = r.compactArrayLength();
  const $a29: AlterPartitionResponsePartitionData[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decAlterPartitionResponsePartitionDataV1(r));
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    topicId,
    partitions,
  };
}

/** AlterPartitionResponsePartitionData at v0. */
function encAlterPartitionResponsePartitionDataV0(w: Writer, v: AlterPartitionResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a31 = v.isr;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      w.int32($a31[$i32]);
    }
  }
  w.int32(v.partitionEpoch);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponsePartitionData at v0. */
function decAlterPartitionResponsePartitionDataV0(r: Reader): AlterPartitionResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n33 = r.compactArrayLength();
  const $a34: number[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(r.int32());
  const isr = $a34;
  const partitionEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
    isr,
    leaderRecoveryState: 0,
    partitionEpoch,
  };
}

/** AlterPartitionResponsePartitionData at v1-3. */
function encAlterPartitionResponsePartitionDataV1(w: Writer, v: AlterPartitionResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a36 = v.isr;
    w.compactArrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      w.int32($a36[$i37]);
    }
  }
  w.int8(v.leaderRecoveryState);
  w.int32(v.partitionEpoch);
  w.uvarint(0); // no tagged fields
}

/** AlterPartitionResponsePartitionData at v1-3. */
function decAlterPartitionResponsePartitionDataV1(r: Reader): AlterPartitionResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n38 = r.compactArrayLength();
  const $a39: number[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(r.int32());
  const isr = $a39;
  const leaderRecoveryState = r.int8();
  const partitionEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
    isr,
    leaderRecoveryState,
    partitionEpoch,
  };
}

/** AlterPartitionResponse at versions 0-3. */
export const alterPartitionResponseCodec = new MessageCodec<AlterPartitionResponse>(
  "AlterPartitionResponse",
  0,
  [encAlterPartitionResponseV0, encAlterPartitionResponseV1, encAlterPartitionResponseV2, encAlterPartitionResponseV2],
  [decAlterPartitionResponseV0, decAlterPartitionResponseV1, decAlterPartitionResponseV2, decAlterPartitionResponseV2],
  newAlterPartitionResponse,
);
