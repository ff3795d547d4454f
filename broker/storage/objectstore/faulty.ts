// Fault-injecting wrapper around any object store: latency, error rate and outages, set at run time.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { UserError } from '../../../common/errors.ts';
import type { ByteRange, ListOptions, ObjectStore, ObjectStoreOperation, PutOptions } from './types.ts';
import { ObjectStoreError } from './types.ts';

/** Longest latency, jitter or hang a fault spec may ask for, so that every injected wait is bounded. */
export const maxFaultDelay_ms = 600_000;

export const faultOperations = [
  'put',
  'get',
  'list',
  'delete',
  'head',
] as const satisfies readonly ObjectStoreOperation[];

const delay_ms = z.number().int().min(0).max(maxFaultDelay_ms);

export const outageSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('fail') }).describe('every call fails at once'),
  z
    .strictObject({ mode: z.literal('hang'), hang_ms: delay_ms.min(1) })
    .describe('every call hangs for hang_ms (or until the faults change), then fails'),
]);

export const operationFaultsSchema = z.strictObject({
  latency_ms: delay_ms.optional().describe('added to every call'),
  jitter_ms: delay_ms.optional().describe('plus a uniformly random 0..jitter_ms'),
  errorRate: z.number().min(0).max(1).optional().describe("fraction of calls that fail with 'Unavailable'"),
  errorTiming: z
    .enum(['before', 'after', 'random'])
    .optional()
    .describe(
      'whether an injected error comes before the call reaches the store or after it took effect ' +
        '(a put that "failed" but whose object exists), or either at random; default before',
    ),
  outage: outageSchema.optional().describe('the store is down: every call fails'),
});

/**
 * Faults to inject, as JSON (the broker's admin HTTP API accepts this). `all` applies to every
 * operation; a per-operation entry overrides `all` field by field. `seed` reseeds the random source.
 */
export const faultSpecSchema = z.strictObject({
  seed: z.number().int().min(0).max(0xffff_ffff).optional(),
  all: operationFaultsSchema.optional(),
  put: operationFaultsSchema.optional(),
  get: operationFaultsSchema.optional(),
  list: operationFaultsSchema.optional(),
  delete: operationFaultsSchema.optional(),
  head: operationFaultsSchema.optional(),
});

export type FaultSpec = z.infer<typeof faultSpecSchema>;
export type OperationFaults = z.infer<typeof operationFaultsSchema>;
export type Outage = z.infer<typeof outageSchema>;
export type ErrorTiming = NonNullable<OperationFaults['errorTiming']>;

/** The faults one operation gets once `all` and its own entry are merged and defaults applied. */
export interface ResolvedFaults {
  readonly latency_ms: number;
  readonly jitter_ms: number;
  readonly errorRate: number;
  readonly errorTiming: ErrorTiming;
  readonly outage: Outage | undefined;
}

export function resolveFaults(spec: FaultSpec, operation: ObjectStoreOperation): ResolvedFaults {
  const all = spec.all ?? {};
  const own = spec[operation] ?? {};
  return {
    latency_ms: own.latency_ms ?? all.latency_ms ?? 0,
    jitter_ms: own.jitter_ms ?? all.jitter_ms ?? 0,
    errorRate: own.errorRate ?? all.errorRate ?? 0,
    errorTiming: own.errorTiming ?? all.errorTiming ?? 'before',
    outage: own.outage ?? all.outage,
  };
}

/** Validates a fault spec given as JSON; a UserError lists every problem. */
export function parseFaultSpec(input: unknown): FaultSpec {
  const result = faultSpecSchema.safeParse(input);
  if (!result.success) {
    throw new UserError(`invalid object store fault spec:\n${z.prettifyError(result.error)}`, {
      hint: `fields: seed, all, ${faultOperations.join(', ')}; each with latency_ms, jitter_ms, errorRate, errorTiming, outage`,
    });
  }
  return result.data;
}

/** What the wrapper did to one operation since it was created. */
export interface FaultCounts {
  readonly calls: number;
  readonly delayedCalls: number;
  readonly addedLatency_ms: number;
  readonly injectedErrors: number;
  readonly outageFailures: number;
}

export type FaultCounters = Readonly<Record<ObjectStoreOperation, FaultCounts>>;

/** mulberry32: a small seeded generator of uniform numbers in [0, 1), for reproducible faults. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function zeroCounts(): { -readonly [K in keyof FaultCounts]: FaultCounts[K] } {
  return { calls: 0, delayedCalls: 0, addedLatency_ms: 0, injectedErrors: 0, outageFailures: 0 };
}

export interface FaultyObjectStoreOptions {
  /** Seed of the random source (latency jitter, which calls fail). Default: random, see `seed`. */
  readonly seed?: number;
  /** Faults active from the start. */
  readonly faults?: FaultSpec;
}

/**
 * Wraps a store and injects faults per operation: added latency, a rate of 'Unavailable' errors
 * (before the call, or after it took effect), and outages that fail every call at once or after a
 * bounded hang. Faults change at run time; every random choice comes from one seeded source, so a
 * seed and the same sequence of calls give the same faults.
 */
export class FaultyObjectStore implements ObjectStore {
  readonly inner: ObjectStore;
  private spec: FaultSpec = {};
  private currentSeed: number;
  private random: () => number;
  private readonly counts = {
    put: zeroCounts(),
    get: zeroCounts(),
    list: zeroCounts(),
    delete: zeroCounts(),
    head: zeroCounts(),
  };
  /** Calls hanging in an outage; each function ends its hang. */
  private readonly hanging = new Set<() => void>();

  constructor(inner: ObjectStore, options: FaultyObjectStoreOptions = {}) {
    this.inner = inner;
    this.currentSeed = options.seed ?? randomInt(0, 0xffff_ffff);
    this.random = seededRandom(this.currentSeed);
    if (options.faults) this.setFaults(options.faults);
  }

  get url(): string {
    return this.inner.url;
  }

  get supportsConditionalPut(): boolean {
    return this.inner.supportsConditionalPut;
  }

  /** The seed of the random source, to log so that a run's faults can be replayed. */
  get seed(): number {
    return this.currentSeed;
  }

  /**
   * Replaces the active faults with `spec` (validated; a UserError on a bad spec leaves the
   * current faults in place). Calls hanging in an outage end now, failing.
   */
  setFaults(spec: unknown): FaultSpec {
    const parsed = parseFaultSpec(spec);
    if (parsed.seed !== undefined) {
      this.currentSeed = parsed.seed;
      this.random = seededRandom(parsed.seed);
    }
    this.spec = parsed;
    this.endHangs();
    return parsed;
  }

  /** Heals: no more faults. Calls hanging in an outage end now, failing. */
  clearFaults(): void {
    this.spec = {};
    this.endHangs();
  }

  currentFaults(): FaultSpec {
    return structuredClone(this.spec);
  }

  faultCounters(): FaultCounters {
    return structuredClone(this.counts);
  }

  put(key: string, body: Uint8Array, options?: PutOptions): Promise<void> {
    return this.inject('put', key, () => this.inner.put(key, body, options));
  }

  get(key: string, range?: ByteRange): Promise<Buffer> {
    return this.inject('get', key, () => this.inner.get(key, range));
  }

  head(key: string): Promise<{ readonly size_bytes: number } | undefined> {
    return this.inject('head', key, () => this.inner.head(key));
  }

  list(prefix: string, options?: ListOptions): Promise<string[]> {
    return this.inject('list', undefined, () => this.inner.list(prefix, options));
  }

  delete(keys: readonly string[]): Promise<void> {
    return this.inject('delete', keys[0], () => this.inner.delete(keys));
  }

  async close(): Promise<void> {
    this.endHangs();
    await this.inner.close();
  }

  private async inject<T>(
    operation: ObjectStoreOperation,
    key: string | undefined,
    call: () => Promise<T>,
  ): Promise<T> {
    const faults = resolveFaults(this.spec, operation);
    const counts = this.counts[operation];
    counts.calls++;
    const what = `${operation}${key === undefined ? '' : ` of ${key}`}`;
    if (faults.outage) {
      counts.outageFailures++;
      let how = 'failed at once';
      if (faults.outage.mode === 'hang') {
        const hung_ms = await this.hang(faults.outage.hang_ms);
        how = `hung for ${hung_ms} ms, then failed`;
      }
      throw new ObjectStoreError(
        'Unavailable',
        `injected outage: ${what} on ${this.url} ${how} (fault injection, not a real failure)`,
        { key },
      );
    }
    // Draw every random number before awaiting, so that the seed alone fixes who gets which fault.
    const added_ms =
      faults.latency_ms + (faults.jitter_ms > 0 ? Math.floor(this.random() * (faults.jitter_ms + 1)) : 0);
    const failing = faults.errorRate > 0 && this.random() < faults.errorRate;
    const afterCall =
      failing && (faults.errorTiming === 'after' || (faults.errorTiming === 'random' && this.random() < 0.5));
    if (added_ms > 0) {
      counts.delayedCalls++;
      counts.addedLatency_ms += added_ms;
      await new Promise((resolve) => setTimeout(resolve, added_ms));
    }
    if (failing && !afterCall) {
      counts.injectedErrors++;
      throw new ObjectStoreError(
        'Unavailable',
        `injected error: ${what} on ${this.url} failed before reaching the store (fault injection, error rate ${faults.errorRate})`,
        { key },
      );
    }
    const result = await call();
    if (failing) {
      counts.injectedErrors++;
      throw new ObjectStoreError(
        'Unavailable',
        `injected error: ${what} on ${this.url} reported failure after it took effect ` +
          `(fault injection, error rate ${faults.errorRate})`,
        { key },
      );
    }
    return result;
  }

  /** Waits up to `limit_ms`, or until the faults change; returns how long it waited. */
  private hang(limit_ms: number): Promise<number> {
    const started_ms = Date.now();
    return new Promise((resolve) => {
      const end = (): void => {
        clearTimeout(timer);
        this.hanging.delete(end);
        resolve(Date.now() - started_ms);
      };
      const timer = setTimeout(end, limit_ms);
      this.hanging.add(end);
    });
  }

  private endHangs(): void {
    for (const end of [...this.hanging]) end();
  }
}
