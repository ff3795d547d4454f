// Kafka EndTxn API (key 26): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{EndTxnRequest.json, EndTxnResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** EndTxnRequest: request of api key 26, versions 0-5, flexible 3-5. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. (versions 0-5) */
  readonly transactionalId: string;
  /** The producer ID. (versions 0-5) */
  readonly producerId: bigint;
  /** The current epoch associated with the producer. (versions 0-5) */
  readonly producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. (versions 0-5) */
  readonly committed: boolean;
}

/** EndTxnResponse: response of api key 26, versions 0-5, flexible 3-5. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-5) */
  readonly throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-5) */
  readonly errorCode: number;
  /** The producer ID. (versions 5, default -1) */
  readonly producerId: bigint;
  /** The current epoch associated with the producer. (versions 5, default -1) */
  readonly producerEpoch: number;
}

/** A EndTxnRequest with every field at its spec default. */
export function newEndTxnRequest(): EndTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    committed: false,
  };
}

/** A EndTxnResponse with every field at its spec default. */
export function newEndTxnResponse(): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1n,
    producerEpoch: -1,
  };
}

/** EndTxnRequest at v0-2. */
function encEndTxnRequestV0(w: Writer, v: EndTxnRequest): void {
  w.string(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.committed);
}

/** EndTxnRequest at v0-2. */
function decEndTxnRequestV0(r: Reader): EndTxnRequest {
  const transactionalId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const committed = r.bool();
  return {
    transactionalId,
    producerId,
    producerEpoch,
    committed,
  };
}

/** EndTxnRequest at v3-5. */
function encEndTxnRequestV3(w: Writer, v: EndTxnRequest): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.committed);
  w.uvarint(0); // no tagged fields
}

/** EndTxnRequest at v3-5. */
function decEndTxnRequestV3(r: Reader): EndTxnRequest {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const committed = r.bool();
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    producerId,
    producerEpoch,
    committed,
  };
}

/** EndTxnRequest at versions 0-5. */
export const endTxnRequestCodec = new MessageCodec<EndTxnRequest>(
  "EndTxnRequest",
  0,
  [encEndTxnRequestV0, encEndTxnRequestV0, encEndTxnRequestV0, encEndTxnRequestV3, encEndTxnRequestV3, encEndTxnRequestV3],
  [decEndTxnRequestV0, decEndTxnRequestV0, decEndTxnRequestV0, decEndTxnRequestV3, decEndTxnRequestV3, decEndTxnRequestV3],
  newEndTxnRequest,
);

/** EndTxnResponse at v0-2. */
function encEndTxnResponseV0(w: Writer, v: EndTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
}

/** EndTxnResponse at v0-2. */
function decEndTxnResponseV0(r: Reader): EndTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return {
    throttleTimeMs,
    errorCode,
    producerId: -1n,
    producerEpoch: -1,
  };
}

/** EndTxnResponse at v3-4. */
function encEndTxnResponseV3(w: Writer, v: EndTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** EndTxnResponse at v3-4. */
function decEndTxnResponseV3(r: Reader): EndTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    producerId: -1n,
    producerEpoch: -1,
  };
}

/** EndTxnResponse at v5. */
function encEndTxnResponseV5(w: Writer, v: EndTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.uvarint(0); // no tagged fields
}

/** EndTxnResponse at v5. */
function decEndTxnResponseV5(r: Reader): EndTxnResponse {
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

/** EndTxnResponse at versions 0-5. */
export const endTxnResponseCodec = new MessageCodec<EndTxnResponse>(
  "EndTxnResponse",
  0,
  [encEndTxnResponseV0, encEndTxnResponseV0, encEndTxnResponseV0, encEndTxnResponseV3, encEndTxnResponseV3, encEndTxnResponseV5],
  [decEndTxnResponseV0, decEndTxnResponseV0, decEndTxnResponseV0, decEndTxnResponseV3, decEndTxnResponseV3, decEndTxnResponseV5],
  newEndTxnResponse,
);
