// What every longhaul dashboard shares: variables, filters, the fault-window annotation, value mappings.
import type { Annotation, ValueMapping, Variable } from '../grafana.ts';

/** Scrape jobs of deploy/prometheus/prometheus.yml (from `__meta_longhaul_component`). */
export const jobs = {
  controller: 'longhaul-controller',
  broker: 'longhaul-broker',
  worker: 'longhaul-worker',
} as const;

export const datasource: Variable = { kind: 'datasource' };

/** A `cluster` target label tells apart several longhaul deployments scraped by one Prometheus. */
export const cluster: Variable = {
  kind: 'query',
  name: 'cluster',
  label: 'cluster',
  query: 'label_values(up{job=~"longhaul-.*"}, cluster)',
};
export const suite: Variable = {
  kind: 'query',
  name: 'suite',
  label: 'suite',
  query: 'label_values(longhaul_task_phase{cluster=~"$cluster"}, suite)',
};
export const task: Variable = {
  kind: 'query',
  name: 'task',
  label: 'task',
  query: 'label_values(longhaul_task_phase{cluster=~"$cluster", suite=~"$suite"}, task)',
};
export const topic: Variable = {
  kind: 'query',
  name: 'topic',
  label: 'topic',
  query: 'label_values(longhaul_worker_records_sent_total{cluster=~"$cluster"}, topic)',
};

/** Matchers of controller metrics labelled by suite (and task). */
export const bySuite = ['cluster=~"$cluster"', 'suite=~"$suite"'] as const;
export const byTask = [...bySuite, 'task=~"$task"'] as const;
export const byCluster = ['cluster=~"$cluster"'] as const;
/** Matchers of worker metrics, which know topics but not tasks. */
export const byTopic = [...byCluster, 'topic=~"$topic"'] as const;

/** Fault windows from `longhaul_faults_active`: a region from injection to heal on every time panel. */
export const faultWindows: Annotation = {
  name: 'Fault windows',
  expr: 'sum by (suite, task, kind) (longhaul_faults_active{cluster=~"$cluster"}) > 0',
  title: 'fault: {{kind}}',
  text: '{{suite}} / {{task}}',
  tags: ['kind', 'task'],
  color: 'rgba(245, 54, 54, 0.6)',
};

/** `longhaul_task_status`. */
export const taskStatusMappings: readonly ValueMapping[] = [
  { value: 1, text: 'PASS', color: 'green' },
  { value: 0, text: 'FAIL', color: 'red' },
  { value: -1, text: 'INTERRUPTED', color: 'orange' },
  { value: -2, text: 'ERROR', color: 'purple' },
];

/** `longhaul_assertion_status`. */
export const assertionMappings: readonly ValueMapping[] = [
  { value: 1, text: 'pass', color: 'green' },
  { value: 0, text: 'fail', color: 'red' },
  { value: -1, text: 'skipped', color: 'text' },
];

/** `longhaul_task_phase`. */
export const phaseMappings: readonly ValueMapping[] = [
  { value: 0, text: 'idle', color: 'transparent' },
  { value: 1, text: 'prepare', color: 'blue' },
  { value: 2, text: 'warmup', color: 'yellow' },
  { value: 3, text: 'workload', color: 'green' },
  { value: 4, text: 'cleanup', color: 'purple' },
];

/** Prometheus `up`. */
export const upMappings: readonly ValueMapping[] = [
  { value: 1, text: 'up', color: 'green' },
  { value: 0, text: 'down', color: 'red' },
];

/** 0 is good, anything above is bad. */
export const zeroIsGood = [
  { value: null, color: 'green' },
  { value: 1, color: 'red' },
] as const;

export const recordsPerSecond = 'suffix: rec/s';
