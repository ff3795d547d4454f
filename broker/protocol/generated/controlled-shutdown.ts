// Kafka ControlledShutdown API (key 7): request and response types and codecs.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ControlledShutdownRequest.json, ControlledShutdownResponse.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ControlledShutdownRequest: request of api key 7, versions 0-3, flexible 3. */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. (versions 0-3) */
  readonly brokerId: number;
  /** The broker epoch. (versions 2-3, default -1) */
  readonly brokerEpoch: bigint;
}

/** ControlledShutdownResponse: response of api key 7, versions 0-3, flexible 3. */
export interface ControlledShutdownResponse {
  /** The top-level error code. (versions 0-3) */
  readonly errorCode: number;
  /** The partitions that the broker still leads. (versions 0-3) */
  readonly remainingPartitions: readonly ControlledShutdownResponseRemainingPartition[];
}

/** RemainingPartition in ControlledShutdownResponse. */
export interface ControlledShutdownResponseRemainingPartition {
  /** The name of the topic. (versions 0-3) */
  readonly topicName: string;
  /** The index of the partition. (versions 0-3) */
  readonly partitionIndex: number;
}

/** A ControlledShutdownRequest with every field at its spec default. */
export function newControlledShutdownRequest(): ControlledShutdownRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

/** A ControlledShutdownResponse with every field at its spec default. */
export function newControlledShutdownResponse(): ControlledShutdownResponse {
  return {
    errorCode: 0,
    remainingPartitions: [],
  };
}

/** A ControlledShutdownResponseRemainingPartition with every field at its spec default. */
export function newControlledShutdownResponseRemainingPartition(): ControlledShutdownResponseRemainingPartition {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

/** ControlledShutdownRequest at v0-1. */
function encControlledShutdownRequestV0(w: Writer, v: ControlledShutdownRequest): void {
  w.int32(v.brokerId);
}

/** ControlledShutdownRequest at v0-1. */
function decControlledShutdownRequestV0(r: Reader): ControlledShutdownRequest {
  const brokerId = r.int32();
  return {
    brokerId,
    brokerEpoch: -1n,
  };
}

/** ControlledShutdownRequest at v2. */
function encControlledShutdownRequestV2(w: Writer, v: ControlledShutdownRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
}

/** ControlledShutdownRequest at v2. */
function decControlledShutdownRequestV2(r: Reader): ControlledShutdownRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  return {
    brokerId,
    brokerEpoch,
  };
}

/** ControlledShutdownRequest at v3. */
function encControlledShutdownRequestV3(w: Writer, v: ControlledShutdownRequest): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0); // no tagged fields
}

/** ControlledShutdownRequest at v3. */
function decControlledShutdownRequestV3(r: Reader): ControlledShutdownRequest {
  const brokerId = r.int32();
  const brokerEpoch = r.int64();
  r.skipTaggedFields(); // none known in this version
  return {
    brokerId,
    brokerEpoch,
  };
}

/** ControlledShutdownRequest at versions 0-3. */
export const controlledShutdownRequestCodec = new MessageCodec<ControlledShutdownRequest>(
  "ControlledShutdownRequest",
  0,
  [encControlledShutdownRequestV0, encControlledShutdownRequestV0, encControlledShutdownRequestV2, encControlledShutdownRequestV3],
  [decControlledShutdownRequestV0, decControlledShutdownRequestV0, decControlledShutdownRequestV2, decControlledShutdownRequestV3],
  newControlledShutdownRequest,
);

/** ControlledShutdownResponse at v0-2. */
function encControlledShutdownResponseV0(w: Writer, v: ControlledShutdownResponse): void {
  w.int16(v.errorCode);
  {
    const $a1 = v.remainingPartitions;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encControlledShutdownResponseRemainingPartitionV0(w, $a1[$i2]);
    }
  }
}

/** ControlledShutdownResponse at v0-2. */
function decControlledShutdownResponseV0(r: Reader): ControlledShutdownResponse {
  const errorCode = r.int16();
  const $n3 = r.arrayLength();
  const $a4: ControlledShutdownResponseRemainingPartition[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decControlledShutdownResponseRemainingPartitionV0(r));
  const remainingPartitions = $a4;
  return {
    errorCode,
    remainingPartitions,
  };
}

/** ControlledShutdownResponse at v3. */
function encControlledShutdownResponseV3(w: Writer, v: ControlledShutdownResponse): void {
  w.int16(v.errorCode);
  {
    const $a6 = v.remainingPartitions;
    w.compactArrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      encControlledShutdownResponseRemainingPartitionV3(w, $a6[$i7]);
    }
  }
  w.uvarint(0); // no tagged fields
}

/** ControlledShutdownResponse at v3. */
function decControlledShutdownResponseV3(r: Reader): ControlledShutdownResponse {
  const errorCode = r.int16();
  const $n8 = r.compactArrayLength();
  const $a9: ControlledShutdownResponseRemainingPartition[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(decControlledShutdownResponseRemainingPartitionV3(r));
  const remainingPartitions = $a9;
  r.skipTaggedFields(); // none known in this version
  return {
    errorCode,
    remainingPartitions,
  };
}

/** ControlledShutdownResponseRemainingPartition at v0-2. */
function encControlledShutdownResponseRemainingPartitionV0(w: Writer, v: ControlledShutdownResponseRemainingPartition): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
}

/** ControlledShutdownResponseRemainingPartition at v0-2. */
function decControlledShutdownResponseRemainingPartitionV0(r: Reader): ControlledShutdownResponseRemainingPartition {
  const topicName = r.string();
  const partitionIndex = r.int32();
  return {
    topicName,
    partitionIndex,
  };
}

/** ControlledShutdownResponseRemainingPartition at v3. */
function encControlledShutdownResponseRemainingPartitionV3(w: Writer, v: ControlledShutdownResponseRemainingPartition): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0); // no tagged fields
}

/** ControlledShutdownResponseRemainingPartition at v3. */
function decControlledShutdownResponseRemainingPartitionV3(r: Reader): ControlledShutdownResponseRemainingPartition {
  const topicName = r.compactString();
  const partitionIndex = r.int32();
  r.skipTaggedFields(); // none known in this version
  return {
    topicName,
    partitionIndex,
  };
}

/** ControlledShutdownResponse at versions 0-3. */
export const controlledShutdownResponseCodec = new MessageCodec<ControlledShutdownResponse>(
  "ControlledShutdownResponse",
  0,
  [encControlledShutdownResponseV0, encControlledShutdownResponseV0, encControlledShutdownResponseV0, encControlledShutdownResponseV3],
  [decControlledShutdownResponseV0, decControlledShutdownResponseV0, decControlledShutdownResponseV0, decControlledShutdownResponseV3],
  newControlledShutdownResponse,
);
