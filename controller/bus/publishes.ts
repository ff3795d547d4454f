// Bounded table of publishes awaiting an ack from every targeted worker, each with its own timeout.
import type { AnswerEnvelope } from '../../common/bus/envelope.ts';
import { type BusError, BusOverloadedError, BusRemoteError } from '../../common/bus/errors.ts';

/** The outcome of a publish: every targeted worker is in exactly one of the three lists. */
export interface PublishResult {
  readonly acked: readonly string[];
  readonly failed: readonly { readonly workerId: string; readonly error: BusError }[];
  readonly timedOut: readonly string[];
}

interface Entry {
  readonly type: string;
  readonly waiting: Set<string>;
  readonly acked: string[];
  readonly failed: { workerId: string; error: BusError }[];
  readonly resolve: (result: PublishResult) => void;
  readonly reject: (error: BusError) => void;
  timer: NodeJS.Timeout | undefined;
}

export class PendingPublishes {
  readonly limit: number;
  private readonly entries = new Map<string, Entry>();

  constructor(limit: number) {
    this.limit = limit;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Starts waiting for acks from `targets`; `failed` are targets already known to be unreachable.
   * Register before sending the frames, so that no ack can arrive unannounced. Throws
   * BusOverloadedError when the table is full, before anything is sent.
   */
  start(
    id: string,
    type: string,
    targets: readonly string[],
    failed: readonly { workerId: string; error: BusError }[],
    timeout_ms: number,
  ): Promise<PublishResult> {
    if (this.entries.size >= this.limit) throw new BusOverloadedError('pending publish table', this.limit);
    return new Promise<PublishResult>((resolve, reject) => {
      const entry: Entry = {
        type,
        waiting: new Set(targets),
        acked: [],
        failed: [...failed],
        resolve,
        reject,
        timer: undefined,
      };
      this.entries.set(id, entry);
      if (entry.waiting.size === 0) {
        this.finish(id, entry);
        return;
      }
      entry.timer = setTimeout(() => this.finish(id, entry), timeout_ms);
    });
  }

  /** Records an ack (or an error ack) from `workerId`; false if nothing awaited it. */
  ack(answer: AnswerEnvelope, workerId: string): boolean {
    const entry = this.entries.get(answer.correlationId);
    if (!entry?.waiting.delete(workerId)) return false;
    if (answer.ok) entry.acked.push(workerId);
    else
      entry.failed.push({
        workerId,
        error: new BusRemoteError(`worker ${workerId}`, entry.type, answer.error),
      });
    if (entry.waiting.size === 0) this.finish(answer.correlationId, entry);
    return true;
  }

  /** Fails `workerId` in every publish still waiting for it (it was lost, or its frame could not be sent). */
  failWorker(workerId: string, error: BusError, onlyId?: string): void {
    for (const [id, entry] of this.entries) {
      if (onlyId !== undefined && id !== onlyId) continue;
      if (!entry.waiting.delete(workerId)) continue;
      entry.failed.push({ workerId, error });
      if (entry.waiting.size === 0) this.finish(id, entry);
    }
  }

  failAll(error: BusError): void {
    for (const [id, entry] of [...this.entries]) {
      this.entries.delete(id);
      clearTimeout(entry.timer);
      entry.reject(error);
    }
  }

  private finish(id: string, entry: Entry): void {
    this.entries.delete(id);
    clearTimeout(entry.timer);
    entry.resolve({ acked: entry.acked, failed: entry.failed, timedOut: [...entry.waiting] });
  }
}
