// The Fleet dashboard: workers alive, lost and preempted, task retries, per-worker load, controller and bus.
import {
  type DashboardSpec,
  type PanelSpec,
  selector as s,
  stat,
  stateTimeline,
  timeseries,
} from '../grafana.ts';
import {
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

/** Set from `__meta_longhaul_id` by deploy/prometheus/prometheus.yml; `.*` also matches workers without it. */
const worker = {
  kind: 'query',
  name: 'worker',
  label: 'worker',
  query: `label_values(up{job="${jobs.worker}", cluster=~"$cluster"}, worker)`,
} as const;
const byWorker = [...byCluster, 'worker=~"$worker"'] as const;
const controller = [...byCluster, `job="${jobs.controller}"`] as const;

function small(title: string, description: string, expr: string, unit: string, by: string): PanelSpec {
  return timeseries(title, description, [{ expr, legend: by }], { w: 8, h: 7, unit });
}

export const fleet: DashboardSpec = {
  uid: 'longhaul-fleet',
  title: 'longhaul / Fleet',
  description:
    'The load generators and the brain: workers connected, lost and preempted, task retries, load per worker, and the health of the controller and its event bus.',
  variables: [datasource, cluster, suite, task, worker],
  annotations: [faultWindows],
  sections: [
    {
      title: 'Workers',
      rows: [
        [
          stat(
            'Connected',
            'Workers connected to the controller now.',
            [{ expr: `sum(${s('longhaul_workers', byCluster, ['state="connected"'])})`, instant: true }],
            { w: 6, h: 5, decimals: 0 },
          ),
          stat(
            'Desired',
            'Workers the current run asks for.',
            [{ expr: `sum(${s('longhaul_workers_desired', byCluster)})`, instant: true }],
            { w: 6, h: 5, decimals: 0 },
          ),
          stat(
            'Lost',
            'Workers lost in the time range other than by a clean shutdown (disconnected, silent, too slow), preemptions included.',
            [
              {
                expr: `sum(increase(${s('longhaul_workers_lost_total', byCluster, ['reason!="shutdown"'])}[$__range])) or vector(0)`,
                instant: true,
              },
            ],
            { w: 6, h: 5, decimals: 0 },
          ),
          stat(
            'Preempted',
            'Workers killed on purpose in the time range, as simulated spot reclaims.',
            [
              {
                expr: `sum(increase(${s('longhaul_workers_preempted_total', byCluster)}[$__range])) or vector(0)`,
                instant: true,
              },
            ],
            { w: 6, h: 5, decimals: 0 },
          ),
        ],
        [
          timeseries(
            'Workers by state vs desired',
            'Workers the controller knows, by state, against the fleet size the run asks for (dashed).',
            [
              { expr: `sum by (state) (${s('longhaul_workers', byCluster)})`, legend: '{{state}}' },
              {
                expr: `sum(${s('longhaul_workers_desired', byCluster)})`,
                legend: 'desired',
                refId: 'DESIRED',
              },
            ],
            { w: 12, h: 8, decimals: 0, slaRefs: ['DESIRED'] },
          ),
          timeseries(
            'Worker losses and task retries',
            'Workers lost by reason, workers preempted on purpose, and task attempts retried after an interruption.',
            [
              {
                expr: `sum by (reason) (increase(${s('longhaul_workers_lost_total', byCluster)}[$__rate_interval]))`,
                legend: 'lost: {{reason}}',
              },
              {
                expr: `sum(increase(${s('longhaul_workers_preempted_total', byCluster)}[$__rate_interval]))`,
                legend: 'preempted',
              },
              {
                expr: `sum by (task) (increase(${s('longhaul_task_retries_total', byTask)}[$__rate_interval]))`,
                legend: 'retried: {{task}}',
              },
            ],
            { w: 12, h: 8, bars: true, decimals: 0 },
          ),
        ],
      ],
    },
    {
      title: 'Per worker',
      rows: [
        [
          timeseries(
            'Records acked/s per worker',
            'Producer records acked per second on each worker.',
            [
              {
                expr: `sum by (worker, instance) (rate(${s('longhaul_worker_records_acked_total', byWorker)}[$__rate_interval]))`,
                legend: '{{worker}} {{instance}}',
              },
            ],
            { w: 12, h: 7, unit: recordsPerSecond },
          ),
          timeseries(
            'Roles per worker',
            'Producer, consumer and reader roles running on each worker.',
            [
              {
                expr: `sum by (worker, kind) (${s('longhaul_worker_roles', byWorker)})`,
                legend: '{{worker}} {{kind}}',
              },
            ],
            { w: 12, h: 7, decimals: 0 },
          ),
        ],
        [
          small(
            'Worker CPU',
            'CPU time per second of each worker (1 = one core busy).',
            `sum by (worker) (rate(${s('longhaul_worker_process_cpu_seconds_total', byWorker)}[$__rate_interval]))`,
            'percentunit',
            '{{worker}}',
          ),
          small(
            'Worker memory',
            'Resident set size of each worker process.',
            `sum by (worker) (${s('longhaul_worker_process_resident_memory_bytes', byWorker)})`,
            'bytes',
            '{{worker}}',
          ),
          small(
            'Worker event loop lag p99',
            'p99 event-loop delay of each worker: when high, send times slip and latency is overstated.',
            `max by (worker) (${s('longhaul_worker_nodejs_eventloop_lag_p99_seconds', byWorker)})`,
            's',
            '{{worker}}',
          ),
        ],
      ],
    },
    {
      title: 'Controller and bus',
      rows: [
        [
          stateTimeline(
            'Scrape targets',
            'Whether Prometheus can scrape each longhaul process, by job.',
            [
              {
                expr: `max by (job, instance) (${s('up', byCluster, ['job=~"longhaul-.*"'])})`,
                legend: '{{job}} {{instance}}',
              },
            ],
            { w: 12, h: 8, mappings: upMappings },
          ),
          timeseries(
            'Event bus',
            "Open worker connections, requests awaiting a worker's reply, publishes awaiting acks, and bad frames received.",
            [
              { expr: `sum(${s('longhaul_bus_connections', byCluster)})`, legend: 'connections' },
              { expr: `sum(${s('longhaul_bus_pending_requests', byCluster)})`, legend: 'pending requests' },
              { expr: `sum(${s('longhaul_bus_pending_publishes', byCluster)})`, legend: 'pending publishes' },
              {
                expr: `sum(increase(${s('longhaul_bus_protocol_errors_total', byCluster)}[$__rate_interval]))`,
                legend: 'protocol errors',
              },
            ],
            { w: 12, h: 8, decimals: 0 },
          ),
        ],
        [
          small(
            'Controller CPU',
            'CPU time per second of the controller (1 = one core busy).',
            `sum(rate(${s('longhaul_controller_process_cpu_seconds_total', controller)}[$__rate_interval]))`,
            'percentunit',
            'controller',
          ),
          small(
            'Controller memory',
            'Resident set size of the controller, which holds the ledgers of the running task.',
            `sum(${s('longhaul_controller_process_resident_memory_bytes', controller)})`,
            'bytes',
            'controller',
          ),
          small(
            'Controller event loop lag p99',
            'p99 event-loop delay of the controller: when high, heartbeats are read late and workers may be declared lost.',
            `max(${s('longhaul_controller_nodejs_eventloop_lag_p99_seconds', controller)})`,
            's',
            'controller',
          ),
        ],
      ],
    },
  ],
};
