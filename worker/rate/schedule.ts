// Open-loop send schedules: the scheduled time of every record under a rate profile, so latency counts from it.
import { assert } from '../../common/errors.ts';
import { linearPieces, type RateProfile } from './profile.ts';

/**
 * When each record is due. Record i (0-based) is due at the first time t where the profile's
 * cumulative count N(t) = integral of the rate from 0 to t reaches i, so a constant 100/s sends
 * records 0..99 in the first second at 0, 10, 20, ... ms. Senders measure latency from the due
 * time, not from when they got round to sending: a stalled client shows as latency instead of
 * silently lowering the rate (no coordinated omission). Pure: the same profile gives the same
 * times, however late the caller asks.
 */
export interface RateSchedule {
  /** Due time of record `i` in ms after the schedule starts; Infinity when the rate drops to 0 for ever first. */
  sendTime_ms(i: number): number;
  /** Records due strictly before `t_ms`: how many a sender should have sent by then. */
  countBefore(t_ms: number): number;
  /** Records in the whole schedule (Infinity unless the rate ends at 0). */
  readonly total: number;
}

interface Piece {
  readonly start_ms: number;
  readonly end_ms: number;
  readonly from_per_s: number;
  /** Rate change per ms of the piece. */
  readonly slope: number;
  /** N at start_ms and at end_ms. */
  readonly countAtStart: number;
  readonly countAtEnd: number;
}

/** Records a piece adds in its first `dt_ms`. */
function countWithin(p: Piece, dt_ms: number): number {
  return (p.from_per_s * dt_ms + 0.5 * p.slope * dt_ms * dt_ms) / 1000;
}

export function rateSchedule(profile: RateProfile): RateSchedule {
  const linear = linearPieces(profile);
  const pieces: Piece[] = [];
  let count = 0;
  linear.forEach((l, i) => {
    const last = i === linear.length - 1;
    const end_ms = last ? Number.POSITIVE_INFINITY : linear[i + 1].start_ms;
    const slope = last ? 0 : (l.to_per_s - l.from_per_s) / (end_ms - l.start_ms);
    const piece = {
      start_ms: l.start_ms,
      end_ms,
      from_per_s: l.from_per_s,
      slope,
      countAtStart: count,
      countAtEnd: 0,
    };
    const countAtEnd = last
      ? l.from_per_s > 0
        ? Number.POSITIVE_INFINITY
        : count
      : count + countWithin(piece, end_ms - l.start_ms);
    pieces.push({ ...piece, countAtEnd });
    count = countAtEnd;
  });
  // Record i exists while i < N(end): a profile that ends after 1.6 records' worth sends 2.
  const total = Math.ceil(count);

  const sendTime_ms = (i: number): number => {
    assert(Number.isSafeInteger(i) && i >= 0, () => `record index must be an integer >= 0, got ${i}`);
    if (i >= total) return Number.POSITIVE_INFINITY;
    // First piece whose cumulative count at its end exceeds i.
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pieces[mid].countAtEnd > i) hi = mid;
      else lo = mid + 1;
    }
    const p = pieces[lo];
    const c = (i - p.countAtStart) * 1000;
    if (c <= 0) return p.start_ms;
    // Solve from*dt + slope*dt^2/2 = c in the form that stays accurate for slope near 0.
    const dt =
      (2 * c) / (p.from_per_s + Math.sqrt(Math.max(0, p.from_per_s * p.from_per_s + 2 * p.slope * c)));
    return Math.min(p.start_ms + dt, p.end_ms);
  };

  const countBefore = (t_ms: number): number => {
    if (t_ms <= 0) return 0;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (pieces[mid].start_ms < t_ms) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo];
    const exact = p.countAtStart + countWithin(p, Math.min(t_ms, p.end_ms) - p.start_ms);
    // Agree exactly with sendTime_ms despite rounding: n = #{i : sendTime_ms(i) < t}.
    let n = Math.min(Math.ceil(exact), total);
    while (n > 0 && sendTime_ms(n - 1) >= t_ms) n--;
    while (n < total && sendTime_ms(n) < t_ms) n++;
    return n;
  };

  return { sendTime_ms, countBefore, total };
}

/** Due times of records `from`, `from + 1`, ... while they are before `until_ms`. */
export function* dueTimes(
  schedule: RateSchedule,
  options: { readonly from?: number; readonly until_ms?: number } = {},
): IterableIterator<number> {
  const until = options.until_ms ?? Number.POSITIVE_INFINITY;
  for (let i = options.from ?? 0; ; i++) {
    const t = schedule.sendTime_ms(i);
    if (!(t < until)) return;
    yield t;
  }
}

/** `[s]`: how many of `times_ms` fall in `[s, s+1)` seconds. For checking a schedule or an experiment load. */
export function countPerSecond(times_ms: Iterable<number>): number[] {
  const out: number[] = [];
  for (const t of times_ms) {
    const s = Math.floor(t / 1000);
    while (out.length <= s) out.push(0);
    out[s]++;
  }
  return out;
}
