// Kafka RenewDelegationToken API (key 39): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** RenewDelegationTokenRequest: request of api key 39, versions 0-2, flexible 2. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. (versions 0-2) */
  readonly hmac: Buffer;
  /** The renewal time period in milliseconds. (versions 0-2) */
  readonly renewPeriodMs: bigint;
}

/** RenewDelegationTokenResponse: response of api key 39, versions 0-2, flexible 2. */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0-2) */
  readonly errorCode: number;
  /** The timestamp in milliseconds at which this token expires. (versions 0-2) */
  readonly expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  readonly throttleTimeMs: number;
}

/** A RenewDelegationTokenRequest with every field at its spec default. */
export function newRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return {
    hmac: EMPTY_BYTES,
    renewPeriodMs: 0n,
  };
}

/** A RenewDelegationTokenResponse with every field at its spec default. */
export function newRenewDelegationTokenResponse(): RenewDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0n,
    throttleTimeMs: 0,
  };
}

/** RenewDelegationTokenRequest at v0-1. */
function encRenewDelegationTokenRequestV0(w: Writer, v: RenewDelegationTokenRequest): void {
  w.bytes(v.hmac);
  w.int64(v.renewPeriodMs);
}

/** RenewDelegationTokenRequest at v0-1. */
function decRenewDelegationTokenRequestV0(r: Reader): RenewDelegationTokenRequest {
  const hmac = r.bytes();
  const renewPeriodMs = r.int64();
  return {
    hmac,
    renewPeriodMs,
  };
}

/** RenewDelegationTokenRequest at v2. */
function encRenewDelegationTokenRequestV2(w: Writer, v: RenewDelegationTokenRequest): void {
  w.compactBytes(v.hmac);
  w.int64(v.renewPeriodMs);
  w.uvarint(0); // no tagged fields
}

/** RenewDelegationTokenRequest at v2. */
function decRenewDelegationTokenRequestV2(r: Reader): RenewDelegationTokenRequest {
  const hmac = r.compactBytes();
  const renewPeriodMs = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    hmac,
    renewPeriodMs,
  };
}

/** RenewDelegationTokenRequest at versions 0-2. */
export const renewDelegationTokenRequestCodec = new MessageCodec<RenewDelegationTokenRequest>(
  "RenewDelegationTokenRequest",
  0,
  [encRenewDelegationTokenRequestV0, encRenewDelegationTokenRequestV0, encRenewDelegationTokenRequestV2],
  [decRenewDelegationTokenRequestV0, decRenewDelegationTokenRequestV0, decRenewDelegationTokenRequestV2],
  newRenewDelegationTokenRequest,
);

/** RenewDelegationTokenResponse at v0-1. */
function encRenewDelegationTokenResponseV0(w: Writer, v: RenewDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
}

/** RenewDelegationTokenResponse at v0-1. */
function decRenewDelegationTokenResponseV0(r: Reader): RenewDelegationTokenResponse {
  const errorCode = r.int16();
  const expiryTimestampMs = r.int64();
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    expiryTimestampMs,
    throttleTimeMs,
  };
}

/** RenewDelegationTokenResponse at v2. */
function encRenewDelegationTokenResponseV2(w: Writer, v: RenewDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** RenewDelegationTokenResponse at v2. */
function decRenewDelegationTokenResponseV2(r: Reader): RenewDelegationTokenResponse {
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

/** RenewDelegationTokenResponse at versions 0-2. */
export const renewDelegationTokenResponseCodec = new MessageCodec<RenewDelegationTokenResponse>(
  "RenewDelegationTokenResponse",
  0,
  [encRenewDelegationTokenResponseV0, encRenewDelegationTokenResponseV0, encRenewDelegationTokenResponseV2],
  [decRenewDelegationTokenResponseV0, decRenewDelegationTokenResponseV0, decRenewDelegationTokenResponseV2],
  newRenewDelegationTokenResponse,
);
