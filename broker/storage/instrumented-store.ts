// An ObjectStore wrapper that counts and times every call for the broker's metrics.
import {
  type ByteRange,
  type ListOptions,
  type ObjectStore,
  ObjectStoreError,
  type ObjectStoreOperation,
  type PutOptions,
} from './objectstore/types.ts';

export type StoreObserver = (operation: ObjectStoreOperation, outcome: string, duration_s: number) => void;

export class InstrumentedStore implements ObjectStore {
  private readonly inner: ObjectStore;
  private readonly observe: StoreObserver;

  constructor(inner: ObjectStore, observe: StoreObserver) {
    this.inner = inner;
    this.observe = observe;
  }

  get url(): string {
    return this.inner.url;
  }
  get supportsConditionalPut(): boolean {
    return this.inner.supportsConditionalPut;
  }

  private async timed<T>(operation: ObjectStoreOperation, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await call();
      this.observe(operation, 'ok', (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      const outcome = error instanceof ObjectStoreError ? error.code : 'error';
      this.observe(operation, outcome, (performance.now() - started) / 1000);
      throw error;
    }
  }

  put(key: string, body: Uint8Array, options?: PutOptions): Promise<void> {
    return this.timed('put', () => this.inner.put(key, body, options));
  }
  get(key: string, range?: ByteRange): Promise<Buffer> {
    return this.timed('get', () => this.inner.get(key, range));
  }
  head(key: string): Promise<{ readonly size_bytes: number } | undefined> {
    return this.timed('head', () => this.inner.head(key));
  }
  list(prefix: string, options?: ListOptions): Promise<string[]> {
    return this.timed('list', () => this.inner.list(prefix, options));
  }
  delete(keys: readonly string[]): Promise<void> {
    return this.timed('delete', () => this.inner.delete(keys));
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
