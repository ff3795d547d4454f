// In-memory object store for tests: a sorted key index over copied buffers, optionally shared by name.
import { assert } from '../../../common/errors.ts';
import { assertValidKey, assertValidRange, clampRange, compareKeys, listLimit } from './keys.ts';
import type { ByteRange, ListOptions, ObjectStore, PutOptions } from './types.ts';
import { ObjectStoreError } from './types.ts';

/** The objects of one store; shared by every MemoryObjectStore opened with the same name. */
class MemoryBucket {
  readonly objects = new Map<string, Buffer>();
  /** Every key of `objects`, kept in S3 order so that list is a binary search and a scan. */
  readonly sortedKeys: string[] = [];

  /** Index of the first key that is >= `key`. */
  lowerBound(key: string): number {
    let low = 0;
    let high = this.sortedKeys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(this.sortedKeys[middle], key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  set(key: string, body: Buffer): void {
    if (!this.objects.has(key)) this.sortedKeys.splice(this.lowerBound(key), 0, key);
    this.objects.set(key, body);
  }

  remove(key: string): void {
    if (!this.objects.delete(key)) return;
    const index = this.lowerBound(key);
    assert(this.sortedKeys[index] === key, () => `memory store index lost key ${key}`);
    this.sortedKeys.splice(index, 1);
  }
}

const sharedBuckets = new Map<string, MemoryBucket>();

/**
 * Objects held in this process's memory. Every call completes within one turn of the event loop,
 * so a conditional put is atomic. Buffers are copied in and out, so callers cannot change a stored
 * object by mutating what they passed or got.
 */
export class MemoryObjectStore implements ObjectStore {
  readonly url: string;
  readonly supportsConditionalPut = true;
  private readonly bucket: MemoryBucket;
  private closed = false;

  /**
   * A private store, or with `name` the process-wide store of that name (`memory://name`), which
   * keeps its objects after close so that a restarted component in the same process sees them.
   */
  constructor(name?: string) {
    this.url = name === undefined ? 'memory://' : `memory://${name}`;
    if (name === undefined) {
      this.bucket = new MemoryBucket();
    } else {
      let bucket = sharedBuckets.get(name);
      if (!bucket) {
        bucket = new MemoryBucket();
        sharedBuckets.set(name, bucket);
      }
      this.bucket = bucket;
    }
  }

  /** Forgets the process-wide store of this name (for tests that reuse names). */
  static dropShared(name: string): void {
    sharedBuckets.delete(name);
  }

  /** Number of objects held, for tests. */
  get size(): number {
    return this.bucket.objects.size;
  }

  async put(key: string, body: Uint8Array, options: PutOptions = {}): Promise<void> {
    this.assertOpen();
    assertValidKey(key);
    if (options.ifNoneMatch && this.bucket.objects.has(key)) {
      throw new ObjectStoreError('PreconditionFailed', `${this.url}: conditional put of ${key}: key exists`, {
        key,
      });
    }
    this.bucket.set(key, Buffer.from(body));
  }

  async get(key: string, range?: ByteRange): Promise<Buffer> {
    this.assertOpen();
    assertValidKey(key);
    if (range) assertValidRange(range);
    const body = this.bucket.objects.get(key);
    if (!body) throw new ObjectStoreError('NotFound', `${this.url}: no object ${key}`, { key });
    if (!range) return Buffer.from(body);
    const { start, end } = clampRange(range, body.length);
    return Buffer.from(body.subarray(start, end));
  }

  async head(key: string): Promise<{ readonly size_bytes: number } | undefined> {
    this.assertOpen();
    assertValidKey(key);
    const body = this.bucket.objects.get(key);
    return body ? { size_bytes: body.length } : undefined;
  }

  async list(prefix: string, options: ListOptions = {}): Promise<string[]> {
    this.assertOpen();
    const limit = listLimit(options);
    const { sortedKeys } = this.bucket;
    const startAfter = options.startAfter;
    let index = this.bucket.lowerBound(prefix);
    if (startAfter !== undefined && compareKeys(startAfter, prefix) >= 0) {
      index = this.bucket.lowerBound(startAfter);
      if (sortedKeys[index] === startAfter) index++;
    }
    const keys: string[] = [];
    for (; index < sortedKeys.length && keys.length < limit; index++) {
      const key = sortedKeys[index];
      if (!key.startsWith(prefix)) break;
      keys.push(key);
    }
    return keys;
  }

  async delete(keys: readonly string[]): Promise<void> {
    this.assertOpen();
    for (const key of keys) assertValidKey(key);
    for (const key of keys) this.bucket.remove(key);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    assert(!this.closed, () => `object store ${this.url} used after close`);
  }
}
