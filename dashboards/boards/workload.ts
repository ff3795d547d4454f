// The Workload dashboard: throughput against target, produce and end-to-end latency against the SLAs.
import { barGauge, type DashboardSpec, quantile, selector as s, stat, timeseries } from '../grafana.ts';
import {
  byCluster,
  byTask,
  byTopic,
  cluster,
  datasource,
  faultWindows,
  recordsPerSecond,
  suite,
  task,
  topic,
} from './common.ts';

const rate = (metric: string, matchers: string[] = []) =>
  `sum(rate(${s(metric, byTopic, matchers)}[$__rate_interval]))`;

function latencyPanel(
  title: string,
  description: string,
  metric: string,
  latency: string,
  matchers: string[],
) {
  const buckets = s(`${metric}_bucket`, byTopic, matchers);
  return timeseries(
    title,
    description,
    [
      { expr: quantile(0.5, buckets), legend: 'p50' },
      { expr: quantile(0.99, buckets), legend: 'p99' },
      { expr: quantile(0.999, buckets), legend: 'p99.9' },
      {
        expr: `max by (percentile) (${s('longhaul_latency_limit_seconds', byTask, [`latency="${latency}"`])})`,
        legend: '{{percentile}} SLA',
        refId: 'SLA',
      },
    ],
    { w: 12, h: 9, unit: 's', slaRefs: ['SLA'] },
  );
}

export const workload: DashboardSpec = {
  uid: 'longhaul-workload',
  title: 'longhaul / Workload',
  description:
    'Is the workload inside its SLAs? Throughput against the target rate, produce and end-to-end latency percentiles with the SLA lines of the running task.',
  variables: [datasource, cluster, suite, task, topic],
  annotations: [faultWindows],
  sections: [
    {
      title: 'Throughput',
      rows: [
        [
          timeseries(
            'Produce rate vs target',
            'Records/s acked by the cluster and handed to the client (sent), against the target rate of the producers (dashed) and the rate consumers read.',
            [
              { expr: rate('longhaul_worker_records_acked_total', ['kind="producer"']), legend: 'acked' },
              { expr: rate('longhaul_worker_records_sent_total', ['kind="producer"']), legend: 'sent' },
              {
                expr: rate('longhaul_worker_records_consumed_total', ['kind="consumer"']),
                legend: 'consumed',
              },
              {
                expr: `sum(${s('longhaul_worker_target_rate_records_per_second', byTopic)})`,
                legend: 'target',
                refId: 'TARGET',
              },
            ],
            { w: 18, h: 9, unit: recordsPerSecond, slaRefs: ['TARGET'] },
          ),
          stat(
            'Behind schedule',
            'How late the producers are: age of the oldest record due but not yet handed to the client. Open-loop rate control measures latency from the scheduled time, so this is part of it.',
            [{ expr: `max(${s('longhaul_worker_behind_schedule_seconds', byTopic)})` }],
            {
              w: 6,
              h: 9,
              unit: 's',
              thresholds: [
                { value: null, color: 'green' },
                { value: 1, color: 'orange' },
                { value: 5, color: 'red' },
              ],
            },
          ),
        ],
        [
          timeseries(
            'Bytes/s',
            'Value bytes acked by the cluster and read by consumers.',
            [
              { expr: rate('longhaul_worker_bytes_acked_total', ['kind="producer"']), legend: 'acked' },
              { expr: rate('longhaul_worker_bytes_consumed_total', ['kind="consumer"']), legend: 'consumed' },
            ],
            { w: 12, h: 8, unit: 'Bps' },
          ),
          timeseries(
            'Failed records by error',
            'Records the producers gave up on, by Kafka or kafkajs error name. Empty while nothing fails.',
            [
              {
                expr: `sum by (error) (rate(${s('longhaul_worker_records_failed_total', byTopic)}[$__rate_interval]))`,
                legend: '{{error}}',
              },
            ],
            { w: 12, h: 8, unit: recordsPerSecond },
          ),
        ],
      ],
    },
    {
      title: 'Latency',
      rows: [
        [
          latencyPanel(
            'Produce latency',
            'Scheduled send time to ack, percentiles over all producers (Prometheus buckets, so approximate), with the SLAs of the running task dashed.',
            'longhaul_worker_produce_latency_seconds',
            'produce',
            [],
          ),
          latencyPanel(
            'End-to-end latency',
            'Scheduled send time to consume time, percentiles over all consumers, with the SLAs of the running task dashed.',
            'longhaul_worker_end_to_end_latency_seconds',
            'end_to_end',
            ['kind="consumer"'],
          ),
        ],
        [
          barGauge(
            'Verdict latency p99 per task',
            'The p99 each verdict measured over its workload from exact HDR histograms: what the latency assertions judged.',
            [
              {
                expr: `max by (task, latency) (${s('longhaul_task_latency_seconds', byTask, ['percentile="p99"'])})`,
                legend: '{{task}} {{latency}}',
                instant: true,
              },
            ],
            { w: 12, h: 8, unit: 's' },
          ),
          barGauge(
            'Verdict throughput per task',
            'Mean rate over the workload of each verdict: achieved (acked) against target.',
            [
              {
                expr: `max by (task, rate) (${s('longhaul_task_throughput_records_per_second', byTask)})`,
                legend: '{{task}} {{rate}}',
                instant: true,
              },
            ],
            { w: 12, h: 8, unit: recordsPerSecond },
          ),
        ],
      ],
    },
    {
      title: 'Roles',
      rows: [
        [
          timeseries(
            'Roles running',
            'Producer, consumer and reader roles running on the workers.',
            [{ expr: `sum by (kind) (${s('longhaul_worker_roles', byCluster)})`, legend: '{{kind}}' }],
            { w: 12, h: 7, decimals: 0 },
          ),
          timeseries(
            'Consumer lag',
            'Records between the consumers positions and the high watermarks, per topic.',
            [
              {
                expr: `sum by (topic) (${s('longhaul_worker_lag_records', byTopic, ['kind="consumer"'])})`,
                legend: '{{topic}}',
              },
            ],
            { w: 12, h: 7 },
          ),
        ],
      ],
    },
  ],
};
