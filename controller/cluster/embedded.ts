// The embedded target: broker child processes on one local-directory object store, with process faults.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../common/errors.ts';
import type { Logger } from '../../common/log.ts';
import { freePort } from '../../common/ports.ts';
import { ChildProcessHandle } from '../process/child.ts';
import type { BrokerInfo, ClusterTarget } from './target.ts';

export interface EmbeddedClusterOptions {
  readonly brokers: number;
  /** Directory for the object store and the brokers' logs. */
  readonly dir: string;
  readonly logger: Logger;
  readonly startTimeout_ms?: number;
  readonly defaultPartitions?: number;
  /** Where the brokers' logs go (default: `<dir>/logs`). */
  readonly logDir?: string;
}

interface EmbeddedBroker {
  readonly id: number;
  readonly port: number;
  readonly adminPort: number;
  process: ChildProcessHandle | undefined;
  state: BrokerInfo['state'];
}

export class EmbeddedCluster implements ClusterTarget {
  readonly kind = 'embedded' as const;
  readonly processControl = undefined;
  readonly dataUrl: string;
  private readonly options: EmbeddedClusterOptions;
  private readonly members: EmbeddedBroker[] = [];
  private readonly logDir: string;

  private constructor(options: EmbeddedClusterOptions) {
    this.options = options;
    const storeDir = join(options.dir, 'store');
    this.logDir = options.logDir ?? join(options.dir, 'logs');
    mkdirSync(storeDir, { recursive: true });
    mkdirSync(this.logDir, { recursive: true });
    this.dataUrl = pathToFileURL(storeDir).href;
  }

  static async start(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
    if (options.brokers !== 1) {
      throw new UserError(
        `the embedded target runs 1 broker for now; the suite asks for ${options.brokers}`,
        {
          hint: 'set target.embedded.brokers to 1 (multi-broker clusters arrive with broker clustering), or run against an external cluster with --bootstrap',
        },
      );
    }
    const cluster = new EmbeddedCluster(options);
    try {
      for (let id = 0; id < options.brokers; id++) {
        cluster.members.push({
          id,
          port: await freePort(),
          adminPort: await freePort(),
          process: undefined,
          state: 'stopped',
        });
      }
      await Promise.all(cluster.members.map((member) => cluster.start(member.id)));
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  bootstrap(): string[] {
    return this.members.map((m) => `127.0.0.1:${m.port}`);
  }

  brokers(): readonly BrokerInfo[] {
    return this.members.map((m) => ({
      id: m.id,
      address: `127.0.0.1:${m.port}`,
      adminUrl: this.adminUrl(m.id),
      state: m.state,
    }));
  }

  adminUrl(id: number): string {
    return `http://127.0.0.1:${this.member(id).adminPort}`;
  }

  private member(id: number): EmbeddedBroker {
    const member = this.members.find((m) => m.id === id);
    if (!member)
      throw new Error(`no embedded broker ${id} (brokers: ${this.members.map((m) => m.id).join(', ')})`);
    return member;
  }

  async start(id: number): Promise<void> {
    const member = this.member(id);
    if (member.process?.running) return;
    const child = new ChildProcessHandle({
      name: `broker ${id}`,
      logFile: join(this.logDir, `broker-${id}.log`),
      args: [
        'broker',
        '--node-id',
        String(id),
        '--listen',
        `127.0.0.1:${member.port}`,
        '--admin-listen',
        `127.0.0.1:${member.adminPort}`,
        '--data',
        this.dataUrl,
        '--enable-fault-injection',
        '--default-partitions',
        String(this.options.defaultPartitions ?? 1),
      ],
    });
    member.process = child;
    await child.waitForLine(/"msg":"listening"/, this.options.startTimeout_ms ?? 30_000);
    member.state = 'running';
    this.options.logger.info({ broker: id, port: member.port, pid: child.pid }, 'embedded broker ready');
  }

  async kill(id: number): Promise<void> {
    const member = this.member(id);
    member.process?.signal('SIGKILL');
    await member.process?.exited;
    member.state = 'stopped';
  }

  async pause(id: number): Promise<void> {
    const member = this.member(id);
    if (member.process?.signal('SIGSTOP')) member.state = 'paused';
  }

  async resume(id: number): Promise<void> {
    const member = this.member(id);
    if (member.process?.signal('SIGCONT')) member.state = 'running';
  }

  async stopGracefully(id: number): Promise<void> {
    const member = this.member(id);
    const status = await member.process?.stop(30_000);
    member.state = 'stopped';
    if (status && status.code !== 0) {
      this.options.logger.warn({ broker: id, status }, 'broker did not exit cleanly on SIGTERM');
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.members.map((m) => m.process?.stop(5000)));
    for (const member of this.members) member.state = 'stopped';
  }
}
