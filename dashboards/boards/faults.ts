// The Faults dashboard: fault windows, recovery times, and what the faults did to the workload.
import {
  barGauge,
  type DashboardSpec,
  quantile,
  selector as s,
  stat,
  stateTimeline,
  timeseries,
} from '../grafana.ts';
import {
  assertionMappings,
  byCluster,
  byTask,
  cluster,
  datasource,
  faultWindows,
  jobs,
  recordsPerSecond,
  suite,
  task,
  upMappings,
} from './common.ts';

const recoveryQuantile = (q: number) =>
  `histogram_quantile(${q}, sum by (kind, le) (increase(${s('longhaul_fault_recovery_duration_seconds_bucket', byCluster)}[$__range])))`;

export const faults: DashboardSpec = {
  uid: 'longhaul-faults',
  title: 'longhaul / Faults',
  description:
    'Which faults were injected when (the red regions on every dashboard), how long the system took to recover, and what the faults did to throughput and latency.',
  variables: [datasource, cluster, suite, task],
  annotations: [faultWindows],
  sections: [
    {
      title: 'Fault windows',
      rows: [
        [
          stateTimeline(
            'Active faults',
            'Faults injected and not yet healed, by task and fault kind: from injection to heal.',
            [
              {
                expr: `max by (task, kind) (${s('longhaul_faults_active', byTask)})`,
                legend: '{{task}} {{kind}}',
              },
            ],
            {
              w: 24,
              h: 6,
              thresholds: [
                { value: null, color: 'transparent' },
                { value: 1, color: 'red' },
              ],
            },
          ),
        ],
        [
          stat(
            'Active now',
            'Faults injected and not yet healed.',
            [{ expr: `sum(${s('longhaul_faults_active', byTask)}) or vector(0)`, instant: true }],
            { w: 6, h: 5, decimals: 0 },
          ),
          stat(
            'Injected',
            'Faults injected since the controller started, by kind.',
            [
              {
                expr: `sum by (kind) (${s('longhaul_faults_injected_total', byTask)})`,
                legend: '{{kind}}',
                instant: true,
              },
            ],
            { w: 6, h: 5, decimals: 0 },
          ),
          stat(
            'Brokers up',
            'Broker admin endpoints Prometheus can scrape, of those it knows.',
            [
              { expr: `sum(${s('up', byCluster, [`job="${jobs.broker}"`])})`, legend: 'up', instant: true },
              {
                expr: `count(${s('up', byCluster, [`job="${jobs.broker}"`])})`,
                legend: 'known',
                instant: true,
              },
            ],
            { w: 6, h: 5, decimals: 0 },
          ),
          stat(
            'Workers connected',
            'Workers connected to the controller, of those the run asks for.',
            [
              {
                expr: `sum(${s('longhaul_workers', byCluster, ['state="connected"'])})`,
                legend: 'connected',
                instant: true,
              },
              {
                expr: `sum(${s('longhaul_workers_desired', byCluster)})`,
                legend: 'desired',
                instant: true,
              },
            ],
            { w: 6, h: 5, decimals: 0 },
          ),
        ],
      ],
    },
    {
      title: 'Recovery',
      rows: [
        [
          barGauge(
            'Recovery time, last fault per task',
            'Time until throughput and latency were back within bounds after the last fault of each task (from the injection, or from the heal for network and object-store faults).',
            [
              {
                expr: `max by (task, kind) (${s('longhaul_fault_recovery_seconds', byTask)})`,
                legend: '{{task}} {{kind}}',
                instant: true,
              },
            ],
            { w: 12, h: 8, unit: 's' },
          ),
          barGauge(
            'Recovery time percentiles by kind',
            'p50 and p99 of the recovery times of every fault in the time range, by fault kind: the soak statistics.',
            [
              { expr: recoveryQuantile(0.5), legend: '{{kind}} p50', instant: true },
              { expr: recoveryQuantile(0.99), legend: '{{kind}} p99', instant: true },
            ],
            { w: 12, h: 8, unit: 's' },
          ),
        ],
        [
          stateTimeline(
            'Recovery assertions',
            'Outcome of the recovery-time and fault-healed assertions of every task.',
            [
              {
                expr: `max by (task, assertion) (${s('longhaul_assertion_status', byTask, ['assertion=~"recovery.time|fault.healed"'])})`,
                legend: '{{task}} {{assertion}}',
              },
            ],
            { w: 24, h: 6, mappings: assertionMappings },
          ),
        ],
      ],
    },
    {
      title: 'Effect on the workload',
      rows: [
        [
          timeseries(
            'Produce rate vs target',
            'Records/s acked against the target rate (dashed): the dip during a fault window and how fast it closes.',
            [
              {
                expr: `sum(rate(${s('longhaul_worker_records_acked_total', byCluster, ['kind="producer"'])}[$__rate_interval]))`,
                legend: 'acked',
              },
              {
                expr: `sum(${s('longhaul_worker_target_rate_records_per_second', byCluster)})`,
                legend: 'target',
                refId: 'TARGET',
              },
            ],
            { w: 12, h: 8, unit: recordsPerSecond, slaRefs: ['TARGET'] },
          ),
          timeseries(
            'Produce latency p99',
            'p99 of scheduled-send-to-ack latency over all producers: the spike a fault causes and its decay.',
            [
              {
                expr: quantile(0.99, s('longhaul_worker_produce_latency_seconds_bucket', byCluster)),
                legend: 'p99',
              },
            ],
            { w: 12, h: 8, unit: 's' },
          ),
        ],
        [
          stateTimeline(
            'Broker targets',
            'Whether Prometheus can scrape each broker: a killed or paused broker shows as down.',
            [
              {
                expr: `max by (instance) (${s('up', byCluster, [`job="${jobs.broker}"`])})`,
                legend: '{{instance}}',
              },
            ],
            { w: 24, h: 5, mappings: upMappings },
          ),
        ],
      ],
    },
  ],
};
