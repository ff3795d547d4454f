// Kafka ListClientMetricsResources API (key 74): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ListClientMetricsResourcesRequest: request of api key 74, versions 0, flexible 0. */
export interface ListClientMetricsResourcesRequest {
}

/** ListClientMetricsResourcesResponse: response of api key 74, versions 0, flexible 0. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** Each client metrics resource in the response. (versions 0) */
  readonly clientMetricsResources: readonly ListClientMetricsResourcesResponseClientMetricsResource[];
}

/** ClientMetricsResource in ListClientMetricsResourcesResponse. */
export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. (versions 0) */
  readonly name: string;
}

/** A ListClientMetricsResourcesRequest with every field at its spec default. */
export function newListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {};
}

/** A ListClientMetricsResourcesResponse with every field at its spec default. */
export function newListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
  };
}

/** A ListClientMetricsResourcesResponseClientMetricsResource with every field at its spec default. */
export function newListClientMetricsResourcesResponseClientMetricsResource(): ListClientMetricsResourcesResponseClientMetricsResource {
  return {
    name: "",
  };
}

/** ListClientMetricsResourcesRequest at v0. */
function encListClientMetricsResourcesRequestV0(w: Writer, v: ListClientMetricsResourcesRequest): void {
  w.uvarint(0); // no tagged fields
}

/** ListClientMetricsResourcesRequest at v0. */
function decListClientMetricsResourcesRequestV0(r: Reader): ListClientMetricsResourcesRequest {
  r.skipTaggedFields(); // none known in this version
  return {};
}

/** ListClientMetricsResourcesRequest at versions 0. */
export const listClientMetricsResourcesRequestCodec = new MessageCodec<ListClientMetricsResourcesRequest>(
  "ListClientMetricsResourcesRequest",
  0,
  [encListClientMetricsResourcesRequestV0],
  [decListClientMetricsResourcesRequestV0],
  newListClientMetricsResourcesRequest,
);

/** ListClientMetricsResourcesResponse at v0. */
function encListClientMetricsResourcesResponseV0(w: Writer, v: ListClientMetricsResourcesResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a1 = v.clientMetricsResources;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encListClientMetricsResourcesResponseClientMetricsResourceV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListClientMetricsResourcesResponse at v0. */
function decListClientMetricsResourcesResponseV0(r: Reader): ListClientMetricsResourcesResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n3 = r.compactArrayLength();
  const $a4: ListClientMetricsResourcesResponseClientMetricsResource[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decListClientMetricsResourcesResponseClientMetricsResourceV0(r));
  const clientMetricsResources = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    clientMetricsResources,
  };
}

/** ListClientMetricsResourcesResponseClientMetricsResource at v0. */
function encListClientMetricsResourcesResponseClientMetricsResourceV0(w: Writer, v: ListClientMetricsResourcesResponseClientMetricsResource): void {
  w.compactString(v.name);
  w.uvarint(0); // no tagged fields
}

/** ListClientMetricsResourcesResponseClientMetricsResource at v0. */
function decListClientMetricsResourcesResponseClientMetricsResourceV0(r: Reader): ListClientMetricsResourcesResponseClientMetricsResource {
  const name = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
  };
}

/** ListClientMetricsResourcesResponse at versions 0. */
export const listClientMetricsResourcesResponseCodec = new MessageCodec<ListClientMetricsResourcesResponse>(
  "ListClientMetricsResourcesResponse",
  0,
  [encListClientMetricsResourcesResponseV0],
  [decListClientMetricsResourcesResponseV0],
  newListClientMetricsResourcesResponse,
);
