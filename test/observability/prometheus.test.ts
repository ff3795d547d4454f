// A real Prometheus scrapes a real `longhaul run`: every dashboard query and every rule is valid and returns data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { metricsIn } from '../../dashboards/generate.ts';
import { freePort } from '../helpers/ports.ts';
import { spawnLonghaul, spawnProcess } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';
import { missingTool } from '../helpers/tools.ts';
import { sleep, waitFor } from '../helpers/wait.ts';
import {
  dashboardExpressions,
  type Expression,
  loadDashboards,
  prometheusDir,
  resolveVariables,
  ruleExpressions,
  rulesFile,
} from './expressions.ts';

const suiteFile = 'test/observability/suites/observed.yaml';
const scrape_s = 1;

/** Queries that return nothing when nothing fails: allowed to be empty, still required to be valid. */
const mayBeEmpty: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /longhaul_worker_records_failed_total/, why: 'no record fails in a healthy run' },
  { pattern: /outcome!="ok"/, why: 'no broker request or object-store call fails in a healthy run' },
];

interface ApiAnswer<T> {
  readonly status: 'success' | 'error';
  readonly data?: T;
  readonly error?: string;
}
interface Series {
  readonly metric: Record<string, string>;
  readonly values?: readonly [number, string][];
}

/** The deployed scrape config, pointed at this run's controller, scraping every second. */
function prometheusConfig(controllerPort: number): string {
  const config = YAML.parse(readFileSync(join(prometheusDir, 'prometheus.yml'), 'utf8'));
  config.global = {
    scrape_interval: `${scrape_s}s`,
    scrape_timeout: `${scrape_s}s`,
    evaluation_interval: '1s',
  };
  config.rule_files = [rulesFile];
  const discovery = config.scrape_configs[0].http_sd_configs[0];
  discovery.url = `http://127.0.0.1:${controllerPort}/api/targets`;
  discovery.refresh_interval = '1s';
  return YAML.stringify(config);
}

describe.skipIf(missingTool('prometheus'))('dashboards and rules against a real run', () => {
  it('every dashboard query and rule is valid in Prometheus and returns data from a real run', async () => {
    const dir = tempDir('longhaul-prometheus-');
    const [controllerPort, prometheusPort] = [await freePort(), await freePort()];
    writeFileSync(join(dir, 'prometheus.yml'), prometheusConfig(controllerPort));
    const prometheus = spawnProcess(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${prometheusPort}`,
        '--log.level=warn',
      ],
      { name: 'prometheus' },
    );
    const base = `http://127.0.0.1:${prometheusPort}`;
    const api = async <T>(path: string, params: Record<string, string | number>): Promise<ApiAnswer<T>> => {
      const url = new URL(`/api/v1/${path}`, base);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      return (await response.json()) as ApiAnswer<T>;
    };
    await waitFor(async () => (await fetch(`${base}/-/ready`, { signal: AbortSignal.timeout(2000) })).ok, {
      timeout_ms: 30_000,
      interval_ms: 200,
      what: 'Prometheus to be ready',
    });

    const start_s = Math.floor(Date.now() / 1000);
    const run = spawnLonghaul(
      [
        'run',
        suiteFile,
        '--controller-listen',
        `127.0.0.1:${controllerPort}`,
        '--report-dir',
        join(dir, 'report'),
        '--seed',
        '7',
      ],
      { name: 'longhaul run' },
    );
    // Discovery through GET /api/targets finds every kind of process while the run runs.
    const upJobs = await waitFor(
      async () => {
        const targets = await api<{ activeTargets: { labels: Record<string, string>; health: string }[] }>(
          'targets',
          { state: 'active' },
        );
        const jobs = new Set(
          (targets.data?.activeTargets ?? []).filter((t) => t.health === 'up').map((t) => t.labels.job),
        );
        return (
          ['longhaul-controller', 'longhaul-broker', 'longhaul-worker'].every((j) => jobs.has(j)) && jobs
        );
      },
      {
        timeout_ms: 60_000,
        interval_ms: 500,
        what: 'Prometheus to scrape the controller, a broker and a worker',
      },
    );
    expect([...upJobs].sort()).toEqual(['longhaul-broker', 'longhaul-controller', 'longhaul-worker']);

    const status = await run.waitForExit(110_000);
    // `slow` fails its impossible produce latency on purpose; the other tasks pass.
    expect(status.code, run.tail()).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report', 'report.json'), 'utf8'));
    // What failed, for the message: the checks below need every task judged, and `slow` failed.
    const tasks = report.run.tasks as {
      name: string;
      status: string;
      unexpected: string[];
      assertions: { id: string; status: string; message: string }[];
    }[];
    const why = tasks
      .flatMap((t) =>
        t.assertions.filter((a) => a.status === 'fail').map((a) => `${t.name} ${a.id}: ${a.message}`),
      )
      .join('\n');
    expect(
      tasks.map((t) => [t.name, t.status !== 'error' && t.status !== 'interrupted']),
      why,
    ).toEqual([
      ['slow', true],
      ['kill', true],
      ['tail', true],
    ]);
    expect(tasks[0].unexpected, why).toEqual(['latency.produce.max']);
    await sleep(2000);
    const end_s = Math.ceil(Date.now() / 1000);
    const range = { start: start_s, end: end_s, step: 1 };
    const resolve = (expr: string) => resolveVariables(expr, { range_s: end_s - start_s + 60, scrape_s });

    const expressions: Expression[] = [
      ...loadDashboards().flatMap(dashboardExpressions),
      ...ruleExpressions(),
    ];
    expect(expressions.filter((e) => e.source === 'panel').length).toBeGreaterThan(50);
    expect(expressions.filter((e) => e.source === 'alert').length).toBeGreaterThan(5);
    const invalid: string[] = [];
    const empty: string[] = [];
    for (const { where, expr, source } of expressions) {
      const promql = resolve(expr);
      let series: readonly unknown[];
      if (source === 'variable') {
        const answer = await api<readonly unknown[]>('series', {
          'match[]': promql,
          start: start_s,
          end: end_s,
        });
        if (answer.status !== 'success') invalid.push(`${where}: ${answer.error}\n  ${promql}`);
        series = answer.data ?? [];
      } else {
        const answer = await api<{ result: readonly Series[] }>('query_range', { query: promql, ...range });
        if (answer.status !== 'success') invalid.push(`${where}: ${answer.error}\n  ${promql}`);
        series = (answer.data?.result ?? []).filter((s) => (s.values ?? []).length > 0);
      }
      // An alert's expression is empty while all is well: it only has to be valid.
      const mustHaveData = source !== 'alert' && !mayBeEmpty.some((m) => m.pattern.test(expr));
      if (mustHaveData && series.length === 0) empty.push(`${where}\n  ${promql}`);
    }
    expect(invalid, 'invalid PromQL').toEqual([]);
    expect(empty, 'queries without data from the run').toEqual([]);

    // Every metric a query or rule reads existed during the run (alerts included).
    const names = [...new Set(expressions.flatMap((e) => metricsIn(e.expr)))];
    const missing: string[] = [];
    for (const name of names) {
      if (mayBeEmpty.some((m) => m.pattern.test(name))) continue;
      const answer = await api<readonly unknown[]>('series', {
        'match[]': `{__name__="${name}"}`,
        start: start_s,
        end: end_s,
      });
      if ((answer.data ?? []).length === 0) missing.push(name);
    }
    expect(missing, 'metrics no process exported during the run').toEqual([]);

    // Every rule evaluated without error, and the failed assertion of `slow` really fired an alert.
    const rules = await api<{ groups: { rules: { name: string; health: string; lastError?: string }[] }[] }>(
      'rules',
      {},
    );
    const unhealthy = (rules.data?.groups ?? [])
      .flatMap((g) => g.rules)
      .filter((r) => r.health !== 'ok')
      .map((r) => `${r.name}: ${r.health} ${r.lastError ?? ''}`);
    expect(unhealthy).toEqual([]);
    const fired = await api<{ result: readonly Series[] }>('query_range', {
      query: 'ALERTS{alertname="LonghaulAssertionFailed", alertstate="firing", task="slow"}',
      ...range,
    });
    expect(fired.data?.result.map((s) => s.metric.assertion)).toEqual(['latency.produce.max']);
    await prometheus.stop('SIGTERM', 10_000);
  }, 170_000);
});
