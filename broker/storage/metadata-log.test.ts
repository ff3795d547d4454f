// The metadata log after truncation: a reader that fell behind finds out instead of writing into the gap.
import { describe, expect, it } from 'vitest';
import { MetadataLog, MetadataLogTruncatedError, metaLogKey, metaLogStartKey } from './metadata-log.ts';
import type { MetaEntry } from './metadata-state.ts';
import { MemoryObjectStore } from './objectstore/memory.ts';

const entry = (i: number): MetaEntry => ({
  type: 'offsets-committed',
  group: 'g',
  offsets: [{ topic: 't', partition: 0, offset: i, leaderEpoch: 0, metadata: null, commitTime_ms: i }],
});

function reader(store: MemoryObjectStore, trustEndFor_ms: number) {
  const seen: number[] = [];
  const truncations: MetadataLogTruncatedError[] = [];
  const log = new MetadataLog(store, 'reader', (_entries, seq) => seen.push(seq), {
    trustEndFor_ms,
    onTruncated: (error) => truncations.push(error),
  });
  return { log, seen, truncations };
}

async function truncate(store: MemoryObjectStore, below: number): Promise<void> {
  await store.put(metaLogStartKey, Buffer.from(JSON.stringify({ seq: below })));
  await store.delete([...Array(below).keys()].map(metaLogKey));
}

describe('metadata log truncation', () => {
  it('a reader behind the truncation point is told so, and never writes into the gap', async () => {
    const store = new MemoryObjectStore();
    const writer = new MetadataLog(store, 'writer', () => {});
    for (let i = 0; i < 10; i++) await writer.append([entry(i)]);
    const behind = reader(store, 0);
    expect(await behind.log.poll()).toBe(10);
    for (let i = 10; i < 20; i++) await writer.append([entry(i)]);
    await truncate(store, 15);

    await expect(behind.log.poll()).rejects.toBeInstanceOf(MetadataLogTruncatedError);
    expect(behind.truncations).toHaveLength(1);
    expect(behind.truncations[0].message).toMatch(/truncated below entry 15 .* applied only up to 9/);
    await expect(behind.log.append([entry(99)])).rejects.toBeInstanceOf(MetadataLogTruncatedError);
    // Nothing was written at a free number below the truncation point.
    expect(await store.list('meta/log/')).toEqual([15, 16, 17, 18, 19].map(metaLogKey));
  });

  it('a write that lands below a truncation made while it was under way does not count', async () => {
    const store = new MemoryObjectStore();
    const writer = new MetadataLog(store, 'writer', () => {});
    for (let i = 0; i < 5; i++) await writer.append([entry(i)]);
    const slow = reader(store, 0);
    await slow.log.poll();
    // Its next write (entry 5) is "paused" in flight while the others write on and truncate.
    const put = store.put.bind(store);
    store.put = async (key, body, options) => {
      const result = await put(key, body, options);
      if (key === metaLogKey(5)) await store.put(metaLogStartKey, Buffer.from(JSON.stringify({ seq: 9 })));
      return result;
    };
    await expect(slow.log.append([entry(5)])).rejects.toBeInstanceOf(MetadataLogTruncatedError);
    expect(slow.seen).toEqual([0, 1, 2, 3, 4]);
    expect(slow.truncations).toHaveLength(1);
  });

  it('a reader at or past the truncation point carries on, reading and writing', async () => {
    const store = new MemoryObjectStore();
    const writer = new MetadataLog(store, 'writer', () => {});
    for (let i = 0; i < 20; i++) await writer.append([entry(i)]);
    await truncate(store, 15);
    const current = reader(store, 0);
    current.log.resumeAfter(14);
    expect(await current.log.poll()).toBe(5);
    expect(await current.log.append([entry(20)])).toBe(20);
    expect(current.truncations).toEqual([]);
    expect(current.seen).toEqual([15, 16, 17, 18, 19, 20]);
  });

  it('a reader that reached the end of the log lately does not read the truncation point', async () => {
    const store = new MemoryObjectStore();
    const writer = new MetadataLog(store, 'writer', () => {});
    for (let i = 0; i < 3; i++) await writer.append([entry(i)]);
    const fresh = reader(store, 60_000);
    await fresh.log.poll();
    let markerReads = 0;
    const get = store.get.bind(store);
    store.get = async (key: string) => {
      if (key === metaLogStartKey) markerReads++;
      return get(key);
    };
    await fresh.log.poll();
    await fresh.log.append([entry(3)]);
    expect(markerReads).toBe(0);
  });
});
