// Self-test mutations: each one breaks exactly the continuity property its checker is for, and no other.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type ContinuityReport, checkContinuity } from '../common/continuity-check.ts';
import { Ledger } from '../common/ledger.ts';
import { freePort } from '../common/ports.ts';
import { mutations as suiteMutations } from '../scenarios/suite.ts';
import { AdminRequestError } from './admin.ts';
import { brokerConfigSchema } from './config.ts';
import { type RunningBroker, startBroker } from './main.ts';
import { BrokerMutations, type MutationOptions, mutationKinds } from './mutations.ts';
import {
  batchCrcValid,
  buildBatch,
  decodeRecords,
  readBatchHeader,
  scanBatches,
} from './protocol/records.ts';
import { type AppendBatch, StorageEngine } from './storage/engine.ts';
import { MemoryObjectStore } from './storage/objectstore/memory.ts';
import type { ObjectStore } from './storage/objectstore/types.ts';
import type { PartitionLog } from './storage/partition-log.ts';

const logger = pino({ level: 'silent' });
const producerId = 4000n;

/** One idempotent producer on partition 0 of topic `t`, booking acks as the workers do. */
class Producer {
  readonly acked = new Ledger();
  private seq = 0;
  private readonly mutations: BrokerMutations;
  private readonly log: PartitionLog;
  constructor(mutations: BrokerMutations, log: PartitionLog) {
    this.mutations = mutations;
    this.log = log;
  }

  /** Sends one batch of `count` stamped records; resolves with the ack's base offset. */
  async send(count: number): Promise<number> {
    const first = this.seq;
    this.seq += count;
    const records = Array.from({ length: count }, (_, i) => ({
      value: `record ${first + i}`,
      headers: [
        { key: 'lh.pid', value: 'p1' },
        { key: 'lh.seq', value: String(first + i) },
      ],
    }));
    const bytes = buildBatch({ records, producerId, producerEpoch: 0, baseSequence: first });
    const batch: AppendBatch = {
      bytes,
      lastOffsetDelta: count - 1,
      recordCount: count,
      maxTimestamp: Date.now(),
      producerId,
      producerEpoch: 0,
      baseSequence: first,
    };
    const { baseOffset } = await this.mutations.append(this.log, [batch]);
    this.acked.recordRun(0, baseOffset, 'p1', first, count);
    return baseOffset;
  }
}

interface ReadBack {
  readonly seen: Ledger;
  readonly unstamped: number;
  readonly batches: Buffer[];
}

/** Reads partition 0 to its high watermark as a consumer would: Fetch-filtered, records below the position skipped. */
async function readBack(engine: StorageEngine, mutations: BrokerMutations): Promise<ReadBack> {
  const log = engine.requirePartition('t', 0);
  const seen = new Ledger();
  const batches: Buffer[] = [];
  let unstamped = 0;
  let position = log.logStartOffset;
  while (position < log.highWatermark) {
    const read = mutations.filterRead(log, await engine.read(log, position, 1024 * 1024));
    if (read.records.length === 0) break;
    for (const buffer of read.records) {
      for (const { bytes, header } of scanBatches(buffer).batches) {
        batches.push(bytes);
        for (const record of decodeRecords(bytes)) {
          if (Number(record.offset) < position) continue;
          const pid = record.headers.find((h) => h.key === 'lh.pid')?.value?.toString();
          const seq = record.headers.find((h) => h.key === 'lh.seq')?.value?.toString();
          if (pid === undefined || seq === undefined) unstamped++;
          else seen.record(0, Number(record.offset), pid, Number(seq));
        }
        position = Math.max(position, Number(header.lastOffset) + 1);
      }
    }
  }
  return { seen, unstamped, batches };
}

function findings(report: ContinuityReport) {
  return {
    lost: report.lost.count,
    duplicated: report.duplicated.count,
    reordered: report.reordered.count,
    inconsistent: report.inconsistent.count,
  };
}

async function setUp(options: MutationOptions & { now?: () => number } = {}, store?: ObjectStore) {
  const engine = await StorageEngine.open(store ?? new MemoryObjectStore(), { nodeId: 0, logger });
  if (!engine.topic('t')) await engine.createTopic('t', 2);
  const mutations = new BrokerMutations(engine, logger, options);
  const log = engine.requirePartition('t', 0);
  return { engine, mutations, log, producer: new Producer(mutations, log) };
}

function adminError(run: () => unknown): AdminRequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof AdminRequestError) return error;
    throw error;
  }
  throw new Error('expected an AdminRequestError');
}

describe('self-test mutations', () => {
  it('are the mutations the scenarios know', () => {
    expect([...mutationKinds]).toEqual([...suiteMutations]);
  });

  it('change nothing while none is armed', async () => {
    const { engine, mutations, producer } = await setUp();
    for (let i = 0; i < 5; i++) await producer.send(3);
    const { seen } = await readBack(engine, mutations);
    expect(checkContinuity(producer.acked, seen).ok).toBe(true);
  });

  it('drop-acked hides the next acked batches from every read: only continuity.lost', async () => {
    const { engine, mutations, producer } = await setUp();
    await producer.send(2);
    mutations.arm({ mutation: 'drop-acked', topic: 't', partition: 0, count: 3 });
    const hiddenAt = [await producer.send(2), await producer.send(2)];
    for (let i = 0; i < 3; i++) await producer.send(2);
    const first = await readBack(engine, mutations);
    expect(findings(checkContinuity(producer.acked, first.seen))).toEqual({
      lost: 4,
      duplicated: 0,
      reordered: 0,
      inconsistent: 0,
    });
    // Every reader, every time: a second read sees the same, and clearing does not bring them back.
    await mutations.clear({ topic: 't' });
    expect((await readBack(engine, mutations)).seen.equals(first.seen)).toBe(true);
    const [view] = mutations.list();
    expect(view).toMatchObject({ mutation: 'drop-acked', state: 'applied', records: 4 });
    expect(view.affected).toEqual(hiddenAt.map((from) => ({ from, to: from + 1, as: 'hidden' })));
  });

  it('duplicate appends a second copy of an acked batch, idempotence fields cleared: only continuity.duplicated', async () => {
    const { engine, mutations, producer } = await setUp();
    await producer.send(3);
    mutations.arm({ mutation: 'duplicate', topic: 't', partition: 0 });
    const original = await producer.send(3);
    for (let i = 0; i < 3; i++) await producer.send(3);
    const { seen, batches } = await readBack(engine, mutations);
    expect(findings(checkContinuity(producer.acked, seen))).toEqual({
      lost: 0,
      duplicated: 3,
      reordered: 0,
      inconsistent: 0,
    });
    expect(seen.offsetsOf('p1', 0, 3)).toEqual([original, original + 3]);
    const copy = batches.find((b) => Number(readBatchHeader(b).baseOffset) === original + 3)!;
    expect(readBatchHeader(copy)).toMatchObject({ producerId: -1n, producerEpoch: -1, baseSequence: -1 });
    expect(batchCrcValid(copy)).toBe(true);
    expect(mutations.list()[0]).toMatchObject({
      state: 'applied',
      affected: [
        { from: original, to: original + 2, as: 'original' },
        { from: original + 3, to: original + 5, as: 'copy' },
      ],
    });
  });

  it('reorder writes the next batch before the held one, each at its acked offset: only continuity.reordered', async () => {
    const store = new MemoryObjectStore();
    const { engine, mutations, producer, log } = await setUp({ reorderGap_offsets: 100 }, store);
    await producer.send(2);
    mutations.arm({ mutation: 'reorder', topic: 't', partition: 0 });
    expect(await producer.send(3)).toBe(102); // acked a gap ahead, held back
    expect(log.highWatermark).toBe(2);
    expect(await producer.send(4)).toBe(2); // written first, spanning the gap
    expect(log.highWatermark).toBe(105);
    // The producer state continues after both: the next batch is in sequence.
    expect(await producer.send(2)).toBe(105);
    const { seen, batches, unstamped } = await readBack(engine, mutations);
    expect(findings(checkContinuity(producer.acked, seen))).toEqual({
      lost: 0,
      duplicated: 0,
      reordered: 4,
      inconsistent: 0,
    });
    expect(unstamped).toBe(0);
    expect(batches.every(batchCrcValid)).toBe(true);
    expect(mutations.list()[0]).toMatchObject({
      state: 'applied',
      records: 4,
      affected: [
        { from: 2, to: 5, as: 'moved-ahead' },
        { from: 102, to: 104, as: 'held-back' },
      ],
    });
    // It is in the log, not in this process: a restarted broker serves the same, and takes the next batch.
    await engine.close();
    const reopened = await setUp({}, store);
    const again = await readBack(reopened.engine, reopened.mutations);
    expect(again.seen.equals(seen)).toBe(true);
  });

  it('reorder writes a held batch alone at its acked offset when no next batch comes (no reorder)', async () => {
    const { engine, mutations, producer } = await setUp({ reorderGap_offsets: 10, reorderHold_ms: 50 });
    await producer.send(2);
    mutations.arm({ mutation: 'reorder', topic: 't', partition: 0 });
    expect(await producer.send(3)).toBe(12);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { seen, unstamped } = await readBack(engine, mutations);
    expect(checkContinuity(producer.acked, seen).ok).toBe(true);
    expect(unstamped).toBe(1);
    expect(mutations.list()[0]).toMatchObject({
      state: 'armed',
      affected: [{ from: 2, to: 11, as: 'filler' }],
    });
    await mutations.clear();
    expect(mutations.list()[0].state).toBe('cleared');
  });

  it('clearing a reorder that holds a batch writes it at its acked offset', async () => {
    const { engine, mutations, producer } = await setUp({ reorderGap_offsets: 10 });
    mutations.arm({ mutation: 'reorder', topic: 't', partition: 0 });
    expect(await producer.send(1)).toBe(10);
    await mutations.clear({ topic: 't', partition: 0 });
    const { seen } = await readBack(engine, mutations);
    expect(checkContinuity(producer.acked, seen).ok).toBe(true);
  });

  it('stall-partition returns no records for for_ms while acks continue, then everything', async () => {
    let now_ms = 1_000_000;
    const { engine, mutations, producer, log } = await setUp({ now: () => now_ms });
    await producer.send(2);
    mutations.arm({ mutation: 'stall-partition', topic: 't', partition: 0, for_ms: 10_000 });
    expect(await producer.send(2)).toBe(2);
    const stalled = mutations.filterRead(log, await engine.read(log, 0, 1024 * 1024));
    expect(stalled).toMatchObject({ records: [], bytes: 0, highWatermark: 4 });
    expect(mutations.list()[0].state).toBe('armed');
    now_ms += 10_000;
    const { seen } = await readBack(engine, mutations);
    expect(checkContinuity(producer.acked, seen).ok).toBe(true);
    expect(mutations.list()[0]).toMatchObject({ state: 'applied', endedAt_ms: now_ms });
  });

  it('refuses bad requests with a 400 that names the field, and a second writer on a partition with a 409', async () => {
    const { mutations } = await setUp();
    const cases: [unknown, RegExp][] = [
      [undefined, /^body: /],
      [{ mutation: 'explode', topic: 't', partition: 0 }, /^mutation: /],
      [{ mutation: 'duplicate', partition: 0 }, /^topic: /],
      [{ mutation: 'duplicate', topic: 't', partition: -1 }, /^partition: /],
      [{ mutation: 'duplicate', topic: 't', partition: 0, count: 0 }, /^count: /],
      [{ mutation: 'duplicate', topic: 't', partition: 0, for_ms: 10 }, /^for_ms: only stall-partition/],
      [{ mutation: 'stall-partition', topic: 't', partition: 0 }, /^for_ms: stall-partition needs for_ms/],
      [{ mutation: 'duplicate', topic: 't', partition: 0, colour: 1 }, /^colour: unknown field/],
      [{ mutation: 'duplicate', topic: 'nope', partition: 0 }, /^topic: no topic "nope"/],
      [{ mutation: 'duplicate', topic: 't', partition: 2 }, /^partition: topic t has partitions 0-1, not 2/],
    ];
    for (const [body, message] of cases) {
      const error = adminError(() => mutations.arm(body));
      expect({ body, status: error.status, message: error.message }).toMatchObject({ status: 400, message });
    }
    mutations.arm({ mutation: 'duplicate', topic: 't', partition: 0 });
    const busy = adminError(() => mutations.arm({ mutation: 'drop-acked', topic: 't', partition: 0 }));
    expect(busy.status).toBe(409);
    expect(busy.message).toMatch(/t-0 already has an armed duplicate mutation/);
    // A stall is not a writer: it can join.
    mutations.arm({ mutation: 'stall-partition', topic: 't', partition: 0, for_ms: 1000 });
    await expect(mutations.clear({ partition: 0 })).rejects.toThrow(/partition: partition needs topic/);
    expect((await mutations.clear({ topic: 't' })).map((m) => m.state)).toEqual(['cleared', 'applied']);
  });
});

describe('the /faults/mutations admin endpoint', () => {
  const running: RunningBroker[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((b) => b.stop()));
  });

  async function broker(enableFaultInjection: boolean): Promise<string> {
    const admin = `127.0.0.1:${await freePort()}`;
    const config = brokerConfigSchema.parse({
      data: 'memory://',
      listen: `127.0.0.1:${await freePort()}`,
      adminListen: admin,
      enableFaultInjection,
    });
    running.push(await startBroker(config, logger));
    return `http://${admin}/faults/mutations`;
  }

  it('is served only with --enable-fault-injection', async () => {
    const plain = await broker(false);
    expect((await fetch(plain, { signal: AbortSignal.timeout(5000) })).status).toBe(404);
    const enabled = await broker(true);
    const listed = await fetch(enabled, { signal: AbortSignal.timeout(5000) });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ mutations: [] });
    const bad = await fetch(enabled, {
      method: 'PUT',
      body: JSON.stringify({ mutation: 'reorder', topic: 'missing', partition: 0 }),
      signal: AbortSignal.timeout(5000),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'topic: no topic "missing" on this broker' });
  });
});
