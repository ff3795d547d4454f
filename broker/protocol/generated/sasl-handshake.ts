// Kafka SaslHandshake API (key 17): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{SaslHandshakeRequest.json, SaslHandshakeResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** SaslHandshakeRequest: request of api key 17, versions 0-1, flexible none. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (versions 0-1) */
  readonly mechanism: string;
}

/** SaslHandshakeResponse: response of api key 17, versions 0-1, flexible none. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (versions 0-1) */
  readonly errorCode: number;
  /** The mechanisms enabled in the server. (versions 0-1) */
  readonly mechanisms: readonly string[];
}

/** A SaslHandshakeRequest with every field at its spec default. */
export function newSaslHandshakeRequest(): SaslHandshakeRequest {
  return {
    mechanism: "",
  };
}

/** A SaslHandshakeResponse with every field at its spec default. */
export function newSaslHandshakeResponse(): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
  };
}

/** SaslHandshakeRequest at v0-1. */
function encSaslHandshakeRequestV0(w: Writer, v: SaslHandshakeRequest): void {
  w.string(v.mechanism);
}

/** SaslHandshakeRequest at v0-1. */
function decSaslHandshakeRequestV0(r: Reader): SaslHandshakeRequest {
  const mechanism = r.string();
  return {
    mechanism,
  };
}

/** SaslHandshakeRequest at versions 0-1. */
export const saslHandshakeRequestCodec = new MessageCodec<SaslHandshakeRequest>(
  "SaslHandshakeRequest",
  0,
  [encSaslHandshakeRequestV0, encSaslHandshakeRequestV0],
  [decSaslHandshakeRequestV0, decSaslHandshakeRequestV0],
  newSaslHandshakeRequest,
);

/** SaslHandshakeResponse at v0-1. */
function encSaslHandshakeResponseV0(w: Writer, v: SaslHandshakeResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.mechanisms;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.string($a1[$i2]);
    }
  }
}

/** SaslHandshakeResponse at v0-1. */
function decSaslHandshakeResponseV0(r: Reader): SaslHandshakeResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.string());
  const mechanisms = $a4;
  return {
    errorCode,
    mechanisms,
  };
}

/** SaslHandshakeResponse at versions 0-1. */
export const saslHandshakeResponseCodec = new MessageCodec<SaslHandshakeResponse>(
  "SaslHandshakeResponse",
  0,
  [encSaslHandshakeResponseV0, encSaslHandshakeResponseV0],
  [decSaslHandshakeResponseV0, decSaslHandshakeResponseV0],
  newSaslHandshakeResponse,
);
