// Kafka DescribeGroups API (key 15): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeGroupsRequest.json, DescribeGroupsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeGroupsRequest: request of api key 15, versions 0-5, flexible 5. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe (versions 0-5) */
  readonly groups: readonly string[];
  /** Whether to include authorized operations. (versions 3-5) */
  readonly includeAuthorizedOperations: boolean;
}

/** DescribeGroupsResponse: response of api key 15, versions 0-5, flexible 5. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  readonly throttleTimeMs: number;
  /** Each described group. (versions 0-5) */
  readonly groups: readonly DescribeGroupsResponseDescribedGroup[];
}

/** DescribedGroup in DescribeGroupsResponse. */
export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0-5) */
  readonly errorCode: number;
  /** The group ID string. (versions 0-5) */
  readonly groupId: string;
  /** The group state string, or the empty string. (versions 0-5) */
  readonly groupState: string;
  /** The group protocol type, or the empty string. (versions 0-5) */
  readonly protocolType: string;
  /** The group protocol data, or the empty string. (versions 0-5) */
  readonly protocolData: string;
  /** The group members. (versions 0-5) */
  readonly members: readonly DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 3-5, default -2147483648) */
  readonly authorizedOperations: number;
}

/** DescribedGroupMember in DescribeGroupsResponse. */
export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. (versions 0-5) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 4-5, nullable 4-5, default null) */
  readonly groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. (versions 0-5) */
  readonly clientId: string;
  /** The client host. (versions 0-5) */
  readonly clientHost: string;
  /** The metadata corresponding to the current group protocol in use. (versions 0-5) */
  readonly memberMetadata: Buffer;
  /** The current assignment provided by the group leader. (versions 0-5) */
  readonly memberAssignment: Buffer;
}

/** A DescribeGroupsRequest with every field at its spec default. */
export function newDescribeGroupsRequest(): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
  };
}

/** A DescribeGroupsResponse with every field at its spec default. */
export function newDescribeGroupsResponse(): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

/** A DescribeGroupsResponseDescribedGroup with every field at its spec default. */
export function newDescribeGroupsResponseDescribedGroup(): DescribeGroupsResponseDescribedGroup {
  return {
    errorCode: 0,
    groupId: "",
    groupState: "",
    protocolType: "",
    protocolData: "",
    members: [],
    authorizedOperations: -2147483648,
  };
}

/** A DescribeGroupsResponseDescribedGroupMember with every field at its spec default. */
export function newDescribeGroupsResponseDescribedGroupMember(): DescribeGroupsResponseDescribedGroupMember {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    memberMetadata: EMPTY_BYTES,
    memberAssignment: EMPTY_BYTES,
  };
}

/** DescribeGroupsRequest at v0-2. */
function encDescribeGroupsRequestV0(w: Writer, v: DescribeGroupsRequest): void {
  {
    const $a1 = v.groups;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.string($a1[$i2]);
    }
  }
}

/** DescribeGroupsRequest at v0-2. */
function decDescribeGroupsRequestV0(r: Reader): DescribeGroupsRequest {
  const $n3 = r.arrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.string());
  const groups = $a4;
  return {
    groups,
    includeAuthorizedOperations: false,
  };
}

/** DescribeGroupsRequest at v3-4. */
function encDescribeGroupsRequestV3(w: Writer, v: DescribeGroupsRequest): void {
  {
    const $a6 = v.groups;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.string($a6[$i7]);
    }
  }
  w.bool(v.includeAuthorizedOperations);
}

/** DescribeGroupsRequest at v3-4. */
function decDescribeGroupsRequestV3(r: Reader): DescribeGroupsRequest {
  const $n8 = r.arrayLength();
  const $a9: string[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.string());
  const groups = $a9;
  const includeAuthorizedOperations = r.bool();
  return {
    groups,
    includeAuthorizedOperations,
  };
}

/** DescribeGroupsRequest at v5. */
function encDescribeGroupsRequestV5(w: Writer, v: DescribeGroupsRequest): void {
  {
    const $a11 = v.groups;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      w.compactString($a11[$i12]);
    }
  }
  w.bool(v.includeAuthorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** DescribeGroupsRequest at v5. */
function decDescribeGroupsRequestV5(r: Reader): DescribeGroupsRequest {
  const $n13 = r.compactArrayLength();
  const $a14: string[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(r.compactString());
  const groups = $a14;
  const includeAuthorizedOperations = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    groups,
    includeAuthorizedOperations,
  };
}

/** DescribeGroupsRequest at versions 0-5. */
export const describeGroupsRequestCodec = new MessageCodec<DescribeGroupsRequest>(
  "DescribeGroupsRequest",
  0,
  [encDescribeGroupsRequestV0, encDescribeGroupsRequestV0, encDescribeGroupsRequestV0, encDescribeGroupsRequestV3, encDescribeGroupsRequestV3, encDescribeGroupsRequestV5],
  [decDescribeGroupsRequestV0, decDescribeGroupsRequestV0, decDescribeGroupsRequestV0, decDescribeGroupsRequestV3, decDescribeGroupsRequestV3, decDescribeGroupsRequestV5],
  newDescribeGroupsRequest,
);

/** DescribeGroupsResponse at v0. */
function encDescribeGroupsResponseV0(w: Writer, v: DescribeGroupsResponse): void {
  {
    const $a1 = v.groups;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeGroupsResponseDescribedGroupV0(w, $a1[$i2]);
    }
  }
}

/** DescribeGroupsResponse at v0. */
function decDescribeGroupsResponseV0(r: Reader): DescribeGroupsResponse {
  const $n3 = r.arrayLength();
  const $a4: DescribeGroupsResponseDescribedGroup[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeGroupsResponseDescribedGroupV0(r));
  const groups = $a4;
  return {
    throttleTimeMs: 0,
    groups,
  };
}

/** DescribeGroupsResponse at v1-2. */
function encDescribeGroupsResponseV1(w: Writer, v: DescribeGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.groups;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeGroupsResponseDescribedGroupV0(w, $a6[$i7]);
    }
  }
}

/** DescribeGroupsResponse at v1-2. */
function decDescribeGroupsResponseV1(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: DescribeGroupsResponseDescribedGroup[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeGroupsResponseDescribedGroupV0(r));
  const groups = $a9;
  return {
    throttleTimeMs,
    groups,
  };
}

/** DescribeGroupsResponse at v3. */
function encDescribeGroupsResponseV3(w: Writer, v: DescribeGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.groups;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeGroupsResponseDescribedGroupV3(w, $a11[$i12]);
    }
  }
}

/** DescribeGroupsResponse at v3. */
function decDescribeGroupsResponseV3(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.arrayLength();
  const $a14: DescribeGroupsResponseDescribedGroup[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeGroupsResponseDescribedGroupV3(r));
  const groups = $a14;
  return {
    throttleTimeMs,
    groups,
  };
}

/** DescribeGroupsResponse at v4. */
function encDescribeGroupsResponseV4(w: Writer, v: DescribeGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a16 = v.groups;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDescribeGroupsResponseDescribedGroupV4(w, $a16[$i17]);
    }
  }
}

/** DescribeGroupsResponse at v4. */
function decDescribeGroupsResponseV4(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const $n18 = r.arrayLength();
  const $a19: DescribeGroupsResponseDescribedGroup[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeGroupsResponseDescribedGroupV4(r));
  const groups = $a19;
  return {
    throttleTimeMs,
    groups,
  };
}

/** DescribeGroupsResponse at v5. */
function encDescribeGroupsResponseV5(w: Writer, v: DescribeGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a21 = v.groups;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDescribeGroupsResponseDescribedGroupV5(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeGroupsResponse at v5. */
function decDescribeGroupsResponseV5(r: Reader): DescribeGroupsResponse {
  const throttleTimeMs = r.int32();
  const $n23 = r.compactArrayLength();
  const $a24: DescribeGroupsResponseDescribedGroup[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDescribeGroupsResponseDescribedGroupV5(r));
  const groups = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    groups,
  };
}

/** DescribeGroupsResponseDescribedGroup at v0-2. */
function encDescribeGroupsResponseDescribedGroupV0(w: Writer, v: DescribeGroupsResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.string(v.groupId);
  w.string(v.groupState);
  w.string(v.protocolType);
  w.string(v.protocolData);
  {
    const $a26 = v.members;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDescribeGroupsResponseDescribedGroupMemberV0(w, $a26[$i27]);
    }
  }
}

/** DescribeGroupsResponseDescribedGroup at v0-2. */
function decDescribeGroupsResponseDescribedGroupV0(r: Reader): DescribeGroupsResponseDescribedGroup {
  const errorCode = r.int16();
  const groupId = r.string();
  const groupState = r.string();
  const protocolType = r.string();
  const protocolData = r.string();
  const $n28 = r.arrayLength();
  const $a29: DescribeGroupsResponseDescribedGroupMember[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDescribeGroupsResponseDescribedGroupMemberV0(r));
  const members = $a29;
  return {
    errorCode,
    groupId,
    groupState,
    protocolType,
    protocolData,
    members,
    authorizedOperations: -2147483648,
  };
}

/** DescribeGroupsResponseDescribedGroup at v3. */
function encDescribeGroupsResponseDescribedGroupV3(w: Writer, v: DescribeGroupsResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.string(v.groupId);
  w.string(v.groupState);
  w.string(v.protocolType);
  w.string(v.protocolData);
  {
    const $a31 = v.members;
    w.arrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encDescribeGroupsResponseDescribedGroupMemberV0(w, $a31[$i32]);
    }
  }
  w.int32(v.authorizedOperations);
}

/** DescribeGroupsResponseDescribedGroup at v3. */
function decDescribeGroupsResponseDescribedGroupV3(r: Reader): DescribeGroupsResponseDescribedGroup {
  const errorCode = r.int16();
  const groupId = r.string();
  const groupState = r.string();
  const protocolType = r.string();
  const protocolData = r.string();
  const $n33 = r.arrayLength();
  const $a34: DescribeGroupsResponseDescribedGroupMember[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decDescribeGroupsResponseDescribedGroupMemberV0(r));
  const members = $a34;
  const authorizedOperations = r.int32();
  return {
    errorCode,
    groupId,
    groupState,
    protocolType,
    protocolData,
    members,
    authorizedOperations,
  };
}

/** DescribeGroupsResponseDescribedGroup at v4. */
function encDescribeGroupsResponseDescribedGroupV4(w: Writer, v: DescribeGroupsResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.string(v.groupId);
  w.string(v.groupState);
  w.string(v.protocolType);
  w.string(v.protocolData);
  {
    const $a36 = v.members;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      encDescribeGroupsResponseDescribedGroupMemberV4(w, $a36[$i37]);
    }
  }
  w.int32(v.authorizedOperations);
}

/** DescribeGroupsResponseDescribedGroup at v4. */
function decDescribeGroupsResponseDescribedGroupV4(r: Reader): DescribeGroupsResponseDescribedGroup {
  const errorCode = r.int16();
  const groupId = r.string();
  const groupState = r.string();
  const protocolType = r.string();
  const protocolData = r.string();
  const $n38 = r.arrayLength();
  const $a39: DescribeGroupsResponseDescribedGroupMember[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(decDescribeGroupsResponseDescribedGroupMemberV4(r));
  const members = $a39;
  const authorizedOperations = r.int32();
  return {
    errorCode,
    groupId,
    groupState,
    protocolType,
    protocolData,
    members,
    authorizedOperations,
  };
}

/** DescribeGroupsResponseDescribedGroup at v5. */
function encDescribeGroupsResponseDescribedGroupV5(w: Writer, v: DescribeGroupsResponseDescribedGroup): void {
  w.int16(v.errorCode);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.compactString(v.protocolType);
  w.compactString(v.protocolData);
  {
    const $a41 = v.members;
    w.compactArrayLength($a41.length);
    for (let $i42 = 0; $i42 < $a41.length; $i42++) {
      encDescribeGroupsResponseDescribedGroupMemberV5(w, $a41[$i42]);
    }
  }
  w.int32(v.authorizedOperations);
  w.uvarint(0); // no tagged fields
}

/** DescribeGroupsResponseDescribedGroup at v5. */
function decDescribeGroupsResponseDescribedGroupV5(r: Reader): DescribeGroupsResponseDescribedGroup {
  const errorCode = r.int16();
  const groupId = r.compactString();
  const groupState = r.compactString();
  const protocolType = r.compactString();
  const protocolData = r.compactString();
  const $n43 = r.compactArrayLength();
  const $a44: DescribeGroupsResponseDescribedGroupMember[] = [];
  for (let $i45 = 0; $i45 < $n43; $i45++) $a44.push(decDescribeGroupsResponseDescribedGroupMemberV5(r));
  const members = $a44;
  const authorizedOperations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    groupId,
    groupState,
    protocolType,
    protocolData,
    members,
    authorizedOperations,
  };
}

/** DescribeGroupsResponseDescribedGroupMember at v0-3. */
function encDescribeGroupsResponseDescribedGroupMemberV0(w: Writer, v: DescribeGroupsResponseDescribedGroupMember): void {
  w.string(v.memberId);
  w.string(v.clientId);
  w.string(v.clientHost);
  w.bytes(v.memberMetadata);
  w.bytes(v.memberAssignment);
}

/** DescribeGroupsResponseDescribedGroupMember at v0-3. */
function decDescribeGroupsResponseDescribedGroupMemberV0(r: Reader): DescribeGroupsResponseDescribedGroupMember {
  const memberId = r.string();
  const clientId = r.string();
  const clientHost = r.string();
  const memberMetadata = r.bytes();
  const memberAssignment = r.bytes();
  return {
    memberId,
    groupInstanceId: null,
    clientId,
    clientHost,
    memberMetadata,
    memberAssignment,
  };
}

/** DescribeGroupsResponseDescribedGroupMember at v4. */
function encDescribeGroupsResponseDescribedGroupMemberV4(w: Writer, v: DescribeGroupsResponseDescribedGroupMember): void {
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
  w.string(v.clientId);
  w.string(v.clientHost);
  w.bytes(v.memberMetadata);
  w.bytes(v.memberAssignment);
}

/** DescribeGroupsResponseDescribedGroupMember at v4. */
function decDescribeGroupsResponseDescribedGroupMemberV4(r: Reader): DescribeGroupsResponseDescribedGroupMember {
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const clientId = r.string();
  const clientHost = r.string();
  const memberMetadata = r.bytes();
  const memberAssignment = r.bytes();
  return {
    memberId,
    groupInstanceId,
    clientId,
    clientHost,
    memberMetadata,
    memberAssignment,
  };
}

/** DescribeGroupsResponseDescribedGroupMember at v5. */
function encDescribeGroupsResponseDescribedGroupMemberV5(w: Writer, v: DescribeGroupsResponseDescribedGroupMember): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  w.compactBytes(v.memberMetadata);
  w.compactBytes(v.memberAssignment);
  w.uvarint(0); // no tagged fields
}

/** DescribeGroupsResponseDescribedGroupMember at v5. */
function decDescribeGroupsResponseDescribedGroupMemberV5(r: Reader): DescribeGroupsResponseDescribedGroupMember {
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const clientId = r.compactString();
  const clientHost = r.compactString();
  const memberMetadata = r.compactBytes();
  const memberAssignment = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    groupInstanceId,
    clientId,
    clientHost,
    memberMetadata,
    memberAssignment,
  };
}

/** DescribeGroupsResponse at versions 0-5. */
export const describeGroupsResponseCodec = new MessageCodec<DescribeGroupsResponse>(
  "DescribeGroupsResponse",
  0,
  [encDescribeGroupsResponseV0, encDescribeGroupsResponseV1, encDescribeGroupsResponseV1, encDescribeGroupsResponseV3, encDescribeGroupsResponseV4, encDescribeGroupsResponseV5],
  [decDescribeGroupsResponseV0, decDescribeGroupsResponseV1, decDescribeGroupsResponseV1, decDescribeGroupsResponseV3, decDescribeGroupsResponseV4, decDescribeGroupsResponseV5],
  newDescribeGroupsResponse,
);
