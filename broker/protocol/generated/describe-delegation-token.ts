// Kafka DescribeDelegationToken API (key 41): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeDelegationTokenRequest: request of api key 41, versions 0-3, flexible 2-3. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. (versions 0-3, nullable 0-3) */
  readonly owners: readonly DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
}

/** DescribeDelegationTokenOwner in DescribeDelegationTokenRequest. */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. (versions 0-3) */
  readonly principalType: string;
  /** The owner principal name. (versions 0-3) */
  readonly principalName: string;
}

/** DescribeDelegationTokenResponse: response of api key 41, versions 0-3, flexible 2-3. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0-3) */
  readonly errorCode: number;
  /** The tokens. (versions 0-3) */
  readonly tokens: readonly DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-3) */
  readonly throttleTimeMs: number;
}

/** DescribedDelegationToken in DescribeDelegationTokenResponse. */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. (versions 0-3) */
  readonly principalType: string;
  /** The token principal name. (versions 0-3) */
  readonly principalName: string;
  /** The principal type of the requester of the token. (versions 3) */
  readonly tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. (versions 3) */
  readonly tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. (versions 0-3) */
  readonly issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. (versions 0-3) */
  readonly expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. (versions 0-3) */
  readonly maxTimestamp: bigint;
  /** The token ID. (versions 0-3) */
  readonly tokenId: string;
  /** The token HMAC. (versions 0-3) */
  readonly hmac: Buffer;
  /** Those who are able to renew this token before it expires. (versions 0-3) */
  readonly renewers: readonly DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
}

/** DescribedDelegationTokenRenewer in DescribeDelegationTokenResponse. */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type (versions 0-3) */
  readonly principalType: string;
  /** The renewer principal name (versions 0-3) */
  readonly principalName: string;
}

/** A DescribeDelegationTokenRequest with every field at its spec default. */
export function newDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return {
    owners: [],
  };
}

/** A DescribeDelegationTokenRequestDescribeDelegationTokenOwner with every field at its spec default. */
export function newDescribeDelegationTokenRequestDescribeDelegationTokenOwner(): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return {
    principalType: "",
    principalName: "",
  };
}

/** A DescribeDelegationTokenResponse with every field at its spec default. */
export function newDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
  };
}

/** A DescribeDelegationTokenResponseDescribedDelegationToken with every field at its spec default. */
export function newDescribeDelegationTokenResponseDescribedDelegationToken(): DescribeDelegationTokenResponseDescribedDelegationToken {
  return {
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp: 0n,
    expiryTimestamp: 0n,
    maxTimestamp: 0n,
    tokenId: "",
    hmac: EMPTY_BYTES,
    renewers: [],
  };
}

/** A DescribeDelegationTokenResponseDescribedDelegationTokenRenewer with every field at its spec default. */
export function newDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return {
    principalType: "",
    principalName: "",
  };
}

/** DescribeDelegationTokenRequest at v0-1. */
function encDescribeDelegationTokenRequestV0(w: Writer, v: DescribeDelegationTokenRequest): void {
  {
    const $a1 = v.owners;
    if ($a1 === null) w.arrayLength(-1);
    else {
      w.arrayLength($a1.length);
      for (let $i2 = 0; $i2 < $a1.length; $i2++) {
        encDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV0(w, $a1[$i2]);
      }
    }
  }
}

/** DescribeDelegationTokenRequest at v0-1. */
function decDescribeDelegationTokenRequestV0(r: Reader): DescribeDelegationTokenRequest {
  const $n3 = r.nullableArrayLength();
  let $a4: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null = null;
  if ($n3 >= 0) {
    const $b6: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
    for (let $i5 = 0; $i5 < $n3; $i5++) $b6.push(decDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV0(r));
    $a4 = $b6;
  }
  const owners = $a4;
  return {
    owners,
  };
}

/** DescribeDelegationTokenRequest at v2-3. */
function encDescribeDelegationTokenRequestV2(w: Writer, v: DescribeDelegationTokenRequest): void {
  {
    const $a7 = v.owners;
    if ($a7 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a7.length);
      for (let $i8 = 0; $i8 < $a7.length; $i8++) {
        encDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV2(w, $a7[$i8]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenRequest at v2-3. */
function decDescribeDelegationTokenRequestV2(r: Reader): DescribeDelegationTokenRequest {
  const $n9 = r.compactNullableArrayLength();
  let $a10: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null = null;
  if ($n9 >= 0) {
    const $b12: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
    for (let $i11 = 0; $i11 < $n9; $i11++) $b12.push(decDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV2(r));
    $a10 = $b12;
  }
  const owners = $a10;
  r.skipTaggedFields(); // none known in this version
  return {
    owners,
  };
}

/** DescribeDelegationTokenRequestDescribeDelegationTokenOwner at v0-1. */
function encDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV0(w: Writer, v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner): void {
  w.string(v.principalType);
  w.string(v.principalName);
}

/** DescribeDelegationTokenRequestDescribeDelegationTokenOwner at v0-1. */
function decDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV0(r: Reader): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const principalType = r.string();
  const principalName = r.string();
  return {
    principalType,
    principalName,
  };
}

/** DescribeDelegationTokenRequestDescribeDelegationTokenOwner at v2-3. */
function encDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV2(w: Writer, v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner): void {
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenRequestDescribeDelegationTokenOwner at v2-3. */
function decDescribeDelegationTokenRequestDescribeDelegationTokenOwnerV2(r: Reader): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const principalType = r.compactString();
  const principalName = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    principalType,
    principalName,
  };
}

/** DescribeDelegationTokenRequest at versions 0-3. */
export const describeDelegationTokenRequestCodec = new MessageCodec<DescribeDelegationTokenRequest>(
  "DescribeDelegationTokenRequest",
  0,
  [encDescribeDelegationTokenRequestV0, encDescribeDelegationTokenRequestV0, encDescribeDelegationTokenRequestV2, encDescribeDelegationTokenRequestV2],
  [decDescribeDelegationTokenRequestV0, decDescribeDelegationTokenRequestV0, decDescribeDelegationTokenRequestV2, decDescribeDelegationTokenRequestV2],
  newDescribeDelegationTokenRequest,
);

/** DescribeDelegationTokenResponse at v0-1. */
function encDescribeDelegationTokenResponseV0(w: Writer, v: DescribeDelegationTokenResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.tokens;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeDelegationTokenResponseDescribedDelegationTokenV0(w, $a1[$i2]);
    }
  }
  w.int32(v.throttleTimeMs);
}

/** DescribeDelegationTokenResponse at v0-1. */
function decDescribeDelegationTokenResponseV0(r: Reader): DescribeDelegationTokenResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeDelegationTokenResponseDescribedDelegationTokenV0(r));
  const tokens = $a4;
  const throttleTimeMs = r.int32();
  return {
    errorCode,
    tokens,
    throttleTimeMs,
  };
}

/** DescribeDelegationTokenResponse at v2. */
function encDescribeDelegationTokenResponseV2(w: Writer, v: DescribeDelegationTokenResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.tokens;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeDelegationTokenResponseDescribedDelegationTokenV2(w, $a6[$i7]);
    }
  }
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenResponse at v2. */
function decDescribeDelegationTokenResponseV2(r: Reader): DescribeDelegationTokenResponse {
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeDelegationTokenResponseDescribedDelegationTokenV2(r));
  const tokens = $a9;
  const throttleTimeMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    tokens,
    throttleTimeMs,
  };
}

/** DescribeDelegationTokenResponse at v3. */
function encDescribeDelegationTokenResponseV3(w: Writer, v: DescribeDelegationTokenResponse): void {
  w.int16(v.errorCode);
  {
    const $a11 = v.tokens;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeDelegationTokenResponseDescribedDelegationTokenV3(w, $a11[$i12]);
    }
  }
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenResponse at v3. */
function decDescribeDelegationTokenResponseV3(r: Reader): DescribeDelegationTokenResponse {
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeDelegationTokenResponseDescribedDelegationTokenV3(r));
  const tokens = $a14;
  const throttleTimeMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    tokens,
    throttleTimeMs,
  };
}

/** DescribeDelegationTokenResponseDescribedDelegationToken at v0-1. */
function encDescribeDelegationTokenResponseDescribedDelegationTokenV0(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationToken): void {
  w.string(v.principalType);
  w.string(v.principalName);
  w.int64(v.issueTimestamp);
  w.int64(v.expiryTimestamp);
  w.int64(v.maxTimestamp);
  w.string(v.tokenId);
  w.bytes(v.hmac);
  {
    const $a16 = v.renewers;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV0(w, $a16[$i17]);
    }
  }
}

/** DescribeDelegationTokenResponseDescribedDelegationToken at v0-1. */
function decDescribeDelegationTokenResponseDescribedDelegationTokenV0(r: Reader): DescribeDelegationTokenResponseDescribedDelegationToken {
  const principalType = r.string();
  const principalName = r.string();
  const issueTimestamp = r.int64();
  const expiryTimestamp = r.int64();
  const maxTimestamp = r.int64();
  const tokenId = r.string();
  const hmac = r.bytes();
  const $n18 = r.arrayLength();
  const $a19: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV0(r));
  const renewers = $a19;
  return {
    principalType,
    principalName,
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp,
    expiryTimestamp,
    maxTimestamp,
    tokenId,
    hmac,
    renewers,
  };
}

/** DescribeDelegationTokenResponseDescribedDelegationToken at v2. */
function encDescribeDelegationTokenResponseDescribedDelegationTokenV2(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationToken): void {
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.int64(v.issueTimestamp);
  w.int64(v.expiryTimestamp);
  w.int64(v.maxTimestamp);
  w.compactString(v.tokenId);
  w.compactBytes(v.hmac);
  {
    const $a21 = v.renewers;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV2(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenResponseDescribedDelegationToken at v2. */
function decDescribeDelegationTokenResponseDescribedDelegationTokenV2(r: Reader): DescribeDelegationTokenResponseDescribedDelegationToken {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const issueTimestamp = r.int64();
  const expiryTimestamp = r.int64();
  const maxTimestamp = r.int64();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const $n23 = r.compactArrayLength();
  const $a24: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV2(r));
  const renewers = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    principalType,
    principalName,
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp,
    expiryTimestamp,
    maxTimestamp,
    tokenId,
    hmac,
    renewers,
  };
}

/** DescribeDelegationTokenResponseDescribedDelegationToken at v3. */
function encDescribeDelegationTokenResponseDescribedDelegationTokenV3(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationToken): void {
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.compactString(v.tokenRequesterPrincipalType);
  w.compactString(v.tokenRequesterPrincipalName);
  w.int64(v.issueTimestamp);
  w.int64(v.expiryTimestamp);
  w.int64(v.maxTimestamp);
  w.compactString(v.tokenId);
  w.compactBytes(v.hmac);
  {
    const $a26 = v.renewers;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV2(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenResponseDescribedDelegationToken at v3. */
function decDescribeDelegationTokenResponseDescribedDelegationTokenV3(r: Reader): DescribeDelegationTokenResponseDescribedDelegationToken {
  const principalType = r.compactString();
  const principalName = r.compactString();
  const tokenRequesterPrincipalType = r.compactString();
  const tokenRequesterPrincipalName = r.compactString();
  const issueTimestamp = r.int64();
  const expiryTimestamp = r.int64();
  const maxTimestamp = r.int64();
  const tokenId = r.compactString();
  const hmac = r.compactBytes();
  const $n28 = r.compactArrayLength();
  const $a29: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV2(r));
  const renewers = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    principalType,
    principalName,
    tokenRequesterPrincipalType,
    tokenRequesterPrincipalName,
    issueTimestamp,
    expiryTimestamp,
    maxTimestamp,
    tokenId,
    hmac,
    renewers,
  };
}

/** DescribeDelegationTokenResponseDescribedDelegationTokenRenewer at v0-1. */
function encDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV0(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer): void {
  w.string(v.principalType);
  w.string(v.principalName);
}

/** DescribeDelegationTokenResponseDescribedDelegationTokenRenewer at v0-1. */
function decDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV0(r: Reader): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const principalType = r.string();
  const principalName = r.string();
  return {
    principalType,
    principalName,
  };
}

/** DescribeDelegationTokenResponseDescribedDelegationTokenRenewer at v2-3. */
function encDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV2(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer): void {
  w.compactString(v.principalType);
  w.compactString(v.principalName);
  w.uvarint(0); // no tagged fields
}

/** DescribeDelegationTokenResponseDescribedDelegationTokenRenewer at v2-3. */
function decDescribeDelegationTokenResponseDescribedDelegationTokenRenewerV2(r: Reader): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const principalType = r.compactString();
  const principalName = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    principalType,
    principalName,
  };
}

/** DescribeDelegationTokenResponse at versions 0-3. */
export const describeDelegationTokenResponseCodec = new MessageCodec<DescribeDelegationTokenResponse>(
  "DescribeDelegationTokenResponse",
  0,
  [encDescribeDelegationTokenResponseV0, encDescribeDelegationTokenResponseV0, encDescribeDelegationTokenResponseV2, encDescribeDelegationTokenResponseV3],
  [decDescribeDelegationTokenResponseV0, decDescribeDelegationTokenResponseV0, decDescribeDelegationTokenResponseV2, decDescribeDelegationTokenResponseV3],
  newDescribeDelegationTokenResponse,
);
