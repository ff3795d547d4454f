// Kafka Produce API (key 0): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ProduceRequest.json, ProduceResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ProduceRequest: request of api key 0, versions 0-11, flexible 9-11. */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (versions 3-11, nullable 3-11, default null) */
  readonly transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (versions 0-11) */
  readonly acks: number;
  /** The timeout to await a response in milliseconds. (versions 0-11) */
  readonly timeoutMs: number;
  /** Each topic to produce to. (versions 0-11) */
  readonly topicData: readonly ProduceRequestTopicProduceData[];
}

/** TopicProduceData in ProduceRequest. */
export interface ProduceRequestTopicProduceData {
  /** The topic name. (versions 0-11) */
  readonly name: string;
  /** Each partition to produce to. (versions 0-11) */
  readonly partitionData: readonly ProduceRequestPartitionProduceData[];
}

/** PartitionProduceData in ProduceRequest. */
export interface ProduceRequestPartitionProduceData {
  /** The partition index. (versions 0-11) */
  readonly index: number;
  /** The record data to be produced. (versions 0-11, nullable 0-11) */
  readonly records: Buffer | null;
}

/** ProduceResponse: response of api key 0, versions 0-11, flexible 9-11. */
export interface ProduceResponse {
  /** Each produce response (versions 0-11) */
  readonly responses: readonly ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-11, default 0) */
  readonly throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (versions 10-11, tag 0 in 10+) */
  readonly nodeEndpoints: readonly ProduceResponseNodeEndpoint[];
}

/** TopicProduceResponse in ProduceResponse. */
export interface ProduceResponseTopicProduceResponse {
  /** The topic name (versions 0-11) */
  readonly name: string;
  /** Each partition that we produced to within the topic. (versions 0-11) */
  readonly partitionResponses: readonly ProduceResponsePartitionProduceResponse[];
}

/** PartitionProduceResponse in ProduceResponse. */
export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. (versions 0-11) */
  readonly index: number;
  /** The error code, or 0 if there was no error. (versions 0-11) */
  readonly errorCode: number;
  /** The base offset. (versions 0-11) */
  readonly baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (versions 2-11, default -1) */
  readonly logAppendTimeMs: bigint;
  /** The log start offset. (versions 5-11, default -1) */
  readonly logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped (versions 8-11) */
  readonly recordErrors: readonly ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped (versions 8-11, nullable 8-11, default null) */
  readonly errorMessage: string | null;
  /** (versions 10-11, tag 0 in 10+) */
  readonly currentLeader: ProduceResponseLeaderIdAndEpoch;
}

/** BatchIndexAndErrorMessage in ProduceResponse. */
export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped (versions 8-11) */
  readonly batchIndex: number;
  /** The error message of the record that caused the batch to be dropped (versions 8-11, nullable 8-11, default null) */
  readonly batchIndexErrorMessage: string | null;
}

/** LeaderIdAndEpoch in ProduceResponse. */
export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 10-11, default -1) */
  readonly leaderId: number;
  /** The latest known leader epoch (versions 10-11, default -1) */
  readonly leaderEpoch: number;
}

/** NodeEndpoint in ProduceResponse. */
export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. (versions 10-11) */
  readonly nodeId: number;
  /** The node's hostname. (versions 10-11) */
  readonly host: string;
  /** The node's port. (versions 10-11) */
  readonly port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 10-11, nullable 10-11, default null) */
  readonly rack: string | null;
}

/** A ProduceRequest with every field at its spec default. */
export function newProduceRequest(): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
  };
}

/** A ProduceRequestTopicProduceData with every field at its spec default. */
export function newProduceRequestTopicProduceData(): ProduceRequestTopicProduceData {
  return {
    name: "",
    partitionData: [],
  };
}

/** A ProduceRequestPartitionProduceData with every field at its spec default. */
export function newProduceRequestPartitionProduceData(): ProduceRequestPartitionProduceData {
  return {
    index: 0,
    records: null,
  };
}

/** A ProduceResponse with every field at its spec default. */
export function newProduceResponse(): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
    nodeEndpoints: [],
  };
}

/** A ProduceResponseTopicProduceResponse with every field at its spec default. */
export function newProduceResponseTopicProduceResponse(): ProduceResponseTopicProduceResponse {
  return {
    name: "",
    partitionResponses: [],
  };
}

/** A ProduceResponsePartitionProduceResponse with every field at its spec default. */
export function newProduceResponsePartitionProduceResponse(): ProduceResponsePartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: newProduceResponseLeaderIdAndEpoch(),
  };
}

/** A ProduceResponseBatchIndexAndErrorMessage with every field at its spec default. */
export function newProduceResponseBatchIndexAndErrorMessage(): ProduceResponseBatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
  };
}

/** A ProduceResponseLeaderIdAndEpoch with every field at its spec default. */
export function newProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

/** A ProduceResponseNodeEndpoint with every field at its spec default. */
export function newProduceResponseNodeEndpoint(): ProduceResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

/** ProduceRequest at v0-2. */
function encProduceRequestV0(w: Writer, v: ProduceRequest): void {
  w.int16(v.acks);
  w.int32(v.timeoutMs);
  {
    const $a1 = v.topicData;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encProduceRequestTopicProduceDataV0(w, $a1[$i2]);
    }
  }
}

/** ProduceRequest at v0-2. */
function decProduceRequestV0(r: Reader): ProduceRequest {
  const acks = r.int16();
  const timeoutMs = r.int32();
  const $n3 = r.arrayLength();
  const $a4: ProduceRequestTopicProduceData[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decProduceRequestTopicProduceDataV0(r));
  const topicData = $a4;
  return {
    transactionalId: null,
    acks,
    timeoutMs,
    topicData,
  };
}

/** ProduceRequest at v3-8. */
function encProduceRequestV3(w: Writer, v: ProduceRequest): void {
  w.nullableString(v.transactionalId);
  w.int16(v.acks);
  w.int32(v.timeoutMs);
  {
    const $a6 = v.topicData;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encProduceRequestTopicProduceDataV0(w, $a6[$i7]);
    }
  }
}

/** ProduceRequest at v3-8. */
function decProduceRequestV3(r: Reader): ProduceRequest {
  const transactionalId = r.nullableString();
  const acks = r.int16();
  const timeoutMs = r.int32();
  const $n8 = r.arrayLength();
  const $a9: ProduceRequestTopicProduceData[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decProduceRequestTopicProduceDataV0(r));
  const topicData = $a9;
  return {
    transactionalId,
    acks,
    timeoutMs,
    topicData,
  };
}

/** ProduceRequest at v9-11. */
function encProduceRequestV9(w: Writer, v: ProduceRequest): void {
  w.compactNullableString(v.transactionalId);
  w.int16(v.acks);
  w.int32(v.timeoutMs);
  {
    const $a11 = v.topicData;
    w.compactArrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encProduceRequestTopicProduceDataV9(w, $a11[$i12]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ProduceRequest at v9-11. */
function decProduceRequestV9(r: Reader): ProduceRequest {
  const transactionalId = r.compactNullableString();
  const acks = r.int16();
  const timeoutMs = r.int32();
  const $n13 = r.compactArrayLength();
  const $a14: ProduceRequestTopicProduceData[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decProduceRequestTopicProduceDataV9(r));
  const topicData = $a14;
  r.skipTaggedFields(); // none known in this version
  return {
    transactionalId,
    acks,
    timeoutMs,
    topicData,
  };
}

/** ProduceRequestTopicProduceData at v0-8. */
function encProduceRequestTopicProduceDataV0(w: Writer, v: ProduceRequestTopicProduceData): void {
  w.string(v.name);
  {
    const $a16 = v.partitionData;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encProduceRequestPartitionProduceDataV0(w, $a16[$i17]);
    }
  }
}

/** ProduceRequestTopicProduceData at v0-8. */
function decProduceRequestTopicProduceDataV0(r: Reader): ProduceRequestTopicProduceData {
  const name = r.string();
  const $n18 = r.arrayLength();
  const $a19: ProduceRequestPartitionProduceData[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decProduceRequestPartitionProduceDataV0(r));
  const partitionData = $a19;
  return {
    name,
    partitionData,
  };
}

/** ProduceRequestTopicProduceData at v9-11. */
function encProduceRequestTopicProduceDataV9(w: Writer, v: ProduceRequestTopicProduceData): void {
  w.compactString(v.name);
  {
    const $a21 = v.partitionData;
    w.compactArrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encProduceRequestPartitionProduceDataV9(w, $a21[$i22]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ProduceRequestTopicProduceData at v9-11. */
function decProduceRequestTopicProduceDataV9(r: Reader): ProduceRequestTopicProduceData {
  const name = r.compactString();
  const $n23 = r.compactArrayLength();
  const $a24: ProduceRequestPartitionProduceData[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decProduceRequestPartitionProduceDataV9(r));
  const partitionData = $a24;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionData,
  };
}

/** ProduceRequestPartitionProduceData at v0-8. */
function encProduceRequestPartitionProduceDataV0(w: Writer, v: ProduceRequestPartitionProduceData): void {
  w.int32(v.index);
  w.records(v.records);
}

/** ProduceRequestPartitionProduceData at v0-8. */
function decProduceRequestPartitionProduceDataV0(r: Reader): ProduceRequestPartitionProduceData {
  const index = r.int32();
  const records = r.records();
  return {
    index,
    records,
  };
}

/** ProduceRequestPartitionProduceData at v9-11. */
function encProduceRequestPartitionProduceDataV9(w: Writer, v: ProduceRequestPartitionProduceData): void {
  w.int32(v.index);
  w.compactRecords(v.records);
  w.uvarint(0); // no tagged fields
}

/** ProduceRequestPartitionProduceData at v9-11. */
function decProduceRequestPartitionProduceDataV9(r: Reader): ProduceRequestPartitionProduceData {
  const index = r.int32();
  const records = r.compactRecords();
  r.skipTaggedFields(); // none known in this version
  return {
    index,
    records,
  };
}

/** ProduceRequest at versions 0-11. */
export const produceRequestCodec = new MessageCodec<ProduceRequest>(
  "ProduceRequest",
  0,
  [encProduceRequestV0, encProduceRequestV0, encProduceRequestV0, encProduceRequestV3, encProduceRequestV3, encProduceRequestV3, encProduceRequestV3, encProduceRequestV3, encProduceRequestV3, encProduceRequestV9, encProduceRequestV9, encProduceRequestV9],
  [decProduceRequestV0, decProduceRequestV0, decProduceRequestV0, decProduceRequestV3, decProduceRequestV3, decProduceRequestV3, decProduceRequestV3, decProduceRequestV3, decProduceRequestV3, decProduceRequestV9, decProduceRequestV9, decProduceRequestV9],
  newProduceRequest,
);

/** ProduceResponse at v0. */
function encProduceResponseV0(w: Writer, v: ProduceResponse): void {
  {
    const $a1 = v.responses;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encProduceResponseTopicProduceResponseV0(w, $a1[$i2]);
    }
  }
}

/** ProduceResponse at v0. */
function decProduceResponseV0(r: Reader): ProduceResponse {
  const $n3 = r.arrayLength();
  const $a4: ProduceResponseTopicProduceResponse[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decProduceResponseTopicProduceResponseV0(r));
  const responses = $a4;
  return {
    responses,
    throttleTimeMs: 0,
    nodeEndpoints: [],
  };
}

/** ProduceResponse at v1. */
function encProduceResponseV1(w: Writer, v: ProduceResponse): void {
  {
    const $a6 = v.responses;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encProduceResponseTopicProduceResponseV0(w, $a6[$i7]);
    }
  }
  w.int32(v.throttleTimeMs);
}

/** ProduceResponse at v1. */
function decProduceResponseV1(r: Reader): ProduceResponse {
  const $n8 = r.arrayLength();
  const $a9: ProduceResponseTopicProduceResponse[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decProduceResponseTopicProduceResponseV0(r));
  const responses = $a9;
  const throttleTimeMs = r.int32();
  return {
    responses,
    throttleTimeMs,
    nodeEndpoints: [],
  };
}

/** ProduceResponse at v2-4. */
function encProduceResponseV2(w: Writer, v: ProduceResponse): void {
  {
    const $a11 = v.responses;
    w.arrayLength($a11.length);
    for (let $i12 = 0; $i12 < $a11.length; $i12++) {
      encProduceResponseTopicProduceResponseV2(w, $a11[$i12]);
    }
  }
  w.int32(v.throttleTimeMs);
}

/** ProduceResponse at v2-4. */
function decProduceResponseV2(r: Reader): ProduceResponse {
  const $n13 = r.arrayLength();
  const $a14: ProduceResponseTopicProduceResponse[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decProduceResponseTopicProduceResponseV2(r));
  const responses = $a14;
  const throttleTimeMs = r.int32();
  return {
    responses,
    throttleTimeMs,
    nodeEndpoints: [],
  };
}

/** ProduceResponse at v5-7. */
function encProduceResponseV5(w: Writer, v: ProduceResponse): void {
  {
    const $a16 = v.responses;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      encProduceResponseTopicProduceResponseV5(w, $a16[$i17]);
    }
  }
  w.int32(v.throttleTimeMs);
}

/** ProduceResponse at v5-7. */
function decProduceResponseV5(r: Reader): ProduceResponse {
  const $n18 = r.arrayLength();
  const $a19: ProduceResponseTopicProduceResponse[] = [];
  for (let $i20 = 0; $i20 < $n18; $i20++) $a19.push(decProduceResponseTopicProduceResponseV5(r));
  const responses = $a19;
  const throttleTimeMs = r.int32();
  return {
    responses,
    throttleTimeMs,
    nodeEndpoints: [],
  };
}

/** ProduceResponse at v8. */
function encProduceResponseV8(w: Writer, v: ProduceResponse): void {
  {
    const $a21 = v.responses;
    w.arrayLength($a21.length);
    for (let $i22 = 0; $i22 < $a21.length; $i22++) {
      encProduceResponseTopicProduceResponseV8(w, $a21[$i22]);
    }
  }
  w.int32(v.throttleTimeMs);
}

/** ProduceResponse at v8. */
function decProduceResponseV8(r: Reader): ProduceResponse {
  const $n23 = r.arrayLength();
  const $a24: ProduceResponseTopicProduceResponse[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decProduceResponseTopicProduceResponseV8(r));
  const responses = $a24;
  const throttleTimeMs = r.int32();
  return {
    responses,
    throttleTimeMs,
    nodeEndpoints: [],
  };
}

/** ProduceResponse at v9. */
function encProduceResponseV9(w: Writer, v: ProduceResponse): void {
  {
    const $a26 = v.responses;
    w.compactArrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      encProduceResponseTopicProduceResponseV9(w, $a26[$i27]);
    }
  }
  w.int32(v.throttleTimeMs);
  w.uvarint(0); // no tagged fields
}

/** ProduceResponse at v9. */
function decProduceResponseV9(r: Reader): ProduceResponse {
  const $n28 = r.compactArrayLength();
  const $a29: ProduceResponseTopicProduceResponse[] = [];
  for (let $i30 = 0; $i30 < $n28; $i30++) $a29.push(decProduceResponseTopicProduceResponseV9(r));
  const responses = $a29;
  const throttleTimeMs = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    responses,
    throttleTimeMs,
    nodeEndpoints: [],
  };
}

/** ProduceResponse at v10-11. */
function encProduceResponseV10(w: Writer, v: ProduceResponse): void {
  {
    const $a31 = v.responses;
    w.compactArrayLength($a31.length);
    for (let $i32 = 0; $i32 < $a31.length; $i32++) {
      encProduceResponseTopicProduceResponseV10(w, $a31[$i32]);
    }
  }
  w.int32(v.throttleTimeMs);
  const $t33 = !(v.nodeEndpoints.length === 0);
  w.uvarint(($t33 ? 1 : 0));
  if ($t33) {
    w.uvarint(0);
    const $s34 = new Writer(64);
    {
      const $a35 = v.nodeEndpoints;
      $s34.compactArrayLength($a35.length);
      for (let $i36 = 0; $i36 < $a35.length; $i36++) {
        encProduceResponseNodeEndpointV10($s34, $a35[$i36]);
      }
    }
    w.uvarint($s34.length);
    w.writer($s34);
  }
}

/** ProduceResponse at v10-11. */
function decProduceResponseV10(r: Reader): ProduceResponse {
  const $n37 = r.compactArrayLength();
  const $a38: ProduceResponseTopicProduceResponse[] = [];
  for (let $i39 = 0; $i39 < $n37; $i39++) $a38.push(decProduceResponseTopicProduceResponseV10(r));
  const responses = $a38;
  const throttleTimeMs = r.int32();
  let nodeEndpoints: readonly ProduceResponseNodeEndpoint[] = [];
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        const $n40 = r.compactArrayLength();
        const $a41: ProduceResponseNodeEndpoint[] = [];
        for (let $i42 = 0; $i42 < $n40; $i42++) $a41.push(decProduceResponseNodeEndpointV10(r));
        nodeEndpoints = $a41;
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    responses,
    throttleTimeMs,
    nodeEndpoints,
  };
}

/** ProduceResponseTopicProduceResponse at v0-1. */
function encProduceResponseTopicProduceResponseV0(w: Writer, v: ProduceResponseTopicProduceResponse): void {
  w.string(v.name);
  {
    const $a43 = v.partitionResponses;
    w.arrayLength($a43.length);
    for (let $i44 = 0; $i44 < $a43.length; $i44++) {
      encProduceResponsePartitionProduceResponseV0(w, $a43[$i44]);
    }
  }
}

/** ProduceResponseTopicProduceResponse at v0-1. */
function decProduceResponseTopicProduceResponseV0(r: Reader): ProduceResponseTopicProduceResponse {
  const name = r.string();
  const $n45 = r.arrayLength();
  const $a46: ProduceResponsePartitionProduceResponse[] = [];
  for (let $i47 = 0; $i47 < $n45; $i47++) $a46.push(decProduceResponsePartitionProduceResponseV0(r));
  const partitionResponses = $a46;
  return {
    name,
    partitionResponses,
  };
}

/** ProduceResponseTopicProduceResponse at v2-4. */
function encProduceResponseTopicProduceResponseV2(w: Writer, v: ProduceResponseTopicProduceResponse): void {
  w.string(v.name);
  {
    const $a48 = v.partitionResponses;
    w.arrayLength($a48.length);
    for (let $i49 = 0; $i49 < $a48.length; $i49++) {
      encProduceResponsePartitionProduceResponseV2(w, $a48[$i49]);
    }
  }
}

/** ProduceResponseTopicProduceResponse at v2-4. */
function decProduceResponseTopicProduceResponseV2(r: Reader): ProduceResponseTopicProduceResponse {
  const name = r.string();
  const $n50 = r.arrayLength();
  const $a51: ProduceResponsePartitionProduceResponse[] = [];
  for (let $i52 = 0; $i52 < $n50; $i52++) $a51.push(decProduceResponsePartitionProduceResponseV2(r));
  const partitionResponses = $a51;
  return {
    name,
    partitionResponses,
  };
}

/** ProduceResponseTopicProduceResponse at v5-7. */
function encProduceResponseTopicProduceResponseV5(w: Writer, v: ProduceResponseTopicProduceResponse): void {
  w.string(v.name);
  {
    const $a53 = v.partitionResponses;
    w.arrayLength($a53.length);
    for (let $i54 = 0; $i54 < $a53.length; $i54++) {
      encProduceResponsePartitionProduceResponseV5(w, $a53[$i54]);
    }
  }
}

/** ProduceResponseTopicProduceResponse at v5-7. */
function decProduceResponseTopicProduceResponseV5(r: Reader): ProduceResponseTopicProduceResponse {
  const name = r.string();
  const $n55 = r.arrayLength();
  const $a56: ProduceResponsePartitionProduceResponse[] = [];
  for (let $i57 = 0; $i57 < $n55; $i57++) $a56.push(decProduceResponsePartitionProduceResponseV5(r));
  const partitionResponses = $a56;
  return {
    name,
    partitionResponses,
  };
}

/** ProduceResponseTopicProduceResponse at v8. */
function encProduceResponseTopicProduceResponseV8(w: Writer, v: ProduceResponseTopicProduceResponse): void {
  w.string(v.name);
  {
    const $a58 = v.partitionResponses;
    w.arrayLength($a58.length);
    for (let $i59 = 0; $i59 < $a58.length; $i59++) {
      encProduceResponsePartitionProduceResponseV8(w, $a58[$i59]);
    }
  }
}

/** ProduceResponseTopicProduceResponse at v8. */
function decProduceResponseTopicProduceResponseV8(r: Reader): ProduceResponseTopicProduceResponse {
  const name = r.string();
  const $n60 = r.arrayLength();
  const $a61: ProduceResponsePartitionProduceResponse[] = [];
  for (let $i62 = 0; $i62 < $n60; $i62++) $a61.push(decProduceResponsePartitionProduceResponseV8(r));
  const partitionResponses = $a61;
  return {
    name,
    partitionResponses,
  };
}

/** ProduceResponseTopicProduceResponse at v9. */
function encProduceResponseTopicProduceResponseV9(w: Writer, v: ProduceResponseTopicProduceResponse): void {
  w.compactString(v.name);
  {
    const $a63 = v.partitionResponses;
    w.compactArrayLength($a63.length);
    for (let $i64 = 0; $i64 < $a63.length; $i64++) {
      encProduceResponsePartitionProduceResponseV9(w, $a63[$i64]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ProduceResponseTopicProduceResponse at v9. */
function decProduceResponseTopicProduceResponseV9(r: Reader): ProduceResponseTopicProduceResponse {
  const name = r.compactString();
  const $n65 = r.compactArrayLength();
  const $a66: ProduceResponsePartitionProduceResponse[] = [];
  for (let $i67 = 0; $i67 < $n65; $i67++) $a66.push(decProduceResponsePartitionProduceResponseV9(r));
  const partitionResponses = $a66;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionResponses,
  };
}

/** ProduceResponseTopicProduceResponse at v10-11. */
function encProduceResponseTopicProduceResponseV10(w: Writer, v: ProduceResponseTopicProduceResponse): void {
  w.compactString(v.name);
  {
    const $a68 = v.partitionResponses;
    w.compactArrayLength($a68.length);
    for (let $i69 = 0; $i69 < $a68.length; $i69++) {
      encProduceResponsePartitionProduceResponseV10(w, $a68[$i69]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ProduceResponseTopicProduceResponse at v10-11. */
function decProduceResponseTopicProduceResponseV10(r: Reader): ProduceResponseTopicProduceResponse {
  const name = r.compactString();
  const $n70 = r.compactArrayLength();
  const $a71: ProduceResponsePartitionProduceResponse[] = [];
  for (let $i72 = 0; $i72 < $n70; $i72++) $a71.push(decProduceResponsePartitionProduceResponseV10(r));
  const partitionResponses = $a71;
  r.skipTaggedFields(); // none known in this version
  return {
    name,
    partitionResponses,
  };
}

/** ProduceResponsePartitionProduceResponse at v0-1. */
function encProduceResponsePartitionProduceResponseV0(w: Writer, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
}

/** ProduceResponsePartitionProduceResponse at v0-1. */
function decProduceResponsePartitionProduceResponseV0(r: Reader): ProduceResponsePartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: newProduceResponseLeaderIdAndEpoch(),
  };
}

/** ProduceResponsePartitionProduceResponse at v2-4. */
function encProduceResponsePartitionProduceResponseV2(w: Writer, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  w.int64(v.logAppendTimeMs);
}

/** ProduceResponsePartitionProduceResponse at v2-4. */
function decProduceResponsePartitionProduceResponseV2(r: Reader): ProduceResponsePartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
    currentLeader: newProduceResponseLeaderIdAndEpoch(),
  };
}

/** ProduceResponsePartitionProduceResponse at v5-7. */
function encProduceResponsePartitionProduceResponseV5(w: Writer, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  w.int64(v.logAppendTimeMs);
  w.int64(v.logStartOffset);
}

/** ProduceResponsePartitionProduceResponse at v5-7. */
function decProduceResponsePartitionProduceResponseV5(r: Reader): ProduceResponsePartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors: [],
    errorMessage: null,
    currentLeader: newProduceResponseLeaderIdAndEpoch(),
  };
}

/** ProduceResponsePartitionProduceResponse at v8. */
function encProduceResponsePartitionProduceResponseV8(w: Writer, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  w.int64(v.logAppendTimeMs);
  w.int64(v.logStartOffset);
  {
    const $a73 = v.recordErrors;
    w.arrayLength($a73.length);
    for (let $i74 = 0; $i74 < $a73.length; $i74++) {
      encProduceResponseBatchIndexAndErrorMessageV8(w, $a73[$i74]);
    }
  }
  w.nullableString(v.errorMessage);
}

/** ProduceResponsePartitionProduceResponse at v8. */
function decProduceResponsePartitionProduceResponseV8(r: Reader): ProduceResponsePartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  const $n75 = r.arrayLength();
  const $a76: ProduceResponseBatchIndexAndErrorMessage[] = [];
  for (let $i77 = 0; $i77 < $n75; $i77++) $a76.push(decProduceResponseBatchIndexAndErrorMessageV8(r));
  const recordErrors = $a76;
  const errorMessage = r.nullableString();
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors,
    errorMessage,
    currentLeader: newProduceResponseLeaderIdAndEpoch(),
  };
}

/** ProduceResponsePartitionProduceResponse at v9. */
function encProduceResponsePartitionProduceResponseV9(w: Writer, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  w.int64(v.logAppendTimeMs);
  w.int64(v.logStartOffset);
  {
    const $a78 = v.recordErrors;
    w.compactArrayLength($a78.length);
    for (let $i79 = 0; $i79 < $a78.length; $i79++) {
      encProduceResponseBatchIndexAndErrorMessageV9(w, $a78[$i79]);
    }
  }
  w.compactNullableString(v.errorMessage);
  w.uvarint(0); // no tagged fields
}

/** ProduceResponsePartitionProduceResponse at v9. */
function decProduceResponsePartitionProduceResponseV9(r: Reader): ProduceResponsePartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  const $n80 = r.compactArrayLength();
  const $a81: ProduceResponseBatchIndexAndErrorMessage[] = [];
  for (let $i82 = 0; $i82 < $n80; $i82++) $a81.push(decProduceResponseBatchIndexAndErrorMessageV9(r));
  const recordErrors = $a81;
  const errorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors,
    errorMessage,
    currentLeader: newProduceResponseLeaderIdAndEpoch(),
  };
}

/** ProduceResponsePartitionProduceResponse at v10-11. */
function encProduceResponsePartitionProduceResponseV10(w: Writer, v: ProduceResponsePartitionProduceResponse): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  w.int64(v.logAppendTimeMs);
  w.int64(v.logStartOffset);
  {
    const $a83 = v.recordErrors;
    w.compactArrayLength($a83.length);
    for (let $i84 = 0; $i84 < $a83.length; $i84++) {
      encProduceResponseBatchIndexAndErrorMessageV9(w, $a83[$i84]);
    }
  }
  w.compactNullableString(v.errorMessage);
  const $t85 = !(isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader));
  w.uvarint(($t85 ? 1 : 0));
  if ($t85) {
    w.uvarint(0);
    const $s86 = new Writer(64);
    encProduceResponseLeaderIdAndEpochV10($s86, v.currentLeader);
    w.uvarint($s86.length);
    w.writer($s86);
  }
}

/** ProduceResponsePartitionProduceResponse at v10-11. */
function decProduceResponsePartitionProduceResponseV10(r: Reader): ProduceResponsePartitionProduceResponse {
  const index = r.int32();
  const errorCode = r.int16();
  const baseOffset = r.int64();
  const logAppendTimeMs = r.int64();
  const logStartOffset = r.int64();
  const $n87 = r.compactArrayLength();
  const $a88: ProduceResponseBatchIndexAndErrorMessage[] = [];
  for (let $i89 = 0; $i89 < $n87; $i89++) $a88.push(decProduceResponseBatchIndexAndErrorMessageV9(r));
  const recordErrors = $a88;
  const errorMessage = r.compactNullableString();
  let currentLeader: ProduceResponseLeaderIdAndEpoch = newProduceResponseLeaderIdAndEpoch();
  for (let $count = r.uvarint(); $count > 0; $count--) {
    const $tag = r.uvarint();
    const $end = r.beginTaggedField(r.uvarint());
    switch ($tag) {
      case 0: {
        currentLeader = decProduceResponseLeaderIdAndEpochV10(r);
        break;
      }
      default:
        break; // unknown tags are skipped (KIP-482)
    }
    r.endTaggedField($end);
  }
  return {
    index,
    errorCode,
    baseOffset,
    logAppendTimeMs,
    logStartOffset,
    recordErrors,
    errorMessage,
    currentLeader,
  };
}

/** ProduceResponseBatchIndexAndErrorMessage at v8. */
function encProduceResponseBatchIndexAndErrorMessageV8(w: Writer, v: ProduceResponseBatchIndexAndErrorMessage): void {
  w.int32(v.batchIndex);
  w.nullableString(v.batchIndexErrorMessage);
}

/** ProduceResponseBatchIndexAndErrorMessage at v8. */
function decProduceResponseBatchIndexAndErrorMessageV8(r: Reader): ProduceResponseBatchIndexAndErrorMessage {
  const batchIndex = r.int32();
  const batchIndexErrorMessage = r.nullableString();
  return {
    batchIndex,
    batchIndexErrorMessage,
  };
}

/** ProduceResponseBatchIndexAndErrorMessage at v9-11. */
function encProduceResponseBatchIndexAndErrorMessageV9(w: Writer, v: ProduceResponseBatchIndexAndErrorMessage): void {
  w.int32(v.batchIndex);
  w.compactNullableString(v.batchIndexErrorMessage);
  w.uvarint(0); // no tagged fields
}

/** ProduceResponseBatchIndexAndErrorMessage at v9-11. */
function decProduceResponseBatchIndexAndErrorMessageV9(r: Reader): ProduceResponseBatchIndexAndErrorMessage {
  const batchIndex = r.int32();
  const batchIndexErrorMessage = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    batchIndex,
    batchIndexErrorMessage,
  };
}

/** ProduceResponseLeaderIdAndEpoch at v10-11. */
function encProduceResponseLeaderIdAndEpochV10(w: Writer, v: ProduceResponseLeaderIdAndEpoch): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0); // no tagged fields
}

/** ProduceResponseLeaderIdAndEpoch at v10-11. */
function decProduceResponseLeaderIdAndEpochV10(r: Reader): ProduceResponseLeaderIdAndEpoch {
  const leaderId = r.int32();
  const leaderEpoch = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    leaderId,
    leaderEpoch,
  };
}

/** ProduceResponseNodeEndpoint at v10-11. */
function encProduceResponseNodeEndpointV10(w: Writer, v: ProduceResponseNodeEndpoint): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0); // no tagged fields
}

/** ProduceResponseNodeEndpoint at v10-11. */
function decProduceResponseNodeEndpointV10(r: Reader): ProduceResponseNodeEndpoint {
  const nodeId = r.int32();
  const host = r.compactString();
  const port = r.int32();
  const rack = r.compactNullableString();
  r.skipTaggedFields(); // none known in this version
  return {
    nodeId,
    host,
    port,
    rack,
  };
}

function isDefaultProduceResponseLeaderIdAndEpoch(v: ProduceResponseLeaderIdAndEpoch): boolean {
  return v.leaderId === -1 &&
    v.leaderEpoch === -1;
}

/** ProduceResponse at versions 0-11. */
export const produceResponseCodec = new MessageCodec<ProduceResponse>(
  "ProduceResponse",
  0,
  [encProduceResponseV0, encProduceResponseV1, encProduceResponseV2, encProduceResponseV2, encProduceResponseV2, encProduceResponseV5, encProduceResponseV5, encProduceResponseV5, encProduceResponseV8, encProduceResponseV9, encProduceResponseV10, encProduceResponseV10],
  [decProduceResponseV0, decProduceResponseV1, decProduceResponseV2, decProduceResponseV2, decProduceResponseV2, decProduceResponseV5, decProduceResponseV5, decProduceResponseV5, decProduceResponseV8, decProduceResponseV9, decProduceResponseV10, decProduceResponseV10],
  newProduceResponse,
);
