// The producer core with a fake clock and a fake client: acks to offsets, ordering, failures, lateness, limits.
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../common/ledger.ts';
import { decodeStamp } from '../common/stamp.ts';
import type { ContentSource } from './content.ts';
import { PartitionChooser } from './partitioner.ts';
import {
  ackedRuns,
  type OutRecord,
  type PartitionAck,
  type PartitionBatch,
  ProducerEngine,
  type ProducerEngineOptions,
} from './producer-engine.ts';
import { SendSchedule } from './send-schedule.ts';

const T0 = 1_700_000_000_000;

/** A broker that appends each send's batches to per-partition logs when the test says so. */
class FakeClient {
  readonly logEnd = new Map<number, number>();
  readonly log: { partition: number; seq: number }[] = [];
  readonly pending: {
    batches: readonly PartitionBatch[];
    resolve: (acks: PartitionAck[]) => void;
    reject: (error: unknown) => void;
  }[] = [];

  send = (batches: readonly PartitionBatch[]): Promise<PartitionAck[]> =>
    new Promise((resolve, reject) => this.pending.push({ batches, resolve, reject }));

  /** Writes and acks the oldest pending send. */
  ackNext(): void {
    const send = this.pending.shift()!;
    const acks = send.batches.map((b) => {
      const base = this.logEnd.get(b.partition) ?? 0;
      this.logEnd.set(b.partition, base + b.records.length);
      b.records.forEach((r, i) => {
        this.log.push({ partition: r.partition, seq: b.firstSeq + i });
      });
      return { partition: b.partition, baseOffset: base };
    });
    send.resolve(acks);
  }

  failNext(error: unknown): void {
    this.pending.shift()!.reject(error);
  }

  /** Every record written, as ledger tuples. */
  written(producerId: string): LedgerRecord[] {
    const next = new Map<number, number>();
    return this.log.map((r) => {
      const offset = next.get(r.partition) ?? 0;
      next.set(r.partition, offset + 1);
      return { partition: r.partition, offset, producerId, seq: r.seq };
    });
  }
}

function bytesContent(): ContentSource {
  let i = 0;
  return {
    meanValue_bytes: 10,
    next: () => ({ key: Buffer.from(`k${i++ % 7}`), value: Buffer.alloc(10, 1), recordName: undefined }),
  };
}

interface Harness {
  engine: ProducerEngine;
  client: FakeClient;
  clock: { t: number };
  /** Advances the clock to `t` in 1 ms steps, ticking when due and (with `ack`) acking every send at once. */
  runUntil(t: number, ack?: boolean): Promise<void>;
}

function harness(overrides: Partial<ProducerEngineOptions> = {}, rate_per_s = 1000): Harness {
  const clock = { t: T0 };
  const client = new FakeClient();
  let wakeups = 0;
  const engine = new ProducerEngine({
    runId: 'run-1',
    producerId: 'p-1',
    timing: { kind: 'schedule', schedule: new SendSchedule({ kind: 'constant', rate_per_s }, T0) },
    content: bytesContent(),
    chooser: new PartitionChooser([0, 1, 2]),
    count: null,
    end_ms: null,
    acks: -1,
    grouping: 'partition',
    maxInFlightPerPartition: 1,
    linger_ms: 5,
    maxBatch_records: 10_000,
    maxBatch_bytes: 1024 * 1024,
    maxPending_records: 100_000,
    send: client.send,
    errorType: (e) => (e as { type?: string }).type ?? 'Error',
    now: () => clock.t,
    wake: () => {
      wakeups++;
    },
    ...overrides,
  });
  let next = engine.tick();
  return {
    engine,
    client,
    clock,
    async runUntil(t: number, ack = true) {
      while (clock.t < t) {
        clock.t = Math.min(t, clock.t + 1);
        if (ack && client.pending.length > 0) {
          while (client.pending.length > 0) client.ackNext();
          await flush();
        }
        if (clock.t >= next || wakeups > 0) {
          wakeups = 0;
          next = engine.tick();
        }
      }
    },
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('ackedRuns', () => {
  it("maps record k of a partition's batch to baseOffset + k, and keeps batches without an ack apart", () => {
    const rec = (partition: number): OutRecord => ({
      partition,
      key: null,
      value: Buffer.alloc(0),
      headers: {},
    });
    const batches: PartitionBatch[] = [
      { partition: 0, firstSeq: 5, records: [rec(0), rec(0), rec(0)], sched_ms: [0, 0, 0] },
      { partition: 1, firstSeq: 0, records: [rec(1)], sched_ms: [0] },
      { partition: 2, firstSeq: 9, records: [rec(2)], sched_ms: [0] },
    ];
    const { acked, unacked } = ackedRuns(batches, [
      { partition: 0, baseOffset: 100 },
      { partition: 1, baseOffset: -1 },
    ]);
    expect(acked).toEqual([{ partition: 0, offsetStart: 100, seqStart: 5, count: 3 }]);
    expect(unacked.map((b) => b.partition)).toEqual([1, 2]);
  });
});

describe('ProducerEngine', () => {
  it('books exactly the acked records at the offsets the broker gave them', async () => {
    const h = harness({ end_ms: T0 + 1000 });
    await h.runUntil(T0 + 1100);
    expect(h.engine.finished).toBe(true);
    const ledger = h.engine.takeLedger();
    expect([...ledger.records()]).toEqual(
      h.client.written('p-1').sort((a, b) => a.partition - b.partition || a.seq - b.seq),
    );
    expect(h.engine.counters).toMatchObject({ scheduled: 1000, sent: 1000, acked: 1000, failed: 0 });
    // One producer alone on each partition: one run per partition.
    expect(ledger.runCount).toBe(3);
  });

  it('stamps each record with run, producer, per-partition seq and its scheduled time, record_name first', async () => {
    const h = harness({
      content: {
        meanValue_bytes: 1,
        next: () => ({ key: null, value: Buffer.alloc(1), recordName: 'experiment_started' }),
      },
    });
    await h.runUntil(T0 + 20, false);
    const batches = h.client.pending.flatMap((p) => p.batches);
    expect(batches.length).toBeGreaterThan(0);
    const batch = batches.find((b) => b.partition === 1 && b.firstSeq === 0)!;
    const first = batch.records[0];
    expect(Object.keys(first.headers)[0]).toBe('record_name');
    expect(decodeStamp(first.headers)).toEqual({
      runId: 'run-1',
      producerId: 'p-1',
      seq: 0,
      scheduledAt_ms: batch.sched_ms[0],
    });
    expect(batch.sched_ms[0]).toBeCloseTo(T0 + 1, 6);
    // Kafka messages and nothing else: kafkajs copies every field of every message.
    expect(Object.keys(first).sort()).toEqual(['headers', 'key', 'partition', 'value']);
  });

  it('keeps one send per partition in flight; waiting records go in the next, larger batch in order', async () => {
    const h = harness();
    await h.runUntil(T0 + 100, false);
    expect(h.client.pending).toHaveLength(3);
    expect(new Set(h.client.pending.map((p) => p.batches[0].partition)).size).toBe(3);
    const firstSizes = h.client.pending.map((p) => p.batches[0].records.length);
    h.client.ackNext();
    await flush();
    await h.runUntil(T0 + 101, false);
    const next = h.client.pending.at(-1)!.batches[0];
    expect(next.records.length).toBeGreaterThan(firstSizes[0]);
    expect(next.firstSeq).toBe(firstSizes[0]);
  });

  it('counts failed records by error type and leaves them out of the ledger', async () => {
    const h = harness();
    await h.runUntil(T0 + 30, false);
    h.client.failNext({ type: 'NOT_LEADER_OR_FOLLOWER' });
    while (h.client.pending.length > 0) h.client.ackNext();
    await flush();
    const c = h.engine.counters;
    expect(c.failed).toBeGreaterThan(0);
    expect(c.failedByError).toEqual({ NOT_LEADER_OR_FOLLOWER: c.failed });
    expect(c.acked + c.failed).toBe(c.sent);
    expect(h.engine.takeLedger().recordCount).toBe(c.acked);
  });

  it('measures latency from the scheduled time, not from when the record was sent', async () => {
    const h = harness({}, 10);
    // Record 0 is due at T0; the sender only gets to it 40 ms late, the ack takes 10 ms more.
    h.clock.t = T0 + 40;
    h.engine.tick();
    h.clock.t = T0 + 50;
    h.client.ackNext();
    await flush();
    const latency = h.engine.latency;
    expect(latency.count).toBe(1);
    expect(latency.max_ms).toBeCloseTo(50, 0);
  });

  it('reports the lateness of a stalled client instead of slowing its schedule down', async () => {
    const h = harness({ maxPending_records: 50 });
    await h.runUntil(T0 + 1000, false);
    // 50 records pending, 950 more were due; the oldest record not handed to the client waits
    // behind its partition's stalled send since T0 + 1.
    expect(h.engine.counters.scheduled).toBe(50);
    expect(h.engine.behindSchedule_ms(h.clock.t)).toBeGreaterThanOrEqual(950);
    expect(h.engine.behindSchedule_ms(h.clock.t)).toBeLessThanOrEqual(1000);
    expect(h.engine.targetRate_per_s(h.clock.t)).toBe(1000);
  });

  it("targets a load file's own schedule: the records it scheduled in the last second", async () => {
    // 300 records in the first second, none in the second, then 100 in the third.
    const at = [
      ...Array.from({ length: 300 }, (_, i) => i * 3),
      ...Array.from({ length: 100 }, (_, i) => 2000 + i * 10),
    ];
    let next = 0;
    const content: ContentSource = {
      meanValue_bytes: 10,
      peekAt_ms: () => (next < at.length ? at[next] : Number.POSITIVE_INFINITY),
      next: () =>
        next < at.length
          ? { key: Buffer.from(`k${next++}`), value: Buffer.alloc(10), recordName: undefined }
          : undefined,
    };
    const h = harness({ timing: { kind: 'content', start_ms: T0 }, content });
    await h.runUntil(T0 + 999);
    expect(h.engine.targetRate_per_s(h.clock.t)).toBe(300);
    await h.runUntil(T0 + 1500);
    expect(h.engine.targetRate_per_s(h.clock.t)).toBe(133); // scheduled at 501-897 ms
    await h.runUntil(T0 + 1999);
    expect(h.engine.targetRate_per_s(h.clock.t)).toBe(0);
    await h.runUntil(T0 + 2999);
    expect(h.engine.targetRate_per_s(h.clock.t)).toBe(100);
    expect(h.engine.counters.scheduled).toBe(400);
  });

  it('stops generating at the count and at the end time', async () => {
    const byCount = harness({ count: 25 });
    await byCount.runUntil(T0 + 1000);
    expect(byCount.engine.counters.scheduled).toBe(25);
    expect(byCount.engine.finished).toBe(true);
    const byTime = harness({ end_ms: T0 + 100 });
    await byTime.runUntil(T0 + 500);
    expect(byTime.engine.counters.scheduled).toBe(100);
    expect(byTime.engine.finished).toBe(true);
  });

  it('with acks=0 counts records as sent, never acked, and books no ledger', async () => {
    const h = harness({ acks: 0, send: async () => [] });
    await h.runUntil(T0 + 60);
    expect(h.engine.counters.sent).toBeGreaterThan(0);
    expect(h.engine.counters.acked).toBe(0);
    expect(h.engine.counters.failed).toBe(0);
    expect(h.engine.takeLedger().isEmpty).toBe(true);
  });

  it('sends every ready partition in one call when grouped (idempotent producers)', async () => {
    const h = harness({ grouping: 'all' });
    await h.runUntil(T0 + 20, false);
    while (h.client.pending.length > 0) h.client.ackNext();
    await flush();
    await h.runUntil(T0 + 21, false);
    expect(h.client.pending).toHaveLength(1);
    expect(h.client.pending[0].batches.map((b) => b.partition).sort()).toEqual([0, 1, 2]);
  });

  it('counts everything unsettled as failed when the drain is abandoned, and ignores late acks', async () => {
    const h = harness();
    await h.runUntil(T0 + 100, false);
    h.engine.abandon('DrainTimeout');
    const c = h.engine.counters;
    expect(c.failed).toBe(c.scheduled);
    expect(c.failedByError).toEqual({ DrainTimeout: c.scheduled });
    h.client.ackNext();
    await flush();
    expect(h.engine.counters.acked).toBe(0);
    expect(h.engine.finished).toBe(true);
  });

  it('at max rate keeps the in-flight window full and generates as acks free it', async () => {
    // 30 records for the broker plus up to a batch (10) per partition filling up.
    const h = harness({ timing: { kind: 'max', inFlight: 30 }, maxBatch_records: 10 });
    h.engine.tick();
    expect(h.engine.pending).toBe(60);
    h.client.ackNext();
    await flush();
    h.engine.tick();
    expect(h.engine.pending).toBe(60);
    expect(h.engine.counters.scheduled).toBeGreaterThan(60);
    expect(h.engine.behindSchedule_ms(h.clock.t)).toBe(0);
  });
});

describe('ProducerEngine pipelining', () => {
  it('pipelines up to maxInFlightPerPartition sends per partition, in sequence order, once the client acked', async () => {
    const clock = { t: T0 };
    const client = new FakeClient();
    const engine = new ProducerEngine({
      runId: 'run-1',
      producerId: 'p-1',
      timing: { kind: 'schedule', schedule: new SendSchedule({ kind: 'constant', rate_per_s: 1000 }, T0) },
      content: bytesContent(),
      chooser: new PartitionChooser([0]),
      count: null,
      end_ms: null,
      acks: -1,
      grouping: 'partition',
      maxInFlightPerPartition: 3,
      linger_ms: 5,
      maxBatch_records: 10_000,
      maxBatch_bytes: 1024 * 1024,
      maxPending_records: 100_000,
      send: client.send,
      errorType: () => 'Error',
      now: () => clock.t,
      wake: () => {},
    });
    // Until the client acked a send, one at a time (it may still be loading metadata).
    engine.tick();
    clock.t = T0 + 5;
    engine.tick();
    expect(client.pending).toHaveLength(1);
    client.ackNext();
    await flush();
    for (let t = T0 + 10; t <= T0 + 50; t += 5) {
      clock.t = t;
      engine.tick();
    }
    expect(client.pending).toHaveLength(3);
    const firstSeqs = client.pending.map((p) => p.batches[0].firstSeq);
    expect(firstSeqs).toEqual([...firstSeqs].sort((a, b) => a - b));
    const [a, b] = client.pending;
    expect(b.batches[0].firstSeq).toBe(a.batches[0].firstSeq + a.batches[0].records.length);
    // A failure drops back to one send in flight until the next ack.
    client.failNext(new Error('boom'));
    client.failNext(new Error('boom'));
    await flush();
    clock.t = T0 + 60;
    engine.tick();
    clock.t = T0 + 70;
    engine.tick();
    expect(client.pending).toHaveLength(1);
  });
});
