// Kafka message specs as data, for tests and tooling (generated codecs never read it).
// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from
// ../shared/kafka-protocol/messages/{*.json} (Apache Kafka commit 1eb7644349cb, Apache-2.0).
// To change it, change the generator or the specs and run `npm run generate` again.

import type { MessageCodec } from '../codec.ts';
import { produceRequestCodec, produceResponseCodec } from './produce.ts';
import { fetchRequestCodec, fetchResponseCodec } from './fetch.ts';
import { listOffsetsRequestCodec, listOffsetsResponseCodec } from './list-offsets.ts';
import { metadataRequestCodec, metadataResponseCodec } from './metadata.ts';
import { leaderAndIsrRequestCodec, leaderAndIsrResponseCodec } from './leader-and-isr.ts';
import { stopReplicaRequestCodec, stopReplicaResponseCodec } from './stop-replica.ts';
import { updateMetadataRequestCodec, updateMetadataResponseCodec } from './update-metadata.ts';
import { controlledShutdownRequestCodec, controlledShutdownResponseCodec } from './controlled-shutdown.ts';
import { offsetCommitRequestCodec, offsetCommitResponseCodec } from './offset-commit.ts';
import { offsetFetchRequestCodec, offsetFetchResponseCodec } from './offset-fetch.ts';
import { findCoordinatorRequestCodec, findCoordinatorResponseCodec } from './find-coordinator.ts';
import { joinGroupRequestCodec, joinGroupResponseCodec } from './join-group.ts';
import { heartbeatRequestCodec, heartbeatResponseCodec } from './heartbeat.ts';
import { leaveGroupRequestCodec, leaveGroupResponseCodec } from './leave-group.ts';
import { syncGroupRequestCodec, syncGroupResponseCodec } from './sync-group.ts';
import { describeGroupsRequestCodec, describeGroupsResponseCodec } from './describe-groups.ts';
import { listGroupsRequestCodec, listGroupsResponseCodec } from './list-groups.ts';
import { saslHandshakeRequestCodec, saslHandshakeResponseCodec } from './sasl-handshake.ts';
import { apiVersionsRequestCodec, apiVersionsResponseCodec } from './api-versions.ts';
import { createTopicsRequestCodec, createTopicsResponseCodec } from './create-topics.ts';
import { deleteTopicsRequestCodec, deleteTopicsResponseCodec } from './delete-topics.ts';
import { deleteRecordsRequestCodec, deleteRecordsResponseCodec } from './delete-records.ts';
import { initProducerIdRequestCodec, initProducerIdResponseCodec } from './init-producer-id.ts';
import { offsetForLeaderEpochRequestCodec, offsetForLeaderEpochResponseCodec } from './offset-for-leader-epoch.ts';
import { addPartitionsToTxnRequestCodec, addPartitionsToTxnResponseCodec } from './add-partitions-to-txn.ts';
import { addOffsetsToTxnRequestCodec, addOffsetsToTxnResponseCodec } from './add-offsets-to-txn.ts';
import { endTxnRequestCodec, endTxnResponseCodec } from './end-txn.ts';
import { writeTxnMarkersRequestCodec, writeTxnMarkersResponseCodec } from './write-txn-markers.ts';
import { txnOffsetCommitRequestCodec, txnOffsetCommitResponseCodec } from './txn-offset-commit.ts';
import { describeAclsRequestCodec, describeAclsResponseCodec } from './describe-acls.ts';
import { createAclsRequestCodec, createAclsResponseCodec } from './create-acls.ts';
import { deleteAclsRequestCodec, deleteAclsResponseCodec } from './delete-acls.ts';
import { describeConfigsRequestCodec, describeConfigsResponseCodec } from './describe-configs.ts';
import { alterConfigsRequestCodec, alterConfigsResponseCodec } from './alter-configs.ts';
import { alterReplicaLogDirsRequestCodec, alterReplicaLogDirsResponseCodec } from './alter-replica-log-dirs.ts';
import { describeLogDirsRequestCodec, describeLogDirsResponseCodec } from './describe-log-dirs.ts';
import { saslAuthenticateRequestCodec, saslAuthenticateResponseCodec } from './sasl-authenticate.ts';
import { createPartitionsRequestCodec, createPartitionsResponseCodec } from './create-partitions.ts';
import { createDelegationTokenRequestCodec, createDelegationTokenResponseCodec } from './create-delegation-token.ts';
import { renewDelegationTokenRequestCodec, renewDelegationTokenResponseCodec } from './renew-delegation-token.ts';
import { expireDelegationTokenRequestCodec, expireDelegationTokenResponseCodec } from './expire-delegation-token.ts';
import { describeDelegationTokenRequestCodec, describeDelegationTokenResponseCodec } from './describe-delegation-token.ts';
import { deleteGroupsRequestCodec, deleteGroupsResponseCodec } from './delete-groups.ts';
import { electLeadersRequestCodec, electLeadersResponseCodec } from './elect-leaders.ts';
import { incrementalAlterConfigsRequestCodec, incrementalAlterConfigsResponseCodec } from './incremental-alter-configs.ts';
import { alterPartitionReassignmentsRequestCodec, alterPartitionReassignmentsResponseCodec } from './alter-partition-reassignments.ts';
import { listPartitionReassignmentsRequestCodec, listPartitionReassignmentsResponseCodec } from './list-partition-reassignments.ts';
import { offsetDeleteRequestCodec, offsetDeleteResponseCodec } from './offset-delete.ts';
import { describeClientQuotasRequestCodec, describeClientQuotasResponseCodec } from './describe-client-quotas.ts';
import { alterClientQuotasRequestCodec, alterClientQuotasResponseCodec } from './alter-client-quotas.ts';
import { describeUserScramCredentialsRequestCodec, describeUserScramCredentialsResponseCodec } from './describe-user-scram-credentials.ts';
import { alterUserScramCredentialsRequestCodec, alterUserScramCredentialsResponseCodec } from './alter-user-scram-credentials.ts';
import { voteRequestCodec, voteResponseCodec } from './vote.ts';
import { beginQuorumEpochRequestCodec, beginQuorumEpochResponseCodec } from './begin-quorum-epoch.ts';
import { endQuorumEpochRequestCodec, endQuorumEpochResponseCodec } from './end-quorum-epoch.ts';
import { describeQuorumRequestCodec, describeQuorumResponseCodec } from './describe-quorum.ts';
import { alterPartitionRequestCodec, alterPartitionResponseCodec } from './alter-partition.ts';
import { updateFeaturesRequestCodec, updateFeaturesResponseCodec } from './update-features.ts';
import { envelopeRequestCodec, envelopeResponseCodec } from './envelope.ts';
import { fetchSnapshotRequestCodec, fetchSnapshotResponseCodec } from './fetch-snapshot.ts';
import { describeClusterRequestCodec, describeClusterResponseCodec } from './describe-cluster.ts';
import { describeProducersRequestCodec, describeProducersResponseCodec } from './describe-producers.ts';
import { brokerRegistrationRequestCodec, brokerRegistrationResponseCodec } from './broker-registration.ts';
import { brokerHeartbeatRequestCodec, brokerHeartbeatResponseCodec } from './broker-heartbeat.ts';
import { unregisterBrokerRequestCodec, unregisterBrokerResponseCodec } from './unregister-broker.ts';
import { describeTransactionsRequestCodec, describeTransactionsResponseCodec } from './describe-transactions.ts';
import { listTransactionsRequestCodec, listTransactionsResponseCodec } from './list-transactions.ts';
import { allocateProducerIdsRequestCodec, allocateProducerIdsResponseCodec } from './allocate-producer-ids.ts';
import { consumerGroupHeartbeatRequestCodec, consumerGroupHeartbeatResponseCodec } from './consumer-group-heartbeat.ts';
import { consumerGroupDescribeRequestCodec, consumerGroupDescribeResponseCodec } from './consumer-group-describe.ts';
import { controllerRegistrationRequestCodec, controllerRegistrationResponseCodec } from './controller-registration.ts';
import { getTelemetrySubscriptionsRequestCodec, getTelemetrySubscriptionsResponseCodec } from './get-telemetry-subscriptions.ts';
import { pushTelemetryRequestCodec, pushTelemetryResponseCodec } from './push-telemetry.ts';
import { assignReplicasToDirsRequestCodec, assignReplicasToDirsResponseCodec } from './assign-replicas-to-dirs.ts';
import { listClientMetricsResourcesRequestCodec, listClientMetricsResourcesResponseCodec } from './list-client-metrics-resources.ts';
import { describeTopicPartitionsRequestCodec, describeTopicPartitionsResponseCodec } from './describe-topic-partitions.ts';
import { shareGroupHeartbeatRequestCodec, shareGroupHeartbeatResponseCodec } from './share-group-heartbeat.ts';
import { shareGroupDescribeRequestCodec, shareGroupDescribeResponseCodec } from './share-group-describe.ts';
import { shareFetchRequestCodec, shareFetchResponseCodec } from './share-fetch.ts';
import { shareAcknowledgeRequestCodec, shareAcknowledgeResponseCodec } from './share-acknowledge.ts';
import { addRaftVoterRequestCodec, addRaftVoterResponseCodec } from './add-raft-voter.ts';
import { removeRaftVoterRequestCodec, removeRaftVoterResponseCodec } from './remove-raft-voter.ts';
import { updateRaftVoterRequestCodec, updateRaftVoterResponseCodec } from './update-raft-voter.ts';
import { initializeShareGroupStateRequestCodec, initializeShareGroupStateResponseCodec } from './initialize-share-group-state.ts';
import { readShareGroupStateRequestCodec, readShareGroupStateResponseCodec } from './read-share-group-state.ts';
import { writeShareGroupStateRequestCodec, writeShareGroupStateResponseCodec } from './write-share-group-state.ts';
import { deleteShareGroupStateRequestCodec, deleteShareGroupStateResponseCodec } from './delete-share-group-state.ts';
import { readShareGroupStateSummaryRequestCodec, readShareGroupStateSummaryResponseCodec } from './read-share-group-state-summary.ts';
import { requestHeaderCodec } from './request-header.ts';
import { responseHeaderCodec } from './response-header.ts';
import { consumerProtocolAssignmentCodec } from './consumer-protocol-assignment.ts';
import { consumerProtocolSubscriptionCodec } from './consumer-protocol-subscription.ts';
import { defaultPrincipalDataCodec } from './default-principal-data.ts';
import { kRaftVersionRecordCodec } from './k-raft-version-record.ts';
import { leaderChangeMessageCodec } from './leader-change-message.ts';
import { snapshotFooterRecordCodec } from './snapshot-footer-record.ts';
import { snapshotHeaderRecordCodec } from './snapshot-header-record.ts';
import { votersRecordCodec } from './voters-record.ts';

export type SchemaType =
  | { readonly kind: 'primitive'; readonly name: string }
  | { readonly kind: 'array'; readonly element: SchemaType }
  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly SchemaField[] };

/** Version ranges are [lowest, highest] inclusive and clipped to the valid versions; null when empty. */
export interface SchemaField {
  readonly name: string;
  readonly type: SchemaType;
  readonly versions: readonly [number, number] | null;
  readonly nullableVersions: readonly [number, number] | null;
  readonly taggedVersions: readonly [number, number] | null;
  readonly tag: number | null;
  /** Field-level override of the message flexible versions (undefined when there is none). */
  readonly flexibleVersions: readonly [number, number] | null | undefined;
  /** The TypeScript type admits null. */
  readonly nullable: boolean;
  /** The spec default; undefined for a struct whose default is itself with every field at its default. */
  readonly default: unknown;
}

export interface SchemaMessage {
  readonly name: string;
  readonly kind: 'request' | 'response' | 'header' | 'data';
  readonly apiKey: number | null;
  readonly validVersions: readonly [number, number];
  readonly flexibleVersions: readonly [number, number] | null;
  readonly codec: MessageCodec<unknown>;
  readonly fields: readonly SchemaField[];
}

export const messageSchemas: readonly SchemaMessage[] = [
  {
    name: 'ProduceRequest',
    kind: 'request',
    apiKey: 0,
    validVersions: [0, 11],
    flexibleVersions: [9, 11],
    codec: produceRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [3, 11], nullableVersions: [3, 11], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'acks', type: { kind: 'primitive', name: 'int16' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topicData', type: { kind: 'array', element: { kind: 'struct', name: 'ProduceRequestTopicProduceData', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionData', type: { kind: 'array', element: { kind: 'struct', name: 'ProduceRequestPartitionProduceData', fields: [
          { name: 'index', type: { kind: 'primitive', name: 'int32' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'records', type: { kind: 'primitive', name: 'records' }, versions: [0, 11], nullableVersions: [0, 11], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        ] } }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ProduceResponse',
    kind: 'response',
    apiKey: 0,
    validVersions: [0, 11],
    flexibleVersions: [9, 11],
    codec: produceResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'ProduceResponseTopicProduceResponse', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionResponses', type: { kind: 'array', element: { kind: 'struct', name: 'ProduceResponsePartitionProduceResponse', fields: [
          { name: 'index', type: { kind: 'primitive', name: 'int32' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'baseOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'logAppendTimeMs', type: { kind: 'primitive', name: 'int64' }, versions: [2, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'logStartOffset', type: { kind: 'primitive', name: 'int64' }, versions: [5, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'recordErrors', type: { kind: 'array', element: { kind: 'struct', name: 'ProduceResponseBatchIndexAndErrorMessage', fields: [
            { name: 'batchIndex', type: { kind: 'primitive', name: 'int32' }, versions: [8, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'batchIndexErrorMessage', type: { kind: 'primitive', name: 'string' }, versions: [8, 11], nullableVersions: [8, 11], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          ] } }, versions: [8, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [8, 11], nullableVersions: [8, 11], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'currentLeader', type: { kind: 'struct', name: 'ProduceResponseLeaderIdAndEpoch', fields: [
            { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [10, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
            { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [10, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          ] }, versions: [10, 11], nullableVersions: null, taggedVersions: [10, 11], tag: 0, flexibleVersions: undefined, nullable: false, default: undefined },
        ] } }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'ProduceResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [10, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [10, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [10, 11], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [10, 11], nullableVersions: [10, 11], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [10, 11], nullableVersions: null, taggedVersions: [10, 11], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'FetchRequest',
    kind: 'request',
    apiKey: 1,
    validVersions: [0, 17],
    flexibleVersions: [12, 17],
    codec: fetchRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [12, 17], nullableVersions: [12, 17], taggedVersions: [12, 17], tag: 0, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 14], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'replicaState', type: { kind: 'struct', name: 'FetchRequestReplicaState', fields: [
        { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [15, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        { name: 'replicaEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [15, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      ] }, versions: [15, 17], nullableVersions: null, taggedVersions: [15, 17], tag: 1, flexibleVersions: undefined, nullable: false, default: undefined },
      { name: 'maxWaitMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'minBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'maxBytes', type: { kind: 'primitive', name: 'int32' }, versions: [3, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 2147483647 },
      { name: 'isolationLevel', type: { kind: 'primitive', name: 'int8' }, versions: [4, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'sessionId', type: { kind: 'primitive', name: 'int32' }, versions: [7, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'sessionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [7, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'FetchRequestFetchTopic', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [13, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'FetchRequestFetchPartition', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'currentLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [9, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'fetchOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'lastFetchedEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [12, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'logStartOffset', type: { kind: 'primitive', name: 'int64' }, versions: [5, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'partitionMaxBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'replicaDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [17, 17], nullableVersions: null, taggedVersions: [17, 17], tag: 0, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        ] } }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'forgottenTopicsData', type: { kind: 'array', element: { kind: 'struct', name: 'FetchRequestForgottenTopic', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [7, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [13, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [7, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [7, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'rackId', type: { kind: 'primitive', name: 'string' }, versions: [11, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
    ],
  },
  {
    name: 'FetchResponse',
    kind: 'response',
    apiKey: 1,
    validVersions: [0, 17],
    flexibleVersions: [12, 17],
    codec: fetchResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [7, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'sessionId', type: { kind: 'primitive', name: 'int32' }, versions: [7, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'FetchResponseFetchableTopicResponse', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [13, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'FetchResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'highWatermark', type: { kind: 'primitive', name: 'int64' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'lastStableOffset', type: { kind: 'primitive', name: 'int64' }, versions: [4, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'logStartOffset', type: { kind: 'primitive', name: 'int64' }, versions: [5, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'divergingEpoch', type: { kind: 'struct', name: 'FetchResponseEpochEndOffset', fields: [
            { name: 'epoch', type: { kind: 'primitive', name: 'int32' }, versions: [12, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
            { name: 'endOffset', type: { kind: 'primitive', name: 'int64' }, versions: [12, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          ] }, versions: [12, 17], nullableVersions: null, taggedVersions: [12, 17], tag: 0, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'currentLeader', type: { kind: 'struct', name: 'FetchResponseLeaderIdAndEpoch', fields: [
            { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [12, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
            { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [12, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          ] }, versions: [12, 17], nullableVersions: null, taggedVersions: [12, 17], tag: 1, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'snapshotId', type: { kind: 'struct', name: 'FetchResponseSnapshotId', fields: [
            { name: 'endOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
            { name: 'epoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          ] }, versions: [12, 17], nullableVersions: null, taggedVersions: [12, 17], tag: 2, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'abortedTransactions', type: { kind: 'array', element: { kind: 'struct', name: 'FetchResponseAbortedTransaction', fields: [
            { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [4, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'firstOffset', type: { kind: 'primitive', name: 'int64' }, versions: [4, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          ] } }, versions: [4, 17], nullableVersions: [4, 17], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
          { name: 'preferredReadReplica', type: { kind: 'primitive', name: 'int32' }, versions: [11, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'records', type: { kind: 'primitive', name: 'records' }, versions: [0, 17], nullableVersions: [0, 17], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        ] } }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'FetchResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [16, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [16, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [16, 17], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [16, 17], nullableVersions: [16, 17], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [16, 17], nullableVersions: null, taggedVersions: [16, 17], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ListOffsetsRequest',
    kind: 'request',
    apiKey: 2,
    validVersions: [0, 10],
    flexibleVersions: [6, 10],
    codec: listOffsetsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'isolationLevel', type: { kind: 'primitive', name: 'int8' }, versions: [2, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ListOffsetsRequestListOffsetsTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ListOffsetsRequestListOffsetsPartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'currentLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [4, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'timestamp', type: { kind: 'primitive', name: 'int64' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'maxNumOffsets', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 1 },
        ] } }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [10, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'ListOffsetsResponse',
    kind: 'response',
    apiKey: 2,
    validVersions: [0, 10],
    flexibleVersions: [6, 10],
    codec: listOffsetsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [2, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ListOffsetsResponseListOffsetsTopicResponse', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ListOffsetsResponseListOffsetsPartitionResponse', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'oldStyleOffsets', type: { kind: 'array', element: { kind: 'primitive', name: 'int64' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'timestamp', type: { kind: 'primitive', name: 'int64' }, versions: [1, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'offset', type: { kind: 'primitive', name: 'int64' }, versions: [1, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [4, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        ] } }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'MetadataRequest',
    kind: 'request',
    apiKey: 3,
    validVersions: [0, 12],
    flexibleVersions: [9, 12],
    codec: metadataRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'MetadataRequestTopic', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [10, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 12], nullableVersions: [10, 12], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [0, 12], nullableVersions: [1, 12], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      { name: 'allowAutoTopicCreation', type: { kind: 'primitive', name: 'bool' }, versions: [4, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: true },
      { name: 'includeClusterAuthorizedOperations', type: { kind: 'primitive', name: 'bool' }, versions: [8, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'includeTopicAuthorizedOperations', type: { kind: 'primitive', name: 'bool' }, versions: [8, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'MetadataResponse',
    kind: 'response',
    apiKey: 3,
    validVersions: [0, 12],
    flexibleVersions: [9, 12],
    codec: metadataResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [3, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokers', type: { kind: 'array', element: { kind: 'struct', name: 'MetadataResponseBroker', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [1, 12], nullableVersions: [1, 12], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [2, 12], nullableVersions: [2, 12], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'controllerId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'MetadataResponseTopic', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 12], nullableVersions: [12, 12], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [10, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'isInternal', type: { kind: 'primitive', name: 'bool' }, versions: [1, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'MetadataResponsePartition', fields: [
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [7, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'replicaNodes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'isrNodes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'offlineReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [5, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'topicAuthorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [8, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
      ] } }, versions: [0, 12], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'clusterAuthorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [8, 10], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
    ],
  },
  {
    name: 'LeaderAndIsrRequest',
    kind: 'request',
    apiKey: 4,
    validVersions: [0, 7],
    flexibleVersions: [4, 7],
    codec: leaderAndIsrRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'controllerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'isKRaftController', type: { kind: 'primitive', name: 'bool' }, versions: [7, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [2, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'type', type: { kind: 'primitive', name: 'int8' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'ungroupedPartitionStates', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrRequestLeaderAndIsrPartitionState', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'leader', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'isr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'partitionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'replicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'addingReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [3, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'removingReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [3, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'isNew', type: { kind: 'primitive', name: 'bool' }, versions: [1, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        { name: 'leaderRecoveryState', type: { kind: 'primitive', name: 'int8' }, versions: [6, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'topicStates', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrRequestLeaderAndIsrTopicState', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [2, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitionStates', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrRequestLeaderAndIsrPartitionState', fields: [
          { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leader', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'isr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'partitionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'replicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'addingReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [3, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'removingReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [3, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'isNew', type: { kind: 'primitive', name: 'bool' }, versions: [1, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
          { name: 'leaderRecoveryState', type: { kind: 'primitive', name: 'int8' }, versions: [6, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [2, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [2, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'liveLeaders', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrRequestLeaderAndIsrLiveLeader', fields: [
        { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'hostName', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'LeaderAndIsrResponse',
    kind: 'response',
    apiKey: 4,
    validVersions: [0, 7],
    flexibleVersions: [4, 7],
    codec: leaderAndIsrResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'partitionErrors', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrResponseLeaderAndIsrPartitionError', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrResponseLeaderAndIsrTopicError', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitionErrors', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderAndIsrResponseLeaderAndIsrPartitionError', fields: [
          { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'StopReplicaRequest',
    kind: 'request',
    apiKey: 5,
    validVersions: [0, 4],
    flexibleVersions: [2, 4],
    codec: stopReplicaRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'controllerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'isKRaftController', type: { kind: 'primitive', name: 'bool' }, versions: [4, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'deletePartitions', type: { kind: 'primitive', name: 'bool' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'ungroupedPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'StopReplicaRequestStopReplicaPartitionV0', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'StopReplicaRequestStopReplicaTopicV1', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndexes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'topicStates', type: { kind: 'array', element: { kind: 'struct', name: 'StopReplicaRequestStopReplicaTopicState', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionStates', type: { kind: 'array', element: { kind: 'struct', name: 'StopReplicaRequestStopReplicaPartitionState', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'deletePartition', type: { kind: 'primitive', name: 'bool' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        ] } }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'StopReplicaResponse',
    kind: 'response',
    apiKey: 5,
    validVersions: [0, 4],
    flexibleVersions: [2, 4],
    codec: stopReplicaResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'partitionErrors', type: { kind: 'array', element: { kind: 'struct', name: 'StopReplicaResponseStopReplicaPartitionError', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'UpdateMetadataRequest',
    kind: 'request',
    apiKey: 6,
    validVersions: [0, 8],
    flexibleVersions: [6, 8],
    codec: updateMetadataRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'controllerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'isKRaftController', type: { kind: 'primitive', name: 'bool' }, versions: [8, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'type', type: { kind: 'primitive', name: 'int8' }, versions: [8, 8], nullableVersions: null, taggedVersions: [8, 8], tag: 0, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [5, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'ungroupedPartitionStates', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateMetadataRequestUpdateMetadataPartitionState', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'leader', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'isr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'zkVersion', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'replicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'offlineReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [4, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'topicStates', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateMetadataRequestUpdateMetadataTopicState', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [5, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [7, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitionStates', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateMetadataRequestUpdateMetadataPartitionState', fields: [
          { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'controllerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leader', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'isr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'zkVersion', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'replicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'offlineReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [4, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [5, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [5, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'liveBrokers', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateMetadataRequestUpdateMetadataBroker', fields: [
        { name: 'id', type: { kind: 'primitive', name: 'int32' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'v0Host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'v0Port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'endpoints', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateMetadataRequestUpdateMetadataEndpoint', fields: [
          { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [1, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'listener', type: { kind: 'primitive', name: 'string' }, versions: [3, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'securityProtocol', type: { kind: 'primitive', name: 'int16' }, versions: [1, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [1, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [2, 8], nullableVersions: [0, 8], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'UpdateMetadataResponse',
    kind: 'response',
    apiKey: 6,
    validVersions: [0, 8],
    flexibleVersions: [6, 8],
    codec: updateMetadataResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 8], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'ControlledShutdownRequest',
    kind: 'request',
    apiKey: 7,
    validVersions: [0, 3],
    flexibleVersions: [3, 3],
    codec: controlledShutdownRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [2, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
    ],
  },
  {
    name: 'ControlledShutdownResponse',
    kind: 'response',
    apiKey: 7,
    validVersions: [0, 3],
    flexibleVersions: [3, 3],
    codec: controlledShutdownResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'remainingPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ControlledShutdownResponseRemainingPartition', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'OffsetCommitRequest',
    kind: 'request',
    apiKey: 8,
    validVersions: [0, 9],
    flexibleVersions: [8, 9],
    codec: offsetCommitRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'generationIdOrMemberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [1, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [1, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [7, 9], nullableVersions: [7, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'retentionTimeMs', type: { kind: 'primitive', name: 'int64' }, versions: [2, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetCommitRequestTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetCommitRequestPartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'committedOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'committedLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [6, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'commitTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          { name: 'committedMetadata', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: [0, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'OffsetCommitResponse',
    kind: 'response',
    apiKey: 8,
    validVersions: [0, 9],
    flexibleVersions: [8, 9],
    codec: offsetCommitResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [3, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetCommitResponseTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetCommitResponsePartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'OffsetFetchRequest',
    kind: 'request',
    apiKey: 9,
    validVersions: [0, 9],
    flexibleVersions: [6, 9],
    codec: offsetFetchRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchRequestTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndexes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 7], nullableVersions: [2, 7], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      { name: 'groups', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchRequestGroup', fields: [
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [9, 9], nullableVersions: [9, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [9, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchRequestTopics', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitionIndexes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [8, 9], nullableVersions: [8, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      ] } }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'requireStable', type: { kind: 'primitive', name: 'bool' }, versions: [7, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'OffsetFetchResponse',
    kind: 'response',
    apiKey: 9,
    validVersions: [0, 9],
    flexibleVersions: [6, 9],
    codec: offsetFetchResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [3, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchResponseTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchResponsePartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'committedOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'committedLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'metadata', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: [0, 7], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [2, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'groups', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchResponseGroup', fields: [
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchResponseTopics', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetFetchResponsePartitions', fields: [
            { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'committedOffset', type: { kind: 'primitive', name: 'int64' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'committedLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
            { name: 'metadata', type: { kind: 'primitive', name: 'string' }, versions: [8, 9], nullableVersions: [8, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
            { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [8, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'FindCoordinatorRequest',
    kind: 'request',
    apiKey: 10,
    validVersions: [0, 6],
    flexibleVersions: [3, 6],
    codec: findCoordinatorRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'key', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'keyType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'coordinatorKeys', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'FindCoordinatorResponse',
    kind: 'response',
    apiKey: 10,
    validVersions: [0, 6],
    flexibleVersions: [3, 6],
    codec: findCoordinatorResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [1, 3], nullableVersions: [1, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'coordinators', type: { kind: 'array', element: { kind: 'struct', name: 'FindCoordinatorResponseCoordinator', fields: [
        { name: 'key', type: { kind: 'primitive', name: 'string' }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [4, 6], nullableVersions: [4, 6], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [4, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'JoinGroupRequest',
    kind: 'request',
    apiKey: 11,
    validVersions: [0, 9],
    flexibleVersions: [6, 9],
    codec: joinGroupRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'sessionTimeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'rebalanceTimeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [5, 9], nullableVersions: [5, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'protocolType', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'protocols', type: { kind: 'array', element: { kind: 'struct', name: 'JoinGroupRequestProtocol', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'metadata', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      ] } }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'reason', type: { kind: 'primitive', name: 'string' }, versions: [8, 9], nullableVersions: [8, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'JoinGroupResponse',
    kind: 'response',
    apiKey: 11,
    validVersions: [0, 9],
    flexibleVersions: [6, 9],
    codec: joinGroupResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [2, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'generationId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'protocolType', type: { kind: 'primitive', name: 'string' }, versions: [7, 9], nullableVersions: [7, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'protocolName', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: [7, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'leader', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'skipAssignment', type: { kind: 'primitive', name: 'bool' }, versions: [9, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'members', type: { kind: 'array', element: { kind: 'struct', name: 'JoinGroupResponseMember', fields: [
        { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [5, 9], nullableVersions: [5, 9], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        { name: 'metadata', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      ] } }, versions: [0, 9], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'HeartbeatRequest',
    kind: 'request',
    apiKey: 12,
    validVersions: [0, 4],
    flexibleVersions: [4, 4],
    codec: heartbeatRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'generationId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: [3, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'HeartbeatResponse',
    kind: 'response',
    apiKey: 12,
    validVersions: [0, 4],
    flexibleVersions: [4, 4],
    codec: heartbeatResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'LeaveGroupRequest',
    kind: 'request',
    apiKey: 13,
    validVersions: [0, 5],
    flexibleVersions: [4, 5],
    codec: leaveGroupRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'members', type: { kind: 'array', element: { kind: 'struct', name: 'LeaveGroupRequestMemberIdentity', fields: [
        { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [3, 5], nullableVersions: [3, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        { name: 'reason', type: { kind: 'primitive', name: 'string' }, versions: [5, 5], nullableVersions: [5, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'LeaveGroupResponse',
    kind: 'response',
    apiKey: 13,
    validVersions: [0, 5],
    flexibleVersions: [4, 5],
    codec: leaveGroupResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'members', type: { kind: 'array', element: { kind: 'struct', name: 'LeaveGroupResponseMemberResponse', fields: [
        { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [3, 5], nullableVersions: [3, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'SyncGroupRequest',
    kind: 'request',
    apiKey: 14,
    validVersions: [0, 5],
    flexibleVersions: [4, 5],
    codec: syncGroupRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'generationId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [3, 5], nullableVersions: [3, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'protocolType', type: { kind: 'primitive', name: 'string' }, versions: [5, 5], nullableVersions: [5, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'protocolName', type: { kind: 'primitive', name: 'string' }, versions: [5, 5], nullableVersions: [5, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'assignments', type: { kind: 'array', element: { kind: 'struct', name: 'SyncGroupRequestAssignment', fields: [
        { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'assignment', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      ] } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'SyncGroupResponse',
    kind: 'response',
    apiKey: 14,
    validVersions: [0, 5],
    flexibleVersions: [4, 5],
    codec: syncGroupResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'protocolType', type: { kind: 'primitive', name: 'string' }, versions: [5, 5], nullableVersions: [5, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'protocolName', type: { kind: 'primitive', name: 'string' }, versions: [5, 5], nullableVersions: [5, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'assignment', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
    ],
  },
  {
    name: 'DescribeGroupsRequest',
    kind: 'request',
    apiKey: 15,
    validVersions: [0, 5],
    flexibleVersions: [5, 5],
    codec: describeGroupsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groups', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'includeAuthorizedOperations', type: { kind: 'primitive', name: 'bool' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'DescribeGroupsResponse',
    kind: 'response',
    apiKey: 15,
    validVersions: [0, 5],
    flexibleVersions: [5, 5],
    codec: describeGroupsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'groups', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeGroupsResponseDescribedGroup', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupState', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'protocolType', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'protocolData', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'members', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeGroupsResponseDescribedGroupMember', fields: [
          { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [4, 5], nullableVersions: [4, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'clientId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'clientHost', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'memberMetadata', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
          { name: 'memberAssignment', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
        ] } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'authorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
      ] } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ListGroupsRequest',
    kind: 'request',
    apiKey: 16,
    validVersions: [0, 5],
    flexibleVersions: [3, 5],
    codec: listGroupsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'statesFilter', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'typesFilter', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [5, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ListGroupsResponse',
    kind: 'response',
    apiKey: 16,
    validVersions: [0, 5],
    flexibleVersions: [3, 5],
    codec: listGroupsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'groups', type: { kind: 'array', element: { kind: 'struct', name: 'ListGroupsResponseListedGroup', fields: [
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'protocolType', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupState', type: { kind: 'primitive', name: 'string' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupType', type: { kind: 'primitive', name: 'string' }, versions: [5, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'SaslHandshakeRequest',
    kind: 'request',
    apiKey: 17,
    validVersions: [0, 1],
    flexibleVersions: null,
    codec: saslHandshakeRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'mechanism', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
    ],
  },
  {
    name: 'SaslHandshakeResponse',
    kind: 'response',
    apiKey: 17,
    validVersions: [0, 1],
    flexibleVersions: null,
    codec: saslHandshakeResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'mechanisms', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ApiVersionsRequest',
    kind: 'request',
    apiKey: 18,
    validVersions: [0, 4],
    flexibleVersions: [3, 4],
    codec: apiVersionsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clientSoftwareName', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'clientSoftwareVersion', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
    ],
  },
  {
    name: 'ApiVersionsResponse',
    kind: 'response',
    apiKey: 18,
    validVersions: [0, 4],
    flexibleVersions: [3, 4],
    codec: apiVersionsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'apiKeys', type: { kind: 'array', element: { kind: 'struct', name: 'ApiVersionsResponseApiVersion', fields: [
        { name: 'apiKey', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'minVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'maxVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'supportedFeatures', type: { kind: 'array', element: { kind: 'struct', name: 'ApiVersionsResponseSupportedFeatureKey', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'minVersion', type: { kind: 'primitive', name: 'int16' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'maxVersion', type: { kind: 'primitive', name: 'int16' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [3, 4], nullableVersions: null, taggedVersions: [3, 4], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'finalizedFeaturesEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [3, 4], nullableVersions: null, taggedVersions: [3, 4], tag: 1, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'finalizedFeatures', type: { kind: 'array', element: { kind: 'struct', name: 'ApiVersionsResponseFinalizedFeatureKey', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'maxVersionLevel', type: { kind: 'primitive', name: 'int16' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'minVersionLevel', type: { kind: 'primitive', name: 'int16' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [3, 4], nullableVersions: null, taggedVersions: [3, 4], tag: 2, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'zkMigrationReady', type: { kind: 'primitive', name: 'bool' }, versions: [3, 4], nullableVersions: null, taggedVersions: [3, 4], tag: 3, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'CreateTopicsRequest',
    kind: 'request',
    apiKey: 19,
    validVersions: [0, 7],
    flexibleVersions: [5, 7],
    codec: createTopicsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'CreateTopicsRequestCreatableTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'numPartitions', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'replicationFactor', type: { kind: 'primitive', name: 'int16' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'assignments', type: { kind: 'array', element: { kind: 'struct', name: 'CreateTopicsRequestCreatableReplicaAssignment', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'brokerIds', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'configs', type: { kind: 'array', element: { kind: 'struct', name: 'CreateTopicsRequestCreatableTopicConfig', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'value', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: [0, 7], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 60000 },
      { name: 'validateOnly', type: { kind: 'primitive', name: 'bool' }, versions: [1, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'CreateTopicsResponse',
    kind: 'response',
    apiKey: 19,
    validVersions: [0, 7],
    flexibleVersions: [5, 7],
    codec: createTopicsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [2, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'CreateTopicsResponseCreatableTopicResult', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [7, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [1, 7], nullableVersions: [0, 7], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'topicConfigErrorCode', type: { kind: 'primitive', name: 'int16' }, versions: [5, 7], nullableVersions: null, taggedVersions: [5, 7], tag: 0, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'numPartitions', type: { kind: 'primitive', name: 'int32' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        { name: 'replicationFactor', type: { kind: 'primitive', name: 'int16' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        { name: 'configs', type: { kind: 'array', element: { kind: 'struct', name: 'CreateTopicsResponseCreatableTopicConfigs', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'value', type: { kind: 'primitive', name: 'string' }, versions: [5, 7], nullableVersions: [5, 7], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
          { name: 'readOnly', type: { kind: 'primitive', name: 'bool' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
          { name: 'configSource', type: { kind: 'primitive', name: 'int8' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'isSensitive', type: { kind: 'primitive', name: 'bool' }, versions: [5, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        ] } }, versions: [5, 7], nullableVersions: [5, 7], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      ] } }, versions: [0, 7], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteTopicsRequest',
    kind: 'request',
    apiKey: 20,
    validVersions: [0, 6],
    flexibleVersions: [4, 6],
    codec: deleteTopicsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteTopicsRequestDeleteTopicState', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [6, 6], nullableVersions: [6, 6], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [6, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      ] } }, versions: [6, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'topicNames', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'DeleteTopicsResponse',
    kind: 'response',
    apiKey: 20,
    validVersions: [0, 6],
    flexibleVersions: [4, 6],
    codec: deleteTopicsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [1, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteTopicsResponseDeletableTopicResult', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 6], nullableVersions: [6, 6], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [6, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [5, 6], nullableVersions: [5, 6], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [0, 6], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteRecordsRequest',
    kind: 'request',
    apiKey: 21,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: deleteRecordsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteRecordsRequestDeleteRecordsTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteRecordsRequestDeleteRecordsPartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'offset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'DeleteRecordsResponse',
    kind: 'response',
    apiKey: 21,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: deleteRecordsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteRecordsResponseDeleteRecordsTopicResult', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteRecordsResponseDeleteRecordsPartitionResult', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'lowWatermark', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'InitProducerIdRequest',
    kind: 'request',
    apiKey: 22,
    validVersions: [0, 5],
    flexibleVersions: [2, 5],
    codec: initProducerIdRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: [0, 5], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'transactionTimeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [3, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
    ],
  },
  {
    name: 'InitProducerIdResponse',
    kind: 'response',
    apiKey: 22,
    validVersions: [0, 5],
    flexibleVersions: [2, 5],
    codec: initProducerIdResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'OffsetForLeaderEpochRequest',
    kind: 'request',
    apiKey: 23,
    validVersions: [0, 4],
    flexibleVersions: [4, 4],
    codec: offsetForLeaderEpochRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetForLeaderEpochRequestOffsetForLeaderTopic', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetForLeaderEpochRequestOffsetForLeaderPartition', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'currentLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [2, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'OffsetForLeaderEpochResponse',
    kind: 'response',
    apiKey: 23,
    validVersions: [0, 4],
    flexibleVersions: [4, 4],
    codec: offsetForLeaderEpochResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [2, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetForLeaderEpochResponseOffsetForLeaderTopicResult', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetForLeaderEpochResponseEpochEndOffset', fields: [
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'endOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
        ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AddPartitionsToTxnRequest',
    kind: 'request',
    apiKey: 24,
    validVersions: [0, 5],
    flexibleVersions: [3, 5],
    codec: addPartitionsToTxnRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactions', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnRequestAddPartitionsToTxnTransaction', fields: [
        { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'verifyOnly', type: { kind: 'primitive', name: 'bool' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnRequestAddPartitionsToTxnTopic', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'v3AndBelowTransactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'v3AndBelowProducerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'v3AndBelowProducerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'v3AndBelowTopics', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnRequestAddPartitionsToTxnTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AddPartitionsToTxnResponse',
    kind: 'response',
    apiKey: 24,
    validVersions: [0, 5],
    flexibleVersions: [3, 5],
    codec: addPartitionsToTxnResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'resultsByTransaction', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnResponseAddPartitionsToTxnResult', fields: [
        { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicResults', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'resultsByPartition', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult', fields: [
            { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'partitionErrorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [4, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'resultsByTopicV3AndBelow', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'resultsByPartition', type: { kind: 'array', element: { kind: 'struct', name: 'AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partitionErrorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AddOffsetsToTxnRequest',
    kind: 'request',
    apiKey: 25,
    validVersions: [0, 4],
    flexibleVersions: [3, 4],
    codec: addOffsetsToTxnRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
    ],
  },
  {
    name: 'AddOffsetsToTxnResponse',
    kind: 'response',
    apiKey: 25,
    validVersions: [0, 4],
    flexibleVersions: [3, 4],
    codec: addOffsetsToTxnResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'EndTxnRequest',
    kind: 'request',
    apiKey: 26,
    validVersions: [0, 5],
    flexibleVersions: [3, 5],
    codec: endTxnRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'committed', type: { kind: 'primitive', name: 'bool' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'EndTxnResponse',
    kind: 'response',
    apiKey: 26,
    validVersions: [0, 5],
    flexibleVersions: [3, 5],
    codec: endTxnResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [5, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [5, 5], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
    ],
  },
  {
    name: 'WriteTxnMarkersRequest',
    kind: 'request',
    apiKey: 27,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: writeTxnMarkersRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'markers', type: { kind: 'array', element: { kind: 'struct', name: 'WriteTxnMarkersRequestWritableTxnMarker', fields: [
        { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'transactionResult', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'WriteTxnMarkersRequestWritableTxnMarkerTopic', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitionIndexes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'coordinatorEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'WriteTxnMarkersResponse',
    kind: 'response',
    apiKey: 27,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: writeTxnMarkersResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'markers', type: { kind: 'array', element: { kind: 'struct', name: 'WriteTxnMarkersResponseWritableTxnMarkerResult', fields: [
        { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'WriteTxnMarkersResponseWritableTxnMarkerTopicResult', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'WriteTxnMarkersResponseWritableTxnMarkerPartitionResult', fields: [
            { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'TxnOffsetCommitRequest',
    kind: 'request',
    apiKey: 28,
    validVersions: [0, 4],
    flexibleVersions: [3, 4],
    codec: txnOffsetCommitRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'generationId', type: { kind: 'primitive', name: 'int32' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'groupInstanceId', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: [3, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'TxnOffsetCommitRequestTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'TxnOffsetCommitRequestPartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'committedOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'committedLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [2, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'committedMetadata', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'TxnOffsetCommitResponse',
    kind: 'response',
    apiKey: 28,
    validVersions: [0, 4],
    flexibleVersions: [3, 4],
    codec: txnOffsetCommitResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'TxnOffsetCommitResponseTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'TxnOffsetCommitResponsePartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeAclsRequest',
    kind: 'request',
    apiKey: 29,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: describeAclsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'resourceTypeFilter', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'resourceNameFilter', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'patternTypeFilter', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 3 },
      { name: 'principalFilter', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'hostFilter', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'operation', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'permissionType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'DescribeAclsResponse',
    kind: 'response',
    apiKey: 29,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: describeAclsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'resources', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeAclsResponseDescribeAclsResource', fields: [
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'patternType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 3 },
        { name: 'acls', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeAclsResponseAclDescription', fields: [
          { name: 'principal', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'operation', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'permissionType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'CreateAclsRequest',
    kind: 'request',
    apiKey: 30,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: createAclsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'creations', type: { kind: 'array', element: { kind: 'struct', name: 'CreateAclsRequestAclCreation', fields: [
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'resourcePatternType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 3 },
        { name: 'principal', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'operation', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'permissionType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'CreateAclsResponse',
    kind: 'response',
    apiKey: 30,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: createAclsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'CreateAclsResponseAclCreationResult', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteAclsRequest',
    kind: 'request',
    apiKey: 31,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: deleteAclsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'filters', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteAclsRequestDeleteAclsFilter', fields: [
        { name: 'resourceTypeFilter', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceNameFilter', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'patternTypeFilter', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 3 },
        { name: 'principalFilter', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'hostFilter', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'operation', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'permissionType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteAclsResponse',
    kind: 'response',
    apiKey: 31,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: deleteAclsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'filterResults', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteAclsResponseDeleteAclsFilterResult', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'matchingAcls', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteAclsResponseDeleteAclsMatchingAcl', fields: [
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
          { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'patternType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 3 },
          { name: 'principal', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'operation', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'permissionType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeConfigsRequest',
    kind: 'request',
    apiKey: 32,
    validVersions: [0, 4],
    flexibleVersions: [4, 4],
    codec: describeConfigsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'resources', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeConfigsRequestDescribeConfigsResource', fields: [
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'configurationKeys', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'includeSynonyms', type: { kind: 'primitive', name: 'bool' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'includeDocumentation', type: { kind: 'primitive', name: 'bool' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'DescribeConfigsResponse',
    kind: 'response',
    apiKey: 32,
    validVersions: [0, 4],
    flexibleVersions: [4, 4],
    codec: describeConfigsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeConfigsResponseDescribeConfigsResult', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'configs', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeConfigsResponseDescribeConfigsResourceResult', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'value', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
          { name: 'readOnly', type: { kind: 'primitive', name: 'bool' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
          { name: 'isDefault', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
          { name: 'configSource', type: { kind: 'primitive', name: 'int8' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'isSensitive', type: { kind: 'primitive', name: 'bool' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
          { name: 'synonyms', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeConfigsResponseDescribeConfigsSynonym', fields: [
            { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
            { name: 'value', type: { kind: 'primitive', name: 'string' }, versions: [1, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
            { name: 'source', type: { kind: 'primitive', name: 'int8' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'configType', type: { kind: 'primitive', name: 'int8' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'documentation', type: { kind: 'primitive', name: 'string' }, versions: [3, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterConfigsRequest',
    kind: 'request',
    apiKey: 33,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: alterConfigsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'resources', type: { kind: 'array', element: { kind: 'struct', name: 'AlterConfigsRequestAlterConfigsResource', fields: [
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'configs', type: { kind: 'array', element: { kind: 'struct', name: 'AlterConfigsRequestAlterableConfig', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'value', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'validateOnly', type: { kind: 'primitive', name: 'bool' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'AlterConfigsResponse',
    kind: 'response',
    apiKey: 33,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: alterConfigsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'AlterConfigsResponseAlterConfigsResourceResponse', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterReplicaLogDirsRequest',
    kind: 'request',
    apiKey: 34,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: alterReplicaLogDirsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'dirs', type: { kind: 'array', element: { kind: 'struct', name: 'AlterReplicaLogDirsRequestAlterReplicaLogDir', fields: [
        { name: 'path', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AlterReplicaLogDirsRequestAlterReplicaLogDirTopic', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterReplicaLogDirsResponse',
    kind: 'response',
    apiKey: 34,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: alterReplicaLogDirsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeLogDirsRequest',
    kind: 'request',
    apiKey: 35,
    validVersions: [0, 4],
    flexibleVersions: [2, 4],
    codec: describeLogDirsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeLogDirsRequestDescribableLogDirTopic', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
    ],
  },
  {
    name: 'DescribeLogDirsResponse',
    kind: 'response',
    apiKey: 35,
    validVersions: [0, 4],
    flexibleVersions: [2, 4],
    codec: describeLogDirsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeLogDirsResponseDescribeLogDirsResult', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'logDir', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeLogDirsResponseDescribeLogDirsTopic', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeLogDirsResponseDescribeLogDirsPartition', fields: [
            { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'partitionSize', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'offsetLag', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'isFutureKey', type: { kind: 'primitive', name: 'bool' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
          ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'totalBytes', type: { kind: 'primitive', name: 'int64' }, versions: [4, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
        { name: 'usableBytes', type: { kind: 'primitive', name: 'int64' }, versions: [4, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'SaslAuthenticateRequest',
    kind: 'request',
    apiKey: 36,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: saslAuthenticateRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'authBytes', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
    ],
  },
  {
    name: 'SaslAuthenticateResponse',
    kind: 'response',
    apiKey: 36,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: saslAuthenticateResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'authBytes', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      { name: 'sessionLifetimeMs', type: { kind: 'primitive', name: 'int64' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
    ],
  },
  {
    name: 'CreatePartitionsRequest',
    kind: 'request',
    apiKey: 37,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: createPartitionsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'CreatePartitionsRequestCreatePartitionsTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'count', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'assignments', type: { kind: 'array', element: { kind: 'struct', name: 'CreatePartitionsRequestCreatePartitionsAssignment', fields: [
          { name: 'brokerIds', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'validateOnly', type: { kind: 'primitive', name: 'bool' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'CreatePartitionsResponse',
    kind: 'response',
    apiKey: 37,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: createPartitionsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'CreatePartitionsResponseCreatePartitionsTopicResult', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'CreateDelegationTokenRequest',
    kind: 'request',
    apiKey: 38,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: createDelegationTokenRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'ownerPrincipalType', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: [3, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'ownerPrincipalName', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: [3, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'renewers', type: { kind: 'array', element: { kind: 'struct', name: 'CreateDelegationTokenRequestCreatableRenewers', fields: [
        { name: 'principalType', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'principalName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'maxLifetimeMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
    ],
  },
  {
    name: 'CreateDelegationTokenResponse',
    kind: 'response',
    apiKey: 38,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: createDelegationTokenResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'principalType', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'principalName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'tokenRequesterPrincipalType', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'tokenRequesterPrincipalName', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'issueTimestampMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'expiryTimestampMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'maxTimestampMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'tokenId', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'hmac', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'RenewDelegationTokenRequest',
    kind: 'request',
    apiKey: 39,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: renewDelegationTokenRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'hmac', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      { name: 'renewPeriodMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
    ],
  },
  {
    name: 'RenewDelegationTokenResponse',
    kind: 'response',
    apiKey: 39,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: renewDelegationTokenResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'expiryTimestampMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'ExpireDelegationTokenRequest',
    kind: 'request',
    apiKey: 40,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: expireDelegationTokenRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'hmac', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      { name: 'expiryTimePeriodMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
    ],
  },
  {
    name: 'ExpireDelegationTokenResponse',
    kind: 'response',
    apiKey: 40,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: expireDelegationTokenResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'expiryTimestampMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'DescribeDelegationTokenRequest',
    kind: 'request',
    apiKey: 41,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: describeDelegationTokenRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'owners', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeDelegationTokenRequestDescribeDelegationTokenOwner', fields: [
        { name: 'principalType', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'principalName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
    ],
  },
  {
    name: 'DescribeDelegationTokenResponse',
    kind: 'response',
    apiKey: 41,
    validVersions: [0, 3],
    flexibleVersions: [2, 3],
    codec: describeDelegationTokenResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'tokens', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeDelegationTokenResponseDescribedDelegationToken', fields: [
        { name: 'principalType', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'principalName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'tokenRequesterPrincipalType', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'tokenRequesterPrincipalName', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'issueTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'expiryTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'maxTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'tokenId', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'hmac', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
        { name: 'renewers', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeDelegationTokenResponseDescribedDelegationTokenRenewer', fields: [
          { name: 'principalType', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'principalName', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'DeleteGroupsRequest',
    kind: 'request',
    apiKey: 42,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: deleteGroupsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupsNames', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteGroupsResponse',
    kind: 'response',
    apiKey: 42,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: deleteGroupsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteGroupsResponseDeletableGroupResult', fields: [
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ElectLeadersRequest',
    kind: 'request',
    apiKey: 43,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: electLeadersRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'electionType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ElectLeadersRequestTopicPartitions', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 60000 },
    ],
  },
  {
    name: 'ElectLeadersResponse',
    kind: 'response',
    apiKey: 43,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: electLeadersResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'replicaElectionResults', type: { kind: 'array', element: { kind: 'struct', name: 'ElectLeadersResponseReplicaElectionResult', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionResult', type: { kind: 'array', element: { kind: 'struct', name: 'ElectLeadersResponsePartitionResult', fields: [
          { name: 'partitionId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'IncrementalAlterConfigsRequest',
    kind: 'request',
    apiKey: 44,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: incrementalAlterConfigsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'resources', type: { kind: 'array', element: { kind: 'struct', name: 'IncrementalAlterConfigsRequestAlterConfigsResource', fields: [
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'configs', type: { kind: 'array', element: { kind: 'struct', name: 'IncrementalAlterConfigsRequestAlterableConfig', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'configOperation', type: { kind: 'primitive', name: 'int8' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'value', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'validateOnly', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'IncrementalAlterConfigsResponse',
    kind: 'response',
    apiKey: 44,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: incrementalAlterConfigsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'IncrementalAlterConfigsResponseAlterConfigsResourceResponse', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'resourceType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'resourceName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterPartitionReassignmentsRequest',
    kind: 'request',
    apiKey: 45,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: alterPartitionReassignmentsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 60000 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionReassignmentsRequestReassignableTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionReassignmentsRequestReassignablePartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'replicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterPartitionReassignmentsResponse',
    kind: 'response',
    apiKey: 45,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: alterPartitionReassignmentsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionReassignmentsResponseReassignableTopicResponse', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionReassignmentsResponseReassignablePartitionResponse', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ListPartitionReassignmentsRequest',
    kind: 'request',
    apiKey: 46,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: listPartitionReassignmentsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 60000 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ListPartitionReassignmentsRequestListPartitionReassignmentsTopics', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndexes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ListPartitionReassignmentsResponse',
    kind: 'response',
    apiKey: 46,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: listPartitionReassignmentsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ListPartitionReassignmentsResponseOngoingTopicReassignment', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ListPartitionReassignmentsResponseOngoingPartitionReassignment', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'replicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'addingReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'removingReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'OffsetDeleteRequest',
    kind: 'request',
    apiKey: 47,
    validVersions: [0, 0],
    flexibleVersions: null,
    codec: offsetDeleteRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetDeleteRequestTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetDeleteRequestPartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'OffsetDeleteResponse',
    kind: 'response',
    apiKey: 47,
    validVersions: [0, 0],
    flexibleVersions: null,
    codec: offsetDeleteResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetDeleteResponseTopic', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'OffsetDeleteResponsePartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeClientQuotasRequest',
    kind: 'request',
    apiKey: 48,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: describeClientQuotasRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'components', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeClientQuotasRequestComponentData', fields: [
        { name: 'entityType', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'matchType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'match', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'strict', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'DescribeClientQuotasResponse',
    kind: 'response',
    apiKey: 48,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: describeClientQuotasResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'entries', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeClientQuotasResponseEntryData', fields: [
        { name: 'entity', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeClientQuotasResponseEntityData', fields: [
          { name: 'entityType', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'entityName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'values', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeClientQuotasResponseValueData', fields: [
          { name: 'key', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'value', type: { kind: 'primitive', name: 'float64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
    ],
  },
  {
    name: 'AlterClientQuotasRequest',
    kind: 'request',
    apiKey: 49,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: alterClientQuotasRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'entries', type: { kind: 'array', element: { kind: 'struct', name: 'AlterClientQuotasRequestEntryData', fields: [
        { name: 'entity', type: { kind: 'array', element: { kind: 'struct', name: 'AlterClientQuotasRequestEntityData', fields: [
          { name: 'entityType', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'entityName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'ops', type: { kind: 'array', element: { kind: 'struct', name: 'AlterClientQuotasRequestOpData', fields: [
          { name: 'key', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'value', type: { kind: 'primitive', name: 'float64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'remove', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'validateOnly', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'AlterClientQuotasResponse',
    kind: 'response',
    apiKey: 49,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: alterClientQuotasResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'entries', type: { kind: 'array', element: { kind: 'struct', name: 'AlterClientQuotasResponseEntryData', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'entity', type: { kind: 'array', element: { kind: 'struct', name: 'AlterClientQuotasResponseEntityData', fields: [
          { name: 'entityType', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'entityName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeUserScramCredentialsRequest',
    kind: 'request',
    apiKey: 50,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeUserScramCredentialsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'users', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeUserScramCredentialsRequestUserName', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: [] },
    ],
  },
  {
    name: 'DescribeUserScramCredentialsResponse',
    kind: 'response',
    apiKey: 50,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeUserScramCredentialsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult', fields: [
        { name: 'user', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'credentialInfos', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeUserScramCredentialsResponseCredentialInfo', fields: [
          { name: 'mechanism', type: { kind: 'primitive', name: 'int8' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'iterations', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterUserScramCredentialsRequest',
    kind: 'request',
    apiKey: 51,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: alterUserScramCredentialsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'deletions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterUserScramCredentialsRequestScramCredentialDeletion', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'mechanism', type: { kind: 'primitive', name: 'int8' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'upsertions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterUserScramCredentialsRequestScramCredentialUpsertion', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'mechanism', type: { kind: 'primitive', name: 'int8' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'iterations', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'salt', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
        { name: 'saltedPassword', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterUserScramCredentialsResponse',
    kind: 'response',
    apiKey: 51,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: alterUserScramCredentialsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'AlterUserScramCredentialsResponseAlterUserScramCredentialsResult', fields: [
        { name: 'user', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'VoteRequest',
    kind: 'request',
    apiKey: 52,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: voteRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'VoteRequestTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'VoteRequestPartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'candidateEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'candidateId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'candidateDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'lastOffsetEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'lastOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'VoteResponse',
    kind: 'response',
    apiKey: 52,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: voteResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'VoteResponseTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'VoteResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'voteGranted', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'VoteResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: [1, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'BeginQuorumEpochRequest',
    kind: 'request',
    apiKey: 53,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: beginQuorumEpochRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'BeginQuorumEpochRequestTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'BeginQuorumEpochRequestPartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'leaderEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'BeginQuorumEpochRequestLeaderEndpoint', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'BeginQuorumEpochResponse',
    kind: 'response',
    apiKey: 53,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: beginQuorumEpochResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'BeginQuorumEpochResponseTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'BeginQuorumEpochResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'BeginQuorumEpochResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: [1, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'EndQuorumEpochRequest',
    kind: 'request',
    apiKey: 54,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: endQuorumEpochRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochRequestTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochRequestPartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'preferredSuccessors', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'preferredCandidates', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochRequestReplicaInfo', fields: [
            { name: 'candidateId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'candidateDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'leaderEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochRequestLeaderEndpoint', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'EndQuorumEpochResponse',
    kind: 'response',
    apiKey: 54,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: endQuorumEpochResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochResponseTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'EndQuorumEpochResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: [1, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeQuorumRequest',
    kind: 'request',
    apiKey: 55,
    validVersions: [0, 2],
    flexibleVersions: [0, 2],
    codec: describeQuorumRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumRequestTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumRequestPartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeQuorumResponse',
    kind: 'response',
    apiKey: 55,
    validVersions: [0, 2],
    flexibleVersions: [0, 2],
    codec: describeQuorumResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [2, 2], nullableVersions: [2, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumResponseTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [2, 2], nullableVersions: [2, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'highWatermark', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'currentVoters', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumResponseReplicaState', fields: [
            { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'replicaDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
            { name: 'logEndOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastFetchTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
            { name: 'lastCaughtUpTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'observers', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumResponseReplicaState', fields: [
            { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'replicaDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
            { name: 'logEndOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastFetchTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
            { name: 'lastCaughtUpTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodes', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumResponseNode', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'listeners', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeQuorumResponseListener', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [2, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterPartitionRequest',
    kind: 'request',
    apiKey: 56,
    validVersions: [0, 3],
    flexibleVersions: [0, 3],
    codec: alterPartitionRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionRequestTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [2, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionRequestPartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'newIsr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'newIsrWithEpochs', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionRequestBrokerState', fields: [
            { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          ] } }, versions: [3, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'leaderRecoveryState', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partitionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AlterPartitionResponse',
    kind: 'response',
    apiKey: 56,
    validVersions: [0, 3],
    flexibleVersions: [0, 3],
    codec: alterPartitionResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionResponseTopicData', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [2, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AlterPartitionResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'isr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'leaderRecoveryState', type: { kind: 'primitive', name: 'int8' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partitionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'UpdateFeaturesRequest',
    kind: 'request',
    apiKey: 57,
    validVersions: [0, 2],
    flexibleVersions: [0, 2],
    codec: updateFeaturesRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 60000 },
      { name: 'featureUpdates', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateFeaturesRequestFeatureUpdateKey', fields: [
        { name: 'feature', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'maxVersionLevel', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'allowDowngrade', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        { name: 'upgradeType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 1 },
      ] } }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'validateOnly', type: { kind: 'primitive', name: 'bool' }, versions: [1, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'UpdateFeaturesResponse',
    kind: 'response',
    apiKey: 57,
    validVersions: [0, 2],
    flexibleVersions: [0, 2],
    codec: updateFeaturesResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateFeaturesResponseUpdatableFeatureResult', fields: [
        { name: 'feature', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 2], nullableVersions: [0, 2], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'EnvelopeRequest',
    kind: 'request',
    apiKey: 58,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: envelopeRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'requestData', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
      { name: 'requestPrincipal', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: Buffer.alloc(0) },
      { name: 'clientHostAddress', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
    ],
  },
  {
    name: 'EnvelopeResponse',
    kind: 'response',
    apiKey: 58,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: envelopeResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'responseData', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'FetchSnapshotRequest',
    kind: 'request',
    apiKey: 59,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: fetchSnapshotRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: [0, 1], tag: 0, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'replicaId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'maxBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 2147483647 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'FetchSnapshotRequestTopicSnapshot', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'FetchSnapshotRequestPartitionSnapshot', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'currentLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'snapshotId', type: { kind: 'struct', name: 'FetchSnapshotRequestSnapshotId', fields: [
            { name: 'endOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'epoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'position', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'replicaDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: [1, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'FetchSnapshotResponse',
    kind: 'response',
    apiKey: 59,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: fetchSnapshotResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'FetchSnapshotResponseTopicSnapshot', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'FetchSnapshotResponsePartitionSnapshot', fields: [
          { name: 'index', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'snapshotId', type: { kind: 'struct', name: 'FetchSnapshotResponseSnapshotId', fields: [
            { name: 'endOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'epoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'currentLeader', type: { kind: 'struct', name: 'FetchSnapshotResponseLeaderIdAndEpoch', fields: [
            { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] }, versions: [0, 1], nullableVersions: null, taggedVersions: [0, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'size', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'position', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'unalignedRecords', type: { kind: 'primitive', name: 'records' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'FetchSnapshotResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [1, 1], nullableVersions: null, taggedVersions: [1, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeClusterRequest',
    kind: 'request',
    apiKey: 60,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: describeClusterRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'includeClusterAuthorizedOperations', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'endpointType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 1 },
    ],
  },
  {
    name: 'DescribeClusterResponse',
    kind: 'response',
    apiKey: 60,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: describeClusterResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'endpointType', type: { kind: 'primitive', name: 'int8' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 1 },
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'controllerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'brokers', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeClusterResponseDescribeClusterBroker', fields: [
        { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'clusterAuthorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
    ],
  },
  {
    name: 'DescribeProducersRequest',
    kind: 'request',
    apiKey: 61,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeProducersRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeProducersRequestTopicRequest', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndexes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeProducersResponse',
    kind: 'response',
    apiKey: 61,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeProducersResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeProducersResponseTopicResponse', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeProducersResponsePartitionResponse', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'activeProducers', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeProducersResponseProducerState', fields: [
            { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'producerEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'lastSequence', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
            { name: 'lastTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
            { name: 'coordinatorEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'currentTxnStartOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'BrokerRegistrationRequest',
    kind: 'request',
    apiKey: 62,
    validVersions: [0, 4],
    flexibleVersions: [0, 4],
    codec: brokerRegistrationRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'incarnationId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      { name: 'listeners', type: { kind: 'array', element: { kind: 'struct', name: 'BrokerRegistrationRequestListener', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'securityProtocol', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'features', type: { kind: 'array', element: { kind: 'struct', name: 'BrokerRegistrationRequestFeature', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'minSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'maxSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [0, 4], nullableVersions: [0, 4], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'isMigratingZkBroker', type: { kind: 'primitive', name: 'bool' }, versions: [1, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'logDirs', type: { kind: 'array', element: { kind: 'primitive', name: 'uuid' } }, versions: [2, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'previousBrokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [3, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
    ],
  },
  {
    name: 'BrokerRegistrationResponse',
    kind: 'response',
    apiKey: 62,
    validVersions: [0, 4],
    flexibleVersions: [0, 4],
    codec: brokerRegistrationResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [0, 4], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
    ],
  },
  {
    name: 'BrokerHeartbeatRequest',
    kind: 'request',
    apiKey: 63,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: brokerHeartbeatRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'currentMetadataOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'wantFence', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'wantShutDown', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'offlineLogDirs', type: { kind: 'array', element: { kind: 'primitive', name: 'uuid' } }, versions: [1, 1], nullableVersions: null, taggedVersions: [1, 1], tag: 0, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'BrokerHeartbeatResponse',
    kind: 'response',
    apiKey: 63,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: brokerHeartbeatResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'isCaughtUp', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'isFenced', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: true },
      { name: 'shouldShutDown', type: { kind: 'primitive', name: 'bool' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'UnregisterBrokerRequest',
    kind: 'request',
    apiKey: 64,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: unregisterBrokerRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'UnregisterBrokerResponse',
    kind: 'response',
    apiKey: 64,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: unregisterBrokerResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
    ],
  },
  {
    name: 'DescribeTransactionsRequest',
    kind: 'request',
    apiKey: 65,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeTransactionsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'transactionalIds', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeTransactionsResponse',
    kind: 'response',
    apiKey: 65,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeTransactionsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'transactionStates', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeTransactionsResponseTransactionState', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'transactionState', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'transactionTimeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'transactionStartTimeMs', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'producerEpoch', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeTransactionsResponseTopicData', fields: [
          { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ListTransactionsRequest',
    kind: 'request',
    apiKey: 66,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: listTransactionsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'stateFilters', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'producerIdFilters', type: { kind: 'array', element: { kind: 'primitive', name: 'int64' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'durationFilter', type: { kind: 'primitive', name: 'int64' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
    ],
  },
  {
    name: 'ListTransactionsResponse',
    kind: 'response',
    apiKey: 66,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: listTransactionsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'unknownStateFilters', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'transactionStates', type: { kind: 'array', element: { kind: 'struct', name: 'ListTransactionsResponseTransactionState', fields: [
        { name: 'transactionalId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'producerId', type: { kind: 'primitive', name: 'int64' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        { name: 'transactionState', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AllocateProducerIdsRequest',
    kind: 'request',
    apiKey: 67,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: allocateProducerIdsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
    ],
  },
  {
    name: 'AllocateProducerIdsResponse',
    kind: 'response',
    apiKey: 67,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: allocateProducerIdsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'producerIdStart', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
      { name: 'producerIdLen', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'ConsumerGroupHeartbeatRequest',
    kind: 'request',
    apiKey: 68,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: consumerGroupHeartbeatRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'instanceId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'rackId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'rebalanceTimeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'subscribedTopicNames', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'subscribedTopicRegex', type: { kind: 'primitive', name: 'string' }, versions: [1, 1], nullableVersions: [1, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'serverAssignor', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerGroupHeartbeatRequestTopicPartitions', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ConsumerGroupHeartbeatResponse',
    kind: 'response',
    apiKey: 68,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: consumerGroupHeartbeatResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'heartbeatIntervalMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'assignment', type: { kind: 'struct', name: 'ConsumerGroupHeartbeatResponseAssignment', fields: [
        { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerGroupHeartbeatResponseTopicPartitions', fields: [
          { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] }, versions: [0, 1], nullableVersions: [0, 1], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ConsumerGroupDescribeRequest',
    kind: 'request',
    apiKey: 69,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: consumerGroupDescribeRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupIds', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'includeAuthorizedOperations', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'ConsumerGroupDescribeResponse',
    kind: 'response',
    apiKey: 69,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: consumerGroupDescribeResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'groups', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerGroupDescribeResponseDescribedGroup', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupState', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'assignmentEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'assignorName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'members', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerGroupDescribeResponseMember', fields: [
          { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'instanceId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'rackId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'clientId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'clientHost', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'subscribedTopicNames', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'subscribedTopicRegex', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'assignment', type: { kind: 'struct', name: 'ConsumerGroupDescribeResponseAssignment', fields: [
            { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerGroupDescribeResponseTopicPartitions', fields: [
              { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
              { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
              { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
            ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'targetAssignment', type: { kind: 'struct', name: 'ConsumerGroupDescribeResponseAssignment', fields: [
            { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerGroupDescribeResponseTopicPartitions', fields: [
              { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
              { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
              { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
            ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'authorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ControllerRegistrationRequest',
    kind: 'request',
    apiKey: 70,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: controllerRegistrationRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'controllerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'incarnationId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      { name: 'zkMigrationReady', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'listeners', type: { kind: 'array', element: { kind: 'struct', name: 'ControllerRegistrationRequestListener', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'securityProtocol', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'features', type: { kind: 'array', element: { kind: 'struct', name: 'ControllerRegistrationRequestFeature', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'minSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'maxSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ControllerRegistrationResponse',
    kind: 'response',
    apiKey: 70,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: controllerRegistrationResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
    ],
  },
  {
    name: 'GetTelemetrySubscriptionsRequest',
    kind: 'request',
    apiKey: 71,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: getTelemetrySubscriptionsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clientInstanceId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
    ],
  },
  {
    name: 'GetTelemetrySubscriptionsResponse',
    kind: 'response',
    apiKey: 71,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: getTelemetrySubscriptionsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'clientInstanceId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      { name: 'subscriptionId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'acceptedCompressionTypes', type: { kind: 'array', element: { kind: 'primitive', name: 'int8' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'pushIntervalMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'telemetryMaxBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'deltaTemporality', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'requestedMetrics', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'PushTelemetryRequest',
    kind: 'request',
    apiKey: 72,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: pushTelemetryRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clientInstanceId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      { name: 'subscriptionId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'terminating', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
      { name: 'compressionType', type: { kind: 'primitive', name: 'int8' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'metrics', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: Buffer.alloc(0) },
    ],
  },
  {
    name: 'PushTelemetryResponse',
    kind: 'response',
    apiKey: 72,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: pushTelemetryResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'AssignReplicasToDirsRequest',
    kind: 'request',
    apiKey: 73,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: assignReplicasToDirsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'brokerId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'brokerEpoch', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1n },
      { name: 'directories', type: { kind: 'array', element: { kind: 'struct', name: 'AssignReplicasToDirsRequestDirectoryData', fields: [
        { name: 'id', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AssignReplicasToDirsRequestTopicData', fields: [
          { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AssignReplicasToDirsRequestPartitionData', fields: [
            { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AssignReplicasToDirsResponse',
    kind: 'response',
    apiKey: 73,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: assignReplicasToDirsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'directories', type: { kind: 'array', element: { kind: 'struct', name: 'AssignReplicasToDirsResponseDirectoryData', fields: [
        { name: 'id', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'AssignReplicasToDirsResponseTopicData', fields: [
          { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'AssignReplicasToDirsResponsePartitionData', fields: [
            { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ListClientMetricsResourcesRequest',
    kind: 'request',
    apiKey: 74,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: listClientMetricsResourcesRequestCodec as unknown as MessageCodec<unknown>,
    fields: [],
  },
  {
    name: 'ListClientMetricsResourcesResponse',
    kind: 'response',
    apiKey: 74,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: listClientMetricsResourcesResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'clientMetricsResources', type: { kind: 'array', element: { kind: 'struct', name: 'ListClientMetricsResourcesResponseClientMetricsResource', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DescribeTopicPartitionsRequest',
    kind: 'request',
    apiKey: 75,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeTopicPartitionsRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeTopicPartitionsRequestTopicRequest', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'responsePartitionLimit', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 2000 },
      { name: 'cursor', type: { kind: 'struct', name: 'DescribeTopicPartitionsRequestCursor', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'DescribeTopicPartitionsResponse',
    kind: 'response',
    apiKey: 75,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: describeTopicPartitionsResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeTopicPartitionsResponseTopic', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'isInternal', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DescribeTopicPartitionsResponsePartition', fields: [
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
          { name: 'replicaNodes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'isrNodes', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'eligibleLeaderReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'lastKnownElr', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'offlineReplicas', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'topicAuthorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nextCursor', type: { kind: 'struct', name: 'DescribeTopicPartitionsResponseCursor', fields: [
        { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ShareGroupHeartbeatRequest',
    kind: 'request',
    apiKey: 76,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareGroupHeartbeatRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'rackId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'subscribedTopicNames', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ShareGroupHeartbeatResponse',
    kind: 'response',
    apiKey: 76,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareGroupHeartbeatResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'heartbeatIntervalMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'assignment', type: { kind: 'struct', name: 'ShareGroupHeartbeatResponseAssignment', fields: [
        { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ShareGroupHeartbeatResponseTopicPartitions', fields: [
          { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
          { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ShareGroupDescribeRequest',
    kind: 'request',
    apiKey: 77,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareGroupDescribeRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupIds', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'includeAuthorizedOperations', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'ShareGroupDescribeResponse',
    kind: 'response',
    apiKey: 77,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareGroupDescribeResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'groups', type: { kind: 'array', element: { kind: 'struct', name: 'ShareGroupDescribeResponseDescribedGroup', fields: [
        { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupState', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'groupEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'assignmentEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'assignorName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'members', type: { kind: 'array', element: { kind: 'struct', name: 'ShareGroupDescribeResponseMember', fields: [
          { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'rackId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'memberEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'clientId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'clientHost', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'subscribedTopicNames', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          { name: 'assignment', type: { kind: 'struct', name: 'ShareGroupDescribeResponseAssignment', fields: [
            { name: 'topicPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ShareGroupDescribeResponseTopicPartitions', fields: [
              { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
              { name: 'topicName', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
              { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
            ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'authorizedOperations', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -2147483648 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ShareFetchRequest',
    kind: 'request',
    apiKey: 78,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareFetchRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'shareSessionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'maxWaitMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'minBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'maxBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 2147483647 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchRequestFetchTopic', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchRequestFetchPartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'partitionMaxBytes', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'acknowledgementBatches', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchRequestAcknowledgementBatch', fields: [
            { name: 'firstOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'acknowledgeTypes', type: { kind: 'array', element: { kind: 'primitive', name: 'int8' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'forgottenTopicsData', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchRequestForgottenTopic', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ShareFetchResponse',
    kind: 'response',
    apiKey: 78,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareFetchResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchResponseShareFetchableTopicResponse', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'acknowledgeErrorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'acknowledgeErrorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'currentLeader', type: { kind: 'struct', name: 'ShareFetchResponseLeaderIdAndEpoch', fields: [
            { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
          { name: 'records', type: { kind: 'primitive', name: 'records' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'acquiredRecords', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchResponseAcquiredRecords', fields: [
            { name: 'firstOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'deliveryCount', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'ShareFetchResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ShareAcknowledgeRequest',
    kind: 'request',
    apiKey: 79,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareAcknowledgeRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'memberId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'shareSessionEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ShareAcknowledgeRequestAcknowledgeTopic', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ShareAcknowledgeRequestAcknowledgePartition', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'acknowledgementBatches', type: { kind: 'array', element: { kind: 'struct', name: 'ShareAcknowledgeRequestAcknowledgementBatch', fields: [
            { name: 'firstOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'acknowledgeTypes', type: { kind: 'array', element: { kind: 'primitive', name: 'int8' } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ShareAcknowledgeResponse',
    kind: 'response',
    apiKey: 79,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: shareAcknowledgeResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'responses', type: { kind: 'array', element: { kind: 'struct', name: 'ShareAcknowledgeResponseShareAcknowledgeTopicResponse', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ShareAcknowledgeResponsePartitionData', fields: [
          { name: 'partitionIndex', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'currentLeader', type: { kind: 'struct', name: 'ShareAcknowledgeResponseLeaderIdAndEpoch', fields: [
            { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'nodeEndpoints', type: { kind: 'array', element: { kind: 'struct', name: 'ShareAcknowledgeResponseNodeEndpoint', fields: [
        { name: 'nodeId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'rack', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AddRaftVoterRequest',
    kind: 'request',
    apiKey: 80,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: addRaftVoterRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'timeoutMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      { name: 'listeners', type: { kind: 'array', element: { kind: 'struct', name: 'AddRaftVoterRequestListener', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'AddRaftVoterResponse',
    kind: 'response',
    apiKey: 80,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: addRaftVoterResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
    ],
  },
  {
    name: 'RemoveRaftVoterRequest',
    kind: 'request',
    apiKey: 81,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: removeRaftVoterRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
    ],
  },
  {
    name: 'RemoveRaftVoterResponse',
    kind: 'response',
    apiKey: 81,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: removeRaftVoterResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
    ],
  },
  {
    name: 'UpdateRaftVoterRequest',
    kind: 'request',
    apiKey: 82,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: updateRaftVoterRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'clusterId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: "" },
      { name: 'currentLeaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      { name: 'listeners', type: { kind: 'array', element: { kind: 'struct', name: 'UpdateRaftVoterRequestListener', fields: [
        { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'kRaftVersionFeature', type: { kind: 'struct', name: 'UpdateRaftVoterRequestKRaftVersionFeature', fields: [
        { name: 'minSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'maxSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
    ],
  },
  {
    name: 'UpdateRaftVoterResponse',
    kind: 'response',
    apiKey: 82,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: updateRaftVoterResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'throttleTimeMs', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'currentLeader', type: { kind: 'struct', name: 'UpdateRaftVoterResponseCurrentLeader', fields: [
        { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
        { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'port', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      ] }, versions: [0, 0], nullableVersions: null, taggedVersions: [0, 0], tag: 0, flexibleVersions: undefined, nullable: false, default: undefined },
    ],
  },
  {
    name: 'InitializeShareGroupStateRequest',
    kind: 'request',
    apiKey: 83,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: initializeShareGroupStateRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'InitializeShareGroupStateRequestInitializeStateData', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'InitializeShareGroupStateRequestPartitionData', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'stateEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'startOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'InitializeShareGroupStateResponse',
    kind: 'response',
    apiKey: 83,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: initializeShareGroupStateResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'InitializeShareGroupStateResponseInitializeStateResult', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'InitializeShareGroupStateResponsePartitionResult', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ReadShareGroupStateRequest',
    kind: 'request',
    apiKey: 84,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: readShareGroupStateRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateRequestReadStateData', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateRequestPartitionData', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ReadShareGroupStateResponse',
    kind: 'response',
    apiKey: 84,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: readShareGroupStateResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateResponseReadStateResult', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateResponsePartitionResult', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'stateEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'startOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'stateBatches', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateResponseStateBatch', fields: [
            { name: 'firstOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'deliveryState', type: { kind: 'primitive', name: 'int8' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'deliveryCount', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'WriteShareGroupStateRequest',
    kind: 'request',
    apiKey: 85,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: writeShareGroupStateRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'WriteShareGroupStateRequestWriteStateData', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'WriteShareGroupStateRequestPartitionData', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'stateEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'startOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
          { name: 'stateBatches', type: { kind: 'array', element: { kind: 'struct', name: 'WriteShareGroupStateRequestStateBatch', fields: [
            { name: 'firstOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'lastOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
            { name: 'deliveryState', type: { kind: 'primitive', name: 'int8' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
            { name: 'deliveryCount', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'WriteShareGroupStateResponse',
    kind: 'response',
    apiKey: 85,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: writeShareGroupStateResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'WriteShareGroupStateResponseWriteStateResult', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'WriteShareGroupStateResponsePartitionResult', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteShareGroupStateRequest',
    kind: 'request',
    apiKey: 86,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: deleteShareGroupStateRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteShareGroupStateRequestDeleteStateData', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteShareGroupStateRequestPartitionData', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'DeleteShareGroupStateResponse',
    kind: 'response',
    apiKey: 86,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: deleteShareGroupStateResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteShareGroupStateResponseDeleteStateResult', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'DeleteShareGroupStateResponsePartitionResult', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ReadShareGroupStateSummaryRequest',
    kind: 'request',
    apiKey: 87,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: readShareGroupStateSummaryRequestCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'groupId', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'topics', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateSummaryRequestReadStateSummaryData', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateSummaryRequestPartitionData', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'leaderEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'ReadShareGroupStateSummaryResponse',
    kind: 'response',
    apiKey: 87,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: readShareGroupStateSummaryResponseCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'results', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateSummaryResponseReadStateSummaryResult', fields: [
        { name: 'topicId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'struct', name: 'ReadShareGroupStateSummaryResponsePartitionResult', fields: [
          { name: 'partition', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorCode', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'errorMessage', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: [0, 0], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
          { name: 'stateEpoch', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'startOffset', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'RequestHeader',
    kind: 'header',
    apiKey: null,
    validVersions: [0, 2],
    flexibleVersions: [2, 2],
    codec: requestHeaderCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'requestApiKey', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'requestApiVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'correlationId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 2], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'clientId', type: { kind: 'primitive', name: 'string' }, versions: [1, 2], nullableVersions: [1, 2], taggedVersions: null, tag: null, flexibleVersions: null, nullable: true, default: "" },
    ],
  },
  {
    name: 'ResponseHeader',
    kind: 'header',
    apiKey: null,
    validVersions: [0, 1],
    flexibleVersions: [1, 1],
    codec: responseHeaderCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'correlationId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'ConsumerProtocolAssignment',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 3],
    flexibleVersions: null,
    codec: consumerProtocolAssignmentCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'assignedPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerProtocolAssignmentTopicPartition', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'userData', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'ConsumerProtocolSubscription',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 3],
    flexibleVersions: null,
    codec: consumerProtocolSubscriptionCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'topics', type: { kind: 'array', element: { kind: 'primitive', name: 'string' } }, versions: [0, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'userData', type: { kind: 'primitive', name: 'bytes' }, versions: [0, 3], nullableVersions: [0, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
      { name: 'ownedPartitions', type: { kind: 'array', element: { kind: 'struct', name: 'ConsumerProtocolSubscriptionTopicPartition', fields: [
        { name: 'topic', type: { kind: 'primitive', name: 'string' }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
        { name: 'partitions', type: { kind: 'array', element: { kind: 'primitive', name: 'int32' } }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      ] } }, versions: [1, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'generationId', type: { kind: 'primitive', name: 'int32' }, versions: [2, 3], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: -1 },
      { name: 'rackId', type: { kind: 'primitive', name: 'string' }, versions: [3, 3], nullableVersions: [3, 3], taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: true, default: null },
    ],
  },
  {
    name: 'DefaultPrincipalData',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: defaultPrincipalDataCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'type', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
      { name: 'tokenAuthenticated', type: { kind: 'primitive', name: 'bool' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: false },
    ],
  },
  {
    name: 'KRaftVersionRecord',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: kRaftVersionRecordCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'version', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'kRaftVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'LeaderChangeMessage',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 1],
    flexibleVersions: [0, 1],
    codec: leaderChangeMessageCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'version', type: { kind: 'primitive', name: 'int16' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'leaderId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voters', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderChangeMessageVoter', fields: [
        { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
      { name: 'grantingVoters', type: { kind: 'array', element: { kind: 'struct', name: 'LeaderChangeMessageVoter', fields: [
        { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [1, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
      ] } }, versions: [0, 1], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
  {
    name: 'SnapshotFooterRecord',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: snapshotFooterRecordCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'version', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
    ],
  },
  {
    name: 'SnapshotHeaderRecord',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: snapshotHeaderRecordCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'version', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'lastContainedLogTimestamp', type: { kind: 'primitive', name: 'int64' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0n },
    ],
  },
  {
    name: 'VotersRecord',
    kind: 'data',
    apiKey: null,
    validVersions: [0, 0],
    flexibleVersions: [0, 0],
    codec: votersRecordCodec as unknown as MessageCodec<unknown>,
    fields: [
      { name: 'version', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
      { name: 'voters', type: { kind: 'array', element: { kind: 'struct', name: 'VotersRecordVoter', fields: [
        { name: 'voterId', type: { kind: 'primitive', name: 'int32' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        { name: 'voterDirectoryId', type: { kind: 'primitive', name: 'uuid' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: '00000000-0000-0000-0000-000000000000' },
        { name: 'endpoints', type: { kind: 'array', element: { kind: 'struct', name: 'VotersRecordEndpoint', fields: [
          { name: 'name', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'host', type: { kind: 'primitive', name: 'string' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: "" },
          { name: 'port', type: { kind: 'primitive', name: 'uint16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
        { name: 'kRaftVersionFeature', type: { kind: 'struct', name: 'VotersRecordKRaftVersionFeature', fields: [
          { name: 'minSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
          { name: 'maxSupportedVersion', type: { kind: 'primitive', name: 'int16' }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: 0 },
        ] }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: undefined },
      ] } }, versions: [0, 0], nullableVersions: null, taggedVersions: null, tag: null, flexibleVersions: undefined, nullable: false, default: [] },
    ],
  },
];
