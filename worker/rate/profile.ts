// Open-loop rate profiles (constant, ramp, steps, spike): their types, validation, and rate at a given time.
import { z } from 'zod';

/** Records per second over time, from the start of the schedule. */
export type RateProfile =
  | { readonly kind: 'constant'; readonly rate_per_s: number }
  /** Linear from `from_per_s` to `to_per_s` over `duration_ms`, then `to_per_s` on. */
  | {
      readonly kind: 'ramp';
      readonly from_per_s: number;
      readonly to_per_s: number;
      readonly duration_ms: number;
    }
  /** `rate_per_s` from each `at_ms` (ascending) to the next; 0 before the first step. */
  | {
      readonly kind: 'steps';
      readonly steps: readonly { readonly at_ms: number; readonly rate_per_s: number }[];
    }
  /** `base_per_s`, except `peak_per_s` during `[at_ms, at_ms + duration_ms)`. */
  | {
      readonly kind: 'spike';
      readonly base_per_s: number;
      readonly peak_per_s: number;
      readonly at_ms: number;
      readonly duration_ms: number;
    };

/** Upper bound on one profile's rate: far above what one worker can send, low enough to catch unit mistakes. */
export const MAX_RATE_PER_S = 100_000_000;

const rate = z.number().min(0).max(MAX_RATE_PER_S);
const time = z.number().min(0).max(Number.MAX_SAFE_INTEGER);

/** Validates a profile from a scenario or a bus command. */
export const rateProfileSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('constant'), rate_per_s: rate }),
  z.strictObject({ kind: z.literal('ramp'), from_per_s: rate, to_per_s: rate, duration_ms: time.positive() }),
  z.strictObject({
    kind: z.literal('steps'),
    steps: z
      .array(z.strictObject({ at_ms: time, rate_per_s: rate }))
      .min(1)
      .refine((steps) => steps.every((s, i) => i === 0 || s.at_ms > steps[i - 1].at_ms), {
        message: 'steps must have strictly increasing at_ms',
      }),
  }),
  z.strictObject({
    kind: z.literal('spike'),
    base_per_s: rate,
    peak_per_s: rate,
    at_ms: time,
    duration_ms: time.positive(),
  }),
]) satisfies z.ZodType<RateProfile>;

/**
 * The profile as pieces where the rate is linear in time: `[start_ms, rate at start, rate at end]`,
 * each piece ending where the next begins; the last piece holds its end rate for ever.
 */
export function linearPieces(
  profile: RateProfile,
): { start_ms: number; from_per_s: number; to_per_s: number }[] {
  const parsed = rateProfileSchema.safeParse(profile);
  if (!parsed.success) {
    throw new Error(
      `invalid rate profile ${JSON.stringify(profile)}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'profile'}: ${i.message}`).join('; ')}`,
    );
  }
  switch (profile.kind) {
    case 'constant':
      return [{ start_ms: 0, from_per_s: profile.rate_per_s, to_per_s: profile.rate_per_s }];
    case 'ramp':
      return [
        { start_ms: 0, from_per_s: profile.from_per_s, to_per_s: profile.to_per_s },
        { start_ms: profile.duration_ms, from_per_s: profile.to_per_s, to_per_s: profile.to_per_s },
      ];
    case 'steps': {
      const pieces = profile.steps.map((s) => ({
        start_ms: s.at_ms,
        from_per_s: s.rate_per_s,
        to_per_s: s.rate_per_s,
      }));
      if (profile.steps[0].at_ms > 0) pieces.unshift({ start_ms: 0, from_per_s: 0, to_per_s: 0 });
      return pieces;
    }
    case 'spike': {
      const { base_per_s: base, peak_per_s: peak, at_ms, duration_ms } = profile;
      const pieces = [
        { start_ms: at_ms, from_per_s: peak, to_per_s: peak },
        { start_ms: at_ms + duration_ms, from_per_s: base, to_per_s: base },
      ];
      if (at_ms > 0) pieces.unshift({ start_ms: 0, from_per_s: base, to_per_s: base });
      return pieces;
    }
  }
}

/** The rate the profile asks for at schedule time `t_ms`. */
export function rateAt_per_s(profile: RateProfile, t_ms: number): number {
  switch (profile.kind) {
    case 'constant':
      return profile.rate_per_s;
    case 'ramp':
      return t_ms >= profile.duration_ms
        ? profile.to_per_s
        : profile.from_per_s +
            ((profile.to_per_s - profile.from_per_s) * Math.max(0, t_ms)) / profile.duration_ms;
    case 'steps': {
      let r = 0;
      for (const step of profile.steps) if (step.at_ms <= t_ms) r = step.rate_per_s;
      return r;
    }
    case 'spike':
      return t_ms >= profile.at_ms && t_ms < profile.at_ms + profile.duration_ms
        ? profile.peak_per_s
        : profile.base_per_s;
  }
}
