// What a consumer saw: seen ledger, end-to-end latency, local duplicate/reorder detection, payload validation.
import type { LocalFinding, RoleExamples, RoleReport } from '../common/bus/roles.ts';
import { LatencyHistogram } from '../common/histogram.ts';
import { Ledger } from '../common/ledger.ts';
import { RangeSet } from '../common/rangeset.ts';
import { decodeStamp, type KafkaHeaders } from '../common/stamp.ts';
import { type DecodedPayload, decodePayload, recordNameHeader } from './payloads/decode.ts';
import { LifecycleValidator } from './payloads/lifecycle.ts';

export interface SeenTrackerOptions {
  /** Only records stamped with this run id go into the seen ledger (unless `anyRun`). */
  readonly runId: string | null;
  readonly anyRun: boolean;
  /** Decode values and validate each experiment's lifecycle. */
  readonly decode: boolean;
  /** Examples kept per kind (default 10). */
  readonly maxExamples?: number;
  /** Experiments remembered as "joined mid-way" (their events are not validated); default 1,000,000. */
  readonly maxPartialExperiments?: number;
  /** Called with each new record's end-to-end latency (metrics). */
  readonly onLatency?: (latency_ms: number) => void;
}

export interface SeenCounters {
  consumed: number;
  bytesConsumed: number;
  unstamped: number;
  otherRun: number;
  rereads: number;
  localDuplicates: number;
  localReorders: number;
  decodeErrors: number;
  lifecycleViolations: number;
}

/** One (producer, partition): the seqs seen and the highest so far. */
class StreamState {
  readonly producerId: string;
  readonly partition: number;
  lastSeq = -1;
  lastOffset = -1;
  readonly seqs = new RangeSet();

  constructor(producerId: string, partition: number) {
    this.producerId = producerId;
    this.partition = partition;
  }
}

/** What a decoded record looks like to a caller that prints it (`longhaul consume --decode`). */
export type DecodeResult = DecodedPayload | undefined;

/**
 * Books every record a consumer receives. Pure (no I/O; time is passed in), so that the
 * bookkeeping is unit-tested and benchmarked alone.
 *
 * - Offsets at or below the highest offset already processed on a partition are re-reads (a
 *   rebalance or seek went back): they still go into the seen ledger (which stores a tuple once,
 *   and where a re-read offset holding a different record shows as an offset conflict), but
 *   not into latency, local checks or lifecycle validation.
 * - New offsets: per (producer, partition) a seq already seen is a local duplicate, a seq below
 *   the highest seen (and new) a local reorder; the first few are kept as examples. Gaps are not
 *   findings here: failed sends leave gaps, and loss is the controller's call with both ledgers.
 * - Lifecycle validation (with `decode`) covers the experiments this consumer saw from their
 *   `experiment_configured` on: one first seen later (the consumer started mid-way, or a
 *   rebalance handed it the partition) is skipped, not reported.
 */
export class SeenTracker {
  readonly counters: SeenCounters = {
    consumed: 0,
    bytesConsumed: 0,
    unstamped: 0,
    otherRun: 0,
    rereads: 0,
    localDuplicates: 0,
    localReorders: 0,
    decodeErrors: 0,
    lifecycleViolations: 0,
  };
  readonly #o: SeenTrackerOptions;
  readonly #maxExamples: number;
  #ledger = new Ledger();
  /** End-to-end latency of the current report interval; the reporter reads it and calls `reset()`. */
  readonly latency = new LatencyHistogram();
  /** Highest offset processed per partition. */
  readonly #maxOffset = new Map<number, number>();
  readonly #streams = new Map<string, Map<number, StreamState>>();
  #last: StreamState | undefined;
  readonly #duplicates: LocalFinding[] = [];
  readonly #reorders: LocalFinding[] = [];
  readonly #decodeErrors: { partition: number; offset: number; error: string }[] = [];
  readonly #validator: LifecycleValidator | undefined;
  /** Experiments whose configuration this consumer saw (validated), and those it joined late (skipped). */
  readonly #tracked = new Set<string>();
  readonly #partial = new Set<string>();
  readonly #maxPartial: number;

  constructor(options: SeenTrackerOptions) {
    this.#o = options;
    this.#maxExamples = options.maxExamples ?? 10;
    this.#maxPartial = options.maxPartialExperiments ?? 1_000_000;
    if (options.decode) this.#validator = new LifecycleValidator({ maxExamples: this.#maxExamples });
  }

  /** Next offset to read on `partition` (what this tracker processed + 1), if any. */
  position(partition: number): number | undefined {
    const max = this.#maxOffset.get(partition);
    return max === undefined ? undefined : max + 1;
  }

  positions(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [p, max] of this.#maxOffset) out.set(p, max + 1);
    return out;
  }

  /**
   * Books one record; returns its decoded payload when decoding is on and the record is new
   * (re-reads and local duplicates are not decoded again).
   */
  observe(
    partition: number,
    offset: number,
    headers: KafkaHeaders | undefined,
    value: Buffer | null,
    now_ms: number,
  ): DecodeResult {
    const c = this.counters;
    c.consumed++;
    if (value !== null) c.bytesConsumed += value.length;
    const max = this.#maxOffset.get(partition);
    const reread = max !== undefined && offset <= max;
    if (reread) c.rereads++;
    else this.#maxOffset.set(partition, offset);
    const stamp = decodeStamp(headers);
    let duplicate = false;
    if (stamp === undefined) {
      c.unstamped++;
    } else if (!this.#o.anyRun && stamp.runId !== this.#o.runId) {
      c.otherRun++;
    } else {
      this.#ledger.record(partition, offset, stamp.producerId, stamp.seq);
      if (!reread) {
        const latency = now_ms - stamp.scheduledAt_ms;
        this.latency.record(latency);
        this.#o.onLatency?.(latency);
        duplicate = this.#checkOrder(partition, offset, stamp.producerId, stamp.seq);
      }
    }
    if (this.#validator === undefined || reread || duplicate) return undefined;
    const decoded = decodePayload(value ?? Buffer.alloc(0), recordNameHeader(headers));
    if (!decoded.ok) {
      c.decodeErrors++;
      if (this.#decodeErrors.length < this.#maxExamples) {
        this.#decodeErrors.push({ partition, offset, error: decoded.error.slice(0, 1024) });
      }
      return decoded;
    }
    this.#validate(decoded);
    return decoded;
  }

  /** Returns true for a local duplicate. */
  #checkOrder(partition: number, offset: number, producerId: string, seq: number): boolean {
    let s = this.#last;
    if (s === undefined || s.partition !== partition || s.producerId !== producerId) {
      let byPartition = this.#streams.get(producerId);
      if (byPartition === undefined) {
        byPartition = new Map();
        this.#streams.set(producerId, byPartition);
      }
      s = byPartition.get(partition);
      if (s === undefined) {
        s = new StreamState(producerId, partition);
        byPartition.set(partition, s);
      }
      this.#last = s;
    }
    if (seq > s.lastSeq) {
      s.seqs.add(seq);
      s.lastSeq = seq;
      s.lastOffset = offset;
      return false;
    }
    const finding: LocalFinding = {
      partition,
      offset,
      producerId,
      seq,
      after: { seq: s.lastSeq, offset: s.lastOffset },
    };
    if (s.seqs.has(seq)) {
      this.counters.localDuplicates++;
      if (this.#duplicates.length < this.#maxExamples) this.#duplicates.push(finding);
      return true;
    }
    s.seqs.add(seq);
    this.counters.localReorders++;
    if (this.#reorders.length < this.#maxExamples) this.#reorders.push(finding);
    return false;
  }

  #validate(decoded: Extract<DecodedPayload, { ok: true }>): void {
    const validator = this.#validator!;
    const experiment = (decoded.value as { experiment?: unknown }).experiment;
    if (typeof experiment === 'string') {
      if (decoded.recordName === 'experiment_configured') {
        this.#partial.delete(experiment);
        if (this.#tracked.size >= this.#maxPartial)
          this.#tracked.delete(this.#tracked.values().next().value!);
        this.#tracked.add(experiment);
      } else if (!this.#tracked.has(experiment)) {
        // Joined this experiment after its configuration: nothing to validate it against.
        if (this.#partial.size >= this.#maxPartial)
          this.#partial.delete(this.#partial.values().next().value!);
        this.#partial.add(experiment);
        return;
      }
      if (decoded.recordName === 'experiment_terminated') this.#tracked.delete(experiment);
    }
    validator.observe(decoded.recordName, decoded.value);
  }

  /** The seen ledger since the previous call. */
  takeLedger(): Ledger {
    return this.#ledger.takeDelta();
  }

  /** First findings so far (cumulative). */
  examples(): RoleExamples {
    const lifecycle = this.#validator?.finish().violations.examples ?? [];
    return {
      duplicates: [...this.#duplicates],
      reorders: [...this.#reorders],
      decodeErrors: [...this.#decodeErrors],
      lifecycle: lifecycle.map((v) => ({
        kind: v.kind,
        experiment: v.experiment.slice(0, 256),
        recordName: v.recordName.slice(0, 256),
        detail: v.detail.slice(0, 1024),
      })),
    };
  }

  /** The counters, with the lifecycle violations brought up to date (costs a validator report). */
  snapshot(): SeenCounters {
    if (this.#validator !== undefined) {
      this.counters.lifecycleViolations = this.#validator.finish().violations.count;
    }
    return { ...this.counters };
  }

  /** True when any local finding was made. */
  get hasFindings(): boolean {
    const c = this.snapshot();
    return c.localDuplicates + c.localReorders + c.decodeErrors + c.lifecycleViolations > 0;
  }
}

/** The report counters of a role that only reads (consumer, reader): its producer counters stay 0. */
export function readingCounters(c: SeenCounters): RoleReport['counters'] {
  return {
    scheduled: 0,
    sent: 0,
    acked: 0,
    failed: 0,
    consumed: c.consumed,
    bytesSent: 0,
    bytesAcked: 0,
    bytesConsumed: c.bytesConsumed,
    failedByError: {},
    decodeErrors: c.decodeErrors,
    lifecycleViolations: c.lifecycleViolations,
    localDuplicates: c.localDuplicates,
    localReorders: c.localReorders,
    unstamped: c.unstamped,
    otherRun: c.otherRun,
    rereads: c.rereads,
  };
}
