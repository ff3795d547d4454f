// Kafka DescribeTransactions API (key 65): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeTransactionsRequest.json, DescribeTransactionsResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeTransactionsRequest: request of api key 65, versions 0, flexible 0. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. (versions 0) */
  readonly transactionalIds: readonly string[];
}

/** DescribeTransactionsResponse: response of api key 65, versions 0, flexible 0. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** (versions 0) */
  readonly transactionStates: readonly DescribeTransactionsResponseTransactionState[];
}

/** TransactionState in DescribeTransactionsResponse. */
export interface DescribeTransactionsResponseTransactionState {
  /** (versions 0) */
  readonly errorCode: number;
  /** (versions 0) */
  readonly transactionalId: string;
  /** (versions 0) */
  readonly transactionState: string;
  /** (versions 0) */
  readonly transactionTimeoutMs: number;
  /** (versions 0) */
  readonly transactionStartTimeMs: bigint;
  /** (versions 0) */
  readonly producerId: bigint;
  /** (versions 0) */
  readonly producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. (versions 0) */
  readonly topics: readonly DescribeTransactionsResponseTopicData[];
}

/** TopicData in DescribeTransactionsResponse. */
export interface DescribeTransactionsResponseTopicData {
  /** (versions 0) */
  readonly topic: string;
  /** (versions 0) */
  readonly partitions: readonly number[];
}

/** A DescribeTransactionsRequest with every field at its spec default. */
export function newDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
  };
}

/** A DescribeTransactionsResponse with every field at its spec default. */
export function newDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
  };
}

/** A DescribeTransactionsResponseTransactionState with every field at its spec default. */
export function newDescribeTransactionsResponseTransactionState(): DescribeTransactionsResponseTransactionState {
  return {
    errorCode: 0,
    transactionalId: "",
    transactionState: "",
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
  };
}

/** A DescribeTransactionsResponseTopicData with every field at its spec default. */
export function newDescribeTransactionsResponseTopicData(): DescribeTransactionsResponseTopicData {
  return {
    topic: "",
    partitions: [],
  };
}

/** DescribeTransactionsRequest at v0. */
function encDescribeTransactionsRequestV0(w: Writer, v: DescribeTransactionsRequest): void {
  {
    const $a1 = v.transactionalIds;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.compactString($a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTransactionsRequest at v0. */
function decDescribeTransactionsRequestV0(r: Reader): DescribeTransactionsRequest {
  const $n3 = r.compactArrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.compactString());
  const transactionalIds = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalIds,
  };
}

/** DescribeTransactionsRequest at versions 0. */
export const describeTransactionsRequestCodec = new MessageCodec<DescribeTransactionsRequest>(
  "DescribeTransactionsRequest",
  0,
  [encDescribeTransactionsRequestV0],
  [decDescribeTransactionsRequestV0],
  newDescribeTransactionsRequest,
);

/** DescribeTransactionsResponse at v0. */
function encDescribeTransactionsResponseV0(w: Writer, v: DescribeTransactionsResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.transactionStates;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeTransactionsResponseTransactionStateV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTransactionsResponse at v0. */
function decDescribeTransactionsResponseV0(r: Reader): DescribeTransactionsResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: DescribeTransactionsResponseTransactionState[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeTransactionsResponseTransactionStateV0(r));
  const transactionStates = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    transactionStates,
  };
}

/** DescribeTransactionsResponseTransactionState at v0. */
function encDescribeTransactionsResponseTransactionStateV0(w: Writer, v: DescribeTransactionsResponseTransactionState): void {
  w.int16(v.errorCode);
  w.compactString(v.transactionalId);
  w.compactString(v.transactionState);
  w.int32(v.transactionTimeoutMs);
  w.int64(v.transactionStartTimeMs);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  {
    const $a6 = v.topics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeTransactionsResponseTopicDataV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTransactionsResponseTransactionState at v0. */
function decDescribeTransactionsResponseTransactionStateV0(r: Reader): DescribeTransactionsResponseTransactionState {
  const errorCode = r.int16();
  const transactionalId = r.compactString();
  const transactionState = r.compactString();
  const transactionTimeoutMs = r.int32();
  const transactionStartTimeMs = r.int64();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeTransactionsResponseTopicData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeTransactionsResponseTopicDataV0(r));
  const topics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    transactionalId,
    transactionState,
    transactionTimeoutMs,
    transactionStartTimeMs,
    producerId,
    producerEpoch,
    topics,
  };
}

/** DescribeTransactionsResponseTopicData at v0. */
function encDescribeTransactionsResponseTopicDataV0(w: Writer, v: DescribeTransactionsResponseTopicData): void {
  w.compactString(v.topic);
  {
    const $a11 = v.partitions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      w.int32($a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeTransactionsResponseTopicData at v0. */
function decDescribeTransactionsResponseTopicDataV0(r: Reader): DescribeTransactionsResponseTopicData {
  const topic = r.compactString();
  const $n13 = r.compactArrayLength();
  const $a14: number[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(r.int32());
  const partitions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    topic,
    partitions,
  };
}

/** DescribeTransactionsResponse at versions 0. */
export const describeTransactionsResponseCodec = new MessageCodec<DescribeTransactionsResponse>(
  "DescribeTransactionsResponse",
  0,
  [encDescribeTransactionsResponseV0],
  [decDescribeTransactionsResponseV0],
  newDescribeTransactionsResponse,
);
