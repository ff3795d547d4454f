// A token bucket for consume-rate limits: how long to wait before the next record may be processed.
import { assert } from '../common/errors.ts';

/**
 * Refills at `rate_per_s` up to `capacity` tokens. Callers wait in slices of at least a few
 * milliseconds (timers are coarse), so the bucket holds about 20 ms of tokens: short bursts are
 * smoothed, long-run rate is exact.
 */
export class TokenBucket {
  readonly rate_per_s: number;
  readonly capacity: number;
  #tokens: number;
  #last_ms: number;

  constructor(rate_per_s: number, now_ms: number, capacity = Math.max(1, rate_per_s * 0.02)) {
    assert(Number.isFinite(rate_per_s) && rate_per_s > 0, () => `rate must be > 0, got ${rate_per_s}`);
    this.rate_per_s = rate_per_s;
    this.capacity = capacity;
    this.#tokens = capacity;
    this.#last_ms = now_ms;
  }

  #refill(now_ms: number): void {
    if (now_ms > this.#last_ms) {
      this.#tokens = Math.min(
        this.capacity,
        this.#tokens + ((now_ms - this.#last_ms) * this.rate_per_s) / 1000,
      );
      this.#last_ms = now_ms;
    }
  }

  /** Takes one token if there is one (returns 0), else returns the ms until half the bucket is full again. */
  take(now_ms: number): number {
    this.#refill(now_ms);
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    const want = Math.max(1, this.capacity / 2) - this.#tokens;
    return Math.max(1, (want * 1000) / this.rate_per_s);
  }
}
