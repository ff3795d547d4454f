// Kafka LeaveGroup API (key 13): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{LeaveGroupRequest.json, LeaveGroupResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** LeaveGroupRequest: request of api key 13, versions 0-5, flexible 4-5. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. (versions 0-5) */
  readonly groupId: string;
  /** The member ID to remove from the group. (versions 0-2) */
  readonly memberId: string;
  /** List of leaving member identities. (versions 3-5) */
  readonly members: readonly LeaveGroupRequestMemberIdentity[];
}

/** MemberIdentity in LeaveGroupRequest. */
export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. (versions 3-5) */
  readonly memberId: string;
  /** The group instance ID to remove from the group. (versions 3-5, nullable 3-5, default null) */
  readonly groupInstanceId: string | null;
  /** The reason why the member left the group. (versions 5, nullable 5, default null) */
  readonly reason: string | null;
}

/** LeaveGroupResponse: response of api key 13, versions 0-5, flexible 4-5. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  readonly errorCode: number;
  /** List of leaving member responses. (versions 3-5) */
  readonly members: readonly LeaveGroupResponseMemberResponse[];
}

/** MemberResponse in LeaveGroupResponse. */
export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. (versions 3-5) */
  readonly memberId: string;
  /** The group instance ID to remove from the group. (versions 3-5, nullable 3-5) */
  readonly groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. (versions 3-5) */
  readonly errorCode: number;
}

/** A LeaveGroupRequest with every field at its spec default. */
export function newLeaveGroupRequest(): LeaveGroupRequest {
  return {
    groupId: "",
    memberId: "",
    members: [],
  };
}

/** A LeaveGroupRequestMemberIdentity with every field at its spec default. */
export function newLeaveGroupRequestMemberIdentity(): LeaveGroupRequestMemberIdentity {
  return {
    memberId: "",
    groupInstanceId: null,
    reason: null,
  };
}

/** A LeaveGroupResponse with every field at its spec default. */
export function newLeaveGroupResponse(): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
  };
}

/** A LeaveGroupResponseMemberResponse with every field at its spec default. */
export function newLeaveGroupResponseMemberResponse(): LeaveGroupResponseMemberResponse {
  return {
    memberId: "",
    groupInstanceId: "",
    errorCode: 0,
  };
}

/** LeaveGroupRequest at v0-2. */
function encLeaveGroupRequestV0(w: Writer, v: LeaveGroupRequest): void {
  w.string(v.groupId);
  w.string(v.memberId);
}

/** LeaveGroupRequest at v0-2. */
function decLeaveGroupRequestV0(r: Reader): LeaveGroupRequest {
  const groupId = r.string();
  const memberId = r.string();
  return {
    groupId,
    memberId,
    members: [],
  };
}

/** LeaveGroupRequest at v3. */
function encLeaveGroupRequestV3(w: Writer, v: LeaveGroupRequest): void {
  w.string(v.groupId);
  {
    const $a1 = v.members;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encLeaveGroupRequestMemberIdentityV3(w, $a1[$i2]);
    }
  }
}

/** LeaveGroupRequest at v3. */
function decLeaveGroupRequestV3(r: Reader): LeaveGroupRequest {
  const groupId = r.string();
  const $n3 = r.arrayLength();
  const $a4: LeaveGroupRequestMemberIdentity[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decLeaveGroupRequestMemberIdentityV3(r));
  const members = $a4;
  return {
    groupId,
    memberId: "",
    members,
  };
}

/** LeaveGroupRequest at v4. */
function encLeaveGroupRequestV4(w: Writer, v: LeaveGroupRequest): void {
  w.compactString(v.groupId);
  {
    const $a6 = v.members;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encLeaveGroupRequestMemberIdentityV4(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaveGroupRequest at v4. */
function decLeaveGroupRequestV4(r: Reader): LeaveGroupRequest {
  const groupId = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: LeaveGroupRequestMemberIdentity[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decLeaveGroupRequestMemberIdentityV4(r));
  const members = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    memberId: "",
    members,
  };
}

/** LeaveGroupRequest at v5. */
function encLeaveGroupRequestV5(w: Writer, v: LeaveGroupRequest): void {
  w.compactString(v.groupId);
  {
    const $a11 = v.members;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encLeaveGroupRequestMemberIdentityV5(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaveGroupRequest at v5. */
function decLeaveGroupRequestV5(r: Reader): LeaveGroupRequest {
  const groupId = r.compactString();
  const $n13 = r.compactArrayLength();
  const $a14: LeaveGroupRequestMemberIdentity[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decLeaveGroupRequestMemberIdentityV5(r));
  const members = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    memberId: "",
    members,
  };
}

/** LeaveGroupRequestMemberIdentity at v3. */
function encLeaveGroupRequestMemberIdentityV3(w: Writer, v: LeaveGroupRequestMemberIdentity): void {
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
}

/** LeaveGroupRequestMemberIdentity at v3. */
function decLeaveGroupRequestMemberIdentityV3(r: Reader): LeaveGroupRequestMemberIdentity {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  return {
    memberId,
    groupInstanceId,
    reason: null,
  };
}

/** LeaveGroupRequestMemberIdentity at v4. */
function encLeaveGroupRequestMemberIdentityV4(w: Writer, v: LeaveGroupRequestMemberIdentity): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.uvarint(0); // no tagged fields
}

/** LeaveGroupRequestMemberIdentity at v4. */
function decLeaveGroupRequestMemberIdentityV4(r: Reader): LeaveGroupRequestMemberIdentity {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    groupInstanceId,
    reason: null,
  };
}

/** LeaveGroupRequestMemberIdentity at v5. */
function encLeaveGroupRequestMemberIdentityV5(w: Writer, v: LeaveGroupRequestMemberIdentity): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.compactNullableString(v.reason);
  w.uvarint(0); // no tagged fields
}

/** LeaveGroupRequestMemberIdentity at v5. */
function decLeaveGroupRequestMemberIdentityV5(r: Reader): LeaveGroupRequestMemberIdentity {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const reason = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    groupInstanceId,
    reason,
  };
}

/** LeaveGroupRequest at versions 0-5. */
export const leaveGroupRequestCodec = new MessageCodec<LeaveGroupRequest>(
  "LeaveGroupRequest",
  0,
  [encLeaveGroupRequestV0, encLeaveGroupRequestV0, encLeaveGroupRequestV0, encLeaveGroupRequestV3, encLeaveGroupRequestV4, encLeaveGroupRequestV5],
  [decLeaveGroupRequestV0, decLeaveGroupRequestV0, decLeaveGroupRequestV0, decLeaveGroupRequestV3, decLeaveGroupRequestV4, decLeaveGroupRequestV5],
  newLeaveGroupRequest,
);

/** LeaveGroupResponse at v0. */
function encLeaveGroupResponseV0(w: Writer, v: LeaveGroupResponse): void {
  w.int16(v.errorCode);
}

/** LeaveGroupResponse at v0. */
function decLeaveGroupResponseV0(r: Reader): LeaveGroupResponse {
  const errorCode = r.int16();
  return {
    throttleTimeMs: 0,
    errorCode,
    members: [],
  };
}

/** LeaveGroupResponse at v1-2. */
function encLeaveGroupResponseV1(w: Writer, v: LeaveGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
}

/** LeaveGroupResponse at v1-2. */
function decLeaveGroupResponseV1(r: Reader): LeaveGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return {
    throttleTimeMs,
    errorCode,
    members: [],
  };
}

/** LeaveGroupResponse at v3. */
function encLeaveGroupResponseV3(w: Writer, v: LeaveGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a1 = v.members;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encLeaveGroupResponseMemberResponseV3(w, $a1[$i2]);
    }
  }
}

/** LeaveGroupResponse at v3. */
function decLeaveGroupResponseV3(r: Reader): LeaveGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: LeaveGroupResponseMemberResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decLeaveGroupResponseMemberResponseV3(r));
  const members = $a4;
  return {
    throttleTimeMs,
    errorCode,
    members,
  };
}

/** LeaveGroupResponse at v4-5. */
function encLeaveGroupResponseV4(w: Writer, v: LeaveGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a6 = v.members;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encLeaveGroupResponseMemberResponseV4(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** LeaveGroupResponse at v4-5. */
function decLeaveGroupResponseV4(r: Reader): LeaveGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: LeaveGroupResponseMemberResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decLeaveGroupResponseMemberResponseV4(r));
  const members = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    members,
  };
}

/** LeaveGroupResponseMemberResponse at v3. */
function encLeaveGroupResponseMemberResponseV3(w: Writer, v: LeaveGroupResponseMemberResponse): void {
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
  w.int16(v.errorCode);
}

/** LeaveGroupResponseMemberResponse at v3. */
function decLeaveGroupResponseMemberResponseV3(r: Reader): LeaveGroupResponseMemberResponse {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const errorCode = r.int16();
  return {
    memberId,
    groupInstanceId,
    errorCode,
  };
}

/** LeaveGroupResponseMemberResponse at v4-5. */
function encLeaveGroupResponseMemberResponseV4(w: Writer, v: LeaveGroupResponseMemberResponse): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** LeaveGroupResponseMemberResponse at v4-5. */
function decLeaveGroupResponseMemberResponseV4(r: Reader): LeaveGroupResponseMemberResponse {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    groupInstanceId,
    errorCode,
  };
}

/** LeaveGroupResponse at versions 0-5. */
export const leaveGroupResponseCodec = new MessageCodec<LeaveGroupResponse>(
  "LeaveGroupResponse",
  0,
  [encLeaveGroupResponseV0, encLeaveGroupResponseV1, encLeaveGroupResponseV1, encLeaveGroupResponseV3, encLeaveGroupResponseV4, encLeaveGroupResponseV4],
  [decLeaveGroupResponseV0, decLeaveGroupResponseV1, decLeaveGroupResponseV1, decLeaveGroupResponseV3, decLeaveGroupResponseV4, decLeaveGroupResponseV4],
  newLeaveGroupResponse,
);
