// A Fleet of simulated workers (sim-host.ts) in one child process, for benchmarks of the controller.
import { type ChildProcess, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BusServer } from '../../controller/bus/server.ts';
import type { Fleet } from '../../controller/fleet/fleet.ts';
import type { HostCommand, HostEvent } from './sim-host.ts';

export interface SimFleetOptions {
  readonly bus: BusServer;
  /** ws://host:port/bus of the controller. */
  readonly busUrl: string;
  /** Partitions of every simulated topic (the suite's). */
  readonly partitions: number;
  /** How often simulated producers append a batch per partition (the worker's linger). */
  readonly linger_ms?: number;
  /** Scheduling priority of the host: simulated workers stand in for other machines. */
  readonly nice?: number;
  readonly registerTimeout_ms?: number;
}

export class SimFleet implements Fleet {
  readonly kind = 'local' as const;
  private readonly options: SimFleetOptions;
  private readonly child: ChildProcess;
  private readonly alive = new Set<string>();
  private readonly exited: Promise<void>;
  private nextIndex = 0;

  constructor(options: SimFleetOptions) {
    this.options = options;
    const host = fileURLToPath(new URL('./sim-host.ts', import.meta.url));
    this.child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        host,
        '--url',
        options.busUrl,
        '--partitions',
        String(options.partitions),
        '--linger-ms',
        String(options.linger_ms ?? 5),
      ],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    if (options.nice && this.child.pid !== undefined) setPriority(this.child.pid, options.nice);
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  private ask<T extends HostEvent>(
    command: HostCommand,
    accept: (event: HostEvent) => T | undefined,
    timeout_ms: number,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.child.off('message', onMessage);
        reject(new Error(`simulated worker host did not answer ${command.op} within ${timeout_ms} ms`));
      }, timeout_ms);
      const onMessage = (event: HostEvent): void => {
        if (event.op === 'error') {
          clearTimeout(timer);
          this.child.off('message', onMessage);
          reject(new Error(`simulated worker host: ${event.message}`));
          return;
        }
        const accepted = accept(event);
        if (accepted === undefined) return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(accepted);
      };
      this.child.on('message', onMessage);
      this.child.send(command);
    });
  }

  async ensure(count: number): Promise<void> {
    const started: string[] = [];
    while (this.alive.size < count) {
      const workerId = `sim-${this.nextIndex++}`;
      this.alive.add(workerId);
      started.push(workerId);
    }
    if (started.length === 0) return;
    const timeout_ms = this.options.registerTimeout_ms ?? 30_000;
    await this.ask(
      { op: 'start', workerIds: started },
      (event) => (event.op === 'started' && event.workerIds[0] === started[0] ? event : undefined),
      timeout_ms,
    );
    const deadline = Date.now() + timeout_ms;
    for (const workerId of started) {
      while (this.options.bus.worker(workerId)?.state !== 'connected') {
        if (Date.now() > deadline) throw new Error(`simulated worker ${workerId} did not register`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }

  async kill(workerId: string): Promise<void> {
    if (!this.alive.delete(workerId)) throw new Error(`no simulated worker ${workerId}`);
    await this.ask(
      { op: 'kill', workerId },
      (event) => (event.op === 'killed' && event.workerId === workerId ? event : undefined),
      10_000,
    );
  }

  workerIds(): string[] {
    return [...this.alive];
  }

  /** CPU time (user + system) and RSS of the host process so far. */
  usage(): Promise<{ cpu_us: number; rss_bytes: number }> {
    return this.ask({ op: 'cpu' }, (event) => (event.op === 'cpu' ? event : undefined), 5000);
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
    this.alive.clear();
  }
}
