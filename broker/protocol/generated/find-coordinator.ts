// Kafka FindCoordinator API (key 10): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{FindCoordinatorRequest.json, FindCoordinatorResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** FindCoordinatorRequest: request of api key 10, versions 0-6, flexible 3-6. */
export interface FindCoordinatorRequest {
  /** The coordinator key. (versions 0-3) */
  readonly key: string;
  /** The coordinator key type. (Group, transaction, etc.) (versions 1-6, default 0) */
  readonly keyType: number;
  /** The coordinator keys. (versions 4-6) */
  readonly coordinatorKeys: readonly string[];
}

/** FindCoordinatorResponse: response of api key 10, versions 0-6, flexible 3-6. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-6) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-3) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 1-3, nullable 1-3) */
  readonly errorMessage: string | null;
  /** The node id. (versions 0-3) */
  readonly nodeId: number;
  /** The host name. (versions 0-3) */
  readonly host: string;
  /** The port. (versions 0-3) */
  readonly port: number;
  /** Each coordinator result in the response (versions 4-6) */
  readonly coordinators: readonly FindCoordinatorResponseCoordinator[];
}

/** Coordinator in FindCoordinatorResponse. */
export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. (versions 4-6) */
  readonly key: string;
  /** The node id. (versions 4-6) */
  readonly nodeId: number;
  /** The host name. (versions 4-6) */
  readonly host: string;
  /** The port. (versions 4-6) */
  readonly port: number;
  /** The error code, or 0 if there was no error. (versions 4-6) */
  readonly errorCode: number;
  /** The error message, or null if there was no error. (versions 4-6, nullable 4-6) */
  readonly errorMessage: string | null;
}

/** A FindCoordinatorRequest with every field at its spec default. */
export function newFindCoordinatorRequest(): FindCoordinatorRequest {
  return {
    key: "",
    keyType: 0,
    coordinatorKeys: [],
  };
}

/** A FindCoordinatorResponse with every field at its spec default. */
export function newFindCoordinatorResponse(): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0,
    host: "",
    port: 0,
    coordinators: [],
  };
}

/** A FindCoordinatorResponseCoordinator with every field at its spec default. */
export function newFindCoordinatorResponseCoordinator(): FindCoordinatorResponseCoordinator {
  return {
    key: "",
    nodeId: 0,
    host: "",
    port: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

/** FindCoordinatorRequest at v0. */
function encFindCoordinatorRequestV0(w: Writer, v: FindCoordinatorRequest): void {
  w.string(v.key);
}

/** FindCoordinatorRequest at v0. */
function decFindCoordinatorRequestV0(r: Reader): FindCoordinatorRequest {
  const key = r.string();
  return {
    key,
    keyType: 0,
    coordinatorKeys: [],
  };
}

/** FindCoordinatorRequest at v1-2. */
function encFindCoordinatorRequestV1(w: Writer, v: FindCoordinatorRequest): void {
  w.string(v.key);
  w.int8(v.keyType);
}

/** FindCoordinatorRequest at v1-2. */
function decFindCoordinatorRequestV1(r: Reader): FindCoordinatorRequest {
  const key = r.string();
  const keyType = r.int8();
  return {
    key,
    keyType,
    coordinatorKeys: [],
  };
}

/** FindCoordinatorRequest at v3. */
function encFindCoordinatorRequestV3(w: Writer, v: FindCoordinatorRequest): void {
  w.compactString(v.key);
  w.int8(v.keyType);
  w.uvarint(0); // no tagged fields
}

/** FindCoordinatorRequest at v3. */
function decFindCoordinatorRequestV3(r: Reader): FindCoordinatorRequest {
  const key = r.compactString();
  const keyType = r.int8();
  r.skipTaggedFields(); // none known in this version
  return {
    key,
    keyType,
    coordinatorKeys: [],
  };
}

/** FindCoordinatorRequest at v4-6. */
function encFindCoordinatorRequestV4(w: Writer, v: FindCoordinatorRequest): void {
  w.int8(v.keyType);
  {
    const $a1 = v.coordinatorKeys;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.compactString($a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FindCoordinatorRequest at v4-6. */
function decFindCoordinatorRequestV4(r: Reader): FindCoordinatorRequest {
  const keyType = r.int8();
  const $n3 = r.compactArrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.compactString());
  const coordinatorKeys = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    key: "",
    keyType,
    coordinatorKeys,
  };
}

/** FindCoordinatorRequest at versions 0-6. */
export const findCoordinatorRequestCodec = new MessageCodec<FindCoordinatorRequest>(
  "FindCoordinatorRequest",
  0,
  [encFindCoordinatorRequestV0, encFindCoordinatorRequestV1, encFindCoordinatorRequestV1, encFindCoordinatorRequestV3, encFindCoordinatorRequestV4, encFindCoordinatorRequestV4, encFindCoordinatorRequestV4],
  [decFindCoordinatorRequestV0, decFindCoordinatorRequestV1, decFindCoordinatorRequestV1, decFindCoordinatorRequestV3, decFindCoordinatorRequestV4, decFindCoordinatorRequestV4, decFindCoordinatorRequestV4],
  newFindCoordinatorRequest,
);

/** FindCoordinatorResponse at v0. */
function encFindCoordinatorResponseV0(w: Writer, v: FindCoordinatorResponse): void {
  w.int16(v.errorCode);
  w.int32(v.nodeId);
  w.string(v.host);
  w.int32(v.port);
}

/** FindCoordinatorResponse at v0. */
function decFindCoordinatorResponseV0(r: Reader): FindCoordinatorResponse {
  const errorCode = r.int16();
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  return {
    throttleTimeMs: 0,
    errorCode,
    errorMessage: "",
    nodeId,
    host,
    port,
    coordinators: [],
  };
}

/** FindCoordinatorResponse at v1-2. */
function encFindCoordinatorResponseV1(w: Writer, v: FindCoordinatorResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.nullableString(v.errorMessage);
  w.int32(v.nodeId);
  w.string(v.host);
  w.int32(v.port);
}

/** FindCoordinatorResponse at v1-2. */
function decFindCoordinatorResponseV1(r: Reader): FindCoordinatorResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.nullableString();
  const nodeId = r.int32();
  const host = r.string();
  const port = r.int32();
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    nodeId,
    host,
    port,
    coordinators: [],
  };
}

/** FindCoordinatorResponse at v3. */
function encFindCoordinatorResponseV3(w: Writer, v: FindCoordinatorResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.uvarint(0); // no tagged fields
}

/** FindCoordinatorResponse at v3. */
function decFindCoordinatorResponseV3(r: Reader): FindCoordinatorResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    errorMessage,
    nodeId,
    host,
    port,
    coordinators: [],
  };
}

/** FindCoordinatorResponse at v4-6. */
function encFindCoordinatorResponseV4(w: Writer, v: FindCoordinatorResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.coordinators;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encFindCoordinatorResponseCoordinatorV4(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** FindCoordinatorResponse at v4-6. */
function decFindCoordinatorResponseV4(r: Reader): FindCoordinatorResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: FindCoordinatorResponseCoordinator[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decFindCoordinatorResponseCoordinatorV4(r));
  const coordinators = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0,
    host: "",
    port: 0,
    coordinators,
  };
}

/** FindCoordinatorResponseCoordinator at v4-6. */
function encFindCoordinatorResponseCoordinatorV4(w: Writer, v: FindCoordinatorResponseCoordinator): void {
  w.compactString(v.key);
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** FindCoordinatorResponseCoordinator at v4-6. */
function decFindCoordinatorResponseCoordinatorV4(r: Reader): FindCoordinatorResponseCoordinator {
  const key = r.compactString();
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    key,
    nodeId,
    host,
    port,
    errorCode,
    errorMessage,
  };
}

/** FindCoordinatorResponse at versions 0-6. */
export const findCoordinatorResponseCodec = new MessageCodec<FindCoordinatorResponse>(
  "FindCoordinatorResponse",
  0,
  [encFindCoordinatorResponseV0, encFindCoordinatorResponseV1, encFindCoordinatorResponseV1, encFindCoordinatorResponseV3, encFindCoordinatorResponseV4, encFindCoordinatorResponseV4, encFindCoordinatorResponseV4],
  [decFindCoordinatorResponseV0, decFindCoordinatorResponseV1, decFindCoordinatorResponseV1, decFindCoordinatorResponseV3, decFindCoordinatorResponseV4, decFindCoordinatorResponseV4, decFindCoordinatorResponseV4],
  newFindCoordinatorResponse,
);
