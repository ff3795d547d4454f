// ApiVersions, Metadata, FindCoordinator and DescribeCluster: how clients discover the broker.
import { ErrorCode } from '../protocol/errors.ts';
import type { ApiVersionsResponse } from '../protocol/generated/api-versions.ts';
import { newApiVersionsResponse } from '../protocol/generated/api-versions.ts';
import {
  type DescribeClusterRequest,
  type DescribeClusterResponse,
  newDescribeClusterResponse,
} from '../protocol/generated/describe-cluster.ts';
import {
  type FindCoordinatorRequest,
  type FindCoordinatorResponse,
  newFindCoordinatorResponse,
  newFindCoordinatorResponseCoordinator,
} from '../protocol/generated/find-coordinator.ts';
import {
  type MetadataRequest,
  type MetadataResponse,
  type MetadataResponseTopic,
  newMetadataResponse,
  newMetadataResponsePartition,
  newMetadataResponseTopic,
} from '../protocol/generated/metadata.ts';
import type { TopicMeta } from '../storage/metadata-state.ts';
import { partitionKey } from '../storage/metadata-state.ts';
import { coordinatorOf, errorCodeOf, invalidTopicName, liveNodes, type RequestInfo } from './context.ts';

/** Kafka's "authorized operations not requested" marker. */
const operationsNotRequested = -2147483648;

export function apiVersionsResponse(
  supported: ReadonlyMap<number, readonly [number, number]>,
  errorCode: number,
): ApiVersionsResponse {
  return {
    ...newApiVersionsResponse(),
    errorCode,
    apiKeys: [...supported].map(([apiKey, [minVersion, maxVersion]]) => ({ apiKey, minVersion, maxVersion })),
  };
}

function describeTopic(
  topic: TopicMeta,
  request: RequestInfo,
  live: ReadonlySet<number>,
): MetadataResponseTopic {
  const { self, engine } = request.broker;
  const partitions = [];
  for (let index = 0; index < topic.partitions; index++) {
    const leader = engine.clustered
      ? engine.meta.leaders.get(partitionKey(topic.topicId, index))
      : { leader: self.nodeId, leaderEpoch: 0 };
    // A partition whose leader is gone (failover in progress) has none for now: clients retry.
    const leaderId = leader && live.has(leader.leader) ? leader.leader : -1;
    partitions.push({
      ...newMetadataResponsePartition(),
      errorCode: leaderId === -1 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
      partitionIndex: index,
      leaderId,
      leaderEpoch: leader?.leaderEpoch ?? -1,
      replicaNodes: leaderId === -1 ? [] : [leaderId],
      isrNodes: leaderId === -1 ? [] : [leaderId],
    });
  }
  return {
    ...newMetadataResponseTopic(),
    name: topic.name,
    topicId: topic.topicId,
    partitions,
    topicAuthorizedOperations: operationsNotRequested,
  };
}

export async function handleMetadata(body: MetadataRequest, request: RequestInfo): Promise<MetadataResponse> {
  const { engine, autoCreateTopics } = request.broker;
  // v0: an empty list means all topics; v1+: null means all, empty means none.
  const all = body.topics === null || (request.apiVersion === 0 && body.topics.length === 0);
  const topics: MetadataResponseTopic[] = [];
  const nodes = liveNodes(request.broker);
  const live = new Set(nodes.map((n) => n.nodeId));
  if (all) {
    for (const topic of engine.topics()) topics.push(describeTopic(topic, request, live));
  } else {
    const allowCreate = autoCreateTopics && (request.apiVersion < 4 || body.allowAutoTopicCreation);
    for (const wanted of body.topics ?? []) {
      const name = wanted.name ?? engine.meta.topicsById.get(wanted.topicId)?.name ?? null;
      let topic = name === null ? undefined : engine.topic(name);
      let errorCode: number = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      if (!topic && name !== null && allowCreate) {
        if (invalidTopicName(name)) errorCode = ErrorCode.INVALID_TOPIC_EXCEPTION;
        else {
          try {
            topic = await engine.ensureTopic(name);
          } catch (error) {
            errorCode = errorCodeOf(error, request.broker.logger);
          }
        }
      }
      if (topic) topics.push(describeTopic(topic, request, live));
      else topics.push({ ...newMetadataResponseTopic(), errorCode, name, topicId: wanted.topicId });
    }
  }
  return {
    ...newMetadataResponse(),
    brokers: nodes.map((n) => ({ nodeId: n.nodeId, host: n.host, port: n.port, rack: null })),
    clusterId: engine.clusterId,
    controllerId: controllerIdOf(request),
    topics,
    clusterAuthorizedOperations: operationsNotRequested,
  };
}

function controllerIdOf(request: RequestInfo): number {
  const { engine, self } = request.broker;
  // Admin requests go to the controller id; any broker can serve them, so never answer "none".
  const controller = engine.meta.controller?.nodeId;
  return engine.clustered && controller !== undefined && engine.meta.brokers.has(controller)
    ? controller
    : self.nodeId;
}

export function handleFindCoordinator(
  body: FindCoordinatorRequest,
  request: RequestInfo,
): FindCoordinatorResponse {
  // keyType 0 = group, 1 = transaction (not supported: no transactions yet).
  const find = (key: string) => {
    if (body.keyType !== 0)
      return {
        errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE,
        errorMessage: 'transactions are not supported by this broker',
        node: undefined,
      };
    const node = coordinatorOf(request.broker, key);
    return node
      ? { errorCode: ErrorCode.NONE, errorMessage: null, node }
      : { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, errorMessage: 'no live broker', node: undefined };
  };
  // v0-3 ask for one key; v4+ batch keys (KIP-699).
  const single = find(body.key);
  return {
    ...newFindCoordinatorResponse(),
    errorCode: single.errorCode,
    errorMessage: single.errorMessage,
    nodeId: single.node?.nodeId ?? -1,
    host: single.node?.host ?? '',
    port: single.node?.port ?? -1,
    coordinators: body.coordinatorKeys.map((key) => {
      const found = find(key);
      return {
        ...newFindCoordinatorResponseCoordinator(),
        key,
        nodeId: found.node?.nodeId ?? -1,
        host: found.node?.host ?? '',
        port: found.node?.port ?? -1,
        errorCode: found.errorCode,
        errorMessage: found.errorMessage,
      };
    }),
  };
}

export function handleDescribeCluster(
  _body: DescribeClusterRequest,
  request: RequestInfo,
): DescribeClusterResponse {
  const { engine } = request.broker;
  return {
    ...newDescribeClusterResponse(),
    clusterId: engine.clusterId,
    controllerId: controllerIdOf(request),
    brokers: liveNodes(request.broker).map((n) => ({
      brokerId: n.nodeId,
      host: n.host,
      port: n.port,
      rack: null,
    })),
    clusterAuthorizedOperations: operationsNotRequested,
  };
}
