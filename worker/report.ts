// Assembly of a role's RoleReport from its counters and interval deltas, split to fit the bus frame limit.
import type { RoleCounters, RoleExamples, RoleKind, RoleReport, RoleState } from '../common/bus/roles.ts';
import type { LatencyHistogram } from '../common/histogram.ts';
import { Ledger } from '../common/ledger.ts';

/**
 * Ledger runs per report. A run is three JSON numbers (about 10-30 bytes); 20,000 runs keep a
 * report well below the bus's 1 MiB frame limit. A producer alone on its partitions sends one run
 * per partition however fast it goes; runs multiply only with interleaving producers or gaps.
 */
export const MAX_RUNS_PER_REPORT = 20_000;

export interface ReportInput {
  readonly roleId: string;
  readonly workerId: string;
  readonly kind: RoleKind;
  readonly start_ms: number;
  readonly end_ms: number;
  readonly final: boolean;
  readonly state: RoleState;
  readonly error?: string;
  readonly counters: RoleCounters;
  readonly targetRate_per_s: number;
  readonly achievedRate_per_s: number;
  readonly behindSchedule_ms: number;
  readonly ackedLedger?: Ledger;
  readonly seenLedger?: Ledger;
  readonly produceLatency?: LatencyHistogram;
  readonly endToEndLatency?: LatencyHistogram;
  readonly lag?: number;
  readonly inFlight?: number;
  readonly positions?: ReadonlyMap<number, number>;
  readonly reachedEnd_ms?: number;
  readonly endOffsets?: ReadonlyMap<number, number>;
  readonly examples?: RoleExamples;
}

/** `ledger`'s records in parts of at most `maxRuns` runs each (at least one part, maybe empty). */
export function splitLedger(ledger: Ledger, maxRuns: number): Ledger[] {
  if (ledger.runCount <= maxRuns) return [ledger];
  const parts: Ledger[] = [];
  let part = new Ledger();
  let runs = 0;
  for (const stream of ledger.streams()) {
    const r = stream.runs;
    for (let i = 0; i < r.length; i += 3) {
      if (runs === maxRuns) {
        parts.push(part);
        part = new Ledger();
        runs = 0;
      }
      part.recordRun(stream.partition, r[i + 1], stream.producerId, r[i], r[i + 2]);
      runs++;
    }
  }
  parts.push(part);
  return parts;
}

function mapToRecord(map: ReadonlyMap<number, number> | undefined): Record<string, number> | undefined {
  if (map === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const [k, v] of [...map.entries()].sort((a, b) => a[0] - b[0])) out[String(k)] = v;
  return out;
}

function hasExamples(e: RoleExamples | undefined): e is RoleExamples {
  return (
    e !== undefined &&
    e.duplicates.length + e.reorders.length + e.decodeErrors.length + e.lifecycle.length > 0
  );
}

/**
 * The report(s) of one interval. Usually one; when the ledger delta has more than `maxRuns`
 * runs, it is spread over several reports with consecutive `reportSeq`s: the first carries
 * everything else, the rest only ledger parts, and only the last may be `final`. Summing the
 * ledgers of all reports of a role gives everything it recorded.
 */
export function assembleReports(
  input: ReportInput,
  nextSeq: () => number,
  maxRuns = MAX_RUNS_PER_REPORT,
): RoleReport[] {
  const ledgerField = input.ackedLedger !== undefined ? 'ackedLedger' : 'seenLedger';
  const ledger = input.ackedLedger ?? input.seenLedger;
  const parts = ledger === undefined || ledger.isEmpty ? [] : splitLedger(ledger, maxRuns);
  const base: RoleReport = {
    roleId: input.roleId,
    workerId: input.workerId,
    kind: input.kind,
    reportSeq: 0,
    start_ms: input.start_ms,
    end_ms: input.end_ms,
    final: false,
    state: input.state,
    ...(input.error !== undefined ? { error: input.error.slice(0, 4096) } : {}),
    counters: input.counters,
    targetRate_per_s: Math.max(0, input.targetRate_per_s),
    achievedRate_per_s: Math.max(0, input.achievedRate_per_s),
    behindSchedule_ms: Math.max(0, input.behindSchedule_ms),
  };
  const first: RoleReport = {
    ...base,
    ...(input.produceLatency && input.produceLatency.count > 0
      ? { produceLatency: input.produceLatency.encode() }
      : {}),
    ...(input.endToEndLatency && input.endToEndLatency.count > 0
      ? { endToEndLatency: input.endToEndLatency.encode() }
      : {}),
    ...(input.lag !== undefined ? { lag: Math.max(0, input.lag) } : {}),
    ...(input.inFlight !== undefined ? { inFlight: input.inFlight } : {}),
    ...(input.positions !== undefined ? { positions: mapToRecord(input.positions) } : {}),
    ...(input.reachedEnd_ms !== undefined ? { reachedEnd_ms: input.reachedEnd_ms } : {}),
    ...(input.endOffsets !== undefined ? { endOffsets: mapToRecord(input.endOffsets) } : {}),
    ...(hasExamples(input.examples) ? { examples: input.examples } : {}),
  };
  const reports: RoleReport[] = [];
  const count = Math.max(1, parts.length);
  for (let i = 0; i < count; i++) {
    const report: RoleReport = {
      ...(i === 0 ? first : base),
      reportSeq: nextSeq(),
      final: input.final && i === count - 1,
      ...(parts[i] !== undefined ? { [ledgerField]: parts[i].encode() } : {}),
    };
    reports.push(report);
  }
  return reports;
}

/** Rate of a monotonic count over report intervals. */
export class IntervalRate {
  #lastCount = 0;
  #last_ms: number;

  constructor(start_ms: number) {
    this.#last_ms = start_ms;
  }

  /** Per second since the previous call. */
  take(count: number, now_ms: number): number {
    const elapsed_s = (now_ms - this.#last_ms) / 1000;
    const rate = elapsed_s > 0 ? (count - this.#lastCount) / elapsed_s : 0;
    this.#lastCount = count;
    this.#last_ms = now_ms;
    return rate;
  }
}
