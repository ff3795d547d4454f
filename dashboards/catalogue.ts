// The metrics catalogue: every metric the broker, controller and worker register, rendered as Markdown.
import { pathToFileURL } from 'node:url';
import type { Registry } from 'prom-client';
import { createBrokerMetrics } from '../broker/metrics.ts';
import { createControllerMetrics } from '../controller/server.ts';
import { WorkerMetrics } from '../worker/metrics.ts';

export type ComponentName = 'controller' | 'broker' | 'worker';
export type MetricKind = 'counter' | 'gauge' | 'histogram' | 'summary';

export interface CatalogueEntry {
  readonly component: ComponentName;
  readonly name: string;
  readonly type: MetricKind;
  readonly unit: string;
  readonly labels: readonly string[];
  readonly help: string;
  /** One of prom-client's default process and Node.js metrics, under the component's prefix. */
  readonly processMetric: boolean;
}

interface Component {
  readonly name: ComponentName;
  readonly title: string;
  readonly registry: Registry;
  /** Labels prom-client adds to every metric of the registry (`setDefaultLabels`). */
  readonly defaultLabels: readonly string[];
}

function components(): Component[] {
  return [
    {
      name: 'controller',
      title:
        'Controller: `/metrics` on the controller port (`longhaul run --controller-listen`, `longhaul soak`, `longhaul controller`); `createControllerMetrics` in controller/server.ts',
      registry: createControllerMetrics().registry,
      defaultLabels: [],
    },
    {
      name: 'broker',
      title:
        'Broker: `/metrics` on each broker admin port (`longhaul broker --admin-listen`); `createBrokerMetrics` in broker/metrics.ts',
      registry: createBrokerMetrics(0).registry,
      defaultLabels: ['node_id'],
    },
    {
      name: 'worker',
      title:
        'Worker: `/metrics` on each worker (`longhaul worker --metrics-listen`); `WorkerMetrics` in worker/metrics.ts',
      registry: new WorkerMetrics().registry,
      defaultLabels: [],
    },
  ];
}

const processMetricPattern = /^longhaul_(controller|broker|worker)_(process|nodejs)_/;

/** The unit a metric's name carries (Prometheus naming: base units as suffixes). */
export function unitOf(name: string): string {
  const base = name.replace(/_total$/, '');
  if (base.endsWith('_timestamp_seconds')) return 'Unix time, s';
  if (base.endsWith('_seconds')) return 'seconds';
  if (base.endsWith('_bytes')) return 'bytes';
  if (base.endsWith('_records_per_second')) return 'records/s';
  if (base.endsWith('_ratio')) return 'ratio';
  if (/_(status|phase)$/.test(base)) return 'code';
  if (base.endsWith('_unexpected')) return '0 or 1';
  if (/_bytes_/.test(base)) return 'bytes';
  if (/_records(_|$)/.test(base)) return 'records';
  return 'count';
}

/** Every metric of every component, in registration order. */
export function catalogue(): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const component of components()) {
    for (const metric of component.registry.getMetricsAsArray()) {
      // prom-client keeps the label names on the metric object, outside its typings.
      const labelNames = (metric as unknown as { labelNames?: readonly string[] }).labelNames ?? [];
      entries.push({
        component: component.name,
        name: metric.name,
        // prom-client's typings say a numeric enum; at run time the type is the Prometheus word.
        type: String(metric.type) as MetricKind,
        unit: unitOf(metric.name),
        labels: [...labelNames, ...component.defaultLabels],
        help: metric.help,
        processMetric: processMetricPattern.test(metric.name),
      });
    }
  }
  return entries;
}

/** Names of the series a metric exposes (a histogram's `_bucket`, `_sum` and `_count`). */
export function seriesNames(entry: CatalogueEntry): string[] {
  if (entry.type === 'histogram') return ['_bucket', '_sum', '_count'].map((s) => entry.name + s);
  if (entry.type === 'summary') return [entry.name, `${entry.name}_sum`, `${entry.name}_count`];
  return [entry.name];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The catalogue as Markdown: one table per component, then the process metrics every component has. */
export function renderCatalogue(entries: readonly CatalogueEntry[] = catalogue()): string {
  const lines: string[] = [];
  for (const component of components()) {
    const own = entries.filter((e) => e.component === component.name && !e.processMetric);
    lines.push(`### ${component.title}`, '');
    lines.push('| metric | type | unit | labels | meaning |', '|---|---|---|---|---|');
    for (const e of own) {
      const labels = e.labels.length > 0 ? e.labels.map((l) => `\`${l}\``).join(', ') : '';
      lines.push(`| \`${e.name}\` | ${e.type} | ${e.unit} | ${labels} | ${cell(e.help)} |`);
    }
    lines.push('');
  }
  const controller = entries.filter((e) => e.component === 'controller' && e.processMetric);
  lines.push(
    '### Process metrics of every component',
    '',
    "prom-client's default metrics, under each component's prefix: `longhaul_controller_`, `longhaul_broker_` (with `node_id`) and `longhaul_worker_`, e.g. `longhaul_broker_process_cpu_seconds_total`.",
    '',
    '| metric (after the prefix) | type | unit | labels | meaning |',
    '|---|---|---|---|---|',
  );
  for (const e of controller) {
    const suffix = e.name.replace(/^longhaul_controller_/, '');
    const labels = e.labels.map((l) => `\`${l}\``).join(', ');
    lines.push(`| \`${suffix}\` | ${e.type} | ${e.unit} | ${labels} | ${cell(e.help)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(renderCatalogue());
}
