// Kafka AllocateProducerIds API (key 67): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AllocateProducerIdsRequest: request of api key 67, versions 0, flexible 0. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker (versions 0) */
  readonly brokerId: number;
  /** The epoch of the requesting broker (versions 0, default -1) */
  readonly brokerEpoch: bigint;
}

/** AllocateProducerIdsResponse: response of api key 67, versions 0, flexible 0. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** The top level response error code (versions 0) */
  readonly errorCode: number;
  /** The first producer ID in this range, inclusive (versions 0) */
  readonly producerIdStart: bigint;
  /** The number of producer IDs in this range (versions 0) */
  readonly producerIdLen: number;
}

/** A AllocateProducerIdsRequest with every field at its spec default. */
export function newAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

/** A AllocateProducerIdsResponse with every field at its spec default. */
export function newAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerIdStart: 0n,
    producerIdLen: 0,
  };
}

/** AllocateProducerIdsRequest at v0. */
function encAllocateProducerIdsRequestV0(w: Writer, v: AllocateProducerIdsRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0); // no tagged fields
}

/** AllocateProducerIdsRequest at v0. */
function decAllocateProducerIdsRequestV0(r: Reader): AllocateProducerIdsRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
  };
}

/** AllocateProducerIdsRequest at versions 0. */
export const allocateProducerIdsRequestCodec = new MessageCodec<AllocateProducerIdsRequest>(
  "AllocateProducerIdsRequest",
  0,
  [encAllocateProducerIdsRequestV0],
  [decAllocateProducerIdsRequestV0],
  newAllocateProducerIdsRequest,
);

/** AllocateProducerIdsResponse at v0. */
function encAllocateProducerIdsResponseV0(w: Writer, v: AllocateProducerIdsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerIdStart);
  w.int32(v.producerIdLen);
  w.uvarint(0); // no tagged fields
}

/** AllocateProducerIdsResponse at v0. */
function decAllocateProducerIdsResponseV0(r: Reader): AllocateProducerIdsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerIdStart = r.int64();
  const producerIdLen = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    producerIdStart,
    producerIdLen,
  };
}

/** AllocateProducerIdsResponse at versions 0. */
export const allocateProducerIdsResponseCodec = new MessageCodec<AllocateProducerIdsResponse>(
  "AllocateProducerIdsResponse",
  0,
  [encAllocateProducerIdsResponseV0],
  [decAllocateProducerIdsResponseV0],
  newAllocateProducerIdsResponse,
);
