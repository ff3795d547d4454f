// Kafka UpdateMetadata API (key 6): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{UpdateMetadataRequest.json, UpdateMetadataResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** UpdateMetadataRequest: request of api key 6, versions 0-8, flexible 6-8. */
export interface UpdateMetadataRequest {
  /** The controller id. (versions 0-8) */
  readonly controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 8, default false) */
  readonly isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 (versions 8, tag 0 in 8+, default 0) */
  readonly type: number;
  /** The controller epoch. (versions 0-8) */
  readonly controllerEpoch: number;
  /** The broker epoch. (versions 5-8, default -1) */
  readonly brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. (versions 0-4) */
  readonly ungroupedPartitionStates: readonly UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. (versions 5-8) */
  readonly topicStates: readonly UpdateMetadataRequestUpdateMetadataTopicState[];
  /** (versions 0-8) */
  readonly liveBrokers: readonly UpdateMetadataRequestUpdateMetadataBroker[];
}

/** UpdateMetadataPartitionState in UpdateMetadataRequest. */
export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. (versions 0-4) */
  readonly topicName: string;
  /** The partition index. (versions 0-8) */
  readonly partitionIndex: number;
  /** The controller epoch. (versions 0-8) */
  readonly controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. (versions 0-8) */
  readonly leader: number;
  /** The leader epoch of this partition. (versions 0-8) */
  readonly leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. (versions 0-8) */
  readonly isr: readonly number[];
  /** The Zookeeper version. (versions 0-8) */
  readonly zkVersion: number;
  /** All the replicas of this partition. (versions 0-8) */
  readonly replicas: readonly number[];
  /** The replicas of this partition which are offline. (versions 4-8) */
  readonly offlineReplicas: readonly number[];
}

/** UpdateMetadataTopicState in UpdateMetadataRequest. */
export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** The topic name. (versions 5-8) */
  readonly topicName: string;
  /** The topic id. (versions 7-8) */
  readonly topicId: string;
  /** The partition that we would like to update. (versions 5-8) */
  readonly partitionStates: readonly UpdateMetadataRequestUpdateMetadataPartitionState[];
}

/** UpdateMetadataBroker in UpdateMetadataRequest. */
export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** The broker id. (versions 0-8) */
  readonly id: number;
  /** The broker hostname. (versions 0) */
  readonly v0Host: string;
  /** The broker port. (versions 0) */
  readonly v0Port: number;
  /** The broker endpoints. (versions 1-8) */
  readonly endpoints: readonly UpdateMetadataRequestUpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. (versions 2-8, nullable 0-8) */
  readonly rack: string | null;
}

/** UpdateMetadataEndpoint in UpdateMetadataRequest. */
export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** The port of this endpoint (versions 1-8) */
  readonly port: number;
  /** The hostname of this endpoint (versions 1-8) */
  readonly host: string;
  /** The listener name. (versions 3-8) */
  readonly listener: string;
  /** The security protocol type. (versions 1-8) */
  readonly securityProtocol: number;
}

/** UpdateMetadataResponse: response of api key 6, versions 0-8, flexible 6-8. */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. (versions 0-8) */
  readonly errorCode: number;
}

/** A UpdateMetadataRequest with every field at its spec default. */
export function newUpdateMetadataRequest(): UpdateMetadataRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    type: 0,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
  };
}

/** A UpdateMetadataRequestUpdateMetadataPartitionState with every field at its spec default. */
export function newUpdateMetadataRequestUpdateMetadataPartitionState(): UpdateMetadataRequestUpdateMetadataPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
    replicas: [],
    offlineReplicas: [],
  };
}

/** A UpdateMetadataRequestUpdateMetadataTopicState with every field at its spec default. */
export function newUpdateMetadataRequestUpdateMetadataTopicState(): UpdateMetadataRequestUpdateMetadataTopicState {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitionStates: [],
  };
}

/** A UpdateMetadataRequestUpdateMetadataBroker with every field at its spec default. */
export function newUpdateMetadataRequestUpdateMetadataBroker(): UpdateMetadataRequestUpdateMetadataBroker {
  return {
    id: 0,
    v0Host: "",
    v0Port: 0,
    endpoints: [],
    rack: "",
  };
}

/** A UpdateMetadataRequestUpdateMetadataEndpoint with every field at its spec default. */
export function newUpdateMetadataRequestUpdateMetadataEndpoint(): UpdateMetadataRequestUpdateMetadataEndpoint {
  return {
    port: 0,
    host: "",
    listener: "",
    securityProtocol: 0,
  };
}

/** A UpdateMetadataResponse with every field at its spec default. */
export function newUpdateMetadataResponse(): UpdateMetadataResponse {
  return {
    errorCode: 0,
  };
}

/** UpdateMetadataRequest at v0. */
function encUpdateMetadataRequestV0(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a1 = v.ungroupedPartitionStates;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.liveBrokers;
    w.arrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV0(w, $a3[$i4]);
    }
  }
}

/** UpdateMetadataRequest at v0. */
function decUpdateMetadataRequestV0(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n5 = r.arrayLength();
  const $a6: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV0(r));
  const ungroupedPartitionStates = $a6;
  const $n8 = r.arrayLength();
  const $a9: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decUpdateMetadataRequestUpdateMetadataBrokerV0(r));
  const liveBrokers = $a9;
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1n,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v1. */
function encUpdateMetadataRequestV1(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a11 = v.ungroupedPartitionStates;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV0(w, $a11[$i12]);
    }
  }
  {
    const $a13 = v.liveBrokers;
    w.arrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV1(w, $a13[$i14]);
    }
  }
}

/** UpdateMetadataRequest at v1. */
function decUpdateMetadataRequestV1(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n15 = r.arrayLength();
  const $a16: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV0(r));
  const ungroupedPartitionStates = $a16;
  const $n18 = r.arrayLength();
  const $a19: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decUpdateMetadataRequestUpdateMetadataBrokerV1(r));
  const liveBrokers = $a19;
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1n,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v2. */
function encUpdateMetadataRequestV2(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a21 = v.ungroupedPartitionStates;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV0(w, $a21[$i22]);
    }
  }
  {
    const $a23 = v.liveBrokers;
    w.arrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV2(w, $a23[$i24]);
    }
  }
}

/** UpdateMetadataRequest at v2. */
function decUpdateMetadataRequestV2(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n25 = r.arrayLength();
  const $a26: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV0(r));
  const ungroupedPartitionStates = $a26;
  const $n28 = r.arrayLength();
  const $a29: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decUpdateMetadataRequestUpdateMetadataBrokerV2(r));
  const liveBrokers = $a29;
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1n,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v3. */
function encUpdateMetadataRequestV3(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a31 = v.ungroupedPartitionStates;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV0(w, $a31[$i32]);
    }
  }
  {
    const $a33 = v.liveBrokers;
    w.arrayLength($a33.length);
    for (let $i34 = 0; $i34 < $a33.length; $i34++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV3(w, $a33[$i34]);
    }
  }
}

/** UpdateMetadataRequest at v3. */
function decUpdateMetadataRequestV3(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n35 = r.arrayLength();
  const $a36: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i37 = 0; $i37 < $n35; $i37++) $a36.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV0(r));
  const ungroupedPartitionStates = $a36;
  const $n38 = r.arrayLength();
  const $a39: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decUpdateMetadataRequestUpdateMetadataBrokerV3(r));
  const liveBrokers = $a39;
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1n,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v4. */
function encUpdateMetadataRequestV4(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  {
    const $a41 = v.ungroupedPartitionStates;
    w.arrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV4(w, $a41[$i42]);
    }
  }
  {
    const $a43 = v.liveBrokers;
    w.arrayLength($a43.length);
    for (let $i44 = 0; $i44 < $a43.length; $i44++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV3(w, $a43[$i44]);
    }
  }
}

/** UpdateMetadataRequest at v4. */
function decUpdateMetadataRequestV4(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const $n45 = r.arrayLength();
  const $a46: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i47 = 0; $i47 < $n45; $i47++) $a46.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV4(r));
  const ungroupedPartitionStates = $a46;
  const $n48 = r.arrayLength();
  const $a49: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i50 = 0; $i50 < $n48; $i50++) $a49.push(decUpdateMetadataRequestUpdateMetadataBrokerV3(r));
  const liveBrokers = $a49;
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch: -1n,
    ungroupedPartitionStates,
    topicStates: [],
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v5. */
function encUpdateMetadataRequestV5(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a51 = v.topicStates;
    w.arrayLength($a51.length);
    for (let $i52 = 0; $i52 < $a51.length; $i52++) {
      encUpdateMetadataRequestUpdateMetadataTopicStateV5(w, $a51[$i52]);
    }
  }
  {
    const $a53 = v.liveBrokers;
    w.arrayLength($a53.length);
    for (let $i54 = 0; $i54 < $a53.length; $i54++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV3(w, $a53[$i54]);
    }
  }
}

/** UpdateMetadataRequest at v5. */
function decUpdateMetadataRequestV5(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n55 = r.arrayLength();
  const $a56: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  for (let $i57 = 0; $i57 < $n55; $i57++) $a56.push(decUpdateMetadataRequestUpdateMetadataTopicStateV5(r));
  const topicStates = $a56;
  const $n58 = r.arrayLength();
  const $a59: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i60 = 0; $i60 < $n58; $i60++) $a59.push(decUpdateMetadataRequestUpdateMetadataBrokerV3(r));
  const liveBrokers = $a59;
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v6. */
function encUpdateMetadataRequestV6(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a61 = v.topicStates;
    w.compactArrayLength($a61.length);
    for (let $i62 = 0; $i62 < $a61.length; $i62++) {
      encUpdateMetadataRequestUpdateMetadataTopicStateV6(w, $a61[$i62]);
    }
  }
  {
    const $a63 = v.liveBrokers;
    w.compactArrayLength($a63.length);
    for (let $i64 = 0; $i64 < $a63.length; $i64++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV6(w, $a63[$i64]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequest at v6. */
function decUpdateMetadataRequestV6(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n65 = r.compactArrayLength();
  const $a66: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  for (let $i67 = 0; $i67 < $n65; $i67++) $a66.push(decUpdateMetadataRequestUpdateMetadataTopicStateV6(r));
  const topicStates = $a66;
  const $n68 = r.compactArrayLength();
  const $a69: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i70 = 0; $i70 < $n68; $i70++) $a69.push(decUpdateMetadataRequestUpdateMetadataBrokerV6(r));
  const liveBrokers = $a69;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v7. */
function encUpdateMetadataRequestV7(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a71 = v.topicStates;
    w.compactArrayLength($a71.length);
    for (let $i72 = 0; $i72 < $a71.length; $i72++) {
      encUpdateMetadataRequestUpdateMetadataTopicStateV7(w, $a71[$i72]);
    }
  }
  {
    const $a73 = v.liveBrokers;
    w.compactArrayLength($a73.length);
    for (let $i74 = 0; $i74 < $a73.length; $i74++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV6(w, $a73[$i74]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequest at v7. */
function decUpdateMetadataRequestV7(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n75 = r.compactArrayLength();
  const $a76: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  for (let $i77 = 0; $i77 < $n75; $i77++) $a76.push(decUpdateMetadataRequestUpdateMetadataTopicStateV7(r));
  const topicStates = $a76;
  const $n78 = r.compactArrayLength();
  const $a79: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i80 = 0; $i80 < $n78; $i80++) $a79.push(decUpdateMetadataRequestUpdateMetadataBrokerV6(r));
  const liveBrokers = $a79;
  r.skipTaggedFields(); // none known in this version
  return {
    controllerId,
    isKRaftController: false,
    type: 0,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
}

/** UpdateMetadataRequest at v8. */
function encUpdateMetadataRequestV8(w: Writer, v: UpdateMetadataRequest): void {
  w.int32(v.controllerId);
  w.bool(v.isKRaftController);
  w.int32(v.controllerEpoch);
  w.int64(v.brokerEpoch);
  {
    const $a81 = v.topicStates;
    w.compactArrayLength($a81.length);
    for (let $i82 = 0; $i82 < $a81.length; $i82++) {
      encUpdateMetadataRequestUpdateMetadataTopicStateV7(w, $a81[$i82]);
    }
  }
  {
    const $a83 = v.liveBrokers;
    w.compactArrayLength($a83.length);
    for (let $i84 = 0; $i84 < $a83.length; $i84++) {
      encUpdateMetadataRequestUpdateMetadataBrokerV6(w, $a83[$i84]);
    }
  }
  const $t85 = !(v.type === 0);
  w.uvarint(($t85 ? 1 : 0));
  if ($t85) {
    w.uvarint(0);
    const $s86 = new Writer(64);
    $s86.int8(v.type);
    w.uvarint($s86.length);
    w.writer($s86);
  }
}

/** UpdateMetadataRequest at v8. */
function decUpdateMetadataRequestV8(r: Reader): UpdateMetadataRequest {
  const controllerId = r.int32();
  const isKRaftController = r.bool();
  const controllerEpoch = r.int32();
  const brokerEpoch = r.int64();
  const $n87 = r.compactArrayLength();
  const $a88: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  for (let $i89 = 0; $i89 < $n87; $i89++) $a88.push(decUpdateMetadataRequestUpdateMetadataTopicStateV7(r));
  const topicStates = $a88;
  const $n90 = r.compactArrayLength();
  const $a91: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  for (let $i92 = 0; $i92 < $n90; $i92++) $a91.push(decUpdateMetadataRequestUpdateMetadataBrokerV6(r));
  const liveBrokers = $a91;
  let type: number = 0;
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        type = r.int8();
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    controllerId,
    isKRaftController,
    type,
    controllerEpoch,
    brokerEpoch,
    ungroupedPartitionStates: [],
    topicStates,
    liveBrokers,
  };
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v0-3. */
function encUpdateMetadataRequestUpdateMetadataPartitionStateV0(w: Writer, v: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a93 = v.isr;
    w.arrayLength($a93.length);
    for (let $i94 = 0; $i94 < $a93.length; $i94++) {
      w.int32($a93[$i94]);
    }
  }
  w.int32(v.zkVersion);
  {
    const $a95 = v.replicas;
    w.arrayLength($a95.length);
    for (let $i96 = 0; $i96 < $a95.length; $i96++) {
      w.int32($a95[$i96]);
    }
  }
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v0-3. */
function decUpdateMetadataRequestUpdateMetadataPartitionStateV0(r: Reader): UpdateMetadataRequestUpdateMetadataPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n97 = r.arrayLength();
  const $a98: number[] = [];
  for (let $i99 = 0; $i99 < $n97; $i99++) $a98.push(r.int32());
  const isr = $a98;
  const zkVersion = r.int32();
  const $n100 = r.arrayLength();
  const $a101: number[] = [];
  for (let $i102 = 0; $i102 < $n100; $i102++) $a101.push(r.int32());
  const replicas = $a101;
  return {
    topicName,
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    zkVersion,
    replicas,
    offlineReplicas: [],
  };
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v4. */
function encUpdateMetadataRequestUpdateMetadataPartitionStateV4(w: Writer, v: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a103 = v.isr;
    w.arrayLength($a103.length);
    for (let $i104 = 0; $i104 < $a103.length; $i104++) {
      w.int32($a103[$i104]);
    }
  }
  w.int32(v.zkVersion);
  {
    const $a105 = v.replicas;
    w.arrayLength($a105.length);
    for (let $i106 = 0; $i106 < $a105.length; $i106++) {
      w.int32($a105[$i106]);
    }
  }
  {
    const $a107 = v.offlineReplicas;
    w.arrayLength($a107.length);
    for (let $i108 = 0; $i108 < $a107.length; $i108++) {
      w.int32($a107[$i108]);
    }
  }
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v4. */
function decUpdateMetadataRequestUpdateMetadataPartitionStateV4(r: Reader): UpdateMetadataRequestUpdateMetadataPartitionState {
  const topicName = r.string();
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n109 = r.arrayLength();
  const $a110: number[] = [];
  for (let $i111 = 0; $i111 < $n109; $i111++) $a110.push(r.int32());
  const isr = $a110;
  const zkVersion = r.int32();
  const $n112 = r.arrayLength();
  const $a113: number[] = [];
  for (let $i114 = 0; $i114 < $n112; $i114++) $a113.push(r.int32());
  const replicas = $a113;
  const $n115 = r.arrayLength();
  const $a116: number[] = [];
  for (let $i117 = 0; $i117 < $n115; $i117++) $a116.push(r.int32());
  const offlineReplicas = $a116;
  return {
    topicName,
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    zkVersion,
    replicas,
    offlineReplicas,
  };
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v5. */
function encUpdateMetadataRequestUpdateMetadataPartitionStateV5(w: Writer, v: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a118 = v.isr;
    w.arrayLength($a118.length);
    for (let $i119 = 0; $i119 < $a118.length; $i119++) {
      w.int32($a118[$i119]);
    }
  }
  w.int32(v.zkVersion);
  {
    const $a120 = v.replicas;
    w.arrayLength($a120.length);
    for (let $i121 = 0; $i121 < $a120.length; $i121++) {
      w.int32($a120[$i121]);
    }
  }
  {
    const $a122 = v.offlineReplicas;
    w.arrayLength($a122.length);
    for (let $i123 = 0; $i123 < $a122.length; $i123++) {
      w.int32($a122[$i123]);
    }
  }
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v5. */
function decUpdateMetadataRequestUpdateMetadataPartitionStateV5(r: Reader): UpdateMetadataRequestUpdateMetadataPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n124 = r.arrayLength();
  const $a125: number[] = [];
  for (let $i126 = 0; $i126 < $n124; $i126++) $a125.push(r.int32());
  const isr = $a125;
  const zkVersion = r.int32();
  const $n127 = r.arrayLength();
  const $a128: number[] = [];
  for (let $i129 = 0; $i129 < $n127; $i129++) $a128.push(r.int32());
  const replicas = $a128;
  const $n130 = r.arrayLength();
  const $a131: number[] = [];
  for (let $i132 = 0; $i132 < $n130; $i132++) $a131.push(r.int32());
  const offlineReplicas = $a131;
  return {
    topicName: "",
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    zkVersion,
    replicas,
    offlineReplicas,
  };
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v6-8. */
function encUpdateMetadataRequestUpdateMetadataPartitionStateV6(w: Writer, v: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    const $a133 = v.isr;
    w.compactArrayLength($a133.length);
    for (let $i134 = 0; $i134 < $a133.length; $i134++) {
      w.int32($a133[$i134]);
    }
  }
  w.int32(v.zkVersion);
  {
    const $a135 = v.replicas;
    w.compactArrayLength($a135.length);
    for (let $i136 = 0; $i136 < $a135.length; $i136++) {
      w.int32($a135[$i136]);
    }
  }
  {
    const $a137 = v.offlineReplicas;
    w.compactArrayLength($a137.length);
    for (let $i138 = 0; $i138 < $a137.length; $i138++) {
      w.int32($a137[$i138]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequestUpdateMetadataPartitionState at v6-8. */
function decUpdateMetadataRequestUpdateMetadataPartitionStateV6(r: Reader): UpdateMetadataRequestUpdateMetadataPartitionState {
  const partitionIndex = r.int32();
  const controllerEpoch = r.int32();
  const leader = r.int32();
  const leaderEpoch = r.int32();
  const $n139 = r.compactArrayLength();
  const $a140: number[] = [];
  for (let $i141 = 0; $i141 < $n139; $i141++) $a140.push(r.int32());
  const isr = $a140;
  const zkVersion = r.int32();
  const $n142 = r.compactArrayLength();
  const $a143: number[] = [];
  for (let $i144 = 0; $i144 < $n142; $i144++) $a143.push(r.int32());
  const replicas = $a143;
  const $n145 = r.compactArrayLength();
  const $a146: number[] = [];
  for (let $i147 = 0; $i147 < $n145; $i147++) $a146.push(r.int32());
  const offlineReplicas = $a146;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName: "",
    partitionIndex,
    controllerEpoch,
    leader,
    leaderEpoch,
    isr,
    zkVersion,
    replicas,
    offlineReplicas,
  };
}

/** UpdateMetadataRequestUpdateMetadataTopicState at v5. */
function encUpdateMetadataRequestUpdateMetadataTopicStateV5(w: Writer, v: UpdateMetadataRequestUpdateMetadataTopicState): void {
  w.string(v.topicName);
  {
    const $a148 = v.partitionStates;
    w.arrayLength($a148.length);
    for (let $i149 = 0; $i149 < $a148.length; $i149++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV5(w, $a148[$i149]);
    }
  }
}

/** UpdateMetadataRequestUpdateMetadataTopicState at v5. */
function decUpdateMetadataRequestUpdateMetadataTopicStateV5(r: Reader): UpdateMetadataRequestUpdateMetadataTopicState {
  const topicName = r.string();
  const $n150 = r.arrayLength();
  const $a151: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i152 = 0; $i152 < $n150; $i152++) $a151.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV5(r));
  const partitionStates = $a151;
  return {
    topicName,
    topicId: ZERO_UUID,
    partitionStates,
  };
}

/** UpdateMetadataRequestUpdateMetadataTopicState at v6. */
function encUpdateMetadataRequestUpdateMetadataTopicStateV6(w: Writer, v: UpdateMetadataRequestUpdateMetadataTopicState): void {
  w.compactString(v.topicName);
  {
    const $a153 = v.partitionStates;
    w.compactArrayLength($a153.length);
    for (let $i154 = 0; $i154 < $a153.length; $i154++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV6(w, $a153[$i154]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequestUpdateMetadataTopicState at v6. */
function decUpdateMetadataRequestUpdateMetadataTopicStateV6(r: Reader): UpdateMetadataRequestUpdateMetadataTopicState {
  const topicName = r.compactString();
  const $n155 = r.compactArrayLength();
  const $a156: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i157 = 0; $i157 < $n155; $i157++) $a156.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV6(r));
  const partitionStates = $a156;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId: ZERO_UUID,
    partitionStates,
  };
}

/** UpdateMetadataRequestUpdateMetadataTopicState at v7-8. */
function encUpdateMetadataRequestUpdateMetadataTopicStateV7(w: Writer, v: UpdateMetadataRequestUpdateMetadataTopicState): void {
  w.compactString(v.topicName);
  w.uuid(v.topicId);
  {
    const $a158 = v.partitionStates;
    w.compactArrayLength($a158.length);
    for (let $i159 = 0; $i159 < $a158.length; $i159++) {
      encUpdateMetadataRequestUpdateMetadataPartitionStateV6(w, $a158[$i159]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequestUpdateMetadataTopicState at v7-8. */
function decUpdateMetadataRequestUpdateMetadataTopicStateV7(r: Reader): UpdateMetadataRequestUpdateMetadataTopicState {
  const topicName = r.compactString();
  const topicId = r.uuid();
  const $n160 = r.compactArrayLength();
  const $a161: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  for (let $i162 = 0; $i162 < $n160; $i162++) $a161.push(decUpdateMetadataRequestUpdateMetadataPartitionStateV6(r));
  const partitionStates = $a161;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    topicId,
    partitionStates,
  };
}

/** UpdateMetadataRequestUpdateMetadataBroker at v0. */
function encUpdateMetadataRequestUpdateMetadataBrokerV0(w: Writer, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(v.id);
  w.string(v.v0Host);
  w.int32(v.v0Port);
}

/** UpdateMetadataRequestUpdateMetadataBroker at v0. */
function decUpdateMetadataRequestUpdateMetadataBrokerV0(r: Reader): UpdateMetadataRequestUpdateMetadataBroker {
  const id = r.int32();
  const v0Host = r.string();
  const v0Port = r.int32();
  return {
    id,
    v0Host,
    v0Port,
    endpoints: [],
    rack: "",
  };
}

/** UpdateMetadataRequestUpdateMetadataBroker at v1. */
function encUpdateMetadataRequestUpdateMetadataBrokerV1(w: Writer, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(v.id);
  {
    const $a163 = v.endpoints;
    w.arrayLength($a163.length);
    for (let $i164 = 0; $i164 < $a163.length; $i164++) {
      encUpdateMetadataRequestUpdateMetadataEndpointV1(w, $a163[$i164]);
    }
  }
}

/** UpdateMetadataRequestUpdateMetadataBroker at v1. */
function decUpdateMetadataRequestUpdateMetadataBrokerV1(r: Reader): UpdateMetadataRequestUpdateMetadataBroker {
  const id = r.int32();
  const $n165 = r.arrayLength();
  const $a166: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  for (let $i167 = 0; $i167 < $n165; $i167++) $a166.push(decUpdateMetadataRequestUpdateMetadataEndpointV1(r));
  const endpoints = $a166;
  return {
    id,
    v0Host: "",
    v0Port: 0,
    endpoints,
    rack: "",
  };
}

/** UpdateMetadataRequestUpdateMetadataBroker at v2. */
function encUpdateMetadataRequestUpdateMetadataBrokerV2(w: Writer, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(v.id);
  {
    const $a168 = v.endpoints;
    w.arrayLength($a168.length);
    for (let $i169 = 0; $i169 < $a168.length; $i169++) {
      encUpdateMetadataRequestUpdateMetadataEndpointV1(w, $a168[$i169]);
    }
  }
  w.nullableString(v.rack);
}

/** UpdateMetadataRequestUpdateMetadataBroker at v2. */
function decUpdateMetadataRequestUpdateMetadataBrokerV2(r: Reader): UpdateMetadataRequestUpdateMetadataBroker {
  const id = r.int32();
  const $n170 = r.arrayLength();
  const $a171: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  for (let $i172 = 0; $i172 < $n170; $i172++) $a171.push(decUpdateMetadataRequestUpdateMetadataEndpointV1(r));
  const endpoints = $a171;
  const rack = r.nullableString();
  return {
    id,
    v0Host: "",
    v0Port: 0,
    endpoints,
    rack,
  };
}

/** UpdateMetadataRequestUpdateMetadataBroker at v3-5. */
function encUpdateMetadataRequestUpdateMetadataBrokerV3(w: Writer, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(v.id);
  {
    const $a173 = v.endpoints;
    w.arrayLength($a173.length);
    for (let $i174 = 0; $i174 < $a173.length; $i174++) {
      encUpdateMetadataRequestUpdateMetadataEndpointV3(w, $a173[$i174]);
    }
  }
  w.nullableString(v.rack);
}

/** UpdateMetadataRequestUpdateMetadataBroker at v3-5. */
function decUpdateMetadataRequestUpdateMetadataBrokerV3(r: Reader): UpdateMetadataRequestUpdateMetadataBroker {
  const id = r.int32();
  const $n175 = r.arrayLength();
  const $a176: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  for (let $i177 = 0; $i177 < $n175; $i177++) $a176.push(decUpdateMetadataRequestUpdateMetadataEndpointV3(r));
  const endpoints = $a176;
  const rack = r.nullableString();
  return {
    id,
    v0Host: "",
    v0Port: 0,
    endpoints,
    rack,
  };
}

/** UpdateMetadataRequestUpdateMetadataBroker at v6-8. */
function encUpdateMetadataRequestUpdateMetadataBrokerV6(w: Writer, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(v.id);
  {
    const $a178 = v.endpoints;
    w.compactArrayLength($a178.length);
    for (let $i179 = 0; $i179 < $a178.length; $i179++) {
      encUpdateMetadataRequestUpdateMetadataEndpointV6(w, $a178[$i179]);
    }
  }
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequestUpdateMetadataBroker at v6-8. */
function decUpdateMetadataRequestUpdateMetadataBrokerV6(r: Reader): UpdateMetadataRequestUpdateMetadataBroker {
  const id = r.int32();
  const $n180 = r.compactArrayLength();
  const $a181: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  for (let $i182 = 0; $i182 < $n180; $i182++) $a181.push(decUpdateMetadataRequestUpdateMetadataEndpointV6(r));
  const endpoints = $a181;
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    id,
    v0Host: "",
    v0Port: 0,
    endpoints,
    rack,
  };
}

/** UpdateMetadataRequestUpdateMetadataEndpoint at v1-2. */
function encUpdateMetadataRequestUpdateMetadataEndpointV1(w: Writer, v: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  w.int32(v.port);
  w.string(v.host);
  w.int16(v.securityProtocol);
}

/** UpdateMetadataRequestUpdateMetadataEndpoint at v1-2. */
function decUpdateMetadataRequestUpdateMetadataEndpointV1(r: Reader): UpdateMetadataRequestUpdateMetadataEndpoint {
  const port = r.int32();
  const host = r.string();
  const securityProtocol = r.int16();
  return {
    port,
    host,
    listener: "",
    securityProtocol,
  };
}

/** UpdateMetadataRequestUpdateMetadataEndpoint at v3-5. */
function encUpdateMetadataRequestUpdateMetadataEndpointV3(w: Writer, v: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  w.int32(v.port);
  w.string(v.host);
  w.string(v.listener);
  w.int16(v.securityProtocol);
}

/** UpdateMetadataRequestUpdateMetadataEndpoint at v3-5. */
function decUpdateMetadataRequestUpdateMetadataEndpointV3(r: Reader): UpdateMetadataRequestUpdateMetadataEndpoint {
  const port = r.int32();
  const host = r.string();
  const listener = r.string();
  const securityProtocol = r.int16();
  return {
    port,
    host,
    listener,
    securityProtocol,
  };
}

/** UpdateMetadataRequestUpdateMetadataEndpoint at v6-8. */
function encUpdateMetadataRequestUpdateMetadataEndpointV6(w: Writer, v: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  w.int32(v.port);
  w.compactString(v.host);
  w.compactString(v.listener);
  w.int16(v.securityProtocol);
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataRequestUpdateMetadataEndpoint at v6-8. */
function decUpdateMetadataRequestUpdateMetadataEndpointV6(r: Reader): UpdateMetadataRequestUpdateMetadataEndpoint {
  const port = r.int32();
  const host = r.compactString();
  const listener = r.compactString();
  const securityProtocol = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    port,
    host,
    listener,
    securityProtocol,
  };
}

/** UpdateMetadataRequest at versions 0-8. */
export const updateMetadataRequestCodec = new MessageCodec<UpdateMetadataRequest>(
  "UpdateMetadataRequest",
  0,
  [encUpdateMetadataRequestV0, encUpdateMetadataRequestV1, encUpdateMetadataRequestV2, encUpdateMetadataRequestV3, encUpdateMetadataRequestV4, encUpdateMetadataRequestV5, encUpdateMetadataRequestV6, encUpdateMetadataRequestV7, encUpdateMetadataRequestV8],
  [decUpdateMetadataRequestV0, decUpdateMetadataRequestV1, decUpdateMetadataRequestV2, decUpdateMetadataRequestV3, decUpdateMetadataRequestV4, decUpdateMetadataRequestV5, decUpdateMetadataRequestV6, decUpdateMetadataRequestV7, decUpdateMetadataRequestV8],
  newUpdateMetadataRequest,
);

/** UpdateMetadataResponse at v0-5. */
function encUpdateMetadataResponseV0(w: Writer, v: UpdateMetadataResponse): void {
  w.int16(v.errorCode);
}

/** UpdateMetadataResponse at v0-5. */
function decUpdateMetadataResponseV0(r: Reader): UpdateMetadataResponse {
  const errorCode = r.int16();
  return {
    errorCode,
  };
}

/** UpdateMetadataResponse at v6-8. */
function encUpdateMetadataResponseV6(w: Writer, v: UpdateMetadataResponse): void {
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** UpdateMetadataResponse at v6-8. */
function decUpdateMetadataResponseV6(r: Reader): UpdateMetadataResponse {
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
  };
}

/** UpdateMetadataResponse at versions 0-8. */
export const updateMetadataResponseCodec = new MessageCodec<UpdateMetadataResponse>(
  "UpdateMetadataResponse",
  0,
  [encUpdateMetadataResponseV0, encUpdateMetadataResponseV0, encUpdateMetadataResponseV0, encUpdateMetadataResponseV0, encUpdateMetadataResponseV0, encUpdateMetadataResponseV0, encUpdateMetadataResponseV6, encUpdateMetadataResponseV6, encUpdateMetadataResponseV6],
  [decUpdateMetadataResponseV0, decUpdateMetadataResponseV0, decUpdateMetadataResponseV0, decUpdateMetadataResponseV0, decUpdateMetadataResponseV0, decUpdateMetadataResponseV0, decUpdateMetadataResponseV6, decUpdateMetadataResponseV6, decUpdateMetadataResponseV6],
  newUpdateMetadataResponse,
);
