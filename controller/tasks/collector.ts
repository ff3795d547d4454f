// Folds the workers' per-interval role reports into a task's history: ledgers, counters, per-second samples.
import { LatencyHistogram } from '../../common/histogram.ts';
import { Ledger } from '../../common/ledger.ts';
import type { IntervalSample } from '../model.ts';

/** The fields of a worker's RoleReport the controller reads (see common/bus/roles.ts). */
export interface RoleReportLike {
  readonly roleId: string;
  readonly workerId?: string;
  readonly kind: string;
  readonly end_ms: number;
  readonly final: boolean;
  readonly state: string;
  readonly error?: string;
  readonly counters: {
    readonly scheduled?: number;
    readonly acked?: number;
    readonly failed?: number;
    readonly consumed?: number;
    readonly bytesAcked?: number;
    readonly lifecycleViolations?: number;
    readonly failedByError?: Readonly<Record<string, number>>;
  };
  readonly targetRate_per_s?: number;
  readonly behindSchedule_ms?: number;
  readonly ackedLedger?: unknown;
  readonly seenLedger?: unknown;
  readonly produceLatency?: string;
  readonly endToEndLatency?: string;
  readonly lag?: number;
  readonly reachedEnd_ms?: number;
}

interface Bucket {
  readonly key: number;
  start_ms: number;
  targetRate_per_s: number;
  scheduled: number;
  acked: number;
  failed: number;
  consumed: number;
  bytesAcked: number;
  produceLatency: LatencyHistogram;
  endToEndLatency: LatencyHistogram;
  behindSchedule_ms: number;
  lag: number;
  progressed: Set<number>;
  written: Set<number>;
  /** Roles that reported a target rate in this bucket (a role's rate counts once per bucket). */
  rateRoles: Set<string>;
}

export interface RoleStatus {
  readonly roleId: string;
  readonly kind: string;
  state: string;
  final: boolean;
  error: string | undefined;
  reachedEnd_ms: number | undefined;
  lag: number;
  lastReport_ms: number;
  /** Highest offset seen per partition by this role (consumers, readers). */
  readonly maxSeenOffset: Map<number, number>;
  failedByError: Record<string, number>;
  /** The last cumulative counters, to turn the next report into per-interval numbers. */
  counters: Record<
    'scheduled' | 'acked' | 'failed' | 'consumed' | 'bytesAcked' | 'lifecycleViolations',
    number
  >;
}

const bucket_ms = 1000;
const maxBuckets = 24 * 3600;
/**
 * Buckets more than this many seconds behind the newest keep their latency histograms compact
 * (LatencyHistogram.compact: the encoding instead of ~190 KB of counts each), so that a task
 * holds a few KB per second of workload instead of ~0.4 MB. Newer ones stay full: reports of
 * the same second keep arriving for a while, and merging into a compact histogram expands it.
 */
const fullBuckets = 5;

function partitionsOf(ledger: Ledger): Set<number> {
  const partitions = new Set<number>();
  for (const stream of ledger.streams()) partitions.add(stream.partition);
  return partitions;
}

function maxOffsets(ledger: Ledger, into: Map<number, number>): void {
  for (const stream of ledger.streams()) {
    const runs = stream.runs;
    for (let i = 0; i < runs.length; i += 3) {
      const last = runs[i + 1] + runs[i + 2] - 1;
      if (last > (into.get(stream.partition) ?? -1)) into.set(stream.partition, last);
    }
  }
}

export class ReportCollector {
  readonly acked = new Ledger();
  readonly seen = new Ledger();
  readonly roles = new Map<string, RoleStatus>();
  lifecycleViolations = 0;
  reportErrors = 0;
  private readonly buckets = new Map<number, Bucket>();
  /** Buckets whose histograms may be full (not compact), to compact once they are old. */
  private full: Bucket[] = [];
  private newestKey = Number.NEGATIVE_INFINITY;

  /** Adds one report; returns an error message when it could not be read (counted, not thrown). */
  add(report: RoleReportLike): string | undefined {
    let acked: Ledger | undefined;
    let seen: Ledger | undefined;
    let produceLatency: LatencyHistogram | undefined;
    let endToEndLatency: LatencyHistogram | undefined;
    try {
      if (report.ackedLedger !== undefined) acked = Ledger.decode(report.ackedLedger);
      if (report.seenLedger !== undefined) seen = Ledger.decode(report.seenLedger);
      if (report.produceLatency) produceLatency = LatencyHistogram.decode(report.produceLatency);
      if (report.endToEndLatency) endToEndLatency = LatencyHistogram.decode(report.endToEndLatency);
    } catch (error) {
      this.reportErrors++;
      return `unreadable report from role ${report.roleId}: ${(error as Error).message}`;
    }
    let role = this.roles.get(report.roleId);
    if (!role) {
      role = {
        roleId: report.roleId,
        kind: report.kind,
        state: report.state,
        final: false,
        error: undefined,
        reachedEnd_ms: undefined,
        lag: 0,
        lastReport_ms: 0,
        maxSeenOffset: new Map(),
        failedByError: {},
        counters: { scheduled: 0, acked: 0, failed: 0, consumed: 0, bytesAcked: 0, lifecycleViolations: 0 },
      };
      this.roles.set(report.roleId, role);
    }
    role.state = report.state;
    role.final ||= report.final;
    role.error = report.error ?? role.error;
    role.reachedEnd_ms = report.reachedEnd_ms ?? role.reachedEnd_ms;
    role.lag = report.lag ?? role.lag;
    role.lastReport_ms = report.end_ms;
    // Workers report cumulative counters (a lost report loses no count): take differences.
    const delta = (name: keyof RoleStatus['counters']): number => {
      const current = report.counters[name] ?? role.counters[name];
      const difference = Math.max(0, current - role.counters[name]);
      role.counters[name] = Math.max(current, role.counters[name]);
      return difference;
    };
    const interval = {
      scheduled: delta('scheduled'),
      acked: delta('acked'),
      failed: delta('failed'),
      consumed: delta('consumed'),
      bytesAcked: delta('bytesAcked'),
      lifecycleViolations: delta('lifecycleViolations'),
    };
    role.failedByError = { ...role.failedByError, ...(report.counters.failedByError ?? {}) };
    this.lifecycleViolations += interval.lifecycleViolations;

    const key = Math.floor(report.end_ms / bucket_ms);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= maxBuckets) this.buckets.delete(this.buckets.keys().next().value as number);
      bucket = {
        key,
        start_ms: key * bucket_ms,
        targetRate_per_s: 0,
        scheduled: 0,
        acked: 0,
        failed: 0,
        consumed: 0,
        bytesAcked: 0,
        produceLatency: new LatencyHistogram(),
        endToEndLatency: new LatencyHistogram(),
        behindSchedule_ms: 0,
        lag: 0,
        progressed: new Set(),
        written: new Set(),
        rateRoles: new Set(),
      };
      this.buckets.set(key, bucket);
      this.full.push(bucket);
      if (key > this.newestKey) {
        this.newestKey = key;
        this.compactOld();
      }
    } else if (bucket.produceLatency.isCompact || bucket.endToEndLatency.isCompact) {
      // A late report: the merges below expand the histograms; compact them again later.
      this.full.push(bucket);
    }
    bucket.scheduled += interval.scheduled;
    bucket.acked += interval.acked;
    bucket.failed += interval.failed;
    bucket.consumed += interval.consumed;
    bucket.bytesAcked += interval.bytesAcked;
    if (
      report.kind === 'producer' &&
      report.targetRate_per_s !== undefined &&
      !bucket.rateRoles.has(report.roleId)
    ) {
      bucket.rateRoles.add(report.roleId);
      bucket.targetRate_per_s += report.targetRate_per_s;
    }
    bucket.behindSchedule_ms = Math.max(bucket.behindSchedule_ms, report.behindSchedule_ms ?? 0);
    bucket.lag += report.lag ?? 0;
    if (produceLatency) bucket.produceLatency.merge(produceLatency);
    if (endToEndLatency) bucket.endToEndLatency.merge(endToEndLatency);
    if (acked) {
      for (const partition of partitionsOf(acked)) bucket.written.add(partition);
      this.acked.merge(acked);
    }
    if (seen) {
      for (const partition of partitionsOf(seen)) bucket.progressed.add(partition);
      maxOffsets(seen, role.maxSeenOffset);
      this.seen.merge(seen);
    }
    return undefined;
  }

  private compactOld(): void {
    const keep: Bucket[] = [];
    for (const bucket of this.full) {
      if (bucket.key > this.newestKey - fullBuckets) {
        keep.push(bucket);
      } else {
        bucket.produceLatency.compact();
        bucket.endToEndLatency.compact();
      }
    }
    this.full = keep;
  }

  /** Per-second samples between two times, in order. */
  samples(from_ms: number, to_ms: number): IntervalSample[] {
    const out: IntervalSample[] = [];
    for (const [, bucket] of [...this.buckets].sort((a, b) => a[0] - b[0])) {
      if (bucket.start_ms < from_ms - bucket_ms || bucket.start_ms >= to_ms) continue;
      out.push({
        start_ms: bucket.start_ms,
        end_ms: bucket.start_ms + bucket_ms,
        targetRate_per_s: bucket.targetRate_per_s,
        scheduled: bucket.scheduled,
        acked: bucket.acked,
        failed: bucket.failed,
        consumed: bucket.consumed,
        bytesAcked: bucket.bytesAcked,
        produceLatency: bucket.produceLatency,
        endToEndLatency: bucket.endToEndLatency,
        behindSchedule_ms: bucket.behindSchedule_ms,
        lag: bucket.lag,
        progressedPartitions: [...bucket.progressed].sort((a, b) => a - b),
        writtenPartitions: [...bucket.written].sort((a, b) => a - b),
      });
    }
    return out;
  }

  /** Highest offset seen per partition over the roles of a kind. */
  maxSeenOffsets(kinds: readonly string[]): Map<number, number> {
    const out = new Map<number, number>();
    for (const role of this.roles.values()) {
      if (!kinds.includes(role.kind)) continue;
      for (const [partition, offset] of role.maxSeenOffset)
        if (offset > (out.get(partition) ?? -1)) out.set(partition, offset);
    }
    return out;
  }
}
