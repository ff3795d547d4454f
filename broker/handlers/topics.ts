// Topic administration: CreateTopics, DeleteTopics, CreatePartitions, DescribeConfigs, (Incremental)AlterConfigs.

import { ZERO_UUID } from '../protocol/buffer.ts';
import { ErrorCode } from '../protocol/errors.ts';
import {
  type AlterConfigsRequest,
  type AlterConfigsResponse,
  newAlterConfigsResponse,
} from '../protocol/generated/alter-configs.ts';
import {
  type CreatePartitionsRequest,
  type CreatePartitionsResponse,
  newCreatePartitionsResponse,
} from '../protocol/generated/create-partitions.ts';
import {
  type CreateTopicsRequest,
  type CreateTopicsResponse,
  newCreateTopicsResponse,
  newCreateTopicsResponseCreatableTopicResult,
} from '../protocol/generated/create-topics.ts';
import {
  type DeleteTopicsRequest,
  type DeleteTopicsResponse,
  newDeleteTopicsResponse,
  newDeleteTopicsResponseDeletableTopicResult,
} from '../protocol/generated/delete-topics.ts';
import {
  type DescribeConfigsRequest,
  type DescribeConfigsResponse,
  newDescribeConfigsResponse,
  newDescribeConfigsResponseDescribeConfigsResourceResult,
  newDescribeConfigsResponseDescribeConfigsResult,
} from '../protocol/generated/describe-configs.ts';
import {
  type IncrementalAlterConfigsRequest,
  type IncrementalAlterConfigsResponse,
  newIncrementalAlterConfigsResponse,
} from '../protocol/generated/incremental-alter-configs.ts';
import { errorCodeOf, invalidTopicName, type RequestInfo } from './context.ts';
import { topicConfigs, validateTopicConfigs } from './topic-configs.ts';

const resourceTopic = 2;
const resourceBroker = 4;
/** ConfigSource values of DescribeConfigs v1+. */
const sourceTopic = 1;
const sourceDefault = 5;

export async function handleCreateTopics(
  body: CreateTopicsRequest,
  request: RequestInfo,
): Promise<CreateTopicsResponse> {
  const { engine, logger, defaultPartitions } = request.broker;
  const topics = await Promise.all(
    body.topics.map(async (wanted) => {
      const base = { ...newCreateTopicsResponseCreatableTopicResult(), name: wanted.name, configs: null };
      const fail = (errorCode: number, errorMessage: string) => ({ ...base, errorCode, errorMessage });
      const badName = invalidTopicName(wanted.name);
      if (badName) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, badName);
      if (engine.topic(wanted.name))
        return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `topic ${wanted.name} already exists`);
      const partitions =
        wanted.numPartitions === -1 ? wanted.assignments.length || defaultPartitions : wanted.numPartitions;
      if (partitions < 1 || partitions > 10_000)
        return fail(ErrorCode.INVALID_PARTITIONS, `partitions must be 1..10000, got ${partitions}`);
      // Every broker reads every partition from the shared store: any replication factor is met.
      if (wanted.replicationFactor === 0 || wanted.replicationFactor < -1) {
        return fail(
          ErrorCode.INVALID_REPLICATION_FACTOR,
          `replication factor must be -1 or >= 1, got ${wanted.replicationFactor}`,
        );
      }
      const configs: Record<string, string> = {};
      for (const config of wanted.configs) if (config.value !== null) configs[config.name] = config.value;
      const badConfig = validateTopicConfigs(configs);
      if (badConfig) return fail(ErrorCode.INVALID_CONFIG, badConfig);
      const created = { ...base, numPartitions: partitions, replicationFactor: 1, configs: [] };
      if (body.validateOnly) return created;
      try {
        const topic = await engine.createTopic(wanted.name, partitions, configs);
        return { ...created, topicId: topic.topicId };
      } catch (error) {
        return fail(errorCodeOf(error, logger), (error as Error).message);
      }
    }),
  );
  return { ...newCreateTopicsResponse(), topics };
}

export async function handleDeleteTopics(
  body: DeleteTopicsRequest,
  request: RequestInfo,
): Promise<DeleteTopicsResponse> {
  const { engine, logger } = request.broker;
  // v0-5 name topics in topicNames; v6+ in topics, by name or id.
  const wanted =
    request.apiVersion < 6
      ? body.topicNames.map((name) => ({ name, topicId: ZERO_UUID }))
      : body.topics.map((t) => ({
          name: t.name ?? engine.meta.topicsById.get(t.topicId)?.name ?? null,
          topicId: t.topicId,
        }));
  const responses = await Promise.all(
    wanted.map(async ({ name, topicId }) => {
      const base = { ...newDeleteTopicsResponseDeletableTopicResult(), name, topicId };
      const topic = name === null ? undefined : engine.topic(name);
      if (!topic)
        return {
          ...base,
          errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          errorMessage: `topic ${name ?? topicId} does not exist`,
        };
      try {
        await engine.deleteTopic(topic.name);
        return { ...base, topicId: topic.topicId };
      } catch (error) {
        return { ...base, errorCode: errorCodeOf(error, logger), errorMessage: (error as Error).message };
      }
    }),
  );
  return { ...newDeleteTopicsResponse(), responses };
}

export async function handleCreatePartitions(
  body: CreatePartitionsRequest,
  request: RequestInfo,
): Promise<CreatePartitionsResponse> {
  const { engine, logger } = request.broker;
  const results = await Promise.all(
    body.topics.map(async (wanted) => {
      const topic = engine.topic(wanted.name);
      if (!topic)
        return {
          name: wanted.name,
          errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          errorMessage: `topic ${wanted.name} does not exist`,
        };
      if (wanted.count <= topic.partitions) {
        return {
          name: wanted.name,
          errorCode: ErrorCode.INVALID_PARTITIONS,
          errorMessage: `topic ${wanted.name} has ${topic.partitions} partitions; the new count must be larger (got ${wanted.count})`,
        };
      }
      if (body.validateOnly) return { name: wanted.name, errorCode: ErrorCode.NONE, errorMessage: null };
      try {
        await engine.createPartitions(wanted.name, wanted.count);
        return { name: wanted.name, errorCode: ErrorCode.NONE, errorMessage: null };
      } catch (error) {
        return {
          name: wanted.name,
          errorCode: errorCodeOf(error, logger),
          errorMessage: (error as Error).message,
        };
      }
    }),
  );
  return { ...newCreatePartitionsResponse(), results };
}

export function handleDescribeConfigs(
  body: DescribeConfigsRequest,
  request: RequestInfo,
): DescribeConfigsResponse {
  const { engine, self } = request.broker;
  const results = body.resources.map((resource) => {
    const base = {
      ...newDescribeConfigsResponseDescribeConfigsResult(),
      resourceType: resource.resourceType,
      resourceName: resource.resourceName,
    };
    let own: Record<string, string>;
    if (resource.resourceType === resourceTopic) {
      const topic = engine.topic(resource.resourceName);
      if (!topic)
        return {
          ...base,
          errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          errorMessage: `topic ${resource.resourceName} does not exist`,
        };
      own = topic.configs;
    } else if (resource.resourceType === resourceBroker) {
      if (resource.resourceName !== '' && resource.resourceName !== String(self.nodeId)) {
        return {
          ...base,
          errorCode: ErrorCode.INVALID_REQUEST,
          errorMessage: `no broker ${resource.resourceName} here`,
        };
      }
      own = {};
    } else {
      return {
        ...base,
        errorCode: ErrorCode.INVALID_REQUEST,
        errorMessage: `resource type ${resource.resourceType} is not supported`,
      };
    }
    const keys = resource.configurationKeys ?? Object.keys(topicConfigs);
    const configs = keys
      .filter((key) => topicConfigs[key] !== undefined)
      .map((key) => {
        const isDefault = own[key] === undefined;
        return {
          ...newDescribeConfigsResponseDescribeConfigsResourceResult(),
          name: key,
          value: own[key] ?? topicConfigs[key].default,
          isDefault,
          configSource: isDefault ? sourceDefault : sourceTopic,
        };
      });
    return { ...base, configs };
  });
  return { ...newDescribeConfigsResponse(), results };
}

/** Checks and applies one resource's config changes (null = back to the default); the per-resource answer. */
async function alterTopicConfigs(
  resourceType: number,
  resourceName: string,
  changesOf: (current: Readonly<Record<string, string>>) => Record<string, string | null> | string,
  validateOnly: boolean,
  request: RequestInfo,
): Promise<{ resourceType: number; resourceName: string; errorCode: number; errorMessage: string | null }> {
  const { engine, logger } = request.broker;
  const base = { resourceType, resourceName, errorCode: ErrorCode.NONE as number, errorMessage: null };
  if (resourceType !== resourceTopic) {
    return {
      ...base,
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'only topic configs can be altered',
    };
  }
  const topic = engine.topic(resourceName);
  if (!topic)
    return {
      ...base,
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: `topic ${resourceName} does not exist`,
    };
  const changes = changesOf(topic.configs);
  if (typeof changes === 'string')
    return { ...base, errorCode: ErrorCode.INVALID_CONFIG, errorMessage: changes };
  const problem = validateTopicConfigs(changes);
  if (problem) return { ...base, errorCode: ErrorCode.INVALID_CONFIG, errorMessage: problem };
  if (validateOnly) return base;
  try {
    await engine.setConfigs(topic.name, changes);
    return base;
  } catch (error) {
    return { ...base, errorCode: errorCodeOf(error, logger), errorMessage: (error as Error).message };
  }
}

export async function handleIncrementalAlterConfigs(
  body: IncrementalAlterConfigsRequest,
  request: RequestInfo,
): Promise<IncrementalAlterConfigsResponse> {
  const responses = await Promise.all(
    body.resources.map((resource) =>
      alterTopicConfigs(
        resource.resourceType,
        resource.resourceName,
        () => {
          const changes: Record<string, string | null> = {};
          for (const config of resource.configs) {
            // 0 SET, 1 DELETE; APPEND/SUBTRACT apply to list configs, which none of ours are.
            if (config.configOperation === 0) changes[config.name] = config.value;
            else if (config.configOperation === 1) changes[config.name] = null;
            else return `${config.name} is not a list config`;
          }
          return changes;
        },
        body.validateOnly,
        request,
      ),
    ),
  );
  return { ...newIncrementalAlterConfigsResponse(), responses };
}

/**
 * AlterConfigs, the pre-KIP-339 form that kafkajs 2.2 and kafka-python send: the request holds the
 * topic's whole set of configs, so every config it leaves out goes back to its default.
 */
export async function handleAlterConfigs(
  body: AlterConfigsRequest,
  request: RequestInfo,
): Promise<AlterConfigsResponse> {
  const responses = await Promise.all(
    body.resources.map((resource) =>
      alterTopicConfigs(
        resource.resourceType,
        resource.resourceName,
        (current) => {
          const changes: Record<string, string | null> = {};
          for (const key of Object.keys(current)) changes[key] = null;
          for (const config of resource.configs) changes[config.name] = config.value;
          return changes;
        },
        body.validateOnly,
        request,
      ),
    ),
  );
  return { ...newAlterConfigsResponse(), responses };
}
