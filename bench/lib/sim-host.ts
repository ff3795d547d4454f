// A child process hosting simulated workers: real bus clients whose roles are simulated (sim-roles.ts).
//
//   node --import tsx bench/lib/sim-host.ts --url ws://127.0.0.1:PORT/bus [--partitions 12] [--linger-ms 5]
//
// Driven over IPC by sim-fleet.ts: `start` (worker ids), `kill` (one worker, as SIGKILL would:
// its socket is cut without a close frame and its roles end without a final report), `cpu`.
import { parseArgs } from 'node:util';
import type { RoleReport, RoleSpec } from '../../common/bus/roles.ts';
import { createLogger } from '../../common/log.ts';
import { BusClient } from '../../worker/bus/client.ts';
import { type SimAnyRole, SimConsumer, SimProducer, SimReader, SimTopic } from './sim-roles.ts';

export type HostCommand =
  | { readonly op: 'start'; readonly workerIds: readonly string[] }
  | { readonly op: 'kill'; readonly workerId: string }
  | { readonly op: 'cpu' };

export type HostEvent =
  | { readonly op: 'started'; readonly workerIds: readonly string[] }
  | { readonly op: 'killed'; readonly workerId: string }
  | { readonly op: 'cpu'; readonly cpu_us: number; readonly rss_bytes: number }
  | { readonly op: 'error'; readonly message: string };

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    partitions: { type: 'string', default: '12' },
    'linger-ms': { type: 'string', default: '5' },
  },
});
const url = args.url as string;
const partitions = Number(args.partitions);
const linger_ms = Number(args['linger-ms']);
/** A topic without roles for this long is dropped (a catch-up backlog waits for its consumers). */
const topicIdle_ms = 60_000;

const logger = createLogger({ name: 'sim-worker', level: 'warn' });
const send = (event: HostEvent): void => {
  process.send?.(event);
};

interface SimWorker {
  readonly client: BusClient;
  readonly roles: Map<string, SimAnyRole>;
}

const workers = new Map<string, SimWorker>();
const topics = new Map<string, { topic: SimTopic; idleSince_ms: number | undefined }>();

function topicOf(name: string): SimTopic {
  let entry = topics.get(name);
  if (!entry) {
    entry = { topic: new SimTopic(name, partitions), idleSince_ms: undefined };
    topics.set(name, entry);
  }
  entry.idleSince_ms = undefined;
  return entry.topic;
}

function startRole(worker: SimWorker, workerId: string, spec: RoleSpec): void {
  const existing = worker.roles.get(spec.roleId);
  if (existing && !existing.ended) return;
  const emit = (report: RoleReport): void => {
    if (worker.client.state === 'closed') return;
    worker.client.emit('worker.report', report);
  };
  const topic = topicOf(spec.topic);
  const role =
    spec.kind === 'producer'
      ? new SimProducer(spec, workerId, topic, emit)
      : spec.kind === 'consumer'
        ? new SimConsumer(spec, workerId, topic, emit)
        : new SimReader(spec, workerId, topic, emit);
  worker.roles.set(spec.roleId, role);
}

function startWorker(workerId: string): Promise<unknown> {
  const client = new BusClient({ url, workerId, labels: { sim: 'true' }, logger });
  const worker: SimWorker = { client, roles: new Map() };
  workers.set(workerId, worker);
  client.handle('role.start', ({ roleId, spec }) => {
    startRole(worker, workerId, spec);
    return { roleId };
  });
  client.handle('role.stop', ({ roleId }) => {
    const role = worker.roles.get(roleId);
    const wasRunning = role?.stop() ?? false;
    worker.roles.delete(roleId);
    return { roleId, wasRunning };
  });
  client.handle('rate.set', ({ roleId, rate_per_s }) => {
    const role = worker.roles.get(roleId);
    if (!(role instanceof SimProducer)) throw new Error(`no producer role ${roleId} on ${workerId}`);
    return { roleId, rate_per_s: role.setRate(rate_per_s) };
  });
  const pause = (roleId: string, paused: boolean) => {
    const role = worker.roles.get(roleId);
    if (!(role instanceof SimConsumer)) throw new Error(`no consumer role ${roleId} on ${workerId}`);
    return { roleId, paused: role.pause(paused) };
  };
  client.handle('role.pause', ({ roleId }) => pause(roleId, true));
  client.handle('role.resume', ({ roleId }) => pause(roleId, false));
  client.handle('worker.shutdown', () => {
    setImmediate(() => void stopWorker(workerId, false));
    return {};
  });
  client.start();
  return client.waitRegistered(30_000);
}

async function stopWorker(workerId: string, kill: boolean): Promise<void> {
  const worker = workers.get(workerId);
  if (!worker) return;
  workers.delete(workerId);
  for (const role of worker.roles.values()) {
    if (kill) role.kill();
    else role.stop();
  }
  if (kill) {
    // As SIGKILL: the socket goes without a close frame (the controller sees code 1006).
    const ws = (worker.client as unknown as { ws?: { terminate(): void } }).ws;
    ws?.terminate();
  }
  await worker.client.close();
}

const ticker = setInterval(() => {
  const now = Date.now();
  for (const worker of workers.values()) {
    for (const [roleId, role] of worker.roles) {
      role.tick(now);
      if (role.ended) worker.roles.delete(roleId);
    }
  }
  if (now % 1000 < linger_ms) {
    for (const [name, entry] of topics) {
      if (entry.topic.roles > 0) continue;
      entry.idleSince_ms ??= now;
      if (now - entry.idleSince_ms > topicIdle_ms) topics.delete(name);
    }
  }
}, linger_ms);

process.on('message', (command: HostCommand) => {
  switch (command.op) {
    case 'start':
      Promise.all(command.workerIds.map(startWorker)).then(
        () => send({ op: 'started', workerIds: command.workerIds }),
        (error: unknown) => send({ op: 'error', message: (error as Error).message }),
      );
      return;
    case 'kill':
      void stopWorker(command.workerId, true).then(() => send({ op: 'killed', workerId: command.workerId }));
      return;
    case 'cpu': {
      const usage = process.cpuUsage();
      send({ op: 'cpu', cpu_us: usage.user + usage.system, rss_bytes: process.memoryUsage.rss() });
      return;
    }
  }
});

const shutdown = async (): Promise<void> => {
  clearInterval(ticker);
  await Promise.race([
    Promise.all([...workers.keys()].map((id) => stopWorker(id, false))),
    new Promise((resolve) => setTimeout(resolve, 3000)),
  ]);
  process.exit(0);
};
// Die with the parent, whatever happens to it.
process.on('disconnect', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
