// Kafka Heartbeat API (key 12): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{HeartbeatRequest.json, HeartbeatResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** HeartbeatRequest: request of api key 12, versions 0-4, flexible 4. */
export interface HeartbeatRequest {
  /** The group id. (versions 0-4) */
  readonly groupId: string;
  /** The generation of the group. (versions 0-4) */
  readonly generationId: number;
  /** The member ID. (versions 0-4) */
  readonly memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3-4, nullable 3-4, default null) */
  readonly groupInstanceId: string | null;
}

/** HeartbeatResponse: response of api key 12, versions 0-4, flexible 4. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-4) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-4) */
  readonly errorCode: number;
}

/** A HeartbeatRequest with every field at its spec default. */
export function newHeartbeatRequest(): HeartbeatRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
  };
}

/** A HeartbeatResponse with every field at its spec default. */
export function newHeartbeatResponse(): HeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

/** HeartbeatRequest at v0-2. */
function encHeartbeatRequestV0(w: Writer, v: HeartbeatRequest): void {
  w.string(v.groupId);
  w.int32(v.generationId);
  w.string(v.memberId);
}

/** HeartbeatRequest at v0-2. */
function decHeartbeatRequestV0(r: Reader): HeartbeatRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId: null,
  };
}

/** HeartbeatRequest at v3. */
function encHeartbeatRequestV3(w: Writer, v: HeartbeatRequest): void {
  w.string(v.groupId);
  w.int32(v.generationId);
  w.string(v.memberId);
  w.nullableString(v.groupInstanceId);
}

/** HeartbeatRequest at v3. */
function decHeartbeatRequestV3(r: Reader): HeartbeatRequest {
  const groupId = r.string();
  const generationId = r.int32();
  const memberId = r.string();
  const groupInstanceId = r.nullableString();
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId,
  };
}

/** HeartbeatRequest at v4. */
function encHeartbeatRequestV4(w: Writer, v: HeartbeatRequest): void {
  w.compactString(v.groupId);
  w.int32(v.generationId);
  w.compactString(v.memberId);
  w.compactNullableString(v.groupInstanceId);
  w.uvarint(0); // no tagged fields
}

/** HeartbeatRequest at v4. */
function decHeartbeatRequestV4(r: Reader): HeartbeatRequest {
  const groupId = r.compactString();
  const generationId = r.int32();
  const memberId = r.compactString();
  const groupInstanceId = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    groupId,
    generationId,
    memberId,
    groupInstanceId,
  };
}

/** HeartbeatRequest at versions 0-4. */
export const heartbeatRequestCodec = new MessageCodec<HeartbeatRequest>(
  "HeartbeatRequest",
  0,
  [encHeartbeatRequestV0, encHeartbeatRequestV0, encHeartbeatRequestV0, encHeartbeatRequestV3, encHeartbeatRequestV4],
  [decHeartbeatRequestV0, decHeartbeatRequestV0, decHeartbeatRequestV0, decHeartbeatRequestV3, decHeartbeatRequestV4],
  newHeartbeatRequest,
);

/** HeartbeatResponse at v0. */
function encHeartbeatResponseV0(w: Writer, v: HeartbeatResponse): void {
  w.int16(v.errorCode);
}

/** HeartbeatResponse at v0. */
function decHeartbeatResponseV0(r: Reader): HeartbeatResponse {
  const errorCode = r.int16();
  return {
    throttleTimeMs: 0,
    errorCode,
  };
}

/** HeartbeatResponse at v1-3. */
function encHeartbeatResponseV1(w: Writer, v: HeartbeatResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
}

/** HeartbeatResponse at v1-3. */
function decHeartbeatResponseV1(r: Reader): HeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return {
    throttleTimeMs,
    errorCode,
  };
}

/** HeartbeatResponse at v4. */
function encHeartbeatResponseV4(w: Writer, v: HeartbeatResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** HeartbeatResponse at v4. */
function decHeartbeatResponseV4(r: Reader): HeartbeatResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
  };
}

/** HeartbeatResponse at versions 0-4. */
export const heartbeatResponseCodec = new MessageCodec<HeartbeatResponse>(
  "HeartbeatResponse",
  0,
  [encHeartbeatResponseV0, encHeartbeatResponseV1, encHeartbeatResponseV1, encHeartbeatResponseV1, encHeartbeatResponseV4],
  [decHeartbeatResponseV0, decHeartbeatResponseV1, decHeartbeatResponseV1, decHeartbeatResponseV1, decHeartbeatResponseV4],
  newHeartbeatResponse,
);
