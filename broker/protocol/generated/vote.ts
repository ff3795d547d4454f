// Kafka Vote API (key 52): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{VoteRequest.json, VoteResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** VoteRequest: request of api key 52, versions 0-1, flexible 0-1. */
export interface VoteRequest {
  /** (versions 0-1, nullable 0-1, default null) */
  readonly clusterId: string | null;
  /** The replica id of the voter receiving the request (versions 1, default -1) */
  readonly voterId: number;
  /** (versions 0-1) */
  readonly topics: readonly VoteRequestTopicData[];
}

/** TopicData in VoteRequest. */
export interface VoteRequestTopicData {
  /** The topic name. (versions 0-1) */
  readonly topicName: string;
  /** (versions 0-1) */
  readonly partitions: readonly VoteRequestPartitionData[];
}

/** PartitionData in VoteRequest. */
export interface VoteRequestPartitionData {
  /** The partition index. (versions 0-1) */
  readonly partitionIndex: number;
  /** The bumped epoch of the candidate sending the request (versions 0-1) */
  readonly candidateEpoch: number;
  /** The replica id of the voter sending the request (versions 0-1) */
  readonly candidateId: number;
  /** The directory id of the voter sending the request (versions 1) */
  readonly candidateDirectoryId: string;
  /** The ID of the voter sending the request (versions 1) */
  readonly voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log (versions 0-1) */
  readonly lastOffsetEpoch: number;
  /** The offset of the last record written to the metadata log (versions 0-1) */
  readonly lastOffset: bigint;
}

/** VoteResponse: response of api key 52, versions 0-1, flexible 0-1. */
export interface VoteResponse {
  /** The top level error code. (versions 0-1) */
  readonly errorCode: number;
  /** (versions 0-1) */
  readonly topics: readonly VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData (versions 1, tag 0 in 1+) */
  readonly nodeEndpoints: readonly VoteResponseNodeEndpoint[];
}

/** TopicData in VoteResponse. */
export interface VoteResponseTopicData {
  /** The topic name. (versions 0-1) */
  readonly topicName: string;
  /** (versions 0-1) */
  readonly partitions: readonly VoteResponsePartitionData[];
}

/** PartitionData in VoteResponse. */
export interface VoteResponsePartitionData {
  /** The partition index. (versions 0-1) */
  readonly partitionIndex: number;
  /** (versions 0-1) */
  readonly errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 0-1) */
  readonly leaderEpoch: number;
  /** True if the vote was granted and false otherwise (versions 0-1) */
  readonly voteGranted: boolean;
}

/** NodeEndpoint in VoteResponse. */
export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node (versions 1) */
  readonly nodeId: number;
  /** The node's hostname (versions 1) */
  readonly host: string;
  /** The node's port (versions 1) */
  readonly port: number;
}

/** A VoteRequest with every field at its spec default. */
export function newVoteRequest(): VoteRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
  };
}

/** A VoteRequestTopicData with every field at its spec default. */
export function newVoteRequestTopicData(): VoteRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A VoteRequestPartitionData with every field at its spec default. */
export function newVoteRequestPartitionData(): VoteRequestPartitionData {
  return {
    partitionIndex: 0,
    candidateEpoch: 0,
    candidateId: 0,
    candidateDirectoryId: ZERO_UUID,
    voterDirectoryId: ZERO_UUID,
    lastOffsetEpoch: 0,
    lastOffset: 0n,
  };
}

/** A VoteResponse with every field at its spec default. */
export function newVoteResponse(): VoteResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

/** A VoteResponseTopicData with every field at its spec default. */
export function newVoteResponseTopicData(): VoteResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

/** A VoteResponsePartitionData with every field at its spec default. */
export function newVoteResponsePartitionData(): VoteResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    voteGranted: false,
  };
}

/** A VoteResponseNodeEndpoint with every field at its spec default. */
export function newVoteResponseNodeEndpoint(): VoteResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

/** VoteRequest at v0. */
function encVoteRequestV0(w: Writer, v: VoteRequest): void {
  w.compactNullableString(v.clusterId);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encVoteRequestTopicDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VoteRequest at v0. */
function decVoteRequestV0(r: Reader): VoteRequest {
  const clusterId = r.compactNullableString();
  const $n3 = r.compactArrayLength();
  const $a4: VoteRequestTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decVoteRequestTopicDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    voterId: -1,
    topics,
  };
}

/** VoteRequest at v1. */
function encVoteRequestV1(w: Writer, v: VoteRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.voterId);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encVoteRequestTopicDataV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VoteRequest at v1. */
function decVoteRequestV1(r: Reader): VoteRequest {
  const clusterId = r.compactNullableString();
  const voterId = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: VoteRequestTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decVoteRequestTopicDataV1(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    voterId,
    topics,
  };
}

/** VoteRequestTopicData at v0. */
function encVoteRequestTopicDataV0(w: Writer, v: VoteRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encVoteRequestPartitionDataV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VoteRequestTopicData at v0. */
function decVoteRequestTopicDataV0(r: Reader): VoteRequestTopicData {
  const topicName = r.compactString();
  const $n13 = r.compactArrayLength();
  const $a14: VoteRequestPartitionData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decVoteRequestPartitionDataV0(r));
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** VoteRequestTopicData at v1. */
function encVoteRequestTopicDataV1(w: Writer, v: VoteRequestTopicData): void {
  w.compactString(v.topicName);
  {
    const $a16 = v.partitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encVoteRequestPartitionDataV1(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VoteRequestTopicData at v1. */
function decVoteRequestTopicDataV1(r: Reader): VoteRequestTopicData {
  const topicName = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: VoteRequestPartitionData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decVoteRequestPartitionDataV1(r));
  const partitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** VoteRequestPartitionData at v0. */
function encVoteRequestPartitionDataV0(w: Writer, v: VoteRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.candidateEpoch);
  w.int32(v.candidateId);
  w.int32(v.lastOffsetEpoch);
  w.int64(v.lastOffset);
  w.uvarint(0); // no tagged fields
}

/** VoteRequestPartitionData at v0. */
function decVoteRequestPartitionDataV0(r: Reader): VoteRequestPartitionData {
  const partitionIndex = r.int32();
  const candidateEpoch = r.int32();
  const candidateId = r.int32();
  const lastOffsetEpoch = r.int32();
  const lastOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    candidateEpoch,
    candidateId,
    candidateDirectoryId: ZERO_UUID,
    voterDirectoryId: ZERO_UUID,
    lastOffsetEpoch,
    lastOffset,
  };
}

/** VoteRequestPartitionData at v1. */
function encVoteRequestPartitionDataV1(w: Writer, v: VoteRequestPartitionData): void {
  w.int32(v.partitionIndex);
  w.int32(v.candidateEpoch);
  w.int32(v.candidateId);
  w.uuid(v.candidateDirectoryId);
  w.uuid(v.voterDirectoryId);
  w.int32(v.lastOffsetEpoch);
  w.int64(v.lastOffset);
  w.uvarint(0); // no tagged fields
}

/** VoteRequestPartitionData at v1. */
function decVoteRequestPartitionDataV1(r: Reader): VoteRequestPartitionData {
  const partitionIndex = r.int32();
  const candidateEpoch = r.int32();
  const candidateId = r.int32();
  const candidateDirectoryId = r.uuid();
  const voterDirectoryId = r.uuid();
  const lastOffsetEpoch = r.int32();
  const lastOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    candidateEpoch,
    candidateId,
    candidateDirectoryId,
    voterDirectoryId,
    lastOffsetEpoch,
    lastOffset,
  };
}

/** VoteRequest at versions 0-1. */
export const voteRequestCodec = new MessageCodec<VoteRequest>(
  "VoteRequest",
  0,
  [encVoteRequestV0, encVoteRequestV1],
  [decVoteRequestV0, decVoteRequestV1],
  newVoteRequest,
);

/** VoteResponse at v0. */
function encVoteResponseV0(w: Writer, v: VoteResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encVoteResponseTopicDataV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VoteResponse at v0. */
function decVoteResponseV0(r: Reader): VoteResponse {
  const errorCode = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: VoteResponseTopicData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decVoteResponseTopicDataV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    topics,
    nodeEndpoints: [],
  };
}

/** VoteResponse at v1. */
function encVoteResponseV1(w: Writer, v: VoteResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encVoteResponseTopicDataV0(w, $a6[$i7]);
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
        encVoteResponseNodeEndpointV1($s9, $a10[$i11]);
      }
    }
    w.uvarint($s9.length);
    w.writer($s9);
  }
}

/** VoteResponse at v1. */
function decVoteResponseV1(r: Reader): VoteResponse {
  const errorCode = r.int16();
  const $n12 = r.compactArrayLength();
  const $a13: VoteResponseTopicData[] = [];
  for (let $i14 = 0; $i14 < $n12; $i14++) $a13.push(decVoteResponseTopicDataV0(r));
  const topics = $a13;
  let nodeEndpoints: readonly VoteResponseNodeEndpoint[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n15 = r.compactArrayLength();
        const $a16: VoteResponseNodeEndpoint[] = [];
        for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(decVoteResponseNodeEndpointV1(r));
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

/** VoteResponseTopicData at v0-1. */
function encVoteResponseTopicDataV0(w: Writer, v: VoteResponseTopicData): void {
  w.compactString(v.topicName);
  {
    const $a18 = v.partitions;
    w.compactArrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      encVoteResponsePartitionDataV0(w, $a18[$i19]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** VoteResponseTopicData at v0-1. */
function decVoteResponseTopicDataV0(r: Reader): VoteResponseTopicData {
  const topicName = r.compactString();
  const $n20 = r.compactArrayLength();
  const $a21: VoteResponsePartitionData[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(decVoteResponsePartitionDataV0(r));
  const partitions = $a21;
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitions,
  };
}

/** VoteResponsePartitionData at v0-1. */
function encVoteResponsePartitionDataV0(w: Writer, v: VoteResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.bool(v.voteGranted);
  w.uvarint(0); // no tagged fields
}

/** VoteResponsePartitionData at v0-1. */
function decVoteResponsePartitionDataV0(r: Reader): VoteResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  const voteGranted = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    leaderId,
    leaderEpoch,
    voteGranted,
  };
}

/** VoteResponseNodeEndpoint at v1. */
function encVoteResponseNodeEndpointV1(w: Writer, v: VoteResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** VoteResponseNodeEndpoint at v1. */
function decVoteResponseNodeEndpointV1(r: Reader): VoteResponseNodeEndpoint {
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

/** VoteResponse at versions 0-1. */
export const voteResponseCodec = new MessageCodec<VoteResponse>(
  "VoteResponse",
  0,
  [encVoteResponseV0, encVoteResponseV1],
  [decVoteResponseV0, decVoteResponseV1],
  newVoteResponse,
);
