// Kafka WriteTxnMarkers API (key 27): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** WriteTxnMarkersRequest: request of api key 27, versions 0-1, flexible 1. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. (versions 0-1) */
  readonly markers: readonly WriteTxnMarkersRequestWritableTxnMarker[];
}

/** WritableTxnMarker in WriteTxnMarkersRequest. */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. (versions 0-1) */
  readonly producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0-1) */
  readonly producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). (versions 0-1) */
  readonly transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. (versions 0-1) */
  readonly topics: readonly WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator (versions 0-1) */
  readonly coordinatorEpoch: number;
}

/** WritableTxnMarkerTopic in WriteTxnMarkersRequest. */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. (versions 0-1) */
  readonly name: string;
  /** The indexes of the partitions to write transaction markers for. (versions 0-1) */
  readonly partitionIndexes: readonly number[];
}

/** WriteTxnMarkersResponse: response of api key 27, versions 0-1, flexible 1. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. (versions 0-1) */
  readonly markers: readonly WriteTxnMarkersResponseWritableTxnMarkerResult[];
}

/** WritableTxnMarkerResult in WriteTxnMarkersResponse. */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. (versions 0-1) */
  readonly producerId: bigint;
  /** The results by topic. (versions 0-1) */
  readonly topics: readonly WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
}

/** WritableTxnMarkerTopicResult in WriteTxnMarkersResponse. */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. (versions 0-1) */
  readonly name: string;
  /** The results by partition. (versions 0-1) */
  readonly partitions: readonly WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
}

/** WritableTxnMarkerPartitionResult in WriteTxnMarkersResponse. */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. (versions 0-1) */
  readonly partitionIndex: number;
  /** The error code, or 0 if there was no error. (versions 0-1) */
  readonly errorCode: number;
}

/** A WriteTxnMarkersRequest with every field at its spec default. */
export function newWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return {
    markers: [],
  };
}

/** A WriteTxnMarkersRequestWritableTxnMarker with every field at its spec default. */
export function newWriteTxnMarkersRequestWritableTxnMarker(): WriteTxnMarkersRequestWritableTxnMarker {
  return {
    producerId: 0n,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
  };
}

/** A WriteTxnMarkersRequestWritableTxnMarkerTopic with every field at its spec default. */
export function newWriteTxnMarkersRequestWritableTxnMarkerTopic(): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return {
    name: "",
    partitionIndexes: [],
  };
}

/** A WriteTxnMarkersResponse with every field at its spec default. */
export function newWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return {
    markers: [],
  };
}

/** A WriteTxnMarkersResponseWritableTxnMarkerResult with every field at its spec default. */
export function newWriteTxnMarkersResponseWritableTxnMarkerResult(): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return {
    producerId: 0n,
    topics: [],
  };
}

/** A WriteTxnMarkersResponseWritableTxnMarkerTopicResult with every field at its spec default. */
export function newWriteTxnMarkersResponseWritableTxnMarkerTopicResult(): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return {
    name: "",
    partitions: [],
  };
}

/** A WriteTxnMarkersResponseWritableTxnMarkerPartitionResult with every field at its spec default. */
export function newWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

/** WriteTxnMarkersRequest at v0. */
function encWriteTxnMarkersRequestV0(w: Writer, v: WriteTxnMarkersRequest): void {
  {
    const $a1 = v.markers;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encWriteTxnMarkersRequestWritableTxnMarkerV0(w, $a1[$i2]);
    }
  }
}

/** WriteTxnMarkersRequest at v0. */
function decWriteTxnMarkersRequestV0(r: Reader): WriteTxnMarkersRequest {
  const $n3 = r.arrayLength();
  const $a4: WriteTxnMarkersRequestWritableTxnMarker[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decWriteTxnMarkersRequestWritableTxnMarkerV0(r));
  const markers = $a4;
  return {
    markers,
  };
}

/** WriteTxnMarkersRequest at v1. */
function encWriteTxnMarkersRequestV1(w: Writer, v: WriteTxnMarkersRequest): void {
  {
    const $a6 = v.markers;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encWriteTxnMarkersRequestWritableTxnMarkerV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersRequest at v1. */
function decWriteTxnMarkersRequestV1(r: Reader): WriteTxnMarkersRequest {
  const $n8 = r.compactArrayLength();
  const $a9: WriteTxnMarkersRequestWritableTxnMarker[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decWriteTxnMarkersRequestWritableTxnMarkerV1(r));
  const markers = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    markers,
  };
}

/** WriteTxnMarkersRequestWritableTxnMarker at v0. */
function encWriteTxnMarkersRequestWritableTxnMarkerV0(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarker): void {
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.transactionResult);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encWriteTxnMarkersRequestWritableTxnMarkerTopicV0(w, $a11[$i12]);
    }
  }
  w.int32(v.coordinatorEpoch);
}

/** WriteTxnMarkersRequestWritableTxnMarker at v0. */
function decWriteTxnMarkersRequestWritableTxnMarkerV0(r: Reader): WriteTxnMarkersRequestWritableTxnMarker {
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionResult = r.bool();
  const $n13 = r.arrayLength();
  const $a14: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decWriteTxnMarkersRequestWritableTxnMarkerTopicV0(r));
  const topics = $a14;
  const coordinatorEpoch = r.int32();
  return {
    producerId,
    producerEpoch,
    transactionResult,
    topics,
    coordinatorEpoch,
  };
}

/** WriteTxnMarkersRequestWritableTxnMarker at v1. */
function encWriteTxnMarkersRequestWritableTxnMarkerV1(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarker): void {
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.transactionResult);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encWriteTxnMarkersRequestWritableTxnMarkerTopicV1(w, $a16[$i17]);
    }
  }
  w.int32(v.coordinatorEpoch);
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersRequestWritableTxnMarker at v1. */
function decWriteTxnMarkersRequestWritableTxnMarkerV1(r: Reader): WriteTxnMarkersRequestWritableTxnMarker {
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionResult = r.bool();
  const $n18 = r.compactArrayLength();
  const $a19: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decWriteTxnMarkersRequestWritableTxnMarkerTopicV1(r));
  const topics = $a19;
  const coordinatorEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    producerId,
    producerEpoch,
    transactionResult,
    topics,
    coordinatorEpoch,
  };
}

/** WriteTxnMarkersRequestWritableTxnMarkerTopic at v0. */
function encWriteTxnMarkersRequestWritableTxnMarkerTopicV0(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarkerTopic): void {
  w.string(v.name);
  {
    const $a21 = v.partitionIndexes;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      w.int32($a21[$i22]);
    }
  }
}

/** WriteTxnMarkersRequestWritableTxnMarkerTopic at v0. */
function decWriteTxnMarkersRequestWritableTxnMarkerTopicV0(r: Reader): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const name = r.string();
  const $n23 = r.arrayLength();
  const $a24: number[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(r.int32());
  const partitionIndexes = $a24;
  return {
    name,
    partitionIndexes,
  };
}

/** WriteTxnMarkersRequestWritableTxnMarkerTopic at v1. */
function encWriteTxnMarkersRequestWritableTxnMarkerTopicV1(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarkerTopic): void {
  w.compactString(v.name);
  {
    const $a26 = v.partitionIndexes;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.int32($a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersRequestWritableTxnMarkerTopic at v1. */
function decWriteTxnMarkersRequestWritableTxnMarkerTopicV1(r: Reader): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const name = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: number[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(r.int32());
  const partitionIndexes = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionIndexes,
  };
}

/** WriteTxnMarkersRequest at versions 0-1. */
export const writeTxnMarkersRequestCodec = new MessageCodec<WriteTxnMarkersRequest>(
  "WriteTxnMarkersRequest",
  0,
  [encWriteTxnMarkersRequestV0, encWriteTxnMarkersRequestV1],
  [decWriteTxnMarkersRequestV0, decWriteTxnMarkersRequestV1],
  newWriteTxnMarkersRequest,
);

/** WriteTxnMarkersResponse at v0. */
function encWriteTxnMarkersResponseV0(w: Writer, v: WriteTxnMarkersResponse): void {
  {
    const $a1 = v.markers;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encWriteTxnMarkersResponseWritableTxnMarkerResultV0(w, $a1[$i2]);
    }
  }
}

/** WriteTxnMarkersResponse at v0. */
function decWriteTxnMarkersResponseV0(r: Reader): WriteTxnMarkersResponse {
  const $n3 = r.arrayLength();
  const $a4: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decWriteTxnMarkersResponseWritableTxnMarkerResultV0(r));
  const markers = $a4;
  return {
    markers,
  };
}

/** WriteTxnMarkersResponse at v1. */
function encWriteTxnMarkersResponseV1(w: Writer, v: WriteTxnMarkersResponse): void {
  {
    const $a6 = v.markers;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encWriteTxnMarkersResponseWritableTxnMarkerResultV1(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersResponse at v1. */
function decWriteTxnMarkersResponseV1(r: Reader): WriteTxnMarkersResponse {
  const $n8 = r.compactArrayLength();
  const $a9: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decWriteTxnMarkersResponseWritableTxnMarkerResultV1(r));
  const markers = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    markers,
  };
}

/** WriteTxnMarkersResponseWritableTxnMarkerResult at v0. */
function encWriteTxnMarkersResponseWritableTxnMarkerResultV0(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerResult): void {
  w.int64(v.producerId);
  {
    const $a11 = v.topics;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encWriteTxnMarkersResponseWritableTxnMarkerTopicResultV0(w, $a11[$i12]);
    }
  }
}

/** WriteTxnMarkersResponseWritableTxnMarkerResult at v0. */
function decWriteTxnMarkersResponseWritableTxnMarkerResultV0(r: Reader): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const producerId = r.int64();
  const $n13 = r.arrayLength();
  const $a14: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decWriteTxnMarkersResponseWritableTxnMarkerTopicResultV0(r));
  const topics = $a14;
  return {
    producerId,
    topics,
  };
}

/** WriteTxnMarkersResponseWritableTxnMarkerResult at v1. */
function encWriteTxnMarkersResponseWritableTxnMarkerResultV1(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerResult): void {
  w.int64(v.producerId);
  {
    const $a16 = v.topics;
    w.compactArrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encWriteTxnMarkersResponseWritableTxnMarkerTopicResultV1(w, $a16[$i17]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersResponseWritableTxnMarkerResult at v1. */
function decWriteTxnMarkersResponseWritableTxnMarkerResultV1(r: Reader): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const producerId = r.int64();
  const $n18 = r.compactArrayLength();
  const $a19: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decWriteTxnMarkersResponseWritableTxnMarkerTopicResultV1(r));
  const topics = $a19;
  r.skipTaggedFields(); // none known in this version
  return {
    producerId,
    topics,
  };
}

/** WriteTxnMarkersResponseWritableTxnMarkerTopicResult at v0. */
function encWriteTxnMarkersResponseWritableTxnMarkerTopicResultV0(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult): void {
  w.string(v.name);
  {
    const $a21 = v.partitions;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV0(w, $a21[$i22]);
    }
  }
}

/** WriteTxnMarkersResponseWritableTxnMarkerTopicResult at v0. */
function decWriteTxnMarkersResponseWritableTxnMarkerTopicResultV0(r: Reader): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const name = r.string();
  const $n23 = r.arrayLength();
  const $a24: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV0(r));
  const partitions = $a24;
  return {
    name,
    partitions,
  };
}

/** WriteTxnMarkersResponseWritableTxnMarkerTopicResult at v1. */
function encWriteTxnMarkersResponseWritableTxnMarkerTopicResultV1(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult): void {
  w.compactString(v.name);
  {
    const $a26 = v.partitions;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV1(w, $a26[$i27]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersResponseWritableTxnMarkerTopicResult at v1. */
function decWriteTxnMarkersResponseWritableTxnMarkerTopicResultV1(r: Reader): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const name = r.compactString();
  const $n28 = r.compactArrayLength();
  const $a29: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV1(r));
  const partitions = $a29;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitions,
  };
}

/** WriteTxnMarkersResponseWritableTxnMarkerPartitionResult at v0. */
function encWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV0(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}

/** WriteTxnMarkersResponseWritableTxnMarkerPartitionResult at v0. */
function decWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV0(r: Reader): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  return {
    partitionIndex,
    errorCode,
  };
}

/** WriteTxnMarkersResponseWritableTxnMarkerPartitionResult at v1. */
function encWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV1(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0); // no tagged fields
}

/** WriteTxnMarkersResponseWritableTxnMarkerPartitionResult at v1. */
function decWriteTxnMarkersResponseWritableTxnMarkerPartitionResultV1(r: Reader): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const partitionIndex = r.int32();
  const errorCode = r.int16();
  r.skipTaggedFields(); // none known in this version
  return {
    partitionIndex,
    errorCode,
  };
}

/** WriteTxnMarkersResponse at versions 0-1. */
export const writeTxnMarkersResponseCodec = new MessageCodec<WriteTxnMarkersResponse>(
  "WriteTxnMarkersResponse",
  0,
  [encWriteTxnMarkersResponseV0, encWriteTxnMarkersResponseV1],
  [decWriteTxnMarkersResponseV0, decWriteTxnMarkersResponseV1],
  newWriteTxnMarkersResponse,
);
