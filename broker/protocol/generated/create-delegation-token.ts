// Kafka CreateDelegationToken API (key 38): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** CreateDelegationTokenRequest: request of api key 38, versions 0-3, flexible 2-3. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. (versions 3, nullable 3) */
  readonly ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. (versions 3, nullable 3) */
  readonly ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. (versions 0-3) */
  readonly renewers: readonly CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. (versions 0-3) */
  readonly maxLifetimeMs: bigint;
}

/** CreatableRenewers in CreateDelegationTokenRequest. */
export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. (versions 0-3) */
  readonly principalType: string;
  /** The name of the Kafka principal. (versions 0-3) */
  readonly principalName: string;
}

/** CreateDelegationTokenResponse: response of api key 38, versions 0-3, flexible 2-3. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. (versions 0-3) */
  readonly errorCode: number;
  /** The principal type of the token owner. (versions 0-3) */
  readonly principalType: string;
  /** The name of the token owner. (versions 0-3) */
  readonly principalName: string;
  /** The principal type of the requester of the token. (versions 3) */
  readonly tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (versions 3) */
  readonly tokenRequesterPrincipalName: string;
  /** When this token was generated. (versions 0-3) */
  readonly issueTimestampMs: bigint;
  /** When this token expires. (versions 0-3) */
  readonly expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. (versions 0-3) */
  readonly maxTimestampMs: bigint;
  /** The token UUID. (versions 0-3) */
  readonly tokenId: string;
  /** HMAC of the delegation token. (versions 0-3) */
  readonly hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
}

/** A CreateDelegationTokenRequest with every field at its spec default. */
export function newCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers: [],
    maxLifetimeMs: 0n,
  };
}

/** A CreateDelegationTokenRequestCreatableRenewers with every field at its spec default. */
export function newCreateDelegationTokenRequestCreatableRenewers(): CreateDelegationTokenRequestCreatableRenewers {
  return {
    principalType: "",
    principalName: "",
  };
}

/** A CreateDelegationTokenResponse with every field at its spec default. */
export function newCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs: 0n,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: "",
    hmac: EMPTY_BYTES,
    throttleTimeMs: 0,
  };
}

/** CreateDelegationTokenRequest at v0-1. */
function encCreateDelegationTokenRequestV0(w: Writer, v: CreateDelegationTokenRequest): void {
  {
    const $a1 = v.renewers;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encCreateDelegationTokenRequestCreatableRenewersV0(w, $a1[$i2]);
    }
  }
  w.int64(v.maxLifetimeMs);
}

/** CreateDelegationTokenRequest at v0-1. */
function decCreateDelegationTokenRequestV0(r: Reader): CreateDelegationTokenRequest {
  const $n3 = r.arrayLength();
  const $a4: CreateDelegationTokenRequestCreatableRenewers[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decCreateDelegationTokenRequestCreatableRenewersV0(r));
  const renewers = $a4;
  const maxLifetimeMs = r.int64();
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers,
    maxLifetimeMs,
  };
}

/** CreateDelegationTokenRequest at v2. */
function encCreateDelegationTokenRequestV2(w: Writer, v: CreateDelegationTokenRequest): void {
  {
    const $a6 = v.renewers;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encCreateDelegationTokenRequestCreatableRenewersV2(w, $a6[$i7]);
    }
  }
  w.int64(v.maxLifetimeMs);
  w.uvarint(0); // no tagged fields
}

/** CreateDelegationTokenRequest at v2. */
function decCreateDelegationTokenRequestV2(r: Reader): CreateDelegationTokenRequest {
  const $n8 = r.compactArrayLength();
  const $a9: CreateDelegationTokenRequestCreatableRenewers[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decCreateDelegationTokenRequestCreatableRenewersV2(r));
  const renewers = $a9;
  const maxLifetimeMs = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers,
    maxLifetimeMs,
  };
}

/** CreateDelegationTokenRequest at v3. */
function encCreateDelegationTokenRequestV3(w: Writer, v: CreateDelegationTokenRequest): void {
  w.compactNullableString(v.ownerPrincipalType);
  w.compactNullableString(v.ownerPrincipalName);
  {
    const $a11 = v.renewers;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encCreateDelegationTokenRequestCreatableRenewersV2(w, $a11[$i12]);
    }
  }
  w.int64(v.maxLifetimeMs);
  w.uvarint(0); // no tagged fields
}

/** CreateDelegationTokenRequest at v3. */
function decCreateDelegationTokenRequestV3(r: Reader): CreateDelegationTokenRequest {
  const ownerPrincipalType = r.compactNullableString();
  const ownerPrincipalName = r.compactNullableString();
  const $n13 = r.compactArrayLength();
  const $a14: CreateDelegationTokenRequestCreatableRenewers[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decCreateDelegationTokenRequestCreatableRenewersV2(r));
  const renewers = $a14;
  const maxLifetimeMs = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    ownerPrincipalType,
    ownerPrincipalName,
    renewers,
    maxLifetimeMs,
  };
}

/** CreateDelegationTokenRequestCreatableRenewers at v0-1. */
function encCreateDelegationTokenRequestCreatableRenewersV0(w: Writer, v: CreateDelegationTokenRequestCreatableRenewers): void {
  w.string(v.principalType);
  w.string(v.principalName);
}

/** CreateDelegationTokenRequestCreatableRenewers at v0-1. */
function decCreateDelegationTokenRequestCreatableRenewersV0(r: Reader): CreateDelegationTokenRequestCreatableRenewers {
  const principalType = r.string();
  const principalName = r.string();
  return {
    principalType,
    principalName,
  };
}

/** CreateDelegationTokenRequestCreatableRenewers at v2-3. */
function encCreateDelegationTokenRequestCreatableRenewersV2(w: Writer, v: CreateDelegationTokenRequestCreatableRenewers): void {
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.uvarint(0); // no tagged fields
}

/** CreateDelegationTokenRequestCreatableRenewers at v2-3. */
function decCreateDelegationTokenRequestCreatableRenewersV2(r: Reader): CreateDelegationTokenRequestCreatableRenewers {
  const principalType = r.compactString();
  const principalName = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    principalType,
    principalName,
  };
}

/** CreateDelegationTokenRequest at versions 0-3. */
export const createDelegationTokenRequestCodec = new MessageCodec<CreateDelegationTokenRequest>(
  "CreateDelegationTokenRequest",
  0,
  [encCreateDelegationTokenRequestV0, encCreateDelegationTokenRequestV0, encCreateDelegationTokenRequestV2, encCreateDelegationTokenRequestV3],
  [decCreateDelegationTokenRequestV0, decCreateDelegationTokenRequestV0, decCreateDelegationTokenRequestV2, decCreateDelegationTokenRequestV3],
  newCreateDelegationTokenRequest,
);

/** CreateDelegationTokenResponse at v0-1. */
function encCreateDelegationTokenResponseV0(w: Writer, v: CreateDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.string(v.principalType);
  w.string(v.principalName);
  w.int64(v.issueTimestampMs);
  w.int64(v.expiryTimestampMs);
  w.int64(v.maxTimestampMs);
  w.string(v.tokenId);
  w.bytes(v.hmac);
  w.int32(v.throttleTimeMs);
}

/** CreateDelegationTokenResponse at v0-1. */
function decCreateDelegationTokenResponseV0(r: Reader): CreateDelegationTokenResponse {
  const errorCode = r.int16();
  const principalType = r.string();
  const principalName = r.string();
  const issueTimestampMs = r.int64();
  const expiryTimestampMs = r.int64();
  const maxTimestampMs = r.int64();
  const tokenId = r.string();
  const hmac = r.bytes();
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    principalType,
    principalName,
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs,
    expiryTimestampMs,
    maxTimestampMs,
    tokenId,
    hmac,
    throttleTimeMs,
  };
}

/** CreateDelegationTokenResponse at v2. */
function encCreateDelegationTokenResponseV2(w: Writer, v: CreateDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.int64(v.issueTimestampMs);
  w.int64(v.expiryTimestampMs);
  w.int64(v.maxTimestampMs);
  w.compactString(v.tokenId);
  w.compactBytes(v.hmac);
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** CreateDelegationTokenResponse at v2. */
function decCreateDelegationTokenResponseV2(r: Reader): CreateDelegationTokenResponse {
  const errorCode = r.int16();
  const principalType = r.compactString();
  const principalName = r.compactString();
  const issueTimestampMs = r.int64();
  const expiryTimestampMs = r.int64();
  const maxTimestampMs = r.int64();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const throttleTimeMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    principalType,
    principalName,
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs,
    expiryTimestampMs,
    maxTimestampMs,
    tokenId,
    hmac,
    throttleTimeMs,
  };
}

/** CreateDelegationTokenResponse at v3. */
function encCreateDelegationTokenResponseV3(w: Writer, v: CreateDelegationTokenResponse): void {
  w.int16(v.errorCode);
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.compactString(v.tokenRequesterPrincipalType);
  w.compactString(v.tokenRequesterPrincipalName);
  w.int64(v.issueTimestampMs);
  w.int64(v.expiryTimestampMs);
  w.int64(v.maxTimestampMs);
  w.compactString(v.tokenId);
  w.compactBytes(v.hmac);
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** CreateDelegationTokenResponse at v3. */
function decCreateDelegationTokenResponseV3(r: Reader): CreateDelegationTokenResponse {
  const errorCode = r.int16();
  const principalType = r.compactString();
  const principalName = r.compactString();
  const tokenRequesterPrincipalType = r.compactString();
  const tokenRequesterPrincipalName = r.compactString();
  const issueTimestampMs = r.int64();
  const expiryTimestampMs = r.int64();
  const maxTimestampMs = r.int64();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const throttleTimeMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    principalType,
    principalName,
    tokenRequesterPrincipalType,
    tokenRequesterPrincipalName,
    issueTimestampMs,
    expiryTimestampMs,
    maxTimestampMs,
    tokenId,
    hmac,
    throttleTimeMs,
  };
}

/** CreateDelegationTokenResponse at versions 0-3. */
export const createDelegationTokenResponseCodec = new MessageCodec<CreateDelegationTokenResponse>(
  "CreateDelegationTokenResponse",
  0,
  [encCreateDelegationTokenResponseV0, encCreateDelegationTokenResponseV0, encCreateDelegationTokenResponseV2, encCreateDelegationTokenResponseV3],
  [decCreateDelegationTokenResponseV0, decCreateDelegationTokenResponseV0, decCreateDelegationTokenResponseV2, decCreateDelegationTokenResponseV3],
  newCreateDelegationTokenResponse,
);
