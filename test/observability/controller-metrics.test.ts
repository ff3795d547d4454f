// The controller's verdict and live metrics say what the dashboards and alerts expect, and /api/targets feeds Prometheus.
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../common/log.ts';
import { makeFault, makeTask } from '../../controller/checkers/test-kit.ts';
import { sampleTasks } from '../../controller/reports/test-kit.ts';
import {
  type ControllerMetrics,
  type ControllerServer,
  createControllerMetrics,
  lostReasonLabel,
  type PrometheusTargetGroup,
  prometheusTargets,
  startControllerServer,
} from '../../controller/server.ts';
import {
  publishRunStart,
  publishVerdictMetrics,
  TaskMetrics,
  taskBudget_s,
} from '../../controller/verdict.ts';
import type { Suite } from '../../scenarios/suite.ts';

type Labels = Record<string, string>;

/** The value of one series, or undefined when the series does not exist. */
async function value(
  metrics: ControllerMetrics,
  name: string,
  labels: Labels = {},
): Promise<number | undefined> {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const found = values.find(
    (v) =>
      Object.entries(labels).every(([k, l]) => String((v.labels as Labels)[k]) === l) &&
      Object.keys(v.labels).length === Object.keys(labels).length,
  );
  return found?.value;
}

const task = makeTask({
  name: 'kill',
  kind: 'broker-kill',
  assert: { produceLatency: { p99: '200ms' }, endToEndLatency: { p99: '1s', max: '5s' } },
});
const suite = { name: 'ci', tasks: [task] } as unknown as Suite;

describe('run and task metrics', () => {
  it('creates the counters a task can move at 0 when a run starts, so increase() sees the first failure', async () => {
    const metrics = createControllerMetrics();
    publishRunStart(metrics, suite, 3, 2);
    expect(
      await value(metrics, 'longhaul_continuity_violations_total', {
        suite: 'ci',
        task: 'kill',
        kind: 'lost',
      }),
    ).toBe(0);
    expect(await value(metrics, 'longhaul_task_retries_total', { suite: 'ci', task: 'kill' })).toBe(0);
    expect(await value(metrics, 'longhaul_runs_total', { suite: 'ci', status: 'fail' })).toBe(0);
    expect(
      await value(metrics, 'longhaul_task_verdicts_total', { suite: 'ci', task: 'kill', status: 'pass' }),
    ).toBe(0);
    expect(await value(metrics, 'longhaul_run_iteration', { suite: 'ci' })).toBe(3);
    expect(await value(metrics, 'longhaul_workers_desired')).toBe(2);
    expect(await value(metrics, 'longhaul_task_phase', { suite: 'ci', task: 'kill' })).toBe(0);
  });

  it('shows the phase, the SLA limits and the budget of a running task, and clears them when it ends', async () => {
    const metrics = createControllerMetrics();
    const live = new TaskMetrics(metrics, 'ci', task);
    live.started();
    live.phase('workload');
    const labels = { suite: 'ci', task: 'kill' };
    expect(await value(metrics, 'longhaul_task_phase', labels)).toBe(3);
    expect(await value(metrics, 'longhaul_task_budget_seconds', labels)).toBe(taskBudget_s(task));
    expect(taskBudget_s(task)).toBeGreaterThan((task.warmup_ms + task.duration_ms) / 1000);
    expect(
      await value(metrics, 'longhaul_latency_limit_seconds', {
        ...labels,
        latency: 'produce',
        percentile: 'p99',
      }),
    ).toBe(0.2);
    expect(
      await value(metrics, 'longhaul_latency_limit_seconds', {
        ...labels,
        latency: 'end_to_end',
        percentile: 'max',
      }),
    ).toBe(5);
    live.ended();
    expect(await value(metrics, 'longhaul_task_phase', labels)).toBe(0);
    expect((await metrics.latencyLimit.get()).values).toEqual([]);
  });

  it('opens a fault window on injection and closes it on heal, or when the attempt ends unhealed', async () => {
    const metrics = createControllerMetrics();
    const live = new TaskMetrics(metrics, 'ci', task);
    const labels = { suite: 'ci', task: 'kill', kind: 'broker-kill' };
    const first = makeFault(1, undefined, { id: 'kill-f0' });
    const second = makeFault(2, undefined, { id: 'kill-f1' });
    live.fault(first, 'injected');
    live.fault(second, 'injected');
    expect(await value(metrics, 'longhaul_faults_active', labels)).toBe(2);
    expect(await value(metrics, 'longhaul_faults_injected_total', labels)).toBe(2);
    // The recovery histogram of the kind exists, at 0, before its first observation.
    const count = (await metrics.recoveryDuration.get()).values.find(
      (v) =>
        v.metricName === 'longhaul_fault_recovery_duration_seconds_count' && v.labels.kind === 'broker-kill',
    );
    expect(count?.value).toBe(0);
    live.fault(first, 'healed');
    expect(await value(metrics, 'longhaul_faults_active', labels)).toBe(1);
    live.attemptEnded();
    expect(await value(metrics, 'longhaul_faults_active', labels)).toBe(0);
  });

  it('counts a worker killed on purpose as preempted', async () => {
    const metrics = createControllerMetrics();
    const live = new TaskMetrics(metrics, 'ci', task);
    live.fault(makeFault(1, undefined, { kind: 'worker-kill', id: 'p-f0' }), 'injected');
    expect(await value(metrics, 'longhaul_workers_preempted_total')).toBe(1);
  });
});

describe('verdict metrics', () => {
  const [steady, lost, caught] = sampleTasks();

  it('publishes each task status and which assertions broke their expectation', async () => {
    const metrics = createControllerMetrics();
    for (const verdict of [steady, lost, caught]) publishVerdictMetrics(metrics, 'ci', verdict);
    expect(await value(metrics, 'longhaul_task_status', { suite: 'ci', task: steady.name })).toBe(1);
    expect(await value(metrics, 'longhaul_task_status', { suite: 'ci', task: lost.name })).toBe(0);
    const lostLabels = { suite: 'ci', task: lost.name, assertion: 'continuity.lost' };
    expect(await value(metrics, 'longhaul_assertion_status', lostLabels)).toBe(0);
    expect(await value(metrics, 'longhaul_assertion_unexpected', lostLabels)).toBe(1);
    // A self-test that caught its mutation: the assertion failed, as expected, so no alert.
    const caughtLabels = { suite: 'ci', task: caught.name, assertion: 'continuity.lost' };
    expect(await value(metrics, 'longhaul_assertion_status', caughtLabels)).toBe(0);
    expect(await value(metrics, 'longhaul_assertion_unexpected', caughtLabels)).toBe(0);
    expect(
      await value(metrics, 'longhaul_continuity_violations_total', {
        suite: 'ci',
        task: lost.name,
        kind: 'lost',
      }),
    ).toBe(lost.summary.lost);
    expect(
      await value(metrics, 'longhaul_task_records', { suite: 'ci', task: steady.name, ledger: 'acked' }),
    ).toBe(steady.summary.acked);
    expect(await value(metrics, 'longhaul_last_verdict_timestamp_seconds', { suite: 'ci' })).toBe(
      caught.ended_ms / 1000,
    );
  });

  it('records every measured recovery time in the per-kind histogram', async () => {
    const metrics = createControllerMetrics();
    const fault = makeFault(1, 2, { recovery_ms: 3500 });
    publishVerdictMetrics(metrics, 'ci', { ...steady, faults: [fault] });
    expect(
      await value(metrics, 'longhaul_fault_recovery_seconds', {
        suite: 'ci',
        task: steady.name,
        kind: 'broker-kill',
      }),
    ).toBe(3.5);
    const count = (await metrics.recoveryDuration.get()).values.find(
      (v) => v.metricName === 'longhaul_fault_recovery_duration_seconds_count',
    );
    expect(count?.value).toBe(1);
  });
});

describe('scrape targets', () => {
  it('lists the controller, brokers and workers in the HTTP service discovery format', () => {
    expect(
      prometheusTargets('127.0.0.1:8080', [
        { component: 'broker', id: '0', url: 'http://127.0.0.1:9644' },
        { component: 'worker', id: 'w-0', url: 'http://127.0.0.1:9100' },
      ]),
    ).toEqual([
      { targets: ['127.0.0.1:8080'], labels: { __meta_longhaul_component: 'controller' } },
      {
        targets: ['127.0.0.1:9644'],
        labels: {
          __meta_longhaul_component: 'broker',
          __meta_longhaul_id: '0',
          __scheme__: 'http',
          __metrics_path__: '/metrics',
        },
      },
      {
        targets: ['127.0.0.1:9100'],
        labels: {
          __meta_longhaul_component: 'worker',
          __meta_longhaul_id: 'w-0',
          __scheme__: 'http',
          __metrics_path__: '/metrics',
        },
      },
    ]);
  });

  it('turns the free-text reasons of lost workers into a bounded label', () => {
    expect(lostReasonLabel('worker closed its connection (code 1000)')).toBe('shutdown');
    expect(lostReasonLabel('connection closed (code 1006)')).toBe('disconnected');
    expect(lostReasonLabel('silent for more than 3000 ms (missed heartbeats)')).toBe('silent');
    expect(lostReasonLabel('slow consumer: 5000000 bytes buffered')).toBe('slow');
    expect(lostReasonLabel('something new')).toBe('other');
  });

  describe('a controller server', () => {
    let server: ControllerServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('serves GET /api/targets at the address it was reached at, and /metrics with the bus gauges', async () => {
      server = await startControllerServer({
        host: '127.0.0.1',
        port: 0,
        logger: createLogger({ name: 'test', level: 'silent' }),
      });
      server.state.scrapeTargets = () => [{ component: 'broker', id: '0', url: 'http://127.0.0.1:9644' }];
      const base = `http://127.0.0.1:${server.port}`;
      const targets = (await (await fetch(`${base}/api/targets`)).json()) as PrometheusTargetGroup[];
      expect(targets[0]).toEqual({
        targets: [`127.0.0.1:${server.port}`],
        labels: { __meta_longhaul_component: 'controller' },
      });
      expect(targets[1].targets).toEqual(['127.0.0.1:9644']);
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toContain('longhaul_bus_connections 0');
      expect(text).toContain('longhaul_workers{state="connected"} 0');
      expect(text).toContain('longhaul_workers_lost_total{reason="disconnected"} 0');
      expect(text).toContain('longhaul_controller_process_cpu_seconds_total');
    });
  });
});
