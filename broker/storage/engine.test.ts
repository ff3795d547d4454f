// Storage engine: durable before ack, recovery from the store alone, idempotence, failed writes voided.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { type AppendBatch, StorageEngine, StorageError } from './engine.ts';
import { FaultyObjectStore } from './objectstore/faulty.ts';
import { MemoryObjectStore } from './objectstore/memory.ts';
import type { ObjectStore } from './objectstore/types.ts';

const logger = pino({ level: 'silent' });

/** A stand-in record batch: the engine only patches the base offset in the first 8 bytes. */
function batch(
  count: number,
  options: { producerId?: bigint; epoch?: number; seq?: number; tag?: number } = {},
): AppendBatch {
  const bytes = Buffer.alloc(61 + count);
  bytes.writeUInt32BE(options.tag ?? 0, 20);
  return {
    bytes,
    lastOffsetDelta: count - 1,
    recordCount: count,
    maxTimestamp: Date.now(),
    producerId: options.producerId ?? -1n,
    producerEpoch: options.epoch ?? 0,
    baseSequence: options.seq ?? -1,
  };
}

async function readAll(
  engine: StorageEngine,
  topic: string,
  partition: number,
): Promise<{ offset: number; tag: number }[]> {
  const log = engine.requirePartition(topic, partition);
  const out: { offset: number; tag: number }[] = [];
  let offset = log.logStartOffset;
  while (offset < log.highWatermark) {
    const result = await engine.read(log, offset, 1024 * 1024);
    for (const bytes of result.records) {
      const base = Number(bytes.readBigInt64BE(0));
      if (base >= offset) out.push({ offset: base, tag: bytes.readUInt32BE(20) });
      offset = base + (bytes.length - 61);
    }
  }
  return out;
}

const open = (store: ObjectStore, options: { logCache_bytes?: number } = {}) =>
  StorageEngine.open(store, { nodeId: 0, logger, ...options });

describe('storage engine', () => {
  it('acks appends with consecutive offsets and serves them back', async () => {
    const engine = await open(new MemoryObjectStore());
    await engine.createTopic('t', 2);
    const log = engine.requirePartition('t', 1);
    const results = await Promise.all([
      engine.append(log, [batch(3, { tag: 1 })]),
      engine.append(log, [batch(2, { tag: 2 })]),
    ]);
    expect(results.map((r) => r.baseOffset)).toEqual([0, 3]);
    expect(log.highWatermark).toBe(5);
    expect(await readAll(engine, 't', 1)).toEqual([
      { offset: 0, tag: 1 },
      { offset: 3, tag: 2 },
    ]);
    expect(engine.requirePartition('t', 0).highWatermark).toBe(0);
  });

  it('recovers every acked batch at its offset from the store alone, with cold reads', async () => {
    const store = new MemoryObjectStore();
    const first = await open(store);
    await first.createTopic('t', 4);
    const acked: { partition: number; offset: number; tag: number }[] = [];
    for (let i = 0; i < 200; i++) {
      const partition = i % 4;
      const result = await first.append(first.requirePartition('t', partition), [
        batch(1 + (i % 5), { tag: i }),
      ]);
      acked.push({ partition, offset: result.baseOffset, tag: i });
    }
    // A second incarnation, as after SIGKILL: nothing but the store.
    const second = await open(store, { logCache_bytes: 0 });
    for (let partition = 0; partition < 4; partition++) {
      const expected = acked
        .filter((a) => a.partition === partition)
        .map(({ offset, tag }) => ({ offset, tag }));
      expect(await readAll(second, 't', partition)).toEqual(expected);
    }
    const log = second.requirePartition('t', 0);
    const next = await second.append(log, [batch(1, { tag: 999 })]);
    expect(next.baseOffset).toBe(log.highWatermark - 1);
  });

  it('answers a retried idempotent batch with its original offset and refuses a sequence gap', async () => {
    const store = new MemoryObjectStore();
    const engine = await open(store);
    await engine.createTopic('t', 1);
    const log = engine.requirePartition('t', 0);
    const producerId = await engine.allocateProducerId();
    const first = await engine.append(log, [batch(5, { producerId, seq: 0, tag: 1 })]);
    const retry = await engine.append(log, [batch(5, { producerId, seq: 0, tag: 1 })]);
    expect(retry.baseOffset).toBe(first.baseOffset);
    expect(log.highWatermark).toBe(5);
    await expect(engine.append(log, [batch(1, { producerId, seq: 7 })])).rejects.toMatchObject({
      kind: 'out-of-order-sequence',
    });
    // The producer state survives a restart: the retry is still recognised.
    const restarted = await open(store);
    const again = await restarted.append(restarted.requirePartition('t', 0), [
      batch(5, { producerId, seq: 0, tag: 1 }),
    ]);
    expect(again.baseOffset).toBe(0);
    const nextId = await restarted.allocateProducerId();
    expect(nextId).not.toBe(producerId);
  });

  it('voids a WAL write that failed for good: nothing unacked becomes visible, offsets are reused', async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), { seed: 1 });
    const engine = await open(store);
    await engine.createTopic('t', 1);
    const log = engine.requirePartition('t', 0);
    await engine.append(log, [batch(2, { tag: 1 })]);
    // Every put fails: the engine gives up after its retries and must not ack.
    store.setFaults({ put: { errorRate: 1, errorTiming: 'before' } });
    const failed = engine.append(log, [batch(3, { tag: 2 })]);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    store.clearFaults();
    const recovered = await new Promise<number>((resolve, reject) => {
      const attempt = (left: number): void => {
        engine.append(log, [batch(1, { tag: 3 })]).then(
          (r) => resolve(r.baseOffset),
          (error) => (left > 0 ? setTimeout(() => attempt(left - 1), 50) : reject(error)),
        );
      };
      attempt(100);
    });
    expect(recovered).toBe(2);
    expect(await readAll(engine, 't', 0)).toEqual([
      { offset: 0, tag: 1 },
      { offset: 2, tag: 3 },
    ]);
    const restarted = await open(store.inner);
    expect(await readAll(restarted, 't', 0)).toEqual([
      { offset: 0, tag: 1 },
      { offset: 2, tag: 3 },
    ]);
  });

  it('acks a write whose put answered with an error although the object landed, after reading it back', async () => {
    const store = new FaultyObjectStore(new MemoryObjectStore(), { seed: 2 });
    const engine = await open(store);
    await engine.createTopic('t', 1);
    const log = engine.requirePartition('t', 0);
    store.setFaults({ put: { errorRate: 1, errorTiming: 'after' } });
    const result = await engine.append(log, [batch(3, { tag: 5 })]);
    store.clearFaults();
    expect(result.baseOffset).toBe(0);
    const restarted = await open(store.inner);
    expect(await readAll(restarted, 't', 0)).toEqual([{ offset: 0, tag: 5 }]);
  });

  it('fences an earlier incarnation that is still running: it never acks again, and its acks survive', async () => {
    const store = new MemoryObjectStore();
    let fencedReason = '';
    const zombie = await StorageEngine.open(store, {
      nodeId: 0,
      logger,
      onFenced: (reason) => (fencedReason = reason),
    });
    await zombie.createTopic('t', 1);
    const zombieLog = zombie.requirePartition('t', 0);
    const acked = await zombie.append(zombieLog, [batch(2, { tag: 1 })]);
    // A new process takes over node 0 while the old one is paused.
    const successor = await open(store);
    await expect(zombie.append(zombieLog, [batch(1, { tag: 2 })])).rejects.toMatchObject({ kind: 'fenced' });
    await expect(zombie.createTopic('u', 1)).rejects.toMatchObject({ kind: 'fenced' });
    expect(fencedReason).toMatch(/sealed by a newer incarnation/);
    expect(await readAll(successor, 't', 0)).toEqual([{ offset: acked.baseOffset, tag: 1 }]);
    const next = await successor.append(successor.requirePartition('t', 0), [batch(1, { tag: 3 })]);
    expect(next.baseOffset).toBe(2);
    const third = await open(store);
    expect(await readAll(third, 't', 0)).toEqual([
      { offset: 0, tag: 1 },
      { offset: 2, tag: 3 },
    ]);
  });

  it('keeps topics, configs, offsets and log start across restarts', async () => {
    const store = new MemoryObjectStore();
    const engine = await open(store);
    await engine.createTopic('a', 3, { 'retention.ms': '1000' });
    await engine.createPartitions('a', 5);
    await engine.setConfigs('a', { 'retention.bytes': '100' });
    const log = engine.requirePartition('a', 4);
    await engine.append(log, [batch(10)]);
    await engine.deleteRecords('a', 4, 4);
    await engine.appendMeta([
      {
        type: 'offsets-committed',
        group: 'g',
        offsets: [{ topic: 'a', partition: 4, offset: 7, leaderEpoch: -1, metadata: null, commitTime_ms: 1 }],
      },
    ]);
    const restarted = await open(store);
    expect(restarted.topic('a')).toMatchObject({
      partitions: 5,
      configs: { 'retention.ms': '1000', 'retention.bytes': '100' },
    });
    expect(restarted.requirePartition('a', 4)).toMatchObject({ logStartOffset: 4, highWatermark: 10 });
    expect(restarted.meta.groupOffsets.get('g')?.get('a:4')?.offset).toBe(7);
    await expect(restarted.read(restarted.requirePartition('a', 4), 2, 100)).rejects.toMatchObject({
      kind: 'offset-out-of-range',
    });
    expect(restarted.clusterId).toBe(engine.clusterId);
  });
});

describe('compaction', () => {
  it('moves WAL batches into stream objects, deletes the WAL objects, and serves the same records after a restart', async () => {
    const store = new MemoryObjectStore();
    const compaction = { interval_ms: 3_600_000, minBytes: 1, maxAge_ms: 0 };
    const engine = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    await engine.createTopic('t', 2);
    const producerId = await engine.allocateProducerId();
    for (let i = 0; i < 20; i++) {
      await engine.append(engine.requirePartition('t', i % 2), [
        batch(3, { tag: i, producerId, seq: Math.floor(i / 2) * 3 }),
      ]);
    }
    const before = await readAll(engine, 't', 0);
    const walBefore = (await store.list('wal/')).length;
    await engine.compactNow();
    expect(engine.compactionStats.streamObjects_total).toBe(2);
    expect((await store.list('data/')).length).toBe(2);
    // Every WAL object but those of the open stream's tail is gone.
    const walAfter = (await store.list('wal/')).length;
    expect(walAfter).toBeLessThan(walBefore);
    expect(engine.compactionStats.walObjectsDeleted_total).toBe(walBefore - walAfter);
    // Reads now come from the stream objects (the log cache still has the bytes: drop it by reopening).
    await engine.close();
    const reopened = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    expect(await readAll(reopened, 't', 0)).toEqual(before);
    expect(await readAll(reopened, 't', 1)).toHaveLength(10);
    // Producer state came back from the stream object's snapshot: a retry of the last batch is a
    // duplicate (same offset), the next sequence is accepted.
    const log = reopened.requirePartition('t', 1);
    const retry = await reopened.append(log, [batch(3, { tag: 19, producerId, seq: 27 })]);
    expect(retry.baseOffset).toBe(27);
    const next = await reopened.append(log, [batch(3, { tag: 20, producerId, seq: 30 })]);
    expect(next.baseOffset).toBe(30);
    await reopened.close();
  });

  it('keeps serving batches that were compacted while a new WAL write lands after them', async () => {
    const store = new MemoryObjectStore();
    const compaction = { interval_ms: 3_600_000, minBytes: 1, maxAge_ms: 0 };
    const engine = await StorageEngine.open(store, { nodeId: 0, logger, compaction, logCache_bytes: 0 });
    await engine.createTopic('t', 1);
    const log = engine.requirePartition('t', 0);
    for (let i = 0; i < 5; i++) await engine.append(log, [batch(2, { tag: i })]);
    await engine.compactNow();
    for (let i = 5; i < 8; i++) await engine.append(log, [batch(2, { tag: i })]);
    expect((await readAll(engine, 't', 0)).map((r) => r.tag)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await engine.compactNow();
    expect(engine.compactionStats.streamObjects_total).toBe(2);
    await engine.close();
    const reopened = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    expect((await readAll(reopened, 't', 0)).map((r) => r.offset)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    await reopened.close();
  });
});

describe('compaction of backlogs and deleted topics', () => {
  it('compacts a backlog bigger than one stream object in one pass', async () => {
    const store = new MemoryObjectStore();
    // Objects of at most ~300 bytes: 12 batches of 63 bytes take three.
    const compaction = { interval_ms: 3_600_000, minBytes: 1, maxAge_ms: 0, maxObject_bytes: 300 };
    const engine = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    await engine.createTopic('t', 1);
    const log = engine.requirePartition('t', 0);
    for (let i = 0; i < 12; i++) await engine.append(log, [batch(2, { tag: i })]);
    expect(engine.uncompactedBytes).toBeGreaterThan(0);
    await engine.compactNow();
    expect(engine.compactionStats.streamObjects_total).toBe(3);
    expect(engine.uncompactedBytes).toBe(0);
    await engine.close();
    const reopened = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    expect((await readAll(reopened, 't', 0)).map((r) => r.tag)).toEqual([...Array(12).keys()]);
    await reopened.close();
  });

  it("deletes a deleted topic's stream objects, recorded or not, and keeps the other topics'", async () => {
    const store = new MemoryObjectStore();
    const compaction = { interval_ms: 3_600_000, minBytes: 1, maxAge_ms: 0 };
    const engine = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    await engine.createTopic('gone', 2);
    await engine.createTopic('kept', 1);
    for (let i = 0; i < 4; i++) {
      await engine.append(engine.requirePartition('gone', i % 2), [batch(2, { tag: i })]);
      await engine.append(engine.requirePartition('kept', 0), [batch(2, { tag: i })]);
    }
    await engine.compactNow();
    const goneId = engine.topic('gone')!.topicId;
    // An object a leader cut but never recorded (it lost leadership, or crashed, first).
    await store.put(`data/${goneId}/1/00000000000000000099-orphan`, Buffer.from('x'));
    expect((await store.list(`data/${goneId}/`)).length).toBe(3);
    await engine.deleteTopic('gone');
    await engine.compactNow();
    expect(await store.list(`data/${goneId}/`)).toEqual([]);
    expect([...engine.meta.streamObjects.values()].filter((o) => o.topicId === goneId)).toEqual([]);
    expect(engine.compactionStats.deletedTopicObjects_total).toBe(3);
    // The WAL objects that held both topics are gone too: 'kept' is compacted, 'gone' is deleted.
    expect((await store.list('wal/')).length).toBeLessThanOrEqual(1);
    await engine.close();
    const reopened = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    expect((await readAll(reopened, 'kept', 0)).map((r) => r.tag)).toEqual([0, 1, 2, 3]);
    expect(reopened.topic('gone')).toBeUndefined();
    await reopened.close();
  });
});

describe('metadata snapshots', () => {
  it('writes a snapshot every 2000 entries and starts from it, with the same state', async () => {
    const store = new MemoryObjectStore();
    const compaction = { interval_ms: 3_600_000 };
    const engine = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    await engine.createTopic('t', 2, { 'retention.ms': '1000' });
    for (let i = 0; i < 2100; i++) {
      await engine.appendMeta([
        {
          type: 'offsets-committed',
          group: `g${i % 7}`,
          offsets: [
            { topic: 't', partition: i % 2, offset: i, leaderEpoch: 0, metadata: null, commitTime_ms: i },
          ],
        },
      ]);
    }
    await engine.append(engine.requirePartition('t', 1), [batch(4, { tag: 9 })]);
    await engine.compactNow();
    const snapshots = await store.list('meta/snapshot/');
    expect(snapshots).toHaveLength(1);
    const before = engine.meta.toSnapshot();
    await engine.close();
    // Prove the restart starts from the snapshot: the entries it covers are gone.
    const covered = Number(snapshots[0].slice('meta/snapshot/'.length));
    await store.delete(
      (await store.list('meta/log/')).filter((k) => Number(k.slice('meta/log/'.length)) <= covered),
    );
    // Entries after the snapshot are read from the log as usual.
    const reopened = await StorageEngine.open(store, { nodeId: 0, logger, compaction });
    const after = reopened.meta.toSnapshot();
    expect(after.groupOffsets).toEqual(before.groupOffsets);
    expect(after.topics).toEqual(before.topics);
    expect(after.streams.length).toBe(before.streams.length + 1);
    expect((await readAll(reopened, 't', 1)).map((r) => r.tag)).toEqual([9]);
    await reopened.close();
  });

  it('deletes the log objects a snapshot covers once it is old enough, and starts again from it', async () => {
    const store = new MemoryObjectStore();
    const compaction = { interval_ms: 3_600_000 };
    const metadataSnapshots = { every: 50, grace_ms: 0 };
    const engine = await StorageEngine.open(store, { nodeId: 0, logger, compaction, metadataSnapshots });
    await engine.createTopic('t', 1);
    const commit = (i: number) =>
      engine.appendMeta([
        {
          type: 'offsets-committed',
          group: 'g',
          offsets: [
            { topic: 't', partition: 0, offset: i, leaderEpoch: 0, metadata: null, commitTime_ms: i },
          ],
        },
      ]);
    for (let i = 0; i < 60; i++) await commit(i);
    await engine.compactNow();
    const first = Number((await store.list('meta/snapshot/'))[0].slice('meta/snapshot/'.length));
    // Everything up to the snapshot is gone, the marker says so, the rest is still there.
    const logSeqs = (await store.list('meta/log/')).map((k) => Number(k.slice('meta/log/'.length)));
    expect(logSeqs.filter((seq) => seq <= first)).toEqual([]);
    expect(JSON.parse((await store.get('meta/log-start')).toString())).toEqual({ seq: first + 1 });
    expect(engine.compactionStats.metaLogObjectsDeleted_total).toBe(first + 1);
    for (let i = 60; i < 130; i++) await commit(i);
    await engine.compactNow();
    expect(engine.compactionStats.metaLogObjectsDeleted_total).toBeGreaterThan(first + 1);
    // Entries after the newest snapshot stay in the log, and a restart reads them after it.
    for (let i = 130; i < 135; i++) await commit(i);
    expect((await store.list('meta/log/')).length).toBe(5);
    const before = engine.meta.toSnapshot();
    await engine.close();
    const reopened = await StorageEngine.open(store, { nodeId: 0, logger, compaction, metadataSnapshots });
    expect(reopened.meta.toSnapshot().groupOffsets).toEqual(before.groupOffsets);
    await reopened.close();
    // Without a readable snapshot a truncated log cannot be rebuilt: a clear refusal, not a guess.
    await store.delete(await store.list('meta/snapshot/'));
    await expect(StorageEngine.open(store, { nodeId: 0, logger, compaction })).rejects.toThrow(
      /no metadata snapshot .* the metadata log before entry \d+ was deleted/,
    );
  });
});
