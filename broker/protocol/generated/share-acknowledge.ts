// Kafka ShareAcknowledge API (key 79): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ShareAcknowledgeRequest: request of api key 79, versions 0, flexible 0. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. (versions 0, nullable 0, default null) */
  readonly groupId: string | null;
  /** The member ID. (versions 0, nullable 0) */
  readonly memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0) */
  readonly shareSessionEpoch: number;
  /** The topics containing records to acknowledge. (versions 0) */
  readonly topics: readonly ShareAcknowledgeRequestAcknowledgeTopic[];
}

/** AcknowledgeTopic in ShareAcknowledgeRequest. */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. (versions 0) */
  readonly topicId: string;
  /** The partitions containing records to acknowledge. (versions 0) */
  readonly partitions: readonly ShareAcknowledgeRequestAcknowledgePartition[];
}

/** AcknowledgePartition in ShareAcknowledgeRequest. */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** Record batches to acknowledge. (versions 0) */
  readonly acknowledgementBatches: readonly ShareAcknowledgeRequestAcknowledgementBatch[];
}

/** AcknowledgementBatch in ShareAcknowledgeRequest. */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0) */
  readonly firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0) */
  readonly lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (versions 0) */
  readonly acknowledgeTypes: readonly number[];
}

/** ShareAcknowledgeResponse: response of api key 79, versions 0, flexible 0. */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The top level response error code. (versions 0) */
  readonly errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** The response topics. (versions 0) */
  readonly responses: readonly ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0) */
  readonly nodeEndpoints: readonly ShareAcknowledgeResponseNodeEndpoint[];
}

/** ShareAcknowledgeTopicResponse in ShareAcknowledgeResponse. */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. (versions 0) */
  readonly topicId: string;
  /** The topic partitions. (versions 0) */
  readonly partitions: readonly ShareAcknowledgeResponsePartitionData[];
}

/** PartitionData in ShareAcknowledgeResponse. */
export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** (versions 0) */
  readonly currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
}

/** LeaderIdAndEpoch in ShareAcknowledgeResponse. */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0) */
  readonly leaderId: number;
  /** The latest known leader epoch. (versions 0) */
  readonly leaderEpoch: number;
}

/** NodeEndpoint in ShareAcknowledgeResponse. */
export interface ShareAcknowledgeResponseNodeEndpoint {
  /** The ID of the associated node. (versions 0) */
  readonly nodeId: number;
  /** The node's hostname. (versions 0) */
  readonly host: string;
  /** The node's port. (versions 0) */
  readonly port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0, nullable 0, default null) */
  readonly rack: string | null;
}

/** A ShareAcknowledgeRequest with every field at its spec default. */
export function newShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    topics: [],
  };
}

/** A ShareAcknowledgeRequestAcknowledgeTopic with every field at its spec default. */
export function newShareAcknowledgeRequestAcknowledgeTopic(): ShareAcknowledgeRequestAcknowledgeTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ShareAcknowledgeRequestAcknowledgePartition with every field at its spec default. */
export function newShareAcknowledgeRequestAcknowledgePartition(): ShareAcknowledgeRequestAcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
  };
}

/** A ShareAcknowledgeRequestAcknowledgementBatch with every field at its spec default. */
export function newShareAcknowledgeRequestAcknowledgementBatch(): ShareAcknowledgeRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
  };
}

/** A ShareAcknowledgeResponse with every field at its spec default. */
export function newShareAcknowledgeResponse(): ShareAcknowledgeResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
  };
}

/** A ShareAcknowledgeResponseShareAcknowledgeTopicResponse with every field at its spec default. */
export function newShareAcknowledgeResponseShareAcknowledgeTopicResponse(): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ShareAcknowledgeResponsePartitionData with every field at its spec default. */
export function newShareAcknowledgeResponsePartitionData(): ShareAcknowledgeResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    currentLeader: newShareAcknowledgeResponseLeaderIdAndEpoch(),
  };
}

/** A ShareAcknowledgeResponseLeaderIdAndEpoch with every field at its spec default. */
export function newShareAcknowledgeResponseLeaderIdAndEpoch(): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A ShareAcknowledgeResponseNodeEndpoint with every field at its spec default. */
export function newShareAcknowledgeResponseNodeEndpoint(): ShareAcknowledgeResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

/** ShareAcknowledgeRequest at v0. */
function encShareAcknowledgeRequestV0(w: Writer, v: ShareAcknowledgeRequest): void {
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encShareAcknowledgeRequestAcknowledgeTopicV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeRequest at v0. */
function decShareAcknowledgeRequestV0(r: Reader): ShareAcknowledgeRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decShareAcknowledgeRequestAcknowledgeTopicV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    memberId,
    shareSessionEpoch,
    topics,
  };
}

/** ShareAcknowledgeRequestAcknowledgeTopic at v0. */
function encShareAcknowledgeRequestAcknowledgeTopicV0(w: Writer, v: ShareAcknowledgeRequestAcknowledgeTopic): void {
  w.uuid(v.topicId);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encShareAcknowledgeRequestAcknowledgePartitionV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeRequestAcknowledgeTopic at v0. */
function decShareAcknowledgeRequestAcknowledgeTopicV0(r: Reader): ShareAcknowledgeRequestAcknowledgeTopic {
  const topicId = r.uuid();
  const $n8 = r.compactArrayLength();
  const $a9: ShareAcknowledgeRequestAcknowledgePartition[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decShareAcknowledgeRequestAcknowledgePartitionV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ShareAcknowledgeRequestAcknowledgePartition at v0. */
function encShareAcknowledgeRequestAcknowledgePartitionV0(w: Writer, v: ShareAcknowledgeRequestAcknowledgePartition): void {
  w.int32(v.partitionIndex);
  {
    const $a11 = v.acknowledgementBatches;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encShareAcknowledgeRequestAcknowledgementBatchV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeRequestAcknowledgePartition at v0. */
function decShareAcknowledgeRequestAcknowledgePartitionV0(r: Reader): ShareAcknowledgeRequestAcknowledgePartition {
  const partitionIndex = r.int32();
  const $n13 = r.compactArrayLength();
  const $a14: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decShareAcknowledgeRequestAcknowledgementBatchV0(r));
  const acknowledgementBatches = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    acknowledgementBatches,
  };
}

/** ShareAcknowledgeRequestAcknowledgementBatch at v0. */
function encShareAcknowledgeRequestAcknowledgementBatchV0(w: Writer, v: ShareAcknowledgeRequestAcknowledgementBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  {
    const $a16 = v.acknowledgeTypes;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      w.int8($a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeRequestAcknowledgementBatch at v0. */
function decShareAcknowledgeRequestAcknowledgementBatchV0(r: Reader): ShareAcknowledgeRequestAcknowledgementBatch {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const $n18 = r.compactArrayLength();
  const $a19: number[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(r.int8());
  const acknowledgeTypes = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    firstOffset,
    lastOffset,
    acknowledgeTypes,
  };
}

/** ShareAcknowledgeRequest at versions 0. */
export const shareAcknowledgeRequestCodec = new MessageCodec<ShareAcknowledgeRequest>(
  "ShareAcknowledgeRequest",
  0,
  [encShareAcknowledgeRequestV0],
  [decShareAcknowledgeRequestV0],
  newShareAcknowledgeRequest,
);

/** ShareAcknowledgeResponse at v0. */
function encShareAcknowledgeResponseV0(w: Writer, v: ShareAcknowledgeResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a1 = v.responses;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encShareAcknowledgeResponseShareAcknowledgeTopicResponseV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.nodeEndpoints;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encShareAcknowledgeResponseNodeEndpointV0(w, $a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeResponse at v0. */
function decShareAcknowledgeResponseV0(r: Reader): ShareAcknowledgeResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n5 = r.compactArrayLength();
  const $a6: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decShareAcknowledgeResponseShareAcknowledgeTopicResponseV0(r));
  const responses = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: ShareAcknowledgeResponseNodeEndpoint[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decShareAcknowledgeResponseNodeEndpointV0(r));
  const nodeEndpoints = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    responses,
    nodeEndpoints,
  };
}

/** ShareAcknowledgeResponseShareAcknowledgeTopicResponse at v0. */
function encShareAcknowledgeResponseShareAcknowledgeTopicResponseV0(w: Writer, v: ShareAcknowledgeResponseShareAcknowledgeTopicResponse): void {
  w.uuid(v.topicId);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encShareAcknowledgeResponsePartitionDataV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeResponseShareAcknowledgeTopicResponse at v0. */
function decShareAcknowledgeResponseShareAcknowledgeTopicResponseV0(r: Reader): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const topicId = r.uuid();
  const $n13 = r.compactArrayLength();
  const $a14: ShareAcknowledgeResponsePartitionData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decShareAcknowledgeResponsePartitionDataV0(r));
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ShareAcknowledgeResponsePartitionData at v0. */
function encShareAcknowledgeResponsePartitionDataV0(w: Writer, v: ShareAcknowledgeResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  encShareAcknowledgeResponseLeaderIdAndEpochV0(w, v.currentLeader);
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeResponsePartitionData at v0. */
function decShareAcknowledgeResponsePartitionDataV0(r: Reader): ShareAcknowledgeResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const currentLeader = decShareAcknowledgeResponseLeaderIdAndEpochV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage,
    currentLeader,
  };
}

/** ShareAcknowledgeResponseLeaderIdAndEpoch at v0. */
function encShareAcknowledgeResponseLeaderIdAndEpochV0(w: Writer, v: ShareAcknowledgeResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeResponseLeaderIdAndEpoch at v0. */
function decShareAcknowledgeResponseLeaderIdAndEpochV0(r: Reader): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    leaderId,
    leaderEpoch,
  };
}

/** ShareAcknowledgeResponseNodeEndpoint at v0. */
function encShareAcknowledgeResponseNodeEndpointV0(w: Writer, v: ShareAcknowledgeResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** ShareAcknowledgeResponseNodeEndpoint at v0. */
function decShareAcknowledgeResponseNodeEndpointV0(r: Reader): ShareAcknowledgeResponseNodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    host,
    port,
    rack,
  };
}

/** ShareAcknowledgeResponse at versions 0. */
export const shareAcknowledgeResponseCodec = new MessageCodec<ShareAcknowledgeResponse>(
  "ShareAcknowledgeResponse",
  0,
  [encShareAcknowledgeResponseV0],
  [decShareAcknowledgeResponseV0],
  newShareAcknowledgeResponse,
);
