// Kafka BeginQuorumEpoch API (key 53): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** BeginQuorumEpochRequest: request of api key 53, versions 0-1, flexible 1. */
export interface BeginQuorumEpochRequest {
  /** (versions 0-1, nullable 0-1, default null) */
  readonly clusterId: string | null;
  /** The replica id of the voter receiving the request (versions 1, default -1) */
  readonly voterId: number;
  /** (versions 0-1) */
  readonly topics: readonly BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader (versions 1) */
  readonly leaderEndpoints: readonly BeginQuorumEpochRequestLeaderEndpoint[];
}

/** TopicData in BeginQuorumEpochRequest. */
export interface BeginQuorumEpochRequestTopicData {
  /** The topic name (versions 0-1) */
  readonly topicName: string;
  /** (versions 0-1) */
  readonly partitions: readonly BeginQuorumEpochRequestPartitionData[];
}

/** PartitionData in BeginQuorumEpochRequest. */
export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index (versions 0-1) */
  readonly partitionIndex: number;
  /** The directory id of the receiving replica (versions 1) */
  readonly voterDirectoryId: string;
  /** The ID of the newly elected leader (versions 0-1) */
  readonly leaderId: number;
  /** The epoch of the newly elected leader (versions 0-1) */
  readonly leaderEpoch: number;
}

/** LeaderEndpoint in BeginQuorumEpochRequest. */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint (versions 1) */
  readonly name: string;
  /** The node's hostname (versions 1) */
  readonly host: string;
  /** The node's port (versions 1) */
  readonly port: number;
}

/** BeginQuorumEpochResponse: response of api key 53, versions 0-1, flexible 1. */
export interface BeginQuorumEpochResponse {
  /** The top level error code. (versions 0-1) */
  readonly errorCode: number;
  /** (versions 0-1) */
  readonly topics: readonly BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData (versions 1, tag 0 in 1+) */
  readonly nodeEndpoints: readonly BeginQuorumEpochResponseNodeEndpoint[];
}

/** TopicData in BeginQuorumEpochResponse. */
export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. (versions 0-1) */
  readonly topicName: string;
  /** (versions 0-1) */
  readonly partitions: readonly BeginQuorumEpochResponsePartitionData[];
}

/** PartitionData in BeginQuorumEpochResponse. */
export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. (versions 0-1) */
  readonly partitionIndex: number;
  /** (versions 0-1) */
  readonly errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 0-1) */
  readonly leaderEpoch: number;
}

/** NodeEndpoint in BeginQuorumEpochResponse. */
export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node (versions 1) */
  readonly nodeId: number;
  /** The node's hostname (versions 1) */
  readonly host: string;
  /** The node's port (versions 1) */
  readonly port: number;
}

/** A BeginQuorumEpochRequest with every field at its spec default. */
export function newBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
    leaderEndpoints: [],
  };
}

/** A BeginQuorumEpochRequestTopicData with every field at its spec default. */
export function newBeginQuorumEpochRequestTopicData(): BeginQuorumEpochRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A BeginQuorumEpochRequestPartitionData with every field at its spec default. */
export function newBeginQuorumEpochRequestPartitionData(): BeginQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    voterDirectoryId: ZERO_UUID,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A BeginQuorumEpochRequestLeaderEndpoint with every field at its spec default. */
export function newBeginQuorumEpochRequestLeaderEndpoint(): BeginQuorumEpochRequestLeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

/** A BeginQuorumEpochResponse with every field at its spec default. */
export function newBeginQuorumEpochResponse(): BeginQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A BeginQuorumEpochResponseTopicData with every field at its spec default. */
export function newBeginQuorumEpochResponseTopicData(): BeginQuorumEpochResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A BeginQuorumEpochResponsePartitionData with every field at its spec default. */
export function newBeginQuorumEpochResponsePartitionData(): BeginQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A BeginQuorumEpochResponseNodeEndpoint with every field at its spec default. */
export function newBeginQuorumEpochResponseNodeEndpoint(): BeginQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

/** BeginQuorumEpochRequest at v0. */
function encBeginQuorumEpochRequestV0(w: Writer, v: BeginQuorumEpochRequest): void {
  w.nullableString(v.clusterId);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encBeginQuorumEpochRequestTopicDataV0(w, $a1[$i2]);
    }
  }
}

/** BeginQuorumEpochRequest at v0. */
function decBeginQuorumEpochRequestV0(r: Reader): BeginQuorumEpochRequest {
  const clusterId = r.nullableString();
  const $n3 = r.arrayLength();
  const $a4: BeginQuorumEpochRequestTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decBeginQuorumEpochRequestTopicDataV0(r));
  const topics = $a4;
  return {
    clusterId,
    voterId: -1,
    topics,
    leaderEndpoints: [],
  };
}

/** BeginQuorumEpochRequest at v1. */
function encBeginQuorumEpochRequestV1(w: Writer, v: BeginQuorumEpochRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.voterId);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encBeginQuorumEpochRequestTopicDataV1(w, $a6[$i7]);
    }
  }
  {
    const $a8 = v.leaderEndpoints;
    w.compactArrayLength($a8.length);
    for (let $i9 = 0; $i9 < $a8.length; $i9++) {
      encBeginQuorumEpochRequestLeaderEndpointV1(w, $a8[$i9]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochRequest at v1. */
function decBeginQuorumEpochRequestV1(r: Reader): BeginQuorumEpochRequest {
  const clusterId = r.compactNullableString();
  const voterId = r.int32();
  const $n10 = r.compactArrayLength();
  const $a11: BeginQuorumEpochRequestTopicData[] = [];
  for (let $i12 = 0; $i12 < $n10; $i12++) $a11.push(decBeginQuorumEpochRequestTopicDataV1(r));
  const topics = $a11;
  const $n13 = r.compactArrayLength();
  const $a14: BeginQuorumEpochRequestLeaderEndpoint[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decBeginQuorumEpochRequestLeaderEndpointV1(r));
  const leaderEndpoints = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    voterId,
    topics,
    leaderEndpoints,
  };
}

/** BeginQuorumEpochRequestTopicData at v0. */
function encBeginQuorumEpochRequestTopicDataV0(w: Writer, v: BeginQuorumEpochRequestTopicData): void {
  w.string(v.topicName);
  {
    const $a16 = v.partitions;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encBeginQuorumEpochRequestPartitionDataV0(w, $a16[$i17]);
    }
  }
}

/** BeginQuorumEpochRequestTopicData at v0. */
function decBeginQuorumEpochRequestTopicDataV0(r: Reader): BeginQuorumEpochRequestTopicData {
  const topicName = r.string();
  const $n18 = r.arrayLength();
  const $a19: BeginQuorumEpochRequestPartitionData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decBeginQuorumEpochRequestPartitionDataV0(r));
  const partitions = $a19;
  return {
    topicName,
    partitions,
  };
}

/** BeginQuorumEpochRequestTopicData at v1. */
function encBeginQuorumEpochRequestTopicDataV1(w: Writer, v: BeginQuorumEpochRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encBeginQuorumEpochRequestPartitionDataV1(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochRequestTopicData at v1. */
function decBeginQuorumEpochRequestTopicDataV1(r: Reader): BeginQuorumEpochRequestTopicData {
  const topicName = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: BeginQuorumEpochRequestPartitionData[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decBeginQuorumEpochRequestPartitionDataV1(r));
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** BeginQuorumEpochRequestPartitionData at v0. */
function encBeginQuorumEpochRequestPartitionDataV0(w: Writer, v: BeginQuorumEpochRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
}

/** BeginQuorumEpochRequestPartitionData at v0. */
function decBeginQuorumEpochRequestPartitionDataV0(r: Reader): BeginQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  return {
    partitionIndex,
    voterDirectoryId: ZERO_UUID,
    leaderId,
    leaderEpoch,
  };
}

/** BeginQuorumEpochRequestPartitionData at v1. */
function encBeginQuorumEpochRequestPartitionDataV1(w: Writer, v: BeginQuorumEpochRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.uuid(v.voterDirectoryId);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochRequestPartitionData at v1. */
function decBeginQuorumEpochRequestPartitionDataV1(r: Reader): BeginQuorumEpochRequestPartitionData {
  const partitionIndex = r.int32();
  const voterDirectoryId = r.uuid();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    voterDirectoryId,
    leaderId,
    leaderEpoch,
  };
}

/** BeginQuorumEpochRequestLeaderEndpoint at v1. */
function encBeginQuorumEpochRequestLeaderEndpointV1(w: Writer, v: BeginQuorumEpochRequestLeaderEndpoint): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochRequestLeaderEndpoint at v1. */
function decBeginQuorumEpochRequestLeaderEndpointV1(r: Reader): BeginQuorumEpochRequestLeaderEndpoint {
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

/** BeginQuorumEpochRequest at versions 0-1. */
export const beginQuorumEpochRequestCodec = new MessageCodec<BeginQuorumEpochRequest>(
  "BeginQuorumEpochRequest",
  0,
  [encBeginQuorumEpochRequestV0, encBeginQuorumEpochRequestV1],
  [decBeginQuorumEpochRequestV0, decBeginQuorumEpochRequestV1],
  newBeginQuorumEpochRequest,
);

/** BeginQuorumEpochResponse at v0. */
function encBeginQuorumEpochResponseV0(w: Writer, v: BeginQuorumEpochResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encBeginQuorumEpochResponseTopicDataV0(w, $a1[$i2]);
    }
  }
}

/** BeginQuorumEpochResponse at v0. */
function decBeginQuorumEpochResponseV0(r: Reader): BeginQuorumEpochResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: BeginQuorumEpochResponseTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decBeginQuorumEpochResponseTopicDataV0(r));
  const topics = $a4;
  return {
    errorCode,
    topics,
    nodeEndpoints: [],
  };
}

/** BeginQuorumEpochResponse at v1. */
function encBeginQuorumEpochResponseV1(w: Writer, v: BeginQuorumEpochResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encBeginQuorumEpochResponseTopicDataV1(w, $a6[$i7]);
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
        encBeginQuorumEpochResponseNodeEndpointV1($s9, $a10[$i11]);
      }
    }
    w.uvarint($s9.length);
    w.writer($s9);
  }
}

/** BeginQuorumEpochResponse at v1. */
function decBeginQuorumEpochResponseV1(r: Reader): BeginQuorumEpochResponse {
  const errorCode = r.int16();
  const $n12 = r.compactArrayLength();
  const $a13: BeginQuorumEpochResponseTopicData[] = [];
  for (let $i14 = 0; $i14 < $n12; $i14++) $a13.push(decBeginQuorumEpochResponseTopicDataV1(r));
  const topics = $a13;
  let nodeEndpoints: readonly BeginQuorumEpochResponseNodeEndpoint[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n15 = r.compactArrayLength();
        const $a16: BeginQuorumEpochResponseNodeEndpoint[] = [];
        for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decBeginQuorumEpochResponseNodeEndpointV1(r));
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

/** BeginQuorumEpochResponseTopicData at v0. */
function encBeginQuorumEpochResponseTopicDataV0(w: Writer, v: BeginQuorumEpochResponseTopicData): void {
  w.string(v.topicName);
  {
    const $a18 = v.partitions;
    w.arrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      encBeginQuorumEpochResponsePartitionDataV0(w, $a18[$i19]);
    }
  }
}

/** BeginQuorumEpochResponseTopicData at v0. */
function decBeginQuorumEpochResponseTopicDataV0(r: Reader): BeginQuorumEpochResponseTopicData {
  const topicName = r.string();
  const $n20 = r.arrayLength();
  const $a21: BeginQuorumEpochResponsePartitionData[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(decBeginQuorumEpochResponsePartitionDataV0(r));
  const partitions = $a21;
  return {
    topicName,
    partitions,
  };
}

/** BeginQuorumEpochResponseTopicData at v1. */
function encBeginQuorumEpochResponseTopicDataV1(w: Writer, v: BeginQuorumEpochResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a23 = v.partitions;
    w.compactArrayLength($a23.length);
    for (let $i24 = 0; $i24 < $a23.length; $i24++) {
      encBeginQuorumEpochResponsePartitionDataV1(w, $a23[$i24]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochResponseTopicData at v1. */
function decBeginQuorumEpochResponseTopicDataV1(r: Reader): BeginQuorumEpochResponseTopicData {
  const topicName = r.compactString();
  const $n25 = r.compactArrayLength();
  const $a26: BeginQuorumEpochResponsePartitionData[] = [];
  for (let $i27 = 0; $i27 < $n25; $i27++) $a26.push(decBeginQuorumEpochResponsePartitionDataV1(r));
  const partitions = $a26;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** BeginQuorumEpochResponsePartitionData at v0. */
function encBeginQuorumEpochResponsePartitionDataV0(w: Writer, v: BeginQuorumEpochResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
}

/** BeginQuorumEpochResponsePartitionData at v0. */
function decBeginQuorumEpochResponsePartitionDataV0(r: Reader): BeginQuorumEpochResponsePartitionData {
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

/** BeginQuorumEpochResponsePartitionData at v1. */
function encBeginQuorumEpochResponsePartitionDataV1(w: Writer, v: BeginQuorumEpochResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochResponsePartitionData at v1. */
function decBeginQuorumEpochResponsePartitionDataV1(r: Reader): BeginQuorumEpochResponsePartitionData {
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

/** BeginQuorumEpochResponseNodeEndpoint at v1. */
function encBeginQuorumEpochResponseNodeEndpointV1(w: Writer, v: BeginQuorumEpochResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** BeginQuorumEpochResponseNodeEndpoint at v1. */
function decBeginQuorumEpochResponseNodeEndpointV1(r: Reader): BeginQuorumEpochResponseNodeEndpoint {
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

/** BeginQuorumEpochResponse at versions 0-1. */
export const beginQuorumEpochResponseCodec = new MessageCodec<BeginQuorumEpochResponse>(
  "BeginQuorumEpochResponse",
  0,
  [encBeginQuorumEpochResponseV0, encBeginQuorumEpochResponseV1],
  [decBeginQuorumEpochResponseV0, decBeginQuorumEpochResponseV1],
  newBeginQuorumEpochResponse,
);
