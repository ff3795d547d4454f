// Payload size distributions (fixed, uniform, weighted histogram), sampled from a seeded generator.
import { assert } from '../../common/errors.ts';
import type { Rng } from './rng.ts';

export type SizeDistribution =
  | { readonly kind: 'fixed'; readonly size_bytes: number }
  | { readonly kind: 'uniform'; readonly min_bytes: number; readonly max_bytes: number }
  /** Each record takes one of the sizes, with probability weight / sum of weights. */
  | {
      readonly kind: 'histogram';
      readonly buckets: readonly { readonly size_bytes: number; readonly weight: number }[];
    };

/** Upper bound of a payload: Kafka's default max.message.bytes is ~1 MiB; allow headroom for tests of limits. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/** A source of payload values, one per record. */
export interface PayloadSource {
  /** The next value. It may share memory with earlier values: hand it to the client, do not modify it. */
  next(): Buffer;
  /** The largest value this source returns. */
  readonly maxSize_bytes: number;
}

function checkSize(n: number, what: string): void {
  assert(
    Number.isSafeInteger(n) && n >= 0 && n <= MAX_PAYLOAD_BYTES,
    () => `${what} must be an integer in 0..${MAX_PAYLOAD_BYTES} bytes, got ${n}`,
  );
}

/** Largest size the distribution can produce. */
export function maxSize_bytes(distribution: SizeDistribution): number {
  switch (distribution.kind) {
    case 'fixed':
      return distribution.size_bytes;
    case 'uniform':
      return distribution.max_bytes;
    case 'histogram':
      return distribution.buckets.reduce((max, b) => Math.max(max, b.size_bytes), 0);
  }
}

/** A sampler of sizes: validates the distribution once, then costs one random number per call. */
export function sizeSampler(distribution: SizeDistribution, rng: Rng): () => number {
  switch (distribution.kind) {
    case 'fixed': {
      const size = distribution.size_bytes;
      checkSize(size, 'fixed size');
      return () => size;
    }
    case 'uniform': {
      const { min_bytes: min, max_bytes: max } = distribution;
      checkSize(min, 'uniform min');
      checkSize(max, 'uniform max');
      assert(min <= max, () => `uniform size min ${min} > max ${max}`);
      return () => rng.int(min, max);
    }
    case 'histogram': {
      const buckets = distribution.buckets;
      assert(buckets.length > 0, 'size histogram needs at least one bucket');
      const cumulative: number[] = [];
      let total = 0;
      for (const { size_bytes, weight } of buckets) {
        checkSize(size_bytes, 'histogram bucket size');
        assert(
          Number.isFinite(weight) && weight >= 0,
          () => `histogram bucket weight must be >= 0, got ${weight}`,
        );
        total += weight;
        cumulative.push(total);
      }
      assert(total > 0, 'size histogram weights must not all be 0');
      const sizes = buckets.map((b) => b.size_bytes);
      return () => {
        const x = rng.next() * total;
        let lo = 0;
        let hi = cumulative.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cumulative[mid] > x) hi = mid;
          else lo = mid + 1;
        }
        return sizes[lo];
      };
    }
  }
}
