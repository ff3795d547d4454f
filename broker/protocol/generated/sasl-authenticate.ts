// Kafka SaslAuthenticate API (key 36): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{SaslAuthenticateRequest.json, SaslAuthenticateResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** SaslAuthenticateRequest: request of api key 36, versions 0-2, flexible 2. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (versions 0-2) */
  readonly authBytes: Buffer;
}

/** SaslAuthenticateResponse: response of api key 36, versions 0-2, flexible 2. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (versions 0-2) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0-2, nullable 0-2) */
  readonly errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (versions 0-2) */
  readonly authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (versions 1-2, default 0) */
  readonly sessionLifetimeMs: bigint;
}

/** A SaslAuthenticateRequest with every field at its spec default. */
export function newSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return {
    authBytes: EMPTY_BYTES,
  };
}

/** A SaslAuthenticateResponse with every field at its spec default. */
export function newSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    authBytes: EMPTY_BYTES,
    sessionLifetimeMs: 0n,
  };
}

/** SaslAuthenticateRequest at v0-1. */
function encSaslAuthenticateRequestV0(w: Writer, v: SaslAuthenticateRequest): void {
  w.bytes(v.authBytes);
}

/** SaslAuthenticateRequest at v0-1. */
function decSaslAuthenticateRequestV0(r: Reader): SaslAuthenticateRequest {
  const authBytes = r.bytes();
  return {
    authBytes,
  };
}

/** SaslAuthenticateRequest at v2. */
function encSaslAuthenticateRequestV2(w: Writer, v: SaslAuthenticateRequest): void {
  w.compactBytes(v.authBytes);
  w.uvarint(0); // no tagged fields
}

/** SaslAuthenticateRequest at v2. */
function decSaslAuthenticateRequestV2(r: Reader): SaslAuthenticateRequest {
  const authBytes = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    authBytes,
  };
}

/** SaslAuthenticateRequest at versions 0-2. */
export const saslAuthenticateRequestCodec = new MessageCodec<SaslAuthenticateRequest>(
  "SaslAuthenticateRequest",
  0,
  [encSaslAuthenticateRequestV0, encSaslAuthenticateRequestV0, encSaslAuthenticateRequestV2],
  [decSaslAuthenticateRequestV0, decSaslAuthenticateRequestV0, decSaslAuthenticateRequestV2],
  newSaslAuthenticateRequest,
);

/** SaslAuthenticateResponse at v0. */
function encSaslAuthenticateResponseV0(w: Writer, v: SaslAuthenticateResponse): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.bytes(v.authBytes);
}

/** SaslAuthenticateResponse at v0. */
function decSaslAuthenticateResponseV0(r: Reader): SaslAuthenticateResponse {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const authBytes = r.bytes();
  return {
    errorCode,
    errorMessage,
    authBytes,
    sessionLifetimeMs: 0n,
  };
}

/** SaslAuthenticateResponse at v1. */
function encSaslAuthenticateResponseV1(w: Writer, v: SaslAuthenticateResponse): void {
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.bytes(v.authBytes);
  w.int64(v.sessionLifetimeMs);
}

/** SaslAuthenticateResponse at v1. */
function decSaslAuthenticateResponseV1(r: Reader): SaslAuthenticateResponse {
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const authBytes = r.bytes();
  const sessionLifetimeMs = r.int64();
  return {
    errorCode,
    errorMessage,
    authBytes,
    sessionLifetimeMs,
  };
}

/** SaslAuthenticateResponse at v2. */
function encSaslAuthenticateResponseV2(w: Writer, v: SaslAuthenticateResponse): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactBytes(v.authBytes);
  w.int64(v.sessionLifetimeMs);
  w.uvarint(0); // no tagged fields
}

/** SaslAuthenticateResponse at v2. */
function decSaslAuthenticateResponseV2(r: Reader): SaslAuthenticateResponse {
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const authBytes = r.compactBytes();
  const sessionLifetimeMs = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    errorMessage,
    authBytes,
    sessionLifetimeMs,
  };
}

/** SaslAuthenticateResponse at versions 0-2. */
export const saslAuthenticateResponseCodec = new MessageCodec<SaslAuthenticateResponse>(
  "SaslAuthenticateResponse",
  0,
  [encSaslAuthenticateResponseV0, encSaslAuthenticateResponseV1, encSaslAuthenticateResponseV2],
  [decSaslAuthenticateResponseV0, decSaslAuthenticateResponseV1, decSaslAuthenticateResponseV2],
  newSaslAuthenticateResponse,
);
