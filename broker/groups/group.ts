// One consumer group's membership and state machine (classic protocol); timers and replies are driven by the coordinator.
import { assert } from '../../common/errors.ts';
import { CommittedOffsets } from './offsets.ts';
import type { Pending } from './pending.ts';
import type { Timer } from './time.ts';
import type {
  GroupProtocol,
  GroupSnapshot,
  GroupState,
  JoinGroupMember,
  JoinGroupResult,
  SyncGroupResult,
} from './types.ts';

/**
 * Kafka's GroupState.validPreviousStates, plus Dead -> Empty: a deletion whose store call failed
 * returns the group to Empty instead of leaving a Dead group behind.
 */
const validPreviousStates: Readonly<Record<GroupState, readonly GroupState[]>> = {
  Empty: ['PreparingRebalance', 'Dead'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};

const noBytes = Buffer.alloc(0);

/** First occurrence of each protocol name wins: a member's list is a preference order without repeats. */
export function dedupeProtocols(protocols: readonly GroupProtocol[]): GroupProtocol[] {
  const seen = new Set<string>();
  const unique: GroupProtocol[] = [];
  for (const protocol of protocols) {
    if (seen.has(protocol.name)) continue;
    seen.add(protocol.name);
    unique.push(protocol);
  }
  return unique;
}

export interface MemberInit {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly protocolType: string;
  readonly protocols: readonly GroupProtocol[];
  readonly sessionTimeout_ms: number;
  readonly rebalanceTimeout_ms: number;
}

export class Member {
  memberId: string;
  readonly groupInstanceId: string | null;
  readonly protocolType: string;
  clientId: string;
  clientHost: string;
  /** Deduplicated, in the member's order of preference. */
  protocols: readonly GroupProtocol[];
  sessionTimeout_ms: number;
  rebalanceTimeout_ms: number;
  /** What the leader assigned to this member in the current generation. */
  assignment: Buffer = noBytes;
  /** The generation this member last took part in (-1 before its first completed join phase). */
  generationId = -1;
  /** Joined and not yet through a join phase: its first JoinGroup can time out (Kafka's isNew). */
  isNew = false;
  /** Set only by Group.setAwaitingJoin, which keeps the group's count. */
  awaitingJoin: Pending<JoinGroupResult> | null = null;
  awaitingSync: Pending<SyncGroupResult> | null = null;
  /** The session (or new-member join) timeout running for this member. */
  heartbeatTimer: Timer | null = null;

  constructor(init: MemberInit) {
    this.memberId = init.memberId;
    this.groupInstanceId = init.groupInstanceId;
    this.protocolType = init.protocolType;
    this.clientId = init.clientId;
    this.clientHost = init.clientHost;
    this.protocols = dedupeProtocols(init.protocols);
    this.sessionTimeout_ms = init.sessionTimeout_ms;
    this.rebalanceTimeout_ms = init.rebalanceTimeout_ms;
  }

  supports(protocolName: string): boolean {
    return this.protocols.some((protocol) => protocol.name === protocolName);
  }

  metadata(protocolName: string): Buffer {
    const protocol = this.protocols.find((candidate) => candidate.name === protocolName);
    assert(protocol, () => `member ${this.memberId} does not support protocol ${protocolName}`);
    return protocol.metadata;
  }

  /** Same protocols, same order, same metadata bytes (Kafka's MemberMetadata.matches). */
  matches(protocols: readonly GroupProtocol[]): boolean {
    const wanted = dedupeProtocols(protocols);
    return (
      wanted.length === this.protocols.length &&
      wanted.every(
        (protocol, i) =>
          protocol.name === this.protocols[i].name && protocol.metadata.equals(this.protocols[i].metadata),
      )
    );
  }

  /** The member's most preferred protocol among the candidates. */
  vote(candidates: ReadonlySet<string>): string {
    const choice = this.protocols.find((protocol) => candidates.has(protocol.name));
    assert(choice, () => `member ${this.memberId} supports none of the candidate protocols`);
    return choice.name;
  }
}

export class Group {
  readonly groupId: string;
  state: GroupState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  /** The protocol selected for the current generation; null while Empty. */
  protocolName: string | null = null;
  leaderId: string | null = null;
  /** By member id, in the order members joined. */
  readonly members = new Map<string, Member>();
  /** group.instance.id -> the member id currently holding it. */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED (KIP-394), each expiring after the session timeout. */
  readonly pendingMembers = new Map<string, Timer>();
  /** Members of the current generation that have not sent SyncGroup yet. */
  readonly pendingSyncMembers = new Set<string>();
  /** Set when a member joins the first rebalance of a new group: the initial delay is extended. */
  newMemberAdded = false;
  readonly offsets = new CommittedOffsets();

  /** Ends the join phase: runs while, and only while, the group is PreparingRebalance. */
  joinTimer: Timer | null = null;
  /** Whether joinTimer is the initial rebalance delay (which completes only on its timer). */
  joinIsInitialDelay = false;
  /** Removes members that did not send SyncGroup within the rebalance timeout. */
  syncTimer: Timer | null = null;
  /** Forgets the group once it stayed Empty, without offsets, for emptyGroupRetention_ms. */
  emptyTimer: Timer | null = null;

  #numAwaitingJoin = 0;
  /** Protocol name -> how many members support it. */
  readonly #supportedProtocols = new Map<string, number>();

  constructor(groupId: string) {
    this.groupId = groupId;
  }

  get size(): number {
    return this.members.size;
  }

  get numAwaitingJoin(): number {
    return this.#numAwaitingJoin;
  }

  has(memberId: string): boolean {
    return this.members.has(memberId);
  }

  get(memberId: string): Member {
    const member = this.members.get(memberId);
    assert(member, () => `group ${this.groupId} has no member ${memberId}`);
    return member;
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  is(...states: GroupState[]): boolean {
    return states.includes(this.state);
  }

  transitionTo(next: GroupState): void {
    assert(
      validPreviousStates[next].includes(this.state),
      () => `group ${this.groupId} cannot go from ${this.state} to ${next}`,
    );
    this.state = next;
  }

  add(member: Member): void {
    assert(
      !this.members.has(member.memberId),
      () => `member ${member.memberId} is already in group ${this.groupId}`,
    );
    if (this.members.size === 0) this.protocolType = member.protocolType;
    assert(
      this.protocolType === member.protocolType,
      () =>
        `member ${member.memberId} has protocol type ${member.protocolType}, group ${this.groupId} has ${this.protocolType}`,
    );
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.members.set(member.memberId, member);
    this.#countProtocols(member, +1);
    if (member.awaitingJoin !== null) this.#numAwaitingJoin++;
    this.pendingMembers.get(member.memberId)?.cancel();
    this.pendingMembers.delete(member.memberId);
  }

  /** Takes the member out; its replies must have been answered and its timer cancelled by the caller. */
  remove(memberId: string): void {
    const member = this.members.get(memberId);
    if (member !== undefined) {
      assert(
        member.awaitingJoin === null && member.awaitingSync === null,
        () => `member ${memberId} removed with a reply still owed`,
      );
      this.members.delete(memberId);
      this.#countProtocols(member, -1);
      if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === memberId) {
        this.staticMembers.delete(member.groupInstanceId);
      }
    }
    if (this.isLeader(memberId)) this.leaderId = this.members.keys().next().value ?? null;
    this.pendingSyncMembers.delete(memberId);
  }

  /**
   * A static member came back with a new member id (KIP-345): the member keeps its place, its
   * assignment and its leadership under the new id. Returns the replies the old id was owed, which
   * the caller fences.
   */
  replaceStaticMember(
    member: Member,
    newMemberId: string,
  ): { join: Pending<JoinGroupResult> | null; sync: Pending<SyncGroupResult> | null } {
    const oldMemberId = member.memberId;
    assert(member.groupInstanceId !== null, () => `member ${oldMemberId} is not static`);
    assert(
      this.members.get(oldMemberId) === member,
      () => `member ${oldMemberId} is not in group ${this.groupId}`,
    );
    const join = this.setAwaitingJoin(member, null);
    const sync = member.awaitingSync;
    member.awaitingSync = null;
    this.members.delete(oldMemberId);
    member.memberId = newMemberId;
    this.members.set(newMemberId, member);
    if (this.isLeader(oldMemberId)) this.leaderId = newMemberId;
    this.staticMembers.set(member.groupInstanceId, newMemberId);
    // Kafka leaves the old id in the pending-sync set, which later triggers a needless rebalance;
    // the new id owes the SyncGroup instead.
    if (this.pendingSyncMembers.delete(oldMemberId)) this.pendingSyncMembers.add(newMemberId);
    return { join, sync };
  }

  /** A member rejoined with (possibly) new protocols, timeouts and client details. */
  updateMember(
    member: Member,
    update: Omit<MemberInit, 'memberId' | 'groupInstanceId' | 'protocolType'>,
  ): void {
    this.#countProtocols(member, -1);
    member.protocols = dedupeProtocols(update.protocols);
    this.#countProtocols(member, +1);
    member.clientId = update.clientId;
    member.clientHost = update.clientHost;
    member.sessionTimeout_ms = update.sessionTimeout_ms;
    member.rebalanceTimeout_ms = update.rebalanceTimeout_ms;
  }

  /** Sets or clears the member's pending JoinGroup reply; returns the one it replaces. */
  setAwaitingJoin(member: Member, reply: Pending<JoinGroupResult> | null): Pending<JoinGroupResult> | null {
    const previous = member.awaitingJoin;
    if (previous === null && reply !== null) this.#numAwaitingJoin++;
    if (previous !== null && reply === null) this.#numAwaitingJoin--;
    member.awaitingJoin = reply;
    return previous;
  }

  /**
   * Whether a member with these protocols can be in the group. Kafka counts the rejoining member's
   * own old protocols too, so a member can never switch protocols while it is in the group, not
   * even alone; here a rejoining member is compared with the other members only.
   */
  supportsProtocols(
    protocolType: string,
    protocols: readonly GroupProtocol[],
    rejoining: Member | null,
  ): boolean {
    const others = this.members.size - (rejoining === null ? 0 : 1);
    if (others === 0) return protocolType !== '' && protocols.length > 0;
    return (
      this.protocolType === protocolType &&
      protocols.some(
        (protocol) =>
          (this.#supportedProtocols.get(protocol.name) ?? 0) -
            (rejoining?.supports(protocol.name) ? 1 : 0) ===
          others,
      )
    );
  }

  /**
   * The protocol every member supports that most members prefer (Kafka's selectProtocol). Kafka
   * breaks ties arbitrarily; here the tie goes to the protocol voted for first, members taken in the
   * order they joined.
   */
  selectProtocol(): string {
    assert(this.members.size > 0, () => `cannot select a protocol for empty group ${this.groupId}`);
    const candidates = new Set(
      [...this.#supportedProtocols].filter(([, count]) => count === this.members.size).map(([name]) => name),
    );
    const votes = new Map<string, number>();
    for (const member of this.members.values()) {
      const choice = member.vote(candidates);
      votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestVotes = 0;
    for (const [name, count] of votes) {
      if (count > bestVotes) {
        best = name;
        bestVotes = count;
      }
    }
    assert(best !== null, () => `group ${this.groupId} has no protocol all members support`);
    return best;
  }

  /** Every member rejoined and no KIP-394 member id is still expected to. */
  hasAllMembersJoined(): boolean {
    return this.members.size === this.#numAwaitingJoin && this.pendingMembers.size === 0;
  }

  notYetRejoinedMembers(): Member[] {
    return [...this.members.values()].filter((member) => member.awaitingJoin === null);
  }

  /** Keeps the leader if it rejoined, else picks a member that did; false if none did. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    if (this.get(this.leaderId).awaitingJoin !== null) return true;
    for (const member of this.members.values()) {
      if (member.awaitingJoin !== null) {
        this.leaderId = member.memberId;
        return true;
      }
    }
    return false;
  }

  /** The largest rebalance timeout of the members: how long a join phase may wait. */
  rebalanceTimeout_ms(): number {
    let timeout_ms = 0;
    for (const member of this.members.values()) timeout_ms = Math.max(timeout_ms, member.rebalanceTimeout_ms);
    return timeout_ms;
  }

  /** What the leader gets in its JoinGroup response: every member with its metadata for the selected protocol. */
  currentMemberMetadata(): JoinGroupMember[] {
    const protocolName = this.protocolName;
    assert(protocolName !== null, () => `group ${this.groupId} has no selected protocol`);
    return [...this.members.values()].map((member) => ({
      memberId: member.memberId,
      groupInstanceId: member.groupInstanceId,
      metadata: member.metadata(protocolName),
    }));
  }

  /** Ends a join phase: a new generation, CompletingRebalance if anyone is left, else Empty. */
  initNextGeneration(): void {
    assert(
      this.state === 'PreparingRebalance',
      () => `group ${this.groupId} ends a join phase in ${this.state}`,
    );
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo('CompletingRebalance');
    } else {
      this.protocolName = null;
      this.transitionTo('Empty');
    }
    this.pendingSyncMembers.clear();
  }

  /** Stops every timer of the group and its members (deletion, shutdown). */
  cancelTimers(): void {
    for (const timer of [this.joinTimer, this.syncTimer, this.emptyTimer]) timer?.cancel();
    this.joinTimer = null;
    this.syncTimer = null;
    this.emptyTimer = null;
    for (const timer of this.pendingMembers.values()) timer.cancel();
    this.pendingMembers.clear();
    for (const member of this.members.values()) {
      member.heartbeatTimer?.cancel();
      member.heartbeatTimer = null;
    }
  }

  snapshot(): GroupSnapshot {
    return {
      groupId: this.groupId,
      state: this.state,
      generationId: this.generationId,
      protocolType: this.protocolType,
      protocolName: this.protocolName,
      leaderId: this.leaderId,
      members: [...this.members.values()].map((member) => ({
        memberId: member.memberId,
        groupInstanceId: member.groupInstanceId,
        generationId: member.generationId,
        isNew: member.isNew,
        awaitingJoin: member.awaitingJoin !== null,
        awaitingSync: member.awaitingSync !== null,
        pendingSync: this.pendingSyncMembers.has(member.memberId),
      })),
      pendingMemberIds: [...this.pendingMembers.keys()],
      committedOffsets: this.offsets.size,
    };
  }

  /** Crashes loudly if the bookkeeping disagrees with itself (TigerStyle). O(members x protocols). */
  checkInvariants(): void {
    const where = () => `group ${this.groupId} (${this.state}, generation ${this.generationId})`;
    let awaiting = 0;
    const counts = new Map<string, number>();
    for (const [memberId, member] of this.members) {
      assert(
        member.memberId === memberId,
        () => `${where()}: member ${member.memberId} filed under ${memberId}`,
      );
      if (member.awaitingJoin !== null) awaiting++;
      for (const protocol of member.protocols) {
        counts.set(protocol.name, (counts.get(protocol.name) ?? 0) + 1);
      }
      if (member.groupInstanceId !== null) {
        assert(
          this.staticMembers.get(member.groupInstanceId) === memberId,
          () => `${where()}: instance ${member.groupInstanceId} does not map to its member ${memberId}`,
        );
      }
      assert(!this.pendingMembers.has(memberId), () => `${where()}: ${memberId} is both member and pending`);
    }
    assert(
      awaiting === this.#numAwaitingJoin,
      () => `${where()}: ${awaiting} members await join, count says ${this.#numAwaitingJoin}`,
    );
    for (const [name, count] of this.#supportedProtocols) {
      assert(
        counts.get(name) === count,
        () => `${where()}: protocol ${name} counted ${count}, really ${counts.get(name)}`,
      );
    }
    assert(counts.size === this.#supportedProtocols.size, () => `${where()}: protocol counts out of date`);
    for (const memberId of this.staticMembers.values()) {
      assert(this.members.has(memberId), () => `${where()}: static member ${memberId} is not a member`);
    }
    for (const memberId of this.pendingSyncMembers) {
      assert(this.members.has(memberId), () => `${where()}: pending sync member ${memberId} is not a member`);
    }
    if (this.members.size > 0) {
      assert(
        this.leaderId !== null && this.members.has(this.leaderId),
        () => `${where()}: leader ${this.leaderId} is not a member`,
      );
    } else {
      assert(this.leaderId === null, () => `${where()}: leader ${this.leaderId} of a group without members`);
    }
    assert(
      (this.joinTimer !== null) === (this.state === 'PreparingRebalance'),
      () => `${where()}: join timer out of step`,
    );
    if (this.syncTimer !== null) {
      assert(
        this.is('CompletingRebalance', 'Stable') && this.pendingSyncMembers.size > 0,
        () => `${where()}: sync timer without members to wait for`,
      );
    }
    if (this.is('Empty', 'Dead')) {
      assert(this.members.size === 0, () => `${where()}: has ${this.members.size} members`);
    }
    if (this.is('CompletingRebalance', 'Stable')) {
      const protocolName = this.protocolName;
      assert(protocolName !== null, () => `${where()}: no selected protocol`);
      assert(awaiting === 0, () => `${where()}: ${awaiting} members await a join phase that is over`);
      for (const member of this.members.values()) {
        assert(
          member.supports(protocolName),
          () => `${where()}: ${member.memberId} does not support ${protocolName}`,
        );
        assert(
          member.generationId === this.generationId,
          () => `${where()}: member ${member.memberId} is in generation ${member.generationId}`,
        );
        if (this.state === 'Stable') {
          assert(member.awaitingSync === null, () => `${where()}: ${member.memberId} awaits sync`);
        }
      }
    }
  }

  #countProtocols(member: Member, delta: 1 | -1): void {
    for (const protocol of member.protocols) {
      const count = (this.#supportedProtocols.get(protocol.name) ?? 0) + delta;
      assert(count >= 0, () => `group ${this.groupId}: protocol ${protocol.name} counted below zero`);
      if (count === 0) this.#supportedProtocols.delete(protocol.name);
      else this.#supportedProtocols.set(protocol.name, count);
    }
  }
}
