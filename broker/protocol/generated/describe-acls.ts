// Kafka DescribeAcls API (key 29): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeAclsRequest.json, DescribeAclsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeAclsRequest: request of api key 29, versions 0-3, flexible 2-3. */
export interface DescribeAclsRequest {
  /** The resource type. (versions 0-3) */
  readonly resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. (versions 0-3, nullable 0-3) */
  readonly resourceNameFilter: string | null;
  /** The resource pattern to match. (versions 1-3, default 3) */
  readonly patternTypeFilter: number;
  /** The principal to match, or null to match any principal. (versions 0-3, nullable 0-3) */
  readonly principalFilter: string | null;
  /** The host to match, or null to match any host. (versions 0-3, nullable 0-3) */
  readonly hostFilter: string | null;
  /** The operation to match. (versions 0-3) */
  readonly operation: number;
  /** The permission type to match. (versions 0-3) */
  readonly permissionType: number;
}

/** DescribeAclsResponse: response of api key 29, versions 0-3, flexible 2-3. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-3) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0-3, nullable 0-3) */
  readonly errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. (versions 0-3) */
  readonly resources: readonly DescribeAclsResponseDescribeAclsResource[];
}

/** DescribeAclsResource in DescribeAclsResponse. */
export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. (versions 0-3) */
  readonly resourceType: number;
  /** The resource name. (versions 0-3) */
  readonly resourceName: string;
  /** The resource pattern type. (versions 1-3, default 3) */
  readonly patternType: number;
  /** The ACLs. (versions 0-3) */
  readonly acls: readonly DescribeAclsResponseAclDescription[];
}

/** AclDescription in DescribeAclsResponse. */
export interface DescribeAclsResponseAclDescription {
  /** The ACL principal. (versions 0-3) */
  readonly principal: string;
  /** The ACL host. (versions 0-3) */
  readonly host: string;
  /** The ACL operation. (versions 0-3) */
  readonly operation: number;
  /** The ACL permission type. (versions 0-3) */
  readonly permissionType: number;
}

/** A DescribeAclsRequest with every field at its spec default. */
export function newDescribeAclsRequest(): DescribeAclsRequest {
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

/** A DescribeAclsResponse with every field at its spec default. */
export function newDescribeAclsResponse(): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    resources: [],
  };
}

/** A DescribeAclsResponseDescribeAclsResource with every field at its spec default. */
export function newDescribeAclsResponseDescribeAclsResource(): DescribeAclsResponseDescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    acls: [],
  };
}

/** A DescribeAclsResponseAclDescription with every field at its spec default. */
export function newDescribeAclsResponseAclDescription(): DescribeAclsResponseAclDescription {
  return {
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

/** DescribeAclsRequest at v0. */
function encDescribeAclsRequestV0(w: Writer, v: DescribeAclsRequest): void {
  w.int8(v.resourceTypeFilter);
  w.nullableString(v.resourceNameFilter);
  w.nullableString(v.principalFilter);
  w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DescribeAclsRequest at v0. */
function decDescribeAclsRequestV0(r: Reader): DescribeAclsRequest {
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

/** DescribeAclsRequest at v1. */
function encDescribeAclsRequestV1(w: Writer, v: DescribeAclsRequest): void {
  w.int8(v.resourceTypeFilter);
  w.nullableString(v.resourceNameFilter);
  w.int8(v.patternTypeFilter);
  w.nullableString(v.principalFilter);
  w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DescribeAclsRequest at v1. */
function decDescribeAclsRequestV1(r: Reader): DescribeAclsRequest {
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

/** DescribeAclsRequest at v2-3. */
function encDescribeAclsRequestV2(w: Writer, v: DescribeAclsRequest): void {
  w.int8(v.resourceTypeFilter);
  w.compactNullableString(v.resourceNameFilter);
  w.int8(v.patternTypeFilter);
  w.compactNullableString(v.principalFilter);
  w.compactNullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0); // no tagged fields
}

/** DescribeAclsRequest at v2-3. */
function decDescribeAclsRequestV2(r: Reader): DescribeAclsRequest {
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

/** DescribeAclsRequest at versions 0-3. */
export const describeAclsRequestCodec = new MessageCodec<DescribeAclsRequest>(
  "DescribeAclsRequest",
  0,
  [encDescribeAclsRequestV0, encDescribeAclsRequestV1, encDescribeAclsRequestV2, encDescribeAclsRequestV2],
  [decDescribeAclsRequestV0, decDescribeAclsRequestV1, decDescribeAclsRequestV2, decDescribeAclsRequestV2],
  newDescribeAclsRequest,
);

/** DescribeAclsResponse at v0. */
function encDescribeAclsResponseV0(w: Writer, v: DescribeAclsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  {
    const $a1 = v.resources;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeAclsResponseDescribeAclsResourceV0(w, $a1[$i2]);
    }
  }
}

/** DescribeAclsResponse at v0. */
function decDescribeAclsResponseV0(r: Reader): DescribeAclsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const $n3 = r.arrayLength();
  const $a4: DescribeAclsResponseDescribeAclsResource[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeAclsResponseDescribeAclsResourceV0(r));
  const resources = $a4;
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    resources,
  };
}

/** DescribeAclsResponse at v1. */
function encDescribeAclsResponseV1(w: Writer, v: DescribeAclsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  {
    const $a6 = v.resources;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeAclsResponseDescribeAclsResourceV1(w, $a6[$i7]);
    }
  }
}

/** DescribeAclsResponse at v1. */
function decDescribeAclsResponseV1(r: Reader): DescribeAclsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const $n8 = r.arrayLength();
  const $a9: DescribeAclsResponseDescribeAclsResource[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeAclsResponseDescribeAclsResourceV1(r));
  const resources = $a9;
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    resources,
  };
}

/** DescribeAclsResponse at v2-3. */
function encDescribeAclsResponseV2(w: Writer, v: DescribeAclsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a11 = v.resources;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeAclsResponseDescribeAclsResourceV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeAclsResponse at v2-3. */
function decDescribeAclsResponseV2(r: Reader): DescribeAclsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n13 = r.compactArrayLength();
  const $a14: DescribeAclsResponseDescribeAclsResource[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeAclsResponseDescribeAclsResourceV2(r));
  const resources = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    resources,
  };
}

/** DescribeAclsResponseDescribeAclsResource at v0. */
function encDescribeAclsResponseDescribeAclsResourceV0(w: Writer, v: DescribeAclsResponseDescribeAclsResource): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a16 = v.acls;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDescribeAclsResponseAclDescriptionV0(w, $a16[$i17]);
    }
  }
}

/** DescribeAclsResponseDescribeAclsResource at v0. */
function decDescribeAclsResponseDescribeAclsResourceV0(r: Reader): DescribeAclsResponseDescribeAclsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n18 = r.arrayLength();
  const $a19: DescribeAclsResponseAclDescription[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeAclsResponseAclDescriptionV0(r));
  const acls = $a19;
  return {
    resourceType,
    resourceName,
    patternType: 3,
    acls,
  };
}

/** DescribeAclsResponseDescribeAclsResource at v1. */
function encDescribeAclsResponseDescribeAclsResourceV1(w: Writer, v: DescribeAclsResponseDescribeAclsResource): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  w.int8(v.patternType);
  {
    const $a21 = v.acls;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDescribeAclsResponseAclDescriptionV0(w, $a21[$i22]);
    }
  }
}

/** DescribeAclsResponseDescribeAclsResource at v1. */
function decDescribeAclsResponseDescribeAclsResourceV1(r: Reader): DescribeAclsResponseDescribeAclsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const patternType = r.int8();
  const $n23 = r.arrayLength();
  const $a24: DescribeAclsResponseAclDescription[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDescribeAclsResponseAclDescriptionV0(r));
  const acls = $a24;
  return {
    resourceType,
    resourceName,
    patternType,
    acls,
  };
}

/** DescribeAclsResponseDescribeAclsResource at v2-3. */
function encDescribeAclsResponseDescribeAclsResourceV2(w: Writer, v: DescribeAclsResponseDescribeAclsResource): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.int8(v.patternType);
  {
    const $a26 = v.acls;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDescribeAclsResponseAclDescriptionV2(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeAclsResponseDescribeAclsResource at v2-3. */
function decDescribeAclsResponseDescribeAclsResourceV2(r: Reader): DescribeAclsResponseDescribeAclsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const patternType = r.int8();
  const $n28 = r.compactArrayLength();
  const $a29: DescribeAclsResponseAclDescription[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDescribeAclsResponseAclDescriptionV2(r));
  const acls = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    resourceType,
    resourceName,
    patternType,
    acls,
  };
}

/** DescribeAclsResponseAclDescription at v0-1. */
function encDescribeAclsResponseAclDescriptionV0(w: Writer, v: DescribeAclsResponseAclDescription): void {
  w.string(v.principal);
  w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** DescribeAclsResponseAclDescription at v0-1. */
function decDescribeAclsResponseAclDescriptionV0(r: Reader): DescribeAclsResponseAclDescription {
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    principal,
    host,
    operation,
    permissionType,
  };
}

/** DescribeAclsResponseAclDescription at v2-3. */
function encDescribeAclsResponseAclDescriptionV2(w: Writer, v: DescribeAclsResponseAclDescription): void {
  w.compactString(v.principal);
  w.compactString(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0); // no tagged fields
}

/** DescribeAclsResponseAclDescription at v2-3. */
function decDescribeAclsResponseAclDescriptionV2(r: Reader): DescribeAclsResponseAclDescription {
  const principal = r.compactString();
  const host = r.compactString();
  const operation = r.int8();
  const permissionType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    principal,
    host,
    operation,
    permissionType,
  };
}

/** DescribeAclsResponse at versions 0-3. */
export const describeAclsResponseCodec = new MessageCodec<DescribeAclsResponse>(
  "DescribeAclsResponse",
  0,
  [encDescribeAclsResponseV0, encDescribeAclsResponseV1, encDescribeAclsResponseV2, encDescribeAclsResponseV2],
  [decDescribeAclsResponseV0, decDescribeAclsResponseV1, decDescribeAclsResponseV2, decDescribeAclsResponseV2],
  newDescribeAclsResponse,
);
