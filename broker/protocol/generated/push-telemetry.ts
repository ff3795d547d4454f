// Kafka PushTelemetry API (key 72): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{PushTelemetryRequest.json, PushTelemetryResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { EMPTY_BYTES, type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** PushTelemetryRequest: request of api key 72, versions 0, flexible 0. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. (versions 0) */
  readonly clientInstanceId: string;
  /** Unique identifier for the current subscription. (versions 0) */
  readonly subscriptionId: number;
  /** Client is terminating the connection. (versions 0) */
  readonly terminating: boolean;
  /** Compression codec used to compress the metrics. (versions 0) */
  readonly compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. (versions 0) */
  readonly metrics: Buffer;
}

/** PushTelemetryResponse: response of api key 72, versions 0, flexible 0. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
}

/** A PushTelemetryRequest with every field at its spec default. */
export function newPushTelemetryRequest(): PushTelemetryRequest {
  return {
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: EMPTY_BYTES,
  };
}

/** A PushTelemetryResponse with every field at its spec default. */
export function newPushTelemetryResponse(): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

/** PushTelemetryRequest at v0. */
function encPushTelemetryRequestV0(w: Writer, v: PushTelemetryRequest): void {
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  w.bool(v.terminating);
  w.int8(v.compressionType);
  w.compactBytes(v.metrics);
  w.uvarint(0); // no tagged fields
}

/** PushTelemetryRequest at v0. */
function decPushTelemetryRequestV0(r: Reader): PushTelemetryRequest {
  const clientInstanceId = r.uuid();
  const subscriptionId = r.int32();
  const terminating = r.bool();
  const compressionType = r.int8();
  const metrics = r.compactBytes();
  r.skipTaggedFields(); // none known in this version
  return {
    clientInstanceId,
    subscriptionId,
    terminating,
    compressionType,
    metrics,
  };
}

/** PushTelemetryRequest at versions 0. */
export const pushTelemetryRequestCodec = new MessageCodec<PushTelemetryRequest>(
  "PushTelemetryRequest",
  0,
  [encPushTelemetryRequestV0],
  [decPushTelemetryRequestV0],
  newPushTelemetryRequest,
);

/** PushTelemetryResponse at v0. */
function encPushTelemetryResponseV0(w: Writer, v: PushTelemetryResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** PushTelemetryResponse at v0. */
function decPushTelemetryResponseV0(r: Reader): PushTelemetryResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
  };
}

/** PushTelemetryResponse at versions 0. */
export const pushTelemetryResponseCodec = new MessageCodec<PushTelemetryResponse>(
  "PushTelemetryResponse",
  0,
  [encPushTelemetryResponseV0],
  [decPushTelemetryResponseV0],
  newPushTelemetryResponse,
);
