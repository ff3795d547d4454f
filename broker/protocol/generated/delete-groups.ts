// Kafka DeleteGroups API (key 42): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DeleteGroupsRequest.json, DeleteGroupsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DeleteGroupsRequest: request of api key 42, versions 0-2, flexible 2. */
export interface DeleteGroupsRequest {
  /** The group names to delete. (versions 0-2) */
  readonly groupsNames: readonly string[];
}

/** DeleteGroupsResponse: response of api key 42, versions 0-2, flexible 2. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
  /** The deletion results (versions 0-2) */
  readonly results: readonly DeleteGroupsResponseDeletableGroupResult[];
}

/** DeletableGroupResult in DeleteGroupsResponse. */
export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id (versions 0-2) */
  readonly groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. (versions 0-2) */
  readonly errorCode: number;
}

/** A DeleteGroupsRequest with every field at its spec default. */
export function newDeleteGroupsRequest(): DeleteGroupsRequest {
  return {
    groupsNames: [],
  };
}

/** A DeleteGroupsResponse with every field at its spec default. */
export function newDeleteGroupsResponse(): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A DeleteGroupsResponseDeletableGroupResult with every field at its spec default. */
export function newDeleteGroupsResponseDeletableGroupResult(): DeleteGroupsResponseDeletableGroupResult {
  return {
    groupId: "",
    errorCode: 0,
  };
}

/** DeleteGroupsRequest at v0-1. */
function encDeleteGroupsRequestV0(w: Writer, v: DeleteGroupsRequest): void {
  {
    const $a1 = v.groupsNames;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.string($a1[$i2]);
    }
  }
}

/** DeleteGroupsRequest at v0-1. */
function decDeleteGroupsRequestV0(r: Reader): DeleteGroupsRequest {
  const $n3 = r.arrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.string());
  const groupsNames = $a4;
  return {
    groupsNames,
  };
}

/** DeleteGroupsRequest at v2. */
function encDeleteGroupsRequestV2(w: Writer, v: DeleteGroupsRequest): void {
  {
    const $a6 = v.groupsNames;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.compactString($a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteGroupsRequest at v2. */
function decDeleteGroupsRequestV2(r: Reader): DeleteGroupsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: string[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.compactString());
  const groupsNames = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    groupsNames,
  };
}

/** DeleteGroupsRequest at versions 0-2. */
export const deleteGroupsRequestCodec = new MessageCodec<DeleteGroupsRequest>(
  "DeleteGroupsRequest",
  0,
  [encDeleteGroupsRequestV0, encDeleteGroupsRequestV0, encDeleteGroupsRequestV2],
  [decDeleteGroupsRequestV0, decDeleteGroupsRequestV0, decDeleteGroupsRequestV2],
  newDeleteGroupsRequest,
);

/** DeleteGroupsResponse at v0-1. */
function encDeleteGroupsResponseV0(w: Writer, v: DeleteGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.results;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteGroupsResponseDeletableGroupResultV0(w, $a1[$i2]);
    }
  }
}

/** DeleteGroupsResponse at v0-1. */
function decDeleteGroupsResponseV0(r: Reader): DeleteGroupsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: DeleteGroupsResponseDeletableGroupResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteGroupsResponseDeletableGroupResultV0(r));
  const results = $a4;
  return {
    throttleTimeMs,
    results,
  };
}

/** DeleteGroupsResponse at v2. */
function encDeleteGroupsResponseV2(w: Writer, v: DeleteGroupsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.results;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteGroupsResponseDeletableGroupResultV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteGroupsResponse at v2. */
function decDeleteGroupsResponseV2(r: Reader): DeleteGroupsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: DeleteGroupsResponseDeletableGroupResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteGroupsResponseDeletableGroupResultV2(r));
  const results = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    results,
  };
}

/** DeleteGroupsResponseDeletableGroupResult at v0-1. */
function encDeleteGroupsResponseDeletableGroupResultV0(w: Writer, v: DeleteGroupsResponseDeletableGroupResult): void {
  w.string(v.groupId);
  w.int16(v.errorCode);
}

/** DeleteGroupsResponseDeletableGroupResult at v0-1. */
function decDeleteGroupsResponseDeletableGroupResultV0(r: Reader): DeleteGroupsResponseDeletableGroupResult {
  const groupId = r.string();
  const errorCode = r.int16();
  return {
    groupId,
    errorCode,
  };
}

/** DeleteGroupsResponseDeletableGroupResult at v2. */
function encDeleteGroupsResponseDeletableGroupResultV2(w: Writer, v: DeleteGroupsResponseDeletableGroupResult): void {
  w.compactString(v.groupId);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** DeleteGroupsResponseDeletableGroupResult at v2. */
function decDeleteGroupsResponseDeletableGroupResultV2(r: Reader): DeleteGroupsResponseDeletableGroupResult {
  const groupId = r.compactString();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    errorCode,
  };
}

/** DeleteGroupsResponse at versions 0-2. */
export const deleteGroupsResponseCodec = new MessageCodec<DeleteGroupsResponse>(
  "DeleteGroupsResponse",
  0,
  [encDeleteGroupsResponseV0, encDeleteGroupsResponseV0, encDeleteGroupsResponseV2],
  [decDeleteGroupsResponseV0, decDeleteGroupsResponseV0, decDeleteGroupsResponseV2],
  newDeleteGroupsResponse,
);
