// What every request handler gets: the broker's parts, and the mapping of engine errors to Kafka codes.
import type { Logger } from '../../common/log.ts';
import type { ClusterMember } from '../cluster/member.ts';
import type { GroupCoordinator } from '../groups/coordinator.ts';
import type { BrokerMetrics } from '../metrics.ts';
import type { BrokerMutations } from '../mutations.ts';
import { ErrorCode } from '../protocol/errors.ts';
import type { RequestHeader } from '../protocol/generated/request-header.ts';
import { type StorageEngine, StorageError } from '../storage/engine.ts';

export interface BrokerNode {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

export interface BrokerContext {
  readonly engine: StorageEngine;
  readonly groups: GroupCoordinator;
  readonly metrics: BrokerMetrics;
  readonly logger: Logger;
  /** This broker, as clients should dial it (the advertised listener). */
  readonly self: BrokerNode;
  readonly autoCreateTopics: boolean;
  readonly defaultPartitions: number;
  /** Test-only mutations of produce and fetch; present only with --enable-fault-injection. */
  readonly mutations?: BrokerMutations;
  /** Heartbeats, the controller lease and partition moves; absent in handler unit tests. */
  readonly cluster?: ClusterMember;
}

export interface RequestInfo {
  readonly apiVersion: number;
  readonly header: RequestHeader;
  readonly clientHost: string;
  readonly broker: BrokerContext;
}

/** Kafka error code for an engine error; anything unexpected is logged and reported as such. */
export function errorCodeOf(error: unknown, logger: Logger): number {
  if (error instanceof StorageError) {
    switch (error.kind) {
      case 'unknown-topic-or-partition':
        return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      case 'out-of-order-sequence':
        return ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER;
      case 'invalid-producer-epoch':
        return ErrorCode.INVALID_PRODUCER_EPOCH;
      case 'storage-unavailable':
        // Retriable for every client; the write was not acked and will be retried.
        return ErrorCode.KAFKA_STORAGE_ERROR;
      case 'offset-out-of-range':
        return ErrorCode.OFFSET_OUT_OF_RANGE;
      case 'topic-exists':
        return ErrorCode.TOPIC_ALREADY_EXISTS;
      case 'invalid-partitions':
        return ErrorCode.INVALID_PARTITIONS;
      case 'invalid-config':
        return ErrorCode.INVALID_CONFIG;
      case 'fenced':
      case 'not-leader':
        return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    }
  }
  logger.error({ err: error }, 'unexpected error in a request handler');
  return ErrorCode.UNKNOWN_SERVER_ERROR;
}

/**
 * Why this broker has no log for a partition: another broker leads it (the client refreshes its
 * metadata and moves on), or it does not exist.
 */
export function missingLogCode(engine: StorageEngine, topic: string, partition: number): number {
  return engine.partitionExists(topic, partition)
    ? ErrorCode.NOT_LEADER_OR_FOLLOWER
    : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
}

/** The group's coordinator (this broker when it runs alone), or undefined while no broker is live. */
export function coordinatorOf(broker: BrokerContext, group: string): BrokerNode | undefined {
  if (!broker.engine.clustered) return broker.self;
  const nodeId = broker.engine.meta.coordinatorFor(group);
  if (nodeId === undefined) return undefined;
  if (nodeId === broker.self.nodeId) return broker.self;
  const member = broker.engine.meta.brokers.get(nodeId);
  return member ? { nodeId, host: member.host, port: member.port } : undefined;
}

export function isCoordinatorHere(broker: BrokerContext, group: string): boolean {
  return coordinatorOf(broker, group)?.nodeId === broker.self.nodeId;
}

/** Brokers clients may dial: the live members, or this broker alone. */
export function liveNodes(broker: BrokerContext): BrokerNode[] {
  if (!broker.engine.clustered) return [broker.self];
  const nodes = broker.engine.meta
    .liveBrokers()
    .map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port }));
  return nodes.some((n) => n.nodeId === broker.self.nodeId) ? nodes : [...nodes, broker.self];
}

const legalTopicName = /^[a-zA-Z0-9._-]{1,249}$/;

/** Kafka's topic name rule: 1-249 of [a-zA-Z0-9._-], and not `.` or `..`. */
export function invalidTopicName(name: string): string | undefined {
  if (!legalTopicName.test(name)) return `topic name "${name}" must be 1-249 characters of [a-zA-Z0-9._-]`;
  if (name === '.' || name === '..') return `topic name "${name}" is reserved`;
  return undefined;
}
