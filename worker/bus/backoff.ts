// Reconnect delays of the bus client: exponential, capped, with jitter so a fleet does not reconnect in lockstep.

export interface BackoffPolicy {
  readonly initialDelay_ms: number;
  readonly maxDelay_ms: number;
  readonly factor: number;
  /** Fraction of the delay that is randomised: 0.5 gives a delay in [d/2, d]. */
  readonly jitter: number;
}

export const defaultBackoff: BackoffPolicy = {
  initialDelay_ms: 100,
  maxDelay_ms: 5000,
  factor: 2,
  jitter: 0.5,
};

/** The delay before reconnect attempt `attempt` (0-based); never above maxDelay_ms. */
export function backoffDelay_ms(
  policy: BackoffPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(attempt, 64);
  const ceiling_ms = Math.min(policy.maxDelay_ms, policy.initialDelay_ms * policy.factor ** exponent);
  return Math.round(ceiling_ms * (1 - policy.jitter * random()));
}
