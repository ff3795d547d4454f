// Kafka AddOffsetsToTxn API (key 25): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AddOffsetsToTxnRequest: request of api key 25, versions 0-4, flexible 3-4. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (versions 0-4) */
  readonly transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0-4) */
  readonly producerId: bigint;
  /** Current epoch associated with the producer id. (versions 0-4) */
  readonly producerEpoch: number;
  /** The unique group identifier. (versions 0-4) */
  readonly groupId: string;
}

/** AddOffsetsToTxnResponse: response of api key 25, versions 0-4, flexible 3-4. */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-4) */
  readonly throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. (versions 0-4) */
  readonly errorCode: number;
}

/** A AddOffsetsToTxnRequest with every field at its spec default. */
export function newAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    groupId: "",
  };
}

/** A AddOffsetsToTxnResponse with every field at its spec default. */
export function newAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

/** AddOffsetsToTxnRequest at v0-2. */
function encAddOffsetsToTxnRequestV0(w: Writer, v: AddOffsetsToTxnRequest): void {
  w.string(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.string(v.groupId);
}

/** AddOffsetsToTxnRequest at v0-2. */
function decAddOffsetsToTxnRequestV0(r: Reader): AddOffsetsToTxnRequest {
  const transactionalId = r.string();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const groupId = r.string();
  return {
    transactionalId,
    producerId,
    producerEpoch,
    groupId,
  };
}

/** AddOffsetsToTxnRequest at v3-4. */
function encAddOffsetsToTxnRequestV3(w: Writer, v: AddOffsetsToTxnRequest): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.compactString(v.groupId);
  w.uvarint(0); // no tagged fields
}

/** AddOffsetsToTxnRequest at v3-4. */
function decAddOffsetsToTxnRequestV3(r: Reader): AddOffsetsToTxnRequest {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const groupId = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    producerId,
    producerEpoch,
    groupId,
  };
}

/** AddOffsetsToTxnRequest at versions 0-4. */
export const addOffsetsToTxnRequestCodec = new MessageCodec<AddOffsetsToTxnRequest>(
  "AddOffsetsToTxnRequest",
  0,
  [encAddOffsetsToTxnRequestV0, encAddOffsetsToTxnRequestV0, encAddOffsetsToTxnRequestV0, encAddOffsetsToTxnRequestV3, encAddOffsetsToTxnRequestV3],
  [decAddOffsetsToTxnRequestV0, decAddOffsetsToTxnRequestV0, decAddOffsetsToTxnRequestV0, decAddOffsetsToTxnRequestV3, decAddOffsetsToTxnRequestV3],
  newAddOffsetsToTxnRequest,
);

/** AddOffsetsToTxnResponse at v0-2. */
function encAddOffsetsToTxnResponseV0(w: Writer, v: AddOffsetsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
}

/** AddOffsetsToTxnResponse at v0-2. */
function decAddOffsetsToTxnResponseV0(r: Reader): AddOffsetsToTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  return {
    throttleTimeMs,
    errorCode,
  };
}

/** AddOffsetsToTxnResponse at v3-4. */
function encAddOffsetsToTxnResponseV3(w: Writer, v: AddOffsetsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** AddOffsetsToTxnResponse at v3-4. */
function decAddOffsetsToTxnResponseV3(r: Reader): AddOffsetsToTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
  };
}

/** AddOffsetsToTxnResponse at versions 0-4. */
export const addOffsetsToTxnResponseCodec = new MessageCodec<AddOffsetsToTxnResponse>(
  "AddOffsetsToTxnResponse",
  0,
  [encAddOffsetsToTxnResponseV0, encAddOffsetsToTxnResponseV0, encAddOffsetsToTxnResponseV0, encAddOffsetsToTxnResponseV3, encAddOffsetsToTxnResponseV3],
  [decAddOffsetsToTxnResponseV0, decAddOffsetsToTxnResponseV0, decAddOffsetsToTxnResponseV0, decAddOffsetsToTxnResponseV3, decAddOffsetsToTxnResponseV3],
  newAddOffsetsToTxnResponse,
);
