// Fixed-content payloads: a repeating printable pattern, for throughput tests where content does not matter.
import { Rng } from './rng.ts';
import { maxSize_bytes, type PayloadSource, type SizeDistribution, sizeSampler } from './sizes.ts';

export interface FixedPayloadOptions {
  readonly sizes: SizeDistribution;
  readonly seed?: number | string;
  /** The repeated content (default `longhaul `). Compresses very well, unlike `randomPayloads`. */
  readonly pattern?: string;
}

/** Payloads that are prefixes of one buffer of the repeated pattern: no copying, no randomness but sizes. */
export function fixedPayloads(options: FixedPayloadOptions): PayloadSource {
  const rng = new Rng(options.seed ?? 1, 'fixed-payloads');
  const nextSize = sizeSampler(options.sizes, rng);
  const max = maxSize_bytes(options.sizes);
  const pattern = Buffer.from(options.pattern ?? 'longhaul ', 'utf8');
  const content = Buffer.alloc(max, pattern.length > 0 ? pattern : Buffer.from(' '));
  return {
    maxSize_bytes: max,
    next(): Buffer {
      return content.subarray(0, nextSize());
    },
  };
}
