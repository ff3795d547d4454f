// The life of one role: start in the background, report every report_ms, stop with a drain, one final report.
import type { RoleKind, RoleReport, RoleSpec, RoleState } from '../common/bus/roles.ts';
import { describeError } from '../common/errors.ts';
import type { Logger } from '../common/log.ts';
import type { WorkerMetrics } from './metrics.ts';

export interface RoleContext {
  readonly workerId: string;
  readonly log: Logger;
  readonly metrics?: WorkerMetrics;
  /** Where reports go: the bus, or the CLI's summary. Must not throw (errors are logged). */
  readonly emit: (report: RoleReport) => void;
  /** Bound on reaching the Kafka cluster at start (default 15 s). */
  readonly connectTimeout_ms?: number;
}

/** What the driver of a role can do with it. */
export interface Role {
  readonly roleId: string;
  readonly kind: RoleKind;
  readonly spec: RoleSpec;
  readonly state: RoleState;
  /** Resolves once the role ended (done or failed) and its final report was emitted. Never rejects. */
  readonly ended: Promise<void>;
  /** Starts connecting and working in the background; failures end the role as `failed`. */
  start(): void;
  /** Stops scheduling, drains in-flight work (bounded), emits the final report, then resolves. */
  stop(reason?: string): Promise<void>;
}

/**
 * The common life cycle. Subclasses implement `run()` (connect, work until done or until
 * `stopRequested`, drain), `requestStop()` (make `run()` wind down), `cleanup()` (disconnect),
 * and `report(final)` (the interval's report(s), taking deltas).
 */
export abstract class RoleBase implements Role {
  readonly roleId: string;
  readonly kind: RoleKind;
  readonly spec: RoleSpec;
  readonly ended: Promise<void>;
  protected readonly ctx: RoleContext;
  protected readonly log: Logger;
  #state: RoleState = 'running';
  #error: string | undefined;
  #failure: unknown;
  #started = false;
  #stopRequested = false;
  #finalSent = false;
  #resolveEnded!: () => void;

  constructor(spec: RoleSpec, ctx: RoleContext) {
    this.roleId = spec.roleId;
    this.kind = spec.kind;
    this.spec = spec;
    this.ctx = ctx;
    this.log = ctx.log.child({ roleId: spec.roleId, role: spec.kind });
    this.ended = new Promise((resolve) => {
      this.#resolveEnded = resolve;
    });
  }

  get state(): RoleState {
    return this.#state;
  }

  get error(): string | undefined {
    return this.#error;
  }

  /** What `run()` threw, when the role failed (a UserError keeps its hint and exit code). */
  get failure(): unknown {
    return this.#failure;
  }

  protected get stopRequested(): boolean {
    return this.#stopRequested;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#lifecycle();
  }

  async stop(reason?: string): Promise<void> {
    if (!this.#started) this.start();
    if (!this.#stopRequested) {
      this.#stopRequested = true;
      this.log.info({ reason }, 'stopping role');
      try {
        this.requestStop();
      } catch (error) {
        this.log.warn({ err: describeError(error) }, 'role stop request failed');
      }
    }
    await this.ended;
  }

  async #lifecycle(): Promise<void> {
    const report_ms = this.spec.report_ms;
    const timer = setInterval(() => this.#emit(false), report_ms);
    try {
      await this.run();
      this.#state = 'done';
    } catch (error) {
      this.#state = 'failed';
      this.#failure = error;
      this.#error = describeError(error);
      this.log.error({ err: this.#error }, 'role failed');
    } finally {
      clearInterval(timer);
      try {
        await this.cleanup();
      } catch (error) {
        this.log.warn({ err: describeError(error) }, 'role cleanup failed');
      }
      this.#emit(true);
      this.log.info({ state: this.#state }, 'role ended');
      this.#resolveEnded();
    }
  }

  #emit(final: boolean): void {
    if (this.#finalSent) return;
    if (final) this.#finalSent = true;
    let reports: RoleReport[];
    try {
      reports = this.report(final);
    } catch (error) {
      this.log.error({ err: describeError(error) }, 'building a role report failed');
      return;
    }
    for (const report of reports) {
      try {
        this.ctx.emit(report);
      } catch (error) {
        this.log.error({ err: describeError(error) }, 'emitting a role report failed');
      }
    }
  }

  /** The fields every report of this role shares. */
  protected reportState(): { state: RoleState; error?: string } {
    return this.#error === undefined ? { state: this.#state } : { state: this.#state, error: this.#error };
  }

  /** Connects and works until done, or until `requestStop()` and the drain are over. Throws on failure. */
  protected abstract run(): Promise<void>;
  /** Makes `run()` wind down (stop scheduling, stop consuming). */
  protected abstract requestStop(): void;
  /** Disconnects clients (bounded); called once after `run()`. */
  protected abstract cleanup(): Promise<void>;
  /** The report(s) of the interval since the previous call. */
  protected abstract report(final: boolean): RoleReport[];
}

/** Resolves after `ms`, or early when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Disconnects a kafkajs client within `timeout_ms`, ignoring errors. */
export async function disconnectQuietly(
  client: { disconnect(): Promise<void> } | undefined,
  timeout_ms = 5000,
): Promise<void> {
  if (client === undefined) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.disconnect().catch(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeout_ms);
    }),
  ]);
  clearTimeout(timer);
}
