// One direction of a proxied connection: forwards bytes in order, delayed, stalled, throttled or held as its fault says.
import type { Socket } from 'node:net';

/** What a fault does to one direction of one connection. */
export type PipeFault =
  | { readonly kind: 'delay'; readonly latency_ms: number; readonly jitter_ms: number }
  | { readonly kind: 'loss'; readonly probability: number }
  | { readonly kind: 'blackhole' }
  | { readonly kind: 'bandwidth'; readonly bucket: TokenBucket };

/**
 * Bytes per second shared by every connection of one proxy in one direction, as a link's capacity
 * is. The burst (what may pass at once after an idle moment) is 50 ms worth of bytes, at least 1 KiB.
 */
export class TokenBucket {
  readonly rate_bytesPerSecond: number;
  readonly burst_bytes: number;
  private tokens: number;
  private refilled_ms: number;

  constructor(rate_bytesPerSecond: number, now_ms = Date.now()) {
    if (!(rate_bytesPerSecond > 0))
      throw new Error(`bandwidth must be above 0 B/s, got ${rate_bytesPerSecond}`);
    this.rate_bytesPerSecond = rate_bytesPerSecond;
    this.burst_bytes = Math.max(1024, Math.floor(rate_bytesPerSecond / 20));
    this.tokens = this.burst_bytes;
    this.refilled_ms = now_ms;
  }

  private refill(now_ms: number): void {
    const elapsed_ms = Math.max(0, now_ms - this.refilled_ms);
    this.tokens = Math.min(this.burst_bytes, this.tokens + (elapsed_ms * this.rate_bytesPerSecond) / 1000);
    this.refilled_ms = now_ms;
  }

  /** Takes up to `wanted` bytes' worth of tokens; returns how many bytes may pass now. */
  take(wanted: number, now_ms = Date.now()): number {
    this.refill(now_ms);
    const granted = Math.min(wanted, Math.floor(this.tokens));
    this.tokens -= granted;
    return granted;
  }

  /** How long until `wanted` bytes (at most a burst) may pass. */
  wait_ms(wanted: number, now_ms = Date.now()): number {
    this.refill(now_ms);
    const missing = Math.min(wanted, this.burst_bytes) - this.tokens;
    return missing <= 0 ? 0 : Math.ceil((missing * 1000) / this.rate_bytesPerSecond);
  }
}

export interface PipeOptions {
  /** Uniform random numbers in [0, 1): jitter and loss. */
  readonly random: () => number;
  /** Reading from the source stops while this much is held, as a full TCP window stops a sender. */
  readonly maxHeld_bytes: number;
  /**
   * How long a "lost" chunk stalls the stream: TCP's minimum retransmission timeout (200 ms on
   * Linux, RFC 6298 section 2.4), doubled for each further loss in a row up to `maxLossStall_ms`.
   */
  readonly lossStall_ms: number;
  readonly maxLossStall_ms: number;
}

interface Held {
  chunk: Buffer;
  due_ms: number;
}

/**
 * Bytes cannot be dropped from a TCP stream without breaking it, so every fault only changes *when*
 * bytes pass: a delay holds each chunk for the latency (never letting a later chunk overtake an earlier
 * one), a loss stalls the stream as a retransmission would, a blackhole holds everything, a bandwidth
 * limit meters bytes out. Clearing the fault releases what is held, in order.
 */
export class Pipe {
  private readonly source: Socket;
  private readonly sink: Socket;
  private readonly options: PipeOptions;
  private fault: PipeFault | undefined;
  private readonly queue: Held[] = [];
  private queueHead = 0;
  private held_bytes = 0;
  /** Due time of the last queued chunk: no chunk leaves before the one ahead of it. */
  private lastDue_ms = 0;
  private lossesInARow = 0;
  private timer: NodeJS.Timeout | undefined;
  private waitingForDrain = false;
  private paused = false;
  private sourceEnded = false;
  private disposed = false;
  /** Bytes written to the sink. */
  forwarded_bytes = 0;

  constructor(source: Socket, sink: Socket, options: PipeOptions) {
    this.source = source;
    this.sink = sink;
    this.options = options;
  }

  get heldBytes(): number {
    return this.held_bytes;
  }

  setFault(fault: PipeFault | undefined): void {
    this.fault = fault;
    if (fault === undefined) {
      // The heal: whatever is held goes out now, still in order.
      for (let i = this.queueHead; i < this.queue.length; i++) this.queue[i].due_ms = 0;
      this.lastDue_ms = 0;
      this.lossesInARow = 0;
    }
    this.pump();
  }

  push(chunks: readonly Buffer[]): void {
    if (this.disposed) return;
    const now = Date.now();
    for (const chunk of chunks) {
      if (chunk.length === 0) continue;
      const due_ms = Math.max(this.lastDue_ms, this.dueOf(now));
      this.lastDue_ms = due_ms;
      this.queue.push({ chunk, due_ms });
      this.held_bytes += chunk.length;
    }
    if (this.held_bytes > this.options.maxHeld_bytes && !this.paused) {
      this.paused = true;
      this.source.pause();
    }
    this.pump();
  }

  /** The source sent FIN: end the sink once everything held has gone out. */
  end(): void {
    this.sourceEnded = true;
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
    this.queueHead = 0;
    this.held_bytes = 0;
  }

  private dueOf(now: number): number {
    const fault = this.fault;
    if (fault?.kind === 'delay') {
      const jitter = fault.jitter_ms > 0 ? (this.options.random() * 2 - 1) * fault.jitter_ms : 0;
      return now + Math.max(0, fault.latency_ms + jitter);
    }
    if (fault?.kind === 'loss') {
      if (this.options.random() < fault.probability) {
        const stall = Math.min(
          this.options.maxLossStall_ms,
          this.options.lossStall_ms * 2 ** Math.min(this.lossesInARow, 16),
        );
        this.lossesInARow++;
        return Math.max(now, this.lastDue_ms) + stall;
      }
      this.lossesInARow = 0;
    }
    return now;
  }

  private schedule(delay_ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(1, delay_ms),
    );
  }

  private pump(): void {
    if (this.disposed || this.waitingForDrain) return;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.queueHead < this.queue.length) {
      if (this.sink.destroyed || this.sink.writableEnded) return;
      const fault = this.fault;
      if (fault?.kind === 'blackhole') return;
      const head = this.queue[this.queueHead];
      const now = Date.now();
      if (head.due_ms > now) {
        this.schedule(head.due_ms - now);
        return;
      }
      let piece = head.chunk;
      if (fault?.kind === 'bandwidth') {
        const granted = fault.bucket.take(piece.length, now);
        if (granted === 0) {
          this.schedule(fault.bucket.wait_ms(piece.length, now));
          return;
        }
        if (granted < piece.length) {
          head.chunk = piece.subarray(granted);
          piece = piece.subarray(0, granted);
        } else this.queueHead++;
      } else this.queueHead++;
      this.held_bytes -= piece.length;
      this.forwarded_bytes += piece.length;
      if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
        this.queue.splice(0, this.queueHead);
        this.queueHead = 0;
      }
      if (this.paused && this.held_bytes <= this.options.maxHeld_bytes / 2) {
        this.paused = false;
        this.source.resume();
      }
      if (!this.sink.write(piece)) {
        this.waitingForDrain = true;
        this.sink.once('drain', () => {
          this.waitingForDrain = false;
          this.pump();
        });
        return;
      }
    }
    this.queue.length = 0;
    this.queueHead = 0;
    if (this.sourceEnded && !this.sink.destroyed && !this.sink.writableEnded) this.sink.end();
  }
}
