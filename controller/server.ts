// The controller's HTTP face: the event bus at /bus, the REST API under /api, and /metrics.
import { createServer, type Server } from 'node:http';
import { Counter, Gauge, Registry } from 'prom-client';
import type { Logger } from '../common/log.ts';
import { BusServer } from './bus/server.ts';
import type { FaultRecord, RunVerdict } from './model.ts';

export interface ControllerState {
  runs: RunVerdict[];
  current: { runId: string; suite: string; task: string | undefined; phase: string | undefined } | undefined;
  faults: FaultRecord[];
}

export function createControllerMetrics() {
  const registry = new Registry();
  return {
    registry,
    assertionStatus: new Gauge({
      name: 'longhaul_assertion_status',
      help: 'Last outcome of each assertion: 1 pass, 0 fail, -1 skipped.',
      labelNames: ['suite', 'task', 'assertion'] as const,
      registers: [registry],
    }),
    taskVerdicts: new Counter({
      name: 'longhaul_task_verdicts_total',
      help: 'Finished tasks by status (pass, fail, interrupted, error).',
      labelNames: ['suite', 'task', 'status'] as const,
      registers: [registry],
    }),
    runs: new Counter({
      name: 'longhaul_runs_total',
      help: 'Suite runs (iterations) finished, by status.',
      labelNames: ['suite', 'status'] as const,
      registers: [registry],
    }),
    violations: new Counter({
      name: 'longhaul_continuity_violations_total',
      help: 'Records lost, duplicated, reordered or inconsistent, by kind.',
      labelNames: ['suite', 'task', 'kind'] as const,
      registers: [registry],
    }),
    activeFaults: new Gauge({
      name: 'longhaul_faults_active',
      help: 'Faults injected and not yet healed, by kind.',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    recovery: new Gauge({
      name: 'longhaul_fault_recovery_seconds',
      help: 'Measured recovery time of the last fault of each task.',
      labelNames: ['suite', 'task', 'kind'] as const,
      registers: [registry],
    }),
    workers: new Gauge({
      name: 'longhaul_workers',
      help: 'Workers known to the controller, by state.',
      labelNames: ['state'] as const,
      registers: [registry],
    }),
    taskRetries: new Counter({
      name: 'longhaul_task_retries_total',
      help: 'Task attempts interrupted and retried.',
      labelNames: ['suite', 'task'] as const,
      registers: [registry],
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
  const state: ControllerState = { runs: [], current: undefined, faults: [] };
  let bus: BusServer | undefined;
  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      if (request.method !== 'GET')
        return json(response, 405, { error: `${request.method} is not supported here` });
      if (url.pathname === '/metrics') {
        const counts: Record<string, number> = { connected: 0, lost: 0 };
        for (const worker of bus?.workers() ?? []) counts[worker.state] = (counts[worker.state] ?? 0) + 1;
        for (const [workerState, count] of Object.entries(counts))
          metrics.workers.set({ state: workerState }, count);
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
