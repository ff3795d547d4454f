// The Broker dashboard: API latency, WAL commits, object store, cache, load, cluster leadership and compaction per broker.
import {
  type DashboardSpec,
  type PanelSpec,
  quantile,
  selector as s,
  stateTimeline,
  timeseries,
} from '../grafana.ts';
import {
  byCluster,
  cluster,
  datasource,
  faultWindows,
  jobs,
  recordsPerSecond,
  upMappings,
} from './common.ts';

const instance = {
  kind: 'query',
  name: 'instance',
  label: 'broker',
  query: 'label_values(longhaul_broker_partitions{cluster=~"$cluster"}, instance)',
} as const;
const byBroker = [...byCluster, 'instance=~"$instance"'] as const;
const rateOf = (metric: string, matchers: string[] = []) =>
  `rate(${s(metric, byBroker, matchers)}[$__rate_interval])`;

function percentiles(title: string, description: string, metric: string, matchers: string[] = []): PanelSpec {
  const buckets = s(`${metric}_bucket`, byBroker, matchers);
  return timeseries(
    title,
    description,
    [
      { expr: quantile(0.5, buckets, ['node_id']), legend: 'broker {{node_id}} p50' },
      { expr: quantile(0.99, buckets, ['node_id']), legend: 'broker {{node_id}} p99' },
      { expr: quantile(0.999, buckets, ['node_id']), legend: 'broker {{node_id}} p99.9' },
    ],
    { w: 12, h: 8, unit: 's' },
  );
}

function perBroker(title: string, description: string, expr: string, unit: string): PanelSpec {
  return timeseries(title, description, [{ expr, legend: 'broker {{node_id}}' }], { w: 8, h: 7, unit });
}

export const broker: DashboardSpec = {
  uid: 'longhaul-broker',
  title: 'longhaul / Broker',
  description:
    'How the reference broker is doing: Kafka API latency, WAL group commits, object-store latency and errors, the read cache, and the load per broker.',
  variables: [datasource, cluster, instance],
  annotations: [faultWindows],
  sections: [
    {
      title: 'Kafka API',
      rows: [
        [
          timeseries(
            'Requests/s by API',
            'Kafka protocol requests handled, by API.',
            [{ expr: `sum by (api) (${rateOf('longhaul_broker_requests_total')})`, legend: '{{api}}' }],
            { w: 12, h: 8, unit: 'reqps' },
          ),
          timeseries(
            'API latency p99 by API',
            'Time from a request frame arriving to its response being queued. Fetch includes its long-poll wait.',
            [
              {
                expr: quantile(0.99, s('longhaul_broker_request_duration_seconds_bucket', byBroker), ['api']),
                legend: '{{api}}',
              },
            ],
            { w: 12, h: 8, unit: 's' },
          ),
        ],
        [
          percentiles(
            'Produce latency (broker side)',
            'Produce request latency inside the broker, which includes waiting for the WAL group commit (acks=all).',
            'longhaul_broker_request_duration_seconds',
            ['api="Produce"'],
          ),
          timeseries(
            'Request errors/s',
            'Requests answered with a Kafka error code, by API and error. Empty while nothing fails.',
            [
              {
                expr: `sum by (api, outcome) (${rateOf('longhaul_broker_requests_total', ['outcome!="ok"'])})`,
                legend: '{{api}} {{outcome}}',
              },
            ],
            { w: 12, h: 8, unit: 'reqps' },
          ),
        ],
      ],
    },
    {
      title: 'Storage',
      rows: [
        [
          percentiles(
            'WAL commit latency',
            'Time to write one WAL object durably to the object store: every acks=all produce waits for one.',
            'longhaul_broker_wal_commit_duration_seconds',
          ),
          timeseries(
            'WAL commits/s and failures',
            'WAL objects written per second, and writes that failed for good (after retries) and were voided.',
            [
              {
                expr: `sum by (node_id) (${rateOf('longhaul_broker_wal_commit_duration_seconds_count')})`,
                legend: 'broker {{node_id}} commits',
              },
              {
                expr: `sum by (node_id) (${rateOf('longhaul_broker_wal_commit_failures_total')})`,
                legend: 'broker {{node_id}} failures',
              },
            ],
            { w: 6, h: 8, unit: 'ops' },
          ),
          timeseries(
            'WAL object size',
            'Size of the WAL objects written (p50, p99): how well group commit batches.',
            [
              {
                expr: quantile(0.5, s('longhaul_broker_wal_commit_size_bytes_bucket', byBroker), ['node_id']),
                legend: 'broker {{node_id}} p50',
              },
              {
                expr: quantile(0.99, s('longhaul_broker_wal_commit_size_bytes_bucket', byBroker), [
                  'node_id',
                ]),
                legend: 'broker {{node_id}} p99',
              },
            ],
            { w: 6, h: 8, unit: 'bytes' },
          ),
        ],
        [
          timeseries(
            'Object-store latency p99 by operation',
            'Latency of object-store calls (put, get, list, delete...), the one durable dependency of the broker.',
            [
              {
                expr: quantile(
                  0.99,
                  s('longhaul_broker_object_store_operation_duration_seconds_bucket', byBroker),
                  ['operation'],
                ),
                legend: '{{operation}}',
              },
            ],
            { w: 8, h: 8, unit: 's' },
          ),
          timeseries(
            'Object-store operations/s',
            'Object-store calls per second by operation and outcome.',
            [
              {
                expr: `sum by (operation, outcome) (${rateOf('longhaul_broker_object_store_operations_total')})`,
                legend: '{{operation}} {{outcome}}',
              },
            ],
            { w: 8, h: 8, unit: 'ops' },
          ),
          timeseries(
            'Object-store errors/s',
            'Object-store calls that failed, by operation and error code (object-store fault tasks cause these on purpose). Empty while nothing fails.',
            [
              {
                expr: `sum by (operation, outcome) (${rateOf('longhaul_broker_object_store_operations_total', ['outcome!="ok"'])})`,
                legend: '{{operation}} {{outcome}}',
              },
            ],
            { w: 8, h: 8, unit: 'ops' },
          ),
        ],
        [
          timeseries(
            'Read cache hit ratio',
            'Share of batch reads served from memory rather than the object store. Tail reads should hit.',
            [
              {
                expr: `sum by (node_id) (${rateOf('longhaul_broker_cache_requests_total', ['result="hit"'])}) / sum by (node_id) (${rateOf('longhaul_broker_cache_requests_total')})`,
                legend: 'broker {{node_id}}',
              },
            ],
            { w: 12, h: 7, unit: 'percentunit', min: 0, max: 1 },
          ),
          timeseries(
            'Consumer groups by state',
            'Consumer groups the coordinator knows, by state.',
            [
              {
                expr: `sum by (state) (${s('longhaul_broker_consumer_groups', byBroker)})`,
                legend: '{{state}}',
              },
            ],
            { w: 12, h: 7, decimals: 0 },
          ),
        ],
      ],
    },
    {
      title: 'Load per broker',
      rows: [
        [
          perBroker(
            'Bytes in',
            'Record batch bytes appended by Produce requests, per broker.',
            `sum by (node_id) (${rateOf('longhaul_broker_bytes_in_total')})`,
            'Bps',
          ),
          perBroker(
            'Bytes out',
            'Record batch bytes returned by Fetch responses, per broker.',
            `sum by (node_id) (${rateOf('longhaul_broker_bytes_out_total')})`,
            'Bps',
          ),
          perBroker(
            'Records in',
            'Records appended by Produce requests, per broker.',
            `sum by (node_id) (${rateOf('longhaul_broker_records_in_total')})`,
            recordsPerSecond,
          ),
        ],
        [
          perBroker(
            'Partitions',
            'Partitions each broker serves.',
            `sum by (node_id) (${s('longhaul_broker_partitions', byBroker)})`,
            'short',
          ),
          perBroker(
            'Connections',
            'Open client connections per broker.',
            `sum by (node_id) (${s('longhaul_broker_connections', byBroker)})`,
            'short',
          ),
          stateTimeline(
            'Broker up',
            'Whether Prometheus can scrape each broker: killed or paused brokers show as down.',
            [
              {
                expr: `max by (instance) (${s('up', byBroker, [`job="${jobs.broker}"`])})`,
                legend: '{{instance}}',
              },
            ],
            { w: 8, h: 7, mappings: upMappings },
          ),
        ],
      ],
    },
    {
      title: 'Cluster and storage',
      rows: [
        [
          perBroker(
            'Controller',
            'Which broker holds the controller lease (1). A change of holder is a controller failover.',
            `max by (node_id) (${s('longhaul_broker_is_controller', byBroker)})`,
            'short',
          ),
          perBroker(
            'Members seen',
            'Live cluster members as each broker sees them: a dip is a broker failed over or leaving.',
            `max by (node_id) (${s('longhaul_broker_cluster_brokers', byBroker)})`,
            'short',
          ),
          perBroker(
            'Heartbeat age',
            "How old each member's heartbeat is, as the brokers see it; above the lease (3 s by default) the controller fails it over.",
            `max by (broker) (${s('longhaul_broker_lease_age_seconds', byBroker)})`,
            's',
          ),
        ],
        [
          perBroker(
            'Leadership changes',
            'Partition leaderships the controller moved (failover, reassignment, balancing, draining), per second.',
            `sum by (node_id) (${rateOf('longhaul_broker_leadership_changes_total')})`,
            'ops',
          ),
          perBroker(
            'Last failover',
            "From the dead broker's last observed heartbeat to the controller's failover decision.",
            `max by (node_id) (${s('longhaul_broker_last_failover_seconds', byBroker)})`,
            's',
          ),
          perBroker(
            'Bytes-in rate (balancing input)',
            'Bytes-in of the partitions each broker leads, as the controller balances them.',
            `sum by (node_id) (${s('longhaul_broker_bytes_in_per_second', byBroker)})`,
            'Bps',
          ),
        ],
        [
          perBroker(
            'Uncompacted bytes',
            'Data each broker leads that only WAL objects hold; compaction keeps it under a few MiB per partition. Loading a partition reads these headers.',
            `sum by (node_id) (${s('longhaul_broker_uncompacted_bytes', byBroker)})`,
            'bytes',
          ),
          perBroker(
            'Stream objects written',
            'Per-partition objects compaction wrote, per second.',
            `sum by (node_id) (${rateOf('longhaul_broker_stream_objects_written_total')})`,
            'ops',
          ),
          perBroker(
            'WAL objects deleted',
            'WAL objects deleted once stream objects covered them, per second.',
            `sum by (node_id) (${rateOf('longhaul_broker_wal_objects_deleted_total')})`,
            'ops',
          ),
        ],
      ],
    },
    {
      title: 'Process',
      rows: [
        [
          perBroker(
            'CPU',
            'CPU time per second (1 = one core busy).',
            `sum by (node_id) (${rateOf('longhaul_broker_process_cpu_seconds_total')})`,
            'percentunit',
          ),
          perBroker(
            'Resident memory',
            'Resident set size of each broker process.',
            `sum by (node_id) (${s('longhaul_broker_process_resident_memory_bytes', byBroker)})`,
            'bytes',
          ),
          perBroker(
            'Event loop lag p99',
            'p99 event-loop delay: above a few ms, requests queue behind blocked JavaScript.',
            `max by (node_id) (${s('longhaul_broker_nodejs_eventloop_lag_p99_seconds', byBroker)})`,
            's',
          ),
        ],
      ],
    },
  ],
};
