// One client connection: splits the byte stream into size-prefixed frames and answers them in order.
import type { Socket } from 'node:net';
import type { Logger } from '../../common/log.ts';

export interface ConnectionInfo {
  readonly id: number;
  readonly remote: string;
}

/**
 * Turns one request frame (without its size prefix) into the response chunks (with the size
 * prefix), or null when the request gets no response (Produce with acks=0). Throwing closes
 * the connection: that is what Kafka does with a request it cannot parse.
 */
export type FrameHandler = (frame: Buffer, connection: ConnectionInfo) => Promise<Buffer[] | null>;

export interface ConnectionLimits {
  /** Frames larger than this close the connection (Kafka's socket.request.max.bytes). */
  readonly maxFrame_bytes: number;
  /** Requests a client may have outstanding before the broker stops reading its socket. */
  readonly maxInFlightRequests: number;
}

interface Slot {
  chunks: Buffer[] | null | undefined;
  done: boolean;
}

/**
 * Kafka clients pipeline requests and match responses by order per connection, so responses are
 * written strictly in request order even when a later request (a Metadata) finishes before an
 * earlier one (a long-polling Fetch).
 */
export class Connection {
  readonly info: ConnectionInfo;
  private readonly socket: Socket;
  private readonly handler: FrameHandler;
  private readonly limits: ConnectionLimits;
  private readonly logger: Logger;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly slots: Slot[] = [];
  private paused = false;
  private closed = false;

  constructor(
    socket: Socket,
    info: ConnectionInfo,
    handler: FrameHandler,
    limits: ConnectionLimits,
    logger: Logger,
  ) {
    this.socket = socket;
    this.info = info;
    this.handler = handler;
    this.limits = limits;
    this.logger = logger;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.logger.debug({ err: error, remote: info.remote }, 'connection error'));
    socket.on('close', () => {
      this.closed = true;
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.logger.warn({ remote: this.info.remote, connection: this.info.id }, `closing connection: ${reason}`);
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    for (;;) {
      if (this.pendingBytes < 4) return;
      if (this.pending[0].length < 4) this.compact();
      const size = this.pending[0].readInt32BE(0);
      if (size < 0 || size > this.limits.maxFrame_bytes) {
        this.close(
          size < 0
            ? `negative request frame size ${size}: not a Kafka client, or a corrupt stream`
            : `request frame of ${size} bytes is larger than the limit of ${this.limits.maxFrame_bytes} bytes`,
        );
        return;
      }
      if (this.pendingBytes < 4 + size) return;
      this.compact();
      const buffer = this.pending[0];
      const frame = buffer.subarray(4, 4 + size);
      const rest = buffer.subarray(4 + size);
      this.pending = rest.length > 0 ? [rest] : [];
      this.pendingBytes = rest.length;
      this.dispatch(frame);
      if (this.closed) return;
    }
  }

  private compact(): void {
    if (this.pending.length > 1) this.pending = [Buffer.concat(this.pending, this.pendingBytes)];
  }

  private dispatch(frame: Buffer): void {
    const slot: Slot = { chunks: undefined, done: false };
    this.slots.push(slot);
    if (!this.paused && this.slots.length >= this.limits.maxInFlightRequests) {
      this.paused = true;
      this.socket.pause();
    }
    this.handler(frame, this.info).then(
      (chunks) => {
        slot.chunks = chunks;
        slot.done = true;
        this.flush();
      },
      (error: unknown) => {
        this.close(`cannot handle request: ${(error as Error)?.message ?? error}`);
      },
    );
  }

  private flush(): void {
    while (this.slots.length > 0 && this.slots[0].done) {
      const slot = this.slots.shift()!;
      if (this.closed || !slot.chunks) continue;
      if (slot.chunks.length === 1) this.socket.write(slot.chunks[0]);
      else {
        this.socket.cork();
        for (const chunk of slot.chunks) this.socket.write(chunk);
        process.nextTick(() => this.socket.uncork());
      }
    }
    if (this.paused && this.slots.length < this.limits.maxInFlightRequests / 2) {
      this.paused = false;
      this.socket.resume();
    }
  }
}
