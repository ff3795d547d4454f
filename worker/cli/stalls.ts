// How long this process could not run its timers, per second of a run: the evidence behind a missed rate.

/**
 * A 5 ms interval timer that measures how late it fires. Lateness beyond a few ms means the
 * process did not run (CPU starvation by other processes, a GC pause, synchronous work), so
 * records due meanwhile left late. Kept per second since `start_ms()` (set once sending starts).
 */
export class StallMeter {
  readonly #start_ms: () => number;
  readonly #now: () => number;
  readonly #perSecond: number[] = [];
  #max_ms = 0;
  #expected_ms = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(start_ms: () => number, now: () => number, interval_ms = 5) {
    this.#start_ms = start_ms;
    this.#now = now;
    this.#timer = setInterval(() => this.#tick(interval_ms), interval_ms);
    this.#timer.unref();
  }

  #tick(interval_ms: number): void {
    const t = this.#now();
    const start = this.#start_ms();
    if (this.#expected_ms > 0 && start > 0 && t >= start) {
      const late = Math.max(0, t - this.#expected_ms);
      const second = Math.floor((t - start) / 1000);
      if (second < 86_400) {
        while (this.#perSecond.length <= second) this.#perSecond.push(0);
        if (late > this.#perSecond[second]) this.#perSecond[second] = late;
        if (late > this.#max_ms) this.#max_ms = late;
      }
    }
    this.#expected_ms = t + interval_ms;
  }

  /** The longest stall in each second of the run (ms, rounded). */
  get perSecond_ms(): number[] {
    return this.#perSecond.map((ms) => Math.round(ms));
  }

  get max_ms(): number {
    return Math.round(this.#max_ms);
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
