// Kafka SyncGroup API (key 14): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{SyncGroupRequest.json, SyncGroupResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** SyncGroupRequest: request of api key 14, versions 0-5, flexible 4-5. */
export interface SyncGroupRequest {
  /** The unique group identifier. (versions 0-5) */
  readonly groupId: string;
  /** The generation of the group. (versions 0-5) */
  readonly generationId: number;
  /** The member ID assigned by the group. (versions 0-5) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3-5, nullable 3-5, default null) */
  readonly groupInstanceId: string | null;
  /** The group protocol type. (versions 5, nullable 5, default null) */
  readonly protocolType: string | null;
  /** The group protocol name. (versions 5, nullable 5, default null) */
  readonly protocolName: string | null;
  /** Each assignment. (versions 0-5) */
  readonly assignments: readonly SyncGroupRequestAssignment[];
}

/** SyncGroupRequestAssignment in SyncGroupRequest. */
export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. (versions 0-5) */
  readonly memberId: string;
  /** The member assignment. (versions 0-5) */
  readonly assignment: Buffer;
}

/** SyncGroupResponse: response of api key 14, versions 0-5, flexible 4-5. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  readonly errorCode: number;
  /** The group protocol type. (versions 5, nullable 5, default null) */
  readonly protocolType: string | null;
  /** The group protocol name. (versions 5, nullable 5, default null) */
  readonly protocolName: string | null;
  /** The member assignment. (versions 0-5) */
  readonly assignment: Buffer;
}

/** A SyncGroupRequest with every field at its spec default. */
export function newSyncGroupRequest(): SyncGroupRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
  };
}

/** A SyncGroupRequestAssignment with every field at its spec default. */
export function newSyncGroupRequestAssignment(): SyncGroupRequestAssignment {
  return {
    memberId: "",
    assignment: EMPTY_BYTES,
  };
}

/** A SyncGroupResponse with every field at its spec default. */
export function newSyncGroupResponse(): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: EMPTY_BYTES,
  };
}

/** SyncGroupRequest at v0-2. */
function encSyncGroupRequestV0(w: Writer, v: SyncGroupRequest): void {
  w.string(v.groupId);
  w.int32(v.generationId);
  w.string(v.memberId);
  {
    const $a1 = v.assignments;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encSyncGroupRequestAssignmentV0(w, $a1[$i2]);
    }
  }
}

/** SyncGroupRequest at v0-2. */
function decSyncGroupRequestV0(r: Reader): SyncGroupRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const $n3 = r.arrayLength();
  const $a4: SyncGroupRequestAssignment[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decSyncGroupRequestAssignmentV0(r));
  const assignments = $a4;
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments,
  };
}

/** SyncGroupRequest at v3. */
function encSyncGroupRequestV3(w: Writer, v: SyncGroupRequest): void {
  w.string(v.groupId);
  w.int32(v.generationId);
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
  {
    const $a6 = v.assignments;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encSyncGroupRequestAssignmentV0(w, $a6[$i7]);
    }
  }
}

/** SyncGroupRequest at v3. */
function decSyncGroupRequestV3(r: Reader): SyncGroupRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  const $n8 = r.arrayLength();
  const $a9: SyncGroupRequestAssignment[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decSyncGroupRequestAssignmentV0(r));
  const assignments = $a9;
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId,
    protocolType: null,
    protocolName: null,
    assignments,
  };
}

/** SyncGroupRequest at v4. */
function encSyncGroupRequestV4(w: Writer, v: SyncGroupRequest): void {
  w.compactString(v.groupId);
  w.int32(v.generationId);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  {
    const $a11 = v.assignments;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encSyncGroupRequestAssignmentV4(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** SyncGroupRequest at v4. */
function decSyncGroupRequestV4(r: Reader): SyncGroupRequest {
  const groupId = r.compactString();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const $n13 = r.compactArrayLength();
  const $a14: SyncGroupRequestAssignment[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decSyncGroupRequestAssignmentV4(r));
  const assignments = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId,
    protocolType: null,
    protocolName: null,
    assignments,
  };
}

/** SyncGroupRequest at v5. */
function encSyncGroupRequestV5(w: Writer, v: SyncGroupRequest): void {
  w.compactString(v.groupId);
  w.int32(v.generationId);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.compactNullableString(v.protocolType);
  w.compactNullableString(v.protocolName);
  {
    const $a16 = v.assignments;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encSyncGroupRequestAssignmentV4(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** SyncGroupRequest at v5. */
function decSyncGroupRequestV5(r: Reader): SyncGroupRequest {
  const groupId = r.compactString();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const $n18 = r.compactArrayLength();
  const $a19: SyncGroupRequestAssignment[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decSyncGroupRequestAssignmentV4(r));
  const assignments = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId,
    protocolType,
    protocolName,
    assignments,
  };
}

/** SyncGroupRequestAssignment at v0-3. */
function encSyncGroupRequestAssignmentV0(w: Writer, v: SyncGroupRequestAssignment): void {
  w.string(v.memberId);
  w.bytes(v.assignment);
}

/** SyncGroupRequestAssignment at v0-3. */
function decSyncGroupRequestAssignmentV0(r: Reader): SyncGroupRequestAssignment {
  const memberId = r.string();
  const assignment = r.bytes();
  return {
    memberId,
    assignment,
  };
}

/** SyncGroupRequestAssignment at v4-5. */
function encSyncGroupRequestAssignmentV4(w: Writer, v: SyncGroupRequestAssignment): void {
  w.compactString(v.memberId);
  w.compactBytes(v.assignment);
  w.uvarint(0); // no tagged fields
}

/** SyncGroupRequestAssignment at v4-5. */
function decSyncGroupRequestAssignmentV4(r: Reader): SyncGroupRequestAssignment {
  const memberId = r.compactString();
  const assignment = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    memberId,
    assignment,
  };
}

/** SyncGroupRequest at versions 0-5. */
export const syncGroupRequestCodec = new MessageCodec<SyncGroupRequest>(
  "SyncGroupRequest",
  0,
  [encSyncGroupRequestV0, encSyncGroupRequestV0, encSyncGroupRequestV0, encSyncGroupRequestV3, encSyncGroupRequestV4, encSyncGroupRequestV5],
  [decSyncGroupRequestV0, decSyncGroupRequestV0, decSyncGroupRequestV0, decSyncGroupRequestV3, decSyncGroupRequestV4, decSyncGroupRequestV5],
  newSyncGroupRequest,
);

/** SyncGroupResponse at v0. */
function encSyncGroupResponseV0(w: Writer, v: SyncGroupResponse): void {
  w.int16(v.errorCode);
  w.bytes(v.assignment);
}

/** SyncGroupResponse at v0. */
function decSyncGroupResponseV0(r: Reader): SyncGroupResponse {
  const errorCode = r.int16();
  const assignment = r.bytes();
  return {
    throttleTimeMs: 0,
    errorCode,
    protocolType: null,
    protocolName: null,
    assignment,
  };
}

/** SyncGroupResponse at v1-3. */
function encSyncGroupResponseV1(w: Writer, v: SyncGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.bytes(v.assignment);
}

/** SyncGroupResponse at v1-3. */
function decSyncGroupResponseV1(r: Reader): SyncGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const assignment = r.bytes();
  return {
    throttleTimeMs,
    errorCode,
    protocolType: null,
    protocolName: null,
    assignment,
  };
}

/** SyncGroupResponse at v4. */
function encSyncGroupResponseV4(w: Writer, v: SyncGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactBytes(v.assignment);
  w.uvarint(0); // no tagged fields
}

/** SyncGroupResponse at v4. */
function decSyncGroupResponseV4(r: Reader): SyncGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const assignment = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    protocolType: null,
    protocolName: null,
    assignment,
  };
}

/** SyncGroupResponse at v5. */
function encSyncGroupResponseV5(w: Writer, v: SyncGroupResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.protocolType);
  w.compactNullableString(v.protocolName);
  w.compactBytes(v.assignment);
  w.uvarint(0); // no tagged fields
}

/** SyncGroupResponse at v5. */
function decSyncGroupResponseV5(r: Reader): SyncGroupResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const protocolType = r.compactNullableString();
  const protocolName = r.compactNullableString();
  const assignment = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    protocolType,
    protocolName,
    assignment,
  };
}

/** SyncGroupResponse at versions 0-5. */
export const syncGroupResponseCodec = new MessageCodec<SyncGroupResponse>(
  "SyncGroupResponse",
  0,
  [encSyncGroupResponseV0, encSyncGroupResponseV1, encSyncGroupResponseV1, encSyncGroupResponseV1, encSyncGroupResponseV4, encSyncGroupResponseV5],
  [decSyncGroupResponseV0, decSyncGroupResponseV1, decSyncGroupResponseV1, decSyncGroupResponseV1, decSyncGroupResponseV4, decSyncGroupResponseV5],
  newSyncGroupResponse,
);
