// Several `longhaul broker` processes on one object store, and what their admin endpoints say.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { startTestBroker, type TestBroker } from './broker.ts';
import type { ExitStatus } from './processes.ts';
import { tempDir } from './tmp.ts';
import { sleep, waitFor } from './wait.ts';

/** GET /cluster, as `broker/cluster/routes.ts` answers it. */
export interface ClusterView {
  readonly nodeId: number;
  readonly controller: number | null;
  readonly controllerEpoch: number;
  readonly brokers: readonly { nodeId: number; port: number; draining: boolean; partitions: number }[];
  readonly partitions: readonly {
    topic: string;
    partition: number;
    leader: number;
    leaderEpoch: number;
    ready: boolean;
  }[];
  /** What this broker did as controller (counted once its decision is in the metadata log). */
  readonly stats: {
    readonly leadershipChanges_total: number;
    readonly failovers_total: number;
    readonly reassignments_total: number;
    readonly balanceMoves_total: number;
  };
}

export interface TestClusterOptions {
  /** Node ids to start, in this order (concurrently). */
  readonly nodeIds: readonly number[];
  /** Extra `longhaul broker` flags for every broker, e.g. `['--lease-timeout', '3s']`. */
  readonly args?: readonly string[];
  /** Object-store URL shared by all brokers; default `file://` of a fresh temp directory. */
  readonly dataUrl?: string;
  readonly startTimeout_ms?: number;
  /** Extra environment of every broker (e.g. `LONGHAUL_*` config-only settings). */
  readonly env?: Record<string, string | undefined>;
}

/**
 * Brokers of one cluster: they share the store and nothing else. Each keeps its ports across
 * restarts (a TestBroker), so a restarted broker comes back at the address clients know.
 */
export class TestCluster {
  readonly dataUrl: string;
  readonly brokers = new Map<number, TestBroker>();
  private readonly args: readonly string[];
  private readonly env: Record<string, string | undefined> | undefined;
  private readonly startTimeout_ms: number;
  /** Node ids that are stopped on purpose (killed, paused, shut down) and should not be asked. */
  private readonly down = new Set<number>();
  /** Logs of processes that were replaced by a restart. */
  private readonly pastLogs: string[] = [];
  /** Set with LONGHAUL_TEST_KEEP_DATA=1: the store and logs stay there after the test, for evidence. */
  readonly keptDir: string | undefined;

  private constructor(options: TestClusterOptions) {
    this.keptDir = process.env.LONGHAUL_TEST_KEEP_DATA
      ? mkdtempSync(join(tmpdir(), 'longhaul-cluster-kept-'))
      : undefined;
    this.dataUrl = options.dataUrl ?? `file://${this.keptDir ?? tempDir('longhaul-cluster-')}/data`;
    this.args = options.args ?? [];
    this.env = options.env;
    this.startTimeout_ms = options.startTimeout_ms ?? 30_000;
  }

  /** Starts the brokers and waits until each is a member and one of them holds the controller lease. */
  static async start(options: TestClusterOptions): Promise<TestCluster> {
    const cluster = new TestCluster(options);
    // The first broker creates the cluster; the others join it (concurrent first starts would race
    // for `cluster-created`, which is harmless, but one after the other is the usual deployment).
    await cluster.add(options.nodeIds[0]);
    await Promise.all(options.nodeIds.slice(1).map((id) => cluster.add(id)));
    return cluster;
  }

  /** Starts one more broker on the store and waits until the cluster lists it as a member. */
  async add(nodeId: number): Promise<TestBroker> {
    const broker = await startTestBroker({
      dataUrl: this.dataUrl,
      args: ['--node-id', String(nodeId), ...this.args],
      env: this.env,
      startTimeout_ms: this.startTimeout_ms,
    });
    this.brokers.set(nodeId, broker);
    this.down.delete(nodeId);
    await this.waitForMember(nodeId);
    return broker;
  }

  broker(nodeId: number): TestBroker {
    const broker = this.brokers.get(nodeId);
    if (!broker)
      throw new Error(`no broker ${nodeId} in this test cluster (have ${[...this.brokers.keys()]})`);
    return broker;
  }

  /** Bootstrap addresses of the brokers that run. */
  bootstrap(): string[] {
    return [...this.brokers].filter(([id]) => !this.down.has(id)).map(([, b]) => b.bootstrap);
  }

  /** SIGKILL; the broker stays known (for restart) but is not asked anything until then. */
  async kill(nodeId: number): Promise<ExitStatus> {
    this.down.add(nodeId);
    return this.broker(nodeId).kill();
  }

  /** SIGSTOP: the process keeps its sockets and state but runs nothing, like a long GC pause. */
  pause(nodeId: number): void {
    this.down.add(nodeId);
    this.broker(nodeId).process.signal('SIGSTOP');
  }

  resume(nodeId: number): void {
    this.broker(nodeId).process.signal('SIGCONT');
  }

  /** SIGTERM: graceful scale-in (the broker drains its partitions, then exits). */
  async stop(nodeId: number, timeout_ms = 40_000): Promise<ExitStatus> {
    this.down.add(nodeId);
    return this.broker(nodeId).stop('SIGTERM', timeout_ms);
  }

  /** Starts a new process for the node (SIGKILLing the old one if it still runs); waits for membership. */
  async restart(nodeId: number): Promise<void> {
    const broker = this.broker(nodeId);
    const old = broker.process;
    await broker.restart();
    this.pastLogs.push(`--- broker ${nodeId} (${old.name}) ---\n${old.stderr}`);
    this.down.delete(nodeId);
    await this.waitForMember(nodeId);
  }

  /** Creates a topic through any broker and waits until every partition has a ready leader. */
  async createTopic(topic: string, partitions: number): Promise<void> {
    const admin = new Kafka({ brokers: this.bootstrap(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions }] });
    } finally {
      await admin.disconnect();
    }
    await this.waitForView(
      (view) => view.partitions.filter((p) => p.topic === topic && p.ready).length === partitions,
      `${topic}'s ${partitions} partitions to have ready leaders`,
    );
  }

  /** GET /cluster from one broker (the given one, else the first that answers). */
  async view(from?: number): Promise<ClusterView> {
    const ids = from === undefined ? [...this.brokers.keys()].filter((id) => !this.down.has(id)) : [from];
    let lastError: unknown;
    for (const id of ids) {
      try {
        const { status, text } = await this.broker(id).admin('GET', '/cluster');
        if (status === 200) return JSON.parse(text) as ClusterView;
        lastError = new Error(`GET /cluster on broker ${id}: ${status} ${text}`);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError ?? new Error('no running broker to ask');
  }

  /** The view of the broker that holds the controller lease (it decides, so its view is the newest). */
  async controllerView(): Promise<ClusterView> {
    const any = await this.view();
    if (any.controller !== null && this.brokers.has(any.controller) && !this.down.has(any.controller)) {
      try {
        return await this.view(any.controller);
      } catch {
        // Fall back to the first answer.
      }
    }
    return any;
  }

  async leaderOf(topic: string, partition: number): Promise<number> {
    const view = await this.controllerView();
    const entry = view.partitions.find((p) => p.topic === topic && p.partition === partition);
    if (!entry) throw new Error(`${topic}-${partition} is not in GET /cluster`);
    return entry.leader;
  }

  /** Partitions of `topic` led by `nodeId`, per the controller. */
  async partitionsOf(topic: string, nodeId: number): Promise<number[]> {
    const view = await this.controllerView();
    return view.partitions.filter((p) => p.topic === topic && p.leader === nodeId).map((p) => p.partition);
  }

  async waitForMember(nodeId: number, timeout_ms = 20_000): Promise<void> {
    await waitFor(
      async () => {
        const view = await this.view();
        return view.controller !== null && view.brokers.some((b) => b.nodeId === nodeId);
      },
      { timeout_ms, interval_ms: 100, what: `broker ${nodeId} to be a cluster member with a controller` },
    );
  }

  /** Polls the controller's view until `check` holds (bounded). */
  async waitForView(
    check: (view: ClusterView) => boolean,
    what: string,
    timeout_ms = 30_000,
  ): Promise<ClusterView> {
    let last: ClusterView | undefined;
    try {
      return await waitFor(
        async () => {
          last = await this.controllerView();
          return check(last) ? last : undefined;
        },
        { timeout_ms, interval_ms: 100, what },
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; last view: ${JSON.stringify(last)}`);
    }
  }

  /** Every broker's log lines (JSON) that match `msg`, parsed. */
  logLines(msg: string): Record<string, unknown>[] {
    const lines: Record<string, unknown>[] = [];
    for (const broker of this.brokers.values()) {
      for (const line of broker.process.stderr.split('\n')) {
        if (!line.includes(msg)) continue;
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (parsed.msg === msg) lines.push(parsed);
        } catch {
          // A partial line at the end of the buffer.
        }
      }
    }
    return lines;
  }

  /** Writes every broker's log (past processes included) next to the kept store; returns the folder. */
  saveLogs(): string | undefined {
    if (!this.keptDir) return undefined;
    const current = [...this.brokers].map(
      ([id, b]) => `--- broker ${id} (${b.process.name}) ---\n${b.process.stderr}`,
    );
    writeFileSync(join(this.keptDir, 'brokers.log'), [...this.pastLogs, ...current].join('\n'));
    return this.keptDir;
  }

  /** Stops every broker still running (SIGKILL; tests then read the store or are done). */
  async killAll(): Promise<void> {
    await Promise.all([...this.brokers.keys()].map((id) => this.kill(id)));
    await sleep(0);
  }
}
