// Kafka ResponseHeader: type and codec for each header version.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ResponseHeader.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ResponseHeader: header, versions 0-1, flexible 1. */
export interface ResponseHeader {
  /** The correlation ID of this response. (versions 0-1) */
  readonly correlationId: number;
}

/** A ResponseHeader with every field at its spec default. */
export function newResponseHeader(): ResponseHeader {
  return {
    correlationId: 0,
  };
}

/** ResponseHeader at v0. */
function encResponseHeaderV0(w: Writer, v: ResponseHeader): void {
  w.int32(v.correlationId);
}

/** ResponseHeader at v0. */
function decResponseHeaderV0(r: Reader): ResponseHeader {
  const correlationId = r.int32();
  return {
    correlationId,
  };
}

/** ResponseHeader at v1. */
function encResponseHeaderV1(w: Writer, v: ResponseHeader): void {
  w.int32(v.correlationId);
  w.uvarint(0); // no tagged fields
}

/** ResponseHeader at v1. */
function decResponseHeaderV1(r: Reader): ResponseHeader {
  const correlationId = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    correlationId,
  };
}

/** ResponseHeader at versions 0-1. */
export const responseHeaderCodec = new MessageCodec<ResponseHeader>(
  "ResponseHeader",
  0,
  [encResponseHeaderV0, encResponseHeaderV1],
  [decResponseHeaderV0, decResponseHeaderV1],
  newResponseHeader,
);
