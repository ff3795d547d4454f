// Bounded retries of object-store calls, and conditional creates that survive ambiguous failures.
import { type ObjectStore, ObjectStoreError } from './objectstore/types.ts';

export interface RetryPolicy {
  readonly attempts: number;
  readonly initialBackoff_ms: number;
  readonly maxBackoff_ms: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 6, initialBackoff_ms: 20, maxBackoff_ms: 1000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `call` on retriable object-store errors, with exponential backoff; rethrows the last one. */
export async function withRetries<T>(
  call: () => Promise<T>,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<T> {
  let backoff_ms = policy.initialBackoff_ms;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const retriable = error instanceof ObjectStoreError && error.retriable;
      if (!retriable || attempt >= policy.attempts) throw error;
      await sleep(backoff_ms * (0.5 + Math.random()));
      backoff_ms = Math.min(policy.maxBackoff_ms, backoff_ms * 2);
    }
  }
}

export type CreateOutcome = 'created' | 'exists-ours' | 'exists-other';

/**
 * Creates `key` only if it does not exist, retrying transient errors. A retry that finds the key
 * present may be looking at our own earlier attempt that landed although its answer was lost:
 * `isOurs` tells by reading it back. Stores without atomic conditional put (single writer only)
 * are handled with a head-then-put.
 */
export async function createOnce(
  store: ObjectStore,
  key: string,
  body: Buffer,
  isOurs: (existing: Buffer) => boolean,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<CreateOutcome> {
  let attempted = false;
  const checkExisting = async (): Promise<CreateOutcome> => {
    const existing = await withRetries(() => store.get(key), policy);
    return isOurs(existing) ? 'exists-ours' : 'exists-other';
  };
  return withRetries(async () => {
    try {
      if (!store.supportsConditionalPut) {
        const present = await store.head(key);
        if (present) return attempted ? await checkExisting() : 'exists-other';
        attempted = true;
        await store.put(key, body);
        return 'created';
      }
      attempted = true;
      await store.put(key, body, { ifNoneMatch: true });
      return 'created';
    } catch (error) {
      if (error instanceof ObjectStoreError && error.code === 'PreconditionFailed') return checkExisting();
      throw error;
    }
  }, policy);
}

/** Every key under a prefix, in key order, a page of 1000 at a time (each page retried). */
export async function listAll(store: ObjectStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for (let startAfter: string | undefined; ; ) {
    const page = await withRetries(() => store.list(prefix, { startAfter, limit: 1000 }));
    keys.push(...page);
    if (page.length < 1000) return keys;
    startAfter = page[page.length - 1];
  }
}
