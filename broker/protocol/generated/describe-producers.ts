// Kafka DescribeProducers API (key 61): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{DescribeProducersRequest.json, DescribeProducersResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** DescribeProducersRequest: request of api key 61, versions 0, flexible 0. */
export interface DescribeProducersRequest {
  /** (versions 0) */
  readonly topics: readonly DescribeProducersRequestTopicRequest[];
}

/** TopicRequest in DescribeProducersRequest. */
export interface DescribeProducersRequestTopicRequest {
  /** The topic name. (versions 0) */
  readonly name: string;
  /** The indexes of the partitions to list producers for. (versions 0) */
  readonly partitionIndexes: readonly number[];
}

/** DescribeProducersResponse: response of api key 61, versions 0, flexible 0. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  readonly throttleTimeMs: number;
  /** Each topic in the response. (versions 0) */
  readonly topics: readonly DescribeProducersResponseTopicResponse[];
}

/** TopicResponse in DescribeProducersResponse. */
export interface DescribeProducersResponseTopicResponse {
  /** The topic name (versions 0) */
  readonly name: string;
  /** Each partition in the response. (versions 0) */
  readonly partitions: readonly DescribeProducersResponsePartitionResponse[];
}

/** PartitionResponse in DescribeProducersResponse. */
export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. (versions 0) */
  readonly partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0) */
  readonly errorCode: number;
  /** The partition error message, which may be null if no additional details are available (versions 0, nullable 0, default null) */
  readonly errorMessage: string | null;
  /** (versions 0) */
  readonly activeProducers: readonly DescribeProducersResponseProducerState[];
}

/** ProducerState in DescribeProducersResponse. */
export interface DescribeProducersResponseProducerState {
  /** (versions 0) */
  readonly producerId: bigint;
  /** (versions 0) */
  readonly producerEpoch: number;
  /** (versions 0, default -1) */
  readonly lastSequence: number;
  /** (versions 0, default -1) */
  readonly lastTimestamp: bigint;
  /** (versions 0) */
  readonly coordinatorEpoch: number;
  /** (versions 0, default -1) */
  readonly currentTxnStartOffset: bigint;
}

/** A DescribeProducersRequest with every field at its spec default. */
export function newDescribeProducersRequest(): DescribeProducersRequest {
  return {
    topics: [],
  };
}

/** A DescribeProducersRequestTopicRequest with every field at its spec default. */
export function newDescribeProducersRequestTopicRequest(): DescribeProducersRequestTopicRequest {
  return {
    name: "",
    partitionIndexes: [],
  };
}

/** A DescribeProducersResponse with every field at its spec default. */
export function newDescribeProducersResponse(): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

/** A DescribeProducersResponseTopicResponse with every field at its spec default. */
export function newDescribeProducersResponseTopicResponse(): DescribeProducersResponseTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

/** A DescribeProducersResponsePartitionResponse with every field at its spec default. */
export function newDescribeProducersResponsePartitionResponse(): DescribeProducersResponsePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
  };
}

/** A DescribeProducersResponseProducerState with every field at its spec default. */
export function newDescribeProducersResponseProducerState(): DescribeProducersResponseProducerState {
  return {
    producerId: 0n,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1n,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1n,
  };
}

/** DescribeProducersRequest at v0. */
function encDescribeProducersRequestV0(w: Writer, v: DescribeProducersRequest): void {
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeProducersRequestTopicRequestV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeProducersRequest at v0. */
function decDescribeProducersRequestV0(r: Reader): DescribeProducersRequest {
  const $n3 = r.compactArrayLength();
  const $a4: DescribeProducersRequestTopicRequest[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeProducersRequestTopicRequestV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    topics,
  };
}

/** DescribeProducersRequestTopicRequest at v0. */
function encDescribeProducersRequestTopicRequestV0(w: Writer, v: DescribeProducersRequestTopicRequest): void {
  w.compactString(v.name);
  {
    const $a6 = v.partitionIndexes;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.int32($a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeProducersRequestTopicRequest at v0. */
function decDescribeProducersRequestTopicRequestV0(r: Reader): DescribeProducersRequestTopicRequest {
  const name = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: number[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.int32());
  const partitionIndexes = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionIndexes,
  };
}

/** DescribeProducersRequest at versions 0. */
export const describeProducersRequestCodec = new MessageCodec<DescribeProducersRequest>(
  "DescribeProducersRequest",
  0,
  [encDescribeProducersRequestV0],
  [decDescribeProducersRequestV0],
  newDescribeProducersRequest,
);

/** DescribeProducersResponse at v0. */
function encDescribeProducersResponseV0(w: Writer, v: DescribeProducersResponse): void {
  w.int32(v.throttleTimeMs);
  {
    const $a1 = v.topics;
    w.compactArrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encDescribeProducersResponseTopicResponseV0(w, $a1[$i2]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeProducersResponse at v0. */
function decDescribeProducersResponseV0(r: Reader): DescribeProducersResponse {
  const throttleTimeMs = r.int32();
  const $n3 = r.compactArrayLength();
  const $a4: DescribeProducersResponseTopicResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decDescribeProducersResponseTopicResponseV0(r));
  const topics = $a4;
  r.skipTaggedFields(); // none known in this version
  return {
    throttleTimeMs,
    topics,
  };
}

/** DescribeProducersResponseTopicResponse at v0. */
function encDescribeProducersResponseTopicResponseV0(w: Writer, v: DescribeProducersResponseTopicResponse): void {
  w.compactString(v.name);
  {
    const $a6 = v.partitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encDescribeProducersResponsePartitionResponseV0(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeProducersResponseTopicResponse at v0. */
function decDescribeProducersResponseTopicResponseV0(r: Reader): DescribeProducersResponseTopicResponse {
  const name = r.compactString();
  const $n8 = r.compactArrayLength();
  const $a9: DescribeProducersResponsePartitionResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decDescribeProducersResponsePartitionResponseV0(r));
  const partitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** DescribeProducersResponsePartitionResponse at v0. */
function encDescribeProducersResponsePartitionResponseV0(w: Writer, v: DescribeProducersResponsePartitionResponse): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    const $a11 = v.activeProducers;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encDescribeProducersResponseProducerStateV0(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** DescribeProducersResponsePartitionResponse at v0. */
function decDescribeProducersResponsePartitionResponseV0(r: Reader): DescribeProducersResponsePartitionResponse {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  const errorMessage = r.compactNullableString();
  const $n13 = r.compactArrayLength();
  const $a14: DescribeProducersResponseProducerState[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decDescribeProducersResponseProducerStateV0(r));
  const activeProducers = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
    errorMessage,
    activeProducers,
  };
}

/** DescribeProducersResponseProducerState at v0. */
function encDescribeProducersResponseProducerStateV0(w: Writer, v: DescribeProducersResponseProducerState): void {
  w.int64(v.producerId);
  w.int32(v.producerEpoch);
  w.int32(v.lastSequence);
  w.int64(v.lastTimestamp);
  w.int32(v.coordinatorEpoch);
  w.int64(v.currentTxnStartOffset);
  w.uvarint(0); // no tagged fields
}

/** DescribeProducersResponseProducerState at v0. */
function decDescribeProducersResponseProducerStateV0(r: Reader): DescribeProducersResponseProducerState {
  const producerId = r.int64();
  const producerEpoch = r.int32();
  const lastSequence = r.int32();
  const lastTimestamp = r.int64();
  const coordinatorEpoch = r.int32();
  const currentTxnStartOffset = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    producerId,
    producerEpoch,
    lastSequence,
    lastTimestamp,
    coordinatorEpoch,
    currentTxnStartOffset,
  };
}

/** DescribeProducersResponse at versions 0. */
export const describeProducersResponseCodec = new MessageCodec<DescribeProducersResponse>(
  "DescribeProducersResponse",
  0,
  [encDescribeProducersResponseV0],
  [decDescribeProducersResponseV0],
  newDescribeProducersResponse,
);
