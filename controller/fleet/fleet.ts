// The worker fleet interface: the narrow surface every backend (local processes, Kubernetes) offers.
import { UserError } from '../../common/errors.ts';

export interface Fleet {
  readonly kind: 'local' | 'kubernetes';
  /** Makes `count` workers exist (starting or replacing as needed); resolves when they registered. */
  ensure(count: number): Promise<void>;
  /** Kills a worker abruptly, as a spot reclaim would. */
  kill(workerId: string): Promise<void>;
  /** Ids of the workers this fleet started and believes alive. */
  workerIds(): string[];
  /** Where each worker serves /metrics, when the backend knows (GET /api/targets for Prometheus). */
  metricsUrls?(): readonly { readonly workerId: string; readonly url: string }[];
  close(): Promise<void>;
}

/**
 * The workers a task needs did not register in time (no spot capacity, an image that cannot be
 * pulled). `run` stops with it (exit 2); `soak` records the iteration's tasks as errors and goes on.
 */
export class WorkersUnavailableError extends UserError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(message, options);
    this.name = 'WorkersUnavailableError';
  }
}
