// Kafka JoinGroup API (key 11): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{JoinGroupRequest.json, JoinGroupResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec, nullNotAllowed } from '../codec.ts';

/** JoinGroupRequest: request of api key 11, versions 0-9, flexible 6-9. */
export interface JoinGroupRequest {
  /** The group identifier. (versions 0-9) */
  readonly groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (versions 0-9) */
  readonly sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (versions 1-9, default -1) */
  readonly rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. (versions 0-9) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5-9, nullable 5-9, default null) */
  readonly groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. (versions 0-9) */
  readonly protocolType: string;
  /** The list of protocols that the member supports. (versions 0-9) */
  readonly protocols: readonly JoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. (versions 8-9, nullable 8-9, default null) */
  readonly reason: string | null;
}

/** JoinGroupRequestProtocol in JoinGroupRequest. */
export interface JoinGroupRequestProtocol {
  /** The protocol name. (versions 0-9) */
  readonly name: string;
  /** The protocol metadata. (versions 0-9) */
  readonly metadata: Buffer;
}

/** JoinGroupResponse: response of api key 11, versions 0-9, flexible 6-9. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-9) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-9) */
  readonly errorCode: number;
  /** The generation ID of the group. (versions 0-9, default -1) */
  readonly generationId: number;
  /** The group protocol name. (versions 7-9, nullable 7-9, default null) */
  readonly protocolType: string | null;
  /** The group protocol selected by the coordinator. (versions 0-9, nullable 7-9) */
  readonly protocolName: string | null;
  /** The leader of the group. (versions 0-9) */
  readonly leader: string;
  /** True if the leader must skip running the assignment. (versions 9, default false) */
  readonly skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. (versions 0-9) */
  readonly memberId: string;
  /** (versions 0-9) */
  readonly members: readonly JoinGroupResponseMember[];
}

/** JoinGroupResponseMember in JoinGroupResponse. */
export interface JoinGroupResponseMember {
  /** The group member ID. (versions 0-9) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 5-9, nullable 5-9, default null) */
  readonly groupInstanceId: string | null;
  /** The group member metadata. (versions 0-9) */
  readonly metadata: Buffer;
}

/** A JoinGroupRequest with every field at its spec default. */
export function newJoinGroupRequest(): JoinGroupRequest {
  return {
    groupId: "",
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: "",
    groupInstanceId: null,
    protocolType: "",
    protocols: [],
    reason: null,
  };
}

/** A JoinGroupRequestProtocol with every field at its spec default. */
export function newJoinGroupRequestProtocol(): JoinGroupRequestProtocol {
  return {
    name: "",
    metadata: EMPTY_BYTES,
  };
}

/** A JoinGroupResponse with every field at its spec default. */
export function newJoinGroupResponse(): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: "",
    leader: "",
    skipAssignment: false,
    memberId: "",
    members: [],
  };
}

/** A JoinGroupResponseMember with every field at its spec default. */
export function newJoinGroupResponseMember(): JoinGroupResponseMember {
  return {
    memberId: "",
    groupInstanceId: null,
    metadata: EMPTY_BYTES,
  };
}

/** JoinGroupRequest at v0. */
function encJoinGroupRequestV0(w: Writer, v: JoinGroupRequest): void {
  w.string(v.groupId);
  w.int32(v.sessionTimeoutMs);
  w.string(v.memberId);
  w.string(v.protocolType);
  {
    const $a1 = v.protocols;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encJoinGroupRequestProtocolV0(w, $a1[$i2]);
    }
  }
}

/** JoinGroupRequest at v0. */
function decJoinGroupRequestV0(r: Reader): JoinGroupRequest {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const memberId = r.string();
  const protocolType = r.string();
  const $n3 = r.arrayLength();
  const $a4: JoinGroupRequestProtocol[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decJoinGroupRequestProtocolV0(r));
  const protocols = $a4;
  return {
    groupId,
    sessionTimeoutMs,
    rebalanceTimeoutMs: -1,
    memberId,
    groupInstanceId: null,
    protocolType,
    protocols,
    reason: null,
  };
}

/** JoinGroupRequest at v1-4. */
function encJoinGroupRequestV1(w: Writer, v: JoinGroupRequest): void {
  w.string(v.groupId);
  w.int32(v.sessionTimeoutMs);
  w.int32(v.rebalanceTimeoutMs);
  w.string(v.memberId);
  w.string(v.protocolType);
  {
    const $a6 = v.protocols;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encJoinGroupRequestProtocolV0(w, $a6[$i7]);
    }
  }
}

/** JoinGroupRequest at v1-4. */
function decJoinGroupRequestV1(r: Reader): JoinGroupRequest {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.string();
  const protocolType = r.string();
  const $n8 = r.arrayLength();
  const $a9: JoinGroupRequestProtocol[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decJoinGroupRequestProtocolV0(r));
  const protocols = $a9;
  return {
    groupId,
    sessionTimeoutMs,
    rebalanceTimeoutMs,
    memberId,
    groupInstanceId: null,
    protocolType,
    protocols,
    reason: null,
  };
}

/** JoinGroupRequest at v5. */
function encJoinGroupRequestV5(w: Writer, v: JoinGroupRequest): void {
  w.string(v.groupId);
  w.int32(v.sessionTimeoutMs);
  w.int32(v.rebalanceTimeoutMs);
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
  w.string(v.protocolType);
  {
    const $a11 = v.protocols;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encJoinGroupRequestProtocolV0(w, $a11[$i12]);
    }
  }
}

/** JoinGroupRequest at v5. */
function decJoinGroupRequestV5(r: Reader): JoinGroupRequest {
  const groupId = r.string();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const protocolType = r.string();
  const $n13 = r.arrayLength();
  const $a14: JoinGroupRequestProtocol[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decJoinGroupRequestProtocolV0(r));
  const protocols = $a14;
  return {
    groupId,
    sessionTimeoutMs,
    rebalanceTimeoutMs,
    memberId,
    groupInstanceId,
    protocolType,
    protocols,
    reason: null,
  };
}

/** JoinGroupRequest at v6-7. */
function encJoinGroupRequestV6(w: Writer, v: JoinGroupRequest): void {
  w.compactString(v.groupId);
  w.int32(v.sessionTimeoutMs);
  w.int32(v.rebalanceTimeoutMs);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.compactString(v.protocolType);
  {
    const $a16 = v.protocols;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encJoinGroupRequestProtocolV6(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** JoinGroupRequest at v6-7. */
function decJoinGroupRequestV6(r: Reader): JoinGroupRequest {
  const groupId = r.compactString();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const protocolType = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: JoinGroupRequestProtocol[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decJoinGroupRequestProtocolV6(r));
  const protocols = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    sessionTimeoutMs,
    rebalanceTimeoutMs,
    memberId,
    groupInstanceId,
    protocolType,
    protocols,
    reason: null,
  };
}

/** JoinGroupRequest at v8-9. */
function encJoinGroupRequestV8(w: Writer, v: JoinGroupRequest): void {
  w.compactString(v.groupId);
  w.int32(v.sessionTimeoutMs);
  w.int32(v.rebalanceTimeoutMs);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.compactString(v.protocolType);
  {
    const $a21 = v.protocols;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encJoinGroupRequestProtocolV6(w, $a21[$i22]);
    }
  }
  w.compactNullableString(v.reason);
  w.uvarint(0); // no tagged fields
}

/** JoinGroupRequest at v8-9. */
function decJoinGroupRequestV8(r: Reader): JoinGroupRequest {
  const groupId = r.compactString();
  const sessionTimeoutMs = r.int32();
  const rebalanceTimeoutMs = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const protocolType = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: JoinGroupRequestProtocol[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decJoinGroupRequestProtocolV6(r));
  const protocols = $a24;
  const reason = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    sessionTimeoutMs,
    rebalanceTimeoutMs,
    memberId,
    groupInstanceId,
    protocolType,
    protocols,
    reason,
  };
}

/** JoinGroupRequestProtocol at v0-5. */
function encJoinGroupRequestProtocolV0(w: Writer, v: JoinGroupRequestProtocol): void {
  w.string(v.name);
  w.bytes(v.metadata);
}

/** JoinGroupRequestProtocol at v0-5. */
function decJoinGroupRequestProtocolV0(r: Reader): JoinGroupRequestProtocol {
  const name = r.string();
  const metadata = r.bytes();
  return {
    name,
    metadata,
  };
}

/** JoinGroupRequestProtocol at v6-9. */
function encJoinGroupRequestProtocolV6(w: Writer, v: JoinGroupRequestProtocol): void {
  w.compactString(v.name);
  w.compactBytes(v.metadata);
  w.uvarint(0); // no tagged fields
}

/** JoinGroupRequestProtocol at v6-9. */
function decJoinGroupRequestProtocolV6(r: Reader): JoinGroupRequestProtocol {
  const name = r.compactString();
  const metadata = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    metadata,
  };
}

/** JoinGroupRequest at versions 0-9. */
export const joinGroupRequestCodec = new MessageCodec<JoinGroupRequest>(
  "JoinGroupRequest",
  0,
  [encJoinGroupRequestV0, encJoinGroupRequestV1, encJoinGroupRequestV1, encJoinGroupRequestV1, encJoinGroupRequestV1, encJoinGroupRequestV5, encJoinGroupRequestV6, encJoinGroupRequestV6, encJoinGroupRequestV8, encJoinGroupRequestV8],
  [decJoinGroupRequestV0, decJoinGroupRequestV1, decJoinGroupRequestV1, decJoinGroupRequestV1, decJoinGroupRequestV1, decJoinGroupRequestV5, decJoinGroupRequestV6, decJoinGroupRequestV6, decJoinGroupRequestV8, decJoinGroupRequestV8],
  newJoinGroupRequest,
);

/** JoinGroupResponse at v0-1. */
function encJoinGroupResponseV0(w: Writer, v: JoinGroupResponse): void {
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (v.protocolName === null) throw nullNotAllowed("JoinGroupResponse.protocolName (v0-1)");
  w.string(v.protocolName);
  w.string(v.leader);
  w.string(v.memberId);
  {
    const $a1 = v.members;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encJoinGroupResponseMemberV0(w, $a1[$i2]);
    }
  }
}

/** JoinGroupResponse at v0-1. */
function decJoinGroupResponseV0(r: Reader): JoinGroupResponse {
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.string();
  const leader = r.string();
  const memberId = r.string();
  const $n3 = r.arrayLength();
  const $a4: JoinGroupResponseMember[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decJoinGroupResponseMemberV0(r));
  const members = $a4;
  return {
    throttleTimeMs: 0,
    errorCode,
    generationId,
    protocolType: null,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
}

/** JoinGroupResponse at v2-4. */
function encJoinGroupResponseV2(w: Writer, v: JoinGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (v.protocolName === null) throw nullNotAllowed("JoinGroupResponse.protocolName (v2-4)");
  w.string(v.protocolName);
  w.string(v.leader);
  w.string(v.memberId);
  {
    const $a6 = v.members;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encJoinGroupResponseMemberV0(w, $a6[$i7]);
    }
  }
}

/** JoinGroupResponse at v2-4. */
function decJoinGroupResponseV2(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.string();
  const leader = r.string();
  const memberId = r.string();
  const $n8 = r.arrayLength();
  const $a9: JoinGroupResponseMember[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decJoinGroupResponseMemberV0(r));
  const members = $a9;
  return {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType: null,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
}

/** JoinGroupResponse at v5. */
function encJoinGroupResponseV5(w: Writer, v: JoinGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (v.protocolName === null) throw nullNotAllowed("JoinGroupResponse.protocolName (v5)");
  w.string(v.protocolName);
  w.string(v.leader);
  w.string(v.memberId);
  {
    const $a11 = v.members;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encJoinGroupResponseMemberV5(w, $a11[$i12]);
    }
  }
}

/** JoinGroupResponse at v5. */
function decJoinGroupResponseV5(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.string();
  const leader = r.string();
  const memberId = r.string();
  const $n13 = r.arrayLength();
  const $a14: JoinGroupResponseMember[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decJoinGroupResponseMemberV5(r));
  const members = $a14;
  return {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType: null,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
}

/** JoinGroupResponse at v6. */
function encJoinGroupResponseV6(w: Writer, v: JoinGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (v.protocolName === null) throw nullNotAllowed("JoinGroupResponse.protocolName (v6)");
  w.compactString(v.protocolName);
  w.compactString(v.leader);
  w.compactString(v.memberId);
  {
    const $a16 = v.members;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encJoinGroupResponseMemberV6(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** JoinGroupResponse at v6. */
function decJoinGroupResponseV6(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolName = r.compactString();
  const leader = r.compactString();
  const memberId = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: JoinGroupResponseMember[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decJoinGroupResponseMemberV6(r));
  const members = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType: null,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
}

/** JoinGroupResponse at v7-8. */
function encJoinGroupResponseV7(w: Writer, v: JoinGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.generationId);
  w.compactNullableString(v.protocolType);
  w.compactNullableString(v.protocolName);
  w.compactString(v.leader);
  w.compactString(v.memberId);
  {
    const $a21 = v.members;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encJoinGroupResponseMemberV6(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** JoinGroupResponse at v7-8. */
function decJoinGroupResponseV7(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const leader = r.compactString();
  const memberId = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: JoinGroupResponseMember[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decJoinGroupResponseMemberV6(r));
  const members = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType,
    protocolName,
    leader,
    skipAssignment: false,
    memberId,
    members,
  };
}

/** JoinGroupResponse at v9. */
function encJoinGroupResponseV9(w: Writer, v: JoinGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int32(v.generationId);
  w.compactNullableString(v.protocolType);
  w.compactNullableString(v.protocolName);
  w.compactString(v.leader);
  w.bool(v.skipAssignment);
  w.compactString(v.memberId);
  {
    const $a26 = v.members;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encJoinGroupResponseMemberV6(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** JoinGroupResponse at v9. */
function decJoinGroupResponseV9(r: Reader): JoinGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const generationId = r.int32();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const leader = r.compactString();
  const skipAssignment = r.bool();
  const memberId = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: JoinGroupResponseMember[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decJoinGroupResponseMemberV6(r));
  const members = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    generationId,
    protocolType,
    protocolName,
    leader,
    skipAssignment,
    memberId,
    members,
  };
}

/** JoinGroupResponseMember at v0-4. */
function encJoinGroupResponseMemberV0(w: Writer, v: JoinGroupResponseMember): void {
  w.string(v.memberId);
  w.bytes(v.metadata);
}

/** JoinGroupResponseMember at v0-4. */
function decJoinGroupResponseMemberV0(r: Reader): JoinGroupResponseMember {
  const memberId = r.string();
  const metadata = r.bytes();
  return {
    memberId,
    groupInstanceId: null,
    metadata,
  };
}

/** JoinGroupResponseMember at v5. */
function encJoinGroupResponseMemberV5(w: Writer, v: JoinGroupResponseMember): void {
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
  w.bytes(v.metadata);
}

/** JoinGroupResponseMember at v5. */
function decJoinGroupResponseMemberV5(r: Reader): JoinGroupResponseMember {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const metadata = r.bytes();
  return {
    memberId,
    groupInstanceId,
    metadata,
  };
}

/** JoinGroupResponseMember at v6-9. */
function encJoinGroupResponseMemberV6(w: Writer, v: JoinGroupResponseMember): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.compactBytes(v.metadata);
  w.uvarint(0); // no tagged fields
}

/** JoinGroupResponseMember at v6-9. */
function decJoinGroupResponseMemberV6(r: Reader): JoinGroupResponseMember {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const metadata = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    groupInstanceId,
    metadata,
  };
}

/** JoinGroupResponse at versions 0-9. */
export const joinGroupResponseCodec = new MessageCodec<JoinGroupResponse>(
  "JoinGroupResponse",
  0,
  [encJoinGroupResponseV0, encJoinGroupResponseV0, encJoinGroupResponseV2, encJoinGroupResponseV2, encJoinGroupResponseV2, encJoinGroupResponseV5, encJoinGroupResponseV6, encJoinGroupResponseV7, encJoinGroupResponseV7, encJoinGroupResponseV9],
  [decJoinGroupResponseV0, decJoinGroupResponseV0, decJoinGroupResponseV2, decJoinGroupResponseV2, decJoinGroupResponseV2, decJoinGroupResponseV5, decJoinGroupResponseV6, decJoinGroupResponseV7, decJoinGroupResponseV7, decJoinGroupResponseV9],
  newJoinGroupResponse,
);
