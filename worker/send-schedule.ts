// A producer's open-loop send times over wall-clock time, re-anchored when the rate changes mid-run.
import { assert } from '../common/errors.ts';
import { type RateProfile, rateAt_per_s } from './rate/profile.ts';
import { type RateSchedule, rateSchedule } from './rate/schedule.ts';

/** Record `fromIndex + i` is due at `origin_ms + schedule.sendTime_ms(i)`. */
interface Segment {
  readonly fromIndex: number;
  readonly origin_ms: number;
  readonly profile: RateProfile;
  readonly schedule: RateSchedule;
}

const MAX_SEGMENTS = 16;

/**
 * Due times of a producer's records 0, 1, 2, ... as absolute wall-clock milliseconds. Starts with
 * a rate profile; `setRate` switches to a constant rate *now*: records that were due before the
 * change keep their due times (a sender that is behind stays behind and its latency shows it),
 * later records follow the new rate from the moment of the change. Pure: time is passed in.
 */
export class SendSchedule {
  readonly #segments: Segment[] = [];

  constructor(profile: RateProfile, start_ms: number) {
    this.#segments.push({ fromIndex: 0, origin_ms: start_ms, profile, schedule: rateSchedule(profile) });
  }

  /** Wall-clock due time of record `index` (Infinity when the schedule ends before it). */
  timeOf(index: number): number {
    const s = this.#segmentOf(index);
    return s.origin_ms + s.schedule.sendTime_ms(index - s.fromIndex);
  }

  /** How many records are due strictly before `t_ms`. */
  dueBefore(t_ms: number): number {
    const segments = this.#segments;
    for (let k = segments.length - 1; k >= 0; k--) {
      const s = segments[k];
      if (t_ms <= s.origin_ms && k > 0) continue;
      const due = s.fromIndex + s.schedule.countBefore(t_ms - s.origin_ms);
      // A later segment starts at its fromIndex: this one cannot reach past it.
      return k + 1 < segments.length ? Math.min(due, segments[k + 1].fromIndex) : due;
    }
    return 0;
  }

  /** Records in the whole schedule (Infinity unless the rate ends at 0). */
  get total(): number {
    const last = this.#segments[this.#segments.length - 1];
    return last.fromIndex + last.schedule.total;
  }

  /** The rate asked for at `t_ms`. */
  rateAt_per_s(t_ms: number): number {
    const segments = this.#segments;
    let s = segments[0];
    for (const candidate of segments) if (candidate.origin_ms <= t_ms) s = candidate;
    return rateAt_per_s(s.profile, t_ms - s.origin_ms);
  }

  /**
   * A constant `rate_per_s` from `now_ms` on. `generated`: records already generated (the
   * first index the change may move). Records due before now keep their times.
   */
  setRate(rate_per_s: number, now_ms: number, generated: number): void {
    assert(Number.isFinite(rate_per_s) && rate_per_s >= 0, () => `rate must be >= 0, got ${rate_per_s}`);
    const fromIndex = Math.max(generated, this.dueBefore(now_ms));
    const profile: RateProfile = { kind: 'constant', rate_per_s };
    // Drop segments that start at or after the new one: their records were never due.
    while (this.#segments.length > 1 && this.#segments[this.#segments.length - 1].fromIndex >= fromIndex) {
      this.#segments.pop();
    }
    this.#segments.push({ fromIndex, origin_ms: now_ms, profile, schedule: rateSchedule(profile) });
    // Only the newest segments can hold records not generated yet; keep a few for timeOf(older).
    if (this.#segments.length > MAX_SEGMENTS) this.#segments.splice(0, this.#segments.length - MAX_SEGMENTS);
  }

  #segmentOf(index: number): Segment {
    const segments = this.#segments;
    for (let k = segments.length - 1; k > 0; k--) if (segments[k].fromIndex <= index) return segments[k];
    return segments[0];
  }
}
