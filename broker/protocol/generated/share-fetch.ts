// Kafka ShareFetch API (key 78): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ShareFetchRequest.json, ShareFetchResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ShareFetchRequest: request of api key 78, versions 0, flexible 0. */
export interface ShareFetchRequest {
  /** The group identifier. (versions 0, nullable 0, default null) */
  readonly groupId: string | null;
  /** The member ID. (versions 0, nullable 0) */
  readonly memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0) */
  readonly shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. (versions 0) */
  readonly maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0) */
  readonly minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (versions 0, default 0x7fffffff) */
  readonly maxBytes: number;
  /** The topics to fetch. (versions 0) */
  readonly topics: readonly ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. (versions 0) */
  readonly forgottenTopicsData: readonly ShareFetchRequestForgottenTopic[];
}

/** FetchTopic in ShareFetchRequest. */
export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. (versions 0) */
  readonly topicId: string;
  /** The partitions to fetch. (versions 0) */
  readonly partitions: readonly ShareFetchRequestFetchPartition[];
}

/** FetchPartition in ShareFetchRequest. */
export interface ShareFetchRequestFetchPartition {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. (versions 0) */
  readonly partitionMaxBytes: number;
  /** Record batches to acknowledge. (versions 0) */
  readonly acknowledgementBatches: readonly ShareFetchRequestAcknowledgementBatch[];
}

/** AcknowledgementBatch in ShareFetchRequest. */
export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0) */
  readonly firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0) */
  readonly lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (versions 0) */
  readonly acknowledgeTypes: readonly number[];
}

/** ForgottenTopic in ShareFetchRequest. */
export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. (versions 0) */
  readonly topicId: string;
  /** The partitions indexes to forget. (versions 0) */
  readonly partitions: readonly number[];
}

/** ShareFetchResponse: response of api key 78, versions 0, flexible 0. */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The top-level response error code. (versions 0) */
  readonly errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** The response topics. (versions 0) */
  readonly responses: readonly ShareFetchResponseShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0) */
  readonly nodeEndpoints: readonly ShareFetchResponseNodeEndpoint[];
}

/** ShareFetchableTopicResponse in ShareFetchResponse. */
export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. (versions 0) */
  readonly topicId: string;
  /** The topic partitions. (versions 0) */
  readonly partitions: readonly ShareFetchResponsePartitionData[];
}

/** PartitionData in ShareFetchResponse. */
export interface ShareFetchResponsePartitionData {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. (versions 0) */
  readonly errorCode: number;
  /** The fetch error message, or null if there was no fetch error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. (versions 0) */
  readonly acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. (versions 0, nullable 0, default null) */
  readonly acknowledgeErrorMessage: string | null;
  /** (versions 0) */
  readonly currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. (versions 0, nullable 0) */
  readonly records: Buffer | null;
  /** The acquired records. (versions 0) */
  readonly acquiredRecords: readonly ShareFetchResponseAcquiredRecords[];
}

/** LeaderIdAndEpoch in ShareFetchResponse. */
export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0) */
  readonly leaderId: number;
  /** The latest known leader epoch. (versions 0) */
  readonly leaderEpoch: number;
}

/** AcquiredRecords in ShareFetchResponse. */
export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. (versions 0) */
  readonly firstOffset: bigint;
  /** The last offset of this batch of acquired records. (versions 0) */
  readonly lastOffset: bigint;
  /** The delivery count of this batch of acquired records. (versions 0) */
  readonly deliveryCount: number;
}

/** NodeEndpoint in ShareFetchResponse. */
export interface ShareFetchResponseNodeEndpoint {
  /** The ID of the associated node. (versions 0) */
  readonly nodeId: number;
  /** The node's hostname. (versions 0) */
  readonly host: string;
  /** The node's port. (versions 0) */
  readonly port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0, nullable 0, default null) */
  readonly rack: string | null;
}

/** A ShareFetchRequest with every field at its spec default. */
export function newShareFetchRequest(): ShareFetchRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    topics: [],
    forgottenTopicsData: [],
  };
}

/** A ShareFetchRequestFetchTopic with every field at its spec default. */
export function newShareFetchRequestFetchTopic(): ShareFetchRequestFetchTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ShareFetchRequestFetchPartition with every field at its spec default. */
export function newShareFetchRequestFetchPartition(): ShareFetchRequestFetchPartition {
  return {
    partitionIndex: 0,
    partitionMaxBytes: 0,
    acknowledgementBatches: [],
  };
}

/** A ShareFetchRequestAcknowledgementBatch with every field at its spec default. */
export function newShareFetchRequestAcknowledgementBatch(): ShareFetchRequestAcknowledgementBatch {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    acknowledgeTypes: [],
  };
}

/** A ShareFetchRequestForgottenTopic with every field at its spec default. */
export function newShareFetchRequestForgottenTopic(): ShareFetchRequestForgottenTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ShareFetchResponse with every field at its spec default. */
export function newShareFetchResponse(): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
  };
}

/** A ShareFetchResponseShareFetchableTopicResponse with every field at its spec default. */
export function newShareFetchResponseShareFetchableTopicResponse(): ShareFetchResponseShareFetchableTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

/** A ShareFetchResponsePartitionData with every field at its spec default. */
export function newShareFetchResponsePartitionData(): ShareFetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: newShareFetchResponseLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
  };
}

/** A ShareFetchResponseLeaderIdAndEpoch with every field at its spec default. */
export function newShareFetchResponseLeaderIdAndEpoch(): ShareFetchResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

/** A ShareFetchResponseAcquiredRecords with every field at its spec default. */
export function newShareFetchResponseAcquiredRecords(): ShareFetchResponseAcquiredRecords {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryCount: 0,
  };
}

/** A ShareFetchResponseNodeEndpoint with every field at its spec default. */
export function newShareFetchResponseNodeEndpoint(): ShareFetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

/** ShareFetchRequest at v0. */
function encShareFetchRequestV0(w: Writer, v: ShareFetchRequest): void {
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encShareFetchRequestFetchTopicV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.forgottenTopicsData;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encShareFetchRequestForgottenTopicV0(w, $a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchRequest at v0. */
function decShareFetchRequestV0(r: Reader): ShareFetchRequest {
  const groupId = r.compactNullableString();
  const memberId = r.compactNullableString();
  const shareSessionEpoch = r.int32();
  const maxWaitMs = r.int32();
  const minBytes = r.int32();
  const maxBytes = r.int32();
  const $n5 = r.compactArrayLength();
  const $a6: ShareFetchRequestFetchTopic[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decShareFetchRequestFetchTopicV0(r));
  const topics = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: ShareFetchRequestForgottenTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decShareFetchRequestForgottenTopicV0(r));
  const forgottenTopicsData = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    memberId,
    shareSessionEpoch,
    maxWaitMs,
    minBytes,
    maxBytes,
    topics,
    forgottenTopicsData,
  };
}

/** ShareFetchRequestFetchTopic at v0. */
function encShareFetchRequestFetchTopicV0(w: Writer, v: ShareFetchRequestFetchTopic): void {
  w.uuid(v.topicId);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encShareFetchRequestFetchPartitionV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchRequestFetchTopic at v0. */
function decShareFetchRequestFetchTopicV0(r: Reader): ShareFetchRequestFetchTopic {
  const topicId = r.uuid();
  const $n13 = r.compactArrayLength();
  const $a14: ShareFetchRequestFetchPartition[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decShareFetchRequestFetchPartitionV0(r));
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ShareFetchRequestFetchPartition at v0. */
function encShareFetchRequestFetchPartitionV0(w: Writer, v: ShareFetchRequestFetchPartition): void {
  w.int32(v.partitionIndex);
  w.int32(v.partitionMaxBytes);
  {
    const $a16 = v.acknowledgementBatches;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encShareFetchRequestAcknowledgementBatchV0(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchRequestFetchPartition at v0. */
function decShareFetchRequestFetchPartitionV0(r: Reader): ShareFetchRequestFetchPartition {
  const partitionIndex = r.int32();
  const partitionMaxBytes = r.int32();
  const $n18 = r.compactArrayLength();
  const $a19: ShareFetchRequestAcknowledgementBatch[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decShareFetchRequestAcknowledgementBatchV0(r));
  const acknowledgementBatches = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    partitionMaxBytes,
    acknowledgementBatches,
  };
}

/** ShareFetchRequestAcknowledgementBatch at v0. */
function encShareFetchRequestAcknowledgementBatchV0(w: Writer, v: ShareFetchRequestAcknowledgementBatch): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  {
    const $a21 = v.acknowledgeTypes;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      w.int8($a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchRequestAcknowledgementBatch at v0. */
function decShareFetchRequestAcknowledgementBatchV0(r: Reader): ShareFetchRequestAcknowledgementBatch {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const $n23 = r.compactArrayLength();
  const $a24: number[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(r.int8());
  const acknowledgeTypes = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    firstOffset,
    lastOffset,
    acknowledgeTypes,
  };
}

/** ShareFetchRequestForgottenTopic at v0. */
function encShareFetchRequestForgottenTopicV0(w: Writer, v: ShareFetchRequestForgottenTopic): void {
  w.uuid(v.topicId);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.int32($a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchRequestForgottenTopic at v0. */
function decShareFetchRequestForgottenTopicV0(r: Reader): ShareFetchRequestForgottenTopic {
  const topicId = r.uuid();
  const $n28 = r.compactArrayLength();
  const $a29: number[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(r.int32());
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ShareFetchRequest at versions 0. */
export const shareFetchRequestCodec = new MessageCodec<ShareFetchRequest>(
  "ShareFetchRequest",
  0,
  [encShareFetchRequestV0],
  [decShareFetchRequestV0],
  newShareFetchRequest,
);

/** ShareFetchResponse at v0. */
function encShareFetchResponseV0(w: Writer, v: ShareFetchResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a1 = v.responses;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encShareFetchResponseShareFetchableTopicResponseV0(w, $a1[$i2]);
    }
  }
  {
    const $a3 = v.nodeEndpoints;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encShareFetchResponseNodeEndpointV0(w, $a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchResponse at v0. */
function decShareFetchResponseV0(r: Reader): ShareFetchResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n5 = r.compactArrayLength();
  const $a6: ShareFetchResponseShareFetchableTopicResponse[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(decShareFetchResponseShareFetchableTopicResponseV0(r));
  const responses = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: ShareFetchResponseNodeEndpoint[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decShareFetchResponseNodeEndpointV0(r));
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

/** ShareFetchResponseShareFetchableTopicResponse at v0. */
function encShareFetchResponseShareFetchableTopicResponseV0(w: Writer, v: ShareFetchResponseShareFetchableTopicResponse): void {
  w.uuid(v.topicId);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encShareFetchResponsePartitionDataV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchResponseShareFetchableTopicResponse at v0. */
function decShareFetchResponseShareFetchableTopicResponseV0(r: Reader): ShareFetchResponseShareFetchableTopicResponse {
  const topicId = r.uuid();
  const $n13 = r.compactArrayLength();
  const $a14: ShareFetchResponsePartitionData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decShareFetchResponsePartitionDataV0(r));
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    partitions,
  };
}

/** ShareFetchResponsePartitionData at v0. */
function encShareFetchResponsePartitionDataV0(w: Writer, v: ShareFetchResponsePartitionData): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int16(v.acknowledgeErrorCode);
  w.compactNullableString(v.acknowledgeErrorMessage);
  encShareFetchResponseLeaderIdAndEpochV0(w, v.currentLeader);
  w.compactRecords(v.records);
  {
    const $a16 = v.acquiredRecords;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encShareFetchResponseAcquiredRecordsV0(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareFetchResponsePartitionData at v0. */
function decShareFetchResponsePartitionDataV0(r: Reader): ShareFetchResponsePartitionData {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const acknowledgeErrorCode = r.int16();
  const acknowledgeErrorMessage = r.compactNullableString();
  const currentLeader = decShareFetchResponseLeaderIdAndEpochV0(r);
  const records = r.compactRecords();
  const $n18 = r.compactArrayLength();
  const $a19: ShareFetchResponseAcquiredRecords[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decShareFetchResponseAcquiredRecordsV0(r));
  const acquiredRecords = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage,
    acknowledgeErrorCode,
    acknowledgeErrorMessage,
    currentLeader,
    records,
    acquiredRecords,
  };
}

/** ShareFetchResponseLeaderIdAndEpoch at v0. */
function encShareFetchResponseLeaderIdAndEpochV0(w: Writer, v: ShareFetchResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** ShareFetchResponseLeaderIdAndEpoch at v0. */
function decShareFetchResponseLeaderIdAndEpochV0(r: Reader): ShareFetchResponseLeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    leaderId,
    leaderEpoch,
  };
}

/** ShareFetchResponseAcquiredRecords at v0. */
function encShareFetchResponseAcquiredRecordsV0(w: Writer, v: ShareFetchResponseAcquiredRecords): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int16(v.deliveryCount);
  w.uvarint(0); // no tagged fields
}

/** ShareFetchResponseAcquiredRecords at v0. */
function decShareFetchResponseAcquiredRecordsV0(r: Reader): ShareFetchResponseAcquiredRecords {
  const firstOffset = r.int64();
  const lastOffset = r.int64();
  const deliveryCount = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    firstOffset,
    lastOffset,
    deliveryCount,
  };
}

/** ShareFetchResponseNodeEndpoint at v0. */
function encShareFetchResponseNodeEndpointV0(w: Writer, v: ShareFetchResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** ShareFetchResponseNodeEndpoint at v0. */
function decShareFetchResponseNodeEndpointV0(r: Reader): ShareFetchResponseNodeEndpoint {
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

/** ShareFetchResponse at versions 0. */
export const shareFetchResponseCodec = new MessageCodec<ShareFetchResponse>(
  "ShareFetchResponse",
  0,
  [encShareFetchResponseV0],
  [decShareFetchResponseV0],
  newShareFetchResponse,
);
