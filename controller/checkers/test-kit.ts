// Synthetic tasks and histories for checker and report tests: tasks from suite YAML, samples by the second.
import { stringify } from 'yaml';
import { LatencyHistogram } from '../../common/histogram.ts';
import { Ledger } from '../../common/ledger.ts';
import { parseSuite } from '../../scenarios/load.ts';
import type { Task } from '../../scenarios/suite.ts';
import type { FaultRecord, PhaseRecord, TaskHistory } from '../model.ts';
import type { Sample } from './windows.ts';

/** Workload start of every synthetic history (epoch ms, a round number). */
export const T0 = 1_700_000_000_000;

/**
 * A task parsed from suite YAML, so tests get the real defaults. `fields` are the task's keys
 * (name and kind default to `t` and `produce-consume`); payloads default to small random ones.
 */
export function makeTask(fields: Record<string, unknown> = {}, defaults: Record<string, unknown> = {}): Task {
  const suite = {
    name: 'unit',
    target: { embedded: { brokers: 3 } },
    workers: 2,
    defaults: {
      partitions: 3,
      payload: { random: { size: '100B' } },
      warmup: '5s',
      duration: '30s',
      ...defaults,
    },
    tasks: [{ name: 't', kind: 'produce-consume', ...fields }],
  };
  return parseSuite(stringify(suite), 'unit.yaml').tasks[0];
}

export interface SampleSpec {
  /** Target records/s (default 1000). */
  readonly rate?: number;
  /** Acked records in the second (default: the rate). */
  readonly acked?: number;
  /** Every acked record's produce latency (default 10ms). */
  readonly produce_ms?: number;
  /** Every consumed record's end-to-end latency (default 20ms). */
  readonly e2e_ms?: number;
  readonly written?: readonly number[];
  readonly progressed?: readonly number[];
}

/** One second of the task starting at `start_ms`. */
export function makeSample(start_ms: number, spec: SampleSpec = {}, inWorkload = true): Sample {
  const rate = spec.rate ?? 1000;
  const acked = spec.acked ?? rate;
  const produceLatency = new LatencyHistogram();
  if (acked > 0) produceLatency.recordMany(spec.produce_ms ?? 10, acked);
  const endToEndLatency = new LatencyHistogram();
  if (acked > 0) endToEndLatency.recordMany(spec.e2e_ms ?? 20, acked);
  return {
    start_ms,
    end_ms: start_ms + 1000,
    targetRate_per_s: rate,
    scheduled: rate,
    acked,
    failed: 0,
    consumed: acked,
    bytesAcked: acked * 100,
    produceLatency,
    endToEndLatency,
    behindSchedule_ms: 0,
    lag: 0,
    progressedPartitions: spec.progressed ?? [0, 1, 2],
    writtenPartitions: spec.written ?? [0, 1, 2],
    inWorkload,
  };
}

export interface HistoryOptions {
  readonly warmup_s?: number;
  readonly workload_s?: number;
  /** The spec of workload second `i` (0-based). */
  readonly second?: (i: number) => SampleSpec;
  readonly faults?: readonly FaultRecord[];
  readonly finalReadComplete?: boolean;
  readonly phases?: PhaseRecord[];
}

/**
 * A history whose workload starts at T0 and lasts `workload_s` seconds (default 30), all phases
 * ok, with empty ledgers for the test to fill.
 */
export function makeHistory(task: Task, options: HistoryOptions = {}): TaskHistory {
  const warmup_s = options.warmup_s ?? 5;
  const workload_s = options.workload_s ?? 30;
  const samples: Sample[] = [];
  for (let i = -warmup_s; i < 0; i++) samples.push(makeSample(T0 + i * 1000, {}, false));
  for (let i = 0; i < workload_s; i++) samples.push(makeSample(T0 + i * 1000, options.second?.(i) ?? {}));
  const end_ms = T0 + workload_s * 1000;
  return {
    task,
    runId: 'run-1',
    attempt: 1,
    phases: options.phases ?? [
      phase('prepare', T0 - warmup_s * 1000 - 2000, T0 - warmup_s * 1000),
      phase('warmup', T0 - warmup_s * 1000, T0),
      phase('workload', T0, end_ms),
      phase('cleanup', end_ms, end_ms + 3000),
    ],
    samples,
    acked: new Ledger(),
    seen: new Ledger(),
    finalReadComplete: options.finalReadComplete ?? true,
    faults: options.faults ? [...options.faults] : [],
    catchUp: undefined,
    leadersPerBroker: undefined,
    lifecycleViolations: 0,
    errors: [],
  };
}

export function phase(
  name: PhaseRecord['name'],
  start_ms: number,
  end_ms: number,
  outcome: PhaseRecord['outcome'] = 'ok',
  error?: string,
): PhaseRecord {
  return { name, start_ms, end_ms, outcome, error };
}

/** A fault injected `at_s` into the workload, healed (and verified) `healAfter_s` later. */
export function makeFault(
  at_s: number,
  healAfter_s: number | undefined,
  fields: Partial<FaultRecord> = {},
): FaultRecord {
  const injectedAt_ms = T0 + at_s * 1000;
  const healedAt_ms = healAfter_s === undefined ? undefined : injectedAt_ms + healAfter_s * 1000;
  return {
    id: 'f1',
    kind: 'broker-kill',
    target: 'broker 1',
    injectedAt_ms,
    healedAt_ms,
    healVerifiedAt_ms: healedAt_ms,
    recovery_ms: undefined,
    details: {},
    ...fields,
  };
}

/** Records `count` records of `producer` on `partition` at consecutive offsets, in both ledgers. */
export function writeAndRead(
  history: TaskHistory,
  partition: number,
  producer: string,
  seqStart: number,
  offsetStart: number,
  count: number,
  options: { ack?: boolean; read?: boolean } = {},
): void {
  if (options.ack ?? true) history.acked.recordRun(partition, offsetStart, producer, seqStart, count);
  if (options.read ?? true) history.seen.recordRun(partition, offsetStart, producer, seqStart, count);
}
