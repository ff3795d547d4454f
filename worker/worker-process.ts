// `longhaul worker`: dials the controller's bus, runs roles on command, reports, serves /metrics, drains on SIGTERM.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { describeError, UserError } from '../common/errors.ts';
import { createLogger, type Logger } from '../common/log.ts';
import { BusClient } from './bus/client.ts';
import { WorkerMetrics } from './metrics.ts';
import { RoleManager } from './roles.ts';

export interface WorkerProcessOptions {
  /** `ws://host:port/bus` */
  readonly controller: string;
  readonly workerId?: string;
  readonly labels?: Readonly<Record<string, string>>;
  /** `host:port` for /metrics (port 0: any free port), or 'off'. */
  readonly metricsListen?: string;
  /** Upper bound on the whole SIGTERM drain (each role also has its own). */
  readonly shutdownTimeout_ms?: number;
}

const CAPABILITIES = ['kafkajs', 'producer', 'consumer', 'reader', 'experiment-payloads'];

/** `host-pid` with characters a worker id may not hold replaced. */
export function defaultWorkerId(): string {
  return `${hostname()}-${process.pid}`.replace(/[^A-Za-z0-9._:@-]/g, '-').slice(0, 128);
}

/** `k=v,k2=v2` (repeatable) into labels. */
export function parseLabels(values: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const value of values) {
    for (const pair of value.split(',')) {
      if (pair.trim() === '') continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UserError(`invalid label "${pair}": expected key=value`);
      labels[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
  }
  return labels;
}

function parseListen(text: string): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(text);
  if (!match) throw new UserError(`invalid --metrics-listen "${text}": expected host:port or off`);
  return { host: match[1].replace(/^\[|\]$/g, ''), port: Number(match[2]) };
}

async function serveMetrics(
  metrics: WorkerMetrics,
  listen: string,
  log: Logger,
): Promise<Server | undefined> {
  if (listen === 'off') return undefined;
  const { host, port } = parseListen(listen);
  const server = createServer((request, response) => {
    if (request.url === '/metrics') {
      metrics.text().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error) => response.writeHead(500).end(describeError(error)),
      );
    } else if (request.url === '/healthz') {
      response.writeHead(200).end('ok\n');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new UserError(`cannot serve metrics on ${listen}: ${error.message}`, { cause: error })),
    );
    server.listen(port, host, () => resolve());
  });
  const bound = server.address() as AddressInfo;
  log.info({ metricsPort: bound.port, url: `http://${host}:${bound.port}/metrics` }, 'serving metrics');
  return server;
}

/** Runs until SIGTERM/SIGINT or `worker.shutdown`; resolves with the exit code. */
export async function runWorkerProcess(options: WorkerProcessOptions): Promise<number> {
  const workerId = options.workerId ?? defaultWorkerId();
  const labels = options.labels ?? {};
  const log = createLogger({ name: 'worker' }).child({ workerId });
  const config = {
    controller: options.controller,
    workerId,
    labels,
    metricsListen: options.metricsListen ?? '127.0.0.1:0',
    shutdownTimeout_ms: options.shutdownTimeout_ms ?? 60_000,
  };
  log.info({ config }, 'effective config');
  const metrics = new WorkerMetrics();
  const http = await serveMetrics(metrics, config.metricsListen, log);
  const bus = new BusClient({
    url: config.controller,
    workerId,
    labels,
    capabilities: CAPABILITIES,
    logger: log,
  });
  const manager = new RoleManager({
    workerId,
    log,
    metrics,
    emit: (report) => {
      bus.emit('worker.report', report);
    },
  });

  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => {
    resolveExit = resolve;
  });
  let shuttingDown = false;
  const shutdown = async (
    reason: string,
    code: number,
    drain_ms = config.shutdownTimeout_ms,
  ): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ reason, roles: manager.running.length }, 'shutting down: draining roles');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      manager.stopAll(reason),
      new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          log.warn({ drain_ms }, 'drain did not finish in time; exiting anyway');
          resolve();
        }, drain_ms);
      }),
    ]);
    clearTimeout(timer);
    // Final reports may sit in the bus queue while reconnecting: give them a moment.
    const flushDeadline = Date.now() + 5000;
    while (bus.state === 'registered' && bus.stats().queuedEvents > 0 && Date.now() < flushDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await bus.close();
    if (http) {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
    log.info({ reason }, 'worker stopped');
    resolveExit(code);
  };

  bus.handle('role.start', ({ roleId, spec }) => manager.start(roleId, spec));
  bus.handle('role.stop', async ({ roleId, reason }) => ({
    roleId,
    wasRunning: await manager.stop(roleId, reason),
  }));
  bus.handle('rate.set', ({ roleId, rate_per_s, unit }) => ({
    roleId,
    rate_per_s: manager.setRate(roleId, rate_per_s, unit),
  }));
  bus.handle('role.pause', ({ roleId }) => ({ roleId, paused: manager.pause(roleId) }));
  bus.handle('role.resume', ({ roleId }) => ({ roleId, paused: manager.resume(roleId) }));
  bus.handle('worker.shutdown', ({ reason, drain_ms }) => {
    setImmediate(() => void shutdown(`controller: ${reason}`, 0, drain_ms));
    return {};
  });
  bus.lifecycle.on('failed', (error) => {
    log.error({ err: error.message }, 'lost the controller for good');
    void shutdown('bus failed', 1);
  });
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log.warn({ signal }, 'second signal: exiting without waiting for the drain');
      resolveExit(1);
      return;
    }
    void shutdown(signal, 0);
  };
  // A stray rejection in a client library must not take the worker (and its unreported
  // evidence) down: log it loudly and keep running.
  const onRejection = (reason: unknown) => {
    log.error({ err: describeError(reason) }, 'unhandled promise rejection');
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('unhandledRejection', onRejection);
  bus.start();
  try {
    return await exited;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('unhandledRejection', onRejection);
  }
}
