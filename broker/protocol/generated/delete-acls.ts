// Kafka DeleteAcls API (key 31): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DeleteAclsRequest.json, DeleteAclsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DeleteAclsRequest: request of api key 31, versions 0-3, flexible 2-3. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. (versions 0-3) */
  readonly filters: readonly DeleteAclsRequestDeleteAclsFilter[];
}

/** DeleteAclsFilter in DeleteAclsRequest. */
export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. (versions 0-3) */
  readonly resourceTypeFilter: number;
  /** The resource name. (versions 0-3, nullable 0-3) */
  readonly resourceNameFilter: string | null;
  /** The pattern type. (versions 1-3, default 3) */
  readonly patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. (versions 0-3, nullable 0-3) */
  readonly principalFilter: string | null;
  /** The host filter, or null to accept all hosts. (versions 0-3, nullable 0-3) */
  readonly hostFilter: string | null;
  /** The ACL operation. (versions 0-3) */
  readonly operation: number;
  /** The permission type. (versions 0-3) */
  readonly permissionType: number;
}

/** DeleteAclsResponse: response of api key 31, versions 0-3, flexible 2-3. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
  /** The results for each filter. (versions 0-3) */
  readonly filterResults: readonly DeleteAclsResponseDeleteAclsFilterResult[];
}

/** DeleteAclsFilterResult in DeleteAclsResponse. */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. (versions 0-3) */
  readonly errorCode: number;
  /** The error message, or null if the filter succeeded. (versions 0-3, nullable 0-3) */
  readonly errorMessage: string | null;
  /** The ACLs which matched this filter. (versions 0-3) */
  readonly matchingAcls: readonly DeleteAclsResponseDeleteAclsMatchingAcl[];
}

/** DeleteAclsMatchingAcl in DeleteAclsResponse. */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0-3) */
  readonly errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. (versions 0-3, nullable 0-3) */
  readonly errorMessage: string | null;
  /** The ACL resource type. (versions 0-3) */
  readonly resourceType: number;
  /** The ACL resource name. (versions 0-3) */
  readonly resourceName: string;
  /** The ACL resource pattern type. (versions 1-3, default 3) */
  readonly patternType: number;
  /** The ACL principal. (versions 0-3) */
  readonly principal: string;
  /** The ACL host. (versions 0-3) */
  readonly host: string;
  /** The ACL operation. (versions 0-3) */
  readonly operation: number;
  /** The ACL permission type. (versions 0-3) */
  readonly permissionType: number;
}

/** A DeleteAclsRequest with every field at its spec default. */
export function newDeleteAclsRequest(): DeleteAclsRequest {
  return {
    filters: [],
  };
}

/** A DeleteAclsRequestDeleteAclsFilter with every field at its spec default. */
export function newDeleteAclsRequestDeleteAclsFilter(): DeleteAclsRequestDeleteAclsFilter {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: "",
    patternTypeFilter: 3,
    principalFilter: "",
    hostFilter: "",
    operation: 0,
    permissionType: 0,
  };
}

/** A DeleteAclsResponse with every field at its spec default. */
export function newDeleteAclsResponse(): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
  };
}

/** A DeleteAclsResponseDeleteAclsFilterResult with every field at its spec default. */
export function newDeleteAclsResponseDeleteAclsFilterResult(): DeleteAclsResponseDeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: "",
    matchingAcls: [],
  };
}

/** A DeleteAclsResponseDeleteAclsMatchingAcl with every field at its spec default. */
export function newDeleteAclsResponseDeleteAclsMatchingAcl(): DeleteAclsResponseDeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

/** DeleteAclsRequest at v0. */
function encDeleteAclsRequestV0(w: Writer, v: DeleteAclsRequest): void {
  {
    const $a1 = v.filters;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteAclsRequestDeleteAclsFilterV0(w, $a1[$i2]);
    }
  }
}

/** DeleteAclsRequest at v0. */
function decDeleteAclsRequestV0(r: Reader): DeleteAclsRequest {
  const $n3 = r.arrayLength();
  const $a4: DeleteAclsRequestDeleteAclsFilter[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteAclsRequestDeleteAclsFilterV0(r));
  const filters = $a4;
  return {
    filters,
  };
}

/** DeleteAclsRequest at v1. */
function encDeleteAclsRequestV1(w: Writer, v: DeleteAclsRequest): void {
  {
    const $a6 = v.filters;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteAclsRequestDeleteAclsFilterV1(w, $a6[$i7]);
    }
  }
}

/** DeleteAclsRequest at v1. */
function decDeleteAclsRequestV1(r: Reader): DeleteAclsRequest {
  const $n8 = r.arrayLength();
  const $a9: DeleteAclsRequestDeleteAclsFilter[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteAclsRequestDeleteAclsFilterV1(r));
  const filters = $a9;
  return {
    filters,
  };
}

/** DeleteAclsRequest at v2-3. */
function encDeleteAclsRequestV2(w: Writer, v: DeleteAclsRequest): void {
  {
    const $a11 = v.filters;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDeleteAclsRequestDeleteAclsFilterV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteAclsRequest at v2-3. */
function decDeleteAclsRequestV2(r: Reader): DeleteAclsRequest {
  const $n13 = r.compactArrayLength();
  const $a14: DeleteAclsRequestDeleteAclsFilter[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDeleteAclsRequestDeleteAclsFilterV2(r));
  const filters = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    filters,
  };
}

/** DeleteAclsRequestDeleteAclsFilter at v0. */
function encDeleteAclsRequestDeleteAclsFilterV0(w: Writer, v: DeleteAclsRequestDeleteAclsFilter): void {
  w.int8(v.resourceTypeFilter);
  w.nullableString(v.resourceNameFilter);
  w.nullableString(v.principalFilter);
  w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DeleteAclsRequestDeleteAclsFilter at v0. */
function decDeleteAclsRequestDeleteAclsFilterV0(r: Reader): DeleteAclsRequestDeleteAclsFilter {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.nullableString();
  const principalFilter = r.nullableString();
  const hostFilter = r.nullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    resourceTypeFilter,
    resourceNameFilter,
    patternTypeFilter: 3,
    principalFilter,
    hostFilter,
    operation,
    permissionType,
  };
}

/** DeleteAclsRequestDeleteAclsFilter at v1. */
function encDeleteAclsRequestDeleteAclsFilterV1(w: Writer, v: DeleteAclsRequestDeleteAclsFilter): void {
  w.int8(v.resourceTypeFilter);
  w.nullableString(v.resourceNameFilter);
  w.int8(v.patternTypeFilter);
  w.nullableString(v.principalFilter);
  w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DeleteAclsRequestDeleteAclsFilter at v1. */
function decDeleteAclsRequestDeleteAclsFilterV1(r: Reader): DeleteAclsRequestDeleteAclsFilter {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.nullableString();
  const patternTypeFilter = r.int8();
  const principalFilter = r.nullableString();
  const hostFilter = r.nullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    resourceTypeFilter,
    resourceNameFilter,
    patternTypeFilter,
    principalFilter,
    hostFilter,
    operation,
    permissionType,
  };
}

/** DeleteAclsRequestDeleteAclsFilter at v2-3. */
function encDeleteAclsRequestDeleteAclsFilterV2(w: Writer, v: DeleteAclsRequestDeleteAclsFilter): void {
  w.int8(v.resourceTypeFilter);
  w.compactNullableString(v.resourceNameFilter);
  w.int8(v.patternTypeFilter);
  w.compactNullableString(v.principalFilter);
  w.compactNullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0); // no tagged fields
}

/** DeleteAclsRequestDeleteAclsFilter at v2-3. */
function decDeleteAclsRequestDeleteAclsFilterV2(r: Reader): DeleteAclsRequestDeleteAclsFilter {
  const resourceTypeFilter = r.int8();
  const resourceNameFilter = r.compactNullableString();
  const patternTypeFilter = r.int8();
  const principalFilter = r.compactNullableString();
  const hostFilter = r.compactNullableString();
  const operation = r.int8();
  const permissionType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    resourceTypeFilter,
    resourceNameFilter,
    patternTypeFilter,
    principalFilter,
    hostFilter,
    operation,
    permissionType,
  };
}

/** DeleteAclsRequest at versions 0-3. */
export const deleteAclsRequestCodec = new MessageCodec<DeleteAclsRequest>(
  "DeleteAclsRequest",
  0,
  [encDeleteAclsRequestV0, encDeleteAclsRequestV1, encDeleteAclsRequestV2, encDeleteAclsRequestV2],
  [decDeleteAclsRequestV0, decDeleteAclsRequestV1, decDeleteAclsRequestV2, decDeleteAclsRequestV2],
  newDeleteAclsRequest,
);

/** DeleteAclsResponse at v0. */
function encDeleteAclsResponseV0(w: Writer, v: DeleteAclsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.filterResults;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDeleteAclsResponseDeleteAclsFilterResultV0(w, $a1[$i2]);
    }
  }
}

/** DeleteAclsResponse at v0. */
function decDeleteAclsResponseV0(r: Reader): DeleteAclsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: DeleteAclsResponseDeleteAclsFilterResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDeleteAclsResponseDeleteAclsFilterResultV0(r));
  const filterResults = $a4;
  return {
    throttleTimeMs,
    filterResults,
  };
}

/** DeleteAclsResponse at v1. */
function encDeleteAclsResponseV1(w: Writer, v: DeleteAclsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.filterResults;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDeleteAclsResponseDeleteAclsFilterResultV1(w, $a6[$i7]);
    }
  }
}

/** DeleteAclsResponse at v1. */
function decDeleteAclsResponseV1(r: Reader): DeleteAclsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: DeleteAclsResponseDeleteAclsFilterResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDeleteAclsResponseDeleteAclsFilterResultV1(r));
  const filterResults = $a9;
  return {
    throttleTimeMs,
    filterResults,
  };
}

/** DeleteAclsResponse at v2-3. */
function encDeleteAclsResponseV2(w: Writer, v: DeleteAclsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a11 = v.filterResults;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDeleteAclsResponseDeleteAclsFilterResultV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteAclsResponse at v2-3. */
function decDeleteAclsResponseV2(r: Reader): DeleteAclsResponse {
  const throttleTimeMs = r.int32();
  const $n13 = r.compactArrayLength();
  const $a14: DeleteAclsResponseDeleteAclsFilterResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDeleteAclsResponseDeleteAclsFilterResultV2(r));
  const filterResults = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    filterResults,
  };
}

/** DeleteAclsResponseDeleteAclsFilterResult at v0. */
function encDeleteAclsResponseDeleteAclsFilterResultV0(w: Writer, v: DeleteAclsResponseDeleteAclsFilterResult): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  {
    const $a16 = v.matchingAcls;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDeleteAclsResponseDeleteAclsMatchingAclV0(w, $a16[$i17]);
    }
  }
}

/** DeleteAclsResponseDeleteAclsFilterResult at v0. */
function decDeleteAclsResponseDeleteAclsFilterResultV0(r: Reader): DeleteAclsResponseDeleteAclsFilterResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const $n18 = r.arrayLength();
  const $a19: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDeleteAclsResponseDeleteAclsMatchingAclV0(r));
  const matchingAcls = $a19;
  return {
    errorCode,
    errorMessage,
    matchingAcls,
  };
}

/** DeleteAclsResponseDeleteAclsFilterResult at v1. */
function encDeleteAclsResponseDeleteAclsFilterResultV1(w: Writer, v: DeleteAclsResponseDeleteAclsFilterResult): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  {
    const $a21 = v.matchingAcls;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDeleteAclsResponseDeleteAclsMatchingAclV1(w, $a21[$i22]);
    }
  }
}

/** DeleteAclsResponseDeleteAclsFilterResult at v1. */
function decDeleteAclsResponseDeleteAclsFilterResultV1(r: Reader): DeleteAclsResponseDeleteAclsFilterResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const $n23 = r.arrayLength();
  const $a24: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDeleteAclsResponseDeleteAclsMatchingAclV1(r));
  const matchingAcls = $a24;
  return {
    errorCode,
    errorMessage,
    matchingAcls,
  };
}

/** DeleteAclsResponseDeleteAclsFilterResult at v2-3. */
function encDeleteAclsResponseDeleteAclsFilterResultV2(w: Writer, v: DeleteAclsResponseDeleteAclsFilterResult): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a26 = v.matchingAcls;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDeleteAclsResponseDeleteAclsMatchingAclV2(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DeleteAclsResponseDeleteAclsFilterResult at v2-3. */
function decDeleteAclsResponseDeleteAclsFilterResultV2(r: Reader): DeleteAclsResponseDeleteAclsFilterResult {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n28 = r.compactArrayLength();
  const $a29: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDeleteAclsResponseDeleteAclsMatchingAclV2(r));
  const matchingAcls = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    matchingAcls,
  };
}

/** DeleteAclsResponseDeleteAclsMatchingAcl at v0. */
function encDeleteAclsResponseDeleteAclsMatchingAclV0(w: Writer, v: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
  w.string(v.principal);
  w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DeleteAclsResponseDeleteAclsMatchingAcl at v0. */
function decDeleteAclsResponseDeleteAclsMatchingAclV0(r: Reader): DeleteAclsResponseDeleteAclsMatchingAcl {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    patternType: 3,
    principal,
    host,
    operation,
    permissionType,
  };
}

/** DeleteAclsResponseDeleteAclsMatchingAcl at v1. */
function encDeleteAclsResponseDeleteAclsMatchingAclV1(w: Writer, v: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
  w.int8(v.patternType);
  w.string(v.principal);
  w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DeleteAclsResponseDeleteAclsMatchingAcl at v1. */
function decDeleteAclsResponseDeleteAclsMatchingAclV1(r: Reader): DeleteAclsResponseDeleteAclsMatchingAcl {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  const patternType = r.int8();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    patternType,
    principal,
    host,
    operation,
    permissionType,
  };
}

/** DeleteAclsResponseDeleteAclsMatchingAcl at v2-3. */
function encDeleteAclsResponseDeleteAclsMatchingAclV2(w: Writer, v: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.int8(v.patternType);
  w.compactString(v.principal);
  w.compactString(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0); // no tagged fields
}

/** DeleteAclsResponseDeleteAclsMatchingAcl at v2-3. */
function decDeleteAclsResponseDeleteAclsMatchingAclV2(r: Reader): DeleteAclsResponseDeleteAclsMatchingAcl {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const patternType = r.int8();
  const principal = r.compactString();
  const host = r.compactString();
  const operation = r.int8();
  const permissionType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
    patternType,
    principal,
    host,
    operation,
    permissionType,
  };
}

/** DeleteAclsResponse at versions 0-3. */
export const deleteAclsResponseCodec = new MessageCodec<DeleteAclsResponse>(
  "DeleteAclsResponse",
  0,
  [encDeleteAclsResponseV0, encDeleteAclsResponseV1, encDeleteAclsResponseV2, encDeleteAclsResponseV2],
  [decDeleteAclsResponseV0, decDeleteAclsResponseV1, decDeleteAclsResponseV2, decDeleteAclsResponseV2],
  newDeleteAclsResponse,
);
