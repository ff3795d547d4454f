// The embedded target: broker child processes on one local-directory object store, with process faults.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../common/errors.ts';
import type { Logger } from '../../common/log.ts';
import { freePort } from '../../common/ports.ts';
import { BrokerProxies } from '../faults/proxies.ts';
import type { NetworkFaultSpec } from '../faults/proxy.ts';
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
  /** One fault proxy per broker: clients only ever get proxy addresses. */
  private readonly proxies: BrokerProxies;
  private closing = false;

  private constructor(options: EmbeddedClusterOptions) {
    this.options = options;
    const storeDir = join(options.dir, 'store');
    this.logDir = options.logDir ?? join(options.dir, 'logs');
    mkdirSync(storeDir, { recursive: true });
    mkdirSync(this.logDir, { recursive: true });
    this.dataUrl = pathToFileURL(storeDir).href;
    this.proxies = new BrokerProxies({ logger: options.logger });
  }

  static async start(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
    if (!Number.isInteger(options.brokers) || options.brokers < 1 || options.brokers > 32) {
      throw new UserError(`the embedded target runs 1 to 32 brokers; the suite asks for ${options.brokers}`, {
        hint: 'set target.embedded.brokers to a number from 1 to 32',
      });
    }
    const cluster = new EmbeddedCluster(options);
    try {
      for (let id = 0; id < options.brokers; id++) await cluster.addMember(id);
      await Promise.all(cluster.members.map((member) => cluster.start(member.id)));
      await cluster.awaitMembers();
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  private async addMember(id: number): Promise<EmbeddedBroker> {
    const member: EmbeddedBroker = {
      id,
      port: await freePort(),
      adminPort: await freePort(),
      process: undefined,
      state: 'stopped',
    };
    this.members.push(member);
    await this.proxies.add(id, `127.0.0.1:${member.port}`);
    return member;
  }

  async scale(brokers: number): Promise<void> {
    if (!Number.isInteger(brokers) || brokers < 1 || brokers > 32)
      throw new UserError(`cannot scale the embedded cluster to ${brokers} brokers (1 to 32)`);
    const started: Promise<void>[] = [];
    for (let id = this.members.length; id < brokers; id++) {
      await this.addMember(id);
      started.push(this.start(id));
    }
    await Promise.all(started);
    if (started.length > 0) await this.awaitMembers();
    while (this.members.length > brokers) {
      const last = this.members[this.members.length - 1];
      // SIGTERM: the broker drains (its partitions move away) before it exits.
      await this.stopGracefully(last.id);
      this.members.pop();
      await this.proxies.remove(last.id);
      await this.awaitMembers();
    }
  }

  /** Resolves once every running broker lists exactly the running brokers as members. */
  private async awaitMembers(timeout_ms = 30_000): Promise<void> {
    const deadline = Date.now() + timeout_ms;
    const running = this.members.filter((m) => m.state === 'running');
    const want = running.map((m) => m.id).join(',');
    let seen = '';
    while (Date.now() < deadline) {
      const views = await Promise.all(
        running.map(async (m) => {
          try {
            const response = await fetch(`${this.adminUrl(m.id)}/cluster`, {
              signal: AbortSignal.timeout(2000),
            });
            const body = (await response.json()) as { brokers: { nodeId: number }[] };
            return body.brokers.map((b) => b.nodeId).join(',');
          } catch {
            return '?';
          }
        }),
      );
      seen = views.join(' | ');
      if (views.every((v) => v === want)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `embedded brokers did not agree on the members ${want} within ${timeout_ms} ms (they see: ${seen})`,
    );
  }

  bootstrap(): string[] {
    return this.members.map((m) => this.proxies.address(m.id));
  }

  brokers(): readonly BrokerInfo[] {
    return this.members.map((m) => ({
      id: m.id,
      address: this.proxies.address(m.id),
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
    // Like a supervisor (or a kubelet): a broker that exits because it was fenced (exit code 3:
    // paused past its lease, then resumed) is started again, as a new incarnation.
    void child.exited.then((status) => {
      if (this.closing || member.process !== child || status.code !== 3) return;
      member.state = 'stopped';
      this.options.logger.warn({ broker: id }, 'embedded broker was fenced and exited; restarting it');
      this.start(id).catch((error: unknown) =>
        this.options.logger.error({ err: error, broker: id }, 'cannot restart a fenced broker'),
      );
    });
    await child.waitForLine(/"msg":"listening"/, this.options.startTimeout_ms ?? 30_000);
    member.state = 'running';
    this.options.logger.info(
      { broker: id, port: member.port, proxy: this.proxies.get(id)?.address, pid: child.pid },
      'embedded broker ready',
    );
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

  async networkFault(id: number, spec: NetworkFaultSpec | undefined): Promise<void> {
    this.member(id);
    this.proxies.setFault(id, spec);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.proxies.close();
    await Promise.all(this.members.map((m) => m.process?.stop(5000)));
    for (const member of this.members) member.state = 'stopped';
  }
}
