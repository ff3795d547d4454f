// Kafka API table: api keys, versions, header rules and codecs of every request/response pair.
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{*Request.json, *Response.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.

import { ApiDefinition } from '../codec.ts';
import { type ProduceRequest, produceRequestCodec, type ProduceResponse, produceResponseCodec } from './produce.ts';
import { type FetchRequest, fetchRequestCodec, type FetchResponse, fetchResponseCodec } from './fetch.ts';
import { type ListOffsetsRequest, listOffsetsRequestCodec, type ListOffsetsResponse, listOffsetsResponseCodec } from './list-offsets.ts';
import { type MetadataRequest, metadataRequestCodec, type MetadataResponse, metadataResponseCodec } from './metadata.ts';
import { type LeaderAndIsrRequest, leaderAndIsrRequestCodec, type LeaderAndIsrResponse, leaderAndIsrResponseCodec } from './leader-and-isr.ts';
import { type StopReplicaRequest, stopReplicaRequestCodec, type StopReplicaResponse, stopReplicaResponseCodec } from './stop-replica.ts';
import { type UpdateMetadataRequest, updateMetadataRequestCodec, type UpdateMetadataResponse, updateMetadataResponseCodec } from './update-metadata.ts';
import { type ControlledShutdownRequest, controlledShutdownRequestCodec, type ControlledShutdownResponse, controlledShutdownResponseCodec } from './controlled-shutdown.ts';
import { type OffsetCommitRequest, offsetCommitRequestCodec, type OffsetCommitResponse, offsetCommitResponseCodec } from './offset-commit.ts';
import { type OffsetFetchRequest, offsetFetchRequestCodec, type OffsetFetchResponse, offsetFetchResponseCodec } from './offset-fetch.ts';
import { type FindCoordinatorRequest, findCoordinatorRequestCodec, type FindCoordinatorResponse, findCoordinatorResponseCodec } from './find-coordinator.ts';
import { type JoinGroupRequest, joinGroupRequestCodec, type JoinGroupResponse, joinGroupResponseCodec } from './join-group.ts';
import { type HeartbeatRequest, heartbeatRequestCodec, type HeartbeatResponse, heartbeatResponseCodec } from './heartbeat.ts';
import { type LeaveGroupRequest, leaveGroupRequestCodec, type LeaveGroupResponse, leaveGroupResponseCodec } from './leave-group.ts';
import { type SyncGroupRequest, syncGroupRequestCodec, type SyncGroupResponse, syncGroupResponseCodec } from './sync-group.ts';
import { type DescribeGroupsRequest, describeGroupsRequestCodec, type DescribeGroupsResponse, describeGroupsResponseCodec } from './describe-groups.ts';
import { type ListGroupsRequest, listGroupsRequestCodec, type ListGroupsResponse, listGroupsResponseCodec } from './list-groups.ts';
import { type SaslHandshakeRequest, saslHandshakeRequestCodec, type SaslHandshakeResponse, saslHandshakeResponseCodec } from './sasl-handshake.ts';
import { type ApiVersionsRequest, apiVersionsRequestCodec, type ApiVersionsResponse, apiVersionsResponseCodec } from './api-versions.ts';
import { type CreateTopicsRequest, createTopicsRequestCodec, type CreateTopicsResponse, createTopicsResponseCodec } from './create-topics.ts';
import { type DeleteTopicsRequest, deleteTopicsRequestCodec, type DeleteTopicsResponse, deleteTopicsResponseCodec } from './delete-topics.ts';
import { type DeleteRecordsRequest, deleteRecordsRequestCodec, type DeleteRecordsResponse, deleteRecordsResponseCodec } from './delete-records.ts';
import { type InitProducerIdRequest, initProducerIdRequestCodec, type InitProducerIdResponse, initProducerIdResponseCodec } from './init-producer-id.ts';
import { type OffsetForLeaderEpochRequest, offsetForLeaderEpochRequestCodec, type OffsetForLeaderEpochResponse, offsetForLeaderEpochResponseCodec } from './offset-for-leader-epoch.ts';
import { type AddPartitionsToTxnRequest, addPartitionsToTxnRequestCodec, type AddPartitionsToTxnResponse, addPartitionsToTxnResponseCodec } from './add-partitions-to-txn.ts';
import { type AddOffsetsToTxnRequest, addOffsetsToTxnRequestCodec, type AddOffsetsToTxnResponse, addOffsetsToTxnResponseCodec } from './add-offsets-to-txn.ts';
import { type EndTxnRequest, endTxnRequestCodec, type EndTxnResponse, endTxnResponseCodec } from './end-txn.ts';
import { type WriteTxnMarkersRequest, writeTxnMarkersRequestCodec, type WriteTxnMarkersResponse, writeTxnMarkersResponseCodec } from './write-txn-markers.ts';
import { type TxnOffsetCommitRequest, txnOffsetCommitRequestCodec, type TxnOffsetCommitResponse, txnOffsetCommitResponseCodec } from './txn-offset-commit.ts';
import { type DescribeAclsRequest, describeAclsRequestCodec, type DescribeAclsResponse, describeAclsResponseCodec } from './describe-acls.ts';
import { type CreateAclsRequest, createAclsRequestCodec, type CreateAclsResponse, createAclsResponseCodec } from './create-acls.ts';
import { type DeleteAclsRequest, deleteAclsRequestCodec, type DeleteAclsResponse, deleteAclsResponseCodec } from './delete-acls.ts';
import { type DescribeConfigsRequest, describeConfigsRequestCodec, type DescribeConfigsResponse, describeConfigsResponseCodec } from './describe-configs.ts';
import { type AlterConfigsRequest, alterConfigsRequestCodec, type AlterConfigsResponse, alterConfigsResponseCodec } from './alter-configs.ts';
import { type AlterReplicaLogDirsRequest, alterReplicaLogDirsRequestCodec, type AlterReplicaLogDirsResponse, alterReplicaLogDirsResponseCodec } from './alter-replica-log-dirs.ts';
import { type DescribeLogDirsRequest, describeLogDirsRequestCodec, type DescribeLogDirsResponse, describeLogDirsResponseCodec } from './describe-log-dirs.ts';
import { type SaslAuthenticateRequest, saslAuthenticateRequestCodec, type SaslAuthenticateResponse, saslAuthenticateResponseCodec } from './sasl-authenticate.ts';
import { type CreatePartitionsRequest, createPartitionsRequestCodec, type CreatePartitionsResponse, createPartitionsResponseCodec } from './create-partitions.ts';
import { type CreateDelegationTokenRequest, createDelegationTokenRequestCodec, type CreateDelegationTokenResponse, createDelegationTokenResponseCodec } from './create-delegation-token.ts';
import { type RenewDelegationTokenRequest, renewDelegationTokenRequestCodec, type RenewDelegationTokenResponse, renewDelegationTokenResponseCodec } from './renew-delegation-token.ts';
import { type ExpireDelegationTokenRequest, expireDelegationTokenRequestCodec, type ExpireDelegationTokenResponse, expireDelegationTokenResponseCodec } from './expire-delegation-token.ts';
import { type DescribeDelegationTokenRequest, describeDelegationTokenRequestCodec, type DescribeDelegationTokenResponse, describeDelegationTokenResponseCodec } from './describe-delegation-token.ts';
import { type DeleteGroupsRequest, deleteGroupsRequestCodec, type DeleteGroupsResponse, deleteGroupsResponseCodec } from './delete-groups.ts';
import { type ElectLeadersRequest, electLeadersRequestCodec, type ElectLeadersResponse, electLeadersResponseCodec } from './elect-leaders.ts';
import { type IncrementalAlterConfigsRequest, incrementalAlterConfigsRequestCodec, type IncrementalAlterConfigsResponse, incrementalAlterConfigsResponseCodec } from './incremental-alter-configs.ts';
import { type AlterPartitionReassignmentsRequest, alterPartitionReassignmentsRequestCodec, type AlterPartitionReassignmentsResponse, alterPartitionReassignmentsResponseCodec } from './alter-partition-reassignments.ts';
import { type ListPartitionReassignmentsRequest, listPartitionReassignmentsRequestCodec, type ListPartitionReassignmentsResponse, listPartitionReassignmentsResponseCodec } from './list-partition-reassignments.ts';
import { type OffsetDeleteRequest, offsetDeleteRequestCodec, type OffsetDeleteResponse, offsetDeleteResponseCodec } from './offset-delete.ts';
import { type DescribeClientQuotasRequest, describeClientQuotasRequestCodec, type DescribeClientQuotasResponse, describeClientQuotasResponseCodec } from './describe-client-quotas.ts';
import { type AlterClientQuotasRequest, alterClientQuotasRequestCodec, type AlterClientQuotasResponse, alterClientQuotasResponseCodec } from './alter-client-quotas.ts';
import { type DescribeUserScramCredentialsRequest, describeUserScramCredentialsRequestCodec, type DescribeUserScramCredentialsResponse, describeUserScramCredentialsResponseCodec } from './describe-user-scram-credentials.ts';
import { type AlterUserScramCredentialsRequest, alterUserScramCredentialsRequestCodec, type AlterUserScramCredentialsResponse, alterUserScramCredentialsResponseCodec } from './alter-user-scram-credentials.ts';
import { type VoteRequest, voteRequestCodec, type VoteResponse, voteResponseCodec } from './vote.ts';
import { type BeginQuorumEpochRequest, beginQuorumEpochRequestCodec, type BeginQuorumEpochResponse, beginQuorumEpochResponseCodec } from './begin-quorum-epoch.ts';
import { type EndQuorumEpochRequest, endQuorumEpochRequestCodec, type EndQuorumEpochResponse, endQuorumEpochResponseCodec } from './end-quorum-epoch.ts';
import { type DescribeQuorumRequest, describeQuorumRequestCodec, type DescribeQuorumResponse, describeQuorumResponseCodec } from './describe-quorum.ts';
import { type AlterPartitionRequest, alterPartitionRequestCodec, type AlterPartitionResponse, alterPartitionResponseCodec } from './alter-partition.ts';
import { type UpdateFeaturesRequest, updateFeaturesRequestCodec, type UpdateFeaturesResponse, updateFeaturesResponseCodec } from './update-features.ts';
import { type EnvelopeRequest, envelopeRequestCodec, type EnvelopeResponse, envelopeResponseCodec } from './envelope.ts';
import { type FetchSnapshotRequest, fetchSnapshotRequestCodec, type FetchSnapshotResponse, fetchSnapshotResponseCodec } from './fetch-snapshot.ts';
import { type DescribeClusterRequest, describeClusterRequestCodec, type DescribeClusterResponse, describeClusterResponseCodec } from './describe-cluster.ts';
import { type DescribeProducersRequest, describeProducersRequestCodec, type DescribeProducersResponse, describeProducersResponseCodec } from './describe-producers.ts';
import { type BrokerRegistrationRequest, brokerRegistrationRequestCodec, type BrokerRegistrationResponse, brokerRegistrationResponseCodec } from './broker-registration.ts';
import { type BrokerHeartbeatRequest, brokerHeartbeatRequestCodec, type BrokerHeartbeatResponse, brokerHeartbeatResponseCodec } from './broker-heartbeat.ts';
import { type UnregisterBrokerRequest, unregisterBrokerRequestCodec, type UnregisterBrokerResponse, unregisterBrokerResponseCodec } from './unregister-broker.ts';
import { type DescribeTransactionsRequest, describeTransactionsRequestCodec, type DescribeTransactionsResponse, describeTransactionsResponseCodec } from './describe-transactions.ts';
import { type ListTransactionsRequest, listTransactionsRequestCodec, type ListTransactionsResponse, listTransactionsResponseCodec } from './list-transactions.ts';
import { type AllocateProducerIdsRequest, allocateProducerIdsRequestCodec, type AllocateProducerIdsResponse, allocateProducerIdsResponseCodec } from './allocate-producer-ids.ts';
import { type ConsumerGroupHeartbeatRequest, consumerGroupHeartbeatRequestCodec, type ConsumerGroupHeartbeatResponse, consumerGroupHeartbeatResponseCodec } from './consumer-group-heartbeat.ts';
import { type ConsumerGroupDescribeRequest, consumerGroupDescribeRequestCodec, type ConsumerGroupDescribeResponse, consumerGroupDescribeResponseCodec } from './consumer-group-describe.ts';
import { type ControllerRegistrationRequest, controllerRegistrationRequestCodec, type ControllerRegistrationResponse, controllerRegistrationResponseCodec } from './controller-registration.ts';
import { type GetTelemetrySubscriptionsRequest, getTelemetrySubscriptionsRequestCodec, type GetTelemetrySubscriptionsResponse, getTelemetrySubscriptionsResponseCodec } from './get-telemetry-subscriptions.ts';
import { type PushTelemetryRequest, pushTelemetryRequestCodec, type PushTelemetryResponse, pushTelemetryResponseCodec } from './push-telemetry.ts';
import { type AssignReplicasToDirsRequest, assignReplicasToDirsRequestCodec, type AssignReplicasToDirsResponse, assignReplicasToDirsResponseCodec } from './assign-replicas-to-dirs.ts';
import { type ListClientMetricsResourcesRequest, listClientMetricsResourcesRequestCodec, type ListClientMetricsResourcesResponse, listClientMetricsResourcesResponseCodec } from './list-client-metrics-resources.ts';
import { type DescribeTopicPartitionsRequest, describeTopicPartitionsRequestCodec, type DescribeTopicPartitionsResponse, describeTopicPartitionsResponseCodec } from './describe-topic-partitions.ts';
import { type ShareGroupHeartbeatRequest, shareGroupHeartbeatRequestCodec, type ShareGroupHeartbeatResponse, shareGroupHeartbeatResponseCodec } from './share-group-heartbeat.ts';
import { type ShareGroupDescribeRequest, shareGroupDescribeRequestCodec, type ShareGroupDescribeResponse, shareGroupDescribeResponseCodec } from './share-group-describe.ts';
import { type ShareFetchRequest, shareFetchRequestCodec, type ShareFetchResponse, shareFetchResponseCodec } from './share-fetch.ts';
import { type ShareAcknowledgeRequest, shareAcknowledgeRequestCodec, type ShareAcknowledgeResponse, shareAcknowledgeResponseCodec } from './share-acknowledge.ts';
import { type AddRaftVoterRequest, addRaftVoterRequestCodec, type AddRaftVoterResponse, addRaftVoterResponseCodec } from './add-raft-voter.ts';
import { type RemoveRaftVoterRequest, removeRaftVoterRequestCodec, type RemoveRaftVoterResponse, removeRaftVoterResponseCodec } from './remove-raft-voter.ts';
import { type UpdateRaftVoterRequest, updateRaftVoterRequestCodec, type UpdateRaftVoterResponse, updateRaftVoterResponseCodec } from './update-raft-voter.ts';
import { type InitializeShareGroupStateRequest, initializeShareGroupStateRequestCodec, type InitializeShareGroupStateResponse, initializeShareGroupStateResponseCodec } from './initialize-share-group-state.ts';
import { type ReadShareGroupStateRequest, readShareGroupStateRequestCodec, type ReadShareGroupStateResponse, readShareGroupStateResponseCodec } from './read-share-group-state.ts';
import { type WriteShareGroupStateRequest, writeShareGroupStateRequestCodec, type WriteShareGroupStateResponse, writeShareGroupStateResponseCodec } from './write-share-group-state.ts';
import { type DeleteShareGroupStateRequest, deleteShareGroupStateRequestCodec, type DeleteShareGroupStateResponse, deleteShareGroupStateResponseCodec } from './delete-share-group-state.ts';
import { type ReadShareGroupStateSummaryRequest, readShareGroupStateSummaryRequestCodec, type ReadShareGroupStateSummaryResponse, readShareGroupStateSummaryResponseCodec } from './read-share-group-state-summary.ts';

/** Api keys by name: `ApiKey.Produce === 0`. */
export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  UpdateRaftVoter: 82,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
} as const;

export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];

/** Request body type by api key. */
export interface RequestBodies {
  0: ProduceRequest;
  1: FetchRequest;
  2: ListOffsetsRequest;
  3: MetadataRequest;
  4: LeaderAndIsrRequest;
  5: StopReplicaRequest;
  6: UpdateMetadataRequest;
  7: ControlledShutdownRequest;
  8: OffsetCommitRequest;
  9: OffsetFetchRequest;
  10: FindCoordinatorRequest;
  11: JoinGroupRequest;
  12: HeartbeatRequest;
  13: LeaveGroupRequest;
  14: SyncGroupRequest;
  15: DescribeGroupsRequest;
  16: ListGroupsRequest;
  17: SaslHandshakeRequest;
  18: ApiVersionsRequest;
  19: CreateTopicsRequest;
  20: DeleteTopicsRequest;
  21: DeleteRecordsRequest;
  22: InitProducerIdRequest;
  23: OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnRequest;
  26: EndTxnRequest;
  27: WriteTxnMarkersRequest;
  28: TxnOffsetCommitRequest;
  29: DescribeAclsRequest;
  30: CreateAclsRequest;
  31: DeleteAclsRequest;
  32: DescribeConfigsRequest;
  33: AlterConfigsRequest;
  34: AlterReplicaLogDirsRequest;
  35: DescribeLogDirsRequest;
  36: SaslAuthenticateRequest;
  37: CreatePartitionsRequest;
  38: CreateDelegationTokenRequest;
  39: RenewDelegationTokenRequest;
  40: ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenRequest;
  42: DeleteGroupsRequest;
  43: ElectLeadersRequest;
  44: IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsRequest;
  47: OffsetDeleteRequest;
  48: DescribeClientQuotasRequest;
  49: AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsRequest;
  52: VoteRequest;
  53: BeginQuorumEpochRequest;
  54: EndQuorumEpochRequest;
  55: DescribeQuorumRequest;
  56: AlterPartitionRequest;
  57: UpdateFeaturesRequest;
  58: EnvelopeRequest;
  59: FetchSnapshotRequest;
  60: DescribeClusterRequest;
  61: DescribeProducersRequest;
  62: BrokerRegistrationRequest;
  63: BrokerHeartbeatRequest;
  64: UnregisterBrokerRequest;
  65: DescribeTransactionsRequest;
  66: ListTransactionsRequest;
  67: AllocateProducerIdsRequest;
  68: ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeRequest;
  70: ControllerRegistrationRequest;
  71: GetTelemetrySubscriptionsRequest;
  72: PushTelemetryRequest;
  73: AssignReplicasToDirsRequest;
  74: ListClientMetricsResourcesRequest;
  75: DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeRequest;
  78: ShareFetchRequest;
  79: ShareAcknowledgeRequest;
  80: AddRaftVoterRequest;
  81: RemoveRaftVoterRequest;
  82: UpdateRaftVoterRequest;
  83: InitializeShareGroupStateRequest;
  84: ReadShareGroupStateRequest;
  85: WriteShareGroupStateRequest;
  86: DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryRequest;
}

/** Response body type by api key. */
export interface ResponseBodies {
  0: ProduceResponse;
  1: FetchResponse;
  2: ListOffsetsResponse;
  3: MetadataResponse;
  4: LeaderAndIsrResponse;
  5: StopReplicaResponse;
  6: UpdateMetadataResponse;
  7: ControlledShutdownResponse;
  8: OffsetCommitResponse;
  9: OffsetFetchResponse;
  10: FindCoordinatorResponse;
  11: JoinGroupResponse;
  12: HeartbeatResponse;
  13: LeaveGroupResponse;
  14: SyncGroupResponse;
  15: DescribeGroupsResponse;
  16: ListGroupsResponse;
  17: SaslHandshakeResponse;
  18: ApiVersionsResponse;
  19: CreateTopicsResponse;
  20: DeleteTopicsResponse;
  21: DeleteRecordsResponse;
  22: InitProducerIdResponse;
  23: OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnResponse;
  26: EndTxnResponse;
  27: WriteTxnMarkersResponse;
  28: TxnOffsetCommitResponse;
  29: DescribeAclsResponse;
  30: CreateAclsResponse;
  31: DeleteAclsResponse;
  32: DescribeConfigsResponse;
  33: AlterConfigsResponse;
  34: AlterReplicaLogDirsResponse;
  35: DescribeLogDirsResponse;
  36: SaslAuthenticateResponse;
  37: CreatePartitionsResponse;
  38: CreateDelegationTokenResponse;
  39: RenewDelegationTokenResponse;
  40: ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenResponse;
  42: DeleteGroupsResponse;
  43: ElectLeadersResponse;
  44: IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsResponse;
  47: OffsetDeleteResponse;
  48: DescribeClientQuotasResponse;
  49: AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsResponse;
  52: VoteResponse;
  53: BeginQuorumEpochResponse;
  54: EndQuorumEpochResponse;
  55: DescribeQuorumResponse;
  56: AlterPartitionResponse;
  57: UpdateFeaturesResponse;
  58: EnvelopeResponse;
  59: FetchSnapshotResponse;
  60: DescribeClusterResponse;
  61: DescribeProducersResponse;
  62: BrokerRegistrationResponse;
  63: BrokerHeartbeatResponse;
  64: UnregisterBrokerResponse;
  65: DescribeTransactionsResponse;
  66: ListTransactionsResponse;
  67: AllocateProducerIdsResponse;
  68: ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeResponse;
  70: ControllerRegistrationResponse;
  71: GetTelemetrySubscriptionsResponse;
  72: PushTelemetryResponse;
  73: AssignReplicasToDirsResponse;
  74: ListClientMetricsResourcesResponse;
  75: DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeResponse;
  78: ShareFetchResponse;
  79: ShareAcknowledgeResponse;
  80: AddRaftVoterResponse;
  81: RemoveRaftVoterResponse;
  82: UpdateRaftVoterResponse;
  83: InitializeShareGroupStateResponse;
  84: ReadShareGroupStateResponse;
  85: WriteShareGroupStateResponse;
  86: DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryResponse;
}

export type ApiTable = { readonly [K in ApiKey]: ApiDefinition<RequestBodies[K], ResponseBodies[K]> };

/** Any one API definition (a union over all api keys). */
export type AnyApiDefinition = ApiTable[ApiKey];

/** Every API by api key. */
export const apiTable: ApiTable = {
  0: new ApiDefinition({
    apiKey: 0,
    name: 'Produce',
    minVersion: 0,
    maxVersion: 11,
    firstFlexibleVersion: 9,
    deprecatedVersions: [0, 6],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: produceRequestCodec,
    response: produceResponseCodec,
  }),
  1: new ApiDefinition({
    apiKey: 1,
    name: 'Fetch',
    minVersion: 0,
    maxVersion: 17,
    firstFlexibleVersion: 12,
    deprecatedVersions: [0, 3],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: fetchRequestCodec,
    response: fetchResponseCodec,
  }),
  2: new ApiDefinition({
    apiKey: 2,
    name: 'ListOffsets',
    minVersion: 0,
    maxVersion: 10,
    firstFlexibleVersion: 6,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: listOffsetsRequestCodec,
    response: listOffsetsResponseCodec,
  }),
  3: new ApiDefinition({
    apiKey: 3,
    name: 'Metadata',
    minVersion: 0,
    maxVersion: 12,
    firstFlexibleVersion: 9,
    deprecatedVersions: [0, 3],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: metadataRequestCodec,
    response: metadataResponseCodec,
  }),
  4: new ApiDefinition({
    apiKey: 4,
    name: 'LeaderAndIsr',
    minVersion: 0,
    maxVersion: 7,
    firstFlexibleVersion: 4,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: leaderAndIsrRequestCodec,
    response: leaderAndIsrResponseCodec,
  }),
  5: new ApiDefinition({
    apiKey: 5,
    name: 'StopReplica',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: stopReplicaRequestCodec,
    response: stopReplicaResponseCodec,
  }),
  6: new ApiDefinition({
    apiKey: 6,
    name: 'UpdateMetadata',
    minVersion: 0,
    maxVersion: 8,
    firstFlexibleVersion: 6,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: updateMetadataRequestCodec,
    response: updateMetadataResponseCodec,
  }),
  7: new ApiDefinition({
    apiKey: 7,
    name: 'ControlledShutdown',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'controller'],
    // ControlledShutdown v0 predates the client id: its request header is v0.
    requestHeaderV0MaxVersion: 0,
    responseHeaderAlwaysV0: false,
    request: controlledShutdownRequestCodec,
    response: controlledShutdownResponseCodec,
  }),
  8: new ApiDefinition({
    apiKey: 8,
    name: 'OffsetCommit',
    minVersion: 0,
    maxVersion: 9,
    firstFlexibleVersion: 8,
    deprecatedVersions: [0, 1],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: offsetCommitRequestCodec,
    response: offsetCommitResponseCodec,
  }),
  9: new ApiDefinition({
    apiKey: 9,
    name: 'OffsetFetch',
    minVersion: 0,
    maxVersion: 9,
    firstFlexibleVersion: 6,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: offsetFetchRequestCodec,
    response: offsetFetchResponseCodec,
  }),
  10: new ApiDefinition({
    apiKey: 10,
    name: 'FindCoordinator',
    minVersion: 0,
    maxVersion: 6,
    firstFlexibleVersion: 3,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: findCoordinatorRequestCodec,
    response: findCoordinatorResponseCodec,
  }),
  11: new ApiDefinition({
    apiKey: 11,
    name: 'JoinGroup',
    minVersion: 0,
    maxVersion: 9,
    firstFlexibleVersion: 6,
    deprecatedVersions: [0, 1],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: joinGroupRequestCodec,
    response: joinGroupResponseCodec,
  }),
  12: new ApiDefinition({
    apiKey: 12,
    name: 'Heartbeat',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 4,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: heartbeatRequestCodec,
    response: heartbeatResponseCodec,
  }),
  13: new ApiDefinition({
    apiKey: 13,
    name: 'LeaveGroup',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 4,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: leaveGroupRequestCodec,
    response: leaveGroupResponseCodec,
  }),
  14: new ApiDefinition({
    apiKey: 14,
    name: 'SyncGroup',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 4,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: syncGroupRequestCodec,
    response: syncGroupResponseCodec,
  }),
  15: new ApiDefinition({
    apiKey: 15,
    name: 'DescribeGroups',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 5,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeGroupsRequestCodec,
    response: describeGroupsResponseCodec,
  }),
  16: new ApiDefinition({
    apiKey: 16,
    name: 'ListGroups',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: listGroupsRequestCodec,
    response: listGroupsResponseCodec,
  }),
  17: new ApiDefinition({
    apiKey: 17,
    name: 'SaslHandshake',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: null,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: saslHandshakeRequestCodec,
    response: saslHandshakeResponseCodec,
  }),
  18: new ApiDefinition({
    apiKey: 18,
    name: 'ApiVersions',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    // ApiVersionsResponse always has a v0 header so that any client can read it (KIP-511).
    responseHeaderAlwaysV0: true,
    request: apiVersionsRequestCodec,
    response: apiVersionsResponseCodec,
  }),
  19: new ApiDefinition({
    apiKey: 19,
    name: 'CreateTopics',
    minVersion: 0,
    maxVersion: 7,
    firstFlexibleVersion: 5,
    deprecatedVersions: [0, 1],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: createTopicsRequestCodec,
    response: createTopicsResponseCodec,
  }),
  20: new ApiDefinition({
    apiKey: 20,
    name: 'DeleteTopics',
    minVersion: 0,
    maxVersion: 6,
    firstFlexibleVersion: 4,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: deleteTopicsRequestCodec,
    response: deleteTopicsResponseCodec,
  }),
  21: new ApiDefinition({
    apiKey: 21,
    name: 'DeleteRecords',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: deleteRecordsRequestCodec,
    response: deleteRecordsResponseCodec,
  }),
  22: new ApiDefinition({
    apiKey: 22,
    name: 'InitProducerId',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: initProducerIdRequestCodec,
    response: initProducerIdResponseCodec,
  }),
  23: new ApiDefinition({
    apiKey: 23,
    name: 'OffsetForLeaderEpoch',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 4,
    deprecatedVersions: [0, 1],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: offsetForLeaderEpochRequestCodec,
    response: offsetForLeaderEpochResponseCodec,
  }),
  24: new ApiDefinition({
    apiKey: 24,
    name: 'AddPartitionsToTxn',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: addPartitionsToTxnRequestCodec,
    response: addPartitionsToTxnResponseCodec,
  }),
  25: new ApiDefinition({
    apiKey: 25,
    name: 'AddOffsetsToTxn',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: addOffsetsToTxnRequestCodec,
    response: addOffsetsToTxnResponseCodec,
  }),
  26: new ApiDefinition({
    apiKey: 26,
    name: 'EndTxn',
    minVersion: 0,
    maxVersion: 5,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: endTxnRequestCodec,
    response: endTxnResponseCodec,
  }),
  27: new ApiDefinition({
    apiKey: 27,
    name: 'WriteTxnMarkers',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 1,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: writeTxnMarkersRequestCodec,
    response: writeTxnMarkersResponseCodec,
  }),
  28: new ApiDefinition({
    apiKey: 28,
    name: 'TxnOffsetCommit',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 3,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: txnOffsetCommitRequestCodec,
    response: txnOffsetCommitResponseCodec,
  }),
  29: new ApiDefinition({
    apiKey: 29,
    name: 'DescribeAcls',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeAclsRequestCodec,
    response: describeAclsResponseCodec,
  }),
  30: new ApiDefinition({
    apiKey: 30,
    name: 'CreateAcls',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: createAclsRequestCodec,
    response: createAclsResponseCodec,
  }),
  31: new ApiDefinition({
    apiKey: 31,
    name: 'DeleteAcls',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: deleteAclsRequestCodec,
    response: deleteAclsResponseCodec,
  }),
  32: new ApiDefinition({
    apiKey: 32,
    name: 'DescribeConfigs',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 4,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeConfigsRequestCodec,
    response: describeConfigsResponseCodec,
  }),
  33: new ApiDefinition({
    apiKey: 33,
    name: 'AlterConfigs',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: alterConfigsRequestCodec,
    response: alterConfigsResponseCodec,
  }),
  34: new ApiDefinition({
    apiKey: 34,
    name: 'AlterReplicaLogDirs',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: alterReplicaLogDirsRequestCodec,
    response: alterReplicaLogDirsResponseCodec,
  }),
  35: new ApiDefinition({
    apiKey: 35,
    name: 'DescribeLogDirs',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeLogDirsRequestCodec,
    response: describeLogDirsResponseCodec,
  }),
  36: new ApiDefinition({
    apiKey: 36,
    name: 'SaslAuthenticate',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: saslAuthenticateRequestCodec,
    response: saslAuthenticateResponseCodec,
  }),
  37: new ApiDefinition({
    apiKey: 37,
    name: 'CreatePartitions',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: createPartitionsRequestCodec,
    response: createPartitionsResponseCodec,
  }),
  38: new ApiDefinition({
    apiKey: 38,
    name: 'CreateDelegationToken',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: createDelegationTokenRequestCodec,
    response: createDelegationTokenResponseCodec,
  }),
  39: new ApiDefinition({
    apiKey: 39,
    name: 'RenewDelegationToken',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: renewDelegationTokenRequestCodec,
    response: renewDelegationTokenResponseCodec,
  }),
  40: new ApiDefinition({
    apiKey: 40,
    name: 'ExpireDelegationToken',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: expireDelegationTokenRequestCodec,
    response: expireDelegationTokenResponseCodec,
  }),
  41: new ApiDefinition({
    apiKey: 41,
    name: 'DescribeDelegationToken',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeDelegationTokenRequestCodec,
    response: describeDelegationTokenResponseCodec,
  }),
  42: new ApiDefinition({
    apiKey: 42,
    name: 'DeleteGroups',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: [0, 0],
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: deleteGroupsRequestCodec,
    response: deleteGroupsResponseCodec,
  }),
  43: new ApiDefinition({
    apiKey: 43,
    name: 'ElectLeaders',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 2,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: electLeadersRequestCodec,
    response: electLeadersResponseCodec,
  }),
  44: new ApiDefinition({
    apiKey: 44,
    name: 'IncrementalAlterConfigs',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 1,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: incrementalAlterConfigsRequestCodec,
    response: incrementalAlterConfigsResponseCodec,
  }),
  45: new ApiDefinition({
    apiKey: 45,
    name: 'AlterPartitionReassignments',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller', 'zkBroker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: alterPartitionReassignmentsRequestCodec,
    response: alterPartitionReassignmentsResponseCodec,
  }),
  46: new ApiDefinition({
    apiKey: 46,
    name: 'ListPartitionReassignments',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller', 'zkBroker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: listPartitionReassignmentsRequestCodec,
    response: listPartitionReassignmentsResponseCodec,
  }),
  47: new ApiDefinition({
    apiKey: 47,
    name: 'OffsetDelete',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: null,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: offsetDeleteRequestCodec,
    response: offsetDeleteResponseCodec,
  }),
  48: new ApiDefinition({
    apiKey: 48,
    name: 'DescribeClientQuotas',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 1,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeClientQuotasRequestCodec,
    response: describeClientQuotasResponseCodec,
  }),
  49: new ApiDefinition({
    apiKey: 49,
    name: 'AlterClientQuotas',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 1,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: alterClientQuotasRequestCodec,
    response: alterClientQuotasResponseCodec,
  }),
  50: new ApiDefinition({
    apiKey: 50,
    name: 'DescribeUserScramCredentials',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeUserScramCredentialsRequestCodec,
    response: describeUserScramCredentialsResponseCodec,
  }),
  51: new ApiDefinition({
    apiKey: 51,
    name: 'AlterUserScramCredentials',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: alterUserScramCredentialsRequestCodec,
    response: alterUserScramCredentialsResponseCodec,
  }),
  52: new ApiDefinition({
    apiKey: 52,
    name: 'Vote',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: voteRequestCodec,
    response: voteResponseCodec,
  }),
  53: new ApiDefinition({
    apiKey: 53,
    name: 'BeginQuorumEpoch',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 1,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: beginQuorumEpochRequestCodec,
    response: beginQuorumEpochResponseCodec,
  }),
  54: new ApiDefinition({
    apiKey: 54,
    name: 'EndQuorumEpoch',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 1,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: endQuorumEpochRequestCodec,
    response: endQuorumEpochResponseCodec,
  }),
  55: new ApiDefinition({
    apiKey: 55,
    name: 'DescribeQuorum',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeQuorumRequestCodec,
    response: describeQuorumResponseCodec,
  }),
  56: new ApiDefinition({
    apiKey: 56,
    name: 'AlterPartition',
    minVersion: 0,
    maxVersion: 3,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: alterPartitionRequestCodec,
    response: alterPartitionResponseCodec,
  }),
  57: new ApiDefinition({
    apiKey: 57,
    name: 'UpdateFeatures',
    minVersion: 0,
    maxVersion: 2,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: updateFeaturesRequestCodec,
    response: updateFeaturesResponseCodec,
  }),
  58: new ApiDefinition({
    apiKey: 58,
    name: 'Envelope',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller', 'zkBroker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: envelopeRequestCodec,
    response: envelopeResponseCodec,
  }),
  59: new ApiDefinition({
    apiKey: 59,
    name: 'FetchSnapshot',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: fetchSnapshotRequestCodec,
    response: fetchSnapshotResponseCodec,
  }),
  60: new ApiDefinition({
    apiKey: 60,
    name: 'DescribeCluster',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeClusterRequestCodec,
    response: describeClusterResponseCodec,
  }),
  61: new ApiDefinition({
    apiKey: 61,
    name: 'DescribeProducers',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeProducersRequestCodec,
    response: describeProducersResponseCodec,
  }),
  62: new ApiDefinition({
    apiKey: 62,
    name: 'BrokerRegistration',
    minVersion: 0,
    maxVersion: 4,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: brokerRegistrationRequestCodec,
    response: brokerRegistrationResponseCodec,
  }),
  63: new ApiDefinition({
    apiKey: 63,
    name: 'BrokerHeartbeat',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: brokerHeartbeatRequestCodec,
    response: brokerHeartbeatResponseCodec,
  }),
  64: new ApiDefinition({
    apiKey: 64,
    name: 'UnregisterBroker',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: unregisterBrokerRequestCodec,
    response: unregisterBrokerResponseCodec,
  }),
  65: new ApiDefinition({
    apiKey: 65,
    name: 'DescribeTransactions',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeTransactionsRequestCodec,
    response: describeTransactionsResponseCodec,
  }),
  66: new ApiDefinition({
    apiKey: 66,
    name: 'ListTransactions',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: listTransactionsRequestCodec,
    response: listTransactionsResponseCodec,
  }),
  67: new ApiDefinition({
    apiKey: 67,
    name: 'AllocateProducerIds',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: allocateProducerIdsRequestCodec,
    response: allocateProducerIdsResponseCodec,
  }),
  68: new ApiDefinition({
    apiKey: 68,
    name: 'ConsumerGroupHeartbeat',
    minVersion: 0,
    maxVersion: 1,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: consumerGroupHeartbeatRequestCodec,
    response: consumerGroupHeartbeatResponseCodec,
  }),
  69: new ApiDefinition({
    apiKey: 69,
    name: 'ConsumerGroupDescribe',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['zkBroker', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: consumerGroupDescribeRequestCodec,
    response: consumerGroupDescribeResponseCodec,
  }),
  70: new ApiDefinition({
    apiKey: 70,
    name: 'ControllerRegistration',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: controllerRegistrationRequestCodec,
    response: controllerRegistrationResponseCodec,
  }),
  71: new ApiDefinition({
    apiKey: 71,
    name: 'GetTelemetrySubscriptions',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: getTelemetrySubscriptionsRequestCodec,
    response: getTelemetrySubscriptionsResponseCodec,
  }),
  72: new ApiDefinition({
    apiKey: 72,
    name: 'PushTelemetry',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: pushTelemetryRequestCodec,
    response: pushTelemetryResponseCodec,
  }),
  73: new ApiDefinition({
    apiKey: 73,
    name: 'AssignReplicasToDirs',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: assignReplicasToDirsRequestCodec,
    response: assignReplicasToDirsResponseCodec,
  }),
  74: new ApiDefinition({
    apiKey: 74,
    name: 'ListClientMetricsResources',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: listClientMetricsResourcesRequestCodec,
    response: listClientMetricsResourcesResponseCodec,
  }),
  75: new ApiDefinition({
    apiKey: 75,
    name: 'DescribeTopicPartitions',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: describeTopicPartitionsRequestCodec,
    response: describeTopicPartitionsResponseCodec,
  }),
  76: new ApiDefinition({
    apiKey: 76,
    name: 'ShareGroupHeartbeat',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: shareGroupHeartbeatRequestCodec,
    response: shareGroupHeartbeatResponseCodec,
  }),
  77: new ApiDefinition({
    apiKey: 77,
    name: 'ShareGroupDescribe',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: shareGroupDescribeRequestCodec,
    response: shareGroupDescribeResponseCodec,
  }),
  78: new ApiDefinition({
    apiKey: 78,
    name: 'ShareFetch',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: shareFetchRequestCodec,
    response: shareFetchResponseCodec,
  }),
  79: new ApiDefinition({
    apiKey: 79,
    name: 'ShareAcknowledge',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: shareAcknowledgeRequestCodec,
    response: shareAcknowledgeResponseCodec,
  }),
  80: new ApiDefinition({
    apiKey: 80,
    name: 'AddRaftVoter',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: addRaftVoterRequestCodec,
    response: addRaftVoterResponseCodec,
  }),
  81: new ApiDefinition({
    apiKey: 81,
    name: 'RemoveRaftVoter',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller', 'broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: removeRaftVoterRequestCodec,
    response: removeRaftVoterResponseCodec,
  }),
  82: new ApiDefinition({
    apiKey: 82,
    name: 'UpdateRaftVoter',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: false,
    listeners: ['controller'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: updateRaftVoterRequestCodec,
    response: updateRaftVoterResponseCodec,
  }),
  83: new ApiDefinition({
    apiKey: 83,
    name: 'InitializeShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: initializeShareGroupStateRequestCodec,
    response: initializeShareGroupStateResponseCodec,
  }),
  84: new ApiDefinition({
    apiKey: 84,
    name: 'ReadShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: readShareGroupStateRequestCodec,
    response: readShareGroupStateResponseCodec,
  }),
  85: new ApiDefinition({
    apiKey: 85,
    name: 'WriteShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: writeShareGroupStateRequestCodec,
    response: writeShareGroupStateResponseCodec,
  }),
  86: new ApiDefinition({
    apiKey: 86,
    name: 'DeleteShareGroupState',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: deleteShareGroupStateRequestCodec,
    response: deleteShareGroupStateResponseCodec,
  }),
  87: new ApiDefinition({
    apiKey: 87,
    name: 'ReadShareGroupStateSummary',
    minVersion: 0,
    maxVersion: 0,
    firstFlexibleVersion: 0,
    deprecatedVersions: null,
    latestVersionUnstable: true,
    listeners: ['broker'],
    requestHeaderV0MaxVersion: -1,
    responseHeaderAlwaysV0: false,
    request: readShareGroupStateSummaryRequestCodec,
    response: readShareGroupStateSummaryResponseCodec,
  }),
};

/** Every API in api key order (for ApiVersions responses and tests). */
export const apiList: readonly AnyApiDefinition[] = Object.values(apiTable);

export function isApiKey(apiKey: number): apiKey is ApiKey {
  return Object.hasOwn(apiTable, apiKey);
}

/** The API for a key read off the wire, or undefined when the key is unknown. */
export function apiByKey(apiKey: number): AnyApiDefinition | undefined {
  return isApiKey(apiKey) ? apiTable[apiKey] : undefined;
}
