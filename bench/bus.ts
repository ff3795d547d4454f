// Benchmark of the event bus: multi-ack publish latency to a large fleet, with request-reply as the baseline.
//
//   node --import tsx bench/bus.ts [--workers 1000] [--processes 2] [--publishes 50] [--requests 200]
//                                  [--gap-ms 20] [--worker-nice 10]
//
// The controller runs in this process; the simulated workers run in child processes so that the
// controller's numbers include only its own work (plus the CPU the workers take on a small machine).
// The worker hosts run at a lower priority (nice 10): real workers are on other machines, and on
// a 2-core machine a host woken by the controller's writes would otherwise preempt the fan-out.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, setPriority, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger } from '../common/log.ts';
import { BusServer } from '../controller/bus/server.ts';
import { BusClient } from '../worker/bus/client.ts';

const deadline_ms = 150_000;
const target_p99_ms = 50;

const { values: args } = parseArgs({
  options: {
    workers: { type: 'string', default: '1000' },
    processes: { type: 'string', default: '2' },
    publishes: { type: 'string', default: '50' },
    requests: { type: 'string', default: '200' },
    'gap-ms': { type: 'string', default: '20' },
    /** Scheduling priority of the worker host processes (0: the controller's own). */
    'worker-nice': { type: 'string', default: '10' },
    /** Writes CPU profiles of the worker host processes there (the controller: run node with --cpu-prof). */
    'profile-workers': { type: 'string' },
    // Internal: run as a child hosting simulated workers.
    child: { type: 'boolean', default: false },
    url: { type: 'string' },
    offset: { type: 'string', default: '0' },
    count: { type: 'string', default: '0' },
  },
});

function positiveInt(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer, got ${text}`);
    process.exit(2);
  }
  return value;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

function summary(samples_ms: readonly number[]): { p50: number; p99: number; max: number; mean: number } {
  const sorted = [...samples_ms].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN, mean };
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

// --- child: hosts `count` simulated workers ---

async function runChild(): Promise<void> {
  const url = args.url as string;
  const offset = Number(args.offset);
  const count = positiveInt('count', args.count);
  const logger = createLogger({ name: 'bus-bench-worker', level: 'warn' });
  const clients: BusClient[] = [];
  const stop = async (): Promise<void> => {
    await Promise.race([Promise.all(clients.map((client) => client.close())), sleep(2000)]);
    process.exit(0);
  };
  // Die with the parent, whatever happens to it.
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  // Ramp up in batches: a thousand simultaneous connects would overflow the listen backlog.
  const batch = 50;
  for (let start = 0; start < count; start += batch) {
    const registering: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const client = new BusClient({
        url,
        workerId: `bench-${offset + i}`,
        labels: { bench: 'bus' },
        logger,
      });
      client.handle('rate.set', ({ roleId, rate_per_s }) => ({ roleId, rate_per_s }));
      clients.push(client.start());
      registering.push(client.waitRegistered(30_000));
    }
    await Promise.all(registering);
  }
  // The parent asks for this process's CPU time around the measured phase.
  process.on('message', (message: { cpu?: boolean }) => {
    if (message.cpu) {
      const usage = process.cpuUsage();
      process.send?.({ cpu_us: usage.user + usage.system });
    }
  });
  process.send?.({ registered: count });
}

/** CPU time (user + system) a worker host has used so far, in microseconds. */
function hostCpu_us(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('worker host did not report its CPU time within 5 s')),
      5000,
    );
    const onMessage = (message: { cpu_us?: number }): void => {
      if (message.cpu_us === undefined) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message.cpu_us);
    };
    child.on('message', onMessage);
    child.send({ cpu: true });
  });
}

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

// --- parent: the controller, and the measurements ---

async function runController(): Promise<void> {
  const workers = positiveInt('workers', args.workers);
  const processes = Math.min(workers, positiveInt('processes', args.processes));
  const publishes = positiveInt('publishes', args.publishes);
  const requests = positiveInt('requests', args.requests);
  const gap_ms = Number(args['gap-ms']);
  const workerNice = Number(args['worker-nice']);
  const cpuList = cpus();
  const loadBefore = loadavg();
  console.log('bus benchmark');
  console.log(
    `  machine: ${cpuList[0]?.model ?? 'unknown cpu'} x ${cpuList.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}`,
  );
  console.log(
    `  params:  ${workers} workers in ${processes} child process(es) at nice ${workerNice}, ${publishes} publishes of rate.set to all (gap ${gap_ms} ms), ${requests} requests to one worker, heartbeat 1000 ms`,
  );

  const children: ChildProcess[] = [];
  const http = createServer((_request, response) => response.writeHead(404).end());
  const bus = new BusServer({ server: http, logger: createLogger({ name: 'bus-bench', level: 'warn' }) });
  const abort = setTimeout(() => {
    console.error(`bench did not finish within ${deadline_ms / 1000} s; aborting`);
    for (const child of children) child.kill('SIGKILL');
    process.exit(2);
  }, deadline_ms);

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/bus`;
  const self = fileURLToPath(import.meta.url);
  const perProcess = Math.ceil(workers / processes);
  const registering_ms = performance.now();
  for (let p = 0; p < processes; p++) {
    const offset = p * perProcess;
    const count = Math.min(perProcess, workers - offset);
    const child = spawn(
      process.execPath,
      [
        ...(args['profile-workers'] ? ['--cpu-prof', '--cpu-prof-dir', args['profile-workers']] : []),
        '--import',
        'tsx',
        self,
        '--child',
        '--url',
        url,
        '--offset',
        String(offset),
        '--count',
        String(count),
      ],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGTERM') console.error(`worker host ${p} exited (${signal ?? code})`);
    });
    // Real workers run on other machines: here they must not take the CPU from the controller
    // whenever a frame wakes them (loopback wake-ups preempt the sender).
    if (workerNice !== 0 && child.pid !== undefined) setPriority(child.pid, workerNice);
    children.push(child);
  }
  while (bus.stats().workersConnected < workers) {
    if (performance.now() - registering_ms > 90_000)
      throw new Error(`only ${bus.stats().workersConnected} of ${workers} workers registered within 90 s`);
    await sleep(50);
  }
  console.log(
    `  ${workers} workers registered in ${((performance.now() - registering_ms) / 1000).toFixed(1)} s`,
  );
  const rate = (i: number) => ({ roleId: 'bench', rate_per_s: i, unit: 'messages' as const });
  const probe = 'bench-0';

  // Warm-up: JIT, socket buffers.
  for (let i = 0; i < 5; i++) await bus.publish('all', 'rate.set', rate(i));
  for (let i = 0; i < 20; i++) await bus.request(probe, 'rate.set', rate(i));

  const publish_ms: number[] = [];
  /** The synchronous part of publish: validation, one encoding, a write to every socket. */
  const fanOut_ms: number[] = [];
  const fanOutCpu_ms: number[] = [];
  let incomplete = 0;
  const hostsBefore_us = sumOf(await Promise.all(children.map(hostCpu_us)));
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let i = 0; i < publishes; i++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    const pending = bus.publish('all', 'rate.set', rate(i), { timeout_ms: 5000 });
    fanOut_ms.push(performance.now() - started);
    const fanOutCpu = process.cpuUsage(startedCpu);
    fanOutCpu_ms.push((fanOutCpu.user + fanOutCpu.system) / 1000);
    const result = await pending;
    publish_ms.push(performance.now() - started);
    if (result.acked.length !== workers) incomplete++;
    await sleep(gap_ms);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const wall_ms = performance.now() - wallBefore;
  const hosts_us = sumOf(await Promise.all(children.map(hostCpu_us))) - hostsBefore_us;

  const request_ms: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await bus.request(probe, 'rate.set', rate(i));
    request_ms.push(performance.now() - started);
  }

  const p = summary(publish_ms);
  const r = summary(request_ms);
  console.log('');
  console.log('  latency (ms)                          p50      p99      max     mean');
  console.log(
    `  multi-ack publish to ${String(workers).padEnd(6)} ${fmt(p.p50)} ${fmt(p.p99)} ${fmt(p.max)} ${fmt(p.mean)}`,
  );
  console.log(`  request-reply to one worker   ${fmt(r.p50)} ${fmt(r.p99)} ${fmt(r.max)} ${fmt(r.mean)}`);
  const f = summary(fanOut_ms);
  const fc = summary(fanOutCpu_ms);
  console.log(
    `  publish fan-out (sync part)   ${fmt(f.p50)} ${fmt(f.p99)} ${fmt(f.max)} ${fmt(f.mean)}   (CPU mean ${fc.mean.toFixed(2)} ms: ${((fc.mean * 1000) / workers).toFixed(1)} us per worker)`,
  );
  console.log('');
  const controllerCpu_ms = (cpu.user + cpu.system) / 1000;
  console.log(
    `  CPU per publish cycle (incl. ${workers} heartbeats/s): controller ${(controllerCpu_ms / publishes).toFixed(1)} ms, worker hosts ${(hosts_us / 1000 / publishes).toFixed(1)} ms; machine ${cpuList.length} cores, ${(((controllerCpu_ms + hosts_us / 1000) / wall_ms / cpuList.length) * 100).toFixed(0)}% of it used by the bench`,
  );
  console.log(
    `  load average before/after: ${loadBefore.map((x) => x.toFixed(1)).join(' ')} / ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (other processes slow the bench down)`,
  );
  console.log(`  incomplete publishes: ${incomplete}`);
  console.log(
    `  target multi-ack p99 <= ${target_p99_ms} ms: ${p.p99 <= target_p99_ms && incomplete === 0 ? 'met' : 'MISSED'}`,
  );

  for (const child of children) child.kill('SIGTERM');
  await Promise.race([
    Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve)))),
    sleep(5000),
  ]);
  await bus.close();
  http.closeAllConnections();
  http.close();
  clearTimeout(abort);
}

if (args.child) {
  await runChild();
} else {
  await runController().catch((error: unknown) => {
    console.error(`bench failed: ${(error as Error).message}`);
    process.exit(2);
  });
}
