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
import { errorCodeOf, invalidTopicName, type RequestInfo } from './context.ts';

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

function describeTopic(topic: TopicMeta, request: RequestInfo): MetadataResponseTopic {
  const { self } = request.broker;
  const partitions = [];
  for (let index = 0; index < topic.partitions; index++) {
    partitions.push({
      ...newMetadataResponsePartition(),
      partitionIndex: index,
      leaderId: self.nodeId,
      leaderEpoch: 0,
      replicaNodes: [self.nodeId],
      isrNodes: [self.nodeId],
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
  const { engine, self, autoCreateTopics } = request.broker;
  // v0: an empty list means all topics; v1+: null means all, empty means none.
  const all = body.topics === null || (request.apiVersion === 0 && body.topics.length === 0);
  const topics: MetadataResponseTopic[] = [];
  if (all) {
    for (const topic of engine.topics()) topics.push(describeTopic(topic, request));
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
      if (topic) topics.push(describeTopic(topic, request));
      else topics.push({ ...newMetadataResponseTopic(), errorCode, name, topicId: wanted.topicId });
    }
  }
  return {
    ...newMetadataResponse(),
    brokers: [{ nodeId: self.nodeId, host: self.host, port: self.port, rack: null }],
    clusterId: engine.clusterId,
    controllerId: self.nodeId,
    topics,
    clusterAuthorizedOperations: operationsNotRequested,
  };
}

export function handleFindCoordinator(
  body: FindCoordinatorRequest,
  request: RequestInfo,
): FindCoordinatorResponse {
  const { self } = request.broker;
  // keyType 0 = group, 1 = transaction (not supported: no transactions yet).
  const errorCode = body.keyType === 0 ? ErrorCode.NONE : ErrorCode.COORDINATOR_NOT_AVAILABLE;
  const found = errorCode === ErrorCode.NONE;
  // v0-3 ask for one key; v4+ batch keys (KIP-699).
  return {
    ...newFindCoordinatorResponse(),
    errorCode,
    errorMessage: found ? null : 'transactions are not supported by this broker',
    nodeId: found ? self.nodeId : -1,
    host: found ? self.host : '',
    port: found ? self.port : -1,
    coordinators: body.coordinatorKeys.map((key) => ({
      ...newFindCoordinatorResponseCoordinator(),
      key,
      nodeId: found ? self.nodeId : -1,
      host: found ? self.host : '',
      port: found ? self.port : -1,
      errorCode,
      errorMessage: found ? null : 'transactions are not supported by this broker',
    })),
  };
}

export function handleDescribeCluster(
  _body: DescribeClusterRequest,
  request: RequestInfo,
): DescribeClusterResponse {
  const { engine, self } = request.broker;
  return {
    ...newDescribeClusterResponse(),
    clusterId: engine.clusterId,
    controllerId: self.nodeId,
    brokers: [{ brokerId: self.nodeId, host: self.host, port: self.port, rack: null }],
    clusterAuthorizedOperations: operationsNotRequested,
  };
}
