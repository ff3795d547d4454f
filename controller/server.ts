// The controller's HTTP face: the event bus at /bus, the REST API under /api, /metrics and its metrics.
import { createServer, type Server } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../common/log.ts';
import { BusServer } from './bus/server.ts';
import type { FaultRecord, RunVerdict } from './model.ts';

export interface ControllerState {
  runs: RunVerdict[];
  current: { runId: string; suite: string; task: string | undefined; phase: string | undefined } | undefined;
  faults: FaultRecord[];
  /** The processes besides the controller that serve /metrics (set by the run once its target and fleet exist). */
  scrapeTargets: (() => readonly ScrapeTarget[]) | undefined;
}

/** A process that serves Prometheus metrics at `<url>/metrics`. */
export interface ScrapeTarget {
  readonly component: 'broker' | 'worker';
  /** Broker node id or worker id. */
  readonly id: string;
  /** Base URL, e.g. `http://127.0.0.1:9644`. */
  readonly url: string;
}

/** One entry of Prometheus's HTTP service discovery format (`http_sd_configs`). */
export interface PrometheusTargetGroup {
  readonly targets: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The answer of GET /api/targets: every process of the run in Prometheus's HTTP SD format. Labels
 * are `__meta_longhaul_*`, which a scrape config turns into `job` and `worker`/`broker` labels
 * (deploy/prometheus/prometheus.yml) and Prometheus drops otherwise.
 */
export function prometheusTargets(
  controllerAddress: string,
  targets: readonly ScrapeTarget[],
): PrometheusTargetGroup[] {
  const groups: PrometheusTargetGroup[] = [
    { targets: [controllerAddress], labels: { __meta_longhaul_component: 'controller' } },
  ];
  for (const target of targets) {
    const url = new URL(target.url);
    groups.push({
      targets: [url.host],
      labels: {
        __meta_longhaul_component: target.component,
        __meta_longhaul_id: target.id,
        __scheme__: url.protocol.replace(':', ''),
        __metrics_path__: `${url.pathname.replace(/\/$/, '')}/metrics`,
      },
    });
  }
  return groups;
}

const lostReasons = ['shutdown', 'disconnected', 'silent', 'slow', 'other'] as const;

/** The bus's free-text loss reason as a bounded label value. */
export function lostReasonLabel(reason: string | undefined): (typeof lostReasons)[number] {
  if (reason === undefined) return 'other';
  if (reason.startsWith('worker closed')) return 'shutdown';
  if (reason.startsWith('connection closed')) return 'disconnected';
  if (reason.startsWith('silent')) return 'silent';
  if (reason.startsWith('slow')) return 'slow';
  return 'other';
}

/** Histogram buckets of fault recovery times, in seconds: 0.5 s to 30 min. */
const recoveryBuckets_s = [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800];

/**
 * Every metric the controller serves at /metrics. Labels are bounded by the suite: `suite`, `task`
 * and `assertion` name things in the suite file, `kind`/`status`/`phase`/`reason` are small fixed
 * sets; never a run id, worker id or record. dashboards/README.md is generated from this list.
 */
export function createControllerMetrics() {
  const registry = new Registry();
  // The controller's own health (CPU, memory, event loop lag): longhaul_controller_process_cpu_seconds_total.
  collectDefaultMetrics({ register: registry, prefix: 'longhaul_controller_' });
  const registers = [registry];
  return {
    registry,
    // Verdicts: what the last judgement of each task said.
    assertionStatus: new Gauge({
      name: 'longhaul_assertion_status',
      help: 'Last outcome of each assertion: 1 pass, 0 fail, -1 skipped.',
      labelNames: ['suite', 'task', 'assertion'] as const,
      registers,
    }),
    assertionUnexpected: new Gauge({
      name: 'longhaul_assertion_unexpected',
      help: "1 when the assertion's last outcome differs from the task's expect (a failed SLA, or a self-test mutation not caught), else 0.",
      labelNames: ['suite', 'task', 'assertion'] as const,
      registers,
    }),
    taskStatus: new Gauge({
      name: 'longhaul_task_status',
      help: 'Last verdict of each task: 1 pass, 0 fail, -1 interrupted, -2 error (could not run).',
      labelNames: ['suite', 'task'] as const,
      registers,
    }),
    taskVerdicts: new Counter({
      name: 'longhaul_task_verdicts_total',
      help: 'Finished tasks by status (pass, fail, interrupted, error).',
      labelNames: ['suite', 'task', 'status'] as const,
      registers,
    }),
    lastVerdict: new Gauge({
      name: 'longhaul_last_verdict_timestamp_seconds',
      help: 'Unix time of the last task verdict of the suite (the start of the current run until the first one).',
      labelNames: ['suite'] as const,
      registers,
    }),
    violations: new Counter({
      name: 'longhaul_continuity_violations_total',
      help: 'Records lost, duplicated, reordered or inconsistent, by kind, added when a task is judged.',
      labelNames: ['suite', 'task', 'kind'] as const,
      registers,
    }),
    taskRecords: new Gauge({
      name: 'longhaul_task_records',
      help: 'Records of the last verdict of each task, by ledger: acked by the cluster, seen by consumers and the final read.',
      labelNames: ['suite', 'task', 'ledger'] as const,
      registers,
    }),
    taskLatency: new Gauge({
      name: 'longhaul_task_latency_seconds',
      help: 'Latency percentiles of the last verdict of each task over its workload (HDR histograms, exact), by latency (produce, end_to_end).',
      labelNames: ['suite', 'task', 'latency', 'percentile'] as const,
      registers,
    }),
    taskThroughput: new Gauge({
      name: 'longhaul_task_throughput_records_per_second',
      help: 'Mean rate over the workload of the last verdict of each task: achieved (acked) and target.',
      labelNames: ['suite', 'task', 'rate'] as const,
      registers,
    }),
    // Runs and iterations.
    runs: new Counter({
      name: 'longhaul_runs_total',
      help: 'Suite runs (iterations) finished, by status.',
      labelNames: ['suite', 'status'] as const,
      registers,
    }),
    runIteration: new Gauge({
      name: 'longhaul_run_iteration',
      help: 'Iteration number of the current or last run of the suite (1 for `longhaul run`, counting up in a soak).',
      labelNames: ['suite'] as const,
      registers,
    }),
    runStarted: new Gauge({
      name: 'longhaul_run_started_timestamp_seconds',
      help: 'Unix time the current or last run of the suite started.',
      labelNames: ['suite'] as const,
      registers,
    }),
    // The task loop, live.
    taskPhase: new Gauge({
      name: 'longhaul_task_phase',
      help: 'Phase of each task now: 0 not running, 1 prepare, 2 warmup, 3 workload, 4 cleanup.',
      labelNames: ['suite', 'task'] as const,
      registers,
    }),
    taskStarted: new Gauge({
      name: 'longhaul_task_started_timestamp_seconds',
      help: 'Unix time the current or last run of each task started (its first attempt).',
      labelNames: ['suite', 'task'] as const,
      registers,
    }),
    taskBudget: new Gauge({
      name: 'longhaul_task_budget_seconds',
      help: 'Longest a task may take with all its attempts and every phase at its timeout; a task running longer is stuck.',
      labelNames: ['suite', 'task'] as const,
      registers,
    }),
    taskRetries: new Counter({
      name: 'longhaul_task_retries_total',
      help: 'Task attempts interrupted (worker lost, operator) and retried.',
      labelNames: ['suite', 'task'] as const,
      registers,
    }),
    latencyLimit: new Gauge({
      name: 'longhaul_latency_limit_seconds',
      help: 'Latency SLA of the running task, by latency (produce, end_to_end) and percentile; present only while the task runs.',
      labelNames: ['suite', 'task', 'latency', 'percentile'] as const,
      registers,
    }),
    // Faults.
    activeFaults: new Gauge({
      name: 'longhaul_faults_active',
      help: 'Faults injected and not yet healed, by task and fault kind: the fault windows dashboards draw.',
      labelNames: ['suite', 'task', 'kind'] as const,
      registers,
    }),
    faultsInjected: new Counter({
      name: 'longhaul_faults_injected_total',
      help: 'Faults injected, by task and fault kind.',
      labelNames: ['suite', 'task', 'kind'] as const,
      registers,
    }),
    recovery: new Gauge({
      name: 'longhaul_fault_recovery_seconds',
      help: 'Measured recovery time of the last fault of each task and kind (until throughput and latency were back in bounds).',
      labelNames: ['suite', 'task', 'kind'] as const,
      registers,
    }),
    recoveryDuration: new Histogram({
      name: 'longhaul_fault_recovery_duration_seconds',
      help: 'Measured recovery times of every recovered fault, by fault kind (statistics across soak iterations).',
      labelNames: ['kind'] as const,
      buckets: recoveryBuckets_s,
      registers,
    }),
    // The worker fleet and the bus.
    workers: new Gauge({
      name: 'longhaul_workers',
      help: 'Workers known to the controller, by state (connected, lost).',
      labelNames: ['state'] as const,
      registers,
    }),
    workersDesired: new Gauge({
      name: 'longhaul_workers_desired',
      help: 'Workers the current run asks for.',
      registers,
    }),
    workersLost: new Counter({
      name: 'longhaul_workers_lost_total',
      help: 'Workers declared lost, by reason: shutdown (closed on purpose), disconnected, silent (missed heartbeats), slow (send buffer full).',
      labelNames: ['reason'] as const,
      registers,
    }),
    workersPreempted: new Counter({
      name: 'longhaul_workers_preempted_total',
      help: 'Workers killed on purpose as a simulated spot reclaim (worker-preemption tasks); their loss is expected.',
      registers,
    }),
    busConnections: new Gauge({
      name: 'longhaul_bus_connections',
      help: 'Open WebSocket connections of the event bus.',
      registers,
    }),
    busPendingRequests: new Gauge({
      name: 'longhaul_bus_pending_requests',
      help: 'Bus requests to workers awaiting a reply.',
      registers,
    }),
    busPendingPublishes: new Gauge({
      name: 'longhaul_bus_pending_publishes',
      help: 'Bus publishes awaiting acks from workers.',
      registers,
    }),
    busProtocolErrors: new Counter({
      name: 'longhaul_bus_protocol_errors_total',
      help: 'Bad frames received on the bus (not JSON, wrong version, invalid payloads).',
      registers,
    }),
  };
}

export type ControllerMetrics = ReturnType<typeof createControllerMetrics>;

export interface ControllerServer {
  readonly http: Server;
  readonly bus: BusServer;
  readonly metrics: ControllerMetrics;
  readonly state: ControllerState;
  /** ws://host:port/bus */
  readonly busUrl: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Gauges read from the bus right before a scrape. */
function refreshBusMetrics(metrics: ControllerMetrics, bus: BusServer): void {
  const counts: Record<string, number> = { connected: 0, lost: 0 };
  for (const worker of bus.workers()) counts[worker.state] = (counts[worker.state] ?? 0) + 1;
  for (const [workerState, count] of Object.entries(counts))
    metrics.workers.set({ state: workerState }, count);
  const stats = bus.stats();
  metrics.busConnections.set(stats.connections);
  metrics.busPendingRequests.set(stats.pendingRequests);
  metrics.busPendingPublishes.set(stats.pendingPublishes);
  metrics.busProtocolErrors.reset();
  metrics.busProtocolErrors.inc(stats.protocolErrors);
}

function json(response: import('node:http').ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)));
}

export async function startControllerServer(options: {
  host: string;
  port: number;
  logger: Logger;
}): Promise<ControllerServer> {
  const metrics = createControllerMetrics();
  const state: ControllerState = { runs: [], current: undefined, faults: [], scrapeTargets: undefined };
  let bus: BusServer | undefined;
  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      if (request.method !== 'GET')
        return json(response, 405, { error: `${request.method} is not supported here` });
      if (url.pathname === '/metrics') {
        if (bus) refreshBusMetrics(metrics, bus);
        response.writeHead(200, { 'content-type': metrics.registry.contentType });
        response.end(await metrics.registry.metrics());
        return;
      }
      if (url.pathname === '/healthz') return json(response, 200, { status: 'ok' });
      if (url.pathname === '/api/runs') {
        return json(response, 200, {
          current: state.current,
          runs: state.runs.map((r) => ({
            runId: r.runId,
            suite: r.suite,
            status: r.status,
            started_ms: r.started_ms,
            ended_ms: r.ended_ms,
          })),
        });
      }
      const run = /^\/api\/runs\/([^/]+)$/.exec(url.pathname);
      if (run) {
        const found = state.runs.find((r) => r.runId === run[1]);
        return found ? json(response, 200, found) : json(response, 404, { error: `no run ${run[1]}` });
      }
      if (url.pathname === '/api/workers') return json(response, 200, { workers: bus?.workers() ?? [] });
      if (url.pathname === '/api/faults') return json(response, 200, { faults: state.faults });
      if (url.pathname === '/api/targets') {
        // The address Prometheus reached us at is the one it can scrape us at.
        const self = request.headers.host ?? `${options.host}:${port}`;
        return json(response, 200, prometheusTargets(self, state.scrapeTargets?.() ?? []));
      }
      return json(response, 404, { error: `no such endpoint ${url.pathname}` });
    })();
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  bus = new BusServer({ server: http, logger: options.logger.child({ part: 'bus' }) });
  for (const reason of lostReasons) metrics.workersLost.inc({ reason }, 0);
  bus.on('worker-lost', (info) => metrics.workersLost.inc({ reason: lostReasonLabel(info.lostReason) }));
  return {
    http,
    bus,
    metrics,
    state,
    busUrl: `ws://${options.host}:${port}/bus`,
    port,
    async close() {
      await bus?.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
