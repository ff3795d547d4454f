// Reconnect backoff: grows exponentially, never exceeds its cap, and spreads a fleet out.
import { describe, expect, it } from 'vitest';
import { backoffDelay_ms, defaultBackoff } from './backoff.ts';

describe('reconnect backoff', () => {
  const policy = { initialDelay_ms: 100, maxDelay_ms: 5000, factor: 2, jitter: 0.5 };

  it('doubles from the initial delay up to the cap (without jitter)', () => {
    const delays = Array.from({ length: 10 }, (_, attempt) =>
      backoffDelay_ms({ ...policy, jitter: 0 }, attempt),
    );
    expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000]);
  });

  it('stays within [d * (1 - jitter), d] and below the cap even after very many attempts', () => {
    expect(backoffDelay_ms(policy, 3, () => 0)).toBe(800);
    expect(backoffDelay_ms(policy, 3, () => 1)).toBe(400);
    for (const attempt of [0, 10, 100, 10_000]) {
      const delay = backoffDelay_ms(defaultBackoff, attempt);
      expect(delay).toBeGreaterThanOrEqual(defaultBackoff.initialDelay_ms / 2);
      expect(delay).toBeLessThanOrEqual(defaultBackoff.maxDelay_ms);
    }
  });
});
