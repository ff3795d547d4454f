// Kafka AddRaftVoter API (key 80): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AddRaftVoterRequest.json, AddRaftVoterResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AddRaftVoterRequest: request of api key 80, versions 0, flexible 0. */
export interface AddRaftVoterRequest {
  /** (versions 0, nullable 0) */
  readonly clusterId: string | null;
  /** (versions 0) */
  readonly timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition (versions 0) */
  readonly voterId: number;
  /** The directory id of the voter getting added to the topic partition (versions 0) */
  readonly voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter (versions 0) */
  readonly listeners: readonly AddRaftVoterRequestListener[];
}

/** Listener in AddRaftVoterRequest. */
export interface AddRaftVoterRequestListener {
  /** The name of the endpoint (versions 0) */
  readonly name: string;
  /** The hostname (versions 0) */
  readonly host: string;
  /** The port (versions 0) */
  readonly port: number;
}

/** AddRaftVoterResponse: response of api key 80, versions 0, flexible 0. */
export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
}

/** A AddRaftVoterRequest with every field at its spec default. */
export function newAddRaftVoterRequest(): AddRaftVoterRequest {
  return {
    clusterId: "",
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
  };
}

/** A AddRaftVoterRequestListener with every field at its spec default. */
export function newAddRaftVoterRequestListener(): AddRaftVoterRequestListener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

/** A AddRaftVoterResponse with every field at its spec default. */
export function newAddRaftVoterResponse(): AddRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** AddRaftVoterRequest at v0. */
function encAddRaftVoterRequestV0(w: Writer, v: AddRaftVoterRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.timeoutMs);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  {
    const $a1 = v.listeners;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAddRaftVoterRequestListenerV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddRaftVoterRequest at v0. */
function decAddRaftVoterRequestV0(r: Reader): AddRaftVoterRequest {
  const clusterId = r.compactNullableString();
  const timeoutMs = r.int32();
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  const $n3 = r.compactArrayLength();
  const $a4: AddRaftVoterRequestListener[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAddRaftVoterRequestListenerV0(r));
  const listeners = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    timeoutMs,
    voterId,
    voterDirectoryId,
    listeners,
  };
}

/** AddRaftVoterRequestListener at v0. */
function encAddRaftVoterRequestListenerV0(w: Writer, v: AddRaftVoterRequestListener): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0); // no tagged fields
}

/** AddRaftVoterRequestListener at v0. */
function decAddRaftVoterRequestListenerV0(r: Reader): AddRaftVoterRequestListener {
  const name = r.compactString();
  const host = r.compactString();
  const port = r.uint16();
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    host,
    port,
  };
}

/** AddRaftVoterRequest at versions 0. */
export const addRaftVoterRequestCodec = new MessageCodec<AddRaftVoterRequest>(
  "AddRaftVoterRequest",
  0,
  [encAddRaftVoterRequestV0],
  [decAddRaftVoterRequestV0],
  newAddRaftVoterRequest,
);

/** AddRaftVoterResponse at v0. */
function encAddRaftVoterResponseV0(w: Writer, v: AddRaftVoterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** AddRaftVoterResponse at v0. */
function decAddRaftVoterResponseV0(r: Reader): AddRaftVoterResponse {
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

/** AddRaftVoterResponse at versions 0. */
export const addRaftVoterResponseCodec = new MessageCodec<AddRaftVoterResponse>(
  "AddRaftVoterResponse",
  0,
  [encAddRaftVoterResponseV0],
  [decAddRaftVoterResponseV0],
  newAddRaftVoterResponse,
);
