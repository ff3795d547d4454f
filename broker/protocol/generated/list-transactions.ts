// Kafka ListTransactions API (key 66): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ListTransactionsRequest.json, ListTransactionsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ListTransactionsRequest: request of api key 66, versions 0-1, flexible 0-1. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned (versions 0-1) */
  readonly stateFilters: readonly string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned (versions 0-1) */
  readonly producerIdFilters: readonly bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned (versions 1, default -1) */
  readonly durationFilter: bigint;
}

/** ListTransactionsResponse: response of api key 66, versions 0-1, flexible 0-1. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  readonly throttleTimeMs: number;
  /** (versions 0-1) */
  readonly errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator (versions 0-1) */
  readonly unknownStateFilters: readonly string[];
  /** (versions 0-1) */
  readonly transactionStates: readonly ListTransactionsResponseTransactionState[];
}

/** TransactionState in ListTransactionsResponse. */
export interface ListTransactionsResponseTransactionState {
  /** (versions 0-1) */
  readonly transactionalId: string;
  /** (versions 0-1) */
  readonly producerId: bigint;
  /** The current transaction state of the producer (versions 0-1) */
  readonly transactionState: string;
}

/** A ListTransactionsRequest with every field at its spec default. */
export function newListTransactionsRequest(): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
  };
}

/** A ListTransactionsResponse with every field at its spec default. */
export function newListTransactionsResponse(): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
  };
}

/** A ListTransactionsResponseTransactionState with every field at its spec default. */
export function newListTransactionsResponseTransactionState(): ListTransactionsResponseTransactionState {
  return {
    transactionalId: "",
    producerId: 0n,
    transactionState: "",
  };
}

/** ListTransactionsRequest at v0. */
function encListTransactionsRequestV0(w: Writer, v: ListTransactionsRequest): void {
  {
    const $a1 = v.stateFilters;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.compactString($a1[$i2]);
    }
  }
  {
    const $a3 = v.producerIdFilters;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      w.int64($a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListTransactionsRequest at v0. */
function decListTransactionsRequestV0(r: Reader): ListTransactionsRequest {
  const $n5 = r.compactArrayLength();
  const $a6: string[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(r.compactString());
  const stateFilters = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: bigint[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.int64());
  const producerIdFilters = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    stateFilters,
    producerIdFilters,
    durationFilter: -1n,
  };
}

/** ListTransactionsRequest at v1. */
function encListTransactionsRequestV1(w: Writer, v: ListTransactionsRequest): void {
  {
    const $a11 = v.stateFilters;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      w.compactString($a11[$i12]);
    }
  }
  {
    const $a13 = v.producerIdFilters;
    w.compactArrayLength($a13.length);
    for (let $i14 = 0; $i14 < $a13.length; $i14++) {
      w.int64($a13[$i14]);
    }
  }
  w.int64(v.durationFilter);
  w.uvarint(0); // no tagged fields
}

/** ListTransactionsRequest at v1. */
function decListTransactionsRequestV1(r: Reader): ListTransactionsRequest {
  const $n15 = r.compactArrayLength();
  const $a16: string[] = [];
  for (let $i17 = 0; $i17 < $n15; $i17++) $a16.push(r.compactString());
  const stateFilters = $a16;
  const $n18 = r.compactArrayLength();
  const $a19: bigint[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(r.int64());
  const producerIdFilters = $a19;
  const durationFilter = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    stateFilters,
    producerIdFilters,
    durationFilter,
  };
}

/** ListTransactionsRequest at versions 0-1. */
export const listTransactionsRequestCodec = new MessageCodec<ListTransactionsRequest>(
  "ListTransactionsRequest",
  0,
  [encListTransactionsRequestV0, encListTransactionsRequestV1],
  [decListTransactionsRequestV0, decListTransactionsRequestV1],
  newListTransactionsRequest,
);

/** ListTransactionsResponse at v0-1. */
function encListTransactionsResponseV0(w: Writer, v: ListTransactionsResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a1 = v.unknownStateFilters;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.compactString($a1[$i2]);
    }
  }
  {
    const $a3 = v.transactionStates;
    w.compactArrayLength($a3.length);
    for (let $i4 = 0; $i4 < $a3.length; $i4++) {
      encListTransactionsResponseTransactionStateV0(w, $a3[$i4]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ListTransactionsResponse at v0-1. */
function decListTransactionsResponseV0(r: Reader): ListTransactionsResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n5 = r.compactArrayLength();
  const $a6: string[] = [];
  for (let $i7 = 0; $i7 < $n5; $i7++) $a6.push(r.compactString());
  const unknownStateFilters = $a6;
  const $n8 = r.compactArrayLength();
  const $a9: ListTransactionsResponseTransactionState[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decListTransactionsResponseTransactionStateV0(r));
  const transactionStates = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    unknownStateFilters,
    transactionStates,
  };
}

/** ListTransactionsResponseTransactionState at v0-1. */
function encListTransactionsResponseTransactionStateV0(w: Writer, v: ListTransactionsResponseTransactionState): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.compactString(v.transactionState);
  w.uvarint(0); // no tagged fields
}

/** ListTransactionsResponseTransactionState at v0-1. */
function decListTransactionsResponseTransactionStateV0(r: Reader): ListTransactionsResponseTransactionState {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const transactionState = r.compactString();
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    producerId,
    transactionState,
  };
}

/** ListTransactionsResponse at versions 0-1. */
export const listTransactionsResponseCodec = new MessageCodec<ListTransactionsResponse>(
  "ListTransactionsResponse",
  0,
  [encListTransactionsResponseV0, encListTransactionsResponseV0],
  [decListTransactionsResponseV0, decListTransactionsResponseV0],
  newListTransactionsResponse,
);
