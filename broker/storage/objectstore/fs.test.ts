// The fs backend beyond the shared contract: several processes, crashes, temp files, layout, errors.
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, spawnProcess, type TestProcess } from '../../../test/helpers/processes.ts';
import { tempDir } from '../../../test/helpers/tmp.ts';
import { sleep } from '../../../test/helpers/wait.ts';
import { FsObjectStore, fsErrorToObjectStoreError } from './fs.ts';
import {
  directoryName,
  encodeSegment,
  fileName,
  markerFileName,
  parseEntryName,
  tempDirectoryName,
} from './fs-layout.ts';
import { ObjectStoreError } from './types.ts';

const testingDir = join(repoRoot, 'broker', 'storage', 'objectstore', 'testing');

function runScript(script: string, args: readonly string[], name: string): TestProcess {
  return spawnProcess(process.execPath, ['--import', 'tsx', join(testingDir, script), ...args], { name });
}

function errno(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  error.code = code;
  return error;
}

describe('fs object store', () => {
  it('two processes racing conditional creates of the same keys: exactly one winner per key', async () => {
    const directory = tempDir('objectstore-race-');
    const goFile = join(tempDir('objectstore-race-go-'), 'go');
    const count = 200;
    const racers = ['left', 'right'].map((name) =>
      runScript('fs-racer.ts', [directory, name, String(count), goFile], `racer ${name}`),
    );
    await Promise.all(racers.map((racer) => racer.waitForOutput(/ready/, 20_000)));
    writeFileSync(goFile, 'go');
    const won = await Promise.all(
      racers.map(
        async (racer) => JSON.parse((await racer.waitForOutput(/won (\[.*\])/, 30_000))[1]) as number[],
      ),
    );
    const [left, right] = won;
    expect(left.filter((index) => right.includes(index))).toEqual([]);
    expect([...left, ...right].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
    // Both won some keys, or the race did not race.
    expect(left.length).toBeGreaterThan(0);
    expect(right.length).toBeGreaterThan(0);
    const store = await FsObjectStore.open(directory);
    for (const index of [...left.slice(0, 20), ...right.slice(0, 20)]) {
      const owner = left.includes(index) ? 'left' : 'right';
      expect((await store.get(`race/${String(index).padStart(4, '0')}`)).toString()).toBe(owner);
    }
    expect(await store.list('race/')).toHaveLength(count);
  });

  it('a put killed mid-write leaves either no object or the whole object, and no listed temp file', async () => {
    const directory = tempDir('objectstore-crash-');
    for (let round = 0; round < 3; round++) {
      const crasher = runScript('fs-crasher.ts', [directory, String(round)], `crasher ${round}`);
      await crasher.waitForOutput(/wrote 4\b/, 20_000);
      await sleep(round * 7);
      await crasher.stop('SIGKILL', 5_000);
    }
    const store = await FsObjectStore.open(directory);
    const keys = await store.list('');
    expect(keys.length).toBeGreaterThanOrEqual(3 + 2 * 3);
    for (const key of keys) {
      expect(key).toMatch(/^crash\/(replaced\/\d|created\/\d-\d+)$/);
      const body = await store.get(key);
      expect(body.length, key).toBeGreaterThanOrEqual(1024 * 1024);
      expect(body.readUInt32BE(0), `${key} says its own size`).toBe(body.length);
      const fill = body[4];
      expect(
        body.subarray(4).every((byte) => byte === fill),
        `${key} holds one version only`,
      ).toBe(true);
    }
  });

  it('never lists temp files, and removes stale ones (leftovers of crashed puts) at open', async () => {
    const directory = tempDir('objectstore-temp-');
    const store = await FsObjectStore.open(directory);
    await store.put('real/key', Buffer.from('x'));
    const temps = join(directory, tempDirectoryName);
    writeFileSync(join(temps, '1234-deadbeef'), 'half a WAL object');
    writeFileSync(join(temps, '1234-fresh'), 'a put in flight in another process');
    const old_s = Date.now() / 1000 - 2 * 60 * 60;
    utimesSync(join(temps, '1234-deadbeef'), old_s, old_s);
    // Stray files in key directories that are not valid encodings are not keys either.
    writeFileSync(join(directory, directoryName('real'), '.partial'), 'junk');
    writeFileSync(join(directory, directoryName('real'), 'bad%zz'), 'junk');
    expect(await store.list('')).toEqual(['real/key']);
    await FsObjectStore.open(directory);
    expect(readdirSync(temps)).toEqual(['1234-fresh']);
  });

  it('lets keys a and a/b coexist, in a layout a person can read', async () => {
    const directory = tempDir('objectstore-layout-');
    const store = await FsObjectStore.open(directory);
    await store.put('wal/7', Buffer.from('file'));
    await store.put('wal/7/000042', Buffer.from('nested'));
    expect(existsSync(join(directory, 'wal%2F', '7'))).toBe(true);
    expect(existsSync(join(directory, 'wal%2F', '7%2F', '000042'))).toBe(true);
    expect(existsSync(join(directory, markerFileName))).toBe(true);
    expect(await store.list('wal/')).toEqual(['wal/7', 'wal/7/000042']);
    expect((await store.get('wal/7')).toString()).toBe('file');
  });

  it('removes directories left empty by delete, as S3 has no empty prefixes', async () => {
    const directory = tempDir('objectstore-prune-');
    const store = await FsObjectStore.open(directory);
    await store.put('x/y/z', Buffer.from('1'));
    await store.put('x/w', Buffer.from('2'));
    await store.delete(['x/y/z']);
    expect(existsSync(join(directory, 'x%2F', 'y%2F'))).toBe(false);
    expect(existsSync(join(directory, 'x%2F'))).toBe(true);
    await store.delete(['x/w']);
    expect(readdirSync(directory).sort()).toEqual([markerFileName, tempDirectoryName].sort());
  });

  it('refuses a non-empty directory that is not a store, and reopens its own', async () => {
    const directory = tempDir('objectstore-foreign-');
    writeFileSync(join(directory, 'notes.txt'), 'precious');
    await expect(FsObjectStore.open(directory)).rejects.toThrow(
      /not empty and has no \.longhaul-objectstore marker/,
    );
    expect(readdirSync(directory)).toEqual(['notes.txt']);
    const own = tempDir('objectstore-own-');
    const first = await FsObjectStore.open(own);
    await first.put('k', Buffer.from('v'));
    const second = await FsObjectStore.open(own);
    expect((await second.get('k')).toString()).toBe('v');
  });

  it('fails with a UserError when the path is not a directory it can create', async () => {
    const parent = tempDir('objectstore-file-');
    writeFileSync(join(parent, 'file'), 'x');
    await expect(FsObjectStore.open(join(parent, 'file', 'store'))).rejects.toMatchObject({
      name: 'UserError',
      message: expect.stringMatching(
        /cannot use .*file\/store as an object store: creating the directory failed/,
      ),
    });
  });

  it('without hard links, a conditional put is emulated and still refuses an existing key', async () => {
    const store = await FsObjectStore.open(tempDir('objectstore-nolink-'), { disableHardLinks: true });
    expect(store.supportsConditionalPut).toBe(false);
    await store.put('k', Buffer.from('first'), { ifNoneMatch: true });
    await expect(store.put('k', Buffer.from('second'), { ifNoneMatch: true })).rejects.toMatchObject({
      code: 'PreconditionFailed',
    });
    expect((await store.get('k')).toString()).toBe('first');
  });

  it('pages through 20 000 keys in one directory in 1000-key pages within seconds', async () => {
    // Listing cost is readdir and sorting, the same on any file system; creating 20 000 files on a
    // busy disk takes longer than the listing, so use tmpfs when there is one.
    const onTmpfs = existsSync('/dev/shm');
    const directory = onTmpfs
      ? mkdtempSync('/dev/shm/longhaul-objectstore-many-')
      : tempDir('objectstore-many-');
    try {
      const store = await FsObjectStore.open(directory);
      // Written directly, in the store's layout: 20 000 fsynced puts would only measure the disk.
      const keyDirectory = join(directory, directoryName('many'));
      mkdirSync(keyDirectory);
      const keys = Array.from(
        { length: 20_000 },
        (_, i) => `many/${String((i * 7919) % 20_000).padStart(6, '0')}`,
      );
      for (const key of keys) closeSync(openSync(join(keyDirectory, fileName(key.slice(5))), 'wx'));
      const started_ms = Date.now();
      const listed: string[] = [];
      for (;;) {
        const page = await store.list('many/', { startAfter: listed.at(-1), limit: 1000 });
        listed.push(...page);
        if (page.length < 1000) break;
      }
      const elapsed_ms = Date.now() - started_ms;
      expect(listed).toEqual([...keys].sort());
      expect(elapsed_ms).toBeLessThan(10_000);
      expect(await store.list('many/', { startAfter: 'many/019990' })).toHaveLength(9);
    } finally {
      if (onTmpfs) rmSync(directory, { recursive: true, force: true });
    }
  });

  it('maps errno codes: ENOENT NotFound, full disk and permissions Fatal with what to do, the rest Unavailable', () => {
    const context = { directory: '/data/store', operation: 'put' as const, key: 'wal/1' };
    const full = fsErrorToObjectStoreError(errno('ENOSPC'), context);
    expect(full.code).toBe('Fatal');
    expect(full.message).toMatch(/\/data\/store.*disk is full \(ENOSPC\).*Free space/);
    expect(fsErrorToObjectStoreError(errno('EDQUOT'), context).code).toBe('Fatal');
    const denied = fsErrorToObjectStoreError(errno('EACCES'), context);
    expect(denied.code).toBe('Fatal');
    expect(denied.message).toMatch(/permission denied.*chown/);
    expect(fsErrorToObjectStoreError(errno('EROFS'), context).code).toBe('Fatal');
    expect(fsErrorToObjectStoreError(errno('ENOENT'), context).code).toBe('NotFound');
    for (const code of ['EIO', 'EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY']) {
      const error = fsErrorToObjectStoreError(errno(code), context);
      expect(error.code, code).toBe('Unavailable');
      expect(error.retriable).toBe(true);
      expect(error.key).toBe('wal/1');
    }
    const passthrough = new ObjectStoreError('PreconditionFailed', 'x');
    expect(fsErrorToObjectStoreError(passthrough, context)).toBe(passthrough);
  });

  it('encodes key segments so that names round-trip and never collide with temp files or directories', () => {
    for (const segment of ['plain', 'a b', '100%', '.hidden', '..', '.', 'ünï', '😀', 'x%2F', 'a~b']) {
      const file = fileName(segment);
      const directory = directoryName(segment);
      expect(file.startsWith('.')).toBe(false);
      expect(parseEntryName(file)).toEqual({ segment, isDirectory: false });
      expect(parseEntryName(directory)).toEqual({ segment, isDirectory: true });
      expect(file).not.toBe(directory);
    }
    expect(encodeSegment('wal')).toBe('wal');
    for (const foreign of [tempDirectoryName, markerFileName, '%zz', 'a%2fb', '%2F', 'a%2Fb']) {
      expect(parseEntryName(foreign), foreign).toBeUndefined();
    }
  });
});
