// Kafka AlterConfigs API (key 33): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AlterConfigsRequest.json, AlterConfigsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AlterConfigsRequest: request of api key 33, versions 0-2, flexible 2. */
export interface AlterConfigsRequest {
  /** The updates for each resource. (versions 0-2) */
  readonly resources: readonly AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (versions 0-2) */
  readonly validateOnly: boolean;
}

/** AlterConfigsResource in AlterConfigsRequest. */
export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. (versions 0-2) */
  readonly resourceType: number;
  /** The resource name. (versions 0-2) */
  readonly resourceName: string;
  /** The configurations. (versions 0-2) */
  readonly configs: readonly AlterConfigsRequestAlterableConfig[];
}

/** AlterableConfig in AlterConfigsRequest. */
export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. (versions 0-2) */
  readonly name: string;
  /** The value to set for the configuration key. (versions 0-2, nullable 0-2) */
  readonly value: string | null;
}

/** AlterConfigsResponse: response of api key 33, versions 0-2, flexible 2. */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
  /** The responses for each resource. (versions 0-2) */
  readonly responses: readonly AlterConfigsResponseAlterConfigsResourceResponse[];
}

/** AlterConfigsResourceResponse in AlterConfigsResponse. */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. (versions 0-2) */
  readonly errorCode: number;
  /** The resource error message, or null if there was no error. (versions 0-2, nullable 0-2) */
  readonly errorMessage: string | null;
  /** The resource type. (versions 0-2) */
  readonly resourceType: number;
  /** The resource name. (versions 0-2) */
  readonly resourceName: string;
}

/** A AlterConfigsRequest with every field at its spec default. */
export function newAlterConfigsRequest(): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

/** A AlterConfigsRequestAlterConfigsResource with every field at its spec default. */
export function newAlterConfigsRequestAlterConfigsResource(): AlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

/** A AlterConfigsRequestAlterableConfig with every field at its spec default. */
export function newAlterConfigsRequestAlterableConfig(): AlterConfigsRequestAlterableConfig {
  return {
    name: "",
    value: "",
  };
}

/** A AlterConfigsResponse with every field at its spec default. */
export function newAlterConfigsResponse(): AlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

/** A AlterConfigsResponseAlterConfigsResourceResponse with every field at its spec default. */
export function newAlterConfigsResponseAlterConfigsResourceResponse(): AlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
  };
}

/** AlterConfigsRequest at v0-1. */
function encAlterConfigsRequestV0(w: Writer, v: AlterConfigsRequest): void {
  {
    const $a1 = v.resources;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterConfigsRequestAlterConfigsResourceV0(w, $a1[$i2]);
    }
  }
  w.bool(v.validateOnly);
}

/** AlterConfigsRequest at v0-1. */
function decAlterConfigsRequestV0(r: Reader): AlterConfigsRequest {
  const $n3 = r.arrayLength();
  const $a4: AlterConfigsRequestAlterConfigsResource[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterConfigsRequestAlterConfigsResourceV0(r));
  const resources = $a4;
  const validateOnly = r.bool();
  return {
    resources,
    validateOnly,
  };
}

/** AlterConfigsRequest at v2. */
function encAlterConfigsRequestV2(w: Writer, v: AlterConfigsRequest): void {
  {
    const $a6 = v.resources;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterConfigsRequestAlterConfigsResourceV2(w, $a6[$i7]);
    }
  }
  w.bool(v.validateOnly);
  w.uvarint(0); // no tagged fields
}

/** AlterConfigsRequest at v2. */
function decAlterConfigsRequestV2(r: Reader): AlterConfigsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: AlterConfigsRequestAlterConfigsResource[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterConfigsRequestAlterConfigsResourceV2(r));
  const resources = $a9;
  const validateOnly = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    resources,
    validateOnly,
  };
}

/** AlterConfigsRequestAlterConfigsResource at v0-1. */
function encAlterConfigsRequestAlterConfigsResourceV0(w: Writer, v: AlterConfigsRequestAlterConfigsResource): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a11 = v.configs;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAlterConfigsRequestAlterableConfigV0(w, $a11[$i12]);
    }
  }
}

/** AlterConfigsRequestAlterConfigsResource at v0-1. */
function decAlterConfigsRequestAlterConfigsResourceV0(r: Reader): AlterConfigsRequestAlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n13 = r.arrayLength();
  const $a14: AlterConfigsRequestAlterableConfig[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAlterConfigsRequestAlterableConfigV0(r));
  const configs = $a14;
  return {
    resourceType,
    resourceName,
    configs,
  };
}

/** AlterConfigsRequestAlterConfigsResource at v2. */
function encAlterConfigsRequestAlterConfigsResourceV2(w: Writer, v: AlterConfigsRequestAlterConfigsResource): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  {
    const $a16 = v.configs;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAlterConfigsRequestAlterableConfigV2(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterConfigsRequestAlterConfigsResource at v2. */
function decAlterConfigsRequestAlterConfigsResourceV2(r: Reader): AlterConfigsRequestAlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: AlterConfigsRequestAlterableConfig[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAlterConfigsRequestAlterableConfigV2(r));
  const configs = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    resourceType,
    resourceName,
    configs,
  };
}

/** AlterConfigsRequestAlterableConfig at v0-1. */
function encAlterConfigsRequestAlterableConfigV0(w: Writer, v: AlterConfigsRequestAlterableConfig): void {
  w.string(v.name);
  w.nullableString(v.value);
}

/** AlterConfigsRequestAlterableConfig at v0-1. */
function decAlterConfigsRequestAlterableConfigV0(r: Reader): AlterConfigsRequestAlterableConfig {
  const name = r.string();
  const value = r.nullableString();
  return {
    name,
    value,
  };
}

/** AlterConfigsRequestAlterableConfig at v2. */
function encAlterConfigsRequestAlterableConfigV2(w: Writer, v: AlterConfigsRequestAlterableConfig): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.uvarint(0); // no tagged fields
}

/** AlterConfigsRequestAlterableConfig at v2. */
function decAlterConfigsRequestAlterableConfigV2(r: Reader): AlterConfigsRequestAlterableConfig {
  const name = r.compactString();
  const value = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    value,
  };
}

/** AlterConfigsRequest at versions 0-2. */
export const alterConfigsRequestCodec = new MessageCodec<AlterConfigsRequest>(
  "AlterConfigsRequest",
  0,
  [encAlterConfigsRequestV0, encAlterConfigsRequestV0, encAlterConfigsRequestV2],
  [decAlterConfigsRequestV0, decAlterConfigsRequestV0, decAlterConfigsRequestV2],
  newAlterConfigsRequest,
);

/** AlterConfigsResponse at v0-1. */
function encAlterConfigsResponseV0(w: Writer, v: AlterConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.responses;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAlterConfigsResponseAlterConfigsResourceResponseV0(w, $a1[$i2]);
    }
  }
}

/** AlterConfigsResponse at v0-1. */
function decAlterConfigsResponseV0(r: Reader): AlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAlterConfigsResponseAlterConfigsResourceResponseV0(r));
  const responses = $a4;
  return {
    throttleTimeMs,
    responses,
  };
}

/** AlterConfigsResponse at v2. */
function encAlterConfigsResponseV2(w: Writer, v: AlterConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.responses;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAlterConfigsResponseAlterConfigsResourceResponseV2(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AlterConfigsResponse at v2. */
function decAlterConfigsResponseV2(r: Reader): AlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAlterConfigsResponseAlterConfigsResourceResponseV2(r));
  const responses = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    responses,
  };
}

/** AlterConfigsResponseAlterConfigsResourceResponse at v0-1. */
function encAlterConfigsResponseAlterConfigsResourceResponseV0(w: Writer, v: AlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
}

/** AlterConfigsResponseAlterConfigsResourceResponse at v0-1. */
function decAlterConfigsResponseAlterConfigsResourceResponseV0(r: Reader): AlterConfigsResponseAlterConfigsResourceResponse {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const resourceType = r.int8();
  const resourceName = r.string();
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
  };
}

/** AlterConfigsResponseAlterConfigsResourceResponse at v2. */
function encAlterConfigsResponseAlterConfigsResourceResponseV2(w: Writer, v: AlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.uvarint(0); // no tagged fields
}

/** AlterConfigsResponseAlterConfigsResourceResponse at v2. */
function decAlterConfigsResponseAlterConfigsResourceResponseV2(r: Reader): AlterConfigsResponseAlterConfigsResourceResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const resourceType = r.int8();
  const resourceName = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    resourceType,
    resourceName,
  };
}

/** AlterConfigsResponse at versions 0-2. */
export const alterConfigsResponseCodec = new MessageCodec<AlterConfigsResponse>(
  "AlterConfigsResponse",
  0,
  [encAlterConfigsResponseV0, encAlterConfigsResponseV0, encAlterConfigsResponseV2],
  [decAlterConfigsResponseV0, decAlterConfigsResponseV0, decAlterConfigsResponseV2],
  newAlterConfigsResponse,
);
