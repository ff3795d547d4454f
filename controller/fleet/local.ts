// The local fleet: worker child processes on this machine, dialing the controller's bus.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../common/log.ts';
import { freePort } from '../../common/ports.ts';
import type { BusServer } from '../bus/server.ts';
import { ChildProcessHandle } from '../process/child.ts';
import type { Fleet } from './fleet.ts';

export interface LocalFleetOptions {
  readonly bus: BusServer;
  /** ws://host:port/bus of the controller. */
  readonly busUrl: string;
  readonly logDir: string;
  readonly logger: Logger;
  readonly registerTimeout_ms?: number;
}

export class LocalFleet implements Fleet {
  readonly kind = 'local' as const;
  private readonly options: LocalFleetOptions;
  private readonly children = new Map<string, ChildProcessHandle>();
  private readonly metricsPorts = new Map<string, number>();
  private nextIndex = 0;

  constructor(options: LocalFleetOptions) {
    this.options = options;
    mkdirSync(options.logDir, { recursive: true });
  }

  workerIds(): string[] {
    return [...this.children].filter(([, child]) => child.running).map(([id]) => id);
  }

  /** Where each running worker serves /metrics (for Prometheus discovery through GET /api/targets). */
  metricsUrls(): { workerId: string; url: string }[] {
    return this.workerIds().map((workerId) => ({
      workerId,
      url: `http://127.0.0.1:${this.metricsPorts.get(workerId)}`,
    }));
  }

  async ensure(count: number): Promise<void> {
    for (const [id, child] of this.children) {
      if (child.running) continue;
      this.children.delete(id);
      this.metricsPorts.delete(id);
    }
    const started: string[] = [];
    while (this.children.size < count) {
      const workerId = `w-${this.nextIndex++}`;
      // A port chosen here rather than by the worker, so the fleet knows where its metrics are.
      const metricsPort = await freePort();
      this.metricsPorts.set(workerId, metricsPort);
      const child = new ChildProcessHandle({
        name: `worker ${workerId}`,
        logFile: join(this.options.logDir, `${workerId}.log`),
        args: [
          'worker',
          '--controller',
          this.options.busUrl,
          '--id',
          workerId,
          '--metrics-listen',
          `127.0.0.1:${metricsPort}`,
        ],
      });
      this.children.set(workerId, child);
      started.push(workerId);
    }
    const deadline = Date.now() + (this.options.registerTimeout_ms ?? 30_000);
    for (const workerId of started) {
      while (this.options.bus.worker(workerId)?.state !== 'connected') {
        const child = this.children.get(workerId)!;
        if (!child.running) {
          throw new Error(
            `worker ${workerId} exited before registering; last output:\n${child.recentOutput()}`,
          );
        }
        if (Date.now() > deadline) {
          throw new Error(
            `worker ${workerId} did not register within ${this.options.registerTimeout_ms ?? 30_000} ms; last output:\n${child.recentOutput()}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      this.options.logger.info({ worker: workerId }, 'worker registered');
    }
  }

  async kill(workerId: string): Promise<void> {
    const child = this.children.get(workerId);
    if (!child) throw new Error(`no local worker ${workerId}`);
    child.signal('SIGKILL');
    await child.exited;
    this.children.delete(workerId);
    this.metricsPorts.delete(workerId);
  }

  async close(): Promise<void> {
    await Promise.all([...this.children.values()].map((child) => child.stop(10_000)));
    this.children.clear();
    this.metricsPorts.clear();
  }
}
