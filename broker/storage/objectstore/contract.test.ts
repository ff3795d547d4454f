// The object store contract, one suite run against every backend: memory, fs and s3 (on s3rver).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/helpers/ports.ts';
import { tempDir } from '../../../test/helpers/tmp.ts';
import { FsObjectStore } from './fs.ts';
import { compareKeys } from './keys.ts';
import { MemoryObjectStore } from './memory.ts';
import { S3ObjectStore } from './s3.ts';
import { type RunningS3rver, s3rverCredentials, startS3rver } from './testing/s3rver.ts';
import { type ObjectStore, ObjectStoreError } from './types.ts';

interface Backend {
  readonly name: string;
  open(): Promise<ObjectStore>;
  cleanup?(): Promise<void>;
  /** What open should find out about conditional writes. */
  readonly conditionalPut: boolean;
  /** Why this backend cannot pass the nested-prefix ordering case, when it cannot. */
  readonly nestedOrderQuirk?: string;
  /** Keys for the many-keys case: more than one list page and one delete batch of this backend. */
  readonly manyKeys: number;
}

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

async function expectStoreError(
  promise: Promise<unknown>,
  code: ObjectStoreError['code'],
): Promise<ObjectStoreError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ObjectStoreError ${code}`).toBeInstanceOf(ObjectStoreError);
  expect((error as ObjectStoreError).code).toBe(code);
  return error as ObjectStoreError;
}

/** Every key under `prefix`, fetched `pageSize` at a time through startAfter. */
async function listInPages(store: ObjectStore, prefix: string, pageSize: number): Promise<string[]> {
  const keys: string[] = [];
  for (let page = 0; page < 10_000; page++) {
    const next = await store.list(prefix, { startAfter: keys.at(-1), limit: pageSize });
    expect(next.length).toBeLessThanOrEqual(pageSize);
    keys.push(...next);
    if (next.length < pageSize) return keys;
  }
  throw new Error('listInPages did not finish');
}

async function putAll(store: ObjectStore, keys: readonly string[], concurrency = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++];
      await store.put(key, bytes(key));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function describeObjectStoreContract(backend: Backend): void {
  describe(`object store contract: ${backend.name}`, () => {
    let store: ObjectStore;

    beforeEach(async () => {
      store = await backend.open();
    });

    afterEach(async () => {
      await store.close();
      await backend.cleanup?.();
    });

    it('get returns what put stored, and neither side shares the caller’s buffer', async () => {
      const body = new Uint8Array([1, 2, 3, 4]);
      await store.put('copy/one', body);
      body[0] = 99;
      const got = await store.get('copy/one');
      expect([...got]).toEqual([1, 2, 3, 4]);
      got[1] = 99;
      expect([...(await store.get('copy/one'))]).toEqual([1, 2, 3, 4]);
    });

    it('put replaces an existing object whole, and stores an empty object', async () => {
      await store.put('replace/k', bytes('a much longer first version'));
      await store.put('replace/k', bytes('short'));
      expect((await store.get('replace/k')).toString()).toBe('short');
      await store.put('replace/empty', new Uint8Array(0));
      expect((await store.get('replace/empty')).length).toBe(0);
      expect(await store.head('replace/empty')).toEqual({ size_bytes: 0 });
    });

    it('get of a missing key fails with NotFound naming the key, whole or ranged', async () => {
      const error = await expectStoreError(store.get('missing/key'), 'NotFound');
      expect(error.key).toBe('missing/key');
      expect(error.retriable).toBe(false);
      await expectStoreError(store.get('missing/key', { start: 0, end: 4 }), 'NotFound');
      await expectStoreError(store.get('missing/key', { start: 2, end: 2 }), 'NotFound');
    });

    it('get of a byte range returns exactly those bytes, cut short at the end of the object', async () => {
      await store.put('range/k', bytes('0123456789'));
      const read = async (start: number, end: number) =>
        (await store.get('range/k', { start, end })).toString();
      expect(await read(0, 10)).toBe('0123456789');
      expect(await read(2, 5)).toBe('234');
      expect(await read(9, 10)).toBe('9');
      expect(await read(7, 100)).toBe('789');
      expect(await read(4, 4)).toBe('');
      expect(await read(10, 20)).toBe('');
      expect(await read(15, 20)).toBe('');
    });

    it('head gives the size, or undefined for a missing key', async () => {
      await store.put('head/k', new Uint8Array(1234));
      expect(await store.head('head/k')).toEqual({ size_bytes: 1234 });
      expect(await store.head('head/missing')).toBeUndefined();
    });

    it('list returns the keys under a prefix in order, also for a prefix ending mid-segment', async () => {
      await putAll(store, ['l/b/2', 'l/a', 'l/b/1', 'l/c', 'l/ba', 'm/x', 'k']);
      expect(await store.list('l/')).toEqual(['l/a', 'l/b/1', 'l/b/2', 'l/ba', 'l/c']);
      expect(await store.list('l/b')).toEqual(['l/b/1', 'l/b/2', 'l/ba']);
      expect(await store.list('l/b/')).toEqual(['l/b/1', 'l/b/2']);
      expect(await store.list('l/b/1')).toEqual(['l/b/1']);
      expect(await store.list('')).toEqual(['k', 'l/a', 'l/b/1', 'l/b/2', 'l/ba', 'l/c', 'm/x']);
      expect(await store.list('nothing/')).toEqual([]);
      expect(await store.list('l/zz')).toEqual([]);
    });

    it('list orders keys across nested prefixes as S3 does (by UTF-8 bytes)', async (context) => {
      context.skip(backend.nestedOrderQuirk !== undefined, backend.nestedOrderQuirk);
      // '-' and '.' sort before '/', so 'n/a-c' comes between 'n/a' and 'n/a/b'.
      const keys = [
        'n/a',
        'n/a/b',
        'n/a/b/c',
        'n/a-c',
        'n/a.x',
        'n/a0',
        'n/A',
        'n/z',
        'n/ä',
        'n/a/b-',
        'n/a/bc',
      ];
      await putAll(store, keys);
      const expected = [...keys].sort(compareKeys);
      expect(expected).toEqual([
        'n/A',
        'n/a',
        'n/a-c',
        'n/a.x',
        'n/a/b',
        'n/a/b-',
        'n/a/b/c',
        'n/a/bc',
        'n/a0',
        'n/z',
        'n/ä',
      ]);
      expect(await store.list('n/')).toEqual(expected);
      expect(await listInPages(store, 'n/', 2)).toEqual(expected);
      expect(await store.list('n/', { startAfter: 'n/a/b' })).toEqual(expected.slice(5));
    });

    it('list pages through keys with startAfter and limit, every key exactly once', async () => {
      const keys: string[] = [];
      for (let i = 0; i < 23; i++) keys.push(`p/${String(i % 3)}/${String(i).padStart(3, '0')}`);
      keys.push('p/3', 'p/4/x/y');
      await putAll(store, keys);
      const expected = [...keys].sort(compareKeys);
      for (const pageSize of [1, 4, 7, 100])
        expect(await listInPages(store, 'p/', pageSize)).toEqual(expected);
      expect(await store.list('p/', { limit: 3 })).toEqual(expected.slice(0, 3));
      expect(await store.list('p/', { limit: 0 })).toEqual([]);
    });

    it('list honours a startAfter that is not a key, or lies outside the prefix', async () => {
      await putAll(store, ['s/1/a', 's/1/b', 's/2/a', 's/3']);
      expect(await store.list('s/', { startAfter: 's/1/aa' })).toEqual(['s/1/b', 's/2/a', 's/3']);
      expect(await store.list('s/', { startAfter: 's/1/' })).toEqual(['s/1/a', 's/1/b', 's/2/a', 's/3']);
      expect(await store.list('s/', { startAfter: 's/1/b' })).toEqual(['s/2/a', 's/3']);
      expect(await store.list('s/', { startAfter: 's/2' })).toEqual(['s/2/a', 's/3']);
      expect(await store.list('s/', { startAfter: 'a' })).toEqual(['s/1/a', 's/1/b', 's/2/a', 's/3']);
      expect(await store.list('s/', { startAfter: 't' })).toEqual([]);
      expect(await store.list('s/', { startAfter: 's/3' })).toEqual([]);
    });

    it('delete removes the keys, ignores missing ones and leaves the rest', async () => {
      await putAll(store, ['d/1', 'd/2/x', 'd/2/y', 'd/3']);
      await store.delete(['d/1', 'd/2/x', 'd/never']);
      expect(await store.list('d/')).toEqual(['d/2/y', 'd/3']);
      await expectStoreError(store.get('d/2/x'), 'NotFound');
      await store.delete([]);
      await store.delete(['d/2/y', 'd/3']);
      expect(await store.list('')).toEqual([]);
      await store.put('d/2/x', bytes('again'));
      expect(await store.list('d/')).toEqual(['d/2/x']);
    });

    it(`lists and deletes ${backend.manyKeys} keys (several list pages and delete batches)`, async () => {
      const keys = Array.from({ length: backend.manyKeys }, (_, i) => `many/${String(i).padStart(5, '0')}`);
      await putAll(store, keys, 32);
      expect(await store.list('many/')).toEqual(keys);
      expect(await store.list('many/', { startAfter: keys[98], limit: 5 })).toEqual(keys.slice(99, 104));
      await store.delete(keys);
      expect(await store.list('many/')).toEqual([]);
    });

    it('a conditional put creates a new key and refuses an existing one, leaving it unchanged', async () => {
      await store.put('cond/k', bytes('first'), { ifNoneMatch: true });
      const error = await expectStoreError(
        store.put('cond/k', bytes('second'), { ifNoneMatch: true }),
        'PreconditionFailed',
      );
      expect(error.key).toBe('cond/k');
      expect((await store.get('cond/k')).toString()).toBe('first');
      await store.put('cond/k', bytes('plain put still replaces'));
      expect((await store.get('cond/k')).toString()).toBe('plain put still replaces');
    });

    it(`reports supportsConditionalPut = ${backend.conditionalPut}`, () => {
      expect(store.supportsConditionalPut).toBe(backend.conditionalPut);
    });

    it('of many concurrent conditional creates of one key exactly one succeeds', async (context) => {
      context.skip(
        !backend.conditionalPut,
        `${backend.name} does not honour If-None-Match on PUT, so a conditional put is HEAD + PUT and not atomic`,
      );
      for (let round = 0; round < 3; round++) {
        const key = `race/${round}`;
        const contenders = Array.from({ length: 12 }, (_, i) => `contender ${i}`);
        const results = await Promise.allSettled(
          contenders.map((body) => store.put(key, bytes(body), { ifNoneMatch: true })),
        );
        const winners = contenders.filter((_, i) => results[i].status === 'fulfilled');
        expect(winners).toHaveLength(1);
        for (const result of results) {
          if (result.status === 'rejected') {
            expect(result.reason).toBeInstanceOf(ObjectStoreError);
            expect((result.reason as ObjectStoreError).code).toBe('PreconditionFailed');
          }
        }
        expect((await store.get(key)).toString()).toBe(winners[0]);
      }
    });

    it('keys with spaces, percent signs, dots and non-ASCII characters round-trip and list', async () => {
      const keys = [
        'u/a b',
        'u/100%',
        'u/%41',
        'u/.hidden',
        'u/..',
        'u/.',
        'u/ünï/çødé',
        'u/😀',
        'u/a+b=c&d',
        'u/x~y',
      ];
      await putAll(store, keys);
      for (const key of keys) expect((await store.get(key)).toString()).toBe(key);
      const listed = await store.list('u/');
      // s3rver sorts its own file names ('.' + '._S3rver_object' after '..' + ...), see nestedOrderQuirk.
      expect(backend.nestedOrderQuirk ? [...listed].sort(compareKeys) : listed).toEqual(
        [...keys].sort(compareKeys),
      );
    });

    it('a multi-megabyte object round-trips, and a range from its middle', async () => {
      const body = Buffer.alloc(3 * 1024 * 1024 + 17);
      for (let i = 0; i < body.length; i++) body[i] = (i * 31) & 0xff;
      await store.put('big/object', body);
      expect((await store.get('big/object')).equals(body)).toBe(true);
      const start = 1024 * 1024 + 5;
      expect(
        (await store.get('big/object', { start, end: start + 100_000 })).equals(
          body.subarray(start, start + 100_000),
        ),
      ).toBe(true);
    });

    it('rejects malformed keys as caller bugs', async () => {
      for (const key of ['', '/a', 'a/', 'a//b', 'a\nb', '\ud800x']) {
        await expect(store.put(key, bytes('x')), JSON.stringify(key)).rejects.toThrow(/invariant violated/);
      }
      await expect(store.get('k', { start: 5, end: 2 })).rejects.toThrow(/invariant violated/);
    });
  });
}

describeObjectStoreContract({
  name: 'memory',
  conditionalPut: true,
  manyKeys: 1005,
  open: async () => new MemoryObjectStore(),
});

describeObjectStoreContract({
  name: 'fs',
  conditionalPut: true,
  // Each put fsyncs twice; fs.test.ts lists 20 000 keys written directly.
  manyKeys: 300,
  open: () => FsObjectStore.open(tempDir('objectstore-fs-')),
});

let s3rver: RunningS3rver | undefined;
describeObjectStoreContract({
  name: 's3 (s3rver)',
  conditionalPut: false,
  // s3rver takes ~4 ms a put; pages and batches of 50 exercise the same code as S3's 1000.
  manyKeys: 120,
  nestedOrderQuirk:
    's3rver lists by walking its directory tree, so a key sorts after the keys "under" it and ' +
    'siblings with characters below "/" (such as "-" or ".") come out of order (see README)',
  open: async () => {
    s3rver = await startS3rver({
      port: await freePort(),
      directory: tempDir('objectstore-s3rver-'),
      buckets: ['contract'],
    });
    return S3ObjectStore.open(s3rver.url('contract', 'tenant/a'), {
      credentials: s3rverCredentials,
      listPageSize: 50,
      deleteBatchSize: 50,
    });
  },
  cleanup: async () => {
    await s3rver?.close();
    s3rver = undefined;
  },
});
