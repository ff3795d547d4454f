// Benchmark of the load engine: producer throughput against a bare kafkajs loop, and continuity bookkeeping per core.
//
//   node --import tsx bench/worker.ts [--records 150000] [--rounds 5] [--size 200] [--partitions 3]
//
// Part 1 starts a `longhaul broker` child (fs store in a temp dir) and alternates, in this
// process and with the same settings (acks=all, value size, partitions, 10,000 records
// unacknowledged at most), a bare kafkajs loop (10 lanes x send() of 1,000 records carrying the
// same four stamp headers) and the worker's producer role at rate max (scheduling, stamping,
// partitioning, batching, ledger, latency histograms). Target: worker / bare >= 0.9. A bare loop
// without headers is shown for context. Part 2 measures the bookkeeping alone on one core: a consumer's
// SeenTracker (stamp decode, seen ledger, local checks, latency), the producer core with a client
// that acks at once, and the continuity check of the resulting ledgers. Target >= 2 M records/s.
// Hard limit: 150 s.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import type { RoleReport } from '../common/bus/roles.ts';
import { checkContinuity } from '../common/continuity-check.ts';
import { Ledger } from '../common/ledger.ts';
import { createLogger } from '../common/log.ts';
import { stampHeaders } from '../common/stamp.ts';
import type { ContentSource } from '../worker/content.ts';
import { connectAdmin, createKafka, topicPartitions } from '../worker/kafka.ts';
import { PartitionChooser } from '../worker/partitioner.ts';
import type { ProducerRole } from '../worker/producer.ts';
import { type PartitionBatch, ProducerEngine } from '../worker/producer-engine.ts';
import { createRole } from '../worker/roles.ts';
import { SeenTracker } from '../worker/seen-tracker.ts';

const deadline_ms = 150_000;
const target_ratio = 0.9;
const target_bookkeeping_per_s = 2_000_000;

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '150000' },
    rounds: { type: 'string', default: '5' },
    size: { type: 'string', default: '200' },
    partitions: { type: 'string', default: '3' },
    'bookkeeping-records': { type: 'string', default: '1000000' },
    /** Worker tuning (defaults: the role spec's). */
    'batch-records': { type: 'string' },
    'in-flight-per-partition': { type: 'string' },
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

const records = positiveInt('records', args.records);
const rounds = positiveInt('rounds', args.rounds);
const size_bytes = positiveInt('size', args.size);
const partitions = positiveInt('partitions', args.partitions);
const bookkeepingRecords = positiveInt('bookkeeping-records', args['bookkeeping-records']);
const inFlight = 10_000;
const lanes = 10;
const laneBatch = inFlight / lanes;

const hardStop = setTimeout(() => {
  console.error(`bench/worker.ts: hard limit of ${deadline_ms} ms reached; stopping`);
  process.exit(3);
}, deadline_ms);
hardStop.unref();

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startBroker(): Promise<{ bootstrap: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'longhaul-bench-worker-'));
  const port = await freePort();
  const bin = fileURLToPath(new URL('../bin/longhaul.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [bin, 'broker', '--data', `file://${dir}/data`, '--listen', `127.0.0.1:${port}`, '--admin-listen', 'off'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LONGHAUL_LOG_FORMAT: 'json' } },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broker did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`broker exited with ${code}:\n${output}`)));
  });
  return { bootstrap: `127.0.0.1:${port}`, child, dir };
}

async function stopBroker(broker: { child: ChildProcess; dir: string }): Promise<void> {
  broker.child.kill('SIGTERM');
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      broker.child.kill('SIGKILL');
      resolve();
    }, 10_000);
    broker.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  rmSync(broker.dir, { recursive: true, force: true });
}

/**
 * 10 lanes, each sending 1,000 records per send() (explicit partitions, round robin), until `n`
 * are acked. `stamped`: every record carries the four continuity headers with values as long as
 * the worker's (what kafkajs encodes per record is then the same as for the worker's records).
 */
async function bareLoop(bootstrap: string, topic: string, n: number, stamped: boolean): Promise<RunResult> {
  const kafka = new Kafka({ clientId: 'bench-bare', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const cpu = process.cpuUsage();
  const value = Buffer.alloc(size_bytes, 'x');
  let next = 0;
  let acked = 0;
  let partition = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < n) {
      const count = Math.min(laneBatch, n - next);
      next += count;
      const messages = [];
      for (let i = 0; i < count; i++) {
        const headers = stamped
          ? stampHeaders({
              runId: 'bench',
              producerId: 'bench-bare',
              seq: next + i,
              scheduledAt_ms: Date.now() + 0.123,
            })
          : undefined;
        messages.push({ partition, value, headers });
        partition = (partition + 1) % partitions;
      }
      await producer.send({ topic, acks: -1, messages });
      acked += count;
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  const elapsed_s = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await producer.disconnect();
  if (acked !== n) throw new Error(`bare loop acked ${acked} of ${n}`);
  return { perSecond: n / elapsed_s, cpuPerRecord_us: (used.user + used.system) / n };
}

interface RunResult {
  readonly perSecond: number;
  /** Client CPU (this process) per record. */
  readonly cpuPerRecord_us: number;
}

/** The producer role at rate max with the same window; records/s from its first schedule to its last ack. */
async function workerRole(bootstrap: string, topic: string, n: number, round: number): Promise<RunResult> {
  let final: RoleReport | undefined;
  let acked = 0;
  const role = createRole(
    {
      kind: 'producer',
      roleId: `bench-${round}`,
      runId: 'bench',
      producerId: `bench-${round}`,
      bootstrap: [bootstrap],
      topic,
      partitions: null,
      rate: { kind: 'max', inFlight },
      profile: null,
      payload: { kind: 'fixed', size: { kind: 'fixed', size_bytes }, pattern: 'x', keys: null },
      acks: -1,
      idempotent: false,
      compression: 'none',
      duration_ms: null,
      count: n,
      seed: 1,
      report_ms: 1000,
      createPartitions: null,
      tuning: {
        ...(args['batch-records']
          ? { maxBatch_records: positiveInt('batch-records', args['batch-records']) }
          : {}),
        ...(args['in-flight-per-partition']
          ? {
              maxInFlightPerPartition: positiveInt(
                'in-flight-per-partition',
                args['in-flight-per-partition'],
              ),
            }
          : {}),
      },
    } as never,
    {
      workerId: 'bench',
      log: createLogger({ name: 'bench', level: 'warn' }),
      emit: (report) => {
        if (report.ackedLedger) acked += Ledger.decode(report.ackedLedger).recordCount;
        if (report.final) final = report;
      },
    },
  ) as ProducerRole;
  const cpu = process.cpuUsage();
  role.start();
  await role.ended;
  const used = process.cpuUsage(cpu);
  if (final?.state !== 'done' || final.counters.acked !== n || acked !== n) {
    throw new Error(
      `worker role: ${final?.state} ${final?.error ?? ''} acked ${final?.counters.acked} of ${n}`,
    );
  }
  return {
    perSecond: n / ((final.end_ms - role.start_ms) / 1000),
    cpuPerRecord_us: (used.user + used.system) / n,
  };
}

/**
 * Records per CPU-second of this process since `since`: "on one core" without the time other
 * processes of a shared machine take from it.
 */
function perCpuSecond(records: number, since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return records / ((used.user + used.system) / 1e6);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function throughput(): Promise<number> {
  const broker = await startBroker();
  try {
    const kafka = createKafka({
      clientId: 'bench-admin',
      bootstrap: [broker.bootstrap],
      log: createLogger({ name: 'bench', level: 'warn' }),
    });
    const admin = await connectAdmin(kafka, [broker.bootstrap], 10_000);
    for (const topic of ['bench-bare', 'bench-worker']) {
      await topicPartitions(admin, topic, { createPartitions: partitions });
    }
    await admin.disconnect();
    const plain: number[] = [];
    const bare: number[] = [];
    const worker: number[] = [];
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate the order: the broker's background work (compaction) must not favour either.
      const p = await bareLoop(broker.bootstrap, 'bench-bare', records, false);
      let b: RunResult;
      let w: RunResult;
      if (round % 2 === 0) {
        b = await bareLoop(broker.bootstrap, 'bench-bare', records, true);
        w = await workerRole(broker.bootstrap, 'bench-worker', records, round);
      } else {
        w = await workerRole(broker.bootstrap, 'bench-worker', records, round);
        b = await bareLoop(broker.bootstrap, 'bench-bare', records, true);
      }
      plain.push(p.perSecond);
      bare.push(b.perSecond);
      worker.push(w.perSecond);
      ratios.push(w.perSecond / b.perSecond);
      cpuRatios.push(b.cpuPerRecord_us / w.cpuPerRecord_us);
      console.log(
        `  round ${round + 1}: bare kafkajs ${fmt(p.perSecond)} records/s without headers (${p.cpuPerRecord_us.toFixed(1)} us CPU/record), ${fmt(b.perSecond)} with the stamp headers (${b.cpuPerRecord_us.toFixed(1)} us); worker producer ${fmt(w.perSecond)} records/s (${w.cpuPerRecord_us.toFixed(1)} us), ratio ${(w.perSecond / b.perSecond).toFixed(2)}`,
      );
    }
    console.log(
      `  client CPU per record, bare / worker (1.0: the worker adds nothing): median ${median(cpuRatios).toFixed(2)}`,
    );
    const ratio = median(ratios);
    console.log(
      `  median: bare (same records) ${fmt(median(bare))} records/s, worker ${fmt(median(worker))} records/s, ratio ${ratio.toFixed(2)} (target >= ${target_ratio}) ${ratio >= target_ratio ? 'ok' : 'MISSED'}`,
    );
    console.log(
      `  (kafkajs encodes each header with its own 512-byte encoder: the four stamp headers cost ${((1 - median(bare) / median(plain)) * 100).toFixed(0)}% of bare throughput)`,
    );
    return ratio;
  } finally {
    await stopBroker(broker);
  }
}

/** Consumed-record shapes as kafkajs delivers them: 4 producers x `partitions` partitions, batches of 100. */
function consumedRecords(n: number) {
  const producers = ['w1-p1', 'w2-p1', 'w3-p1', 'w4-p1'];
  const out: { partition: number; offset: number; headers: Record<string, Buffer> }[] = [];
  const offsets = new Array(partitions).fill(0);
  const seqs = new Map<string, number>();
  const t0 = Date.now();
  for (let i = 0; out.length < n; i++) {
    const producerId = producers[i % producers.length];
    const partition = Math.floor(i / producers.length) % partitions;
    for (let k = 0; k < 100 && out.length < n; k++) {
      const key = `${producerId}/${partition}`;
      const seq = seqs.get(key) ?? 0;
      seqs.set(key, seq + 1);
      const headers: Record<string, Buffer> = {};
      const stamp = stampHeaders({ runId: 'bench', producerId, seq, scheduledAt_ms: t0 + out.length / 1000 });
      for (const [name, v] of Object.entries(stamp)) headers[name] = Buffer.from(v, 'latin1');
      out.push({ partition, offset: offsets[partition]++, headers });
    }
  }
  return out;
}

async function bookkeeping(): Promise<number> {
  const n = bookkeepingRecords;
  const messages = consumedRecords(n);
  const value = Buffer.alloc(size_bytes);
  const now = Date.now() + 5;
  // Consumer side: every record through the tracker, as a consumer's eachBatch does.
  let best = 0;
  let tracker: SeenTracker | undefined;
  for (let pass = 0; pass < 3; pass++) {
    tracker = new SeenTracker({ runId: 'bench', anyRun: false, decode: false });
    const cpu = process.cpuUsage();
    for (const m of messages) tracker.observe(m.partition, m.offset, m.headers, value, now);
    best = Math.max(best, perCpuSecond(n, cpu));
  }
  const seen = tracker!.takeLedger();
  console.log(
    `  consumer SeenTracker.observe (stamp decode, seen ledger, local checks, latency): ${fmt(best)} records/s`,
  );

  // Producer side: generation, stamping, batching, ack booking with a client that acks at once.
  const value8 = Buffer.alloc(size_bytes);
  const content: ContentSource = {
    meanValue_bytes: size_bytes,
    next: () => ({ key: null, value: value8, recordName: undefined }),
  };
  const logEnd = new Map<number, number>();
  const engine = new ProducerEngine({
    runId: 'bench',
    producerId: 'bench-core',
    timing: { kind: 'max', inFlight: 100_000 },
    content,
    chooser: new PartitionChooser(Array.from({ length: partitions }, (_, i) => i)),
    count: n,
    end_ms: null,
    acks: -1,
    grouping: 'partition',
    maxInFlightPerPartition: 5,
    linger_ms: 5,
    maxBatch_records: 10_000,
    maxBatch_bytes: 64 * 1024 * 1024,
    maxPending_records: 100_000,
    send: async (batches: readonly PartitionBatch[]) =>
      batches.map((b) => {
        const baseOffset = logEnd.get(b.partition) ?? 0;
        logEnd.set(b.partition, baseOffset + b.records.length);
        return { partition: b.partition, baseOffset };
      }),
    errorType: () => 'Error',
    now: () => performance.timeOrigin + performance.now(),
    wake: () => {},
  });
  {
    const cpu = process.cpuUsage();
    while (!engine.finished) {
      engine.tick();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const producerRate = perCpuSecond(n, cpu);
    console.log(
      `  producer core (generate, stamp, batch, book acks; client acks at once): ${fmt(producerRate)} records/s`,
    );
    const acked = engine.takeLedger();

    // The continuity check of producer-shaped acked ledgers (one run per batch of 100) against the seen one.
    const ackedLike = new Ledger();
    for (const stream of seen.streams()) {
      const r = stream.runs;
      for (let i = 0; i < r.length; i += 3)
        ackedLike.recordRun(stream.partition, r[i + 1], stream.producerId, r[i], r[i + 2]);
    }
    const checkCpu = process.cpuUsage();
    const report = checkContinuity(ackedLike, seen);
    const checkRate = perCpuSecond(n, checkCpu);
    if (!report.ok || report.acked !== n) throw new Error('continuity check of identical ledgers failed');
    console.log(
      `  continuity check (${fmt(seen.runCount)} runs, ${fmt(n)} records): ${fmt(checkRate)} records/s; acked ledger of the core: ${fmt(acked.recordCount)} records in ${acked.runCount} runs`,
    );
    return Math.min(best, checkRate);
  }
}

async function main(): Promise<void> {
  const cpuList = cpus();
  console.log('bench/worker.ts: load engine throughput and bookkeeping');
  console.log(
    `  machine: ${cpuList[0]?.model ?? 'unknown cpu'} x ${cpuList.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `  parameters: ${fmt(records)} records x ${rounds} rounds, ${size_bytes} B values, ${partitions} partitions, acks=all, ${fmt(inFlight)} records in flight at most; bookkeeping ${fmt(bookkeepingRecords)} records`,
  );
  console.log('producer throughput (broker in a child process, same machine):');
  const ratio = await throughput();
  console.log('bookkeeping on one core (records per CPU-second of this process):');
  const bookkept = await bookkeeping();
  console.log(
    `  slowest consumer-side step: ${fmt(bookkept)} records/s (target >= ${fmt(target_bookkeeping_per_s)}) ${bookkept >= target_bookkeeping_per_s ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  process.exitCode = ratio >= target_ratio && bookkept >= target_bookkeeping_per_s ? 0 : 1;
}

await main();
