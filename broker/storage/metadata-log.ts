// The metadata log in the object store: numbered, immutable entries appended by conditional create (I5).
import { randomUUID } from 'node:crypto';
import type { MetaEntry } from './metadata-state.ts';
import { type ObjectStore, ObjectStoreError } from './objectstore/types.ts';
import { createOnce, withRetries } from './store-retry.ts';

const logPrefix = 'meta/log/';

export const metaLogKey = (seq: number): string => `${logPrefix}${seq.toString().padStart(12, '0')}`;

/**
 * `{"seq": N}`: log objects below N may have been deleted (a snapshot covers them). Written before
 * any of them is deleted, and only ever raised.
 */
export const metaLogStartKey = 'meta/log-start';

interface LogObject {
  readonly seq: number;
  readonly writer: string;
  readonly nonce: string;
  readonly entries: readonly MetaEntry[];
}

interface QueuedAppend {
  readonly entries: readonly MetaEntry[];
  /** Throws when the entries may no longer be written (checked against the caught-up state). */
  readonly validate: (() => void) | undefined;
  readonly resolve: (seq: number) => void;
  readonly reject: (error: unknown) => void;
}

/** Raised when other writers kept taking the sequence numbers we wanted, past the retry limit. */
export class MetadataConflictError extends Error {
  constructor(seq: number) {
    super(`metadata log entry ${seq} was written by another broker, again and again`);
    this.name = 'MetadataConflictError';
  }
}

/**
 * Raised when this process finds that log objects it has not applied yet were deleted: it was
 * paused or cut off for longer than the truncation grace, and its state can no longer be caught up.
 */
export class MetadataLogTruncatedError extends Error {
  constructor(nextSeq: number, logStart: number) {
    super(
      `the metadata log was truncated below entry ${logStart} while this broker had applied only up to ` +
        `${nextSeq - 1} (it was paused or cut off from the store for too long); restart it to load the newest snapshot`,
    );
    this.name = 'MetadataLogTruncatedError';
  }
}

const maxConflictRetries = 50;

export interface MetadataLogOptions {
  /**
   * A "no next entry" answer is trusted without reading `meta/log-start` only if this process
   * reached the end of the log this recently (default 10 s). Must stay well below the age a
   * snapshot needs before the log below it is deleted (the engine's `metadataSnapshots.grace_ms`):
   * then every deleted entry was written before this process last read the end of the log.
   */
  readonly trustEndFor_ms?: number;
  /** Called once when the log turns out to be truncated past this process's position. */
  readonly onTruncated?: (error: MetadataLogTruncatedError) => void;
}

/**
 * Appends are queued and written one log object at a time (each object carries every entry queued
 * while the previous write was in flight), so a burst of offset commits costs one store write.
 */
export class MetadataLog {
  private readonly store: ObjectStore;
  private readonly writer: string;
  private readonly onEntries: (entries: readonly MetaEntry[], seq: number, own: boolean) => void;
  private nextSeq = 0;
  private queue: QueuedAppend[] = [];
  private writing = false;
  private readonly maxQueued = 10_000;
  /** Serialises reads of new entries with writes, so that no entry is applied twice. */
  private lock: Promise<unknown> = Promise.resolve();
  private readonly trustEndFor_ms: number;
  private readonly onTruncated: ((error: MetadataLogTruncatedError) => void) | undefined;
  /** When a read last found the end of the log and that end was known to be real. */
  private endVerifiedAt = Number.NEGATIVE_INFINITY;
  private truncated: MetadataLogTruncatedError | undefined;

  constructor(
    store: ObjectStore,
    writer: string,
    onEntries: (entries: readonly MetaEntry[], seq: number, own: boolean) => void,
    options: MetadataLogOptions = {},
  ) {
    this.store = store;
    this.writer = writer;
    this.onEntries = onEntries;
    this.trustEndFor_ms = options.trustEndFor_ms ?? 10_000;
    this.onTruncated = options.onTruncated;
  }

  /** The first log object that may still exist (0 when the log was never truncated). */
  async logStart(): Promise<number> {
    try {
      const body = JSON.parse(
        (await withRetries(() => this.store.get(metaLogStartKey))).toString('utf8'),
      ) as {
        seq?: unknown;
      };
      return typeof body.seq === 'number' && Number.isInteger(body.seq) ? body.seq : 0;
    } catch (error) {
      if (error instanceof ObjectStoreError && error.code === 'NotFound') return 0;
      throw error;
    }
  }

  /**
   * A missing next object is the end of the log, unless the log was truncated past it. Checked
   * against `meta/log-start` only when this process has not seen a real end of the log lately
   * (it was paused, or the store was unreachable): a running broker reads the log every 100-500 ms
   * and so is never behind a truncation point, which only moves past entries a minute old.
   */
  private async verifyEnd(): Promise<void> {
    if (this.truncated) throw this.truncated;
    if (performance.now() - this.endVerifiedAt > this.trustEndFor_ms) {
      const start = await this.logStart();
      if (start > this.nextSeq) {
        this.truncated = new MetadataLogTruncatedError(this.nextSeq, start);
        this.onTruncated?.(this.truncated);
        throw this.truncated;
      }
    }
    this.endVerifiedAt = performance.now();
  }

  /** Continues after a snapshot that covers entries up to `seq` (before the first read). */
  resumeAfter(seq: number): void {
    this.nextSeq = seq + 1;
  }

  get appliedSeq(): number {
    return this.nextSeq - 1;
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = this.lock.then(run, run);
    this.lock = result.catch(() => {});
    return result;
  }

  /**
   * Applies entries other brokers appended since the last read: one GET per new object plus one
   * that finds nothing (cheaper than listing a long log).
   */
  poll(): Promise<number> {
    return this.exclusive(() => this.readForward());
  }

  private async readForward(): Promise<number> {
    let applied = 0;
    for (;;) {
      const key = metaLogKey(this.nextSeq);
      let bytes: Buffer;
      try {
        bytes = await withRetries(() => this.store.get(key));
      } catch (error) {
        if (error instanceof ObjectStoreError && error.code === 'NotFound') {
          await this.verifyEnd();
          return applied;
        }
        throw error;
      }
      const object = JSON.parse(bytes.toString('utf8')) as LogObject;
      this.onEntries(object.entries, this.nextSeq, false);
      this.nextSeq++;
      applied++;
    }
  }

  /** Reads every log object after the last one applied, in order, and applies it. */
  catchUp(): Promise<number> {
    return this.exclusive(() => this.listForward());
  }

  private async listForward(): Promise<number> {
    let applied = 0;
    for (;;) {
      const keys = await withRetries(() =>
        this.store.list(logPrefix, {
          startAfter: this.nextSeq > 0 ? metaLogKey(this.nextSeq - 1) : undefined,
          limit: 1000,
        }),
      );
      let contiguous = 0;
      for (const key of keys) {
        const seq = Number(key.slice(logPrefix.length));
        if (seq < this.nextSeq) continue;
        // A listing taken while others append may miss an entry and show a later one (a file system
        // directory read in hash order): stop at the hole; the reads below find what is there.
        if (seq !== this.nextSeq) break;
        const object = JSON.parse(
          (await withRetries(() => this.store.get(key))).toString('utf8'),
        ) as LogObject;
        this.onEntries(object.entries, seq, false);
        this.nextSeq = seq + 1;
        applied++;
        contiguous++;
      }
      if (keys.length < 1000 || contiguous < keys.length) return applied + (await this.readForward());
    }
  }

  /**
   * Appends entries durably; resolves with the sequence number of the log object that holds them.
   * When another writer takes the next number first, the log catches up, runs `validate` against
   * the new state (it throws to refuse, e.g. when this broker was fenced), and tries again.
   */
  append(entries: readonly MetaEntry[], validate?: () => void): Promise<number> {
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(
        new Error(`metadata log queue is full (${this.maxQueued} appends waiting for the object store)`),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ entries, validate, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        let batch = this.queue;
        this.queue = [];
        try {
          for (let attempt = 0; ; attempt++) {
            // Validation and the write happen under the lock: no entry read in between goes unchecked.
            const seq = await this.exclusive(async () => {
              // Drop what no longer validates; the rest goes into one log object.
              const valid: QueuedAppend[] = [];
              for (const item of batch) {
                try {
                  item.validate?.();
                  valid.push(item);
                } catch (error) {
                  item.reject(error);
                }
              }
              batch = valid;
              if (batch.length === 0) return null;
              return this.writeObject(batch.flatMap((item) => item.entries));
            });
            if (seq === null) break;
            if (seq !== undefined) {
              for (const item of batch) item.resolve(seq);
              break;
            }
            if (attempt >= maxConflictRetries) throw new MetadataConflictError(this.nextSeq);
          }
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  /** Writes one log object at the next number; undefined when another writer got there first. */
  private async writeObject(entries: readonly MetaEntry[]): Promise<number | undefined> {
    // A free number below the truncation point is no end of the log: never write there.
    if (this.truncated || performance.now() - this.endVerifiedAt > this.trustEndFor_ms) {
      // New entries mean the batch must be validated again against them.
      if ((await this.readForward()) > 0) return undefined;
    }
    const seq = this.nextSeq;
    const nonce = randomUUID();
    const object: LogObject = { seq, writer: this.writer, nonce, entries };
    const body = Buffer.from(JSON.stringify(object), 'utf8');
    const outcome = await createOnce(this.store, metaLogKey(seq), body, (existing) => {
      try {
        return (JSON.parse(existing.toString('utf8')) as LogObject).nonce === nonce;
      } catch {
        return false;
      }
    });
    if (outcome === 'exists-other') {
      await this.readForward();
      return undefined;
    }
    // Paused between the check above and the write landing: the number may lie below a
    // truncation made meanwhile, where nobody will read it. Such a write never counts.
    if (performance.now() - this.endVerifiedAt > this.trustEndFor_ms) {
      const start = await this.logStart();
      if (start > seq) {
        this.truncated = new MetadataLogTruncatedError(seq, start);
        this.onTruncated?.(this.truncated);
        throw this.truncated;
      }
    }
    this.onEntries(entries, seq, true);
    this.nextSeq = seq + 1;
    return seq;
  }
}
