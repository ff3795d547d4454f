// The Continuity dashboard: records lost, duplicated, reordered or inconsistent, and consumer lag.
import {
  barGauge,
  type DashboardSpec,
  type PanelSpec,
  selector as s,
  stat,
  stateTimeline,
  timeseries,
} from '../grafana.ts';
import {
  assertionMappings,
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
  zeroIsGood,
} from './common.ts';

const kinds = [
  ['lost', 'Lost', 'Records acked by the cluster and never read back.'],
  ['duplicated', 'Duplicated', 'One record stored at two offsets.'],
  ['reordered', 'Reordered', "A producer's records read back out of their send order within a partition."],
  [
    'inconsistent',
    'Inconsistent',
    'One offset holding two records, or a record read at another offset than acked.',
  ],
] as const;

const violationStats: PanelSpec[] = kinds.map(([kind, title, meaning]) =>
  stat(
    title,
    `${meaning} Found by the verdicts in the time range.`,
    [
      {
        expr: `sum(increase(${s('longhaul_continuity_violations_total', byTask, [`kind="${kind}"`])}[$__range])) or vector(0)`,
        instant: true,
      },
    ],
    { w: 6, h: 5, thresholds: zeroIsGood, decimals: 0 },
  ),
);

export const continuity: DashboardSpec = {
  uid: 'longhaul-continuity',
  title: 'longhaul / Continuity',
  description:
    'Did the cluster keep every acked record, once, in order? Violations found by the continuity checker, the evidence counts, and the live flow and lag behind them.',
  variables: [datasource, cluster, suite, task, topic],
  annotations: [faultWindows],
  sections: [
    {
      title: 'Violations (judged at the end of each task)',
      rows: [
        violationStats,
        [
          timeseries(
            'Violations found',
            'Violations added by each verdict, by task and kind (a bar when a task is judged).',
            [
              {
                expr: `sum by (task, kind) (increase(${s('longhaul_continuity_violations_total', byTask)}[$__rate_interval]))`,
                legend: '{{task}} {{kind}}',
              },
            ],
            { w: 12, h: 8, bars: true, decimals: 0 },
          ),
          stateTimeline(
            'Continuity assertions',
            'Outcome of the continuity, stall and lifecycle assertions of every task.',
            [
              {
                expr: `max by (task, assertion) (${s('longhaul_assertion_status', byTask, ['assertion=~"continuity.*|progress.stall|experiment.lifecycle"'])})`,
                legend: '{{task}} {{assertion}}',
              },
            ],
            { w: 12, h: 8, mappings: assertionMappings },
          ),
        ],
        [
          barGauge(
            'Records acked and seen',
            'Records of the last verdict of each task: acked by the cluster, and seen by consumers and the final read. Seen may exceed acked: records whose ack was lost are fine.',
            [
              {
                expr: `max by (task, ledger) (${s('longhaul_task_records', byTask)})`,
                legend: '{{task}} {{ledger}}',
                instant: true,
              },
            ],
            { w: 24, h: 8 },
          ),
        ],
      ],
    },
    {
      title: 'Live flow',
      rows: [
        [
          timeseries(
            'Acked vs consumed',
            'Records/s acked by the cluster and read by consumers: apart for long, consumers fall behind.',
            [
              {
                expr: `sum(rate(${s('longhaul_worker_records_acked_total', byTopic, ['kind="producer"'])}[$__rate_interval]))`,
                legend: 'acked',
              },
              {
                expr: `sum(rate(${s('longhaul_worker_records_consumed_total', byTopic, ['kind="consumer"'])}[$__rate_interval]))`,
                legend: 'consumed',
              },
            ],
            { w: 12, h: 8, unit: recordsPerSecond },
          ),
          timeseries(
            'Produce failures',
            'Records the producers gave up on, by error. A failed record is not acked, so it is not a loss; many of them hide throughput problems.',
            [
              {
                expr: `sum by (error) (rate(${s('longhaul_worker_records_failed_total', byTopic)}[$__rate_interval]))`,
                legend: '{{error}}',
              },
            ],
            { w: 12, h: 8, unit: recordsPerSecond },
          ),
        ],
        [
          timeseries(
            'Consumer lag (workers)',
            "Records between the workers' consumer positions and the high watermarks, per topic.",
            [
              {
                expr: `sum by (topic) (${s('longhaul_worker_lag_records', byTopic, ['kind="consumer"'])})`,
                legend: '{{topic}}',
              },
            ],
            { w: 12, h: 8 },
          ),
          timeseries(
            'Consumer group lag (brokers)',
            'High watermark minus committed offset, summed per consumer group, as the brokers see it.',
            [
              {
                expr: `sum by (group) (${s('longhaul_broker_consumer_group_lag_records', byCluster)})`,
                legend: '{{group}}',
              },
            ],
            { w: 12, h: 8 },
          ),
        ],
      ],
    },
  ],
};
