// Benchmark of the reference broker: acks=all produce and end-to-end latency, against the disk's write+fsync limit.
//
//   node --import tsx bench/broker.ts [--seconds 20] [--profile <dir>] [--skip-librdkafka]
//                                     [--runs kafkajs,librdkafka,half] [--half-rate <records/s>]
//
// One broker on the fs backend in a temp dir; 1 KiB records, 16 partitions, acks=all. For each client
// (kafkajs, and librdkafka through confluent-kafka for Python) a closed-loop run at maximum load
// measures produce MB/s, records/s and produce latency, while a consumer measures end-to-end latency.
// The machine's limit is measured right after each run on the same disk: sequential write + fsync of
// chunks the size of the WAL objects the broker wrote in that run. Last, an open-loop kafkajs run at
// half of the kafkajs maximum measures end-to-end latency where it is not dominated by queueing.
// Latencies of open-loop sends are measured from their scheduled time (no coordinated omission).
// With --profile, the broker runs under `node --cpu-prof` and its hottest functions are printed.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from '../common/ports.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    profile: { type: 'string' },
    'skip-librdkafka': { type: 'boolean', default: false },
    /** Which runs, comma-separated: kafkajs, librdkafka, half (half needs kafkajs, or --half-rate). */
    runs: { type: 'string', default: 'kafkajs,librdkafka,half' },
    'half-rate': { type: 'string' },
    // Internal: run as a load child.
    role: { type: 'string' },
    bootstrap: { type: 'string' },
    topic: { type: 'string' },
    'measure-from': { type: 'string' },
    'measure-to': { type: 'string' },
    rate: { type: 'string', default: '0' },
  },
});

const recordSize_bytes = 1024;
const partitions = 16;
const warmup_s = 3;
const python = '/usr/bin/python3';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
const nowMs = (): number => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------- latency histograms

function newHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });
}

interface Percentiles {
  readonly count: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly p999_ms: number;
  readonly max_ms: number;
}

/** Percentiles of a histogram of microseconds, in milliseconds. */
function percentiles(histogram: hdr.Histogram): Percentiles {
  const at = (p: number): number => histogram.getValueAtPercentile(p) / 1000;
  return {
    count: histogram.totalCount,
    p50_ms: at(50),
    p99_ms: at(99),
    p999_ms: at(99.9),
    max_ms: histogram.maxValue / 1000,
  };
}

const recordMs = (histogram: hdr.Histogram, ms: number, count = 1): void =>
  histogram.recordValueWithCount(Math.max(1, Math.round(ms * 1000)), count);

// ---------------------------------------------------------------- kafkajs load children

/** A 1 KiB value whose first 8 bytes carry its (scheduled) send time. */
function valueAt(time_ms: number, filler: Buffer): Buffer {
  const value = Buffer.allocUnsafe(recordSize_bytes);
  filler.copy(value, 8, 8);
  value.writeDoubleBE(time_ms, 0);
  return value;
}

async function runKafkajsProducer(): Promise<void> {
  const bootstrap = args.bootstrap as string;
  const topic = args.topic as string;
  const measureFrom = Number(args['measure-from']);
  const measureTo = Number(args['measure-to']);
  const rate = Number(args.rate);
  const filler = Buffer.alloc(recordSize_bytes, 'longhaul-bench-');
  const latency = newHistogram();
  let records = 0;
  const kafka = new Kafka({ clientId: 'bench-producer', brokers: [bootstrap], logLevel: logLevel.ERROR });
  if (rate === 0) {
    // Closed loop at maximum load: four connections, each with one 64-record send (4 per partition) in flight.
    const run = async (): Promise<void> => {
      const producer = kafka.producer({ allowAutoTopicCreation: false });
      await producer.connect();
      while (nowMs() < measureTo) {
        const sentAt = nowMs();
        const messages = [];
        for (let i = 0; i < 64; i++)
          messages.push({ partition: i % partitions, value: valueAt(sentAt, filler) });
        await producer.send({ topic, acks: -1, messages });
        if (sentAt >= measureFrom) {
          recordMs(latency, nowMs() - sentAt, messages.length);
          records += messages.length;
        }
      }
      await producer.disconnect();
    };
    await Promise.all([run(), run(), run(), run()]);
  } else {
    // Open loop: records are due at start + i / rate; every 2 ms the due ones go out as one send.
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const start = nowMs();
    let scheduled = 0;
    let inFlight = 0;
    let partition = 0;
    while (nowMs() < measureTo) {
      const due = Math.floor(((nowMs() - start) / 1000) * rate);
      if (due > scheduled && inFlight < 256) {
        const messages = [];
        const times: number[] = [];
        for (; scheduled < due && messages.length < 1000; scheduled++) {
          const at = start + (scheduled * 1000) / rate;
          times.push(at);
          messages.push({ partition: partition++ % partitions, value: valueAt(at, filler) });
        }
        inFlight++;
        producer.send({ topic, acks: -1, messages }).then(
          () => {
            inFlight--;
            const acked = nowMs();
            for (const at of times) {
              if (at < measureFrom || at >= measureTo) continue;
              recordMs(latency, acked - at);
              records++;
            }
          },
          (error: unknown) => {
            inFlight--;
            process.stderr.write(`send failed: ${(error as Error).message}\n`);
          },
        );
      }
      await sleep(2);
    }
    while (inFlight > 0) await sleep(5);
    await producer.disconnect();
  }
  const window_s = (measureTo - measureFrom) / 1000;
  process.stdout.write(`${JSON.stringify({ records, window_s, produce: percentiles(latency) })}\n`);
  process.exit(0);
}

async function runKafkajsConsumer(): Promise<void> {
  const topic = args.topic as string;
  const measureFrom = Number(args['measure-from']);
  const measureTo = Number(args['measure-to']);
  const e2e = newHistogram();
  let consumed = 0;
  const kafka = new Kafka({
    clientId: 'bench-consumer',
    brokers: [args.bootstrap as string],
    logLevel: logLevel.ERROR,
  });
  // kafkajs 2.2 commits after every partition batch whatever autoCommitInterval says, and each commit
  // is a durable metadata write here (an fsync, ~2 ms): a consumer that measures latency commits nothing.
  const consumer = kafka.consumer({
    groupId: `bench-${topic}`,
    maxWaitTimeInMs: 100,
    maxBytes: 64 * 1024 * 1024,
  });
  consumer.on(consumer.events.GROUP_JOIN, () => process.stdout.write(`${JSON.stringify({ ready: true })}\n`));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      const now = nowMs();
      for (const message of batch.messages) {
        const sentAt = message.value!.readDoubleBE(0);
        if (sentAt < measureFrom || sentAt >= measureTo) continue;
        recordMs(e2e, now - sentAt);
        consumed++;
      }
    },
  });
  // Drain for a while after the producers stop, so that late records still count.
  while (nowMs() < measureTo + 3000) await sleep(100);
  await consumer.disconnect();
  process.stdout.write(`${JSON.stringify({ consumed, e2e: percentiles(e2e) })}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------- librdkafka (confluent-kafka) load scripts

// Python spends more time per record than the broker does: a delivery callback (and a value copy in
// the consumer) only for every 17th record keeps the clients from being what the run measures.
const pythonProducer = `
import json, struct, sys, time
from confluent_kafka import Producer
bootstrap, topic, measure_from, measure_to = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
filler = (b"longhaul-bench-" * 80)[:${recordSize_bytes - 8}]
errors = []
producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 2,
                     "queue.buffering.max.messages": 20000, "batch.size": 1000000,
                     "error_cb": lambda e: errors.append(str(e))})
samples = []
failed = []
def report(error, message):
    if error is not None:
        failed.append(str(error))
        return
    samples.append(time.time() * 1000 - struct.unpack(">d", message.value()[:8])[0])
i = 0
records = 0
while True:
    now = time.time() * 1000
    if now >= measure_to:
        break
    try:
        if i % 17 == 0 and now >= measure_from:
            producer.produce(topic, value=struct.pack(">d", now) + filler, partition=i % ${partitions}, on_delivery=report)
        else:
            producer.produce(topic, value=struct.pack(">d", now) + filler, partition=i % ${partitions})
        i += 1
        if now >= measure_from:
            records += 1
    except BufferError:
        producer.poll(0.001)
    if i % 256 == 0:
        producer.poll(0)
left = producer.flush(30)
if left or failed:
    print(f"{left} records undelivered, {len(failed)} failed: {failed[:3]}", file=sys.stderr)
    sys.exit(1)
samples.sort()
def at(p):
    return samples[min(len(samples) - 1, max(0, int(len(samples) * p / 100 + 0.5) - 1))] if samples else float("nan")
print(json.dumps({"records": records, "window_s": (measure_to - measure_from) / 1000,
                  "produce": {"count": len(samples), "p50_ms": at(50), "p99_ms": at(99), "p999_ms": at(99.9),
                              "max_ms": samples[-1] if samples else float("nan")}}))
`;

const pythonConsumer = `
import json, struct, sys, time
from confluent_kafka import Consumer
bootstrap, topic, measure_from, measure_to = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-" + topic, "auto.offset.reset": "earliest",
                     "enable.auto.commit": False, "fetch.wait.max.ms": 100})
ready = []
consumer.subscribe([topic], on_assign=lambda c, p: (ready or print(json.dumps({"ready": True}), flush=True), ready.append(1)))
samples = []
consumed = 0
while time.time() * 1000 < measure_to + 3000:
    messages = consumer.consume(num_messages=1000, timeout=0.1)
    now = time.time() * 1000
    for message in messages:
        if message.error():
            continue
        consumed += 1
        if message.offset() % 17 == 0:
            sent = struct.unpack(">d", message.value()[:8])[0]
            if measure_from <= sent < measure_to:
                samples.append(now - sent)
consumer.close()
samples.sort()
def at(p):
    return samples[min(len(samples) - 1, max(0, int(len(samples) * p / 100 + 0.5) - 1))] if samples else float("nan")
print(json.dumps({"consumed": consumed, "e2e": {"count": len(samples), "p50_ms": at(50), "p99_ms": at(99),
                  "p999_ms": at(99.9), "max_ms": samples[-1] if samples else float("nan")}}))
`;

// ---------------------------------------------------------------- orchestration

interface Child {
  readonly process: ChildProcess;
  output: string;
  readonly exited: Promise<number | null>;
}

function startChild(
  command: string,
  childArgs: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Child {
  const child = spawn(command, childArgs, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const handle: Child = {
    process: child,
    output: '',
    exited: new Promise((resolve) => child.once('close', (code) => resolve(code))),
  };
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    handle.output += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
  });
  child.once('close', (code) => {
    if (code !== 0 && code !== null)
      process.stderr.write(`${command} ${childArgs[0] ?? ''} exited ${code}\n${stderr.slice(-3000)}\n`);
  });
  return handle;
}

async function waitForOutput(child: Child, pattern: RegExp, timeout_ms: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout_ms;
  while (!pattern.test(child.output)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout_ms} ms waiting for ${what}`);
    if (child.process.exitCode !== null)
      throw new Error(`${what}: the process exited with ${child.process.exitCode}`);
    await sleep(50);
  }
}

/** The last JSON line a child printed. */
function lastJson<T>(child: Child): T {
  const lines = child.output.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}

async function brokerMetrics(adminUrl: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text();
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.length === 0) continue;
    const name = line.slice(0, line.search(/[{ ]/));
    values.set(name, (values.get(name) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return values;
}

interface DiskLimit {
  readonly chunk_bytes: number;
  /** Sequential write + fsync of each chunk, appended to one file: the machine's limit. */
  readonly mbPerSec: number;
  readonly fsync: Percentiles;
  /** One new file per chunk (create, write, fsync, close): the least an object-per-file store does. */
  readonly newFileMbPerSec: number;
}

/** Write + fsync of `chunk_bytes` chunks in `dir` for `seconds`, appended, then one new file each. */
function measureDiskLimit(dir: string, chunkSize_bytes: number, seconds: number): DiskLimit {
  const chunk_bytes = Math.max(4096, Math.round(chunkSize_bytes));
  const chunk = Buffer.alloc(chunk_bytes, 7);
  const histogram = newHistogram();
  const path = join(dir, 'disk-limit.bin');
  const fd = openSync(path, 'w');
  let written = 0;
  let start = nowMs();
  try {
    while (nowMs() - start < seconds * 1000) {
      const t = nowMs();
      // Bounded like the WAL is, object by object: wrap around every 256 MiB.
      writeSync(fd, chunk, 0, chunk_bytes, written % (256 * 1024 * 1024));
      fsyncSync(fd);
      recordMs(histogram, nowMs() - t);
      written += chunk_bytes;
    }
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
  const mbPerSec = written / 1e6 / ((nowMs() - start) / 1000);
  const filesDir = mkdtempSync(join(dir, 'disk-limit-'));
  let files = 0;
  start = nowMs();
  try {
    while (nowMs() - start < (seconds / 2) * 1000) {
      const file = openSync(join(filesDir, String(files++)), 'wx');
      writeSync(file, chunk);
      fsyncSync(file);
      closeSync(file);
    }
  } finally {
    rmSync(filesDir, { recursive: true, force: true });
  }
  const newFileMbPerSec = (files * chunk_bytes) / 1e6 / ((nowMs() - start) / 1000);
  return { chunk_bytes, mbPerSec, fsync: percentiles(histogram), newFileMbPerSec };
}

interface ProduceResult {
  readonly records: number;
  readonly window_s: number;
  readonly produce: Percentiles;
}
interface ConsumeResult {
  readonly consumed: number;
  readonly e2e: Percentiles;
}

interface RunResult {
  readonly client: string;
  readonly rate: number;
  readonly recordsPerSec: number;
  readonly mbPerSec: number;
  readonly produce: Percentiles;
  readonly e2e: Percentiles;
  readonly consumed: number;
  readonly walObjects: number;
  readonly meanWalObject_bytes: number;
}

const self = fileURLToPath(import.meta.url);

async function runLoad(
  client: 'kafkajs' | 'librdkafka',
  options: {
    bootstrap: string;
    adminUrl: string;
    topic: string;
    seconds: number;
    rate: number;
    scratch: string;
  },
): Promise<RunResult> {
  const admin = new Kafka({ brokers: [options.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: options.topic, numPartitions: partitions }] });
  await admin.disconnect();
  const before = await brokerMetrics(options.adminUrl);
  // The consumer joins first; the measured window starts after the warm-up.
  const measureFrom = nowMs() + 5000 + warmup_s * 1000;
  const measureTo = measureFrom + options.seconds * 1000;
  const timing = ['--measure-from', String(measureFrom), '--measure-to', String(measureTo)];
  let consumer: Child;
  let producer: Child;
  if (client === 'kafkajs') {
    const common = [
      '--import',
      'tsx',
      self,
      '--bootstrap',
      options.bootstrap,
      '--topic',
      options.topic,
      ...timing,
    ];
    consumer = startChild(process.execPath, [...common, '--role', 'kafkajs-consumer']);
    await waitForOutput(consumer, /"ready":true/, 20_000, 'the kafkajs consumer to join');
    await sleep(Math.max(0, measureFrom - warmup_s * 1000 - nowMs()));
    producer = startChild(process.execPath, [
      ...common,
      '--role',
      'kafkajs-producer',
      '--rate',
      String(options.rate),
    ]);
  } else {
    const producerScript = join(options.scratch, 'bench_producer.py');
    const consumerScript = join(options.scratch, 'bench_consumer.py');
    writeFileSync(producerScript, pythonProducer);
    writeFileSync(consumerScript, pythonConsumer);
    const pyArgs = [options.bootstrap, options.topic, String(measureFrom), String(measureTo)];
    consumer = startChild(python, [consumerScript, ...pyArgs]);
    await waitForOutput(consumer, /"ready": true/, 20_000, 'the confluent-kafka consumer to join');
    await sleep(Math.max(0, measureFrom - warmup_s * 1000 - nowMs()));
    producer = startChild(python, [producerScript, ...pyArgs]);
  }
  const [producerCode, consumerCode] = await Promise.all([producer.exited, consumer.exited]);
  if (producerCode !== 0 || consumerCode !== 0)
    throw new Error(`${client} load failed (${producerCode}, ${consumerCode})`);
  const produced = lastJson<ProduceResult>(producer);
  const consumed = lastJson<ConsumeResult>(consumer);
  const after = await brokerMetrics(options.adminUrl);
  const delta = (name: string): number => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const walObjects = delta('longhaul_broker_wal_commit_size_bytes_count');
  const recordsPerSec = produced.records / produced.window_s;
  return {
    client,
    rate: options.rate,
    recordsPerSec,
    mbPerSec: (recordsPerSec * recordSize_bytes) / 1e6,
    produce: produced.produce,
    e2e: consumed.e2e,
    consumed: consumed.consumed,
    walObjects,
    meanWalObject_bytes: walObjects > 0 ? delta('longhaul_broker_wal_commit_size_bytes_sum') / walObjects : 0,
  };
}

/** Self time per function from a V8 .cpuprofile, hottest first. */
function hottestFunctions(profilePath: string, top: number): { name: string; share: number }[] {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as {
    nodes: {
      id: number;
      hitCount?: number;
      callFrame: { functionName: string; url: string; lineNumber: number };
    }[];
  };
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url
      .replace(/^file:\/\//, '')
      .replace(/.*\/node_modules\//, '')
      .replace(/.*\/(broker|common)\//, '$1/');
    const name = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byName.set(name, (byName.get(name) ?? 0) + hits);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, hits]) => ({ name, share: hits / Math.max(1, total) }));
}

const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '-').padStart(7);
const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '-').padStart(8);

function printRun(run: RunResult, limit: DiskLimit | undefined): void {
  console.log(
    `  ${run.client.padEnd(10)} ${run.rate === 0 ? 'max load' : `${run.rate} rec/s`}: ${run.mbPerSec.toFixed(1)} MB/s, ${Math.round(run.recordsPerSec)} records/s`,
  );
  console.log(
    `      produce ms  p50 ${f2(run.produce.p50_ms)}  p99 ${f2(run.produce.p99_ms)}  p999 ${f2(run.produce.p999_ms)}  max ${f2(run.produce.max_ms)}`,
  );
  console.log(
    `      e2e ms      p50 ${f2(run.e2e.p50_ms)}  p99 ${f2(run.e2e.p99_ms)}  p999 ${f2(run.e2e.p999_ms)}  max ${f2(run.e2e.max_ms)}  (${run.consumed} records consumed)`,
  );
  console.log(
    `      WAL: ${run.walObjects} objects, mean ${(run.meanWalObject_bytes / 1024).toFixed(0)} KiB`,
  );
  if (limit) {
    console.log(
      `      machine limit at ${(limit.chunk_bytes / 1024).toFixed(0)} KiB chunks: write+fsync ${limit.mbPerSec.toFixed(1)} MB/s ` +
        `(fsync p50 ${limit.fsync.p50_ms.toFixed(2)} ms, p99 ${limit.fsync.p99_ms.toFixed(2)} ms), one new file per chunk ${limit.newFileMbPerSec.toFixed(1)} MB/s; ` +
        `broker/limit ${(run.mbPerSec / limit.mbPerSec).toFixed(2)}`,
    );
  }
}

async function main(): Promise<void> {
  const seconds = Number(args.seconds);
  if (!Number.isFinite(seconds) || seconds < 3 || seconds > 120) {
    console.error(`--seconds must be 3..120, got ${args.seconds}`);
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'longhaul-bench-broker-'));
  const dataDir = join(scratch, 'data');
  const port = await freePort();
  const adminPort = await freePort();
  const bootstrap = `127.0.0.1:${port}`;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  const cpuList = cpus();
  const df = spawnSync('df', ['-hT', scratch], { encoding: 'utf8' }).stdout?.trim().split('\n')[1] ?? '';
  const pyAvailable =
    !args['skip-librdkafka'] &&
    spawnSync(python, ['-c', 'import confluent_kafka'], { stdio: 'ignore' }).status === 0;
  console.log('broker benchmark');
  console.log(
    `  machine: ${cpuList[0]?.model ?? 'unknown cpu'} x ${cpuList.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
  );
  console.log(
    `  load average before the runs: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other processes skew every figure)`,
  );
  console.log(`  disk: ${scratch} (${df.replace(/\s+/g, ' ')})`);
  console.log(
    `  parameters: ${recordSize_bytes} B records, ${partitions} partitions, acks=all, fs backend, ${warmup_s} s warm-up + ${seconds} s measured per run; kafkajs: 4 producers x 64-record sends; librdkafka: confluent-kafka ${pyAvailable ? '' : '(skipped) '}linger.ms=2`,
  );
  const brokerArgs = [
    ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
    fileURLToPath(new URL('../bin/longhaul.js', import.meta.url)),
    'broker',
    ...['--data', `file://${dataDir}`, '--listen', bootstrap, '--admin-listen', `127.0.0.1:${adminPort}`],
  ];
  const broker = startChild(process.execPath, brokerArgs, {
    ...process.env,
    LONGHAUL_LOG_FORMAT: 'json',
    LONGHAUL_LOG_LEVEL: 'warn',
  });
  const stopBroker = async (): Promise<void> => {
    if (broker.process.exitCode !== null) return;
    broker.process.kill('SIGTERM');
    await Promise.race([broker.exited, sleep(30_000)]);
  };
  process.once('SIGINT', () => {
    broker.process.kill('SIGKILL');
    process.exit(130);
  });
  try {
    const deadline = Date.now() + 20_000;
    while (
      !(await fetch(`${adminUrl}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline || broker.process.exitCode !== null)
        throw new Error('the broker did not become ready');
      await sleep(100);
    }
    const wanted = new Set((args.runs as string).split(','));
    const runs: { run: RunResult; limit: DiskLimit | undefined }[] = [];
    let halfRate = Number(args['half-rate'] ?? 0);
    if (wanted.has('kafkajs')) {
      const run = await runLoad('kafkajs', {
        bootstrap,
        adminUrl,
        topic: 'bench-kafkajs',
        seconds,
        rate: 0,
        scratch,
      });
      runs.push({ run, limit: measureDiskLimit(scratch, Math.max(4096, run.meanWalObject_bytes), 4) });
      halfRate ||= Math.max(100, Math.round(run.recordsPerSec / 2));
    }
    if (wanted.has('librdkafka') && pyAvailable) {
      const run = await runLoad('librdkafka', {
        bootstrap,
        adminUrl,
        topic: 'bench-librdkafka',
        seconds,
        rate: 0,
        scratch,
      });
      runs.push({ run, limit: measureDiskLimit(scratch, Math.max(4096, run.meanWalObject_bytes), 4) });
    }
    console.log('');
    console.log('results (produce latency: send to ack; e2e: send to consumer poll)');
    for (const { run, limit } of runs) printRun(run, limit);
    if (wanted.has('half') && halfRate > 0) {
      const half = await runLoad('kafkajs', {
        bootstrap,
        adminUrl,
        topic: 'bench-kafkajs-half',
        seconds,
        rate: halfRate,
        scratch,
      });
      const halfLimit = measureDiskLimit(scratch, Math.max(4096, half.meanWalObject_bytes), 4);
      console.log('  at half of the kafkajs maximum (open loop, latency from the scheduled send time):');
      printRun(half, undefined);
      const target_ms = 3 * halfLimit.fsync.p99_ms + 5;
      console.log(
        `      fsync of ${(halfLimit.chunk_bytes / 1024).toFixed(0)} KiB chunks: p50 ${halfLimit.fsync.p50_ms.toFixed(2)} ms, p99 ${halfLimit.fsync.p99_ms.toFixed(2)} ms; target e2e p99 <= 3 x fsync p99 + 5 ms = ${target_ms.toFixed(1)} ms: ${half.e2e.p99_ms <= target_ms ? 'met' : 'NOT met'}`,
      );
    }
    const best =
      runs.length > 0 ? runs.reduce((a, b) => (b.run.mbPerSec > a.run.mbPerSec ? b : a)) : undefined;
    if (best?.limit) {
      const ratio = best.run.mbPerSec / best.limit.mbPerSec;
      console.log(
        `  target broker/limit >= 0.5: ${ratio.toFixed(2)} (${best.run.client}), ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await stopBroker();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (args.profile) {
    // The broker's process writes one profile per thread (tsx runs a loader thread): take the busiest.
    const profiles = readdirSync(args.profile)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => ({
        path: join(args.profile as string, f),
        hot: hottestFunctions(join(args.profile as string, f), 25),
      }))
      .map((p) => ({ ...p, busy: 1 - (p.hot.find((h) => h.name === '(idle)')?.share ?? 0) }))
      .sort((a, b) => b.busy - a.busy);
    const busiest = profiles[0];
    if (busiest) {
      console.log('');
      console.log(
        `broker CPU profile ${busiest.path} (${(busiest.busy * 100).toFixed(0)}% busy): self time, hottest first`,
      );
      for (const { name, share } of busiest.hot) console.log(`  ${f1(share * 100)}%  ${name}`);
    }
  }
  process.exit(0);
}

if (args.role === 'kafkajs-producer') await runKafkajsProducer();
else if (args.role === 'kafkajs-consumer') await runKafkajsConsumer();
else await main();
