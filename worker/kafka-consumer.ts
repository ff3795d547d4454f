// kafkajs consumers for the consumer and reader roles: explicit assignment without a real group, and starting positions.
import { randomBytes } from 'node:crypto';
import {
  type Admin,
  AssignerProtocol,
  type Consumer,
  type Kafka,
  type PartitionAssigner,
  PartitionAssigners,
} from 'kafkajs';

/**
 * kafkajs has no `assign()`: every consumer is a group member. Explicit assignment is a group of
 * one with a unique id whose assigner hands this member exactly `partitions` (or every partition
 * of the topic): no other member can join a group nobody else knows, so nothing rebalances away.
 * Offsets of these throwaway groups are never committed.
 */
export function explicitAssigner(topic: string, partitions: readonly number[] | null): PartitionAssigner {
  return ({ cluster }) => ({
    name: 'LonghaulExplicitAssigner',
    version: 0,
    async assign({ members }) {
      const wanted =
        partitions ??
        (cluster as unknown as { findTopicPartitionMetadata(t: string): { partitionId: number }[] })
          .findTopicPartitionMetadata(topic)
          .map((m) => m.partitionId);
      return members.map((member, i) => ({
        memberId: member.memberId,
        memberAssignment: AssignerProtocol.MemberAssignment.encode({
          version: 0,
          assignment: i === 0 ? { [topic]: [...wanted] } : {},
          userData: Buffer.alloc(0),
        }),
      }));
    },
    protocol({ topics }) {
      return {
        name: 'LonghaulExplicitAssigner',
        metadata: AssignerProtocol.MemberMetadata.encode({ version: 0, topics, userData: Buffer.alloc(0) }),
      };
    },
  });
}

/** A group id nobody else uses, for explicit assignment. */
export function privateGroupId(roleId: string): string {
  return `longhaul-private-${roleId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}-${randomBytes(6).toString('hex')}`;
}

export interface ConsumerOptions {
  readonly kafka: Kafka;
  readonly topic: string;
  /** A real group (subscription, rebalances), or null for explicit assignment of `partitions`. */
  readonly group: string | null;
  readonly roleId: string;
  readonly partitions: readonly number[] | null;
}

export function createConsumer(options: ConsumerOptions): Consumer {
  const explicit = options.group === null;
  return options.kafka.consumer({
    groupId: options.group ?? privateGroupId(options.roleId),
    partitionAssigners: explicit
      ? [explicitAssigner(options.topic, options.partitions)]
      : [PartitionAssigners.roundRobin],
    // Short waits so a reader notices the end, a stop is quick, and tail latency stays low.
    maxWaitTimeInMs: 250,
    allowAutoTopicCreation: false,
    retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: 30 },
  });
}

/**
 * Seeks every assigned partition to `offsets` at the first group join, before any fetch
 * (kafkajs emits GROUP_JOIN inside `run()`, between join and the first fetch).
 */
export function seekOnJoin(consumer: Consumer, topic: string, offsets: ReadonlyMap<number, number>): void {
  let done = false;
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    if (done) return;
    done = true;
    const assigned = event.payload.memberAssignment[topic] ?? [];
    for (const partition of assigned) {
      const offset = offsets.get(partition);
      if (offset !== undefined) consumer.seek({ topic, partition, offset: String(offset) });
    }
  });
}

/** Offsets of the first records at or after `timestamp_ms`, per partition (the high watermark where none). */
export async function offsetsForTimestamp(
  admin: Admin,
  topic: string,
  timestamp_ms: number,
): Promise<Map<number, number>> {
  const byTime = await admin.fetchTopicOffsetsByTimestamp(topic, timestamp_ms);
  const high = await admin.fetchTopicOffsets(topic);
  const out = new Map<number, number>();
  for (const { partition, offset } of byTime) {
    const n = Number(offset);
    out.set(partition, n >= 0 ? n : Number(high.find((h) => h.partition === partition)?.high ?? 0));
  }
  return out;
}
