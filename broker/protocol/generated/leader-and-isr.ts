// Kafka LeaderAndIsr API (key 4): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{LeaderAndIsrRequest.json, LeaderAndIsrResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** LeaderAndIsrRequest: request of api key 4, versions 0-7, flexible 4-7. */
export interface LeaderAndIsrRequest {
  /** The current controller ID. (versions 0-7) */
  readonly controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 7, default false) */
  readonly isKRaftController: boolean;
  /** The current controller epoch. (versions 0-7) */
  readonly controllerEpoch: number;
  /** The current broker epoch. (versions 2-7, default -1) */
  readonly brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request (versions 5-7) */
  readonly type: number;
  /** The state of each partition, in a v0 or v1 message. (versions 0-1) */
  readonly ungroupedPartitionStates: readonly LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Each topic. (versions 2-7) */
  readonly topicStates: readonly LeaderAndIsrRequestLeaderAndIsrTopicState[];
  /** The current live leaders. (versions 0-7) */
  readonly liveLeaders: readonly LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
}

/** LeaderAndIsrPartitionState in LeaderAndIsrRequest. */
export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** The topic name. This is only present in v0 or v1. (versions 0-1) */
  readonly topicName: string;
  /** The partition index. (versions 0-7) */
  readonly partitionIndex: number;
  /** The controller epoch. (versions 0-7) */
  readonly controllerEpoch: number;
  /** The broker ID of the leader. (versions 0-7) */
  readonly leader: number;
  /** The leader epoch. (versions 0-7) */
  readonly leaderEpoch: number;
  /** The in-sync replica IDs. (versions 0-7) */
  readonly isr: readonly number[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) (versions 0-7) */
  readonly partitionEpoch: number;
  /** The replica IDs. (versions 0-7) */
  readonly replicas: readonly number[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. (versions 3-7) */
  readonly addingReplicas: readonly number[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. (versions 3-7) */
  readonly removingReplicas: readonly number[];
  /** Whether the replica should have existed on the broker or not. (versions 1-7, default false) */
  readonly isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 6-7, default 0) */
  readonly leaderRecoveryState: number;
}

/** LeaderAndIsrTopicState in LeaderAndIsrRequest. */
export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** The topic name. (versions 2-7) */
  readonly topicName: string;
  /** The unique topic ID. (versions 5-7) */
  readonly topicId: string;
  /** The state of each partition (versions 2-7) */
  readonly partitionStates: readonly LeaderAndIsrRequestLeaderAndIsrPartitionState[];
}

/** LeaderAndIsrLiveLeader in LeaderAndIsrRequest. */
export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** The leader's broker ID. (versions 0-7) */
  readonly brokerId: number;
  /** The leader's hostname. (versions 0-7) */
  readonly hostName: string;
  /** The leader's port. (versions 0-7) */
  readonly port: number;
}

/** LeaderAndIsrResponse: response of api key 4, versions 0-7, flexible 4-7. */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. (versions 0-7) */
  readonly errorCode: number;
  /** Each partition in v0 to v4 message. (versions 0-4) */
  readonly partitionErrors: readonly LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Each topic (versions 5-7) */
  readonly topics: readonly LeaderAndIsrResponseLeaderAndIsrTopicError[];
}

/** LeaderAndIsrPartitionError in LeaderAndIsrResponse. */
export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** The topic name. (versions 0-4) */
  readonly topicName: string;
  /** The partition index. (versions 0-7) */
  readonly partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0-7) */
  readonly errorCode: number;
}

/** LeaderAndIsrTopicError in LeaderAndIsrResponse. */
export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** The unique topic ID (versions 5-7) */
  readonly topicId: string;
  /** Each partition. (versions 5-7) */
  readonly partitionErrors: readonly LeaderAndIsrResponseLeaderAndIsrPartitionError[];
}

/** A LeaderAndIsrRequest with every field at its spec default. */
export function newLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
  };
}

/** A LeaderAndIsrRequestLeaderAndIsrPartitionState with every field at its spec default. */
export function newLeaderAndIsrRequestLeaderAndIsrPartitionState(): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    partitionEpoch: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
  };
}

/** A LeaderAndIsrRequestLeaderAndIsrTopicState with every field at its spec default. */
export function newLeaderAndIsrRequestLeaderAndIsrTopicState(): LeaderAndIsrRequestLeaderAndIsrTopicState {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitionStates: [],
  };
}

/** A LeaderAndIsrRequestLeaderAndIsrLiveLeader with every field at its spec default. */
export function newLeaderAndIsrRequestLeaderAndIsrLiveLeader(): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  return {
    brokerId: 0,
    hostName: "",
    port: 0,
  };
}

/** A LeaderAndIsrResponse with every field at its spec default. */
export function newLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    topics: [],
  };
}

/** A LeaderAndIsrResponseLeaderAndIsrPartitionError with every field at its spec default. */
export function newLeaderAndIsrResponseLeaderAndIsrPartitionError(): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** A LeaderAndIsrResponseLeaderAndIsrTopicError with every field at its spec default. */
export function newLeaderAndIsrResponseLeaderAndIsrTopicError(): LeaderAndIsrResponseLeaderAndIsrTopicError {
  return {
    topicId: ZERO_UUID,
    partitionErrors: [],
  };
}

/** LeaderAndIsrRequest at v0. */
function encLeaderAndIsrRequestV0(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a1 = v.ungroupedPartitionStates;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.liveLeaders;
    w.arrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(w, $a3[$i4]);
    }
  }
}

/** LeaderAndIsrRequest at v0. */
function decLeaderAndIsrRequestV0(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n5 = r.arrayLength();
  const $a6: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV0(r));
  const ungroupedPartitionStates = $a6;
  const $n8 = r.arrayLength();
  const $a9: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(r));
  const liveLeaders = $a9;
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates,
    topicStates: [],
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v1. */
function encLeaderAndIsrRequestV1(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a11 = v.ungroupedPartitionStates;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV1(w, $a11[$i12]);
    }
  }
  {
    const $a13 = v.liveLeaders;
    w.arrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(w, $a13[$i14]);
    }
  }
}

/** LeaderAndIsrRequest at v1. */
function decLeaderAndIsrRequestV1(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n15 = r.arrayLength();
  const $a16: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV1(r));
  const ungroupedPartitionStates = $a16;
  const $n18 = r.arrayLength();
  const $a19: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(r));
  const liveLeaders = $a19;
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch: -1n,
    type: 0,
    ungroupedPartitionStates,
    topicStates: [],
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v2. */
function encLeaderAndIsrRequestV2(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a21 = v.topicStates;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encLeaderAndIsrRequestLeaderAndIsrTopicStateV2(w, $a21[$i22]);
    }
  }
  {
    const $a23 = v.liveLeaders;
    w.arrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(w, $a23[$i24]);
    }
  }
}

/** LeaderAndIsrRequest at v2. */
function decLeaderAndIsrRequestV2(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n25 = r.arrayLength();
  const $a26: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decLeaderAndIsrRequestLeaderAndIsrTopicStateV2(r));
  const topicStates = $a26;
  const $n28 = r.arrayLength();
  const $a29: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(r));
  const liveLeaders = $a29;
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v3. */
function encLeaderAndIsrRequestV3(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a31 = v.topicStates;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encLeaderAndIsrRequestLeaderAndIsrTopicStateV3(w, $a31[$i32]);
    }
  }
  {
    const $a33 = v.liveLeaders;
    w.arrayLength($a33.length);
    for (let $i34 = 0; $i34 < $a33.length; $i34++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(w, $a33[$i34]);
    }
  }
}

/** LeaderAndIsrRequest at v3. */
function decLeaderAndIsrRequestV3(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n35 = r.arrayLength();
  const $a36: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let $i37 = 0; $i37 < $n35; $i37++) $a36.push(decLeaderAndIsrRequestLeaderAndIsrTopicStateV3(r));
  const topicStates = $a36;
  const $n38 = r.arrayLength();
  const $a39: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(r));
  const liveLeaders = $a39;
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v4. */
function encLeaderAndIsrRequestV4(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a41 = v.topicStates;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encLeaderAndIsrRequestLeaderAndIsrTopicStateV4(w, $a41[$i42]);
    }
  }
  {
    const $a43 = v.liveLeaders;
    w.compactArrayLength($a43.length);
    for (let $i44 = 0; $i44 < $a43.length; $i44++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(w, $a43[$i44]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequest at v4. */
function decLeaderAndIsrRequestV4(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n45 = r.compactArrayLength();
  const $a46: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let $i47 = 0; $i47 < $n45; $i47++) $a46.push(decLeaderAndIsrRequestLeaderAndIsrTopicStateV4(r));
  const topicStates = $a46;
  const $n48 = r.compactArrayLength();
  const $a49: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(r));
  const liveLeaders = $a49;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v5. */
function encLeaderAndIsrRequestV5(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  w.int8(v.type);
  {
    const $a51 = v.topicStates;
    w.compactArrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encLeaderAndIsrRequestLeaderAndIsrTopicStateV5(w, $a51[$i52]);
    }
  }
  {
    const $a53 = v.liveLeaders;
    w.compactArrayLength($a53.length);
    for (let $i54 = 0; $i54 < $a53.length; $i54++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(w, $a53[$i54]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequest at v5. */
function decLeaderAndIsrRequestV5(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const type = r.int8();
  const $n55 = r.compactArrayLength();
  const $a56: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let $i57 = 0; $i57 < $n55; $i57++) $a56.push(decLeaderAndIsrRequestLeaderAndIsrTopicStateV5(r));
  const topicStates = $a56;
  const $n58 = r.compactArrayLength();
  const $a59: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i60 = 0; $i60 < $n58; $i60++) $a59.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(r));
  const liveLeaders = $a59;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v6. */
function encLeaderAndIsrRequestV6(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  w.int8(v.type);
  {
    const $a61 = v.topicStates;
    w.compactArrayLength($a61.length);
    for (let $i62 = 0; $i62 < $a61.length; $i62++) {
      encLeaderAndIsrRequestLeaderAndIsrTopicStateV6(w, $a61[$i62]);
    }
  }
  {
    const $a63 = v.liveLeaders;
    w.compactArrayLength($a63.length);
    for (let $i64 = 0; $i64 < $a63.length; $i64++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(w, $a63[$i64]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequest at v6. */
function decLeaderAndIsrRequestV6(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const type = r.int8();
  const $n65 = r.compactArrayLength();
  const $a66: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let $i67 = 0; $i67 < $n65; $i67++) $a66.push(decLeaderAndIsrRequestLeaderAndIsrTopicStateV6(r));
  const topicStates = $a66;
  const $n68 = r.compactArrayLength();
  const $a69: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i70 = 0; $i70 < $n68; $i70++) $a69.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(r));
  const liveLeaders = $a69;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    controllerEpoch,
    brokerEpoch,
    type,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

/** LeaderAndIsrRequest at v7. */
function encLeaderAndIsrRequestV7(w: Writer, v: LeaderAndIsrRequest): void {
  w.int32(v.controllerId);
  w.bool(v.isKRaftController);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  w.int8(v.type);
  {
    const $a71 = v.topicStates;
    w.compactArrayLength($a71.length);
    for (let $i72 = 0; $i72 < $a71.length; $i72++) {
      encLeaderAndIsrRequestLeaderAndIsrTopicStateV6(w, $a71[$i72]);
    }
  }
  {
    const $a73 = v.liveLeaders;
    w.compactArrayLength($a73.length);
    for (let $i74 = 0; $i74 < $a73.length; $i74++) {
      encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(w, $a73[$i74]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequest at v7. */
function decLeaderAndIsrRequestV7(r: Reader): LeaderAndIsrRequest {
  const controllerId = r.int32();
  const isKRaftController = r.bool();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const type = r.int8();
  const $n75 = r.compactArrayLength();
  const $a76: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  for (let $i77 = 0; $i77 < $n75; $i77++) $a76.push(decLeaderAndIsrRequestLeaderAndIsrTopicStateV6(r));
  const topicStates = $a76;
  const $n78 = r.compactArrayLength();
  const $a79: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  for (let $i80 = 0; $i80 < $n78; $i80++) $a79.push(decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(r));
  const liveLeaders = $a79;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController,
    controllerEpoch,
    brokerEpoch,
    type,
    ungroupedPartitionStates: [],
    topicStates,
    liveLeaders,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v0. */
function encLeaderAndIsrRequestLeaderAndIsrPartitionStateV0(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a81 = v.isr;
    w.arrayLength($a81.length);
    for (let $i82 = 0; $i82 < $a81.length; $i82++) {
      w.int32($a81[$i82]);
    }
  }
  w.int32(v.partitionEpoch);
  {
    const $a83 = v.replicas;
    w.arrayLength($a83.length);
    for (let $i84 = 0; $i84 < $a83.length; $i84++) {
      w.int32($a83[$i84]);
    }
  }
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v0. */
function decLeaderAndIsrRequestLeaderAndIsrPartitionStateV0(r: Reader): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n85 = r.arrayLength();
  const $a86: number[] = [];
  for (let $i87 = 0; $i87 < $n85; $i87++) $a86.push(r.int32());
  const isr = $a86;
  const partitionEpoch = r.int32();
  const $n88 = r.arrayLength();
  const $a89: number[] = [];
  for (let $i90 = 0; $i90 < $n88; $i90++) $a89.push(r.int32());
  const replicas = $a89;
  return {
    topicName,
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v1. */
function encLeaderAndIsrRequestLeaderAndIsrPartitionStateV1(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a91 = v.isr;
    w.arrayLength($a91.length);
    for (let $i92 = 0; $i92 < $a91.length; $i92++) {
      w.int32($a91[$i92]);
    }
  }
  w.int32(v.partitionEpoch);
  {
    const $a93 = v.replicas;
    w.arrayLength($a93.length);
    for (let $i94 = 0; $i94 < $a93.length; $i94++) {
      w.int32($a93[$i94]);
    }
  }
  w.bool(v.isNew);
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v1. */
function decLeaderAndIsrRequestLeaderAndIsrPartitionStateV1(r: Reader): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n95 = r.arrayLength();
  const $a96: number[] = [];
  for (let $i97 = 0; $i97 < $n95; $i97++) $a96.push(r.int32());
  const isr = $a96;
  const partitionEpoch = r.int32();
  const $n98 = r.arrayLength();
  const $a99: number[] = [];
  for (let $i100 = 0; $i100 < $n98; $i100++) $a99.push(r.int32());
  const replicas = $a99;
  const isNew = r.bool();
  return {
    topicName,
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas: [],
    removingReplicas: [],
    isNew,
    leaderRecoveryState: 0,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v2. */
function encLeaderAndIsrRequestLeaderAndIsrPartitionStateV2(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a101 = v.isr;
    w.arrayLength($a101.length);
    for (let $i102 = 0; $i102 < $a101.length; $i102++) {
      w.int32($a101[$i102]);
    }
  }
  w.int32(v.partitionEpoch);
  {
    const $a103 = v.replicas;
    w.arrayLength($a103.length);
    for (let $i104 = 0; $i104 < $a103.length; $i104++) {
      w.int32($a103[$i104]);
    }
  }
  w.bool(v.isNew);
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v2. */
function decLeaderAndIsrRequestLeaderAndIsrPartitionStateV2(r: Reader): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n105 = r.arrayLength();
  const $a106: number[] = [];
  for (let $i107 = 0; $i107 < $n105; $i107++) $a106.push(r.int32());
  const isr = $a106;
  const partitionEpoch = r.int32();
  const $n108 = r.arrayLength();
  const $a109: number[] = [];
  for (let $i110 = 0; $i110 < $n108; $i110++) $a109.push(r.int32());
  const replicas = $a109;
  const isNew = r.bool();
  return {
    topicName: "",
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas: [],
    removingReplicas: [],
    isNew,
    leaderRecoveryState: 0,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v3. */
function encLeaderAndIsrRequestLeaderAndIsrPartitionStateV3(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a111 = v.isr;
    w.arrayLength($a111.length);
    for (let $i112 = 0; $i112 < $a111.length; $i112++) {
      w.int32($a111[$i112]);
    }
  }
  w.int32(v.partitionEpoch);
  {
    const $a113 = v.replicas;
    w.arrayLength($a113.length);
    for (let $i114 = 0; $i114 < $a113.length; $i114++) {
      w.int32($a113[$i114]);
    }
  }
  {
    const $a115 = v.addingReplicas;
    w.arrayLength($a115.length);
    for (let $i116 = 0; $i116 < $a115.length; $i116++) {
      w.int32($a115[$i116]);
    }
  }
  {
    const $a117 = v.removingReplicas;
    w.arrayLength($a117.length);
    for (let $i118 = 0; $i118 < $a117.length; $i118++) {
      w.int32($a117[$i118]);
    }
  }
  w.bool(v.isNew);
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v3. */
function decLeaderAndIsrRequestLeaderAndIsrPartitionStateV3(r: Reader): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n119 = r.arrayLength();
  const $a120: number[] = [];
  for (let $i121 = 0; $i121 < $n119; $i121++) $a120.push(r.int32());
  const isr = $a120;
  const partitionEpoch = r.int32();
  const $n122 = r.arrayLength();
  const $a123: number[] = [];
  for (let $i124 = 0; $i124 < $n122; $i124++) $a123.push(r.int32());
  const replicas = $a123;
  const $n125 = r.arrayLength();
  const $a126: number[] = [];
  for (let $i127 = 0; $i127 < $n125; $i127++) $a126.push(r.int32());
  const addingReplicas = $a126;
  const $n128 = r.arrayLength();
  const $a129: number[] = [];
  for (let $i130 = 0; $i130 < $n128; $i130++) $a129.push(r.int32());
  const removingReplicas = $a129;
  const isNew = r.bool();
  return {
    topicName: "",
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas,
    removingReplicas,
    isNew,
    leaderRecoveryState: 0,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v4-5. */
function encLeaderAndIsrRequestLeaderAndIsrPartitionStateV4(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a131 = v.isr;
    w.compactArrayLength($a131.length);
    for (let $i132 = 0; $i132 < $a131.length; $i132++) {
      w.int32($a131[$i132]);
    }
  }
  w.int32(v.partitionEpoch);
  {
    const $a133 = v.replicas;
    w.compactArrayLength($a133.length);
    for (let $i134 = 0; $i134 < $a133.length; $i134++) {
      w.int32($a133[$i134]);
    }
  }
  {
    const $a135 = v.addingReplicas;
    w.compactArrayLength($a135.length);
    for (let $i136 = 0; $i136 < $a135.length; $i136++) {
      w.int32($a135[$i136]);
    }
  }
  {
    const $a137 = v.removingReplicas;
    w.compactArrayLength($a137.length);
    for (let $i138 = 0; $i138 < $a137.length; $i138++) {
      w.int32($a137[$i138]);
    }
  }
  w.bool(v.isNew);
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v4-5. */
function decLeaderAndIsrRequestLeaderAndIsrPartitionStateV4(r: Reader): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n139 = r.compactArrayLength();
  const $a140: number[] = [];
  for (let $i141 = 0; $i141 < $n139; $i141++) $a140.push(r.int32());
  const isr = $a140;
  const partitionEpoch = r.int32();
  const $n142 = r.compactArrayLength();
  const $a143: number[] = [];
  for (let $i144 = 0; $i144 < $n142; $i144++) $a143.push(r.int32());
  const replicas = $a143;
  const $n145 = r.compactArrayLength();
  const $a146: number[] = [];
  for (let $i147 = 0; $i147 < $n145; $i147++) $a146.push(r.int32());
  const addingReplicas = $a146;
  const $n148 = r.compactArrayLength();
  const $a149: number[] = [];
  for (let $i150 = 0; $i150 < $n148; $i150++) $a149.push(r.int32());
  const removingReplicas = $a149;
  const isNew = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas,
    removingReplicas,
    isNew,
    leaderRecoveryState: 0,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v6-7. */
function encLeaderAndIsrRequestLeaderAndIsrPartitionStateV6(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a151 = v.isr;
    w.compactArrayLength($a151.length);
    for (let $i152 = 0; $i152 < $a151.length; $i152++) {
      w.int32($a151[$i152]);
    }
  }
  w.int32(v.partitionEpoch);
  {
    const $a153 = v.replicas;
    w.compactArrayLength($a153.length);
    for (let $i154 = 0; $i154 < $a153.length; $i154++) {
      w.int32($a153[$i154]);
    }
  }
  {
    const $a155 = v.addingReplicas;
    w.compactArrayLength($a155.length);
    for (let $i156 = 0; $i156 < $a155.length; $i156++) {
      w.int32($a155[$i156]);
    }
  }
  {
    const $a157 = v.removingReplicas;
    w.compactArrayLength($a157.length);
    for (let $i158 = 0; $i158 < $a157.length; $i158++) {
      w.int32($a157[$i158]);
    }
  }
  w.bool(v.isNew);
  w.int8(v.leaderRecoveryState);
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequestLeaderAndIsrPartitionState at v6-7. */
function decLeaderAndIsrRequestLeaderAndIsrPartitionStateV6(r: Reader): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n159 = r.compactArrayLength();
  const $a160: number[] = [];
  for (let $i161 = 0; $i161 < $n159; $i161++) $a160.push(r.int32());
  const isr = $a160;
  const partitionEpoch = r.int32();
  const $n162 = r.compactArrayLength();
  const $a163: number[] = [];
  for (let $i164 = 0; $i164 < $n162; $i164++) $a163.push(r.int32());
  const replicas = $a163;
  const $n165 = r.compactArrayLength();
  const $a166: number[] = [];
  for (let $i167 = 0; $i167 < $n165; $i167++) $a166.push(r.int32());
  const addingReplicas = $a166;
  const $n168 = r.compactArrayLength();
  const $a169: number[] = [];
  for (let $i170 = 0; $i170 < $n168; $i170++) $a169.push(r.int32());
  const removingReplicas = $a169;
  const isNew = r.bool();
  const leaderRecoveryState = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    partitionEpoch,
    replicas,
    addingReplicas,
    removingReplicas,
    isNew,
    leaderRecoveryState,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v2. */
function encLeaderAndIsrRequestLeaderAndIsrTopicStateV2(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  w.string(v.topicName);
  {
    const $a171 = v.partitionStates;
    w.arrayLength($a171.length);
    for (let $i172 = 0; $i172 < $a171.length; $i172++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV2(w, $a171[$i172]);
    }
  }
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v2. */
function decLeaderAndIsrRequestLeaderAndIsrTopicStateV2(r: Reader): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const topicName = r.string();
  const $n173 = r.arrayLength();
  const $a174: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i175 = 0; $i175 < $n173; $i175++) $a174.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV2(r));
  const partitionStates = $a174;
  return {
    topicName,
    topicId: ZERO_UUID,
    partitionStates,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v3. */
function encLeaderAndIsrRequestLeaderAndIsrTopicStateV3(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  w.string(v.topicName);
  {
    const $a176 = v.partitionStates;
    w.arrayLength($a176.length);
    for (let $i177 = 0; $i177 < $a176.length; $i177++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV3(w, $a176[$i177]);
    }
  }
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v3. */
function decLeaderAndIsrRequestLeaderAndIsrTopicStateV3(r: Reader): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const topicName = r.string();
  const $n178 = r.arrayLength();
  const $a179: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i180 = 0; $i180 < $n178; $i180++) $a179.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV3(r));
  const partitionStates = $a179;
  return {
    topicName,
    topicId: ZERO_UUID,
    partitionStates,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v4. */
function encLeaderAndIsrRequestLeaderAndIsrTopicStateV4(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  w.compactString(v.topicName);
  {
    const $a181 = v.partitionStates;
    w.compactArrayLength($a181.length);
    for (let $i182 = 0; $i182 < $a181.length; $i182++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV4(w, $a181[$i182]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v4. */
function decLeaderAndIsrRequestLeaderAndIsrTopicStateV4(r: Reader): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const topicName = r.compactString();
  const $n183 = r.compactArrayLength();
  const $a184: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i185 = 0; $i185 < $n183; $i185++) $a184.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV4(r));
  const partitionStates = $a184;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId: ZERO_UUID,
    partitionStates,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v5. */
function encLeaderAndIsrRequestLeaderAndIsrTopicStateV5(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  w.compactString(v.topicName);
  w.uuid(v.topicId);
  {
    const $a186 = v.partitionStates;
    w.compactArrayLength($a186.length);
    for (let $i187 = 0; $i187 < $a186.length; $i187++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV4(w, $a186[$i187]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v5. */
function decLeaderAndIsrRequestLeaderAndIsrTopicStateV5(r: Reader): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const $n188 = r.compactArrayLength();
  const $a189: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i190 = 0; $i190 < $n188; $i190++) $a189.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV4(r));
  const partitionStates = $a189;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId,
    partitionStates,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v6-7. */
function encLeaderAndIsrRequestLeaderAndIsrTopicStateV6(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  w.compactString(v.topicName);
  w.uuid(v.topicId);
  {
    const $a191 = v.partitionStates;
    w.compactArrayLength($a191.length);
    for (let $i192 = 0; $i192 < $a191.length; $i192++) {
      encLeaderAndIsrRequestLeaderAndIsrPartitionStateV6(w, $a191[$i192]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequestLeaderAndIsrTopicState at v6-7. */
function decLeaderAndIsrRequestLeaderAndIsrTopicStateV6(r: Reader): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const $n193 = r.compactArrayLength();
  const $a194: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  for (let $i195 = 0; $i195 < $n193; $i195++) $a194.push(decLeaderAndIsrRequestLeaderAndIsrPartitionStateV6(r));
  const partitionStates = $a194;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId,
    partitionStates,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrLiveLeader at v0-3. */
function encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrLiveLeader): void {
  w.int32(v.brokerId);
  w.string(v.hostName);
  w.int32(v.port);
}

/** LeaderAndIsrRequestLeaderAndIsrLiveLeader at v0-3. */
function decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV0(r: Reader): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const brokerId = r.int32();
  const hostName = r.string();
  const port = r.int32();
  return {
    brokerId,
    hostName,
    port,
  };
}

/** LeaderAndIsrRequestLeaderAndIsrLiveLeader at v4-7. */
function encLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrLiveLeader): void {
  w.int32(v.brokerId);
  w.compactString(v.hostName);
  w.int32(v.port);
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrRequestLeaderAndIsrLiveLeader at v4-7. */
function decLeaderAndIsrRequestLeaderAndIsrLiveLeaderV4(r: Reader): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const brokerId = r.int32();
  const hostName = r.compactString();
  const port = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    hostName,
    port,
  };
}

/** LeaderAndIsrRequest at versions 0-7. */
export const leaderAndIsrRequestCodec = new MessageCodec<LeaderAndIsrRequest>(
  "LeaderAndIsrRequest",
  0,
  [encLeaderAndIsrRequestV0, encLeaderAndIsrRequestV1, encLeaderAndIsrRequestV2, encLeaderAndIsrRequestV3, encLeaderAndIsrRequestV4, encLeaderAndIsrRequestV5, encLeaderAndIsrRequestV6, encLeaderAndIsrRequestV7],
  [decLeaderAndIsrRequestV0, decLeaderAndIsrRequestV1, decLeaderAndIsrRequestV2, decLeaderAndIsrRequestV3, decLeaderAndIsrRequestV4, decLeaderAndIsrRequestV5, decLeaderAndIsrRequestV6, decLeaderAndIsrRequestV7],
  newLeaderAndIsrRequest,
);

/** LeaderAndIsrResponse at v0-3. */
function encLeaderAndIsrResponseV0(w: Writer, v: LeaderAndIsrResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.partitionErrors;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encLeaderAndIsrResponseLeaderAndIsrPartitionErrorV0(w, $a1[$i2]);
    }
  }
}

/** LeaderAndIsrResponse at v0-3. */
function decLeaderAndIsrResponseV0(r: Reader): LeaderAndIsrResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decLeaderAndIsrResponseLeaderAndIsrPartitionErrorV0(r));
  const partitionErrors = $a4;
  return {
    errorCode,
    partitionErrors,
    topics: [],
  };
}

/** LeaderAndIsrResponse at v4. */
function encLeaderAndIsrResponseV4(w: Writer, v: LeaderAndIsrResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.partitionErrors;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encLeaderAndIsrResponseLeaderAndIsrPartitionErrorV4(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrResponse at v4. */
function decLeaderAndIsrResponseV4(r: Reader): LeaderAndIsrResponse {
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decLeaderAndIsrResponseLeaderAndIsrPartitionErrorV4(r));
  const partitionErrors = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    partitionErrors,
    topics: [],
  };
}

/** LeaderAndIsrResponse at v5-7. */
function encLeaderAndIsrResponseV5(w: Writer, v: LeaderAndIsrResponse): void {
  w.int16(v.errorCode);
  {
    const $a11 = v.topics;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encLeaderAndIsrResponseLeaderAndIsrTopicErrorV5(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrResponse at v5-7. */
function decLeaderAndIsrResponseV5(r: Reader): LeaderAndIsrResponse {
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decLeaderAndIsrResponseLeaderAndIsrTopicErrorV5(r));
  const topics = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    partitionErrors: [],
    topics,
  };
}

/** LeaderAndIsrResponseLeaderAndIsrPartitionError at v0-3. */
function encLeaderAndIsrResponseLeaderAndIsrPartitionErrorV0(w: Writer, v: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** LeaderAndIsrResponseLeaderAndIsrPartitionError at v0-3. */
function decLeaderAndIsrResponseLeaderAndIsrPartitionErrorV0(r: Reader): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    topicName,
    partitionIndex,
    errorCode,
  };
}

/** LeaderAndIsrResponseLeaderAndIsrPartitionError at v4. */
function encLeaderAndIsrResponseLeaderAndIsrPartitionErrorV4(w: Writer, v: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrResponseLeaderAndIsrPartitionError at v4. */
function decLeaderAndIsrResponseLeaderAndIsrPartitionErrorV4(r: Reader): LeaderAndIsrResponseLeaderAndIsrPartitionError {
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

/** LeaderAndIsrResponseLeaderAndIsrPartitionError at v5-7. */
function encLeaderAndIsrResponseLeaderAndIsrPartitionErrorV5(w: Writer, v: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrResponseLeaderAndIsrPartitionError at v5-7. */
function decLeaderAndIsrResponseLeaderAndIsrPartitionErrorV5(r: Reader): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    partitionIndex,
    errorCode,
  };
}

/** LeaderAndIsrResponseLeaderAndIsrTopicError at v5-7. */
function encLeaderAndIsrResponseLeaderAndIsrTopicErrorV5(w: Writer, v: LeaderAndIsrResponseLeaderAndIsrTopicError): void {
  w.uuid(v.topicId);
  {
    const $a16 = v.partitionErrors;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encLeaderAndIsrResponseLeaderAndIsrPartitionErrorV5(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaderAndIsrResponseLeaderAndIsrTopicError at v5-7. */
function decLeaderAndIsrResponseLeaderAndIsrTopicErrorV5(r: Reader): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const topicId = r.uuid();
  const $n18 = r.compactArrayLength();
  const $a19: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decLeaderAndIsrResponseLeaderAndIsrPartitionErrorV5(r));
  const partitionErrors = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitionErrors,
  };
}

/** LeaderAndIsrResponse at versions 0-7. */
export const leaderAndIsrResponseCodec = new MessageCodec<LeaderAndIsrResponse>(
  "LeaderAndIsrResponse",
  0,
  [encLeaderAndIsrResponseV0, encLeaderAndIsrResponseV0, encLeaderAndIsrResponseV0, encLeaderAndIsrResponseV0, encLeaderAndIsrResponseV4, encLeaderAndIsrResponseV5, encLeaderAndIsrResponseV5, encLeaderAndIsrResponseV5],
  [decLeaderAndIsrResponseV0, decLeaderAndIsrResponseV0, decLeaderAndIsrResponseV0, decLeaderAndIsrResponseV0, decLeaderAndIsrResponseV4, decLeaderAndIsrResponseV5, decLeaderAndIsrResponseV5, decLeaderAndIsrResponseV5],
  newLeaderAndIsrResponse,
);
