// The object store contract every backend (fs, s3, memory) and the fault wrapper implement.

/** Why an object-store call failed, so callers can decide to retry, fence or give up. */
export type ObjectStoreErrorCode =
  /** The key does not exist. */
  | 'NotFound'
  /** A conditional create lost: the key already exists (If-None-Match: * / O_EXCL). */
  | 'PreconditionFailed'
  /** The store could not be reached or answered with a server error; the call may be retried. */
  | 'Unavailable'
  /** The store is there but refused the call (bad credentials, missing bucket, disk full): a person must act. */
  | 'Fatal';

export class ObjectStoreError extends Error {
  readonly code: ObjectStoreErrorCode;
  readonly key: string | undefined;
  readonly retriable: boolean;
  constructor(code: ObjectStoreErrorCode, message: string, options: { key?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ObjectStoreError';
    this.code = code;
    this.key = options.key;
    this.retriable = code === 'Unavailable';
  }
}

export interface PutOptions {
  /** Create only if the key does not exist yet; otherwise fail with PreconditionFailed. */
  readonly ifNoneMatch?: boolean;
}

export interface ByteRange {
  /** First byte, inclusive. */
  readonly start: number;
  /** Last byte, exclusive. */
  readonly end: number;
}

export interface ListOptions {
  /** Only keys strictly greater than this one (lexicographic, as S3 orders keys). */
  readonly startAfter?: string;
  /** At most this many keys. */
  readonly limit?: number;
}

export type ObjectStoreOperation = 'put' | 'get' | 'list' | 'delete' | 'head';

/**
 * A flat key space of immutable objects. Keys are `/`-separated paths without a leading `/`.
 * A put of an existing key replaces it (unless ifNoneMatch); puts are atomic: readers see the
 * whole old object or the whole new one, never a torn write. A successful put is durable.
 */
export interface ObjectStore {
  /** The URL this store was opened from, with credentials removed, for logs and errors. */
  readonly url: string;
  /** Whether conditional create (ifNoneMatch) is honoured atomically by this store. */
  readonly supportsConditionalPut: boolean;
  put(key: string, body: Uint8Array, options?: PutOptions): Promise<void>;
  /** The whole object, or the byte range of it. Throws NotFound. */
  get(key: string, range?: ByteRange): Promise<Buffer>;
  /** Size in bytes, or undefined when the key does not exist. */
  head(key: string): Promise<{ readonly size_bytes: number } | undefined>;
  /** Keys starting with prefix, in lexicographic order. */
  list(prefix: string, options?: ListOptions): Promise<string[]>;
  /** Deletes the keys; missing keys are not an error. */
  delete(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
