// Random-byte payloads: slices of one seeded random pool, so a record costs no fresh random bytes.
import { Rng } from './rng.ts';
import { maxSize_bytes, type PayloadSource, type SizeDistribution, sizeSampler } from './sizes.ts';

export interface RandomPayloadOptions {
  readonly sizes: SizeDistribution;
  readonly seed?: number | string;
  /** Size of the random pool (default 4 MiB, at least twice the largest payload). */
  readonly pool_bytes?: number;
}

/**
 * Incompressible payloads: each value is a view of the pool at a random offset, so consecutive
 * values differ (no accidental deduplication or compression) while costing one allocation of a
 * view, not a fill of random bytes.
 */
export function randomPayloads(options: RandomPayloadOptions): PayloadSource {
  const rng = new Rng(options.seed ?? 1, 'random-payloads');
  const nextSize = sizeSampler(options.sizes, rng);
  const max = maxSize_bytes(options.sizes);
  const poolSize = Math.max(options.pool_bytes ?? 4 * 1024 * 1024, 2 * max, 1);
  const pool = Buffer.allocUnsafe(poolSize);
  rng.fill(pool);
  return {
    maxSize_bytes: max,
    next(): Buffer {
      const size = nextSize();
      const offset = Math.floor(rng.next() * (poolSize - size + 1));
      return pool.subarray(offset, offset + size);
    },
  };
}
