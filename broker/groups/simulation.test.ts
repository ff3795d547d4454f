// Seeded randomised simulation: clients join, sync, heartbeat, commit, crash and leave in random order; invariants hold throughout.
import { describe, expect, it } from 'vitest';
import { ErrorCode, errorCodeName } from './error-codes.ts';
import { flush, type Harness, joinParams, protocol, setUp } from './harness.ts';
import type { GroupSnapshot, JoinGroupMember } from './types.ts';

/** mulberry32: small, fast, good enough to drive a simulation, and reproducible from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}

type Phase = 'idle' | 'joined' | 'stable';

/** A consumer the way a well-behaved client library drives one (until the simulation makes it misbehave). */
interface Client {
  readonly name: string;
  readonly groupId: string;
  readonly instanceId: string | null;
  /** JoinGroup v4+ (KIP-394 round trip) for dynamic members. */
  readonly v4: boolean;
  /** JoinGroup v9+ (KIP-814). */
  readonly skipAssignment: boolean;
  readonly sessionTimeout_ms: number;
  readonly rebalanceTimeout_ms: number;
  memberId: string;
  generationId: number;
  phase: Phase;
  leaderMembers: readonly JoinGroupMember[];
  /** Requests of older incarnations (before a crash) are answered but ignored. */
  incarnation: number;
  busy: boolean;
  lastHeartbeat_ms: number;
  /** A stopped client does nothing until then (its process is down). */
  stoppedUntil_ms: number;
}

const groupIds = ['g0', 'g1', 'g2'];
/** Group of each client: sizes 6, 4 and 2, so the small group often empties out and can be deleted. */
const groupOfClient = ['g0', 'g0', 'g0', 'g0', 'g0', 'g0', 'g1', 'g1', 'g1', 'g1', 'g2', 'g2'];
const partitions = 4;
const maxMembersPerGroup = 6;

/** What the leader of generation `generationId` gives a member: keyed by instance id, so a restarted static member keeps it. */
function assignmentFor(
  generationId: number,
  member: { memberId: string; groupInstanceId: string | null },
): string {
  return `${generationId}:${member.groupInstanceId ?? member.memberId}`;
}

class Simulation {
  readonly h: Harness;
  readonly random: () => number;
  readonly clients: Client[] = [];
  /** Every promise the coordinator returned: all must settle by close() at the latest. */
  readonly outstanding: { promise: Promise<unknown>; settled: boolean; what: string }[] = [];
  /** Highest generation seen per group; reset when the group disappears (deletion, expiry). */
  readonly generations = new Map<string, number>();
  /** Per group and generation, the member id that got the member list to assign (at most one). */
  readonly assigners = new Map<string, string>();
  /** Acknowledged commits, latest request wins: what OffsetFetch must show. */
  readonly committed = new Map<string, Map<number, { seq: number; offset: bigint }>>();
  commitSeq = 0;
  readonly counts = { steps: 0, stableSyncs: 0, commitsAcked: 0, crashes: 0, deletions: 0 };

  constructor(seed: number) {
    this.random = prng(seed);
    this.h = setUp({ maxMembersPerGroup, emptyGroupRetention_ms: 20_000 });
    for (let i = 0; i < groupOfClient.length; i++) {
      const isStatic = this.random() < 0.4;
      this.clients.push({
        name: `client${i}`,
        groupId: groupOfClient[i],
        instanceId: isStatic ? `instance${i}` : null,
        v4: this.random() < 0.6,
        skipAssignment: isStatic && this.random() < 0.5,
        sessionTimeout_ms: 3_000 + Math.floor(this.random() * 7_000),
        rebalanceTimeout_ms: 2_000 + Math.floor(this.random() * 8_000),
        memberId: '',
        generationId: -1,
        phase: 'idle',
        leaderMembers: [],
        incarnation: 0,
        busy: false,
        lastHeartbeat_ms: 0,
        stoppedUntil_ms: 0,
      });
    }
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** Failures inside reply callbacks, rethrown by the next invariant check (not lost as unhandled rejections). */
  readonly failures: unknown[] = [];

  /** Records the promise and runs `onReply` when it settles, keeping any failure for the next check. */
  track<T>(promise: Promise<T>, what: string, onReply: (value: T) => void = () => {}): void {
    const entry = { promise, settled: false, what };
    this.outstanding.push(entry);
    void promise.then((value) => {
      entry.settled = true;
      try {
        onReply(value);
      } catch (error) {
        this.failures.push(error);
      }
    });
  }

  /** Forget the membership and start over, as a client does on UNKNOWN_MEMBER_ID / FENCED_INSTANCE_ID. */
  reset(client: Client): void {
    client.memberId = '';
    client.generationId = -1;
    client.phase = 'idle';
  }

  rejoin(client: Client): void {
    client.phase = 'idle';
  }

  /** The next thing a correct client does. */
  act(client: Client): void {
    if (client.busy || this.h.time.now_ms() < client.stoppedUntil_ms) return;
    if (client.phase === 'idle') this.join(client);
    else if (client.phase === 'joined') this.sync(client);
    else if (this.h.time.now_ms() - client.lastHeartbeat_ms >= client.sessionTimeout_ms / 3)
      this.heartbeat(client);
    else if (this.random() < 0.2) this.commit(client);
  }

  join(client: Client): void {
    const incarnation = client.incarnation;
    client.busy = true;
    const join = this.h.coordinator.joinGroup(
      joinParams({
        groupId: client.groupId,
        memberId: client.memberId,
        groupInstanceId: client.instanceId,
        clientId: client.name,
        protocols: [protocol('cooperative-sticky'), protocol('range')],
        sessionTimeout_ms: client.sessionTimeout_ms,
        rebalanceTimeout_ms: client.rebalanceTimeout_ms,
        requireKnownMemberId: client.v4,
        supportSkippingAssignment: client.skipAssignment,
      }),
    );
    this.track(join, `join ${client.name}`, (result) => {
      if (result.errorCode === ErrorCode.NONE && result.members.length > 0 && !result.skipAssignment) {
        const key = `${client.groupId}/${result.generationId}`;
        const assigner = this.assigners.get(key);
        expect(assigner ?? result.memberId, `two members were asked to assign ${key}`).toBe(result.memberId);
        this.assigners.set(key, result.memberId);
      }
      if (incarnation !== client.incarnation) return;
      client.busy = false;
      switch (result.errorCode) {
        case ErrorCode.NONE:
          client.memberId = result.memberId;
          client.generationId = result.generationId;
          client.leaderMembers =
            result.leader === result.memberId && !result.skipAssignment ? result.members : [];
          client.phase = 'joined';
          return;
        case ErrorCode.MEMBER_ID_REQUIRED:
          client.memberId = result.memberId;
          return;
        case ErrorCode.UNKNOWN_MEMBER_ID:
        case ErrorCode.FENCED_INSTANCE_ID:
        case ErrorCode.GROUP_MAX_SIZE_REACHED:
          this.reset(client);
          return;
        case ErrorCode.REBALANCE_IN_PROGRESS:
        case ErrorCode.COORDINATOR_NOT_AVAILABLE:
          return;
        default:
          throw new Error(`${client.name}: unexpected JoinGroup answer ${errorCodeName(result.errorCode)}`);
      }
    });
  }

  sync(client: Client): void {
    const incarnation = client.incarnation;
    const generationId = client.generationId;
    const memberId = client.memberId;
    client.busy = true;
    const sync = this.h.coordinator.syncGroup({
      groupId: client.groupId,
      generationId,
      memberId,
      groupInstanceId: client.instanceId,
      assignments: client.leaderMembers.map((member) => ({
        memberId: member.memberId,
        assignment: Buffer.from(assignmentFor(generationId, member)),
      })),
    });
    this.track(sync, `sync ${client.name}`, (result) => {
      if (result.errorCode === ErrorCode.NONE) {
        // The outcome a consumer cares about: it got what the leader of its generation gave it.
        const expected = assignmentFor(generationId, { memberId, groupInstanceId: client.instanceId });
        expect(result.assignment.toString(), `${client.name} synced generation ${generationId}`).toBe(
          expected,
        );
        this.counts.stableSyncs++;
      }
      if (incarnation !== client.incarnation) return;
      client.busy = false;
      switch (result.errorCode) {
        case ErrorCode.NONE:
          client.phase = 'stable';
          client.lastHeartbeat_ms = this.h.time.now_ms();
          return;
        case ErrorCode.REBALANCE_IN_PROGRESS:
        case ErrorCode.ILLEGAL_GENERATION:
        case ErrorCode.COORDINATOR_NOT_AVAILABLE:
          this.rejoin(client);
          return;
        case ErrorCode.UNKNOWN_MEMBER_ID:
        case ErrorCode.FENCED_INSTANCE_ID:
          this.reset(client);
          return;
        default:
          throw new Error(`${client.name}: unexpected SyncGroup answer ${errorCodeName(result.errorCode)}`);
      }
    });
  }

  heartbeat(client: Client): void {
    const { errorCode } = this.h.coordinator.heartbeat({
      groupId: client.groupId,
      generationId: client.generationId,
      memberId: client.memberId,
      groupInstanceId: client.instanceId,
    });
    client.lastHeartbeat_ms = this.h.time.now_ms();
    switch (errorCode) {
      case ErrorCode.NONE:
        return;
      case ErrorCode.REBALANCE_IN_PROGRESS:
      case ErrorCode.ILLEGAL_GENERATION:
      case ErrorCode.COORDINATOR_NOT_AVAILABLE:
        this.rejoin(client);
        return;
      case ErrorCode.UNKNOWN_MEMBER_ID:
      case ErrorCode.FENCED_INSTANCE_ID:
        this.reset(client);
        return;
      default:
        throw new Error(`${client.name}: unexpected Heartbeat answer ${errorCodeName(errorCode)}`);
    }
  }

  commit(client: Client, simple = false): void {
    const partition = Math.floor(this.random() * partitions);
    const offset = BigInt(Math.floor(this.random() * 1_000_000));
    const seq = ++this.commitSeq;
    const commit = this.h.coordinator.commitOffsets({
      groupId: client.groupId,
      generationId: simple ? -1 : client.generationId,
      memberId: simple ? '' : client.memberId,
      groupInstanceId: simple ? null : client.instanceId,
      offsets: [{ topic: 't', partition, offset, leaderEpoch: -1, metadata: client.name }],
    });
    this.track(commit, `commit ${client.name}`, (result) => {
      const { errorCode } = result.results[0];
      const allowed: number[] = [
        ErrorCode.NONE,
        ErrorCode.REBALANCE_IN_PROGRESS,
        ErrorCode.ILLEGAL_GENERATION,
        ErrorCode.UNKNOWN_MEMBER_ID,
        ErrorCode.FENCED_INSTANCE_ID,
        ErrorCode.COORDINATOR_NOT_AVAILABLE,
        ErrorCode.NOT_COORDINATOR,
      ];
      expect(allowed, `${client.name}: OffsetCommit answered ${errorCodeName(errorCode)}`).toContain(
        errorCode,
      );
      if (errorCode !== ErrorCode.NONE) return;
      this.counts.commitsAcked++;
      let offsets = this.committed.get(client.groupId);
      if (offsets === undefined) {
        offsets = new Map();
        this.committed.set(client.groupId, offsets);
      }
      const current = offsets.get(partition);
      if (current === undefined || current.seq < seq) offsets.set(partition, { seq, offset });
    });
  }

  crash(client: Client): void {
    // The process dies and restarts: no LeaveGroup; a static member comes back under its instance id.
    this.counts.crashes++;
    client.incarnation++;
    client.busy = false;
    this.reset(client);
  }

  leave(client: Client): void {
    if (client.memberId === '') return;
    this.h.coordinator.leaveGroup({
      groupId: client.groupId,
      members: [{ memberId: client.memberId, groupInstanceId: client.instanceId }],
    });
    client.incarnation++;
    client.busy = false;
    this.reset(client);
  }

  async chaosStep(): Promise<void> {
    this.counts.steps++;
    const client = this.pick(this.clients);
    const roll = this.random();
    if (roll < 0.45) this.act(client);
    else if (roll < 0.6) this.h.time.advance(Math.floor(this.random() * 1_500));
    else if (roll < 0.64) this.crash(client);
    else if (roll < 0.67) this.leave(client);
    else if (roll < 0.69) {
      // The process goes away for a while, cleanly or not.
      if (this.random() < 0.5) this.leave(client);
      else this.crash(client);
      client.stoppedUntil_ms = this.h.time.now_ms() + 5_000 + Math.floor(this.random() * 40_000);
    } else if (roll < 0.72) this.commit(client, true);
    else if (roll < 0.75) {
      // A stale or confused request: an old generation, or a member id of another client.
      const other = this.pick(this.clients);
      this.h.coordinator.heartbeat({
        groupId: client.groupId,
        generationId: client.generationId - 1,
        memberId: other.memberId,
        groupInstanceId: other.instanceId,
      });
    } else if (roll < 0.77 && client.instanceId !== null) {
      // An operator removes a static member by its instance id.
      this.h.coordinator.leaveGroup({
        groupId: client.groupId,
        members: [{ memberId: '', groupInstanceId: client.instanceId }],
      });
    } else if (roll < 0.79) {
      const groupId = this.pick(groupIds);
      this.track(this.h.coordinator.deleteGroups([groupId]), `delete ${groupId}`, ([result]) => {
        if (result.errorCode === ErrorCode.NONE) {
          this.counts.deletions++;
          this.committed.delete(groupId);
        }
      });
    } else if (roll < 0.81) {
      // The store turns slow (calls held), failing, or healthy again.
      this.h.store.mode = this.pick(['succeed', 'succeed', 'fail', 'hold'] as const);
      this.h.store.failure = this.random() < 0.5 ? 'unavailable' : 'fenced';
    } else if (roll < 0.85 && this.h.store.held.length > 0) {
      // A held store call answers, not necessarily the oldest first.
      const [call] = this.h.store.held.splice(Math.floor(this.random() * this.h.store.held.length), 1);
      if (this.random() < 0.8) call.succeed();
      else call.fail();
    } else {
      for (const each of this.clients) this.act(each);
      this.h.time.advance(100);
    }
    await flush();
    this.checkInvariants();
  }

  checkInvariants(): void {
    if (this.failures.length > 0) throw this.failures[0];
    this.h.coordinator.checkInvariants();
    const snapshots = this.h.coordinator.snapshot();
    const present = new Set(snapshots.map((group) => group.groupId));
    // A deleted or forgotten group comes back at generation 0: its history starts over.
    for (const groupId of groupIds) {
      if (present.has(groupId)) continue;
      this.generations.delete(groupId);
      for (const key of this.assigners.keys()) if (key.startsWith(`${groupId}/`)) this.assigners.delete(key);
    }
    for (const group of snapshots) this.checkGroup(group);
    for (const groupId of groupIds) {
      // A group being deleted (Dead) answers OffsetFetch with nothing, as Kafka does.
      if (snapshots.find((group) => group.groupId === groupId)?.state === 'Dead') continue;
      const expected = [...(this.committed.get(groupId) ?? new Map()).entries()]
        .sort(([a], [b]) => a - b)
        .map(([partition, { offset }]) => [partition, offset]);
      const actual = this.h.coordinator
        .fetchOffsets({ groupId, partitions: null })
        .offsets.map((fetched) => [fetched.partition, fetched.offset]);
      check(
        JSON.stringify(actual, bigintJson) === JSON.stringify(expected, bigintJson),
        () =>
          `offsets of ${groupId}: fetched ${JSON.stringify(actual, bigintJson)}, acknowledged ${JSON.stringify(expected, bigintJson)}`,
      );
    }
  }

  checkGroup(group: GroupSnapshot): void {
    // Plain checks, not expect(): this runs for every group after every one of thousands of steps.
    const where = () =>
      `${group.groupId} (${group.state}, generation ${group.generationId}, step ${this.counts.steps})`;
    const previous = this.generations.get(group.groupId) ?? 0;
    check(group.generationId >= previous, () => `generation went down from ${previous} in ${where()}`);
    this.generations.set(group.groupId, group.generationId);
    if (group.state === 'Stable' || group.state === 'CompletingRebalance') {
      const leaders = group.members.filter((member) => member.memberId === group.leaderId).length;
      check(leaders === 1, () => `${leaders} leaders among the members of ${where()}`);
      for (const member of group.members) {
        check(
          member.generationId === group.generationId,
          () => `member ${member.memberId} is in generation ${member.generationId}, ${where()}`,
        );
      }
    }
    const awaiting = group.members.filter((member) => member.awaitingJoin).length;
    check(awaiting <= maxMembersPerGroup, () => `${awaiting} members await join in ${where()}`);
    check(
      group.pendingMemberIds.length <= maxMembersPerGroup,
      () => `too many pending member ids in ${where()}`,
    );
  }

  /** Chaos stops; correct clients must bring every group to Stable with exactly the live clients in it. */
  async converge(limit_ms: number): Promise<void> {
    this.h.store.mode = 'succeed';
    for (const call of this.h.store.held.splice(0)) call.succeed();
    for (const client of this.clients) client.stoppedUntil_ms = 0;
    for (let waited_ms = 0; !this.converged(); waited_ms += 100) {
      if (waited_ms >= limit_ms) {
        throw new Error(
          `groups did not converge within ${limit_ms} ms: ${JSON.stringify(this.h.coordinator.snapshot(), null, 1)}`,
        );
      }
      for (const client of this.clients) this.act(client);
      this.h.time.advance(100);
      await flush();
      this.checkInvariants();
    }
  }

  converged(): boolean {
    const snapshots = new Map(this.h.coordinator.snapshot().map((group) => [group.groupId, group]));
    return groupIds.every((groupId) => {
      const group = snapshots.get(groupId);
      const clients = this.clients.filter((client) => client.groupId === groupId);
      return (
        group !== undefined &&
        group.state === 'Stable' &&
        group.members.every((member) => !member.pendingSync) &&
        clients.every((client) => client.phase === 'stable' && client.generationId === group.generationId) &&
        group.members
          .map((member) => member.memberId)
          .sort()
          .join() ===
          clients
            .map((client) => client.memberId)
            .sort()
            .join()
      );
    });
  }
}

describe('group coordinator: seeded randomised simulation', { timeout: 30_000 }, () => {
  for (const seed of [1, 2, 3, 20240607]) {
    it(`seed ${seed}: invariants hold for 2000 random steps, groups converge, close() leaves nothing pending`, async () => {
      const sim = new Simulation(seed);
      for (let step = 0; step < 2_000; step++) await sim.chaosStep();
      await sim.converge(120_000);

      const stats = sim.h.coordinator.stats();
      expect(stats.rebalancesCompleted_total).toBeGreaterThan(5);
      expect(sim.counts.stableSyncs).toBeGreaterThan(20);
      expect(sim.counts.commitsAcked).toBeGreaterThan(5);

      // Leave some requests waiting, then shut down: every one of them must be answered.
      sim.h.store.mode = 'hold';
      for (const client of sim.clients) sim.commit(client);
      sim.track(sim.h.coordinator.joinGroup(joinParams({ groupId: 'late' })), 'late join');
      const closed = sim.h.coordinator.close();
      await flush();
      const unsettled = sim.outstanding.filter((entry) => !entry.settled).map((entry) => entry.what);
      expect(unsettled).toEqual([]);
      expect(sim.h.time.pendingTimers).toBe(0);
      expect(sim.h.coordinator.stats().pendingReplies).toBe(0);
      for (const call of sim.h.store.held) call.succeed();
      await closed;
    });
  }
});
