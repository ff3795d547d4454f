// Routes decoded requests to their handlers, and defines exactly which API versions this broker serves.

import {
  apiVersionsResponse,
  handleDescribeCluster,
  handleFindCoordinator,
  handleMetadata,
} from '../handlers/cluster.ts';
import type { BrokerContext, RequestInfo } from '../handlers/context.ts';
import { handleFetch } from '../handlers/fetch.ts';
import {
  handleDeleteGroups,
  handleDescribeGroups,
  handleHeartbeat,
  handleJoinGroup,
  handleLeaveGroup,
  handleListGroups,
  handleOffsetCommit,
  handleOffsetFetch,
  handleSyncGroup,
} from '../handlers/groups.ts';
import {
  handleDeleteRecords,
  handleInitProducerId,
  handleListOffsets,
  handleOffsetForLeaderEpoch,
} from '../handlers/offsets.ts';
import { handleProduce } from '../handlers/produce.ts';
import {
  handleAlterPartitionReassignments,
  handleListPartitionReassignments,
} from '../handlers/reassignments.ts';
import {
  handleAlterConfigs,
  handleCreatePartitions,
  handleCreateTopics,
  handleDeleteTopics,
  handleDescribeConfigs,
  handleIncrementalAlterConfigs,
} from '../handlers/topics.ts';
import { ProtocolDecodeError } from '../protocol/buffer.ts';
import { ErrorCode } from '../protocol/errors.ts';
import { decodeRequest, encodeResponse, UnsupportedRequestError } from '../protocol/frames.ts';
import {
  ApiKey,
  apiByKey,
  type RequestBodies,
  type ResponseBodies,
} from '../protocol/generated/api-table.ts';
import type { ConnectionInfo, FrameHandler } from './connection.ts';

type Handler<K extends ApiKey> = (
  body: RequestBodies[K],
  request: RequestInfo,
) => ResponseBodies[K] | null | Promise<ResponseBodies[K] | null>;

interface Route<K extends ApiKey> {
  readonly versions: readonly [number, number];
  readonly handle: Handler<K>;
}

type Routes = { readonly [K in ApiKey]?: Route<K> };

/**
 * The versions served: what kafkajs 2.2, librdkafka 1.7-2.x and kafka-python 2.0 use, from the
 * first version with record batches v2 (Produce v3, Fetch v4, KIP-98) up to the last one whose
 * semantics are implemented (e.g. Fetch v12: v13 names topics by id only; OffsetFetch v7: v8
 * batches groups). ApiVersions advertises exactly this table, but for Produce (see supportedVersions).
 */
const routes: Routes = {
  [ApiKey.Produce]: { versions: [3, 9], handle: handleProduce },
  [ApiKey.Fetch]: { versions: [4, 12], handle: handleFetch },
  [ApiKey.ListOffsets]: { versions: [0, 7], handle: handleListOffsets },
  [ApiKey.Metadata]: { versions: [0, 12], handle: handleMetadata },
  [ApiKey.OffsetCommit]: { versions: [0, 8], handle: handleOffsetCommit },
  [ApiKey.OffsetFetch]: { versions: [0, 7], handle: handleOffsetFetch },
  [ApiKey.FindCoordinator]: { versions: [0, 4], handle: handleFindCoordinator },
  [ApiKey.JoinGroup]: { versions: [0, 9], handle: handleJoinGroup },
  [ApiKey.Heartbeat]: { versions: [0, 4], handle: handleHeartbeat },
  [ApiKey.LeaveGroup]: { versions: [0, 5], handle: handleLeaveGroup },
  [ApiKey.SyncGroup]: { versions: [0, 5], handle: handleSyncGroup },
  [ApiKey.DescribeGroups]: { versions: [0, 5], handle: handleDescribeGroups },
  [ApiKey.ListGroups]: { versions: [0, 4], handle: handleListGroups },
  [ApiKey.ApiVersions]: {
    versions: [0, 3],
    handle: () => apiVersionsResponse(supportedVersions, ErrorCode.NONE),
  },
  [ApiKey.CreateTopics]: { versions: [0, 7], handle: handleCreateTopics },
  [ApiKey.DeleteTopics]: { versions: [0, 6], handle: handleDeleteTopics },
  [ApiKey.DeleteRecords]: { versions: [0, 2], handle: handleDeleteRecords },
  [ApiKey.InitProducerId]: { versions: [0, 4], handle: handleInitProducerId },
  [ApiKey.OffsetForLeaderEpoch]: { versions: [0, 4], handle: handleOffsetForLeaderEpoch },
  [ApiKey.DescribeConfigs]: { versions: [0, 4], handle: handleDescribeConfigs },
  [ApiKey.AlterConfigs]: { versions: [0, 1], handle: handleAlterConfigs },
  [ApiKey.CreatePartitions]: { versions: [0, 3], handle: handleCreatePartitions },
  [ApiKey.DeleteGroups]: { versions: [0, 2], handle: handleDeleteGroups },
  [ApiKey.IncrementalAlterConfigs]: { versions: [0, 1], handle: handleIncrementalAlterConfigs },
  [ApiKey.AlterPartitionReassignments]: { versions: [0, 0], handle: handleAlterPartitionReassignments },
  [ApiKey.ListPartitionReassignments]: { versions: [0, 0], handle: handleListPartitionReassignments },
  [ApiKey.DescribeCluster]: { versions: [0, 1], handle: handleDescribeCluster },
};

/**
 * What ApiVersions advertises: the served table, except that Produce is advertised from v0, as
 * Kafka 4.0 does (KAFKA-18659): librdkafka up to early 2025 (confluentinc/librdkafka#4956; this
 * machine's 2.0.2 too) enables gzip, snappy and lz4 only when the broker's Produce range overlaps
 * v0, and otherwise silently sends those batches uncompressed. librdkafka never sends v0-2 to a
 * broker with Produce v3 (record batches v2); a request below v3 is still refused like any other
 * unserved version.
 */
export const supportedVersions: ReadonlyMap<number, readonly [number, number]> = new Map(
  Object.entries(routes).map(([apiKey, route]) => [
    Number(apiKey),
    Number(apiKey) === ApiKey.Produce ? [0, route.versions[1]] : route.versions,
  ]),
);

/** The frame handler every connection uses: decode, route, encode, count. */
export function createDispatcher(broker: BrokerContext): FrameHandler {
  const { metrics, logger } = broker;
  return async (frame: Buffer, connection: ConnectionInfo) => {
    const started = performance.now();
    let decoded: ReturnType<typeof decodeRequest>;
    try {
      decoded = decodeRequest(frame);
    } catch (error) {
      if (error instanceof UnsupportedRequestError && error.header.requestApiKey === ApiKey.ApiVersions) {
        // KIP-511: answer an ApiVersions of a version we do not know with v0 and our table.
        metrics.requests.inc({ api: 'ApiVersions', outcome: 'unsupported_version' });
        return encodeResponse(
          ApiKey.ApiVersions,
          0,
          error.header.correlationId,
          apiVersionsResponse(supportedVersions, ErrorCode.UNSUPPORTED_VERSION),
        );
      }
      if (error instanceof ProtocolDecodeError || error instanceof UnsupportedRequestError) {
        metrics.requests.inc({ api: 'unknown', outcome: 'malformed' });
      }
      throw error;
    }
    const route = routes[decoded.apiKey] as Route<typeof decoded.apiKey> | undefined;
    const name = apiByKey(decoded.apiKey)?.name ?? String(decoded.apiKey);
    if (!route || decoded.apiVersion < route.versions[0] || decoded.apiVersion > route.versions[1]) {
      metrics.requests.inc({ api: name, outcome: 'unsupported_version' });
      throw new Error(
        `${name} v${decoded.apiVersion} is not served (advertised: ${route ? route.versions.join('-') : 'none'})`,
      );
    }
    const request: RequestInfo = {
      apiVersion: decoded.apiVersion,
      header: decoded.header,
      clientHost: connection.remote,
      broker,
    };
    let body: unknown;
    try {
      body = await (route.handle as Handler<ApiKey>)(decoded.body as never, request);
    } catch (error) {
      logger.error({ err: error, api: name, version: decoded.apiVersion }, 'request handler failed');
      metrics.requests.inc({ api: name, outcome: 'error' });
      throw error;
    }
    metrics.requestLatency.observe({ api: name }, (performance.now() - started) / 1000);
    metrics.requests.inc({ api: name, outcome: 'ok' });
    if (body === null) return null;
    return encodeResponse(decoded.apiKey, decoded.apiVersion, decoded.header.correlationId, body as never);
  };
}
