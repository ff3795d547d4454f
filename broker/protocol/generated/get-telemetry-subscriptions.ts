// Kafka GetTelemetrySubscriptions API (key 71): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer, ZERO_UUID } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** GetTelemetrySubscriptionsRequest: request of api key 71, versions 0, flexible 0. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. (versions 0) */
  readonly clientInstanceId: string;
}

/** GetTelemetrySubscriptionsResponse: response of api key 71, versions 0, flexible 0. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. (versions 0) */
  readonly clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. (versions 0) */
  readonly subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. (versions 0) */
  readonly acceptedCompressionTypes: readonly number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. (versions 0) */
  readonly pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. (versions 0) */
  readonly telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values (versions 0) */
  readonly deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. (versions 0) */
  readonly requestedMetrics: readonly string[];
}

/** A GetTelemetrySubscriptionsRequest with every field at its spec default. */
export function newGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: ZERO_UUID,
  };
}

/** A GetTelemetrySubscriptionsResponse with every field at its spec default. */
export function newGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
  };
}

/** GetTelemetrySubscriptionsRequest at v0. */
function encGetTelemetrySubscriptionsRequestV0(w: Writer, v: GetTelemetrySubscriptionsRequest): void {
  w.uuid(v.clientInstanceId);
  w.uvarint(0); // no tagged fields
}

/** GetTelemetrySubscriptionsRequest at v0. */
function decGetTelemetrySubscriptionsRequestV0(r: Reader): GetTelemetrySubscriptionsRequest {
  const clientInstanceId = r.uuid();
  r.skipTaggedFields(); // none known in this version
  return {
    clientInstanceId,
  };
}

/** GetTelemetrySubscriptionsRequest at versions 0. */
export const getTelemetrySubscriptionsRequestCodec = new MessageCodec<GetTelemetrySubscriptionsRequest>(
  "GetTelemetrySubscriptionsRequest",
  0,
  [encGetTelemetrySubscriptionsRequestV0],
  [decGetTelemetrySubscriptionsRequestV0],
  newGetTelemetrySubscriptionsRequest,
);

/** GetTelemetrySubscriptionsResponse at v0. */
function encGetTelemetrySubscriptionsResponseV0(w: Writer, v: GetTelemetrySubscriptionsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  {
    const $a1 = v.acceptedCompressionTypes;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.int8($a1[$i2]);
    }
  }
  w.int32(v.pushIntervalMs);
  w.int32(v.telemetryMaxBytes);
  w.bool(v.deltaTemporality);
  {
    const $a3 = v.requestedMetrics;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      w.compactString($a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** GetTelemetrySubscriptionsResponse at v0. */
function decGetTelemetrySubscriptionsResponseV0(r: Reader): GetTelemetrySubscriptionsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const clientInstanceId = r.uuid();
  const subscriptionId = r.int32();
  const $n5 = r.compactArrayLength();
  const $a6: number[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(r.int8());
  const acceptedCompressionTypes = $a6;
  const pushIntervalMs = r.int32();
  const telemetryMaxBytes = r.int32();
  const deltaTemporality = r.bool();
  const $n8 = r.compactArrayLength();
  const $a9: string[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.compactString());
  const requestedMetrics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    clientInstanceId,
    subscriptionId,
    acceptedCompressionTypes,
    pushIntervalMs,
    telemetryMaxBytes,
    deltaTemporality,
    requestedMetrics,
  };
}

/** GetTelemetrySubscriptionsResponse at versions 0. */
export const getTelemetrySubscriptionsResponseCodec = new MessageCodec<GetTelemetrySubscriptionsResponse>(
  "GetTelemetrySubscriptionsResponse",
  0,
  [encGetTelemetrySubscriptionsResponseV0],
  [decGetTelemetrySubscriptionsResponseV0],
  newGetTelemetrySubscriptionsResponse,
);
