// What a producer sends: keys, values and the record_name header of experiment, random or fixed payloads.
import type { PayloadSpec } from '../common/bus/roles.ts';
import { assert } from '../common/errors.ts';
import { encodePayload, type PayloadEncoding } from './payloads/encoding.ts';
import { type ExperimentEvent, type ExperimentOptions, experimentEvents } from './payloads/experiment.ts';
import { fixedPayloads } from './payloads/fixed.ts';
import { type Load, parseLoad } from './payloads/load-file.ts';
import { randomPayloads } from './payloads/random.ts';
import { Rng } from './payloads/rng.ts';
import type { PayloadSource, SizeDistribution } from './payloads/sizes.ts';

/** One record's content; the producer adds the partition and the continuity stamp. */
export interface RecordContent {
  readonly key: Buffer | null;
  readonly value: Buffer;
  /** `{ record_name }` for experiment events (kept first, as consumers expect); undefined otherwise. */
  readonly recordName: string | undefined;
}

/** A stream of record contents, pulled by the producer when a record is due. */
export interface ContentSource {
  /** The content of the next record, scheduled at wall-clock `sched_ms`; undefined when exhausted. */
  next(sched_ms: number): RecordContent | undefined;
  /** Mean value size, to turn a bytes/s rate into records/s. */
  readonly meanValue_bytes: number;
  /**
   * Sources with their own schedule (an experiment load file): when the next record is due, in
   * ms after the source's start (Infinity when exhausted). Undefined for rate-driven sources.
   */
  peekAt_ms?(): number;
}

/** Mean of a size distribution. */
export function meanSize_bytes(sizes: SizeDistribution): number {
  switch (sizes.kind) {
    case 'fixed':
      return sizes.size_bytes;
    case 'uniform':
      return (sizes.min_bytes + sizes.max_bytes) / 2;
    case 'histogram': {
      const total = sizes.buckets.reduce((sum, b) => sum + b.weight, 0);
      return sizes.buckets.reduce((sum, b) => sum + b.size_bytes * b.weight, 0) / total;
    }
  }
}

/** The same bytes, `size_bytes` of the repeated pattern, for every record. */
function constantPayloads(size_bytes: number, pattern: string): PayloadSource {
  const value = Buffer.alloc(size_bytes, pattern.length > 0 ? pattern : ' ');
  return { maxSize_bytes: size_bytes, next: () => value };
}

/** Byte payloads (random or fixed) with no key, or keys `k0..k(N-1)` drawn uniformly. */
function bytesSource(payloads: PayloadSource, meanValue_bytes: number, keys: number | null, seed: number) {
  const rng = new Rng(seed, 'keys');
  const keyCache = new Map<number, Buffer>();
  const keyOf = (k: number): Buffer => {
    let key = keyCache.get(k);
    if (key === undefined) {
      key = Buffer.from(`k${k}`, 'latin1');
      if (keyCache.size < 100_000) keyCache.set(k, key);
    }
    return key;
  };
  return {
    meanValue_bytes,
    next(): RecordContent {
      const key = keys === null ? null : keyOf(rng.int(0, keys - 1));
      return { key, value: payloads.next(), recordName: undefined };
    },
  } satisfies ContentSource;
}

function eventContent(event: ExperimentEvent, encoding: PayloadEncoding): RecordContent {
  return {
    key: Buffer.from(event.key, 'latin1'),
    value: encodePayload(event.recordName, event.value, encoding),
    recordName: event.recordName,
  };
}

/** Mean encoded size of an experiment load's events, from its first few hundred events. */
function sampleMeanSize(load: Load, encoding: PayloadEncoding, options: ExperimentOptions): number {
  let total = 0;
  let n = 0;
  for (const event of experimentEvents(load, options)) {
    total += encodePayload(event.recordName, event.value, encoding).length;
    if (++n === 400) break;
  }
  return n === 0 ? 1 : total / n;
}

/**
 * The events of a load file, in schedule order, at the load's own times (`peekAt_ms`), or at
 * the producer's rate when it has one: the lifecycle order per experiment holds either way.
 * Timestamps in the values are `start_ms` + the event's schedule time.
 */
function loadSource(
  load: Load,
  encoding: PayloadEncoding,
  options: ExperimentOptions,
  start_ms: () => number,
): ContentSource {
  let events: IterableIterator<ExperimentEvent> | undefined;
  let head: IteratorResult<ExperimentEvent> | undefined;
  // Started on first use, when the producer's start time is known.
  const peek = (): IteratorResult<ExperimentEvent> => {
    if (head === undefined) {
      events = experimentEvents(load, { ...options, epochStart_ms: start_ms() });
      head = events.next();
    }
    return head;
  };
  return {
    meanValue_bytes: sampleMeanSize(load, encoding, options),
    peekAt_ms: () => {
      const h = peek();
      return h.done ? Number.POSITIVE_INFINITY : h.value.at_ms;
    },
    next(): RecordContent | undefined {
      const h = peek();
      if (h.done) return undefined;
      head = events!.next();
      return eventContent(h.value, encoding);
    },
  };
}

/** The experiment a rolling source repeats: 4 sensors, 1 sample/s, 5 + 25 samples (124 events in 30 s). */
export const ROLLING_TEMPLATE = {
  start_s: 0,
  researcher: 'longhaul@example.com',
  numSensors: 4,
  samplePeriod_ms: 1000,
  startTemperature: 14,
  stabilizationSamples: 5,
  carryOutSamples: 25,
  lowerThreshold: 20,
  upperThreshold: 25,
} as const;

/** Events per second of one template experiment. */
const TEMPLATE_RATE_PER_S = (ROLLING_TEMPLATE.numSensors * 1000) / ROLLING_TEMPLATE.samplePeriod_ms;
const MAX_ROLLING_COPIES = 20_000;

/**
 * Experiments without a load file, for as long as the producer runs: generations of the template
 * experiment, each generation running as many copies at once as the current rate needs
 * (rate / 4 ev/s). A generation's value timestamps start at the scheduled time of its first
 * record, so they track wall time while the rate holds. Ids differ per generation (seeded).
 */
function rollingSource(encoding: PayloadEncoding, seed: number, rateNow_per_s: () => number): ContentSource {
  let generation = 0;
  let events: IterableIterator<ExperimentEvent> | undefined;
  const load: Load = [ROLLING_TEMPLATE];
  return {
    meanValue_bytes: sampleMeanSize(load, encoding, { seed, rateMultiplier: 4 }),
    next(sched_ms: number): RecordContent {
      for (let attempt = 0; attempt < 2; attempt++) {
        if (events === undefined) {
          const copies = Math.min(
            MAX_ROLLING_COPIES,
            Math.max(1, Math.round(rateNow_per_s() / TEMPLATE_RATE_PER_S)),
          );
          events = experimentEvents(load, {
            seed: `${seed}/rolling/${generation++}`,
            rateMultiplier: copies,
            epochStart_ms: sched_ms,
          });
        }
        const step = events.next();
        if (!step.done) return eventContent(step.value, encoding);
        events = undefined;
      }
      throw new Error('invariant violated: a fresh generation of rolling experiments yielded no event');
    },
  };
}

export interface ContentOptions {
  readonly seed: number;
  /** Wall-clock start of the producer (time 0 of a load file's schedule), asked on first use. */
  readonly start_ms: () => number;
  /** The producer's target rate now (records/s), for sizing rolling experiment generations. */
  readonly rateNow_per_s: () => number;
}

/** The content source of a producer spec's payload. Throws a UserError for an invalid load. */
export function contentSource(payload: PayloadSpec, options: ContentOptions): ContentSource {
  switch (payload.kind) {
    case 'experiment': {
      if (payload.load === null) return rollingSource(payload.encoding, options.seed, options.rateNow_per_s);
      const load = parseLoad(payload.load, 'role spec payload.load');
      return loadSource(
        load,
        payload.encoding,
        { timeScale: payload.timeScale, rateMultiplier: payload.rateMultiplier, seed: options.seed },
        options.start_ms,
      );
    }
    case 'random':
      return bytesSource(
        randomPayloads({ sizes: payload.size, seed: options.seed }),
        meanSize_bytes(payload.size),
        payload.keys,
        options.seed,
      );
    case 'fixed': {
      const size = payload.size;
      // One size: one buffer for every record (no view allocated per record).
      const payloads =
        size.kind === 'fixed'
          ? constantPayloads(size.size_bytes, payload.pattern)
          : fixedPayloads({ sizes: size, seed: options.seed, pattern: payload.pattern });
      return bytesSource(payloads, meanSize_bytes(payload.size), payload.keys, options.seed);
    }
    default: {
      const never: never = payload;
      assert(false, `unknown payload kind ${JSON.stringify(never)}`);
    }
  }
}
