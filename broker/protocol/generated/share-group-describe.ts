// Kafka ShareGroupDescribe API (key 77): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ShareGroupDescribeRequest: request of api key 77, versions 0, flexible 0. */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0) */
  readonly groupIds: readonly string[];
  /** Whether to include authorized operations. (versions 0) */
  readonly includeAuthorizedOperations: boolean;
}

/** ShareGroupDescribeResponse: response of api key 77, versions 0, flexible 0. */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** Each described group. (versions 0) */
  readonly groups: readonly ShareGroupDescribeResponseDescribedGroup[];
}

/** DescribedGroup in ShareGroupDescribeResponse. */
export interface ShareGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** The group ID string. (versions 0) */
  readonly groupId: string;
  /** The group state string, or the empty string. (versions 0) */
  readonly groupState: string;
  /** The group epoch. (versions 0) */
  readonly groupEpoch: number;
  /** The assignment epoch. (versions 0) */
  readonly assignmentEpoch: number;
  /** The selected assignor. (versions 0) */
  readonly assignorName: string;
  /** The members. (versions 0) */
  readonly members: readonly ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0, default -2147483648) */
  readonly authorizedOperations: number;
}

/** Member in ShareGroupDescribeResponse. */
export interface ShareGroupDescribeResponseMember {
  /** The member ID. (versions 0) */
  readonly memberId: string;
  /** The member rack ID. (versions 0, nullable 0, default null) */
  readonly rackId: string | null;
  /** The current member epoch. (versions 0) */
  readonly memberEpoch: number;
  /** The client ID. (versions 0) */
  readonly clientId: string;
  /** The client host. (versions 0) */
  readonly clientHost: string;
  /** The subscribed topic names. (versions 0) */
  readonly subscribedTopicNames: readonly string[];
  /** The current assignment. (versions 0) */
  readonly assignment: ShareGroupDescribeResponseAssignment;
}

/** Assignment in ShareGroupDescribeResponse. */
export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0) */
  readonly topicPartitions: readonly ShareGroupDescribeResponseTopicPartitions[];
}

/** TopicPartitions in ShareGroupDescribeResponse. */
export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0) */
  readonly topicId: string;
  /** The topic name. (versions 0) */
  readonly topicName: string;
  /** The partitions. (versions 0) */
  readonly partitions: readonly number[];
}

/** A ShareGroupDescribeRequest with every field at its spec default. */
export function newShareGroupDescribeRequest(): ShareGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
  };
}

/** A ShareGroupDescribeResponse with every field at its spec default. */
export function newShareGroupDescribeResponse(): ShareGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A ShareGroupDescribeResponseDescribedGroup with every field at its spec default. */
export function newShareGroupDescribeResponseDescribedGroup(): ShareGroupDescribeResponseDescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: "",
    groupState: "",
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: "",
    members: [],
    authorizedOperations: -2147483648,
  };
}

/** A ShareGroupDescribeResponseMember with every field at its spec default. */
export function newShareGroupDescribeResponseMember(): ShareGroupDescribeResponseMember {
  return {
    memberId: "",
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    assignment: newShareGroupDescribeResponseAssignment(),
  };
}

/** A ShareGroupDescribeResponseAssignment with every field at its spec default. */
export function newShareGroupDescribeResponseAssignment(): ShareGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
  };
}

/** A ShareGroupDescribeResponseTopicPartitions with every field at its spec default. */
export function newShareGroupDescribeResponseTopicPartitions(): ShareGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
  };
}

/** ShareGroupDescribeRequest at v0. */
function encShareGroupDescribeRequestV0(w: Writer, v: ShareGroupDescribeRequest): void {
  {
    const $a1 = v.groupIds;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.compactString($a1[$i2]);
    }
  }
  w.bool(v.includeAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** ShareGroupDescribeRequest at v0. */
function decShareGroupDescribeRequestV0(r: Reader): ShareGroupDescribeRequest {
  const $n3 = r.compactArrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.compactString());
  const groupIds = $a4;
  const includeAuthorizedOperations = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    groupIds,
    includeAuthorizedOperations,
  };
}

/** ShareGroupDescribeRequest at versions 0. */
export const shareGroupDescribeRequestCodec = new MessageCodec<ShareGroupDescribeRequest>(
  "ShareGroupDescribeRequest",
  0,
  [encShareGroupDescribeRequestV0],
  [decShareGroupDescribeRequestV0],
  newShareGroupDescribeRequest,
);

/** ShareGroupDescribeResponse at v0. */
function encShareGroupDescribeResponseV0(w: Writer, v: ShareGroupDescribeResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.groups;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encShareGroupDescribeResponseDescribedGroupV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareGroupDescribeResponse at v0. */
function decShareGroupDescribeResponseV0(r: Reader): ShareGroupDescribeResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: ShareGroupDescribeResponseDescribedGroup[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decShareGroupDescribeResponseDescribedGroupV0(r));
  const groups = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    groups,
  };
}

/** ShareGroupDescribeResponseDescribedGroup at v0. */
function encShareGroupDescribeResponseDescribedGroupV0(w: Writer, v: ShareGroupDescribeResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  {
    const $a6 = v.members;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encShareGroupDescribeResponseMemberV0(w, $a6[$i7]);
    }
  }
  w.int32(v.authorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** ShareGroupDescribeResponseDescribedGroup at v0. */
function decShareGroupDescribeResponseDescribedGroupV0(r: Reader): ShareGroupDescribeResponseDescribedGroup {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const groupId = r.compactString();
  const groupState = r.compactString();
  const groupEpoch = r.int32();
  const assignmentEpoch = r.int32();
  const assignorName = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: ShareGroupDescribeResponseMember[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decShareGroupDescribeResponseMemberV0(r));
  const members = $a9;
  const authorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    groupId,
    groupState,
    groupEpoch,
    assignmentEpoch,
    assignorName,
    members,
    authorizedOperations,
  };
}

/** ShareGroupDescribeResponseMember at v0. */
function encShareGroupDescribeResponseMemberV0(w: Writer, v: ShareGroupDescribeResponseMember): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  {
    const $a11 = v.subscribedTopicNames;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      w.compactString($a11[$i12]);
    }
  }
  encShareGroupDescribeResponseAssignmentV0(w, v.assignment);
  w.uvarint(0); // no tagged fields
}

/** ShareGroupDescribeResponseMember at v0. */
function decShareGroupDescribeResponseMemberV0(r: Reader): ShareGroupDescribeResponseMember {
  const memberId = r.compactString();
  const rackId = r.compactNullableString();
  const memberEpoch = r.int32();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const $n13 = r.compactArrayLength();
  const $a14: string[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(r.compactString());
  const subscribedTopicNames = $a14;
  const assignment = decShareGroupDescribeResponseAssignmentV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    rackId,
    memberEpoch,
    clientId,
    clientHost,
    subscribedTopicNames,
    assignment,
  };
}

/** ShareGroupDescribeResponseAssignment at v0. */
function encShareGroupDescribeResponseAssignmentV0(w: Writer, v: ShareGroupDescribeResponseAssignment): void {
  {
    const $a16 = v.topicPartitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encShareGroupDescribeResponseTopicPartitionsV0(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareGroupDescribeResponseAssignment at v0. */
function decShareGroupDescribeResponseAssignmentV0(r: Reader): ShareGroupDescribeResponseAssignment {
  const $n18 = r.compactArrayLength();
  const $a19: ShareGroupDescribeResponseTopicPartitions[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decShareGroupDescribeResponseTopicPartitionsV0(r));
  const topicPartitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    topicPartitions,
  };
}

/** ShareGroupDescribeResponseTopicPartitions at v0. */
function encShareGroupDescribeResponseTopicPartitionsV0(w: Writer, v: ShareGroupDescribeResponseTopicPartitions): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  {
    const $a21 = v.partitions;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      w.int32($a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ShareGroupDescribeResponseTopicPartitions at v0. */
function decShareGroupDescribeResponseTopicPartitionsV0(r: Reader): ShareGroupDescribeResponseTopicPartitions {
  const topicId = r.uuid();
  const topicName = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: number[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(r.int32());
  const partitions = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    topicId,
    topicName,
    partitions,
  };
}

/** ShareGroupDescribeResponse at versions 0. */
export const shareGroupDescribeResponseCodec = new MessageCodec<ShareGroupDescribeResponse>(
  "ShareGroupDescribeResponse",
  0,
  [encShareGroupDescribeResponseV0],
  [decShareGroupDescribeResponseV0],
  newShareGroupDescribeResponse,
);
