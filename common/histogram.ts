// Latency histograms: HDR histograms that record microseconds, answer in milliseconds, merge, and travel as text.
import * as hdr from 'hdr-histogram-js';
import { assert } from './errors.ts';

/**
 * Every longhaul latency histogram has the same bounds, so that any two merge exactly: 1 us to
 * 1 hour at 3 significant digits (a value is known to within 0.1%).
 *
 * Implementation: hdr-histogram-js's pure-JS build with 64-bit (float) counts. The WebAssembly build
 * needs an async initialisation and an explicit `destroy()` of each histogram (its memory is not
 * garbage collected) and only pays off for bulk operations; the JS build records ~10 M values/s
 * on one core, plenty for the rates of a worker. 64-bit counts (exact to 2^53) keep a soak's
 * merged totals from overflowing; a histogram takes ~190 KB in memory and a few hundred bytes
 * encoded.
 */
export const HISTOGRAM_BOUNDS = { lowest_us: 1, highest_us: 3_600_000_000, significantDigits: 3 } as const;

const MAX_ENCODED_LENGTH = 4 * 1024 * 1024;

function newHdr(): hdr.Histogram {
  return hdr.build({
    bitBucketSize: 64,
    autoResize: false,
    lowestDiscernibleValue: HISTOGRAM_BOUNDS.lowest_us,
    highestTrackableValue: HISTOGRAM_BOUNDS.highest_us,
    numberOfSignificantValueDigits: HISTOGRAM_BOUNDS.significantDigits,
    useWebAssembly: false,
  });
}

export interface LatencySummary {
  readonly count: number;
  readonly mean_ms: number;
  readonly min_ms: number;
  readonly p50_ms: number;
  readonly p90_ms: number;
  readonly p99_ms: number;
  readonly p999_ms: number;
  readonly max_ms: number;
}

/**
 * A latency histogram. Values are recorded in milliseconds (with microsecond resolution).
 *
 * `compact()` swaps the ~190 KB of counts for the encoding (a few hundred bytes to a few KB):
 * for histograms that are kept but rarely read, like the controller's one per second of a task
 * (two per second, ~0.4 MB per second of workload otherwise). A compact histogram answers every
 * question by decoding a temporary copy (~0.1-0.3 ms), and becomes a full one again when
 * something is recorded or merged into it.
 */
export class LatencyHistogram {
  /** Undefined while compact. */
  #h: hdr.Histogram | undefined = newHdr();
  /** The encoding and count of a compact histogram. */
  #compact: { readonly text: string; readonly count: number } | undefined;
  #clamped = 0;

  /** The counts, to read: the histogram's own, or a decoded copy while compact. */
  #read(): hdr.Histogram {
    if (this.#h !== undefined) return this.#h;
    return hdr.decodeFromCompressedBase64((this.#compact as { text: string }).text, 64, false);
  }

  /** The counts, to change: a compact histogram becomes a full one again. */
  #write(): hdr.Histogram {
    if (this.#h === undefined) {
      this.#h = this.#read();
      this.#compact = undefined;
    }
    return this.#h;
  }

  /** Keeps only the encoding until the next record or merge into it (see the class comment). */
  compact(): this {
    if (this.#h !== undefined) {
      this.#compact = { text: hdr.encodeIntoCompressedBase64(this.#h), count: this.#h.totalCount };
      this.#h = undefined;
    }
    return this;
  }

  get isCompact(): boolean {
    return this.#h === undefined;
  }

  /**
   * Records one latency. Negative values (clock skew between hosts) count as 0 and values above
   * one hour as one hour; both are counted in `clampedCount`.
   */
  record(latency_ms: number): void {
    this.recordMany(latency_ms, 1);
  }

  /** Records `count` occurrences of one latency. */
  recordMany(latency_ms: number, count: number): void {
    assert(Number.isFinite(latency_ms), () => `latency must be a finite number of ms, got ${latency_ms}`);
    assert(Number.isSafeInteger(count) && count >= 0, () => `count must be an integer >= 0, got ${count}`);
    let us = Math.round(latency_ms * 1000);
    if (us < 0 || us > HISTOGRAM_BOUNDS.highest_us) {
      us = us < 0 ? 0 : HISTOGRAM_BOUNDS.highest_us;
      this.#clamped += count;
    }
    if (count === 1) this.#write().recordValue(us);
    else if (count > 1) this.#write().recordValueWithCount(us, count);
  }

  get count(): number {
    return this.#h?.totalCount ?? (this.#compact as { count: number }).count;
  }

  /** Values that were outside the bounds and recorded at a bound (local only: not encoded). */
  get clampedCount(): number {
    return this.#clamped;
  }

  get mean_ms(): number {
    return this.count === 0 ? 0 : this.#read().mean / 1000;
  }

  get min_ms(): number {
    return this.count === 0 ? 0 : this.#read().getValueAtPercentile(0) / 1000;
  }

  get max_ms(): number {
    // The highest value equivalent to the max, as HdrHistogram reports it: the same after merge and decode.
    return this.count === 0 ? 0 : this.#read().getValueAtPercentile(100) / 1000;
  }

  /** The latency that `percentile` % of the values are at or below (0 when empty). */
  percentile_ms(percentile: number): number {
    assert(percentile >= 0 && percentile <= 100, () => `percentile must be in 0..100, got ${percentile}`);
    return this.count === 0 ? 0 : this.#read().getValueAtPercentile(percentile) / 1000;
  }

  summary(): LatencySummary {
    const count = this.count;
    const h = this.#read();
    const at = (percentile: number) => (count === 0 ? 0 : h.getValueAtPercentile(percentile) / 1000);
    return {
      count,
      mean_ms: count === 0 ? 0 : h.mean / 1000,
      min_ms: at(0),
      p50_ms: at(50),
      p90_ms: at(90),
      p99_ms: at(99),
      p999_ms: at(99.9),
      max_ms: at(100),
    };
  }

  /** Adds every value of `other` to this histogram. */
  merge(other: LatencyHistogram): this {
    if (other.count > 0) this.#write().add(other.#read());
    this.#clamped += other.#clamped;
    return this;
  }

  reset(): void {
    this.#h = newHdr();
    this.#compact = undefined;
    this.#clamped = 0;
  }

  clone(): LatencyHistogram {
    return new LatencyHistogram().merge(this);
  }

  /** Base64 of HdrHistogram's compressed V2 encoding (what HdrHistogram's log format carries). */
  encode(): string {
    return this.#h !== undefined
      ? hdr.encodeIntoCompressedBase64(this.#h)
      : (this.#compact as { text: string }).text;
  }

  /** Parses `encode()` output from an untrusted peer; throws an Error saying what is wrong. */
  static decode(text: unknown): LatencyHistogram {
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_ENCODED_LENGTH) {
      throw new Error(
        `invalid histogram encoding: expected a base64 string of 1..${MAX_ENCODED_LENGTH} characters`,
      );
    }
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new Error('invalid histogram encoding: not base64');
    let decoded: hdr.Histogram;
    try {
      decoded = hdr.decodeFromCompressedBase64(text, 64, false);
    } catch (error) {
      throw new Error(`invalid histogram encoding: ${(error as Error).message}`);
    }
    if (
      decoded.numberOfSignificantValueDigits !== HISTOGRAM_BOUNDS.significantDigits ||
      decoded.maxValue > HISTOGRAM_BOUNDS.highest_us ||
      !Number.isSafeInteger(decoded.totalCount)
    ) {
      throw new Error(
        `invalid histogram encoding: expected ${HISTOGRAM_BOUNDS.significantDigits} significant digits and values ` +
          `up to ${HISTOGRAM_BOUNDS.highest_us} us, got ${decoded.numberOfSignificantValueDigits} digits and max ` +
          `${decoded.maxValue}`,
      );
    }
    const out = new LatencyHistogram();
    out.#write().add(decoded);
    return out;
  }
}

/** One interval's histogram and the wall-clock span it covers. */
export interface IntervalHistogram {
  readonly histogram: LatencyHistogram;
  readonly start_ms: number;
  readonly end_ms: number;
}

/**
 * Records into the current interval's histogram; `take()` hands it over and starts the next one,
 * so per-interval reports never lose or double-count a value.
 */
export class IntervalRecorder {
  #current = new LatencyHistogram();
  #start_ms: number;

  constructor(now_ms: number = Date.now()) {
    this.#start_ms = now_ms;
  }

  record(latency_ms: number): void {
    this.#current.record(latency_ms);
  }

  recordMany(latency_ms: number, count: number): void {
    this.#current.recordMany(latency_ms, count);
  }

  /** The histogram of the interval so far (still being recorded into). */
  get current(): LatencyHistogram {
    return this.#current;
  }

  take(now_ms: number = Date.now()): IntervalHistogram {
    const interval = { histogram: this.#current, start_ms: this.#start_ms, end_ms: now_ms };
    this.#current = new LatencyHistogram();
    this.#start_ms = now_ms;
    return interval;
  }
}
