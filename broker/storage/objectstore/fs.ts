// Object store on a local directory: atomic, durable puts by fsync + rename/link, safe across processes.
import { randomBytes } from 'node:crypto';
import {
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
} from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assert, UserError } from '../../../common/errors.ts';
import {
  directoryName,
  keyPathComponents,
  layoutVersion,
  markerFileName,
  maxNameBytes,
  parseEntryName,
  tempDirectoryName,
} from './fs-layout.ts';
import { assertValidKey, assertValidRange, clampRange, compareKeys, listLimit } from './keys.ts';
import type { ByteRange, ListOptions, ObjectStore, ObjectStoreOperation, PutOptions } from './types.ts';
import { ObjectStoreError } from './types.ts';

export interface FsObjectStoreOptions {
  /**
   * Temp files at least this old are leftovers of a crashed put and are removed at open. It must
   * exceed the longest a put can take, pauses included (a SIGSTOPped broker resumes mid-put).
   * Default one hour.
   */
  readonly staleTempAge_ms?: number;
  /** For tests: behave as on a file system without hard links, where conditional put is emulated. */
  readonly disableHardLinks?: boolean;
}

/** A put's rename or link is retried this often when a concurrent delete removed the empty directory. */
const maxPlaceAttempts = 5;
/** Files unlinked at once by delete. */
const deleteConcurrency = 16;
const defaultStaleTempAge_ms = 60 * 60 * 1000;

/** Errno codes that mean "this file system cannot do hard links" rather than "this link failed". */
const noHardLinkCodes = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Maps a file-system error to the object store's error codes: a missing file is NotFound, a full
 * disk or a permission problem is Fatal with what to do, anything transient is Unavailable.
 */
export function fsErrorToObjectStoreError(
  error: unknown,
  context: { readonly directory: string; readonly operation: ObjectStoreOperation; readonly key?: string },
): ObjectStoreError {
  if (error instanceof ObjectStoreError) return error;
  const code = errnoCode(error) ?? 'unknown error';
  const what = `${context.operation}${context.key === undefined ? '' : ` of ${context.key}`}`;
  const where = `object store directory ${context.directory}`;
  const options = { key: context.key, cause: error };
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOENT':
      return new ObjectStoreError('NotFound', `${where}: ${what}: no such object`, options);
    case 'EEXIST':
      return new ObjectStoreError('PreconditionFailed', `${where}: ${what}: the key exists`, options);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ObjectStoreError(
        'Fatal',
        `${where}: ${what} failed: the disk is full (${code}). Free space on the volume that holds ` +
          `${context.directory} (or raise the quota), or restart with the data directory on a bigger volume; ` +
          'nothing can be written until then',
        options,
      );
    case 'EACCES':
    case 'EPERM':
      return new ObjectStoreError(
        'Fatal',
        `${where}: ${what} failed: permission denied (${code}). Make ${context.directory} and everything ` +
          `under it readable and writable by this process (uid ${process.getuid?.() ?? '?'}), e.g. with chown -R`,
        options,
      );
    case 'EROFS':
      return new ObjectStoreError(
        'Fatal',
        `${where}: ${what} failed: the file system is read-only. Remount it read-write or use another directory`,
        options,
      );
    case 'ENOTDIR':
    case 'EISDIR':
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return new ObjectStoreError(
        'Fatal',
        `${where}: ${what} failed: the directory layout is not what the store wrote (${detail}); ` +
          'was it changed by hand?',
        options,
      );
    default:
      // EIO, EMFILE, ENFILE, EAGAIN, EBUSY, EINTR, ESTALE...: the next attempt may well succeed.
      return new ObjectStoreError('Unavailable', `${where}: ${what} failed: ${detail}`, options);
  }
}

/** fsync of a directory, so that names created or removed in it survive a crash. */
async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (FUSE, some network mounts) cannot fsync a directory; nothing more to do.
    if (errnoCode(error) !== 'EINVAL' && errnoCode(error) !== 'ENOTSUP') throw error;
  } finally {
    await handle.close();
  }
}

/** Writes a new file and fsyncs it; the name must not exist yet. */
async function writeNewFileDurably(path: string, body: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  action: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await action(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

function openFailure(directory: string, doing: string, error: unknown): UserError {
  const code = errnoCode(error);
  const hints: Record<string, string> = {
    EACCES: `make ${directory} writable by this user (uid ${process.getuid?.() ?? '?'}) or choose another directory`,
    EPERM: `make ${directory} writable by this user (uid ${process.getuid?.() ?? '?'}) or choose another directory`,
    EROFS: 'the file system is read-only: choose a directory on a writable one',
    ENOSPC: `the disk holding ${directory} is full: free space or choose a directory on a bigger volume`,
    EDQUOT: `the disk quota for ${directory} is used up: free space or choose another directory`,
    ENOTDIR: 'a component of the path is a file, not a directory: fix the path',
  };
  return new UserError(
    `cannot use ${directory} as an object store: ${doing} failed: ${error instanceof Error ? error.message : String(error)}`,
    { hint: (code && hints[code]) ?? 'check the path and its permissions', cause: error },
  );
}

/**
 * A directory used as an object store (`file:///abs/dir`), the embedded default. Several processes
 * on one host may share it: a put writes and fsyncs a temp file under `.tmp/`, then renames it over
 * the key (or, for a conditional put, hard-links it to the key, which fails atomically when the
 * key exists) and fsyncs the key's directory. Readers see the whole old object or the whole new
 * one; a crash leaves at most a temp file, which is never listed and is removed by a later open.
 */
export class FsObjectStore implements ObjectStore {
  readonly url: string;
  /** Absolute path of the root directory. */
  readonly directory: string;
  readonly supportsConditionalPut: boolean;
  private readonly tempDirectory: string;
  private closed = false;

  private constructor(directory: string, supportsConditionalPut: boolean) {
    this.directory = directory;
    this.url = pathToFileURL(directory).href;
    this.supportsConditionalPut = supportsConditionalPut;
    this.tempDirectory = join(directory, tempDirectoryName);
  }

  /**
   * Opens (creating if missing) the store in `directory`. Fails with a UserError when the directory
   * cannot be created or written, is on a case-insensitive file system, or holds files that are
   * not an object store (so that pointing the broker at, say, a home directory never deletes in it).
   */
  static async open(directory: string, options: FsObjectStoreOptions = {}): Promise<FsObjectStore> {
    assert(isAbsolute(directory), () => `fs object store directory must be absolute: ${directory}`);
    const tempDirectory = join(directory, tempDirectoryName);
    try {
      await mkdir(directory, { recursive: true });
    } catch (error) {
      throw openFailure(directory, 'creating the directory', error);
    }
    // Checked before writing anything, so that a foreign directory is left exactly as it was.
    await FsObjectStore.checkMarker(directory, tempDirectory);
    const probe = join(tempDirectory, `probe-${process.pid}-${randomBytes(6).toString('hex')}-a`);
    let supportsConditionalPut = !options.disableHardLinks;
    try {
      await writeNewFileDurably(probe, Buffer.from('probe'));
      const caseVariant = `${probe.slice(0, -1)}A`;
      if (
        await lstat(caseVariant).then(
          () => true,
          () => false,
        )
      ) {
        throw new UserError(
          `cannot use ${directory} as an object store: its file system ignores the case of names, so keys ` +
            "'A' and 'a' would be one object",
          { hint: 'choose a directory on a case-sensitive file system (ext4, xfs, btrfs, tmpfs)' },
        );
      }
      if (supportsConditionalPut) {
        try {
          await link(probe, `${probe}-link`);
          await unlink(`${probe}-link`);
        } catch (error) {
          if (!noHardLinkCodes.has(errnoCode(error) ?? '')) throw error;
          supportsConditionalPut = false;
        }
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw openFailure(directory, 'writing a probe file', error);
    } finally {
      await rm(probe, { force: true }).catch(() => {});
    }
    await FsObjectStore.removeStaleTempFiles(
      tempDirectory,
      options.staleTempAge_ms ?? defaultStaleTempAge_ms,
    );
    return new FsObjectStore(directory, supportsConditionalPut);
  }

  /** Writes the marker into a new store, or checks that an existing directory is one of ours. */
  private static async checkMarker(directory: string, tempDirectory: string): Promise<void> {
    const markerPath = join(directory, markerFileName);
    const expected = `longhaul object store, layout ${layoutVersion}\n`;
    let marker: string | undefined;
    try {
      marker = await readFile(markerPath, 'utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw openFailure(directory, `reading ${markerPath}`, error);
    }
    if (marker !== undefined) {
      if (marker !== expected) {
        throw new UserError(
          `cannot use ${directory} as an object store: ${markerPath} says ${JSON.stringify(marker.trim())}, ` +
            `this version of longhaul reads ${JSON.stringify(expected.trim())}`,
          { hint: 'use the longhaul version that wrote this store, or a new directory' },
        );
      }
      try {
        await mkdir(tempDirectory, { recursive: true });
      } catch (error) {
        throw openFailure(directory, `creating ${tempDirectory}`, error);
      }
      return;
    }
    const entries = await readdir(directory).catch((error: unknown) => {
      throw openFailure(directory, 'reading the directory', error);
    });
    const foreign = entries.filter((name) => name !== tempDirectoryName && name !== markerFileName);
    if (foreign.length > 0) {
      throw new UserError(
        `cannot use ${directory} as an object store: it is not empty and has no ${markerFileName} marker ` +
          `(it holds ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', ...' : ''})`,
        { hint: 'point the store at a new or empty directory; the store deletes objects it lists' },
      );
    }
    // Written like an object (temp file + link) so that two processes opening at once both succeed.
    const temp = join(tempDirectory, `marker-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      await mkdir(tempDirectory, { recursive: true });
      await writeNewFileDurably(temp, Buffer.from(expected));
      await link(temp, markerPath).catch(async (error: unknown) => {
        if (errnoCode(error) === 'EEXIST') return;
        if (noHardLinkCodes.has(errnoCode(error) ?? '')) await rename(temp, markerPath);
        else throw error;
      });
      await syncDirectory(directory);
    } catch (error) {
      throw openFailure(directory, `writing ${markerPath}`, error);
    } finally {
      await rm(temp, { force: true }).catch(() => {});
    }
  }

  private static async removeStaleTempFiles(tempDirectory: string, staleAge_ms: number): Promise<void> {
    const names = await readdir(tempDirectory).catch(() => [] as string[]);
    const cutoff_ms = Date.now() - staleAge_ms;
    for (const name of names) {
      const path = join(tempDirectory, name);
      const info = await lstat(path).catch(() => undefined);
      if (info && info.mtimeMs < cutoff_ms) await rm(path, { force: true, recursive: true }).catch(() => {});
    }
  }

  /** Absolute path of the file that holds `key`. */
  pathOf(key: string): string {
    const components = keyPathComponents(key);
    for (const component of components) {
      if (Buffer.byteLength(component) > maxNameBytes) {
        throw new ObjectStoreError(
          'Fatal',
          `object store directory ${this.directory}: key ${key} has a segment too long for a file name ` +
            `(${Buffer.byteLength(component)} > ${maxNameBytes} bytes once encoded); use shorter key segments`,
          { key },
        );
      }
    }
    return join(this.directory, ...components);
  }

  async put(key: string, body: Uint8Array, options: PutOptions = {}): Promise<void> {
    this.assertOpen();
    assertValidKey(key);
    const target = this.pathOf(key);
    const ifNoneMatch = options.ifNoneMatch === true;
    const temp = join(this.tempDirectory, `${process.pid}-${randomBytes(8).toString('hex')}`);
    let tempConsumed = false;
    try {
      await writeNewFileDurably(temp, body);
      for (let attempt = 1; ; attempt++) {
        try {
          await this.ensureDirectory(dirname(target));
          if (!ifNoneMatch) {
            await rename(temp, target);
            tempConsumed = true;
          } else if (this.supportsConditionalPut) {
            await link(temp, target);
          } else {
            // Not atomic: another process may create the key between the check and the rename.
            if (await this.exists(target, key)) throw this.keyExists(key);
            await rename(temp, target);
            tempConsumed = true;
          }
          break;
        } catch (error) {
          if (ifNoneMatch && errnoCode(error) === 'EEXIST') throw this.keyExists(key);
          // A concurrent delete may have removed the (then empty) directory: create it again.
          if (errnoCode(error) === 'ENOENT' && attempt < maxPlaceAttempts) continue;
          throw error;
        }
      }
      await syncDirectory(dirname(target));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') {
        throw new ObjectStoreError(
          'Unavailable',
          `object store directory ${this.directory}: put of ${key} failed: a file or directory vanished ` +
            `while writing (was ${this.tempDirectory} cleaned up by another process?): ${(error as Error).message}`,
          { key, cause: error },
        );
      }
      throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'put', key });
    } finally {
      if (!tempConsumed) await rm(temp, { force: true }).catch(() => {});
    }
  }

  async get(key: string, range?: ByteRange): Promise<Buffer> {
    this.assertOpen();
    assertValidKey(key);
    if (range) assertValidRange(range);
    const path = this.pathOf(key);
    try {
      const handle = await open(path, 'r');
      try {
        if (!range) return await handle.readFile();
        const { size } = await handle.stat();
        const { start, end } = clampRange(range, size);
        const body = Buffer.alloc(end - start);
        let filled = 0;
        while (filled < body.length) {
          const { bytesRead } = await handle.read(body, filled, body.length - filled, start + filled);
          assert(bytesRead > 0, () => `object ${key} in ${this.directory} shrank while being read`);
          filled += bytesRead;
        }
        return body;
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'get', key });
    }
  }

  async head(key: string): Promise<{ readonly size_bytes: number } | undefined> {
    this.assertOpen();
    assertValidKey(key);
    try {
      const info = await stat(this.pathOf(key));
      return { size_bytes: info.size };
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'head', key });
    }
  }

  async list(prefix: string, options: ListOptions = {}): Promise<string[]> {
    this.assertOpen();
    const limit = listLimit(options);
    const keys: string[] = [];
    if (limit === 0) return keys;
    const slash = prefix.lastIndexOf('/');
    const directorySegments = slash < 0 ? [] : prefix.slice(0, slash).split('/');
    // No valid key has an empty segment, so such a prefix matches nothing.
    if (directorySegments.some((segment) => segment.length === 0)) return keys;
    let directory: string;
    try {
      directory = join(this.directory, ...directorySegments.map(directoryName));
    } catch {
      return keys; // A lone surrogate: no valid key starts with it.
    }
    const base = slash < 0 ? '' : prefix.slice(0, slash + 1);
    try {
      await this.collect(directory, base, prefix.slice(slash + 1), options.startAfter, limit, keys);
    } catch (error) {
      throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'list' });
    }
    return keys;
  }

  /**
   * Appends to `out`, in S3 order, the keys under `directory` (whose keys start with `base`) whose
   * next segment starts with `partial` and that sort after `startAfter`, until `limit` keys are
   * collected; returns true once it has them all. An object `x` sorts as `base + x` and a
   * directory `d` as `base + d + '/'`, which precedes every key inside it and follows every
   * smaller sibling's keys, so a depth-first walk over sorted entries yields keys in order.
   */
  private async collect(
    directory: string,
    base: string,
    partial: string,
    startAfter: string | undefined,
    limit: number,
    out: string[],
  ): Promise<boolean> {
    let names: string[];
    try {
      names = await readdir(directory);
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return false; // Removed by a concurrent delete.
      throw error;
    }
    const entries: { readonly sortKey: string; readonly name: string; readonly isDirectory: boolean }[] = [];
    for (const name of names) {
      const entry = parseEntryName(name);
      if (entry === undefined) continue; // Not a key: a temp file, the marker, something foreign.
      if (!entry.segment.startsWith(partial)) continue;
      const sortKey = base + entry.segment + (entry.isDirectory ? '/' : '');
      if (startAfter !== undefined && compareKeys(sortKey, startAfter) <= 0) {
        // A directory whose keys may still follow startAfter must be walked.
        if (!(entry.isDirectory && startAfter.startsWith(sortKey))) continue;
      }
      entries.push({ sortKey, name, isDirectory: entry.isDirectory });
    }
    entries.sort((a, b) => compareKeys(a.sortKey, b.sortKey));
    for (const entry of entries) {
      if (entry.isDirectory) {
        const done = await this.collect(
          join(directory, entry.name),
          entry.sortKey,
          '',
          startAfter,
          limit,
          out,
        );
        if (done) return true;
      } else {
        out.push(entry.sortKey);
        if (out.length >= limit) return true;
      }
    }
    return false;
  }

  async delete(keys: readonly string[]): Promise<void> {
    this.assertOpen();
    for (const key of keys) assertValidKey(key);
    const touched = new Set<string>();
    await forEachBounded(keys, deleteConcurrency, async (key) => {
      const path = this.pathOf(key);
      try {
        await unlink(path);
        touched.add(dirname(path));
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return;
        throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'delete', key });
      }
    });
    for (const directory of touched) {
      try {
        await syncDirectory(directory);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') continue; // Removed as empty by a concurrent delete.
        throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'delete' });
      }
      await this.removeEmptyDirectories(directory);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Removes `directory` and its parents up to the root while they are empty (as S3 has no empty prefixes). */
  private async removeEmptyDirectories(directory: string): Promise<void> {
    for (let current = directory; current !== this.directory && current.startsWith(this.directory); ) {
      try {
        await rmdir(current);
      } catch (error) {
        // Not empty (ENOTEMPTY, EEXIST), or already removed by another process.
        if (errnoCode(error) !== 'ENOENT') return;
      }
      current = dirname(current);
    }
  }

  /** mkdir -p, then fsync the parent of every directory it created, so that they survive a crash. */
  private async ensureDirectory(directory: string): Promise<void> {
    if (directory === this.directory) return;
    const firstCreated = await mkdir(directory, { recursive: true });
    if (firstCreated === undefined) return;
    for (let current = directory; ; current = dirname(current)) {
      await syncDirectory(dirname(current));
      if (current === firstCreated || current.length <= this.directory.length) break;
    }
  }

  private async exists(path: string, key: string): Promise<boolean> {
    try {
      await lstat(path);
      return true;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false;
      throw fsErrorToObjectStoreError(error, { directory: this.directory, operation: 'put', key });
    }
  }

  private keyExists(key: string): ObjectStoreError {
    return new ObjectStoreError(
      'PreconditionFailed',
      `object store directory ${this.directory}: conditional put of ${key}: the key exists`,
      { key },
    );
  }

  private assertOpen(): void {
    assert(!this.closed, () => `object store ${this.url} used after close`);
  }
}
