// Kafka IncrementalAlterConfigs API (key 44): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** IncrementalAlterConfigsRequest: request of api key 44, versions 0-1, flexible 1. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. (versions 0-1) */
  readonly resources: readonly IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. (versions 0-1) */
  readonly validateOnly: boolean;
}

/** AlterConfigsResource in IncrementalAlterConfigsRequest. */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. (versions 0-1) */
  readonly resourceType: number;
  /** The resource name. (versions 0-1) */
  readonly resourceName: string;
  /** The configurations. (versions 0-1) */
  readonly configs: readonly IncrementalAlterConfigsRequestAlterableConfig[];
}

/** AlterableConfig in IncrementalAlterConfigsRequest. */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. (versions 0-1) */
  readonly name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. (versions 0-1) */
  readonly configOperation: number;
  /** The value to set for the configuration key. (versions 0-1, nullable 0-1) */
  readonly value: string | null;
}

/** IncrementalAlterConfigsResponse: response of api key 44, versions 0-1, flexible 1. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** The responses for each resource. (versions 0-1) */
  readonly responses: readonly IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
}

/** AlterConfigsResourceResponse in IncrementalAlterConfigsResponse. */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. (versions 0-1) */
  readonly errorCode: number;
  /** The resource error message, or null if there was no error. (versions 0-1, nullable 0-1) */
  readonly errorMessage: string | null;
  /** The resource type. (versions 0-1) */
  readonly resourceType: number;
  /** The resource name. (versions 0-1) */
  readonly resourceName: string;
}

/** A IncrementalAlterConfigsRequest with every field at its spec default. */
export function newIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

/** A IncrementalAlterConfigsRequestAlterConfigsResource with every field at its spec default. */
export function newIncrementalAlterConfigsRequestAlterConfigsResource(): IncrementalAlterConfigsRequestAlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

/** A IncrementalAlterConfigsRequestAlterableConfig with every field at its spec default. */
export function newIncrementalAlterConfigsRequestAlterableConfig(): IncrementalAlterConfigsRequestAlterableConfig {
  return {
    name: "",
    configOperation: 0,
    value: "",
  };
}

/** A IncrementalAlterConfigsResponse with every field at its spec default. */
export function newIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

/** A IncrementalAlterConfigsResponseAlterConfigsResourceResponse with every field at its spec default. */
export function newIncrementalAlterConfigsResponseAlterConfigsResourceResponse(): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
  };
}

/** IncrementalAlterConfigsRequest at v0. */
function encIncrementalAlterConfigsRequestV0(w: Writer, v: IncrementalAlterConfigsRequest): void {
  {
    const $a1 = v.resources;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encIncrementalAlterConfigsRequestAlterConfigsResourceV0(w, $a1[$i2]);
    }
  }
  w.bool(v.validateOnly);
}

/** IncrementalAlterConfigsRequest at v0. */
function decIncrementalAlterConfigsRequestV0(r: Reader): IncrementalAlterConfigsRequest {
  const $n3 = r.arrayLength();
  const $a4: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decIncrementalAlterConfigsRequestAlterConfigsResourceV0(r));
  const resources = $a4;
  const validateOnly = r.bool();
  return {
    resources,
    validateOnly,
  };
}

/** IncrementalAlterConfigsRequest at v1. */
function encIncrementalAlterConfigsRequestV1(w: Writer, v: IncrementalAlterConfigsRequest): void {
  {
    const $a6 = v.resources;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encIncrementalAlterConfigsRequestAlterConfigsResourceV1(w, $a6[$i7]);
    }
  }
  w.bool(v.validateOnly);
  w.uvarint(0); // no tagged fields
}

/** IncrementalAlterConfigsRequest at v1. */
function decIncrementalAlterConfigsRequestV1(r: Reader): IncrementalAlterConfigsRequest {
  const $n8 = r.compactArrayLength();
  const $a9: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decIncrementalAlterConfigsRequestAlterConfigsResourceV1(r));
  const resources = $a9;
  const validateOnly = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    resources,
    validateOnly,
  };
}

/** IncrementalAlterConfigsRequestAlterConfigsResource at v0. */
function encIncrementalAlterConfigsRequestAlterConfigsResourceV0(w: Writer, v: IncrementalAlterConfigsRequestAlterConfigsResource): void {
  w.int8(v.resourceType);
  w.string(v.resourceName);
  {
    const $a11 = v.configs;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encIncrementalAlterConfigsRequestAlterableConfigV0(w, $a11[$i12]);
    }
  }
}

/** IncrementalAlterConfigsRequestAlterConfigsResource at v0. */
function decIncrementalAlterConfigsRequestAlterConfigsResourceV0(r: Reader): IncrementalAlterConfigsRequestAlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.string();
  const $n13 = r.arrayLength();
  const $a14: IncrementalAlterConfigsRequestAlterableConfig[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decIncrementalAlterConfigsRequestAlterableConfigV0(r));
  const configs = $a14;
  return {
    resourceType,
    resourceName,
    configs,
  };
}

/** IncrementalAlterConfigsRequestAlterConfigsResource at v1. */
function encIncrementalAlterConfigsRequestAlterConfigsResourceV1(w: Writer, v: IncrementalAlterConfigsRequestAlterConfigsResource): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  {
    const $a16 = v.configs;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encIncrementalAlterConfigsRequestAlterableConfigV1(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** IncrementalAlterConfigsRequestAlterConfigsResource at v1. */
function decIncrementalAlterConfigsRequestAlterConfigsResourceV1(r: Reader): IncrementalAlterConfigsRequestAlterConfigsResource {
  const resourceType = r.int8();
  const resourceName = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: IncrementalAlterConfigsRequestAlterableConfig[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decIncrementalAlterConfigsRequestAlterableConfigV1(r));
  const configs = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    resourceType,
    resourceName,
    configs,
  };
}

/** IncrementalAlterConfigsRequestAlterableConfig at v0. */
function encIncrementalAlterConfigsRequestAlterableConfigV0(w: Writer, v: IncrementalAlterConfigsRequestAlterableConfig): void {
  w.string(v.name);
  w.int8(v.configOperation);
  w.nullableString(v.value);
}

/** IncrementalAlterConfigsRequestAlterableConfig at v0. */
function decIncrementalAlterConfigsRequestAlterableConfigV0(r: Reader): IncrementalAlterConfigsRequestAlterableConfig {
  const name = r.string();
  const configOperation = r.int8();
  const value = r.nullableString();
  return {
    name,
    configOperation,
    value,
  };
}

/** IncrementalAlterConfigsRequestAlterableConfig at v1. */
function encIncrementalAlterConfigsRequestAlterableConfigV1(w: Writer, v: IncrementalAlterConfigsRequestAlterableConfig): void {
  w.compactString(v.name);
  w.int8(v.configOperation);
  w.compactNullableString(v.value);
  w.uvarint(0); // no tagged fields
}

/** IncrementalAlterConfigsRequestAlterableConfig at v1. */
function decIncrementalAlterConfigsRequestAlterableConfigV1(r: Reader): IncrementalAlterConfigsRequestAlterableConfig {
  const name = r.compactString();
  const configOperation = r.int8();
  const value = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    configOperation,
    value,
  };
}

/** IncrementalAlterConfigsRequest at versions 0-1. */
export const incrementalAlterConfigsRequestCodec = new MessageCodec<IncrementalAlterConfigsRequest>(
  "IncrementalAlterConfigsRequest",
  0,
  [encIncrementalAlterConfigsRequestV0, encIncrementalAlterConfigsRequestV1],
  [decIncrementalAlterConfigsRequestV0, decIncrementalAlterConfigsRequestV1],
  newIncrementalAlterConfigsRequest,
);

/** IncrementalAlterConfigsResponse at v0. */
function encIncrementalAlterConfigsResponseV0(w: Writer, v: IncrementalAlterConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.responses;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encIncrementalAlterConfigsResponseAlterConfigsResourceResponseV0(w, $a1[$i2]);
    }
  }
}

/** IncrementalAlterConfigsResponse at v0. */
function decIncrementalAlterConfigsResponseV0(r: Reader): IncrementalAlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decIncrementalAlterConfigsResponseAlterConfigsResourceResponseV0(r));
  const responses = $a4;
  return {
    throttleTimeMs,
    responses,
  };
}

/** IncrementalAlterConfigsResponse at v1. */
function encIncrementalAlterConfigsResponseV1(w: Writer, v: IncrementalAlterConfigsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.responses;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encIncrementalAlterConfigsResponseAlterConfigsResourceResponseV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** IncrementalAlterConfigsResponse at v1. */
function decIncrementalAlterConfigsResponseV1(r: Reader): IncrementalAlterConfigsResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decIncrementalAlterConfigsResponseAlterConfigsResourceResponseV1(r));
  const responses = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    responses,
  };
}

/** IncrementalAlterConfigsResponseAlterConfigsResourceResponse at v0. */
function encIncrementalAlterConfigsResponseAlterConfigsResourceResponseV0(w: Writer, v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.string(v.resourceName);
}

/** IncrementalAlterConfigsResponseAlterConfigsResourceResponse at v0. */
function decIncrementalAlterConfigsResponseAlterConfigsResourceResponseV0(r: Reader): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
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

/** IncrementalAlterConfigsResponseAlterConfigsResourceResponse at v1. */
function encIncrementalAlterConfigsResponseAlterConfigsResourceResponseV1(w: Writer, v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.uvarint(0); // no tagged fields
}

/** IncrementalAlterConfigsResponseAlterConfigsResourceResponse at v1. */
function decIncrementalAlterConfigsResponseAlterConfigsResourceResponseV1(r: Reader): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
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

/** IncrementalAlterConfigsResponse at versions 0-1. */
export const incrementalAlterConfigsResponseCodec = new MessageCodec<IncrementalAlterConfigsResponse>(
  "IncrementalAlterConfigsResponse",
  0,
  [encIncrementalAlterConfigsResponseV0, encIncrementalAlterConfigsResponseV1],
  [decIncrementalAlterConfigsResponseV0, decIncrementalAlterConfigsResponseV1],
  newIncrementalAlterConfigsResponse,
);
