// Kafka UnregisterBroker API (key 64): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{UnregisterBrokerRequest.json, UnregisterBrokerResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** UnregisterBrokerRequest: request of api key 64, versions 0, flexible 0. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. (versions 0) */
  readonly brokerId: number;
}

/** UnregisterBrokerResponse: response of api key 64, versions 0, flexible 0. */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
}

/** A UnregisterBrokerRequest with every field at its spec default. */
export function newUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return {
    brokerId: 0,
  };
}

/** A UnregisterBrokerResponse with every field at its spec default. */
export function newUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** UnregisterBrokerRequest at v0. */
function encUnregisterBrokerRequestV0(w: Writer, v: UnregisterBrokerRequest): void {
  w.int32(v.brokerId);
  w.uvarint(0); // no tagged fields
}

/** UnregisterBrokerRequest at v0. */
function decUnregisterBrokerRequestV0(r: Reader): UnregisterBrokerRequest {
  const brokerId = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
  };
}

/** UnregisterBrokerRequest at versions 0. */
export const unregisterBrokerRequestCodec = new MessageCodec<UnregisterBrokerRequest>(
  "UnregisterBrokerRequest",
  0,
  [encUnregisterBrokerRequestV0],
  [decUnregisterBrokerRequestV0],
  newUnregisterBrokerRequest,
);

/** UnregisterBrokerResponse at v0. */
function encUnregisterBrokerResponseV0(w: Writer, v: UnregisterBrokerResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** UnregisterBrokerResponse at v0. */
function decUnregisterBrokerResponseV0(r: Reader): UnregisterBrokerResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
  };
}

/** UnregisterBrokerResponse at versions 0. */
export const unregisterBrokerResponseCodec = new MessageCodec<UnregisterBrokerResponse>(
  "UnregisterBrokerResponse",
  0,
  [encUnregisterBrokerResponseV0],
  [decUnregisterBrokerResponseV0],
  newUnregisterBrokerResponse,
);
