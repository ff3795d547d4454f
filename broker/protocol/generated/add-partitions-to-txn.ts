// Kafka AddPartitionsToTxn API (key 24): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** AddPartitionsToTxnRequest: request of api key 24, versions 0-5, flexible 3-5. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (versions 4-5) */
  readonly transactions: readonly AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. (versions 0-3) */
  readonly v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. (versions 0-3) */
  readonly v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. (versions 0-3) */
  readonly v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. (versions 0-3) */
  readonly v3AndBelowTopics: readonly AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

/** AddPartitionsToTxnTransaction in AddPartitionsToTxnRequest. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (versions 4-5) */
  readonly transactionalId: string;
  /** Current producer id in use by the transactional id. (versions 4-5) */
  readonly producerId: bigint;
  /** Current epoch associated with the producer id. (versions 4-5) */
  readonly producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (versions 4-5, default false) */
  readonly verifyOnly: boolean;
  /** The partitions to add to the transaction. (versions 4-5) */
  readonly topics: readonly AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

/** AddPartitionsToTxnTopic in AddPartitionsToTxnRequest. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. (versions 0-5) */
  readonly name: string;
  /** The partition indexes to add to the transaction (versions 0-5) */
  readonly partitions: readonly number[];
}

/** AddPartitionsToTxnResponse: response of api key 24, versions 0-5, flexible 3-5. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-5) */
  readonly throttleTimeMs: number;
  /** The response top level error code. (versions 4-5) */
  readonly errorCode: number;
  /** Results categorized by transactional ID. (versions 4-5) */
  readonly resultsByTransaction: readonly AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. (versions 0-3) */
  readonly resultsByTopicV3AndBelow: readonly AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

/** AddPartitionsToTxnResult in AddPartitionsToTxnResponse. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (versions 4-5) */
  readonly transactionalId: string;
  /** The results for each topic. (versions 4-5) */
  readonly topicResults: readonly AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

/** AddPartitionsToTxnTopicResult in AddPartitionsToTxnResponse. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. (versions 0-5) */
  readonly name: string;
  /** The results for each partition (versions 0-5) */
  readonly resultsByPartition: readonly AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}

/** AddPartitionsToTxnPartitionResult in AddPartitionsToTxnResponse. */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. (versions 0-5) */
  readonly partitionIndex: number;
  /** The response error code. (versions 0-5) */
  readonly partitionErrorCode: number;
}

/** A AddPartitionsToTxnRequest with every field at its spec default. */
export function newAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: "",
    v3AndBelowProducerId: 0n,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
  };
}

/** A AddPartitionsToTxnRequestAddPartitionsToTxnTransaction with every field at its spec default. */
export function newAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return {
    transactionalId: "",
    producerId: 0n,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
  };
}

/** A AddPartitionsToTxnRequestAddPartitionsToTxnTopic with every field at its spec default. */
export function newAddPartitionsToTxnRequestAddPartitionsToTxnTopic(): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return {
    name: "",
    partitions: [],
  };
}

/** A AddPartitionsToTxnResponse with every field at its spec default. */
export function newAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
  };
}

/** A AddPartitionsToTxnResponseAddPartitionsToTxnResult with every field at its spec default. */
export function newAddPartitionsToTxnResponseAddPartitionsToTxnResult(): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return {
    transactionalId: "",
    topicResults: [],
  };
}

/** A AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult with every field at its spec default. */
export function newAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return {
    name: "",
    resultsByPartition: [],
  };
}

/** A AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult with every field at its spec default. */
export function newAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
  };
}

/** AddPartitionsToTxnRequest at v0-2. */
function encAddPartitionsToTxnRequestV0(w: Writer, v: AddPartitionsToTxnRequest): void {
  w.string(v.v3AndBelowTransactionalId);
  w.int64(v.v3AndBelowProducerId);
  w.int16(v.v3AndBelowProducerEpoch);
  {
    const $a1 = v.v3AndBelowTopics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAddPartitionsToTxnRequestAddPartitionsToTxnTopicV0(w, $a1[$i2]);
    }
  }
}

/** AddPartitionsToTxnRequest at v0-2. */
function decAddPartitionsToTxnRequestV0(r: Reader): AddPartitionsToTxnRequest {
  const v3AndBelowTransactionalId = r.string();
  const v3AndBelowProducerId = r.int64();
  const v3AndBelowProducerEpoch = r.int16();
  const $n3 = r.arrayLength();
  const $a4: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAddPartitionsToTxnRequestAddPartitionsToTxnTopicV0(r));
  const v3AndBelowTopics = $a4;
  return {
    transactions: [],
    v3AndBelowTransactionalId,
    v3AndBelowProducerId,
    v3AndBelowProducerEpoch,
    v3AndBelowTopics,
  };
}

/** AddPartitionsToTxnRequest at v3. */
function encAddPartitionsToTxnRequestV3(w: Writer, v: AddPartitionsToTxnRequest): void {
  w.compactString(v.v3AndBelowTransactionalId);
  w.int64(v.v3AndBelowProducerId);
  w.int16(v.v3AndBelowProducerEpoch);
  {
    const $a6 = v.v3AndBelowTopics;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAddPartitionsToTxnRequestAddPartitionsToTxnTopicV3(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnRequest at v3. */
function decAddPartitionsToTxnRequestV3(r: Reader): AddPartitionsToTxnRequest {
  const v3AndBelowTransactionalId = r.compactString();
  const v3AndBelowProducerId = r.int64();
  const v3AndBelowProducerEpoch = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAddPartitionsToTxnRequestAddPartitionsToTxnTopicV3(r));
  const v3AndBelowTopics = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    transactions: [],
    v3AndBelowTransactionalId,
    v3AndBelowProducerId,
    v3AndBelowProducerEpoch,
    v3AndBelowTopics,
  };
}

/** AddPartitionsToTxnRequest at v4-5. */
function encAddPartitionsToTxnRequestV4(w: Writer, v: AddPartitionsToTxnRequest): void {
  {
    const $a11 = v.transactions;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAddPartitionsToTxnRequestAddPartitionsToTxnTransactionV4(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnRequest at v4-5. */
function decAddPartitionsToTxnRequestV4(r: Reader): AddPartitionsToTxnRequest {
  const $n13 = r.compactArrayLength();
  const $a14: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAddPartitionsToTxnRequestAddPartitionsToTxnTransactionV4(r));
  const transactions = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    transactions,
    v3AndBelowTransactionalId: "",
    v3AndBelowProducerId: 0n,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
  };
}

/** AddPartitionsToTxnRequestAddPartitionsToTxnTransaction at v4-5. */
function encAddPartitionsToTxnRequestAddPartitionsToTxnTransactionV4(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.verifyOnly);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAddPartitionsToTxnRequestAddPartitionsToTxnTopicV3(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnRequestAddPartitionsToTxnTransaction at v4-5. */
function decAddPartitionsToTxnRequestAddPartitionsToTxnTransactionV4(r: Reader): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const transactionalId = r.compactString();
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const verifyOnly = r.bool();
  const $n18 = r.compactArrayLength();
  const $a19: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAddPartitionsToTxnRequestAddPartitionsToTxnTopicV3(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    producerId,
    producerEpoch,
    verifyOnly,
    topics,
  };
}

/** AddPartitionsToTxnRequestAddPartitionsToTxnTopic at v0-2. */
function encAddPartitionsToTxnRequestAddPartitionsToTxnTopicV0(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic): void {
  w.string(v.name);
  {
    const $a21 = v.partitions;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      w.int32($a21[$i22]);
    }
  }
}

/** AddPartitionsToTxnRequestAddPartitionsToTxnTopic at v0-2. */
function decAddPartitionsToTxnRequestAddPartitionsToTxnTopicV0(r: Reader): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const name = r.string();
  const $n23 = r.arrayLength();
  const $a24: number[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(r.int32());
  const partitions = $a24;
  return {
    name,
    partitions,
  };
}

/** AddPartitionsToTxnRequestAddPartitionsToTxnTopic at v3-5. */
function encAddPartitionsToTxnRequestAddPartitionsToTxnTopicV3(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic): void {
  w.compactString(v.name);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.int32($a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnRequestAddPartitionsToTxnTopic at v3-5. */
function decAddPartitionsToTxnRequestAddPartitionsToTxnTopicV3(r: Reader): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const name = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: number[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(r.int32());
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** AddPartitionsToTxnRequest at versions 0-5. */
export const addPartitionsToTxnRequestCodec = new MessageCodec<AddPartitionsToTxnRequest>(
  "AddPartitionsToTxnRequest",
  0,
  [encAddPartitionsToTxnRequestV0, encAddPartitionsToTxnRequestV0, encAddPartitionsToTxnRequestV0, encAddPartitionsToTxnRequestV3, encAddPartitionsToTxnRequestV4, encAddPartitionsToTxnRequestV4],
  [decAddPartitionsToTxnRequestV0, decAddPartitionsToTxnRequestV0, decAddPartitionsToTxnRequestV0, decAddPartitionsToTxnRequestV3, decAddPartitionsToTxnRequestV4, decAddPartitionsToTxnRequestV4],
  newAddPartitionsToTxnRequest,
);

/** AddPartitionsToTxnResponse at v0-2. */
function encAddPartitionsToTxnResponseV0(w: Writer, v: AddPartitionsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.resultsByTopicV3AndBelow;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV0(w, $a1[$i2]);
    }
  }
}

/** AddPartitionsToTxnResponse at v0-2. */
function decAddPartitionsToTxnResponseV0(r: Reader): AddPartitionsToTxnResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV0(r));
  const resultsByTopicV3AndBelow = $a4;
  return {
    throttleTimeMs,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow,
  };
}

/** AddPartitionsToTxnResponse at v3. */
function encAddPartitionsToTxnResponseV3(w: Writer, v: AddPartitionsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a6 = v.resultsByTopicV3AndBelow;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV3(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnResponse at v3. */
function decAddPartitionsToTxnResponseV3(r: Reader): AddPartitionsToTxnResponse {
  const throttleTimeMs = r.int32();
  const $n8 = r.compactArrayLength();
  const $a9: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV3(r));
  const resultsByTopicV3AndBelow = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow,
  };
}

/** AddPartitionsToTxnResponse at v4-5. */
function encAddPartitionsToTxnResponseV4(w: Writer, v: AddPartitionsToTxnResponse): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    const $a11 = v.resultsByTransaction;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encAddPartitionsToTxnResponseAddPartitionsToTxnResultV4(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnResponse at v4-5. */
function decAddPartitionsToTxnResponseV4(r: Reader): AddPartitionsToTxnResponse {
  const throttleTimeMs = r.int32();
  const errorCode = r.int16();
  const $n13 = r.compactArrayLength();
  const $a14: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decAddPartitionsToTxnResponseAddPartitionsToTxnResultV4(r));
  const resultsByTransaction = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    errorCode,
    resultsByTransaction,
    resultsByTopicV3AndBelow: [],
  };
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnResult at v4-5. */
function encAddPartitionsToTxnResponseAddPartitionsToTxnResultV4(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnResult): void {
  w.compactString(v.transactionalId);
  {
    const $a16 = v.topicResults;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV3(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnResult at v4-5. */
function decAddPartitionsToTxnResponseAddPartitionsToTxnResultV4(r: Reader): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const transactionalId = r.compactString();
  const $n18 = r.compactArrayLength();
  const $a19: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV3(r));
  const topicResults = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    topicResults,
  };
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult at v0-2. */
function encAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV0(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult): void {
  w.string(v.name);
  {
    const $a21 = v.resultsByPartition;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV0(w, $a21[$i22]);
    }
  }
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult at v0-2. */
function decAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV0(r: Reader): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const name = r.string();
  const $n23 = r.arrayLength();
  const $a24: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV0(r));
  const resultsByPartition = $a24;
  return {
    name,
    resultsByPartition,
  };
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult at v3-5. */
function encAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV3(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult): void {
  w.compactString(v.name);
  {
    const $a26 = v.resultsByPartition;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV3(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult at v3-5. */
function decAddPartitionsToTxnResponseAddPartitionsToTxnTopicResultV3(r: Reader): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const name = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV3(r));
  const resultsByPartition = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    resultsByPartition,
  };
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult at v0-2. */
function encAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV0(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.partitionErrorCode);
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult at v0-2. */
function decAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV0(r: Reader): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const partitionIndex = r.int32();
  const partitionErrorCode = r.int16();
  return {
    partitionIndex,
    partitionErrorCode,
  };
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult at v3-5. */
function encAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV3(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.partitionErrorCode);
  w.uvarint(0); // no tagged fields
}

/** AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult at v3-5. */
function decAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResultV3(r: Reader): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const partitionIndex = r.int32();
  const partitionErrorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    partitionErrorCode,
  };
}

/** AddPartitionsToTxnResponse at versions 0-5. */
export const addPartitionsToTxnResponseCodec = new MessageCodec<AddPartitionsToTxnResponse>(
  "AddPartitionsToTxnResponse",
  0,
  [encAddPartitionsToTxnResponseV0, encAddPartitionsToTxnResponseV0, encAddPartitionsToTxnResponseV0, encAddPartitionsToTxnResponseV3, encAddPartitionsToTxnResponseV4, encAddPartitionsToTxnResponseV4],
  [decAddPartitionsToTxnResponseV0, decAddPartitionsToTxnResponseV0, decAddPartitionsToTxnResponseV0, decAddPartitionsToTxnResponseV3, decAddPartitionsToTxnResponseV4, decAddPartitionsToTxnResponseV4],
  newAddPartitionsToTxnResponse,
);
