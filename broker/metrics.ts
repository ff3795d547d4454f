// The broker's Prometheus metrics (prom-client), registered once per broker process.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

const latencyBuckets_s = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createBrokerMetrics(nodeId: number) {
  const registry = new Registry();
  registry.setDefaultLabels({ node_id: String(nodeId) });
  // prom-client's names already start with process_ / nodejs_: longhaul_broker_process_cpu_seconds_total.
  collectDefaultMetrics({ register: registry, prefix: 'longhaul_broker_' });
  return {
    registry,
    requests: new Counter({
      name: 'longhaul_broker_requests_total',
      help: 'Kafka protocol requests handled, by API and error outcome.',
      labelNames: ['api', 'outcome'] as const,
      registers: [registry],
    }),
    requestLatency: new Histogram({
      name: 'longhaul_broker_request_duration_seconds',
      help: 'Time from a request frame arriving to its response being queued, by API.',
      labelNames: ['api'] as const,
      buckets: latencyBuckets_s,
      registers: [registry],
    }),
    bytesIn: new Counter({
      name: 'longhaul_broker_bytes_in_total',
      help: 'Record batch bytes appended by Produce requests.',
      registers: [registry],
    }),
    bytesOut: new Counter({
      name: 'longhaul_broker_bytes_out_total',
      help: 'Record batch bytes returned by Fetch responses.',
      registers: [registry],
    }),
    messagesIn: new Counter({
      name: 'longhaul_broker_records_in_total',
      help: 'Records appended by Produce requests.',
      registers: [registry],
    }),
    walCommitLatency: new Histogram({
      name: 'longhaul_broker_wal_commit_duration_seconds',
      help: 'Time to write one WAL object durably to the object store (group commit).',
      buckets: latencyBuckets_s,
      registers: [registry],
    }),
    walCommitSize: new Histogram({
      name: 'longhaul_broker_wal_commit_size_bytes',
      help: 'Size of each WAL object written.',
      buckets: [1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216],
      registers: [registry],
    }),
    walCommitFailures: new Counter({
      name: 'longhaul_broker_wal_commit_failures_total',
      help: 'WAL writes that failed for good (after retries) and were voided by a stream seal.',
      registers: [registry],
    }),
    storeOperations: new Counter({
      name: 'longhaul_broker_object_store_operations_total',
      help: 'Object-store calls by operation and outcome (ok, error code).',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    }),
    storeLatency: new Histogram({
      name: 'longhaul_broker_object_store_operation_duration_seconds',
      help: 'Object-store call latency by operation.',
      labelNames: ['operation'] as const,
      buckets: latencyBuckets_s,
      registers: [registry],
    }),
    cacheRequests: new Counter({
      name: 'longhaul_broker_cache_requests_total',
      help: 'Batch reads served from memory (hit) or from the object store (miss).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    partitions: new Gauge({
      name: 'longhaul_broker_partitions',
      help: 'Partitions this broker serves.',
      registers: [registry],
    }),
    groups: new Gauge({
      name: 'longhaul_broker_consumer_groups',
      help: 'Consumer groups by state.',
      labelNames: ['state'] as const,
      registers: [registry],
    }),
    groupLag: new Gauge({
      name: 'longhaul_broker_consumer_group_lag_records',
      help: 'Sum over partitions of (high watermark - committed offset), per consumer group.',
      labelNames: ['group'] as const,
      registers: [registry],
    }),
    connections: new Gauge({
      name: 'longhaul_broker_connections',
      help: 'Open client connections.',
      registers: [registry],
    }),
    // Cluster (counts of the controller's decisions are kept by the broker that made them).
    isController: new Gauge({
      name: 'longhaul_broker_is_controller',
      help: '1 while this broker holds the controller lease.',
      registers: [registry],
    }),
    liveBrokers: new Gauge({
      name: 'longhaul_broker_cluster_brokers',
      help: 'Live cluster members as this broker sees them.',
      registers: [registry],
    }),
    leadershipChanges: new Counter({
      name: 'longhaul_broker_leadership_changes_total',
      help: 'Partition leadership changes this broker decided as controller (failovers, moves, balancing).',
      registers: [registry],
    }),
    failovers: new Counter({
      name: 'longhaul_broker_failovers_total',
      help: 'Dead brokers this broker failed over as controller.',
      registers: [registry],
    }),
    failoverDuration: new Gauge({
      name: 'longhaul_broker_last_failover_seconds',
      help: "Seconds from a dead broker's last heartbeat change to the failover decision, for the last failover this broker made.",
      registers: [registry],
    }),
    reassignments: new Counter({
      name: 'longhaul_broker_reassignments_total',
      help: 'Partition reassignments carried out by this broker as controller.',
      registers: [registry],
    }),
    balanceMoves: new Counter({
      name: 'longhaul_broker_balance_moves_total',
      help: 'Partitions moved by auto-balancing, decided by this broker as controller.',
      registers: [registry],
    }),
    leaseAge: new Gauge({
      name: 'longhaul_broker_lease_age_seconds',
      help: "Seconds since a member's heartbeat last changed, as this broker sees it (its own: since it last reached the store).",
      labelNames: ['broker'] as const,
      registers: [registry],
    }),
    bytesInRate: new Gauge({
      name: 'longhaul_broker_bytes_in_per_second',
      help: 'Bytes-in rate of the partitions this broker leads (balancing input).',
      registers: [registry],
    }),
    streamObjects: new Counter({
      name: 'longhaul_broker_stream_objects_written_total',
      help: 'Stream objects written by compaction.',
      registers: [registry],
    }),
    walObjectsDeleted: new Counter({
      name: 'longhaul_broker_wal_objects_deleted_total',
      help: 'WAL objects deleted after compaction covered them.',
      registers: [registry],
    }),
    uncompactedBytes: new Gauge({
      name: 'longhaul_broker_uncompacted_bytes',
      help: 'Bytes of the partitions this broker leads that only WAL objects hold (not yet compacted).',
      registers: [registry],
    }),
  };
}

export type BrokerMetrics = ReturnType<typeof createBrokerMetrics>;
