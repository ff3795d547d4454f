// Partition choice for producers: Kafka's murmur2 default partitioner for keyed records, round robin without a key.
import { assert } from '../common/errors.ts';

const SEED = 0x9747b28c | 0;
const M = 0x5bd1e995;

/**
 * Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2) as a signed 32-bit integer, so a
 * key lands on the partition a Java, librdkafka (`murmur2_random`) or kafkajs producer would pick.
 */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const length4 = length >>> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = data[i4] | (data[i4 + 1] << 8) | (data[i4 + 2] << 16) | (data[i4 + 3] << 24);
    k = Math.imul(k, M);
    k ^= k >>> 24;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  // The tail bytes, as Java's fall-through switch mixes them.
  const tail = length & ~3;
  const rest = length & 3;
  if (rest > 0) {
    if (rest === 3) h ^= data[tail + 2] << 16;
    if (rest >= 2) h ^= data[tail + 1] << 8;
    h ^= data[tail];
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's `Utils.toPositive`: clears the sign bit (not `Math.abs`, which fails on -2^31). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** The partition Kafka's default partitioner gives a keyed record on a topic of `numPartitions`. */
export function kafkaPartition(key: Uint8Array, numPartitions: number): number {
  return toPositive(murmur2(key)) % numPartitions;
}

/**
 * Picks the partition of each record before it is sent, so that the producer knows the record's
 * per-partition sequence (`lh.seq`) up front. Keyed records hash over `partitions` (all of the
 * topic's partitions: exactly Kafka's default partitioner; an explicit subset: the same hash
 * modulo the subset); records without a key go round robin.
 */
export class PartitionChooser {
  readonly partitions: readonly number[];
  #next = 0;

  constructor(partitions: readonly number[]) {
    assert(partitions.length > 0, 'a producer needs at least one partition');
    this.partitions = partitions;
  }

  choose(key: Uint8Array | null): number {
    const n = this.partitions.length;
    if (key === null) {
      const p = this.partitions[this.#next];
      this.#next = this.#next + 1 === n ? 0 : this.#next + 1;
      return p;
    }
    return this.partitions[toPositive(murmur2(key)) % n];
  }
}
