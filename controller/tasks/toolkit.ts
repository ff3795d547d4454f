// The toolkit task kinds are written with: topics, roles on workers, rates, waits, faults, the final read.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { type RoleSpecInput, roleSpecSchema } from '../../common/bus/roles.ts';
import type { Logger } from '../../common/log.ts';
import type { Payload as SuitePayload, RateProfile as SuiteProfile, Task } from '../../scenarios/suite.ts';
import type { BusServer } from '../bus/server.ts';
import type { ClusterTarget } from '../cluster/target.ts';
import type { Fleet } from '../fleet/fleet.ts';
import type { FaultRecord } from '../model.ts';
import type { ReportCollector } from './collector.ts';

/** Thrown into a running task when it must stop early (worker lost, operator, SIGTERM). */
export class TaskInterrupted extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`task interrupted: ${reason}`);
    this.name = 'TaskInterrupted';
    this.reason = reason;
  }
}

export interface ToolkitOptions {
  readonly task: Task;
  readonly runId: string;
  readonly attempt: number;
  /** The topic this attempt writes to (unique per run, so runs never see each other's records). */
  readonly topic: string;
  readonly target: ClusterTarget;
  readonly bus: BusServer;
  readonly fleet: Fleet;
  readonly collector: ReportCollector;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly seed: number;
  readonly faults: FaultRecord[];
  /** Told when a fault is injected and when it is healed (fault windows on /metrics). */
  readonly onFault?: (fault: FaultRecord, change: 'injected' | 'healed') => void;
}

const reportInterval_ms = 1000;

/** Splits a total rate over `n` roles. */
function share(total: number, n: number): number {
  return total / Math.max(1, n);
}

/** Scenario profiles are fractions of the task rate; workers take absolute records/s. */
function absoluteProfile(profile: SuiteProfile, rate_per_s: number): unknown {
  switch (profile.kind) {
    case 'constant':
      return { kind: 'constant', rate_per_s };
    case 'ramp':
      return {
        kind: 'ramp',
        from_per_s: profile.from_fraction * rate_per_s,
        to_per_s: profile.to_fraction * rate_per_s,
        duration_ms: profile.over_ms,
      };
    case 'step': {
      const steps = [];
      // Enough steps to cover a long workload; the pattern repeats.
      for (let i = 0; i < 1000; i++)
        steps.push({
          at_ms: i * profile.every_ms,
          rate_per_s: profile.levels_fraction[i % profile.levels_fraction.length] * rate_per_s,
        });
      return { kind: 'steps', steps };
    }
    case 'spike': {
      const steps = [];
      for (let i = 0; i < 500; i++) {
        steps.push({ at_ms: i * profile.every_ms, rate_per_s });
        steps.push({
          at_ms: i * profile.every_ms + profile.every_ms - profile.for_ms,
          rate_per_s: profile.to_fraction * rate_per_s,
        });
      }
      return { kind: 'steps', steps: steps.filter((s, i, all) => i === 0 || s.at_ms > all[i - 1].at_ms) };
    }
  }
}

function payloadSpec(payload: SuitePayload): unknown {
  switch (payload.kind) {
    case 'experiment':
      return {
        kind: 'experiment',
        load: payload.load ? payload.load.experiments : null,
        timeScale: payload.timeScale,
        rateMultiplier: payload.rateMultiplier,
        encoding: payload.encoding,
      };
    case 'random':
      return { kind: 'random', size: payload.size };
    case 'fixed':
      return { kind: 'fixed', size: payload.size, pattern: payload.pattern };
  }
}

/**
 * Chooses the worker for a new role. Producers and the roles that read data (consumers,
 * readers) go to different workers whenever there are enough of them, as distributed benchmark
 * harnesses do: a consumer decoding a backlog must not stall the event loop that times the
 * producers' acks. Among the allowed workers the one running the fewest roles wins; ties rotate
 * from `turn`.
 */
export function placeRole(
  kind: RoleHandle['kind'],
  workers: readonly string[],
  running: readonly Pick<RoleHandle, 'workerId' | 'kind'>[],
  turn: number,
): string {
  const producing = (k: RoleHandle['kind']): boolean => k === 'producer';
  const score = (workerId: string): number => {
    const here = running.filter((r) => r.workerId === workerId);
    const otherSide = here.filter((r) => producing(r.kind) !== producing(kind)).length;
    return otherSide * 1_000 + here.length;
  };
  const start = turn % workers.length;
  const rotated = [...workers.slice(start), ...workers.slice(0, start)];
  let best = rotated[0]!;
  for (const id of rotated) if (score(id) < score(best)) best = id;
  return best;
}

export interface RoleHandle {
  readonly roleId: string;
  readonly workerId: string;
  readonly kind: 'producer' | 'consumer' | 'reader';
}

export class TaskToolkit {
  readonly options: ToolkitOptions;
  readonly roles: RoleHandle[] = [];
  /** Workers the task kills on purpose: losing them does not interrupt the task. */
  readonly expectedLosses = new Set<string>();
  private nextRole = 0;
  private nextWorker = 0;
  private kafka: Kafka | undefined;
  private topicRequested = false;

  constructor(options: ToolkitOptions) {
    this.options = options;
  }

  get task(): Task {
    return this.options.task;
  }
  get topic(): string {
    return this.options.topic;
  }
  get logger(): Logger {
    return this.options.logger;
  }

  /** Throws TaskInterrupted when the task was asked to stop. */
  checkInterrupted(): void {
    if (this.options.signal.aborted)
      throw new TaskInterrupted(String(this.options.signal.reason ?? 'interrupted'));
  }

  /** Sleeps, waking early (with TaskInterrupted) on interruption. */
  async sleep(ms: number): Promise<void> {
    this.checkInterrupted();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(done, Math.max(0, ms));
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new TaskInterrupted(String(this.options.signal.reason ?? 'interrupted')));
      };
      function done(): void {
        resolve();
      }
      this.options.signal.addEventListener('abort', onAbort, { once: true });
      setTimeout(
        () => this.options.signal.removeEventListener('abort', onAbort),
        Math.max(0, ms) + 1,
      ).unref();
    });
  }

  /** Polls `check` every interval until true; throws after timeout_ms with `what` in the message. */
  async awaitCondition(
    check: () => boolean | Promise<boolean>,
    timeout_ms: number,
    what: string,
    interval_ms = 200,
  ): Promise<void> {
    const deadline = Date.now() + timeout_ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout_ms} ms waiting for ${what}`);
      await this.sleep(interval_ms);
    }
  }

  private admin() {
    this.kafka ??= new Kafka({
      clientId: `longhaul-controller-${this.options.runId}`,
      brokers: this.options.target.bootstrap(),
      logLevel: logLevel.NOTHING,
      retry: { retries: 10, initialRetryTime: 200 },
    });
    return this.kafka.admin();
  }

  async createTopic(partitions: number): Promise<void> {
    const admin = this.admin();
    await admin.connect();
    try {
      // Set before the request: it may create the topic even when waiting for its leaders fails.
      this.topicRequested = true;
      await admin.createTopics({
        topics: [{ topic: this.topic, numPartitions: partitions }],
        waitForLeaders: true,
      });
    } finally {
      await admin.disconnect();
    }
  }

  /** Whether this attempt asked a reachable cluster to create its topic (cleanup then deletes it). */
  get topicCreated(): boolean {
    return this.topicRequested;
  }

  /**
   * Deletes the attempt's topic (DeleteTopics), so that a soak does not keep every byte it wrote.
   * Resolves with `absent` when the cluster no longer lists it; throws, naming the topic, when it
   * cannot be deleted within timeout_ms. Its own client with few retries: the shared one retries
   * for minutes, and this must give up in time.
   */
  async deleteTopic(timeout_ms: number): Promise<'deleted' | 'absent'> {
    const admin = new Kafka({
      clientId: `longhaul-controller-${this.options.runId}`,
      brokers: this.options.target.bootstrap(),
      logLevel: logLevel.NOTHING,
      connectionTimeout: 3000,
      requestTimeout: Math.min(timeout_ms, 10_000),
      retry: { retries: 3, initialRetryTime: 200 },
    }).admin();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new Error(`no answer within ${timeout_ms} ms`));
      }, timeout_ms);
    });
    const remove = async (): Promise<'deleted' | 'absent'> => {
      await admin.connect();
      if (!(await admin.listTopics()).includes(this.topic)) return 'absent';
      await admin.deleteTopics({ topics: [this.topic], timeout: Math.min(timeout_ms, 10_000) });
      return 'deleted';
    };
    try {
      return await Promise.race([remove(), deadline]);
    } catch (error) {
      throw new Error(`cannot delete topic ${this.topic}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
      // A client still connecting closes only once its connect gives up: not worth the wait.
      const closed = admin.disconnect().catch(() => {});
      if (!timedOut) await closed;
    }
  }

  /**
   * The cluster as clients see it: the controller and each partition's leader and end offset
   * (Metadata, DescribeCluster and ListOffsets through the same path the workers use).
   */
  async clusterView(): Promise<{
    controller: number;
    partitions: { partition: number; leader: number; endOffset: number }[];
  }> {
    const admin = this.admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      const metadata = await admin.fetchTopicMetadata({ topics: [this.topic] });
      const offsets = await admin.fetchTopicOffsets(this.topic);
      const end = new Map(offsets.map((o) => [o.partition, Number(o.high)]));
      return {
        controller: cluster.controller ?? -1,
        partitions: (metadata.topics[0]?.partitions ?? []).map((p) => ({
          partition: p.partitionId,
          leader: p.leader,
          endOffset: end.get(p.partitionId) ?? 0,
        })),
      };
    } finally {
      await admin.disconnect();
    }
  }

  /** High watermark per partition, now. */
  async endOffsets(): Promise<Record<string, number>> {
    const admin = this.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(this.topic);
      return Object.fromEntries(offsets.map((o) => [String(o.partition), Number(o.high)]));
    } finally {
      await admin.disconnect();
    }
  }

  private pickWorker(kind: RoleHandle['kind']): string {
    const workers = this.options.fleet
      .workerIds()
      .filter((id) => this.options.bus.worker(id)?.state === 'connected');
    if (workers.length === 0) throw new TaskInterrupted('no connected workers');
    const running = this.roles.filter((r) => this.options.collector.roles.get(r.roleId)?.final !== true);
    return placeRole(kind, workers, running, this.nextWorker++);
  }

  private async startRole(kind: RoleHandle['kind'], spec: Record<string, unknown>): Promise<RoleHandle> {
    if (kind !== 'reader') this.checkInterrupted();
    const roleId = `${this.task.name}-a${this.options.attempt}-${kind}-${this.nextRole++}`;
    const workerId = this.pickWorker(kind);
    const parsed = roleSpecSchema.safeParse({
      ...spec,
      kind,
      roleId,
      runId: this.options.runId,
      bootstrap: this.options.target.bootstrap(),
      topic: this.topic,
      metricsTopic: this.task.topic,
      report_ms: reportInterval_ms,
    });
    if (!parsed.success) {
      throw new Error(
        `task ${this.task.name}: cannot build the ${kind} role: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    await this.options.bus.request(
      workerId,
      'role.start',
      { roleId, spec: parsed.data as RoleSpecInput },
      { timeout_ms: 15_000 },
    );
    const handle: RoleHandle = { roleId, workerId, kind };
    this.roles.push(handle);
    this.logger.debug({ roleId, workerId }, `${kind} started`);
    return handle;
  }

  /** Starts the task's producers, splitting its rate between them. */
  async startProducers(
    options: { rate_per_s?: number; count?: number | null; producers?: number } = {},
  ): Promise<RoleHandle[]> {
    const task = this.task;
    const n = options.producers ?? task.producers;
    // Each producer carries its share of the task's rate, also when it replaces a lost one.
    const shares = options.producers === undefined ? n : Math.max(n, task.producers);
    const handles: RoleHandle[] = [];
    for (let i = 0; i < n; i++) {
      let rate: unknown;
      let profile: unknown = null;
      if (options.rate_per_s !== undefined)
        rate = { kind: 'records', perSecond: share(options.rate_per_s, shares) };
      else if (task.rate.kind === 'max') rate = { kind: 'max', inFlight: 100 };
      else if (task.rate.kind === 'load-file') rate = { kind: 'load-file' };
      else {
        rate = { kind: task.rate.kind, perSecond: share(task.rate.perSecond, shares) };
        if (task.rate.kind === 'records')
          profile = absoluteProfile(task.profile, share(task.rate.perSecond, shares));
      }
      handles.push(
        await this.startRole('producer', {
          producerId: `${this.options.runId.slice(0, 8)}-${task.name}-a${this.options.attempt}-p${i}-${randomUUID().slice(0, 4)}`,
          partitions: null,
          rate,
          profile,
          payload: payloadSpec(task.payload),
          acks: task.acks,
          idempotent: task.idempotent,
          compression: task.compression === 'gzip' ? 'gzip' : 'none',
          duration_ms: null,
          count: options.count ?? null,
          seed: this.options.seed + i,
        }),
      );
    }
    return handles;
  }

  async startConsumers(
    options: { from?: 'earliest' | 'latest'; consumers?: number } = {},
  ): Promise<RoleHandle[]> {
    const n = options.consumers ?? this.task.consumers;
    const group = `${this.topic}-group`;
    const handles: RoleHandle[] = [];
    for (let i = 0; i < n; i++) {
      handles.push(
        await this.startRole('consumer', {
          group,
          partitions: null,
          from: options.from ?? 'earliest',
          maxRate_per_s: null,
          paused: false,
          decode: this.task.payload.kind === 'experiment',
          commit: true,
          duration_ms: null,
          count: null,
        }),
      );
    }
    return handles;
  }

  /** Stops roles (their final reports arrive before the reply); a lost worker's role is skipped. */
  async stopRoles(handles: readonly RoleHandle[], reason = 'task phase over'): Promise<void> {
    await Promise.all(
      handles.map(async (handle) => {
        try {
          await this.options.bus.request(
            handle.workerId,
            'role.stop',
            { roleId: handle.roleId, reason },
            { timeout_ms: 60_000 },
          );
        } catch (error) {
          this.logger.warn({ roleId: handle.roleId, err: error }, 'could not stop role cleanly');
        }
      }),
    );
  }

  async stopAllRoles(): Promise<void> {
    await this.stopRoles(
      this.roles.filter((r) => this.options.collector.roles.get(r.roleId)?.final !== true),
    );
  }

  /**
   * Reads every partition from the start to the given end offsets and adds what it saw to the
   * seen ledger: the evidence the continuity checker compares the acks with.
   */
  async finalRead(endOffsets: Record<string, number>, timeout_ms: number): Promise<boolean> {
    this.checkInterrupted();
    return this.finalReadWithoutInterrupt(endOffsets, timeout_ms);
  }

  /** The final read of cleanup, which runs even after the task's own phases were cut short. */
  async finalReadWithoutInterrupt(endOffsets: Record<string, number>, timeout_ms: number): Promise<boolean> {
    const reader = await this.startRole('reader', {
      from: 'earliest',
      until: 'end',
      endOffsets,
      decode: false,
    });
    const deadline = Date.now() + timeout_ms;
    while (Date.now() < deadline) {
      const status = this.options.collector.roles.get(reader.roleId);
      if (status?.final) return status.state === 'done';
      if (status?.state === 'failed') return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.stopRoles([reader], 'final read timed out');
    return false;
  }

  expectWorkerLoss(workerId: string): void {
    this.expectedLosses.add(workerId);
  }

  /** Records a fault; the returned record is updated by heal() and verification. */
  recordFault(kind: string, target: string, details: Record<string, unknown> = {}): FaultRecord {
    const fault: FaultRecord = {
      id: `${this.task.name}-f${this.options.faults.length}`,
      kind,
      target,
      injectedAt_ms: Date.now(),
      healedAt_ms: undefined,
      healVerifiedAt_ms: undefined,
      recovery_ms: undefined,
      details,
    };
    this.options.faults.push(fault);
    this.options.onFault?.(fault, 'injected');
    this.logger.warn({ fault: fault.id, kind, target }, 'fault injected');
    return fault;
  }

  markHealed(fault: FaultRecord, verified: boolean): void {
    if (fault.healedAt_ms === undefined) this.options.onFault?.(fault, 'healed');
    fault.healedAt_ms ??= Date.now();
    if (verified) fault.healVerifiedAt_ms = Date.now();
    this.logger.info({ fault: fault.id, verified }, 'fault healed');
  }

  /** Sends a JSON request to a broker's admin endpoint (object-store faults, mutations). */
  async brokerAdmin(
    brokerId: number,
    method: 'PUT' | 'DELETE' | 'POST' | 'GET',
    path: string,
    body?: unknown,
  ): Promise<unknown> {
    const base = this.options.target.adminUrl(brokerId);
    if (!base) throw new Error(`broker ${brokerId} has no admin endpoint this controller can reach`);
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`broker ${brokerId} admin ${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}
