// A broker's part in the cluster: heartbeats, reading others' metadata, the controller lease, and
// the controller's work (failover, placement, draining, reassignment, balancing).
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/log.ts';
import type { StorageEngine } from '../storage/engine.ts';
import { StorageError } from '../storage/engine.ts';
import {
  type LeaderChange,
  type MetadataState,
  type MetaEntry,
  partitionKey,
} from '../storage/metadata-state.ts';
import { ObjectStoreError } from '../storage/objectstore/types.ts';

export interface ClusterOptions {
  /** How often a broker rewrites its heartbeat object. */
  readonly heartbeat_ms: number;
  /** A broker whose heartbeat has not changed for this long is declared dead and failed over. */
  readonly leaseTimeout_ms: number;
  /** How often a broker reads metadata entries appended by the others. */
  readonly metaPoll_ms: number;
  /** Move partitions to even out partition counts and bytes-in across brokers. */
  readonly autoBalance: boolean;
  /** Least time between two balancing moves. */
  readonly balanceInterval_ms: number;
}

export const defaultClusterOptions: ClusterOptions = {
  heartbeat_ms: 500,
  leaseTimeout_ms: 3000,
  metaPoll_ms: 100,
  autoBalance: true,
  balanceInterval_ms: 5000,
};

/** Balancing thresholds (documented in broker/README.md). */
export const balance = {
  /** Partition counts may differ by at most one... */
  maxCountSpread: 1,
  /** ...and a broker may take this much more than the mean bytes-in rate... */
  maxBytesInSkew: 0.25,
  /** ...unless the cluster takes less than this in total (bytes/s), when bytes do not matter. */
  minBytesIn_perSecond: 256 * 1024,
};

const heartbeatKey = (nodeId: number): string => `brokers/${nodeId}`;

interface Heartbeat {
  readonly nodeId: number;
  readonly incarnation: string;
  readonly counter: number;
  readonly at_ms: number;
  /** Bytes-in per second of each partition this broker leads, by partition key. */
  readonly bytesIn: Readonly<Record<string, number>>;
}

interface Observation {
  incarnation: string;
  counter: number;
  /** performance.now() when the heartbeat last changed (or when we started watching). */
  changedAt: number;
  bytesIn: Readonly<Record<string, number>>;
}

export interface ClusterStats {
  leadershipChanges_total: number;
  failovers_total: number;
  reassignments_total: number;
  balanceMoves_total: number;
  lastFailover_ms: number | undefined;
  /** Seconds since each watched broker's heartbeat last changed. */
  leaseAges_s: Map<number, number>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs while the broker serves. Every broker heartbeats and reads the metadata log; the one holding
 * the controller lease also watches every other broker and writes leadership decisions, each
 * validated against its controller epoch so that a deposed controller can never decide anything.
 */
export class ClusterMember {
  readonly stats: ClusterStats = {
    leadershipChanges_total: 0,
    failovers_total: 0,
    reassignments_total: 0,
    balanceMoves_total: 0,
    lastFailover_ms: undefined,
    leaseAges_s: new Map(),
  };
  readonly options: ClusterOptions;
  private readonly engine: StorageEngine;
  private readonly logger: Logger;
  private readonly seen = new Map<number, Observation>();
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private counter = 0;
  private lastBytesIn = new Map<string, number>();
  private lastHeartbeatAt = performance.now();
  private lastBeatWritten: number | undefined;
  private myBytesIn: Record<string, number> = {};
  private lastBalanceMove = 0;
  private noControllerSince: number | undefined;
  private lastControlAt = performance.now();

  constructor(engine: StorageEngine, logger: Logger, options: Partial<ClusterOptions> = {}) {
    this.engine = engine;
    this.logger = logger;
    this.options = { ...defaultClusterOptions, ...options };
  }

  private get meta(): MetadataState {
    return this.engine.meta;
  }

  get isController(): boolean {
    return this.meta.controller?.incarnation === this.engine.incarnation;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops.push(this.every(this.options.heartbeat_ms, () => this.heartbeat(), 'heartbeat'));
    // Alone, a broker only needs to notice others joining: it reads the log less often.
    this.loops.push(
      this.every(
        () =>
          this.meta.brokers.size > 1 ? this.options.metaPoll_ms : Math.max(this.options.metaPoll_ms, 500),
        () => this.engine.pollMeta(),
        'metadata poll',
      ),
    );
    this.loops.push(
      this.every(
        Math.max(50, Math.min(250, this.options.leaseTimeout_ms / 8)),
        () => this.control(),
        'control',
      ),
    );
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async every(
    interval: number | (() => number),
    run: () => Promise<unknown>,
    what: string,
  ): Promise<void> {
    let failures = 0;
    while (this.running && !this.engine.isFenced) {
      const started = performance.now();
      try {
        await run();
        failures = 0;
      } catch (error) {
        if (error instanceof StorageError && error.kind === 'fenced') return;
        if (failures++ % 20 === 0) this.logger.warn({ err: error }, `cluster ${what} failed; retrying`);
      }
      const interval_ms = typeof interval === 'number' ? interval : interval();
      await sleep(Math.max(0, interval_ms - (performance.now() - started)));
    }
  }

  // ------------------------------------------------------------------ heartbeat

  private async heartbeat(): Promise<void> {
    const now = performance.now();
    const elapsed_s = Math.max(0.001, (now - this.lastHeartbeatAt) / 1000);
    this.lastHeartbeatAt = now;
    const bytesIn: Record<string, number> = {};
    const totals = new Map<string, number>();
    for (const log of this.engine.allPartitions()) {
      const key = partitionKey(log.topicId, log.partition);
      totals.set(key, log.bytesIn_total);
      const before = this.lastBytesIn.get(key);
      bytesIn[key] = before === undefined ? 0 : Math.max(0, (log.bytesIn_total - before) / elapsed_s);
    }
    this.lastBytesIn = totals;
    this.myBytesIn = bytesIn;
    const beat: Heartbeat = {
      nodeId: this.engine.nodeId,
      incarnation: this.engine.incarnation,
      counter: ++this.counter,
      at_ms: Date.now(),
      bytesIn,
    };
    await this.engine.store.put(heartbeatKey(this.engine.nodeId), Buffer.from(JSON.stringify(beat)));
    this.lastBeatWritten = performance.now();
  }

  /**
   * How old each member's heartbeat is as this broker sees it, its own included (the time since
   * its last heartbeat reached the store: a slow or failing store shows here first).
   */
  leaseAges_s(): ReadonlyMap<number, number> {
    const ages = new Map(this.stats.leaseAges_s);
    if (this.lastBeatWritten !== undefined)
      ages.set(this.engine.nodeId, (performance.now() - this.lastBeatWritten) / 1000);
    return ages;
  }

  /** Reads a broker's heartbeat and notes whether it changed since the last look. */
  private async observe(nodeId: number, incarnation: string): Promise<Observation> {
    const now = performance.now();
    let seen = this.seen.get(nodeId);
    if (!seen || seen.incarnation !== incarnation) {
      // A new member (or a new incarnation) gets a whole lease from now.
      seen = { incarnation, counter: -1, changedAt: now, bytesIn: {} };
      this.seen.set(nodeId, seen);
    }
    try {
      const beat = JSON.parse(
        (await this.engine.store.get(heartbeatKey(nodeId))).toString('utf8'),
      ) as Heartbeat;
      if (beat.incarnation === incarnation && beat.counter !== seen.counter) {
        seen.counter = beat.counter;
        seen.changedAt = now;
        seen.bytesIn = beat.bytesIn ?? {};
      }
    } catch (error) {
      if (!(error instanceof ObjectStoreError)) throw error;
      // An unreadable heartbeat counts as an unchanged one: the lease runs out unless it recovers.
    }
    this.stats.leaseAges_s.set(nodeId, (performance.now() - seen.changedAt) / 1000);
    return seen;
  }

  private expired(seen: Observation): boolean {
    return performance.now() - seen.changedAt > this.options.leaseTimeout_ms;
  }

  // ------------------------------------------------------------------ controller lease

  private async control(): Promise<void> {
    // A control loop that did not run for a while means this process was paused (SIGSTOP, a long
    // GC, a starved VM): its own clock readings of other brokers' heartbeats are worthless, and
    // what it believes about the cluster is stale. Start the observations over.
    const now = performance.now();
    if (now - this.lastControlAt > this.options.leaseTimeout_ms / 2) {
      for (const seen of this.seen.values()) seen.changedAt = now;
      this.noControllerSince = undefined;
    }
    this.lastControlAt = now;
    const self = this.meta.brokers.get(this.engine.nodeId);
    if (self?.incarnation !== this.engine.incarnation) return; // Not (yet, or any more) a member.
    const controller = this.meta.controller;
    if (controller?.incarnation === this.engine.incarnation) {
      this.noControllerSince = undefined;
      await this.controllerDuties();
      return;
    }
    let vacant =
      !controller || this.meta.brokers.get(controller.nodeId)?.incarnation !== controller.incarnation;
    if (!vacant && controller)
      vacant = this.expired(await this.observe(controller.nodeId, controller.incarnation));
    if (!vacant) {
      this.noControllerSince = undefined;
      return;
    }
    this.noControllerSince ??= now;
    // The lowest-numbered live broker claims at once, the others only if it does not.
    const candidates = this.meta
      .liveBrokers()
      .filter((b) => b.nodeId !== controller?.nodeId && !b.draining)
      .map((b) => b.nodeId);
    const first = candidates[0] ?? this.engine.nodeId;
    if (first !== this.engine.nodeId && now - this.noControllerSince < this.options.leaseTimeout_ms) return;
    const expected = this.meta.controllerEpoch;
    try {
      await this.engine.appendMeta(
        [
          {
            type: 'controller-elected',
            nodeId: this.engine.nodeId,
            incarnation: this.engine.incarnation,
            epoch: expected + 1,
          },
        ],
        () => {
          if (this.meta.controllerEpoch !== expected) throw new LostRace('another broker became controller');
        },
      );
      this.logger.info({ epoch: expected + 1, previous: controller?.nodeId }, 'took the controller lease');
      this.noControllerSince = undefined;
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
    }
  }

  /** Appends entries only while this broker still holds the controller lease it decided under. */
  private async appendAsController(entries: MetaEntry[], stillValid?: () => boolean): Promise<boolean> {
    const epoch = this.meta.controllerEpoch;
    try {
      await this.engine.appendMeta(entries, () => {
        if (this.meta.controllerEpoch !== epoch || !this.isController)
          throw new LostRace('the controller lease moved on');
        if (stillValid && !stillValid()) throw new LostRace('the state the decision was made on changed');
      });
      return true;
    } catch (error) {
      if (error instanceof LostRace) return false;
      throw error;
    }
  }

  // ------------------------------------------------------------------ controller work

  private async controllerDuties(): Promise<void> {
    const others = this.meta.liveBrokers().filter((b) => b.nodeId !== this.engine.nodeId);
    const observed = await Promise.all(
      others.map(async (b) => ({ b, seen: await this.observe(b.nodeId, b.incarnation) })),
    );
    for (const { b, seen } of observed) {
      if (this.expired(seen)) {
        await this.failover(b.nodeId, b.incarnation, seen);
        return; // Metadata changed: decide the rest on the next round.
      }
    }
    const requests = new Set<string>();
    const decided = { balanceMoves: 0 };
    const changes = this.placementChanges(requests, decided);
    if (changes.length > 0) {
      // Decided on the state as it was: every partition must still be at the epoch the change
      // follows, and every reassignment carried out still requested (not cancelled meanwhile).
      const unchanged = (): boolean =>
        changes.every(
          (c) =>
            (this.meta.leaders.get(partitionKey(c.topicId, c.partition))?.leaderEpoch ?? -1) ===
            c.leaderEpoch - 1,
        ) && [...requests].every((id) => this.meta.reassignments.has(id));
      if (
        await this.appendAsController(
          [{ type: 'leaders-changed', controllerEpoch: this.meta.controllerEpoch, changes }],
          unchanged,
        )
      ) {
        // Counted once they are in the log: a decision that lost a race to another is not a move.
        this.stats.leadershipChanges_total += changes.length;
        this.stats.reassignments_total += requests.size;
        this.stats.balanceMoves_total += decided.balanceMoves;
      }
    }
  }

  /** Seals every stream of a dead broker and gives its partitions to the live ones. */
  private async failover(nodeId: number, incarnation: string, seen: Observation): Promise<void> {
    // Sealing is irreversible: decide on the latest log, and only while still controller.
    await this.engine.pollMeta();
    if (!this.isController || this.meta.brokers.get(nodeId)?.incarnation !== incarnation) return;
    const started = performance.now();
    const silent_ms = Math.round(started - seen.changedAt);
    this.logger.warn({ nodeId, incarnation, silent_ms }, 'broker lease expired; failing it over');
    const entries: MetaEntry[] = [...(await this.engine.sealStreamsOfNode(nodeId))];
    entries.push({
      type: 'broker-unregistered',
      nodeId,
      incarnation,
      reason: `no heartbeat for ${silent_ms} ms (lease ${this.options.leaseTimeout_ms} ms)`,
    });
    const survivors = this.meta.liveBrokers().filter((b) => b.nodeId !== nodeId);
    const load = this.leaderCounts(survivors.filter((b) => !b.draining).map((b) => b.nodeId));
    const changes: LeaderChange[] = [];
    for (const [key, leader] of this.meta.leaders) {
      const { topicId, partition } = splitKey(key);
      if (leader.leader === nodeId && load.size > 0) {
        const target = leastLoaded(load);
        load.set(target, load.get(target)! + 1);
        // A move to the dead broker that its previous leader has not released yet stays pending:
        // that leader may still have writes in flight, and releases to whoever leads next.
        const pending = !leader.released && leader.previous !== undefined && leader.previous !== nodeId;
        changes.push({
          topicId,
          partition,
          leader: target,
          leaderEpoch: leader.leaderEpoch + 1,
          released: !pending,
          ...(pending ? { previous: leader.previous } : {}),
        });
      } else if (!leader.released && leader.previous === nodeId) {
        entries.push({ type: 'partition-released', topicId, partition, leaderEpoch: leader.leaderEpoch });
      }
    }
    if (changes.length > 0)
      entries.push({ type: 'leaders-changed', controllerEpoch: this.meta.controllerEpoch, changes });
    if (await this.appendAsController(entries)) {
      this.seen.delete(nodeId);
      this.stats.failovers_total++;
      this.stats.leadershipChanges_total += changes.length;
      this.stats.lastFailover_ms = Math.round(performance.now() - seen.changedAt);
      this.logger.warn(
        {
          nodeId,
          partitions: changes.length,
          decision_ms: Math.round(performance.now() - started),
          sinceLastHeartbeat_ms: this.stats.lastFailover_ms,
        },
        'failed over a dead broker',
      );
    }
  }

  private leaderCounts(nodes: readonly number[]): Map<number, number> {
    const counts = new Map(nodes.map((id) => [id, 0]));
    for (const leader of this.meta.leaders.values())
      if (counts.has(leader.leader)) counts.set(leader.leader, counts.get(leader.leader)! + 1);
    return counts;
  }

  /**
   * The moves the controller wants now: placement of orphans, requested moves, draining brokers'
   * partitions, then one balancing move. `requests` receives the reassignment ids they carry out,
   * `decided` the number of balancing moves among them.
   */
  private placementChanges(requests: Set<string>, decided: { balanceMoves: number }): LeaderChange[] {
    const live = this.meta.liveBrokers();
    const targets = live.filter((b) => !b.draining).map((b) => b.nodeId);
    if (targets.length === 0) return [];
    const liveIds = new Set(live.map((b) => b.nodeId));
    const load = this.leaderCounts(targets);
    const changes: LeaderChange[] = [];
    const moved = new Set<string>();
    const move = (key: string, target: number, released: boolean): void => {
      const { topicId, partition } = splitKey(key);
      const current = this.meta.leaders.get(key);
      changes.push({
        topicId,
        partition,
        leader: target,
        leaderEpoch: (current?.leaderEpoch ?? -1) + 1,
        released,
      });
      moved.add(key);
      if (current && load.has(current.leader)) load.set(current.leader, load.get(current.leader)! - 1);
      load.set(target, (load.get(target) ?? 0) + 1);
    };
    // Partitions nobody leads (topics from before clustering, or a leader that left).
    for (const topic of this.meta.topicsById.values()) {
      for (let partition = 0; partition < topic.partitions; partition++) {
        const key = partitionKey(topic.topicId, partition);
        const leader = this.meta.leaders.get(key);
        if (leader && liveIds.has(leader.leader)) continue;
        move(key, leastLoaded(load), true);
      }
    }
    // Moves wait for the previous one of the same partition to finish.
    const settled = (key: string): boolean =>
      this.meta.leaders.get(key)?.released !== false && !moved.has(key);
    for (const [id, request] of this.meta.reassignments) {
      const key = partitionKey(request.topicId, request.partition);
      const leader = this.meta.leaders.get(key);
      if (!leader || !settled(key) || !liveIds.has(request.target)) continue;
      if (leader.leader === request.target) continue;
      move(key, request.target, false);
      requests.add(id);
      this.logger.info({ id, key, from: leader.leader, to: request.target }, 'reassigning a partition');
    }
    for (const broker of live.filter((b) => b.draining)) {
      for (const [key, leader] of this.meta.leaders) {
        if (leader.leader !== broker.nodeId || !settled(key)) continue;
        move(key, leastLoaded(load), false);
      }
    }
    const now = performance.now();
    if (
      this.options.autoBalance &&
      changes.length === 0 &&
      now - this.lastBalanceMove >= this.options.balanceInterval_ms &&
      [...this.meta.leaders.values()].every((l) => l.released)
    ) {
      const step = this.balanceStep(targets);
      if (step) {
        move(step.key, step.to, false);
        this.lastBalanceMove = now;
        decided.balanceMoves++;
        this.logger.info(step, 'balancing: moving a partition');
      }
    }
    return changes;
  }

  /** Bytes-in per partition, from each leader's latest heartbeat. */
  private bytesIn(key: string, leader: number): number {
    if (leader === this.engine.nodeId) return this.myBytesIn[key] ?? 0;
    return this.seen.get(leader)?.bytesIn[key] ?? 0;
  }

  /** One move that evens out partition counts, else bytes-in; undefined when balanced. */
  private balanceStep(
    targets: readonly number[],
  ): { key: string; from: number; to: number; why: string } | undefined {
    if (targets.length < 2) return undefined;
    const owned = new Map<number, string[]>(targets.map((id) => [id, []]));
    for (const [key, leader] of this.meta.leaders) owned.get(leader.leader)?.push(key);
    const rate = new Map<number, number>();
    for (const [id, keys] of owned)
      rate.set(
        id,
        keys.reduce((sum, key) => sum + this.bytesIn(key, id), 0),
      );
    const byCount = [...targets].sort((a, b) => owned.get(a)!.length - owned.get(b)!.length || a - b);
    const fewest = byCount[0];
    const most = byCount[byCount.length - 1];
    if (owned.get(most)!.length - owned.get(fewest)!.length > balance.maxCountSpread) {
      // Move the quietest partition: counts even out without shifting the byte balance much.
      const keys = [...owned.get(most)!].sort((a, b) => this.bytesIn(a, most) - this.bytesIn(b, most));
      return { key: keys[0], from: most, to: fewest, why: 'partition count' };
    }
    const total = [...rate.values()].reduce((a, b) => a + b, 0);
    if (total < balance.minBytesIn_perSecond) return undefined;
    const mean = total / targets.length;
    const byRate = [...targets].sort((a, b) => rate.get(a)! - rate.get(b)!);
    const low = byRate[0];
    const high = byRate[byRate.length - 1];
    if (rate.get(high)! <= mean * (1 + balance.maxBytesInSkew)) return undefined;
    // Counts must stay within their spread after the move.
    if (Math.abs(owned.get(high)!.length - 1 - (owned.get(low)!.length + 1)) > balance.maxCountSpread)
      return undefined;
    // The partition whose move leaves the pair closest to even, if that beats the current spread.
    let best: { key: string; spread: number } | undefined;
    for (const key of owned.get(high)!) {
      const r = this.bytesIn(key, high);
      const spread = Math.abs(rate.get(high)! - r - (rate.get(low)! + r));
      if (!best || spread < best.spread) best = { key, spread };
    }
    if (!best || best.spread >= rate.get(high)! - rate.get(low)!) return undefined;
    return { key: best.key, from: high, to: low, why: 'bytes-in' };
  }

  /** Bytes-in per second over the partitions this broker leads, as of its last heartbeat. */
  bytesInRate(): number {
    return Object.values(this.myBytesIn).reduce((sum, rate) => sum + rate, 0);
  }

  // ------------------------------------------------------------------ requests from this broker

  /** Records a request to move a partition; the controller carries it out. Returns its id. */
  async requestReassignment(topicId: string, partition: number, target: number): Promise<string> {
    const id = randomUUID();
    await this.engine.appendMeta([{ type: 'reassignment-requested', topicId, partition, target, id }]);
    return id;
  }

  /**
   * Withdraws the pending requests to move a partition. False when none is pending, checked at
   * append time: once the controller has written the move, it is carried out, not undone.
   */
  async cancelReassignment(topicId: string, partition: number): Promise<boolean> {
    const pending = (): boolean =>
      [...this.meta.reassignments.values()].some((r) => r.topicId === topicId && r.partition === partition);
    if (!pending()) return false;
    try {
      await this.engine.appendMeta([{ type: 'reassignment-cancelled', topicId, partition }], () => {
        if (!pending()) throw new LostRace('the controller started the move, or another broker cancelled it');
      });
      return true;
    } catch (error) {
      if (error instanceof LostRace) return false;
      throw error;
    }
  }

  /**
   * Graceful scale-in: asks the controller to move this broker's partitions away and waits until
   * it leads none (or the time is up), then leaves the cluster.
   */
  async drain(timeout_ms: number): Promise<boolean> {
    const others = this.meta.liveBrokers().filter((b) => b.nodeId !== this.engine.nodeId && !b.draining);
    if (others.length === 0) return false;
    await this.engine.appendMeta([
      { type: 'broker-draining', nodeId: this.engine.nodeId, incarnation: this.engine.incarnation },
    ]);
    const deadline = performance.now() + timeout_ms;
    while (performance.now() < deadline && !this.engine.isFenced) {
      const leads = [...this.meta.leaders.values()].some(
        (l) => l.leader === this.engine.nodeId || (!l.released && l.previous === this.engine.nodeId),
      );
      if (!leads) break;
      await sleep(50);
    }
    const drained = ![...this.meta.leaders.values()].some((l) => l.leader === this.engine.nodeId);
    this.logger.info({ drained }, drained ? 'moved every partition away' : 'drain timed out');
    return drained;
  }

  /** Leaves the cluster (after a drain, at shutdown). */
  async leave(reason: string): Promise<void> {
    await this.engine.appendMeta([
      {
        type: 'broker-unregistered',
        nodeId: this.engine.nodeId,
        incarnation: this.engine.incarnation,
        reason,
      },
    ]);
  }
}

class LostRace extends Error {}

function leastLoaded(load: ReadonlyMap<number, number>): number {
  let best: number | undefined;
  for (const [id, count] of load) if (best === undefined || count < load.get(best)!) best = id;
  return best!;
}

export function splitKey(key: string): { topicId: string; partition: number } {
  const colon = key.lastIndexOf(':');
  return { topicId: key.slice(0, colon), partition: Number(key.slice(colon + 1)) };
}
