// A deterministic clock for tests and simulations: timers fire only when the caller advances time.
import type { Timer, TimeSource } from './time.ts';

interface ScheduledTimer {
  readonly due_ms: number;
  readonly seq: number;
  readonly callback: () => void;
}

/**
 * Time stands still until `advance` is called; then due timers run synchronously, earliest first
 * (ties in the order they were scheduled), each with `now_ms()` equal to its due time. Timers that
 * a callback schedules run in the same `advance` if they fall due within it.
 */
export class FakeTime implements TimeSource {
  #now_ms: number;
  #nextSeq = 0;
  readonly #timers = new Map<number, ScheduledTimer>();

  constructor(start_ms = 0) {
    this.#now_ms = start_ms;
  }

  now_ms(): number {
    return this.#now_ms;
  }

  setTimer(delay_ms: number, callback: () => void): Timer {
    const seq = this.#nextSeq++;
    this.#timers.set(seq, { due_ms: this.#now_ms + Math.max(0, delay_ms), seq, callback });
    return { cancel: () => this.#timers.delete(seq) };
  }

  /** Timers scheduled and neither run nor cancelled. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves the clock forward by `delta_ms`, running every timer that falls due on the way. */
  advance(delta_ms: number): void {
    if (!(delta_ms >= 0)) throw new RangeError(`FakeTime.advance: delta_ms must be >= 0, got ${delta_ms}`);
    const target_ms = this.#now_ms + delta_ms;
    for (;;) {
      const next = this.#earliest();
      if (next === undefined || next.due_ms > target_ms) break;
      this.#timers.delete(next.seq);
      this.#now_ms = next.due_ms;
      next.callback();
    }
    this.#now_ms = target_ms;
  }

  #earliest(): ScheduledTimer | undefined {
    let best: ScheduledTimer | undefined;
    for (const timer of this.#timers.values()) {
      if (
        best === undefined ||
        timer.due_ms < best.due_ms ||
        (timer.due_ms === best.due_ms && timer.seq < best.seq)
      ) {
        best = timer;
      }
    }
    return best;
  }
}
