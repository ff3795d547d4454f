// Bounded table of bus requests awaiting their reply, each with its own timeout.
import type { AnswerEnvelope } from './envelope.ts';
import { type BusError, BusOverloadedError, BusTimeoutError } from './errors.ts';

interface Entry {
  readonly peer: string;
  readonly type: string;
  readonly resolve: (answer: AnswerEnvelope) => void;
  readonly reject: (error: BusError) => void;
  readonly timer: NodeJS.Timeout;
}

export type SettleOutcome = 'settled' | 'unknown' | 'wrong-peer';

/**
 * Each entry resolves with the answer envelope (ok or error: interpreting it is the caller's job),
 * or rejects with BusTimeoutError, or with whatever error the owner rejects its peer with.
 */
export class PendingReplies {
  readonly limit: number;
  private readonly what: string;
  private readonly entries = new Map<string, Entry>();

  constructor(what: string, limit: number) {
    this.what = what;
    this.limit = limit;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Registers `id` before its frame is sent. Throws BusOverloadedError when the table is full, so
   * that the caller does not send a frame nobody would wait for.
   */
  wait(id: string, peer: string, type: string, timeout_ms: number): Promise<AnswerEnvelope> {
    if (this.entries.size >= this.limit) throw new BusOverloadedError(this.what, this.limit);
    return new Promise<AnswerEnvelope>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.entries.delete(id);
        reject(new BusTimeoutError(peer, type, timeout_ms));
      }, timeout_ms);
      this.entries.set(id, { peer, type, resolve, reject, timer });
    });
  }

  /** Hands an answer to its waiter; an answer from another peer than the one asked is refused. */
  settle(answer: AnswerEnvelope, from: string): SettleOutcome {
    const entry = this.entries.get(answer.correlationId);
    if (!entry) return 'unknown';
    if (entry.peer !== from) return 'wrong-peer';
    this.entries.delete(answer.correlationId);
    clearTimeout(entry.timer);
    entry.resolve(answer);
    return 'settled';
  }

  /** Fails one waiter, e.g. when its frame could not be sent. */
  fail(id: string, error: BusError): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    clearTimeout(entry.timer);
    entry.reject(error);
  }

  /** Fails every waiter on `peer` (its connection went away); returns how many. */
  failPeer(peer: string, error: BusError): number {
    let count = 0;
    for (const [id, entry] of this.entries) {
      if (entry.peer !== peer) continue;
      this.fail(id, error);
      count++;
    }
    return count;
  }

  failAll(error: BusError): number {
    const count = this.entries.size;
    for (const id of [...this.entries.keys()]) this.fail(id, error);
    return count;
  }
}
