// Kafka ConsumerProtocolSubscription (embedded data, not a request): type and codec.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{ConsumerProtocolSubscription.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.
import { type Reader, Writer } from '../buffer.ts';
import { MessageCodec } from '../codec.ts';

/** ConsumerProtocolSubscription: data, versions 0-3, flexible none. */
export interface ConsumerProtocolSubscription {
  /** (versions 0-3) */
  readonly topics: readonly string[];
  /** (versions 0-3, nullable 0-3, default null) */
  readonly userData: Buffer | null;
  /** (versions 1-3) */
  readonly ownedPartitions: readonly ConsumerProtocolSubscriptionTopicPartition[];
  /** (versions 2-3, default -1) */
  readonly generationId: number;
  /** (versions 3, nullable 3, default null) */
  readonly rackId: string | null;
}

/** TopicPartition in ConsumerProtocolSubscription. */
export interface ConsumerProtocolSubscriptionTopicPartition {
  /** (versions 1-3) */
  readonly topic: string;
  /** (versions 1-3) */
  readonly partitions: readonly number[];
}

/** A ConsumerProtocolSubscription with every field at its spec default. */
export function newConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
  };
}

/** A ConsumerProtocolSubscriptionTopicPartition with every field at its spec default. */
export function newConsumerProtocolSubscriptionTopicPartition(): ConsumerProtocolSubscriptionTopicPartition {
  return {
    topic: "",
    partitions: [],
  };
}

/** ConsumerProtocolSubscription at v0. */
function encConsumerProtocolSubscriptionV0(w: Writer, v: ConsumerProtocolSubscription): void {
  {
    const $a1 = v.topics;
    w.arrayLength($a1.length);
    for (let $i2 = 0; $i2 < $a1.length; $i2++) {
      w.string($a1[$i2]);
    }
  }
  w.nullableBytes(v.userData);
}

/** ConsumerProtocolSubscription at v0. */
function decConsumerProtocolSubscriptionV0(r: Reader): ConsumerProtocolSubscription {
  const $n3 = r.arrayLength();
  const $a4: string[] = [];
  for (let $i5 = 0; $i5 < $n3; $i5++) $a4.push(r.string());
  const topics = $a4;
  const userData = r.nullableBytes();
  return {
    topics,
    userData,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
  };
}

/** ConsumerProtocolSubscription at v1. */
function encConsumerProtocolSubscriptionV1(w: Writer, v: ConsumerProtocolSubscription): void {
  {
    const $a6 = v.topics;
    w.arrayLength($a6.length);
    for (let $i7 = 0; $i7 < $a6.length; $i7++) {
      w.string($a6[$i7]);
    }
  }
  w.nullableBytes(v.userData);
  {
    const $a8 = v.ownedPartitions;
    w.arrayLength($a8.length);
    for (let $i9 = 0; $i9 < $a8.length; $i9++) {
      encConsumerProtocolSubscriptionTopicPartitionV1(w, $a8[$i9]);
    }
  }
}

/** ConsumerProtocolSubscription at v1. */
function decConsumerProtocolSubscriptionV1(r: Reader): ConsumerProtocolSubscription {
  const $n10 = r.arrayLength();
  const $a11: string[] = [];
  for (let $i12 = 0; $i12 < $n10; $i12++) $a11.push(r.string());
  const topics = $a11;
  const userData = r.nullableBytes();
  const $n13 = r.arrayLength();
  const $a14: ConsumerProtocolSubscriptionTopicPartition[] = [];
  for (let $i15 = 0; $i15 < $n13; $i15++) $a14.push(decConsumerProtocolSubscriptionTopicPartitionV1(r));
  const ownedPartitions = $a14;
  return {
    topics,
    userData,
    ownedPartitions,
    generationId: -1,
    rackId: null,
  };
}

/** ConsumerProtocolSubscription at v2. */
function encConsumerProtocolSubscriptionV2(w: Writer, v: ConsumerProtocolSubscription): void {
  {
    const $a16 = v.topics;
    w.arrayLength($a16.length);
    for (let $i17 = 0; $i17 < $a16.length; $i17++) {
      w.string($a16[$i17]);
    }
  }
  w.nullableBytes(v.userData);
  {
    const $a18 = v.ownedPartitions;
    w.arrayLength($a18.length);
    for (let $i19 = 0; $i19 < $a18.length; $i19++) {
      encConsumerProtocolSubscriptionTopicPartitionV1(w, $a18[$i19]);
    }
  }
  w.int32(v.generationId);
}

/** ConsumerProtocolSubscription at v2. */
function decConsumerProtocolSubscriptionV2(r: Reader): ConsumerProtocolSubscription {
  const $n20 = r.arrayLength();
  const $a21: string[] = [];
  for (let $i22 = 0; $i22 < $n20; $i22++) $a21.push(r.string());
  const topics = $a21;
  const userData = r.nullableBytes();
  const $n23 = r.arrayLength();
  const $a24: ConsumerProtocolSubscriptionTopicPartition[] = [];
  for (let $i25 = 0; $i25 < $n23; $i25++) $a24.push(decConsumerProtocolSubscriptionTopicPartitionV1(r));
  const ownedPartitions = $a24;
  const generationId = r.int32();
  return {
    topics,
    userData,
    ownedPartitions,
    generationId,
    rackId: null,
  };
}

/** ConsumerProtocolSubscription at v3. */
function encConsumerProtocolSubscriptionV3(w: Writer, v: ConsumerProtocolSubscription): void {
  {
    const $a26 = v.topics;
    w.arrayLength($a26.length);
    for (let $i27 = 0; $i27 < $a26.length; $i27++) {
      w.string($a26[$i27]);
    }
  }
  w.nullableBytes(v.userData);
  {
    const $a28 = v.ownedPartitions;
    w.arrayLength($a28.length);
    for (let $i29 = 0; $i29 < $a28.length; $i29++) {
      encConsumerProtocolSubscriptionTopicPartitionV1(w, $a28[$i29]);
    }
  }
  w.int32(v.generationId);
  w.nullableString(v.rackId);
}

/** ConsumerProtocolSubscription at v3. */
function decConsumerProtocolSubscriptionV3(r: Reader): ConsumerProtocolSubscription {
  const $n30 = r.arrayLength();
  const $a31: string[] = [];
  for (let $i32 = 0; $i32 < $n30; $i32++) $a31.push(r.string());
  const topics = $a31;
  const userData = r.nullableBytes();
  const $n33 = r.arrayLength();
  const $a34: ConsumerProtocolSubscriptionTopicPartition[] = [];
  for (let $i35 = 0; $i35 < $n33; $i35++) $a34.push(decConsumerProtocolSubscriptionTopicPartitionV1(r));
  const ownedPartitions = $a34;
  const generationId = r.int32();
  const rackId = r.nullableString();
  return {
    topics,
    userData,
    ownedPartitions,
    generationId,
    rackId,
  };
}

/** ConsumerProtocolSubscriptionTopicPartition at v1-3. */
function encConsumerProtocolSubscriptionTopicPartitionV1(w: Writer, v: ConsumerProtocolSubscriptionTopicPartition): void {
  w.string(v.topic);
  {
    const $a36 = v.partitions;
    w.arrayLength($a36.length);
    for (let $i37 = 0; $i37 < $a36.length; $i37++) {
      w.int32($a36[$i37]);
    }
  }
}

/** ConsumerProtocolSubscriptionTopicPartition at v1-3. */
function decConsumerProtocolSubscriptionTopicPartitionV1(r: Reader): ConsumerProtocolSubscriptionTopicPartition {
  const topic = r.string();
  const $n38 = r.arrayLength();
  const $a39: number[] = [];
  for (let $i40 = 0; $i40 < $n38; $i40++) $a39.push(r.int32());
  const partitions = $a39;
  return {
    topic,
    partitions,
  };
}

/** ConsumerProtocolSubscription at versions 0-3. */
export const consumerProtocolSubscriptionCodec = new MessageCodec<ConsumerProtocolSubscription>(
  "ConsumerProtocolSubscription",
  0,
  [encConsumerProtocolSubscriptionV0, encConsumerProtocolSubscriptionV1, encConsumerProtocolSubscriptionV2, encConsumerProtocolSubscriptionV3],
  [decConsumerProtocolSubscriptionV0, decConsumerProtocolSubscriptionV1, decConsumerProtocolSubscriptionV2, decConsumerProtocolSubscriptionV3],
  newConsumerProtocolSubscription,
);
