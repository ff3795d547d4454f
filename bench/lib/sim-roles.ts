// Simulated worker roles for controller benchmarks: the reports real roles send, without Kafka.
//
// Producers append batches to an in-memory log per topic and partition (one batch per partition
// per linger tick, records round robin, seqs per producer and partition, offsets interleaved
// between producers as a broker interleaves them); consumers of a group read the log back;
// readers read up to the end offsets they are given. Every role reports like worker/role.ts:
// every `report_ms`, cumulative counters, ledger and latency-histogram deltas assembled by the
// real `assembleReports`, and one final report on stop. The acked and seen ledgers agree, so
// the controller's checkers pass.
import type { RoleReport, RoleSpec } from '../../common/bus/roles.ts';
import { LatencyHistogram } from '../../common/histogram.ts';
import { Ledger } from '../../common/ledger.ts';
import { assembleReports } from '../../worker/report.ts';

/** Value size the simulated records count in bytes counters. */
const record_bytes = 200;
/** Batches a partition keeps once every group has read them, before the log trims them. */
const trimAfter_batches = 4096;

interface Batch {
  readonly producerId: string;
  readonly seqStart: number;
  readonly offsetStart: number;
  readonly count: number;
  readonly scheduled_ms: number;
}

class SimPartition {
  end = 0;
  /** Batches from absolute index `dropped` on. */
  batches: Batch[] = [];
  dropped = 0;
}

interface SimGroup {
  readonly members: Set<SimConsumer>;
  /** Absolute batch index per partition: the next batch this group reads. */
  readonly cursor: number[];
}

/** The simulated log of one topic: what a broker would hold, without the records. */
export class SimTopic {
  readonly name: string;
  readonly partitions: SimPartition[];
  readonly groups = new Map<string, SimGroup>();
  /** Roles on this topic that have not ended; the log is dropped with the last one. */
  roles = 0;

  constructor(name: string, partitions: number) {
    this.name = name;
    this.partitions = Array.from({ length: partitions }, () => new SimPartition());
  }

  append(
    partition: number,
    producerId: string,
    seqStart: number,
    count: number,
    scheduled_ms: number,
  ): number {
    const p = this.partitions[partition] as SimPartition;
    const offsetStart = p.end;
    p.end += count;
    p.batches.push({ producerId, seqStart, offsetStart, count, scheduled_ms });
    return offsetStart;
  }

  group(name: string, from: 'earliest' | 'latest'): SimGroup {
    let group = this.groups.get(name);
    if (!group) {
      group = {
        members: new Set(),
        cursor: this.partitions.map((p) => (from === 'latest' ? p.dropped + p.batches.length : p.dropped)),
      };
      this.groups.set(name, group);
    }
    return group;
  }

  /** Drops batches every group has read (a topic nobody reads keeps its backlog). */
  trim(): void {
    if (this.groups.size === 0) return;
    this.partitions.forEach((p, i) => {
      let read = Number.POSITIVE_INFINITY;
      for (const group of this.groups.values()) read = Math.min(read, group.cursor[i] as number);
      const readable = read - p.dropped;
      if (readable > trimAfter_batches) {
        p.batches = p.batches.slice(readable);
        p.dropped = read;
      }
    });
  }
}

/** A role's report plumbing: cumulative counters, interval deltas, the report timer. */
abstract class SimRole {
  readonly spec: RoleSpec;
  readonly workerId: string;
  readonly topic: SimTopic;
  protected readonly emit: (report: RoleReport) => void;
  protected readonly counters = {
    scheduled: 0,
    sent: 0,
    acked: 0,
    failed: 0,
    consumed: 0,
    bytesSent: 0,
    bytesAcked: 0,
    bytesConsumed: 0,
    failedByError: {} as Record<string, number>,
    decodeErrors: 0,
    lifecycleViolations: 0,
    localDuplicates: 0,
    localReorders: 0,
    unstamped: 0,
    otherRun: 0,
    rereads: 0,
  };
  protected ledger = new Ledger();
  protected latency = new LatencyHistogram();
  protected intervalStart_ms = Date.now();
  private intervalCount = 0;
  private seq = 0;
  private readonly timer: NodeJS.Timeout;
  private finishing = false;
  ended = false;

  constructor(spec: RoleSpec, workerId: string, topic: SimTopic, emit: (report: RoleReport) => void) {
    this.spec = spec;
    this.workerId = workerId;
    this.topic = topic;
    this.emit = emit;
    topic.roles++;
    this.timer = setInterval(() => this.report(false), spec.report_ms);
  }

  /** Called every linger tick by the host. */
  abstract tick(now_ms: number): void;

  /** Stops like `role.stop`: finish the interval, send the final report. */
  stop(): boolean {
    if (this.ended) return false;
    this.finish(Date.now());
    return true;
  }

  /** Ends without a final report, as a killed worker would. */
  kill(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    this.topic.roles--;
  }

  protected finish(now_ms: number): void {
    if (this.ended || this.finishing) return;
    this.finishing = true;
    this.tick(now_ms);
    this.ended = true;
    clearInterval(this.timer);
    this.topic.roles--;
    this.report(true);
  }

  protected counted(records: number): number {
    this.intervalCount += records;
    return records;
  }

  protected abstract extra(): Partial<Parameters<typeof assembleReports>[0]>;

  private report(final: boolean): void {
    const now = Date.now();
    const elapsed_s = Math.max(0.001, (now - this.intervalStart_ms) / 1000);
    const ledger = this.ledger;
    const latency = this.latency;
    this.ledger = new Ledger();
    this.latency = new LatencyHistogram();
    const reports = assembleReports(
      {
        roleId: this.spec.roleId,
        workerId: this.workerId,
        kind: this.spec.kind,
        start_ms: this.intervalStart_ms,
        end_ms: now,
        final,
        state: final ? 'done' : 'running',
        counters: { ...this.counters, failedByError: { ...this.counters.failedByError } },
        targetRate_per_s: this.targetRate_per_s(),
        achievedRate_per_s: this.intervalCount / elapsed_s,
        behindSchedule_ms: 0,
        ...(this.spec.kind === 'producer'
          ? { ackedLedger: ledger, produceLatency: latency }
          : { seenLedger: ledger, endToEndLatency: latency }),
        ...this.extra(),
      },
      () => this.seq++,
    );
    this.intervalStart_ms = now;
    this.intervalCount = 0;
    for (const report of reports) this.emit(report);
  }

  protected targetRate_per_s(): number {
    return 0;
  }
}

/** Latency of a simulated ack or read: a few ms with a tail, deterministic per call site. */
function latency_ms(index: number): number {
  const u = ((Math.imul(index, 2654435761) >>> 0) % 1000) / 1000;
  return 2 + 3 * -Math.log(1 - u * 0.999);
}

export class SimProducer extends SimRole {
  private rate_per_s: number;
  private readonly remaining: number;
  private owed = 0;
  private cursor = 0;
  private last_ms = Date.now();
  private readonly seqs: number[];
  private records = 0;

  constructor(
    spec: Extract<RoleSpec, { kind: 'producer' }>,
    workerId: string,
    topic: SimTopic,
    emit: (report: RoleReport) => void,
  ) {
    super(spec, workerId, topic, emit);
    const rate = spec.rate;
    this.rate_per_s =
      rate.kind === 'records'
        ? rate.perSecond
        : rate.kind === 'bytes'
          ? rate.perSecond / record_bytes
          : rate.kind === 'max'
            ? 20_000
            : 1000;
    this.remaining = spec.count ?? Number.POSITIVE_INFINITY;
    this.seqs = topic.partitions.map(() => 0);
  }

  setRate(rate_per_s: number): number {
    this.rate_per_s = rate_per_s;
    return rate_per_s;
  }

  protected override targetRate_per_s(): number {
    return this.rate_per_s;
  }

  tick(now_ms: number): void {
    if (this.ended) return;
    const spec = this.spec as Extract<RoleSpec, { kind: 'producer' }>;
    this.owed += (this.rate_per_s * (now_ms - this.last_ms)) / 1000;
    this.last_ms = now_ms;
    const due = Math.min(Math.floor(this.owed), this.remaining - this.records);
    if (due <= 0) {
      if (this.records >= this.remaining) this.finish(now_ms);
      return;
    }
    this.owed -= due;
    this.records += due;
    const partitions = this.topic.partitions.length;
    const each = Math.floor(due / partitions);
    const extra = due % partitions;
    for (let k = 0; k < partitions; k++) {
      // Round robin per record: the first `extra` partitions from the cursor get one more.
      const partition = (this.cursor + k) % partitions;
      const count = each + (k < extra ? 1 : 0);
      if (count === 0) continue;
      const seqStart = this.seqs[partition] as number;
      this.seqs[partition] = seqStart + count;
      const offset = this.topic.append(partition, spec.producerId, seqStart, count, now_ms);
      this.ledger.recordRun(partition, offset, spec.producerId, seqStart, count);
      this.latency.recordMany(latency_ms(this.records + k), count);
    }
    this.cursor = (this.cursor + extra) % partitions;
    this.counters.scheduled += due;
    this.counters.sent += due;
    this.counters.acked += this.counted(due);
    this.counters.bytesSent += due * record_bytes;
    this.counters.bytesAcked += due * record_bytes;
    if (this.records >= this.remaining) this.finish(now_ms);
  }

  protected extra() {
    return { inFlight: 0 };
  }
}

export class SimConsumer extends SimRole {
  private readonly group: SimGroup;
  private paused: boolean;
  /**
   * Read but not yet committed: absolute batch index per assigned partition. The group's cursor
   * (its committed offsets) moves at each report, so a killed consumer's last reads are read
   * again by the member that takes its partitions over, as Kafka consumers re-read after a crash.
   */
  private readonly local = new Map<number, number>();

  constructor(
    spec: Extract<RoleSpec, { kind: 'consumer' }>,
    workerId: string,
    topic: SimTopic,
    emit: (report: RoleReport) => void,
  ) {
    super(spec, workerId, topic, emit);
    const from = spec.from === 'latest' ? 'latest' : 'earliest';
    this.group = topic.group(spec.group ?? `solo-${spec.roleId}`, from);
    this.group.members.add(this);
    this.paused = spec.paused;
  }

  pause(paused: boolean): boolean {
    this.paused = paused;
    return paused;
  }

  /** Partitions of this member: partition p goes to member p mod n, members in roleId order. */
  private assigned(): number[] {
    const members = [...this.group.members].map((m) => m.spec.roleId).sort();
    const index = members.indexOf(this.spec.roleId);
    const out: number[] = [];
    for (let p = index; p < this.topic.partitions.length; p += members.length) out.push(p);
    return out;
  }

  tick(now_ms: number): void {
    if (this.ended || this.paused) return;
    let read = 0;
    const assigned = this.assigned();
    for (const partition of this.local.keys())
      if (!assigned.includes(partition)) this.local.delete(partition);
    for (const partition of assigned) {
      const log = this.topic.partitions[partition] as SimPartition;
      let cursor = this.local.get(partition) ?? (this.group.cursor[partition] as number);
      if (cursor < log.dropped) cursor = log.dropped;
      const end = log.dropped + log.batches.length;
      for (; cursor < end; cursor++) {
        const batch = log.batches[cursor - log.dropped] as Batch;
        this.ledger.recordRun(partition, batch.offsetStart, batch.producerId, batch.seqStart, batch.count);
        this.latency.recordMany(Math.max(0, now_ms - batch.scheduled_ms) + 1, batch.count);
        read += batch.count;
      }
      this.local.set(partition, cursor);
    }
    if (read > 0) {
      this.counters.consumed += this.counted(read);
      this.counters.bytesConsumed += read * record_bytes;
    }
  }

  protected override finish(now_ms: number): void {
    super.finish(now_ms);
    this.group.members.delete(this);
    this.topic.trim();
  }

  override kill(): void {
    super.kill();
    this.group.members.delete(this);
  }

  protected extra() {
    // Reporting commits what was read (the group's offsets).
    for (const [partition, cursor] of this.local) {
      if (cursor > (this.group.cursor[partition] as number)) this.group.cursor[partition] = cursor;
    }
    const positions = new Map<number, number>();
    let lag = 0;
    for (const partition of this.assigned()) {
      const log = this.topic.partitions[partition] as SimPartition;
      const cursor = this.local.get(partition) ?? (this.group.cursor[partition] as number);
      const batch = log.batches[cursor - log.dropped];
      const position = batch ? batch.offsetStart : log.end;
      positions.set(partition, position);
      lag += log.end - position;
    }
    return { lag, positions };
  }
}

/** The final read: up to the given end offsets (the real broker's, which hold no simulated records). */
export class SimReader extends SimRole {
  private readonly startedAt_ms = Date.now();
  private done = false;

  tick(now_ms: number): void {
    if (this.done) return;
    this.done = true;
    const spec = this.spec as Extract<RoleSpec, { kind: 'reader' }>;
    const ends = spec.endOffsets ?? {};
    let read = 0;
    this.topic.partitions.forEach((log, partition) => {
      const end = Math.min(ends[String(partition)] ?? 0, log.end);
      for (const batch of log.batches) {
        if (batch.offsetStart >= end) break;
        const count = Math.min(batch.count, end - batch.offsetStart);
        this.ledger.recordRun(partition, batch.offsetStart, batch.producerId, batch.seqStart, count);
        read += count;
      }
    });
    this.counters.consumed += this.counted(read);
    this.finish(now_ms);
  }

  protected extra() {
    return { reachedEnd_ms: Date.now() - this.startedAt_ms, lag: 0 };
  }
}

export type SimAnyRole = SimProducer | SimConsumer | SimReader;
