// Partition reassignment over the Kafka protocol: AlterPartitionReassignments and ListPartitionReassignments (KIP-455).
//
// Kafka sends both to the controller and answers NOT_CONTROLLER elsewhere. Here a reassignment is a
// request in the metadata log that the controller carries out (broker/cluster/member.ts), and any
// broker may append one, so every broker accepts them. A listing is this broker's copy of the log,
// behind the controller's by at most one metadata poll (100 ms); clients send both APIs to the
// Metadata controllerId, whose copy is the newest.

import { type ClusterMember, splitKey } from '../cluster/member.ts';
import { ErrorCode } from '../protocol/errors.ts';
import type {
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsRequestReassignablePartition,
  AlterPartitionReassignmentsResponse,
  AlterPartitionReassignmentsResponseReassignablePartitionResponse,
} from '../protocol/generated/alter-partition-reassignments.ts';
import { newAlterPartitionReassignmentsResponse } from '../protocol/generated/alter-partition-reassignments.ts';
import type {
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse,
  ListPartitionReassignmentsResponseOngoingPartitionReassignment,
} from '../protocol/generated/list-partition-reassignments.ts';
import { newListPartitionReassignmentsResponse } from '../protocol/generated/list-partition-reassignments.ts';
import type { MetadataState, TopicMeta } from '../storage/metadata-state.ts';
import { partitionKey } from '../storage/metadata-state.ts';
import { errorCodeOf, type RequestInfo } from './context.ts';

type PartitionResult = AlterPartitionReassignmentsResponseReassignablePartitionResponse;

const oneReplicaOnly =
  'brokers hold no replicas: a partition lives in the object store and is served by its leader alone, ' +
  'so replicas must be exactly one broker id, the new leader';

export async function handleAlterPartitionReassignments(
  body: AlterPartitionReassignmentsRequest,
  request: RequestInfo,
): Promise<AlterPartitionReassignmentsResponse> {
  const responses = await Promise.all(
    body.topics.map(async (topic) => ({
      name: topic.name,
      partitions: await Promise.all(
        topic.partitions.map((wanted) => alterPartition(topic.name, wanted, request)),
      ),
    })),
  );
  return { ...newAlterPartitionReassignmentsResponse(), errorMessage: null, responses };
}

async function alterPartition(
  topicName: string,
  wanted: AlterPartitionReassignmentsRequestReassignablePartition,
  request: RequestInfo,
): Promise<PartitionResult> {
  const { engine, logger, cluster, self } = request.broker;
  const partition = wanted.partitionIndex;
  const ok: PartitionResult = { partitionIndex: partition, errorCode: ErrorCode.NONE, errorMessage: null };
  const fail = (errorCode: number, errorMessage: string): PartitionResult => ({
    partitionIndex: partition,
    errorCode,
    errorMessage,
  });
  const topic = engine.topic(topicName);
  if (!topic || partition < 0 || partition >= topic.partitions)
    return fail(
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      topic
        ? `topic ${topicName} has no partition ${partition} (it has ${topic.partitions})`
        : `topic ${topicName} does not exist`,
    );
  // Alone, this broker leads every partition and nothing moves: as on a single-node Kafka, its
  // own id is the only assignment there is, and it is already in place.
  const member = engine.clustered ? cluster : undefined;
  const replicas = wanted.replicas;
  if (replicas !== null && replicas.length !== 1)
    return fail(
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      `${oneReplicaOnly}; got [${replicas.join(', ')}] for ${topicName}-${partition}`,
    );
  const live = member ? engine.meta.liveBrokers().map((b) => b.nodeId) : [self.nodeId];
  if (replicas !== null && !live.includes(replicas[0]))
    return fail(
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      `broker ${replicas[0]} is not a live broker (live: ${live.join(', ')}); cannot move ${topicName}-${partition} there`,
    );
  try {
    if (replicas !== null) {
      if (member) await requestMove(member, engine.meta, topic, partition, replicas[0]);
      return ok;
    }
    if (member && (await member.cancelReassignment(topic.topicId, partition))) return ok;
    return fail(
      ErrorCode.NO_REASSIGNMENT_IN_PROGRESS,
      `no reassignment of ${topicName}-${partition} is pending (a move the controller has started is completed, not undone)`,
    );
  } catch (error) {
    return fail(errorCodeOf(error, logger), (error as Error).message);
  }
}

/**
 * Records a move unless it is done or asked for already. As in Kafka (KIP-455), the newest request
 * replaces pending ones: the controller would carry out the first pending request of a partition,
 * and its move would clear the others.
 */
async function requestMove(
  member: ClusterMember,
  meta: MetadataState,
  topic: TopicMeta,
  partition: number,
  target: number,
): Promise<void> {
  if (pendingTargets(meta, topic.topicId, partition).some((t) => t !== target))
    await member.cancelReassignment(topic.topicId, partition);
  // Led by the target already, or moving there: a request would only stay pending until the
  // partition next moves. (If the controller started a pending move before the cancellation
  // landed, it leads elsewhere now, and the request below brings it back.)
  if (meta.leaders.get(partitionKey(topic.topicId, partition))?.leader === target) return;
  if (pendingTargets(meta, topic.topicId, partition).includes(target)) return;
  await member.requestReassignment(topic.topicId, partition, target);
}

/** Targets of the pending requests for a partition, in the order the controller considers them. */
function pendingTargets(meta: MetadataState, topicId: string, partition: number): number[] {
  return [...meta.reassignments.values()]
    .filter((r) => r.topicId === topicId && r.partition === partition)
    .map((r) => r.target);
}

export function handleListPartitionReassignments(
  body: ListPartitionReassignmentsRequest,
  request: RequestInfo,
): ListPartitionReassignmentsResponse {
  const { engine } = request.broker;
  const base = { ...newListPartitionReassignmentsResponse(), errorMessage: null };
  // Alone, a broker leads every partition and nothing ever moves.
  if (!engine.clustered || !request.broker.cluster) return { ...base, topics: [] };
  const ongoing = ongoingMoves(engine.meta);
  // Kafka lists only partitions with a reassignment: unknown topics and partitions are left out.
  const wanted =
    body.topics === null ? undefined : new Map(body.topics.map((t) => [t.name, new Set(t.partitionIndexes)]));
  const byTopic = new Map<string, ListPartitionReassignmentsResponseOngoingPartitionReassignment[]>();
  for (const move of ongoing) {
    if (wanted && !wanted.get(move.topic)?.has(move.partitionIndex)) continue;
    const partitions = byTopic.get(move.topic) ?? [];
    partitions.push(move.reassignment);
    byTopic.set(move.topic, partitions);
  }
  const topics = [...byTopic]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, partitions]) => ({
      name,
      partitions: partitions.sort((a, b) => a.partitionIndex - b.partitionIndex),
    }));
  return { ...base, topics };
}

interface OngoingMove {
  readonly topic: string;
  readonly partitionIndex: number;
  readonly reassignment: ListPartitionReassignmentsResponseOngoingPartitionReassignment;
}

/**
 * One entry per partition that is moving or asked to move. A partition's single replica is its
 * leader: a move adds the new leader and removes the old one. A pending request shows where the
 * partition goes next; otherwise a move the previous leader has not released yet shows, so that a
 * client polling the list sees the move until the previous leader has handed the partition over.
 */
function ongoingMoves(meta: MetadataState): OngoingMove[] {
  const moves = new Map<string, OngoingMove>();
  const add = (topicId: string, partitionIndex: number, to: number, from: number | undefined): void => {
    const topic = meta.topicsById.get(topicId);
    const key = partitionKey(topicId, partitionIndex);
    if (!topic || partitionIndex >= topic.partitions || moves.has(key)) return;
    moves.set(key, {
      topic: topic.name,
      partitionIndex,
      reassignment: {
        partitionIndex,
        replicas: [to],
        addingReplicas: [to],
        removingReplicas: from === undefined || from === to ? [] : [from],
      },
    });
  };
  // The first pending request of a partition is the one the controller carries out next.
  for (const request of meta.reassignments.values()) {
    const leader = meta.leaders.get(partitionKey(request.topicId, request.partition));
    // A request for the current leader has nothing left to do (the controller skips it); a move
    // there that is still under way shows below.
    if (leader?.leader === request.target) continue;
    add(request.topicId, request.partition, request.target, leader?.leader);
  }
  for (const [key, leader] of meta.leaders) {
    if (leader.released || leader.previous === undefined) continue;
    const { topicId, partition } = splitKey(key);
    add(topicId, partition, leader.leader, leader.previous);
  }
  return [...moves.values()];
}
