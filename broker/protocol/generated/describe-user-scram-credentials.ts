// Kafka DescribeUserScramCredentials API (key 50): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeUserScramCredentialsRequest: request of api key 50, versions 0, flexible 0. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. (versions 0, nullable 0) */
  readonly users: readonly DescribeUserScramCredentialsRequestUserName[] | null;
}

/** UserName in DescribeUserScramCredentialsRequest. */
export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. (versions 0) */
  readonly name: string;
}

/** DescribeUserScramCredentialsResponse: response of api key 50, versions 0, flexible 0. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. (versions 0) */
  readonly errorCode: number;
  /** The message-level error message, if any. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
  /** The results for descriptions, one per user. (versions 0) */
  readonly results: readonly DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
}

/** DescribeUserScramCredentialsResult in DescribeUserScramCredentialsResponse. */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. (versions 0) */
  readonly user: string;
  /** The user-level error code. (versions 0) */
  readonly errorCode: number;
  /** The user-level error message, if any. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. (versions 0) */
  readonly credentialInfos: readonly DescribeUserScramCredentialsResponseCredentialInfo[];
}

/** CredentialInfo in DescribeUserScramCredentialsResponse. */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. (versions 0) */
  readonly mechanism: number;
  /** The number of iterations used in the SCRAM credential. (versions 0) */
  readonly iterations: number;
}

/** A DescribeUserScramCredentialsRequest with every field at its spec default. */
export function newDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return {
    users: [],
  };
}

/** A DescribeUserScramCredentialsRequestUserName with every field at its spec default. */
export function newDescribeUserScramCredentialsRequestUserName(): DescribeUserScramCredentialsRequestUserName {
  return {
    name: "",
  };
}

/** A DescribeUserScramCredentialsResponse with every field at its spec default. */
export function newDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
  };
}

/** A DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult with every field at its spec default. */
export function newDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    credentialInfos: [],
  };
}

/** A DescribeUserScramCredentialsResponseCredentialInfo with every field at its spec default. */
export function newDescribeUserScramCredentialsResponseCredentialInfo(): DescribeUserScramCredentialsResponseCredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
  };
}

/** DescribeUserScramCredentialsRequest at v0. */
function encDescribeUserScramCredentialsRequestV0(w: Writer, v: DescribeUserScramCredentialsRequest): void {
  {
    const $a1 = v.users;
    if ($a1 === null) w.compactArrayLength(-1);
    else {
      w.compactArrayLength($a1.length);
      for (let $i2 = 0; $i2 < $a1.length; $i2++) {
        encDescribeUserScramCredentialsRequestUserNameV0(w, $a1[$i2]);
      }
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeUserScramCredentialsRequest at v0. */
function decDescribeUserScramCredentialsRequestV0(r: Reader): DescribeUserScramCredentialsRequest {
  const $n3 = r.compactNullableArrayLength();
  let $a4: DescribeUserScramCredentialsRequestUserName[] | null = null;
  if ($n3 >= 0) {
    const $b6: DescribeUserScramCredentialsRequestUserName[] = [];
    for (let $i5 = 0; $i5 < $n3; $i5++) $b6.push(decDescribeUserScramCredentialsRequestUserNameV0(r));
    $a4 = $b6;
  }
  const users = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    users,
  };
}

/** DescribeUserScramCredentialsRequestUserName at v0. */
function encDescribeUserScramCredentialsRequestUserNameV0(w: Writer, v: DescribeUserScramCredentialsRequestUserName): void {
  w.compactString(v.name);
  w.uvarint(0); // no tagged fields
}

/** DescribeUserScramCredentialsRequestUserName at v0. */
function decDescribeUserScramCredentialsRequestUserNameV0(r: Reader): DescribeUserScramCredentialsRequestUserName {
  const name = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
  };
}

/** DescribeUserScramCredentialsRequest at versions 0. */
export const describeUserScramCredentialsRequestCodec = new MessageCodec<DescribeUserScramCredentialsRequest>(
  "DescribeUserScramCredentialsRequest",
  0,
  [encDescribeUserScramCredentialsRequestV0],
  [decDescribeUserScramCredentialsRequestV0],
  newDescribeUserScramCredentialsRequest,
);

/** DescribeUserScramCredentialsResponse at v0. */
function encDescribeUserScramCredentialsResponseV0(w: Writer, v: DescribeUserScramCredentialsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a1 = v.results;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResultV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeUserScramCredentialsResponse at v0. */
function decDescribeUserScramCredentialsResponseV0(r: Reader): DescribeUserScramCredentialsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n3 = r.compactArrayLength();
  const $a4: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResultV0(r));
  const results = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    results,
  };
}

/** DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult at v0. */
function encDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResultV0(w: Writer, v: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult): void {
  w.compactString(v.user);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a6 = v.credentialInfos;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeUserScramCredentialsResponseCredentialInfoV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult at v0. */
function decDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResultV0(r: Reader): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const user = r.compactString();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeUserScramCredentialsResponseCredentialInfoV0(r));
  const credentialInfos = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    user,
    errorCode,
    errorMessage,
    credentialInfos,
  };
}

/** DescribeUserScramCredentialsResponseCredentialInfo at v0. */
function encDescribeUserScramCredentialsResponseCredentialInfoV0(w: Writer, v: DescribeUserScramCredentialsResponseCredentialInfo): void {
  w.int8(v.mechanism);
  w.int32(v.iterations);
  w.uvarint(0); // no tagged fields
}

/** DescribeUserScramCredentialsResponseCredentialInfo at v0. */
function decDescribeUserScramCredentialsResponseCredentialInfoV0(r: Reader): DescribeUserScramCredentialsResponseCredentialInfo {
  const mechanism = r.int8();
  const iterations = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    mechanism,
    iterations,
  };
}

/** DescribeUserScramCredentialsResponse at versions 0. */
export const describeUserScramCredentialsResponseCodec = new MessageCodec<DescribeUserScramCredentialsResponse>(
  "DescribeUserScramCredentialsResponse",
  0,
  [encDescribeUserScramCredentialsResponseV0],
  [decDescribeUserScramCredentialsResponseV0],
  newDescribeUserScramCredentialsResponse,
);
