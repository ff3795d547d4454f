// Kafka RequestHeader: type and codec for each header version.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{RequestHeader.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** RequestHeader: header, versions 0-2, flexible 2. */
export interface RequestHeader {
  /** The API key of this request. (versions 0-2) */
  readonly requestApiKey: number;
  /** The API version of this request. (versions 0-2) */
  readonly requestApiVersion: number;
  /** The correlation ID of this request. (versions 0-2) */
  readonly correlationId: number;
  /** The client ID string. (versions 1-2, nullable 1-2) */
  readonly clientId: string | null;
}

/** A RequestHeader with every field at its spec default. */
export function newRequestHeader(): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: "",
  };
}

/** RequestHeader at v0. */
function encRequestHeaderV0(w: Writer, v: RequestHeader): void {
  w.int16(v.requestApiKey);
  w.int16(v.requestApiVersion);
  w.int32(v.correlationId);
}

/** RequestHeader at v0. */
function decRequestHeaderV0(r: Reader): RequestHeader {
  const requestApiKey = r.int16();
  const requestApiVersion = r.int16();
  const correlationId = r.int32();
  return {
    requestApiKey,
    requestApiVersion,
    correlationId,
    clientId: "",
  };
}

/** RequestHeader at v1. */
function encRequestHeaderV1(w: Writer, v: RequestHeader): void {
  w.int16(v.requestApiKey);
  w.int16(v.requestApiVersion);
  w.int32(v.correlationId);
  w.nullableString(v.clientId);
}

/** RequestHeader at v1. */
function decRequestHeaderV1(r: Reader): RequestHeader {
  const requestApiKey = r.int16();
  const requestApiVersion = r.int16();
  const correlationId = r.int32();
  const clientId = r.nullableString();
  return {
    requestApiKey,
    requestApiVersion,
    correlationId,
    clientId,
  };
}

/** RequestHeader at v2. */
function encRequestHeaderV2(w: Writer, v: RequestHeader): void {
  w.int16(v.requestApiKey);
  w.int16(v.requestApiVersion);
  w.int32(v.correlationId);
  w.nullableString(v.clientId);
  w.uvarint(0); // no tagged fields
}

/** RequestHeader at v2. */
function decRequestHeaderV2(r: Reader): RequestHeader {
  const requestApiKey = r.int16();
  const requestApiVersion = r.int16();
  const correlationId = r.int32();
  const clientId = r.nullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    requestApiKey,
    requestApiVersion,
    correlationId,
    clientId,
  };
}

/** RequestHeader at versions 0-2. */
export const requestHeaderCodec = new MessageCodec<RequestHeader>(
  "RequestHeader",
  0,
  [encRequestHeaderV0, encRequestHeaderV1, encRequestHeaderV2],
  [decRequestHeaderV0, decRequestHeaderV1, decRequestHeaderV2],
  newRequestHeader,
);
