// A list-then-watch of pods (the client's informer on the Watch API) that restarts itself with backoff.
import {
  ADD,
  DELETE,
  ERROR,
  type Informer,
  type KubeConfig,
  makeInformer,
  type ObjectCache,
  UPDATE,
  type V1Pod,
  type V1PodList,
} from '@kubernetes/client-node';
import type { Logger } from '../../common/log.ts';

export type PodEventType = 'added' | 'modified' | 'deleted';

export interface PodWatchOptions {
  /** Collection path, e.g. /api/v1/namespaces/longhaul/pods. */
  readonly path: string;
  readonly labelSelector: string;
  /** The list call the watch starts from (and re-lists with after its resourceVersion expired). */
  readonly list: () => Promise<V1PodList>;
  readonly logger: Logger;
  readonly onEvent: (type: PodEventType, pod: V1Pod) => void;
  /** Backoff between restarts after an error: doubles from min to max. */
  readonly restartDelay_ms?: { readonly min: number; readonly max: number };
  /** Bound on the first list. */
  readonly syncTimeout_ms?: number;
}

/**
 * The informer re-lists by itself when the API server ends a watch or answers 410 Gone (and reports
 * pods deleted meanwhile as deletions), but stops on any other error: this class restarts it.
 */
export class PodWatch {
  private readonly informer: Informer<V1Pod> & ObjectCache<V1Pod>;
  private readonly options: PodWatchOptions;
  private restartTimer: NodeJS.Timeout | undefined;
  private delay_ms: number;
  private stopped = false;
  private starting = false;
  private lastError: unknown;

  constructor(config: KubeConfig, options: PodWatchOptions) {
    this.options = options;
    this.delay_ms = options.restartDelay_ms?.min ?? 500;
    this.informer = makeInformer<V1Pod>(config, options.path, options.list, options.labelSelector);
    this.informer.on(ADD, (pod) => this.deliver('added', pod));
    this.informer.on(UPDATE, (pod) => this.deliver('modified', pod));
    this.informer.on(DELETE, (pod) => this.deliver('deleted', pod));
    this.informer.on(ERROR, (error) => this.onError(error));
  }

  /** Lists, delivers every pod as `added`, starts watching; rejects if the first list fails. */
  async start(): Promise<void> {
    this.lastError = undefined;
    const timeout_ms = this.options.syncTimeout_ms ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error(`listing pods (${this.options.labelSelector}) took longer than ${timeout_ms} ms`)),
        timeout_ms,
      );
    });
    this.starting = true;
    try {
      await Promise.race([this.informer.start(), timeout]);
    } catch (error) {
      this.lastError ??= error;
    } finally {
      this.starting = false;
      clearTimeout(timer);
    }
    // The informer reports a failed list through its error callback, not by rejecting.
    if (this.lastError !== undefined) {
      await this.informer.stop();
      throw this.lastError;
    }
  }

  /** The pods as last seen (the informer's cache). */
  pods(): readonly V1Pod[] {
    return this.informer.list();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    await this.informer.stop();
  }

  private deliver(type: PodEventType, pod: V1Pod): void {
    this.delay_ms = this.options.restartDelay_ms?.min ?? 500;
    try {
      this.options.onEvent(type, pod);
    } catch (error) {
      this.options.logger.error({ err: error, pod: pod.metadata?.name, type }, 'pod event handler failed');
    }
  }

  private onError(error: unknown): void {
    this.lastError = error;
    if (this.stopped || this.starting) return;
    const delay_ms = this.delay_ms;
    this.delay_ms = Math.min(this.delay_ms * 2, this.options.restartDelay_ms?.max ?? 30_000);
    this.options.logger.warn(
      { err: error, selector: this.options.labelSelector, retryIn_ms: delay_ms },
      'pod watch broke; restarting',
    );
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (this.stopped) return;
      this.lastError = undefined;
      this.informer.start().catch((restartError: unknown) => this.onError(restartError));
    }, delay_ms);
    this.restartTimer.unref();
  }
}
