// `longhaul consume`: a consumer (or to-end reader) role in this process, printed records, a summary, a continuity check.
import type { ConsumerRoleSpecInput, ReaderRoleSpecInput, RoleExamples } from '../../common/bus/roles.ts';
import { type ContinuityReport, checkContinuity, describeContinuity } from '../../common/continuity-check.ts';
import { ExitCode, UserError } from '../../common/errors.ts';
import type { LatencySummary } from '../../common/histogram.ts';
import { createLogger } from '../../common/log.ts';
import { formatBytes, formatDuration } from '../../common/units.ts';
import { now_ms } from '../clock.ts';
import type { ConsumedRecord } from '../consumer.ts';
import { recordNameHeader } from '../payloads/decode.ts';
import { createRole } from '../roles.ts';
import { ReportAggregate } from './aggregate.ts';
import { readLedgerFile } from './ledger-file.ts';
import {
  newRunId,
  parseBootstrap,
  parseCount,
  parseDurationFlag,
  parseFrom,
  parseNumber,
  stampId,
} from './options.ts';
import { ProgressLine, progressText } from './progress.ts';

export interface ConsumeSummary {
  readonly command: 'consume';
  /** No local finding, and continuity ok when checked. */
  readonly ok: boolean;
  readonly topic: string;
  readonly mode: 'group' | 'explicit' | 'to-end';
  readonly state: string;
  readonly error?: string;
  readonly elapsed_ms: number;
  readonly consumed: number;
  readonly bytesConsumed: number;
  readonly throughput: { readonly records_per_s: number; readonly bytes_per_s: number };
  /** Consume time minus lh.sched (the producer's scheduled send time). */
  readonly endToEndLatency_ms: LatencySummary;
  readonly unstamped: number;
  readonly otherRun: number;
  readonly rereads: number;
  readonly local: { readonly duplicates: number; readonly reorders: number };
  readonly decode?: { readonly errors: number; readonly lifecycleViolations: number };
  readonly examples?: RoleExamples;
  readonly seen: { readonly records: number; readonly runs: number };
  readonly reachedEnd_ms?: number;
  readonly continuity?: ContinuityReport;
}

/** Buffers stdout writes of printed records (one write per 64 KiB instead of per record). */
class Printer {
  #chunks: string[] = [];
  #size = 0;

  line(text: string): void {
    this.#chunks.push(text, '\n');
    this.#size += text.length + 1;
    if (this.#size > 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.#chunks.length === 0) return;
    process.stdout.write(this.#chunks.join(''));
    this.#chunks = [];
    this.#size = 0;
  }
}

/** The record as the original lab consumers print it: `record_name`, then the record. */
function printRecord(printer: Printer, record: ConsumedRecord, json: boolean): void {
  const decoded = record.decoded;
  if (decoded === undefined) return;
  const name = recordNameHeader(record.message.headers as never) ?? '(no record_name)';
  if (json) {
    printer.line(
      JSON.stringify(
        decoded.ok
          ? {
              partition: record.partition,
              offset: record.offset,
              record_name: decoded.recordName,
              record: decoded.value,
            }
          : { partition: record.partition, offset: record.offset, record_name: name, error: decoded.error },
      ),
    );
  } else if (decoded.ok) {
    printer.line(decoded.recordName);
    printer.line(JSON.stringify(decoded.value));
  } else {
    printer.line(name);
    printer.line(`# cannot decode partition ${record.partition} offset ${record.offset}: ${decoded.error}`);
  }
}

function formatLatency(s: LatencySummary): string {
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  return `p50 ${f(s.p50_ms)}  p90 ${f(s.p90_ms)}  p99 ${f(s.p99_ms)}  p99.9 ${f(s.p999_ms)}  max ${f(s.max_ms)} ms (${s.count.toLocaleString('en-US')} records)`;
}

export function formatConsumeSummary(s: ConsumeSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `consumed ${s.topic} (${s.mode}): ${s.state}${s.error ? ` (${s.error})` : ''}`,
    `  records: ${n(s.consumed)} (${formatBytes(s.bytesConsumed)}) in ${formatDuration(s.elapsed_ms)}: ${n(Math.round(s.throughput.records_per_s))} records/s` +
      (s.reachedEnd_ms !== undefined ? `, reached the end after ${formatDuration(s.reachedEnd_ms)}` : ''),
    `  end-to-end latency (scheduled -> consumed): ${formatLatency(s.endToEndLatency_ms)}`,
    `  unstamped ${n(s.unstamped)}, other runs ${n(s.otherRun)}, re-reads ${n(s.rereads)}`,
    `  local findings: ${n(s.local.duplicates)} duplicates, ${n(s.local.reorders)} reorders`,
  ];
  if (s.decode) {
    lines.push(
      `  decode: ${n(s.decode.errors)} errors, ${n(s.decode.lifecycleViolations)} lifecycle violations`,
    );
  }
  const e = s.examples;
  if (e) {
    for (const d of e.duplicates.slice(0, 5))
      lines.push(
        `    duplicate: p${d.partition}@${d.offset} ${d.producerId}#${d.seq} (seen up to #${d.after.seq}@${d.after.offset})`,
      );
    for (const d of e.reorders.slice(0, 5))
      lines.push(
        `    reorder: p${d.partition}@${d.offset} ${d.producerId}#${d.seq} after #${d.after.seq}@${d.after.offset}`,
      );
    for (const d of e.decodeErrors.slice(0, 5))
      lines.push(`    decode error: p${d.partition}@${d.offset}: ${d.error}`);
    for (const d of e.lifecycle.slice(0, 5))
      lines.push(`    lifecycle: ${d.kind} ${d.experiment} ${d.recordName}: ${d.detail}`);
  }
  if (s.continuity) lines.push(describeContinuity(s.continuity).replace(/^/gm, '  '));
  lines.push(`  verdict: ${s.ok ? 'ok' : 'FINDINGS'}`);
  return lines.join('\n');
}

/** Runs the command; returns the exit code (0 ok, 1 continuity or validation findings). */
export async function runConsumeCommand(options: Record<string, unknown>): Promise<number> {
  const ledgerFile =
    options.checkLedger === undefined ? undefined : readLedgerFile(String(options.checkLedger));
  const topic = String(options.topic);
  if (ledgerFile !== undefined && ledgerFile.topic !== topic) {
    throw new UserError(`the ledger file is for topic ${ledgerFile.topic}, not ${topic}`);
  }
  const runIdFlag = options.runId === undefined ? undefined : stampId('--run-id', options.runId);
  const runId = runIdFlag ?? ledgerFile?.runId;
  const count = parseCount('--count', options.count);
  const duration_ms = parseDurationFlag('--duration', options.duration);
  const group = options.group === undefined ? null : String(options.group);
  const toEnd =
    options.toEnd === true ||
    (ledgerFile !== undefined && count === null && duration_ms === null && group === null);
  const print = options.decode === true;
  const decode = print || options.validate === true;
  const json = options.json === true;
  const from = parseFrom(options.from);
  const bootstrap = parseBootstrap(options.bootstrap);
  const common = {
    roleId: 'consume',
    runId: runId ?? newRunId(),
    anyRun: runId === undefined,
    bootstrap,
    topic,
    decode,
  };
  let spec: ConsumerRoleSpecInput | ReaderRoleSpecInput;
  if (toEnd) {
    if (from !== 'earliest') throw new UserError('--to-end reads from earliest; leave out --from');
    if (group !== null) throw new UserError('--to-end reads without a group; leave out --group');
    spec = { kind: 'reader', ...common, from: 'earliest' };
  } else {
    const partitions =
      options.partitions === undefined
        ? null
        : String(options.partitions)
            .split(',')
            .map((p) => {
              const n = Number(p.trim());
              if (!Number.isSafeInteger(n) || n < 0)
                throw new UserError(`invalid --partitions ${options.partitions}`);
              return n;
            });
    spec = {
      kind: 'consumer',
      ...common,
      group,
      partitions,
      from,
      maxRate_per_s: options.maxRate === undefined ? null : parseNumber('--max-rate', options.maxRate, 1e-6),
      commit: options.commit !== false,
      count,
      duration_ms,
    };
  }
  const log = createLogger({ name: 'consume', level: process.env.LONGHAUL_LOG_LEVEL ?? 'warn' });
  const agg = new ReportAggregate();
  const printer = new Printer();
  const role = createRole(
    spec as never,
    {
      workerId: 'cli',
      log,
      emit: (report) => agg.add(report),
      connectTimeout_ms: parseDurationFlag('--connect-timeout', options.connectTimeout ?? '15s') ?? 15_000,
    },
    print ? { onRecord: (record) => printRecord(printer, record, json) } : {},
  );
  const started_ms = now_ms();
  const progress = new ProgressLine();
  const timer = setInterval(() => progress.update(progressText('consume', now_ms() - started_ms, agg)), 1000);
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
  clearInterval(timer);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  progress.clear();
  printer.flush();
  const c = agg.counters;
  if (role.state === 'failed' && (c === undefined || c.consumed === 0)) {
    throw role.failure instanceof Error ? role.failure : new UserError(role.error ?? 'consumer failed');
  }
  const elapsed_ms = (agg.final?.end_ms ?? now_ms()) - started_ms;
  const elapsed_s = Math.max(elapsed_ms / 1000, 1e-3);
  const continuity = ledgerFile === undefined ? undefined : checkContinuity(ledgerFile.ledger, agg.ledger);
  const consumed = c?.consumed ?? 0;
  const findings =
    (c?.localDuplicates ?? 0) +
    (c?.localReorders ?? 0) +
    (c?.decodeErrors ?? 0) +
    (c?.lifecycleViolations ?? 0);
  const summary: ConsumeSummary = {
    command: 'consume',
    ok: role.state === 'done' && findings === 0 && (continuity?.ok ?? true),
    topic,
    mode: toEnd ? 'to-end' : group === null ? 'explicit' : 'group',
    state: role.state,
    ...(role.error ? { error: role.error } : {}),
    elapsed_ms,
    consumed,
    bytesConsumed: c?.bytesConsumed ?? 0,
    throughput: { records_per_s: consumed / elapsed_s, bytes_per_s: (c?.bytesConsumed ?? 0) / elapsed_s },
    endToEndLatency_ms: agg.endToEndLatency.summary(),
    unstamped: c?.unstamped ?? 0,
    otherRun: c?.otherRun ?? 0,
    rereads: c?.rereads ?? 0,
    local: { duplicates: c?.localDuplicates ?? 0, reorders: c?.localReorders ?? 0 },
    ...(decode
      ? { decode: { errors: c?.decodeErrors ?? 0, lifecycleViolations: c?.lifecycleViolations ?? 0 } }
      : {}),
    ...(agg.examples ? { examples: agg.examples } : {}),
    seen: { records: agg.ledger.recordCount, runs: agg.ledger.runCount },
    ...(agg.final?.reachedEnd_ms !== undefined ? { reachedEnd_ms: agg.final.reachedEnd_ms } : {}),
    ...(continuity ? { continuity } : {}),
  };
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${formatConsumeSummary(summary)}\n`);
  return summary.ok ? ExitCode.ok : ExitCode.assertionFailed;
}
