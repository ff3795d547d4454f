// Kafka Envelope API (key 58): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{EnvelopeRequest.json, EnvelopeResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** EnvelopeRequest: request of api key 58, versions 0, flexible 0. */
export interface EnvelopeRequest {
  /** The embedded request header and data. (versions 0) */
  readonly requestData: Buffer;
  /** Value of the initial client principal when the request is redirected by a broker. (versions 0, nullable 0) */
  readonly requestPrincipal: Buffer | null;
  /** The original client's address in bytes. (versions 0) */
  readonly clientHostAddress: Buffer;
}

/** EnvelopeResponse: response of api key 58, versions 0, flexible 0. */
export interface EnvelopeResponse {
  /** The embedded response header and data. (versions 0, nullable 0, default null) */
  readonly responseData: Buffer | null;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
}

/** A EnvelopeRequest with every field at its spec default. */
export function newEnvelopeRequest(): EnvelopeRequest {
  return {
    requestData: EMPTY_BYTES,
    requestPrincipal: EMPTY_BYTES,
    clientHostAddress: EMPTY_BYTES,
  };
}

/** A EnvelopeResponse with every field at its spec default. */
export function newEnvelopeResponse(): EnvelopeResponse {
  return {
    responseData: null,
    errorCode: 0,
  };
}

/** EnvelopeRequest at v0. */
function encEnvelopeRequestV0(w: Writer, v: EnvelopeRequest): void {
  w.compactBytes(v.requestData);
  w.compactNullableBytes(v.requestPrincipal);
  w.compactBytes(v.clientHostAddress);
  w.uvarint(0); // no tagged fields
}

/** EnvelopeRequest at v0. */
function decEnvelopeRequestV0(r: Reader): EnvelopeRequest {
  const requestData = r.compactBytes();
  const requestPrincipal = r.compactNullableBytes();
  const clientHostAddress = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    requestData,
    requestPrincipal,
    clientHostAddress,
  };
}

/** EnvelopeRequest at versions 0. */
export const envelopeRequestCodec = new MessageCodec<EnvelopeRequest>(
  "EnvelopeRequest",
  0,
  [encEnvelopeRequestV0],
  [decEnvelopeRequestV0],
  newEnvelopeRequest,
);

/** EnvelopeResponse at v0. */
function encEnvelopeResponseV0(w: Writer, v: EnvelopeResponse): void {
  w.compactNullableBytes(v.responseData);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** EnvelopeResponse at v0. */
function decEnvelopeResponseV0(r: Reader): EnvelopeResponse {
  const responseData = r.compactNullableBytes();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    responseData,
    errorCode,
  };
}

/** EnvelopeResponse at versions 0. */
export const envelopeResponseCodec = new MessageCodec<EnvelopeResponse>(
  "EnvelopeResponse",
  0,
  [encEnvelopeResponseV0],
  [decEnvelopeResponseV0],
  newEnvelopeResponse,
);
