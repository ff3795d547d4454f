// Seeded randomised crash test of the storage engine: acked batches survive crashes and store faults (I1, I3).
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { type AppendBatch, StorageEngine } from './engine.ts';
import { FaultyObjectStore } from './objectstore/faulty.ts';
import { MemoryObjectStore } from './objectstore/memory.ts';

const logger = pino({ level: 'silent' });

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function stampedBatch(id: number, count: number, producerId: bigint, seq: number): AppendBatch {
  const bytes = Buffer.alloc(64);
  bytes.writeUInt32BE(id, 20);
  return {
    bytes,
    lastOffsetDelta: count - 1,
    recordCount: count,
    maxTimestamp: 0,
    producerId,
    producerEpoch: 0,
    baseSequence: seq,
  };
}

async function runScenario(seed: number): Promise<void> {
  const random = mulberry32(seed);
  const inner = new MemoryObjectStore();
  const partitions = 3;
  const acked = new Map<number, { partition: number; offset: number }>();
  let nextId = 1;
  let engine = await StorageEngine.open(inner, {
    nodeId: 0,
    logger,
    maxInFlightCommits: 1 + Math.floor(random() * 4),
  });
  await engine.createTopic('t', partitions);
  for (let incarnation = 0; incarnation < 6; incarnation++) {
    const store = new FaultyObjectStore(inner, { seed: seed * 31 + incarnation });
    if (incarnation > 0)
      engine = await StorageEngine.open(store, {
        nodeId: 0,
        logger,
        maxInFlightCommits: 1 + Math.floor(random() * 4),
      });
    store.setFaults({
      put: { errorRate: random() * 0.3, errorTiming: 'random', latency_ms: 0, jitter_ms: 3 },
    });
    let crashed = false;
    const producers = await Promise.all([engine.allocateProducerId(), engine.allocateProducerId()]);
    const work: Promise<void>[] = [];
    for (const producerId of producers) {
      work.push(
        (async () => {
          const seqs = new Array<number>(partitions).fill(0);
          for (let step = 0; step < 25 && !crashed; step++) {
            const partition = Math.floor(random() * partitions);
            const count = 1 + Math.floor(random() * 4);
            const id = nextId++;
            // Retry like an idempotent client until acked or the broker "crashes".
            for (let attempt = 0; attempt < 20 && !crashed; attempt++) {
              try {
                const log = engine.requirePartition('t', partition);
                const result = await engine.append(log, [
                  stampedBatch(id, count, producerId, seqs[partition]),
                ]);
                if (!crashed) acked.set(id, { partition, offset: result.baseOffset });
                seqs[partition] += count;
                break;
              } catch {
                await new Promise((resolve) => setTimeout(resolve, 2));
              }
            }
          }
        })(),
      );
    }
    // Crash at a random moment: the old engine is abandoned with writes still in flight.
    await Promise.race([Promise.all(work), new Promise((resolve) => setTimeout(resolve, 5 + random() * 40))]);
    crashed = true;
  }
  const final = await StorageEngine.open(inner, { nodeId: 0, logger, logCache_bytes: 0 });
  const seen = new Map<number, { partition: number; offset: number }[]>();
  for (let partition = 0; partition < partitions; partition++) {
    const log = final.requirePartition('t', partition);
    for (const indexed of [...log.batches]) {
      const result = await final.read(log, indexed.baseOffset, 1);
      const bytes = result.records[0];
      const id = bytes.readUInt32BE(20);
      expect(Number(bytes.readBigInt64BE(0))).toBe(indexed.baseOffset);
      const list = seen.get(id) ?? [];
      list.push({ partition, offset: indexed.baseOffset });
      seen.set(id, list);
    }
  }
  if (process.env.LONGHAUL_DEBUG)
    console.log(`seed ${seed}: acked ${acked.size}, stored ${seen.size}, ids ${nextId - 1}`);
  for (const [id, where] of acked) {
    expect(seen.get(id), `seed ${seed}: acked batch ${id} at ${JSON.stringify(where)}`).toEqual([where]);
  }
  for (const [id, list] of seen)
    expect(list.length, `seed ${seed}: batch ${id} stored ${list.length} times`).toBe(1);
}

describe('storage engine under crashes and store faults (seeded)', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`keeps every acked batch exactly once at its acked offset (seed ${seed})`, async () => {
      await runScenario(seed);
    });
  }
});
