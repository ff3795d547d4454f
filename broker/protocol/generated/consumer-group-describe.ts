// Kafka ConsumerGroupDescribe API (key 69): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ConsumerGroupDescribeRequest: request of api key 69, versions 0, flexible 0. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0) */
  readonly groupIds: readonly string[];
  /** Whether to include authorized operations. (versions 0) */
  readonly includeAuthorizedOperations: boolean;
}

/** ConsumerGroupDescribeResponse: response of api key 69, versions 0, flexible 0. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** Each described group. (versions 0) */
  readonly groups: readonly ConsumerGroupDescribeResponseDescribedGroup[];
}

/** DescribedGroup in ConsumerGroupDescribeResponse. */
export interface ConsumerGroupDescribeResponseDescribedGroup {
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
  readonly members: readonly ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0, default -2147483648) */
  readonly authorizedOperations: number;
}

/** Member in ConsumerGroupDescribeResponse. */
export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. (versions 0) */
  readonly memberId: string;
  /** The member instance ID. (versions 0, nullable 0, default null) */
  readonly instanceId: string | null;
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
  /** the subscribed topic regex otherwise or null of not provided. (versions 0, nullable 0, default null) */
  readonly subscribedTopicRegex: string | null;
  /** The current assignment. (versions 0) */
  readonly assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. (versions 0) */
  readonly targetAssignment: ConsumerGroupDescribeResponseAssignment;
}

/** Assignment in ConsumerGroupDescribeResponse. */
export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0) */
  readonly topicPartitions: readonly ConsumerGroupDescribeResponseTopicPartitions[];
}

/** TopicPartitions in ConsumerGroupDescribeResponse. */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0) */
  readonly topicId: string;
  /** The topic name. (versions 0) */
  readonly topicName: string;
  /** The partitions. (versions 0) */
  readonly partitions: readonly number[];
}

/** A ConsumerGroupDescribeRequest with every field at its spec default. */
export function newConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
  };
}

/** A ConsumerGroupDescribeResponse with every field at its spec default. */
export function newConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A ConsumerGroupDescribeResponseDescribedGroup with every field at its spec default. */
export function newConsumerGroupDescribeResponseDescribedGroup(): ConsumerGroupDescribeResponseDescribedGroup {
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

/** A ConsumerGroupDescribeResponseMember with every field at its spec default. */
export function newConsumerGroupDescribeResponseMember(): ConsumerGroupDescribeResponseMember {
  return {
    memberId: "",
    instanceId: null,
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    assignment: newConsumerGroupDescribeResponseAssignment(),
    targetAssignment: newConsumerGroupDescribeResponseAssignment(),
  };
}

/** A ConsumerGroupDescribeResponseAssignment with every field at its spec default. */
export function newConsumerGroupDescribeResponseAssignment(): ConsumerGroupDescribeResponseAssignment {
  return {
    topicPartitions: [],
  };
}

/** A ConsumerGroupDescribeResponseTopicPartitions with every field at its spec default. */
export function newConsumerGroupDescribeResponseTopicPartitions(): ConsumerGroupDescribeResponseTopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
  };
}

/** ConsumerGroupDescribeRequest at v0. */
function encConsumerGroupDescribeRequestV0(w: Writer, v: ConsumerGroupDescribeRequest): void {
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

/** ConsumerGroupDescribeRequest at v0. */
function decConsumerGroupDescribeRequestV0(r: Reader): ConsumerGroupDescribeRequest {
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

/** ConsumerGroupDescribeRequest at versions 0. */
export const consumerGroupDescribeRequestCodec = new MessageCodec<ConsumerGroupDescribeRequest>(
  "ConsumerGroupDescribeRequest",
  0,
  [encConsumerGroupDescribeRequestV0],
  [decConsumerGroupDescribeRequestV0],
  newConsumerGroupDescribeRequest,
);

/** ConsumerGroupDescribeResponse at v0. */
function encConsumerGroupDescribeResponseV0(w: Writer, v: ConsumerGroupDescribeResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.groups;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encConsumerGroupDescribeResponseDescribedGroupV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ConsumerGroupDescribeResponse at v0. */
function decConsumerGroupDescribeResponseV0(r: Reader): ConsumerGroupDescribeResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: ConsumerGroupDescribeResponseDescribedGroup[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decConsumerGroupDescribeResponseDescribedGroupV0(r));
  const groups = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    groups,
  };
}

/** ConsumerGroupDescribeResponseDescribedGroup at v0. */
function encConsumerGroupDescribeResponseDescribedGroupV0(w: Writer, v: ConsumerGroupDescribeResponseDescribedGroup): void {
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
      encConsumerGroupDescribeResponseMemberV0(w, $a6[$i7]);
    }
  }
  w.int32(v.authorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** ConsumerGroupDescribeResponseDescribedGroup at v0. */
function decConsumerGroupDescribeResponseDescribedGroupV0(r: Reader): ConsumerGroupDescribeResponseDescribedGroup {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const groupId = r.compactString();
  const groupState = r.compactString();
  const groupEpoch = r.int32();
  const assignmentEpoch = r.int32();
  const assignorName = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: ConsumerGroupDescribeResponseMember[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decConsumerGroupDescribeResponseMemberV0(r));
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

/** ConsumerGroupDescribeResponseMember at v0. */
function encConsumerGroupDescribeResponseMemberV0(w: Writer, v: ConsumerGroupDescribeResponseMember): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.instanceId);
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
  w.compactNullableString(v.subscribedTopicRegex);
  encConsumerGroupDescribeResponseAssignmentV0(w, v.assignment);
  encConsumerGroupDescribeResponseAssignmentV0(w, v.targetAssignment);
  w.uvarint(0); // no tagged fields
}

/** ConsumerGroupDescribeResponseMember at v0. */
function decConsumerGroupDescribeResponseMemberV0(r: Reader): ConsumerGroupDescribeResponseMember {
  const memberId = r.compactString();
  const instanceId = r.compactNullableString();
  const rackId = r.compactNullableString();
  const memberEpoch = r.int32();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const $n13 = r.compactArrayLength();
  const $a14: string[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(r.compactString());
  const subscribedTopicNames = $a14;
  const subscribedTopicRegex = r.compactNullableString();
  const assignment = decConsumerGroupDescribeResponseAssignmentV0(r);
  const targetAssignment = decConsumerGroupDescribeResponseAssignmentV0(r);
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    instanceId,
    rackId,
    memberEpoch,
    clientId,
    clientHost,
    subscribedTopicNames,
    subscribedTopicRegex,
    assignment,
    targetAssignment,
  };
}

/** ConsumerGroupDescribeResponseAssignment at v0. */
function encConsumerGroupDescribeResponseAssignmentV0(w: Writer, v: ConsumerGroupDescribeResponseAssignment): void {
  {
    const $a16 = v.topicPartitions;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encConsumerGroupDescribeResponseTopicPartitionsV0(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ConsumerGroupDescribeResponseAssignment at v0. */
function decConsumerGroupDescribeResponseAssignmentV0(r: Reader): ConsumerGroupDescribeResponseAssignment {
  const $n18 = r.compactArrayLength();
  const $a19: ConsumerGroupDescribeResponseTopicPartitions[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decConsumerGroupDescribeResponseTopicPartitionsV0(r));
  const topicPartitions = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    topicPartitions,
  };
}

/** ConsumerGroupDescribeResponseTopicPartitions at v0. */
function encConsumerGroupDescribeResponseTopicPartitionsV0(w: Writer, v: ConsumerGroupDescribeResponseTopicPartitions): void {
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

/** ConsumerGroupDescribeResponseTopicPartitions at v0. */
function decConsumerGroupDescribeResponseTopicPartitionsV0(r: Reader): ConsumerGroupDescribeResponseTopicPartitions {
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

/** ConsumerGroupDescribeResponse at versions 0. */
export const consumerGroupDescribeResponseCodec = new MessageCodec<ConsumerGroupDescribeResponse>(
  "ConsumerGroupDescribeResponse",
  0,
  [encConsumerGroupDescribeResponseV0],
  [decConsumerGroupDescribeResponseV0],
  newConsumerGroupDescribeResponse,
);
