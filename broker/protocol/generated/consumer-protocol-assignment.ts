// Kafka ConsumerProtocolAssignment (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ConsumerProtocolAssignment.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ConsumerProtocolAssignment: data, versions 0-3, flexible none. */
export interface ConsumerProtocolAssignment {
  /** (versions 0-3) */
  readonly assignedPartitions: readonly ConsumerProtocolAssignmentTopicPartition[];
  /** (versions 0-3, nullable 0-3, default null) */
  readonly userData: Buffer | null;
}

/** TopicPartition in ConsumerProtocolAssignment. */
export interface ConsumerProtocolAssignmentTopicPartition {
  /** (versions 0-3) */
  readonly topic: string;
  /** (versions 0-3) */
  readonly partitions: readonly number[];
}

/** A ConsumerProtocolAssignment with every field at its spec default. */
export function newConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
  };
}

/** A ConsumerProtocolAssignmentTopicPartition with every field at its spec default. */
export function newConsumerProtocolAssignmentTopicPartition(): ConsumerProtocolAssignmentTopicPartition {
  return {
    topic: "",
    partitions: [],
  };
}

/** ConsumerProtocolAssignment at v0-3. */
function encConsumerProtocolAssignmentV0(w: Writer, v: ConsumerProtocolAssignment): void {
  {
    const $a1 = v.assignedPartitions;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      encConsumerProtocolAssignmentTopicPartitionV0(w, $a1[$i2]);
    }
  }
  w.nullableBytes(v.userData);
}

/** ConsumerProtocolAssignment at v0-3. */
function decConsumerProtocolAssignmentV0(r: Reader): ConsumerProtocolAssignment {
  const $n3 = r.arrayLength();
  const $a4: ConsumerProtocolAssignmentTopicPartition[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(decConsumerProtocolAssignmentTopicPartitionV0(r));
  const assignedPartitions = $a4;
  const userData = r.nullableBytes();
  return {
    assignedPartitions,
    userData,
  };
}

/** ConsumerProtocolAssignmentTopicPartition at v0-3. */
function encConsumerProtocolAssignmentTopicPartitionV0(w: Writer, v: ConsumerProtocolAssignmentTopicPartition): void {
  w.string(v.topic);
  {
    const $a6 = v.partitions;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.int32($a6[$i7]);
    }
  }
}

/** ConsumerProtocolAssignmentTopicPartition at v0-3. */
function decConsumerProtocolAssignmentTopicPartitionV0(r: Reader): ConsumerProtocolAssignmentTopicPartition {
  const topic = r.string();
  const $n8 = r.arrayLength();
  const $a9: number[] = [];
  for (let $i10 = 0; $i10 < $n8; $i10++) $a9.push(r.int32());
  const partitions = $a9;
  return {
    topic,
    partitions,
  };
}

/** ConsumerProtocolAssignment at versions 0-3. */
export const consumerProtocolAssignmentCodec = new MessageCodec<ConsumerProtocolAssignment>(
  "ConsumerProtocolAssignment",
  0,
  [encConsumerProtocolAssignmentV0, encConsumerProtocolAssignmentV0, encConsumerProtocolAssignmentV0, encConsumerProtocolAssignmentV0],
  [decConsumerProtocolAssignmentV0, decConsumerProtocolAssignmentV0, decConsumerProtocolAssignmentV0, decConsumerProtocolAssignmentV0],
  newConsumerProtocolAssignment,
);
