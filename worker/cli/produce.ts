// `longhaul produce`: one producer role in this process, live progress, a summary, and optionally the acked ledger.
import { readFileSync } from 'node:fs';
import type { ProducerRoleSpecInput } from '../../common/bus/roles.ts';
import { ExitCode, UserError } from '../../common/errors.ts';
import type { LatencySummary } from '../../common/histogram.ts';
import { createLogger } from '../../common/log.ts';
import { formatBytes, formatDuration, parseRate } from '../../common/units.ts';
import { now_ms } from '../clock.ts';
import { readLoadFile } from '../payloads/load-file.ts';
import type { ProducerRole } from '../producer.ts';
import { createRole } from '../roles.ts';
import { ReportAggregate } from './aggregate.ts';
import { writeLedgerFile } from './ledger-file.ts';
import {
  defaultProducerId,
  newRunId,
  parseBootstrap,
  parseCount,
  parseDurationFlag,
  parseNumber,
  parseSizeFlag,
  stampId,
} from './options.ts';
import { ProgressLine, progressText } from './progress.ts';
import { StallMeter } from './stalls.ts';

export interface ProduceSummary {
  readonly command: 'produce';
  readonly ok: boolean;
  readonly topic: string;
  readonly runId: string;
  readonly producerId: string;
  readonly partitions: readonly number[];
  readonly state: string;
  readonly error?: string;
  /** From the first scheduled record to the last settled one. */
  readonly elapsed_ms: number;
  readonly scheduled: number;
  readonly sent: number;
  readonly acked: number;
  readonly failed: number;
  readonly failedByError: Readonly<Record<string, number>>;
  readonly throughput: { readonly records_per_s: number; readonly bytes_per_s: number };
  /** Scheduled send time to ack. */
  readonly produceLatency_ms: LatencySummary;
  readonly maxBehindSchedule_ms: number;
  /**
   * The longest this process could not run its timers while sending (CPU starvation, GC):
   * records due then went out late, which shows in the latency and in `sentPerSecond`.
   */
  readonly maxStall_ms: number;
  /** Records handed to the client in each second of the run. */
  readonly sentPerSecond: readonly number[];
  /** The longest stall in each second of the run. */
  readonly stallPerSecond_ms: readonly number[];
  readonly ledger: { readonly records: number; readonly runs: number; readonly file?: string };
}

function parseAcks(value: unknown): -1 | 0 | 1 {
  switch (String(value)) {
    case 'all':
    case '-1':
      return -1;
    case '1':
      return 1;
    case '0':
      return 0;
    default:
      throw new UserError(`invalid --acks ${JSON.stringify(value)}: expected all, 1 or 0`);
  }
}

/** The producer role spec of the flags. */
export function produceSpec(options: Record<string, unknown>): ProducerRoleSpecInput {
  const payloadKind = String(options.payload ?? 'experiment');
  const loadPath = options.load === undefined ? undefined : String(options.load);
  let payload: ProducerRoleSpecInput['payload'];
  if (payloadKind === 'experiment') {
    let load: unknown = null;
    if (loadPath !== undefined) {
      readLoadFile(loadPath); // validates with errors naming the file, index and field
      load = JSON.parse(readFileSync(loadPath, 'utf8'));
    }
    const encoding = String(options.encoding ?? 'container');
    if (!['container', 'binary', 'confluent'].includes(encoding)) {
      throw new UserError(`invalid --encoding ${encoding}: expected container, binary or confluent`);
    }
    payload = {
      kind: 'experiment',
      load: load as never,
      timeScale: parseNumber('--time-scale', options.timeScale ?? 1, Number.MIN_VALUE),
      rateMultiplier: parseCount('--rate-multiplier', options.rateMultiplier ?? 1) ?? 1,
      encoding: encoding as 'container',
    };
  } else if (payloadKind === 'random' || payloadKind === 'fixed') {
    if (loadPath !== undefined) throw new UserError('--load needs --payload experiment');
    payload = {
      kind: payloadKind,
      size: parseSizeFlag(options.size ?? '1KiB'),
      keys: parseCount('--keys', options.keys),
    };
  } else {
    throw new UserError(`invalid --payload ${payloadKind}: expected experiment, random or fixed`);
  }
  let rate: ProducerRoleSpecInput['rate'];
  if (options.rate === undefined) {
    rate = loadPath !== undefined ? { kind: 'load-file' } : { kind: 'records', perSecond: 1000 };
  } else if (String(options.rate) === 'max') {
    rate = { kind: 'max', inFlight: parseCount('--in-flight', options.inFlight ?? 10_000) ?? 10_000 };
  } else {
    try {
      rate = parseRate(String(options.rate));
    } catch (error) {
      throw new UserError(`invalid --rate: ${(error as Error).message}`);
    }
  }
  const acks = parseAcks(options.acks ?? 'all');
  const idempotent = options.idempotent === true;
  if (idempotent && acks !== -1) throw new UserError('--idempotent needs --acks all');
  const compression = String(options.compression ?? 'none');
  if (compression !== 'none' && compression !== 'gzip') {
    throw new UserError(`invalid --compression ${compression}: expected none or gzip`);
  }
  return {
    kind: 'producer',
    roleId: 'produce',
    runId: options.runId === undefined ? newRunId() : stampId('--run-id', options.runId),
    producerId:
      options.producerId === undefined ? defaultProducerId() : stampId('--producer-id', options.producerId),
    bootstrap: parseBootstrap(options.bootstrap),
    topic: String(options.topic),
    partitions: null,
    rate,
    payload,
    acks,
    idempotent,
    compression,
    duration_ms: parseDurationFlag('--duration', options.duration),
    count: parseCount('--count', options.count),
    seed: parseCount('--seed', options.seed ?? 1) ?? 1,
    createPartitions: parseCount('--partitions', options.partitions),
    tuning: {
      linger_ms: parseNumber('--linger', options.linger ?? 5, 0.5),
      ...(options.batchRecords === undefined
        ? {}
        : { maxBatch_records: parseCount('--batch-records', options.batchRecords) ?? 500 }),
      ...(options.inFlightPerPartition === undefined
        ? {}
        : {
            maxInFlightPerPartition:
              parseCount('--in-flight-per-partition', options.inFlightPerPartition) ?? 50,
          }),
    },
  };
}

function formatLatency(s: LatencySummary): string {
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  return `p50 ${f(s.p50_ms)}  p90 ${f(s.p90_ms)}  p99 ${f(s.p99_ms)}  p99.9 ${f(s.p999_ms)}  max ${f(s.max_ms)} ms (${s.count.toLocaleString('en-US')} records)`;
}

export function formatProduceSummary(s: ProduceSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `produced to ${s.topic} (${s.partitions.length} partitions) as ${s.producerId} in run ${s.runId}: ${s.state}${s.error ? ` (${s.error})` : ''}`,
    `  records: ${n(s.scheduled)} scheduled, ${n(s.sent)} sent, ${n(s.acked)} acked, ${n(s.failed)} failed in ${formatDuration(s.elapsed_ms)}`,
    `  throughput: ${n(Math.round(s.throughput.records_per_s))} records/s, ${formatBytes(s.throughput.bytes_per_s)}/s`,
    `  produce latency (scheduled -> ack): ${formatLatency(s.produceLatency_ms)}`,
    `  max behind schedule: ${formatDuration(s.maxBehindSchedule_ms)} (longest stall of this process: ${formatDuration(s.maxStall_ms)})`,
  ];
  if (s.failed > 0) {
    lines.push(
      `  failed by error: ${Object.entries(s.failedByError)
        .map(([k, v]) => `${k} ${n(v)}`)
        .join(', ')}`,
    );
  }
  lines.push(
    `  acked ledger: ${n(s.ledger.records)} records in ${n(s.ledger.runs)} runs${s.ledger.file ? ` -> ${s.ledger.file}` : ''}`,
  );
  return lines.join('\n');
}

/** Runs the command; returns the exit code (0 all acked, 1 some records failed). */
export async function runProduceCommand(options: Record<string, unknown>): Promise<number> {
  const spec = produceSpec(options);
  const log = createLogger({ name: 'produce', level: process.env.LONGHAUL_LOG_LEVEL ?? 'warn' });
  const agg = new ReportAggregate();
  const role = createRole(
    spec as never,
    {
      workerId: 'cli',
      log,
      emit: (report) => agg.add(report),
      connectTimeout_ms: parseDurationFlag('--connect-timeout', options.connectTimeout ?? '15s') ?? 15_000,
    },
    { perSecond: true },
  ) as ProducerRole;
  const started_ms = now_ms();
  const stalls = new StallMeter(() => role.start_ms, now_ms);
  const progress = new ProgressLine();
  const timer = setInterval(() => progress.update(progressText('produce', now_ms() - started_ms, agg)), 1000);
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(ExitCode.couldNotRun);
    interrupted = true;
    void role.stop('interrupted');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  role.start();
  await role.ended;
  stalls.stop();
  clearInterval(timer);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  progress.clear();
  const c = agg.counters;
  if (role.state === 'failed' && (c === undefined || c.sent === 0)) {
    throw role.failure instanceof Error ? role.failure : new UserError(role.error ?? 'producer failed');
  }
  const end_ms = agg.final?.end_ms ?? now_ms();
  const elapsed_ms = role.start_ms > 0 ? end_ms - role.start_ms : 0;
  const elapsed_s = Math.max(elapsed_ms / 1000, 1e-3);
  const ledgerFile = options.ledgerOut === undefined ? undefined : String(options.ledgerOut);
  if (ledgerFile !== undefined) {
    writeLedgerFile(ledgerFile, { topic: spec.topic, runId: spec.runId, ledger: agg.ledger });
  }
  const acked = c?.acked ?? 0;
  const summary: ProduceSummary = {
    command: 'produce',
    ok: role.state === 'done' && (c?.failed ?? 0) === 0,
    topic: spec.topic,
    runId: spec.runId,
    producerId: spec.producerId,
    partitions: role.partitions,
    state: role.state,
    ...(role.error ? { error: role.error } : {}),
    elapsed_ms,
    scheduled: c?.scheduled ?? 0,
    sent: c?.sent ?? 0,
    acked,
    failed: c?.failed ?? 0,
    failedByError: c?.failedByError ?? {},
    throughput: {
      records_per_s: (spec.acks === 0 ? (c?.sent ?? 0) : acked) / elapsed_s,
      bytes_per_s: (spec.acks === 0 ? (c?.bytesSent ?? 0) : (c?.bytesAcked ?? 0)) / elapsed_s,
    },
    produceLatency_ms: agg.produceLatency.summary(),
    maxBehindSchedule_ms: agg.maxBehindSchedule_ms,
    maxStall_ms: stalls.max_ms,
    sentPerSecond: role.sentPerSecond,
    stallPerSecond_ms: stalls.perSecond_ms,
    ledger: {
      records: agg.ledger.recordCount,
      runs: agg.ledger.runCount,
      ...(ledgerFile ? { file: ledgerFile } : {}),
    },
  };
  process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${formatProduceSummary(summary)}\n`);
  return summary.ok ? ExitCode.ok : ExitCode.assertionFailed;
}
