// Kafka CreateAcls API (key 30): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{CreateAclsRequest.json, CreateAclsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** CreateAclsRequest: request of api key 30, versions 0-3, flexible 2-3. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. (versions 0-3) */
  readonly creations: readonly CreateAclsRequestAclCreation[];
}

/** AclCreation in CreateAclsRequest. */
export interface CreateAclsRequestAclCreation {
  /** The type of the resource. (versions 0-3) */
  readonly resourceType: number;
  /** The resource name for the ACL. (versions 0-3) */
  readonly resourceName: string;
  /** The pattern type for the ACL. (versions 1-3, default 3) */
  readonly resourcePatternType: number;
  /** The principal for the ACL. (versions 0-3) */
  readonly principal: string;
  /** The host for the ACL. (versions 0-3) */
  readonly host: string;
  /** The operation type for the ACL (read, write, etc.). (versions 0-3) */
  readonly operation: number;
  /** The permission type for the ACL (allow, deny, etc.). (versions 0-3) */
  readonly permissionType: number;
}

/** CreateAclsResponse: response of api key 30, versions 0-3, flexible 2-3. */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
  /** The results for each ACL creation. (versions 0-3) */
  readonly results: readonly CreateAclsResponseAclCreationResult[];
}

/** AclCreationResult in CreateAclsResponse. */
export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. (versions 0-3) */
  readonly errorCode: number;
  /** The result message, or null if there was no error. (versions 0-3, nullable 0-3) */
  readonly errorMessage: string | null;
}

/** A CreateAclsRequest with every field at its spec default. */
export function newCreateAclsRequest(): CreateAclsRequest {
  return {
    creations: [],
  };
}

/** A CreateAclsRequestAclCreation with every field at its spec default. */
export function newCreateAclsRequestAclCreation(): CreateAclsRequestAclCreation {
  return {
    resourceType: 0,
    resourceName: "",
    resourcePatternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

/** A CreateAclsResponse with every field at its spec default. */
export function newCreateAclsResponse(): CreateAclsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

/** A CreateAclsResponseAclCreationResult with every field at its spec default. */
export function newCreateAclsResponseAclCreationResult(): CreateAclsResponseAclCreationResult {
  return {
    errorCode: 0,
    errorMessage: "",
  };
}

/** CreateAclsRequest at v0. */
function encCreateAclsRequestV0(w: Writer, v: CreateAclsRequest): void {
  {
    const $a1 = v.creations;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreateAclsRequestAclCreationV0(w, $a1[$i2]);
    }
  }
}

/** CreateAclsRequest at v0. */
function decCreateAclsRequestV0(r: Reader): CreateAclsRequest {
  const $n3 = r.arrayLength();
  const $a4: CreateAclsRequestAclCreation[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreateAclsRequestAclCreationV0(r));
  const creations = $a4;
  return {
    creations,
  };
}

/** CreateAclsRequest at v1. */
function encCreateAclsRequestV1(w: Writer, v: CreateAclsRequest): void {
  {
    const $a6 = v.creations;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreateAclsRequestAclCreationV1(w, $a6[$i7]);
    }
  }
}

/** CreateAclsRequest at v1. */
function decCreateAclsRequestV1(r: Reader): CreateAclsRequest {
  const $n8 = r.arrayLength();
  const $a9: CreateAclsRequestAclCreation[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreateAclsRequestAclCreationV1(r));
  const creations = $a9;
  return {
    creations,
  };
}

/** CreateAclsRequest at v2-3. */
function encCreateAclsRequestV2(w: Writer, v: CreateAclsRequest): void {
  {
    const $a11 = v.creations;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encCreateAclsRequestAclCreationV2(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreateAclsRequest at v2-3. */
function decCreateAclsRequestV2(r: Reader): CreateAclsRequest {
  const $n13 = r.compactArrayLength();
  const $a14: CreateAclsRequestAclCreation[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decCreateAclsRequestAclCreationV2(r));
  const creations = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    creations,
  };
}

/** CreateAclsRequestAclCreation at v0. */
function encCreateAclsRequestAclCreationV0(w: Writer, v: CreateAclsRequestAclCreation): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  w.string(v.principal);
  w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** CreateAclsRequestAclCreation at v0. */
function decCreateAclsRequestAclCreationV0(r: Reader): CreateAclsRequestAclCreation {
  const resourceType = r.int8();
  const resourceName = r.string();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    resourceType,
    resourceName,
    resourcePatternType: 3,
    principal,
    host,
    operation,
    permissionType,
  };
}

/** CreateAclsRequestAclCreation at v1. */
function encCreateAclsRequestAclCreationV1(w: Writer, v: CreateAclsRequestAclCreation): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  w.int8(v.resourcePatternType);
  w.string(v.principal);
  w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
}

/** CreateAclsRequestAclCreation at v1. */
function decCreateAclsRequestAclCreationV1(r: Reader): CreateAclsRequestAclCreation {
  const resourceType = r.int8();
  const resourceName = r.string();
  const resourcePatternType = r.int8();
  const principal = r.string();
  const host = r.string();
  const operation = r.int8();
  const permissionType = r.int8();
  return {
    resourceType,
    resourceName,
    resourcePatternType,
    principal,
    host,
    operation,
    permissionType,
  };
}

/** CreateAclsRequestAclCreation at v2-3. */
function encCreateAclsRequestAclCreationV2(w: Writer, v: CreateAclsRequestAclCreation): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.int8(v.resourcePatternType);
  w.compactString(v.principal);
  w.compactString(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0); // no tagged fields
}

/** CreateAclsRequestAclCreation at v2-3. */
function decCreateAclsRequestAclCreationV2(r: Reader): CreateAclsRequestAclCreation {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const resourcePatternType = r.int8();
  const principal = r.compactString();
  const host = r.compactString();
  const operation = r.int8();
  const permissionType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    resourceType,
    resourceName,
    resourcePatternType,
    principal,
    host,
    operation,
    permissionType,
  };
}

/** CreateAclsRequest at versions 0-3. */
export const createAclsRequestCodec = new MessageCodec<CreateAclsRequest>(
  "CreateAclsRequest",
  0,
  [encCreateAclsRequestV0, encCreateAclsRequestV1, encCreateAclsRequestV2, encCreateAclsRequestV2],
  [decCreateAclsRequestV0, decCreateAclsRequestV1, decCreateAclsRequestV2, decCreateAclsRequestV2],
  newCreateAclsRequest,
);

/** CreateAclsResponse at v0-1. */
function encCreateAclsResponseV0(w: Writer, v: CreateAclsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.results;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreateAclsResponseAclCreationResultV0(w, $a1[$i2]);
    }
  }
}

/** CreateAclsResponse at v0-1. */
function decCreateAclsResponseV0(r: Reader): CreateAclsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: CreateAclsResponseAclCreationResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreateAclsResponseAclCreationResultV0(r));
  const results = $a4;
  return {
    throttleTimeMs,
    results,
  };
}

/** CreateAclsResponse at v2-3. */
function encCreateAclsResponseV2(w: Writer, v: CreateAclsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.results;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreateAclsResponseAclCreationResultV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** CreateAclsResponse at v2-3. */
function decCreateAclsResponseV2(r: Reader): CreateAclsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: CreateAclsResponseAclCreationResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreateAclsResponseAclCreationResultV2(r));
  const results = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    results,
  };
}

/** CreateAclsResponseAclCreationResult at v0-1. */
function encCreateAclsResponseAclCreationResultV0(w: Writer, v: CreateAclsResponseAclCreationResult): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
}

/** CreateAclsResponseAclCreationResult at v0-1. */
function decCreateAclsResponseAclCreationResultV0(r: Reader): CreateAclsResponseAclCreationResult {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  return {
    errorCode,
    errorMessage,
  };
}

/** CreateAclsResponseAclCreationResult at v2-3. */
function encCreateAclsResponseAclCreationResultV2(w: Writer, v: CreateAclsResponseAclCreationResult): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** CreateAclsResponseAclCreationResult at v2-3. */
function decCreateAclsResponseAclCreationResultV2(r: Reader): CreateAclsResponseAclCreationResult {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
  };
}

/** CreateAclsResponse at versions 0-3. */
export const createAclsResponseCodec = new MessageCodec<CreateAclsResponse>(
  "CreateAclsResponse",
  0,
  [encCreateAclsResponseV0, encCreateAclsResponseV0, encCreateAclsResponseV2, encCreateAclsResponseV2],
  [decCreateAclsResponseV0, decCreateAclsResponseV0, decCreateAclsResponseV2, decCreateAclsResponseV2],
  newCreateAclsResponse,
);
