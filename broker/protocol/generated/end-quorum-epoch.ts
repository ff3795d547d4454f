// Kafka EndQuorumEpoch API (key 54): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{EndQuorumEpochRequest.json, EndQuorumEpochResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** EndQuorumEpochRequest: request of api key 54, versions 0-1, flexible 1. */
export interface EndQuorumEpochRequest {
  /** (versions 0-1, nullable 0-1, default null) */
  readonly clusterId: string | null;
  /** (versions 0-1) */
  readonly topics: readonly EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader (versions 1) */
  readonly leaderEndpoints: readonly EndQuorumEpochRequestLeaderEndpoint[];
}

/** TopicData in EndQuorumEpochRequest. */
export interface EndQuorumEpochRequestTopicData {
  /** The topic name. (versions 0-1) */
  readonly topicName: string;
  /** (versions 0-1) */
  readonly partitions: readonly EndQuorumEpochRequestPartitionData[];
}

/** PartitionData in EndQuorumEpochRequest. */
export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. (versions 0-1) */
  readonly partitionIndex: number;
  /** The current leader ID that is resigning (versions 0-1) */
  readonly leaderId: number;
  /** The current epoch (versions 0-1) */
  readonly leaderEpoch: number;
  /** A sorted list of preferred successors to start the election (versions 0) */
  readonly preferredSuccessors: readonly number[];
  /** A sorted list of preferred candidates to start the election (versions 1) */
  readonly preferredCandidates: readonly EndQuorumEpochRequestReplicaInfo[];
}

/** ReplicaInfo in EndQuorumEpochRequest. */
export interface EndQuorumEpochRequestReplicaInfo {
  /** (versions 1) */
  readonly candidateId: number;
  /** (versions 1) */
  readonly candidateDirectoryId: string;
}

/** LeaderEndpoint in EndQuorumEpochRequest. */
export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint (versions 1) */
  readonly name: string;
  /** The node's hostname (versions 1) */
  readonly host: string;
  /** The node's port (versions 1) */
  readonly port: number;
}

/** EndQuorumEpochResponse: response of api key 54, versions 0-1, flexible 1. */
export interface EndQuorumEpochResponse {
  /** The top level error code. (versions 0-1) */
  readonly errorCode: number;
  /** (versions 0-1) */
  readonly topics: readonly EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData (versions 1, tag 0 in 1+) */
  readonly nodeEndpoints: readonly EndQuorumEpochResponseNodeEndpoint[];
}

/** TopicData in EndQuorumEpochResponse. */
export interface EndQuorumEpochResponseTopicData {
  /** The topic name. (versions 0-1) */
  readonly topicName: string;
  /** (versions 0-1) */
  readonly partitions: readonly EndQuorumEpochResponsePartitionData[];
}

/** PartitionData in EndQuorumEpochResponse. */
export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. (versions 0-1) */
  readonly partitionIndex: number;
  /** (versions 0-1) */
  readonly errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 0-1) */
  readonly leaderEpoch: number;
}

/** NodeEndpoint in EndQuorumEpochResponse. */
export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node (versions 1) */
  readonly nodeId: number;
  /** The node's hostname (versions 1) */
  readonly host: string;
  /** The node's port (versions 1) */
  readonly port: number;
}

/** A EndQuorumEpochRequest with every field at its spec default. */
export function newEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return {
    clusterId: null,
    topics: [],
    leaderEndpoints: [],
  };
}

/** A EndQuorumEpochRequestTopicData with every field at its spec default. */
export function newEndQuorumEpochRequestTopicData(): EndQuorumEpochRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A EndQuorumEpochRequestPartitionData with every field at its spec default. */
export function newEndQuorumEpochRequestPartitionData(): EndQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: 0,
    preferredSuccessors: [],
    preferredCandidates: [],
  };
}

/** A EndQuorumEpochRequestReplicaInfo with every field at its spec default. */
export function newEndQuorumEpochRequestReplicaInfo(): EndQuorumEpochRequestReplicaInfo {
  return {
    candidateId: 0,
    candidateDirectoryId: ZERO_UUID,
  };
}

/** A EndQuorumEpochRequestLeaderEndpoint with every field at its spec default. */
export function newEndQuorumEpochRequestLeaderEndpoint(): EndQuorumEpochRequestLeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

/** A EndQuorumEpochResponse with every field at its spec default. */
export function newEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A EndQuorumEpochResponseTopicData with every field at its spec default. */
export function newEndQuorumEpochResponseTopicData(): EndQuorumEpochResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A EndQuorumEpochResponsePartitionData with every field at its spec default. */
export function newEndQuorumEpochResponsePartitionData(): EndQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A EndQuorumEpochResponseNodeEndpoint with every field at its spec default. */
export function newEndQuorumEpochResponseNodeEndpoint(): EndQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

/** EndQuorumEpochRequest at v0. */
function encEndQuorumEpochRequestV0(w: Writer, v: EndQuorumEpochRequest): void {
  w.nullableString(v.clusterId);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encEndQuorumEpochRequestTopicDataV0(w, $a1[$i2]);
    }
  }
}

/** EndQuorumEpochRequest at v0. */
function decEndQuorumEpochRequestV0(r: Reader): EndQuorumEpochRequest {
  const clusterId = r.nullableString();
  const $n3 = r.arrayLength();
  const $a4: EndQuorumEpochRequestTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decEndQuorumEpochRequestTopicDataV0(r));
  const topics = $a4;
  return {
    clusterId,
    topics,
    leaderEndpoints: [],
  };
}

/** EndQuorumEpochRequest at v1. */
function encEndQuorumEpochRequestV1(w: Writer, v: EndQuorumEpochRequest): void {
  w.compactNullableString(v.clusterId);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encEndQuorumEpochRequestTopicDataV1(w, $a6[$i7]);
    }
  }
  {
    const $a8 = v.leaderEndpoints;
    w.compactArrayLength($a8.length);
    for (let $i9 = 0; $i9 < $a8.length; $i9++) {
      encEndQuorumEpochRequestLeaderEndpointV1(w, $a8[$i9]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochRequest at v1. */
function decEndQuorumEpochRequestV1(r: Reader): EndQuorumEpochRequest {
  const clusterId = r.compactNullableString();
  const $n10 = r.compactArrayLength();
  const $a11: EndQuorumEpochRequestTopicData[] = [];
  for (let $i12 = 0; $i12 < $n10; $i12++) $a11.push(decEndQuorumEpochRequestTopicDataV1(r));
  const topics = $a11;
  const $n13 = r.compactArrayLength();
  const $a14: EndQuorumEpochRequestLeaderEndpoint[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decEndQuorumEpochRequestLeaderEndpointV1(r));
  const leaderEndpoints = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    topics,
    leaderEndpoints,
  };
}

/** EndQuorumEpochRequestTopicData at v0. */
function encEndQuorumEpochRequestTopicDataV0(w: Writer, v: EndQuorumEpochRequestTopicData): void {
  w.string(v.topicName);
  {
    const $a16 = v.partitions;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encEndQuorumEpochRequestPartitionDataV0(w, $a16[$i17]);
    }
  }
}

/** EndQuorumEpochRequestTopicData at v0. */
function decEndQuorumEpochRequestTopicDataV0(r: Reader): EndQuorumEpochRequestTopicData {
  const topicName = r.string();
  const $n18 = r.arrayLength();
  const $a19: EndQuorumEpochRequestPartitionData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decEndQuorumEpochRequestPartitionDataV0(r));
  const partitions = $a19;
  return {
    topicName,
    partitions,
  };
}

/** EndQuorumEpochRequestTopicData at v1. */
function encEndQuorumEpochRequestTopicDataV1(w: Writer, v: EndQuorumEpochRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encEndQuorumEpochRequestPartitionDataV1(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochRequestTopicData at v1. */
function decEndQuorumEpochRequestTopicDataV1(r: Reader): EndQuorumEpochRequestTopicData {
  const topicName = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: EndQuorumEpochRequestPartitionData[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decEndQuorumEpochRequestPartitionDataV1(r));
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** EndQuorumEpochRequestPartitionData at v0. */
function encEndQuorumEpochRequestPartitionDataV0(w: Writer, v: EndQuorumEpochRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a26 = v.preferredSuccessors;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.int32($a26[$i27]);
    }
  }
}

/** EndQuorumEpochRequestPartitionData at v0. */
function decEndQuorumEpochRequestPartitionDataV0(r: Reader): EndQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n28 = r.arrayLength();
  const $a29: number[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(r.int32());
  const preferredSuccessors = $a29;
  return {
    partitionIndex,
    leaderId,
    leaderEpoch,
    preferredSuccessors,
    preferredCandidates: [],
  };
}

/** EndQuorumEpochRequestPartitionData at v1. */
function encEndQuorumEpochRequestPartitionDataV1(w: Writer, v: EndQuorumEpochRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    const $a31 = v.preferredCandidates;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encEndQuorumEpochRequestReplicaInfoV1(w, $a31[$i32]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochRequestPartitionData at v1. */
function decEndQuorumEpochRequestPartitionDataV1(r: Reader): EndQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const $n33 = r.compactArrayLength();
  const $a34: EndQuorumEpochRequestReplicaInfo[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decEndQuorumEpochRequestReplicaInfoV1(r));
  const preferredCandidates = $a34;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    leaderId,
    leaderEpoch,
    preferredSuccessors: [],
    preferredCandidates,
  };
}

/** EndQuorumEpochRequestReplicaInfo at v1. */
function encEndQuorumEpochRequestReplicaInfoV1(w: Writer, v: EndQuorumEpochRequestReplicaInfo): void {
  w.int32(v.candidateId);
  w.uuid(v.candidateDirectoryId);
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochRequestReplicaInfo at v1. */
function decEndQuorumEpochRequestReplicaInfoV1(r: Reader): EndQuorumEpochRequestReplicaInfo {
  const candidateId = r.int32();
  const candidateDirectoryId = r.uuid();
  r.skipTaggedFields(); // none known in this version
  return {
    candidateId,
    candidateDirectoryId,
  };
}

/** EndQuorumEpochRequestLeaderEndpoint at v1. */
function encEndQuorumEpochRequestLeaderEndpointV1(w: Writer, v: EndQuorumEpochRequestLeaderEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochRequestLeaderEndpoint at v1. */
function decEndQuorumEpochRequestLeaderEndpointV1(r: Reader): EndQuorumEpochRequestLeaderEndpoint {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    host,
    port,
  };
}

/** EndQuorumEpochRequest at versions 0-1. */
export const endQuorumEpochRequestCodec = new MessageCodec<EndQuorumEpochRequest>(
  "EndQuorumEpochRequest",
  0,
  [encEndQuorumEpochRequestV0, encEndQuorumEpochRequestV1],
  [decEndQuorumEpochRequestV0, decEndQuorumEpochRequestV1],
  newEndQuorumEpochRequest,
);

/** EndQuorumEpochResponse at v0. */
function encEndQuorumEpochResponseV0(w: Writer, v: EndQuorumEpochResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encEndQuorumEpochResponseTopicDataV0(w, $a1[$i2]);
    }
  }
}

/** EndQuorumEpochResponse at v0. */
function decEndQuorumEpochResponseV0(r: Reader): EndQuorumEpochResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: EndQuorumEpochResponseTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decEndQuorumEpochResponseTopicDataV0(r));
  const topics = $a4;
  return {
    errorCode,
    topics,
    nodeEndpoints: [],
  };
}

/** EndQuorumEpochResponse at v1. */
function encEndQuorumEpochResponseV1(w: Writer, v: EndQuorumEpochResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encEndQuorumEpochResponseTopicDataV1(w, $a6[$i7]);
    }
  }
  const $t8 = !(v.nodeEndpoints.length === 0);
  w.uvarint(($t8 ? 1 : 0));
  if ($t8) {
    w.uvarint(0);
    const $s9 = new Writer(64);
    {
      const $a10 = v.nodeEndpoints;
      $s9.compactArrayLength($a10.length);
      for (let $i11 = 0; $i11 < $a10.length; $i11++) {
        encEndQuorumEpochResponseNodeEndpointV1($s9, $a10[$i11]);
      }
    }
    w.uvarint($s9.length);
    w.writer($s9);
  }
}

/** EndQuorumEpochResponse at v1. */
function decEndQuorumEpochResponseV1(r: Reader): EndQuorumEpochResponse {
  const errorCode = r.int16();
  const $n12 = r.compactArrayLength();
  const $a13: EndQuorumEpochResponseTopicData[] = [];
  for (let $i14 = 0; $i14 < $n12; $i14++) $a13.push(decEndQuorumEpochResponseTopicDataV1(r));
  const topics = $a13;
  let nodeEndpoints: readonly EndQuorumEpochResponseNodeEndpoint[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n15 = r.compactArrayLength();
        const $a16: EndQuorumEpochResponseNodeEndpoint[] = [];
        for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decEndQuorumEpochResponseNodeEndpointV1(r));
        nodeEndpoints = $a16;
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    errorCode,
    topics,
    nodeEndpoints,
  };
}

/** EndQuorumEpochResponseTopicData at v0. */
function encEndQuorumEpochResponseTopicDataV0(w: Writer, v: EndQuorumEpochResponseTopicData): void {
  w.string(v.topicName);
  {
    const $a18 = v.partitions;
    w.arrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      encEndQuorumEpochResponsePartitionDataV0(w, $a18[$i19]);
    }
  }
}

/** EndQuorumEpochResponseTopicData at v0. */
function decEndQuorumEpochResponseTopicDataV0(r: Reader): EndQuorumEpochResponseTopicData {
  const topicName = r.string();
  const $n20 = r.arrayLength();
  const $a21: EndQuorumEpochResponsePartitionData[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(decEndQuorumEpochResponsePartitionDataV0(r));
  const partitions = $a21;
  return {
    topicName,
    partitions,
  };
}

/** EndQuorumEpochResponseTopicData at v1. */
function encEndQuorumEpochResponseTopicDataV1(w: Writer, v: EndQuorumEpochResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a23 = v.partitions;
    w.compactArrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encEndQuorumEpochResponsePartitionDataV1(w, $a23[$i24]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochResponseTopicData at v1. */
function decEndQuorumEpochResponseTopicDataV1(r: Reader): EndQuorumEpochResponseTopicData {
  const topicName = r.compactString();
  const $n25 = r.compactArrayLength();
  const $a26: EndQuorumEpochResponsePartitionData[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decEndQuorumEpochResponsePartitionDataV1(r));
  const partitions = $a26;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** EndQuorumEpochResponsePartitionData at v0. */
function encEndQuorumEpochResponsePartitionDataV0(w: Writer, v: EndQuorumEpochResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
}

/** EndQuorumEpochResponsePartitionData at v0. */
function decEndQuorumEpochResponsePartitionDataV0(r: Reader): EndQuorumEpochResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  return {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
  };
}

/** EndQuorumEpochResponsePartitionData at v1. */
function encEndQuorumEpochResponsePartitionDataV1(w: Writer, v: EndQuorumEpochResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochResponsePartitionData at v1. */
function decEndQuorumEpochResponsePartitionDataV1(r: Reader): EndQuorumEpochResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
  };
}

/** EndQuorumEpochResponseNodeEndpoint at v1. */
function encEndQuorumEpochResponseNodeEndpointV1(w: Writer, v: EndQuorumEpochResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** EndQuorumEpochResponseNodeEndpoint at v1. */
function decEndQuorumEpochResponseNodeEndpointV1(r: Reader): EndQuorumEpochResponseNodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.uint16();
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    host,
    port,
  };
}

/** EndQuorumEpochResponse at versions 0-1. */
export const endQuorumEpochResponseCodec = new MessageCodec<EndQuorumEpochResponse>(
  "EndQuorumEpochResponse",
  0,
  [encEndQuorumEpochResponseV0, encEndQuorumEpochResponseV1],
  [decEndQuorumEpochResponseV0, decEndQuorumEpochResponseV1],
  newEndQuorumEpochResponse,
);
