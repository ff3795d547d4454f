// Kafka ExpireDelegationToken API (key 40): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ExpireDelegationTokenRequest: request of api key 40, versions 0-2, flexible 2. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. (versions 0-2) */
  readonly hmac: Buffer;
  /** The expiry time period in milliseconds. (versions 0-2) */
  readonly expiryTimePeriodMs: bigint;
}

/** ExpireDelegationTokenResponse: response of api key 40, versions 0-2, flexible 2. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0-2) */
  readonly errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (versions 0-2) */
  readonly expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
}

/** A ExpireDelegationTokenRequest with every field at its spec default. */
export function newExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    expiryTimePeriodMs: 0n,
  };
}

/** A ExpireDelegationTokenResponse with every field at its spec default. */
export function newExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
  };
}

/** ExpireDelegationTokenRequest at v0-1. */
function encExpireDelegationTokenRequestV0(w: Writer, v: ExpireDelegationTokenRequest): void {
  w.bytes(v.hmac);
  w.int64(v.expiryTimePeriodMs);
}

/** ExpireDelegationTokenRequest at v0-1. */
function decExpireDelegationTokenRequestV0(r: Reader): ExpireDelegationTokenRequest {
  const hmac = r.bytes();
  const expiryTimePeriodMs = r.int64();
  return {
    hmac,
    expiryTimePeriodMs,
  };
}

/** ExpireDelegationTokenRequest at v2. */
function encExpireDelegationTokenRequestV2(w: Writer, v: ExpireDelegationTokenRequest): void {
  w.compactBytes(v.hmac);
  w.int64(v.expiryTimePeriodMs);
  w.uvarint(0); // no tagged fields
}

/** ExpireDelegationTokenRequest at v2. */
function decExpireDelegationTokenRequestV2(r: Reader): ExpireDelegationTokenRequest {
  const hmac = r.compactBytes();
  const expiryTimePeriodMs = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    hmac,
    expiryTimePeriodMs,
  };
}

/** ExpireDelegationTokenRequest at versions 0-2. */
export const expireDelegationTokenRequestCodec = new MessageCodec<ExpireDelegationTokenRequest>(
  "ExpireDelegationTokenRequest",
  0,
  [encExpireDelegationTokenRequestV0, encExpireDelegationTokenRequestV0, encExpireDelegationTokenRequestV2],
  [decExpireDelegationTokenRequestV0, decExpireDelegationTokenRequestV0, decExpireDelegationTokenRequestV2],
  newExpireDelegationTokenRequest,
);

/** ExpireDelegationTokenResponse at v0-1. */
function encExpireDelegationTokenResponseV0(w: Writer, v: ExpireDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
}

/** ExpireDelegationTokenResponse at v0-1. */
function decExpireDelegationTokenResponseV0(r: Reader): ExpireDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64();
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    expiryTimestampMs,
    throttleTimeMs,
  };
}

/** ExpireDelegationTokenResponse at v2. */
function encExpireDelegationTokenResponseV2(w: Writer, v: ExpireDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** ExpireDelegationTokenResponse at v2. */
function decExpireDelegationTokenResponseV2(r: Reader): ExpireDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64();
  const throttleTimeMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    expiryTimestampMs,
    throttleTimeMs,
  };
}

/** ExpireDelegationTokenResponse at versions 0-2. */
export const expireDelegationTokenResponseCodec = new MessageCodec<ExpireDelegationTokenResponse>(
  "ExpireDelegationTokenResponse",
  0,
  [encExpireDelegationTokenResponseV0, encExpireDelegationTokenResponseV0, encExpireDelegationTokenResponseV2],
  [decExpireDelegationTokenResponseV0, decExpireDelegationTokenResponseV0, decExpireDelegationTokenResponseV2],
  newExpireDelegationTokenResponse,
);
