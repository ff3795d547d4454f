// Kafka RemoveRaftVoter API (key 81): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** RemoveRaftVoterRequest: request of api key 81, versions 0, flexible 0. */
export interface RemoveRaftVoterRequest {
  /** (versions 0, nullable 0) */
  readonly clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition (versions 0) */
  readonly voterId: number;
  /** The directory id of the voter getting removed from the topic partition (versions 0) */
  readonly voterDirectoryId: string;
}

/** RemoveRaftVoterResponse: response of api key 81, versions 0, flexible 0. */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error (versions 0) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 0, nullable 0) */
  readonly errorMessage: string | null;
}

/** A RemoveRaftVoterRequest with every field at its spec default. */
export function newRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return {
    clusterId: "",
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
  };
}

/** A RemoveRaftVoterResponse with every field at its spec default. */
export function newRemoveRaftVoterResponse(): RemoveRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** RemoveRaftVoterRequest at v0. */
function encRemoveRaftVoterRequestV0(w: Writer, v: RemoveRaftVoterRequest): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  w.uvarint(0); // no tagged fields
}

/** RemoveRaftVoterRequest at v0. */
function decRemoveRaftVoterRequestV0(r: Reader): RemoveRaftVoterRequest {
  const clusterId = r.compactNullableString();
  const voterId = r.int32();
  const voterDirectoryId = r.uuid();
  r.skipTaggedFields(); // none known in this version
  return {
    clusterId,
    voterId,
    voterDirectoryId,
  };
}

/** RemoveRaftVoterRequest at versions 0. */
export const removeRaftVoterRequestCodec = new MessageCodec<RemoveRaftVoterRequest>(
  "RemoveRaftVoterRequest",
  0,
  [encRemoveRaftVoterRequestV0],
  [decRemoveRaftVoterRequestV0],
  newRemoveRaftVoterRequest,
);

/** RemoveRaftVoterResponse at v0. */
function encRemoveRaftVoterResponseV0(w: Writer, v: RemoveRaftVoterResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** RemoveRaftVoterResponse at v0. */
function decRemoveRaftVoterResponseV0(r: Reader): RemoveRaftVoterResponse {
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

/** RemoveRaftVoterResponse at versions 0. */
export const removeRaftVoterResponseCodec = new MessageCodec<RemoveRaftVoterResponse>(
  "RemoveRaftVoterResponse",
  0,
  [encRemoveRaftVoterResponseV0],
  [decRemoveRaftVoterResponseV0],
  newRemoveRaftVoterResponse,
);
