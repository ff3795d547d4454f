// How the group coordinator reads the clock and schedules timeouts, so tests can swap in a fake clock.

/** A scheduled callback; cancelling one that already ran or was cancelled does nothing. */
export interface Timer {
  cancel(): void;
}

export interface TimeSource {
  /** Milliseconds since some fixed point; only differences are meaningful. */
  now_ms(): number;
  /** Runs `callback` once, `delay_ms` from now (0 or negative: as soon as possible). */
  setTimer(delay_ms: number, callback: () => void): Timer;
}

/** setTimeout cannot wait longer than a signed 32-bit number of milliseconds (about 24.8 days). */
const maxTimerDelay_ms = 2 ** 31 - 1;

/**
 * The real clock. Timers are unref'd: the broker is kept alive by its listening socket, and a
 * pending session timeout must never keep a process from exiting.
 */
export const systemTime: TimeSource = {
  now_ms: () => Date.now(),
  setTimer(delay_ms, callback) {
    const handle = setTimeout(callback, Math.min(Math.max(0, delay_ms), maxTimerDelay_ms));
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};
