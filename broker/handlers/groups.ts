// Consumer group APIs: translate wire requests into GroupCoordinator calls and results back.

import type { FetchedOffset, TopicPartition } from '../groups/types.ts';
import { ErrorCode } from '../protocol/errors.ts';
import {
  type DeleteGroupsRequest,
  type DeleteGroupsResponse,
  newDeleteGroupsResponse,
} from '../protocol/generated/delete-groups.ts';
import {
  type DescribeGroupsRequest,
  type DescribeGroupsResponse,
  newDescribeGroupsResponse,
  newDescribeGroupsResponseDescribedGroup,
} from '../protocol/generated/describe-groups.ts';
import {
  type HeartbeatRequest,
  type HeartbeatResponse,
  newHeartbeatResponse,
} from '../protocol/generated/heartbeat.ts';
import {
  type JoinGroupRequest,
  type JoinGroupResponse,
  newJoinGroupResponse,
} from '../protocol/generated/join-group.ts';
import {
  type LeaveGroupRequest,
  type LeaveGroupResponse,
  newLeaveGroupResponse,
} from '../protocol/generated/leave-group.ts';
import {
  type ListGroupsRequest,
  type ListGroupsResponse,
  newListGroupsResponse,
  newListGroupsResponseListedGroup,
} from '../protocol/generated/list-groups.ts';
import {
  newOffsetCommitResponse,
  type OffsetCommitRequest,
  type OffsetCommitResponse,
} from '../protocol/generated/offset-commit.ts';
import {
  newOffsetFetchResponse,
  newOffsetFetchResponsePartition,
  type OffsetFetchRequest,
  type OffsetFetchResponse,
} from '../protocol/generated/offset-fetch.ts';
import {
  newSyncGroupResponse,
  type SyncGroupRequest,
  type SyncGroupResponse,
} from '../protocol/generated/sync-group.ts';
import { isCoordinatorHere, type RequestInfo } from './context.ts';

/** In a cluster each group has one coordinator; the others send its members there. */
const elsewhere = (request: RequestInfo, group: string): boolean => !isCoordinatorHere(request.broker, group);

function groupBy<T extends TopicPartition, R>(
  items: readonly T[],
  map: (item: T) => R,
): { name: string; partitions: R[] }[] {
  const byTopic = new Map<string, R[]>();
  for (const item of items) {
    const list = byTopic.get(item.topic) ?? [];
    list.push(map(item));
    byTopic.set(item.topic, list);
  }
  return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
}

export async function handleJoinGroup(
  body: JoinGroupRequest,
  request: RequestInfo,
): Promise<JoinGroupResponse> {
  if (elsewhere(request, body.groupId))
    return {
      ...newJoinGroupResponse(),
      errorCode: ErrorCode.NOT_COORDINATOR,
      protocolName: request.apiVersion >= 7 ? null : '',
    };
  const result = await request.broker.groups.joinGroup({
    groupId: body.groupId,
    memberId: body.memberId,
    groupInstanceId: body.groupInstanceId,
    clientId: request.header.clientId ?? '',
    clientHost: request.clientHost,
    protocolType: body.protocolType,
    protocols: body.protocols,
    sessionTimeout_ms: body.sessionTimeoutMs,
    // v0 has no rebalance timeout: the session timeout serves as both.
    rebalanceTimeout_ms: request.apiVersion === 0 ? -1 : body.rebalanceTimeoutMs,
    // KIP-394: v4+ clients accept MEMBER_ID_REQUIRED and rejoin with the given id.
    requireKnownMemberId: request.apiVersion >= 4,
    supportSkippingAssignment: request.apiVersion >= 9,
    reason: body.reason,
  });
  // protocolName is nullable only from v7 on (KIP-559); earlier versions carry an empty string.
  const protocolName = result.protocolName ?? (request.apiVersion >= 7 ? null : '');
  return { ...newJoinGroupResponse(), ...result, protocolName };
}

export async function handleSyncGroup(
  body: SyncGroupRequest,
  request: RequestInfo,
): Promise<SyncGroupResponse> {
  if (elsewhere(request, body.groupId))
    return { ...newSyncGroupResponse(), errorCode: ErrorCode.NOT_COORDINATOR };
  const result = await request.broker.groups.syncGroup({
    groupId: body.groupId,
    generationId: body.generationId,
    memberId: body.memberId,
    groupInstanceId: body.groupInstanceId,
    protocolType: body.protocolType,
    protocolName: body.protocolName,
    assignments: body.assignments,
  });
  return { ...newSyncGroupResponse(), ...result };
}

export function handleHeartbeat(body: HeartbeatRequest, request: RequestInfo): HeartbeatResponse {
  if (elsewhere(request, body.groupId))
    return { ...newHeartbeatResponse(), errorCode: ErrorCode.NOT_COORDINATOR };
  const result = request.broker.groups.heartbeat({
    groupId: body.groupId,
    generationId: body.generationId,
    memberId: body.memberId,
    groupInstanceId: body.groupInstanceId,
  });
  return { ...newHeartbeatResponse(), errorCode: result.errorCode };
}

export function handleLeaveGroup(body: LeaveGroupRequest, request: RequestInfo): LeaveGroupResponse {
  if (elsewhere(request, body.groupId))
    return { ...newLeaveGroupResponse(), errorCode: ErrorCode.NOT_COORDINATOR };
  // v0-2 name one member; v3+ a batch (KIP-345).
  const members =
    request.apiVersion < 3
      ? [{ memberId: body.memberId, groupInstanceId: null, reason: null }]
      : body.members;
  const result = request.broker.groups.leaveGroup({ groupId: body.groupId, members });
  return { ...newLeaveGroupResponse(), errorCode: result.errorCode, members: result.members };
}

export async function handleOffsetCommit(
  body: OffsetCommitRequest,
  request: RequestInfo,
): Promise<OffsetCommitResponse> {
  const offsets = body.topics.flatMap((topic) =>
    topic.partitions.map((p) => ({
      topic: topic.name,
      partition: p.partitionIndex,
      offset: p.committedOffset,
      leaderEpoch: p.committedLeaderEpoch,
      metadata: p.committedMetadata,
    })),
  );
  if (elsewhere(request, body.groupId)) {
    const codes = offsets.map((o) => ({
      topic: o.topic,
      partition: o.partition,
      errorCode: ErrorCode.NOT_COORDINATOR,
    }));
    return {
      ...newOffsetCommitResponse(),
      topics: groupBy(codes, (r) => ({ partitionIndex: r.partition, errorCode: r.errorCode })),
    };
  }
  const result = await request.broker.groups.commitOffsets({
    groupId: body.groupId,
    // v0 commits are "simple" commits outside any generation.
    generationId: request.apiVersion === 0 ? -1 : body.generationIdOrMemberEpoch,
    memberId: request.apiVersion === 0 ? '' : body.memberId,
    groupInstanceId: body.groupInstanceId,
    offsets,
  });
  return {
    ...newOffsetCommitResponse(),
    topics: groupBy(result.results, (r) => ({ partitionIndex: r.partition, errorCode: r.errorCode })),
  };
}

export function handleOffsetFetch(body: OffsetFetchRequest, request: RequestInfo): OffsetFetchResponse {
  const partitions =
    body.topics === null
      ? null
      : body.topics.flatMap((t) => t.partitionIndexes.map((partition) => ({ topic: t.name, partition })));
  if (elsewhere(request, body.groupId))
    return { ...newOffsetFetchResponse(), errorCode: ErrorCode.NOT_COORDINATOR, topics: [] };
  const result = request.broker.groups.fetchOffsets({
    groupId: body.groupId,
    partitions,
    requireStable: body.requireStable,
  });
  const toWire = (o: FetchedOffset) => ({
    ...newOffsetFetchResponsePartition(),
    partitionIndex: o.partition,
    committedOffset: o.offset,
    committedLeaderEpoch: o.leaderEpoch,
    metadata: o.metadata,
    errorCode: o.errorCode,
  });
  return {
    ...newOffsetFetchResponse(),
    errorCode: result.errorCode,
    topics: groupBy(result.offsets, toWire),
  };
}

export function handleListGroups(body: ListGroupsRequest, request: RequestInfo): ListGroupsResponse {
  const result = request.broker.groups.listGroups({ statesFilter: body.statesFilter });
  return {
    ...newListGroupsResponse(),
    errorCode: result.errorCode,
    groups: result.groups
      .filter((g) => !elsewhere(request, g.groupId))
      .map((g) => ({
        ...newListGroupsResponseListedGroup(),
        groupId: g.groupId,
        protocolType: g.protocolType,
        groupState: g.state,
        groupType: 'classic',
      })),
  };
}

export function handleDescribeGroups(
  body: DescribeGroupsRequest,
  request: RequestInfo,
): DescribeGroupsResponse {
  return {
    ...newDescribeGroupsResponse(),
    groups: request.broker.groups.describeGroups(body.groups).map((g) => ({
      ...newDescribeGroupsResponseDescribedGroup(),
      errorCode: elsewhere(request, g.groupId) ? ErrorCode.NOT_COORDINATOR : g.errorCode,
      groupId: g.groupId,
      groupState: g.state,
      protocolType: g.protocolType,
      protocolData: g.protocolData,
      members: g.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: m.metadata,
        memberAssignment: m.assignment,
      })),
      authorizedOperations: -2147483648,
    })),
  };
}

export async function handleDeleteGroups(
  body: DeleteGroupsRequest,
  request: RequestInfo,
): Promise<DeleteGroupsResponse> {
  const here = body.groupsNames.filter((g) => !elsewhere(request, g));
  const results = await request.broker.groups.deleteGroups(here);
  return {
    ...newDeleteGroupsResponse(),
    results: body.groupsNames.map((groupId) => {
      const result = results.find((r) => r.groupId === groupId);
      return {
        groupId,
        errorCode: result ? (result.errorCode ?? ErrorCode.NONE) : ErrorCode.NOT_COORDINATOR,
      };
    }),
  };
}
