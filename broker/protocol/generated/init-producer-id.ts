// Kafka InitProducerId API (key 22): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{InitProducerIdRequest.json, InitProducerIdResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** InitProducerIdRequest: request of api key 22, versions 0-5, flexible 2-5. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0-5, nullable 0-5) */
  readonly transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0-5) */
  readonly transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3-5, default -1) */
  readonly producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3-5, default -1) */
  readonly producerEpoch: number;
}

/** InitProducerIdResponse: response of api key 22, versions 0-5, flexible 2-5. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-5) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  readonly errorCode: number;
  /** The current producer id. (versions 0-5, default -1) */
  readonly producerId: bigint;
  /** The current epoch associated with the producer id. (versions 0-5) */
  readonly producerEpoch: number;
}

/** A InitProducerIdRequest with every field at its spec default. */
export function newInitProducerIdRequest(): InitProducerIdRequest {
  return {
    transactionalId: "",
    transactionTimeoutMs: 0,
    producerId: -1n,
    producerEpoch: -1,
  };
}

/** A InitProducerIdResponse with every field at its spec default. */
export function newInitProducerIdResponse(): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: 0,
  };
}

/** InitProducerIdRequest at v0-1. */
function encInitProducerIdRequestV0(w: Writer, v: InitProducerIdRequest): void {
  w.nullableString(v.transactionalId);
  w.int32(v.transactionTimeoutMs);
}

/** InitProducerIdRequest at v0-1. */
function decInitProducerIdRequestV0(r: Reader): InitProducerIdRequest {
  const transactionalId = r.nullableString();
  const transactionTimeoutMs = r.int32();
  return {
    transactionalId,
    transactionTimeoutMs,
    producerId: -1n,
    producerEpoch: -1,
  };
}

/** InitProducerIdRequest at v2. */
function encInitProducerIdRequestV2(w: Writer, v: InitProducerIdRequest): void {
  w.compactNullableString(v.transactionalId);
  w.int32(v.transactionTimeoutMs);
  w.uvarint(0); // no tagged fields
}

/** InitProducerIdRequest at v2. */
function decInitProducerIdRequestV2(r: Reader): InitProducerIdRequest {
  const transactionalId = r.compactNullableString();
  const transactionTimeoutMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    transactionTimeoutMs,
    producerId: -1n,
    producerEpoch: -1,
  };
}

/** InitProducerIdRequest at v3-5. */
function encInitProducerIdRequestV3(w: Writer, v: InitProducerIdRequest): void {
  w.compactNullableString(v.transactionalId);
  w.int32(v.transactionTimeoutMs);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.uvarint(0); // no tagged fields
}

/** InitProducerIdRequest at v3-5. */
function decInitProducerIdRequestV3(r: Reader): InitProducerIdRequest {
  const transactionalId = r.compactNullableString();
  const transactionTimeoutMs = r.int32();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    transactionTimeoutMs,
    producerId,
    producerEpoch,
  };
}

/** InitProducerIdRequest at versions 0-5. */
export const initProducerIdRequestCodec = new MessageCodec<InitProducerIdRequest>(
  "InitProducerIdRequest",
  0,
  [encInitProducerIdRequestV0, encInitProducerIdRequestV0, encInitProducerIdRequestV2, encInitProducerIdRequestV3, encInitProducerIdRequestV3, encInitProducerIdRequestV3],
  [decInitProducerIdRequestV0, decInitProducerIdRequestV0, decInitProducerIdRequestV2, decInitProducerIdRequestV3, decInitProducerIdRequestV3, decInitProducerIdRequestV3],
  newInitProducerIdRequest,
);

/** InitProducerIdResponse at v0-1. */
function encInitProducerIdResponseV0(w: Writer, v: InitProducerIdResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
}

/** InitProducerIdResponse at v0-1. */
function decInitProducerIdResponseV0(r: Reader): InitProducerIdResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  return {
    throttleTimeMs,
    errorCode,
    producerId,
    producerEpoch,
  };
}

/** InitProducerIdResponse at v2-5. */
function encInitProducerIdResponseV2(w: Writer, v: InitProducerIdResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.uvarint(0); // no tagged fields
}

/** InitProducerIdResponse at v2-5. */
function decInitProducerIdResponseV2(r: Reader): InitProducerIdResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    producerId,
    producerEpoch,
  };
}

/** InitProducerIdResponse at versions 0-5. */
export const initProducerIdResponseCodec = new MessageCodec<InitProducerIdResponse>(
  "InitProducerIdResponse",
  0,
  [encInitProducerIdResponseV0, encInitProducerIdResponseV0, encInitProducerIdResponseV2, encInitProducerIdResponseV2, encInitProducerIdResponseV2, encInitProducerIdResponseV2],
  [decInitProducerIdResponseV0, decInitProducerIdResponseV0, decInitProducerIdResponseV2, decInitProducerIdResponseV2, decInitProducerIdResponseV2, decInitProducerIdResponseV2],
  newInitProducerIdResponse,
);
