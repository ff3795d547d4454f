// The consumer group coordinator (classic protocol, Kafka's GroupCoordinator): joins, syncs, heartbeats, leaves, offsets.
import { randomUUID } from 'node:crypto';
import { assert } from '../../common/errors.ts';
import { type GroupCoordinatorConfig, resolveGroupCoordinatorConfig } from './config.ts';
import { ErrorCode } from './error-codes.ts';
import { dedupeProtocols, Group, Member } from './group.ts';
import { type OffsetStore, OffsetStoreError, type StoredOffset } from './offset-store.ts';
import { type Pending, PendingReplies } from './pending.ts';
import { systemTime, type TimeSource } from './time.ts';
import {
  type DeleteGroupResult,
  type DescribedGroup,
  type FetchedOffset,
  type GroupCoordinatorStats,
  type GroupProtocol,
  type GroupSnapshot,
  type GroupState,
  groupStates,
  type HeartbeatParams,
  type HeartbeatResult,
  type JoinGroupParams,
  type JoinGroupResult,
  type LeaveGroupParams,
  type LeaveGroupResult,
  type LeftMember,
  type ListGroupsParams,
  type ListGroupsResult,
  type OffsetCommitParams,
  type OffsetCommitResult,
  type OffsetFetchParams,
  type OffsetFetchResult,
  type PartitionResult,
  type SyncGroupParams,
  type SyncGroupResult,
  type TopicPartition,
} from './types.ts';

/** What the coordinator logs: membership changes and rebalances. pino's Logger fits. */
export interface GroupEventLog {
  info(fields: object, message: string): void;
}

export interface GroupCoordinatorOptions {
  /** Where commits become durable before they are acknowledged. */
  readonly offsetStore: OffsetStore;
  /** Defaults to the real clock; tests pass a FakeTime. */
  readonly time?: TimeSource;
  readonly config?: Partial<GroupCoordinatorConfig>;
  /** Generates the random part of member ids (`clientId-<uuid>`); defaults to crypto.randomUUID. */
  readonly uuid?: () => string;
  /** When given, commits to partitions it rejects get UNKNOWN_TOPIC_OR_PARTITION (Kafka checks the metadata cache). */
  readonly partitionExists?: (topic: string, partition: number) => boolean;
  readonly log?: GroupEventLog;
}

/** A JoinGroup after defaulting: deduplicated protocols, a rebalance timeout. */
interface JoinRequest extends JoinGroupParams {
  readonly protocols: readonly GroupProtocol[];
  readonly rebalanceTimeout_ms: number;
}

const noBytes = Buffer.alloc(0);
const silentLog: GroupEventLog = { info: () => {} };

function joinError(memberId: string, errorCode: number): JoinGroupResult {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    skipAssignment: false,
    memberId,
    members: [],
  };
}

function syncError(errorCode: number): SyncGroupResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: noBytes };
}

function commitError(offsets: readonly TopicPartition[], errorCode: number): OffsetCommitResult {
  return { results: offsets.map(({ topic, partition }) => ({ topic, partition, errorCode })) };
}

function noOffset(topic: string, partition: number, errorCode: number = ErrorCode.NONE): FetchedOffset {
  return { topic, partition, offset: -1n, leaderEpoch: -1, metadata: '', errorCode };
}

/** How a failed store call reaches the client (Kafka maps log append errors much the same way). */
function storeFailureCode(error: unknown): number {
  return error instanceof OffsetStoreError && error.failure === 'fenced'
    ? ErrorCode.NOT_COORDINATOR
    : ErrorCode.COORDINATOR_NOT_AVAILABLE;
}

/**
 * Kafka's classic group coordinator, in one process and without the __consumer_offsets log:
 * membership lives in memory, committed offsets in the injected OffsetStore. Every method answers
 * with Kafka error codes, never throws for a client's mistake, and every reply it owes is sent by
 * the protocol, a timeout, or close(). See README.md for the state machine and the deviations.
 */
export class GroupCoordinator {
  readonly config: GroupCoordinatorConfig;
  readonly #store: OffsetStore;
  readonly #time: TimeSource;
  readonly #uuid: () => string;
  readonly #partitionExists: ((topic: string, partition: number) => boolean) | undefined;
  readonly #log: GroupEventLog;
  readonly #groups = new Map<string, Group>();
  readonly #replies = new PendingReplies();
  /** Store calls in flight (commits and deletions), so close() can wait for them. */
  readonly #storeCalls = new Set<Promise<unknown>>();
  #closed = false;
  #rebalancesStarted_total = 0;
  #rebalancesCompleted_total = 0;
  #memberSessionExpirations_total = 0;
  #offsetCommits_total = 0;

  constructor(options: GroupCoordinatorOptions) {
    this.config = resolveGroupCoordinatorConfig(options.config);
    this.#store = options.offsetStore;
    this.#time = options.time ?? systemTime;
    this.#uuid = options.uuid ?? randomUUID;
    this.#partitionExists = options.partitionExists;
    this.#log = options.log ?? silentLog;
  }

  get closed(): boolean {
    return this.#closed;
  }

  // -------------------------------------------------------------------------------------------
  // JoinGroup

  /**
   * Resolves when the member's join phase completes (or at once for errors, MEMBER_ID_REQUIRED,
   * and rejoins that need no rebalance). Never rejects.
   */
  joinGroup(params: JoinGroupParams): Promise<JoinGroupResult> {
    const reply = this.#replies.create<JoinGroupResult>(() =>
      joinError(params.memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE),
    );
    this.#handleJoin(
      {
        ...params,
        protocols: dedupeProtocols(params.protocols),
        rebalanceTimeout_ms:
          params.rebalanceTimeout_ms < 0 ? params.sessionTimeout_ms : params.rebalanceTimeout_ms,
      },
      reply,
    );
    return reply.promise;
  }

  #handleJoin(request: JoinRequest, reply: Pending<JoinGroupResult>): void {
    const fail = (errorCode: number) => reply.resolve(joinError(request.memberId, errorCode));
    if (this.#closed) return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (request.groupId === '') return void fail(ErrorCode.INVALID_GROUP_ID);
    if (
      request.sessionTimeout_ms < this.config.minSessionTimeout_ms ||
      request.sessionTimeout_ms > this.config.maxSessionTimeout_ms
    ) {
      return void fail(ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    const isUnknownMember = request.memberId === '';
    let group = this.#groups.get(request.groupId);
    let created = false;
    if (group === undefined) {
      // Only a member without an id creates a group; a known id for an unknown group is stale.
      if (!isUnknownMember) return void fail(ErrorCode.UNKNOWN_MEMBER_ID);
      group = this.#createGroup(request.groupId);
      if (group === undefined) return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      created = true;
    }

    // A restarted static member counts as the member it replaces (Kafka counts it as a new one, so
    // a full group could not take back its own static members).
    const joiningId =
      isUnknownMember && request.groupInstanceId !== null
        ? (group.staticMembers.get(request.groupInstanceId) ?? '')
        : request.memberId;
    if (!this.#acceptJoiningMember(group, joiningId)) {
      // Kafka sheds the member: in a shrinking group the last ones to rejoin are the ones kept out.
      const member = group.members.get(joiningId);
      if (member !== undefined) {
        this.#removeMemberAndUpdateGroup(group, member, 'group is at its maximum size');
      }
      reply.resolve(joinError('', ErrorCode.GROUP_MAX_SIZE_REACHED));
    } else if (isUnknownMember) {
      this.#joinNewMember(group, request, reply);
    } else {
      this.#joinCurrentMember(group, request, reply);
    }
    if (group.state === 'PreparingRebalance') this.#tryCompleteJoin(group);
    this.#afterChange(group, created);
  }

  /** Kafka's acceptJoiningMember: bounds the group by maxMembersPerGroup. */
  #acceptJoiningMember(group: Group, memberId: string): boolean {
    const max = this.config.maxMembersPerGroup;
    switch (group.state) {
      case 'Empty':
      case 'Dead':
        return true;
      case 'PreparingRebalance':
        // Counting members that already rejoined keeps out the last to rejoin once the group is full.
        return (
          (group.has(memberId) && group.get(memberId).awaitingJoin !== null) || group.numAwaitingJoin < max
        );
      case 'CompletingRebalance':
      case 'Stable':
        return group.has(memberId) || group.size < max;
    }
  }

  #joinNewMember(group: Group, request: JoinRequest, reply: Pending<JoinGroupResult>): void {
    if (group.state === 'Dead') return void reply.resolve(joinError('', ErrorCode.COORDINATOR_NOT_AVAILABLE));
    const instanceId = request.groupInstanceId;
    const knownStaticId = instanceId === null ? undefined : group.staticMembers.get(instanceId);
    const knownStatic = knownStaticId === undefined ? null : group.get(knownStaticId);
    if (!group.supportsProtocols(request.protocolType, request.protocols, knownStatic)) {
      return void reply.resolve(joinError('', ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    }
    const newMemberId = `${instanceId ?? request.clientId}-${this.#uuid()}`;
    if (knownStatic !== null) {
      this.#replaceStaticMember(group, knownStatic, newMemberId, request, reply);
    } else if (instanceId === null && request.requireKnownMemberId) {
      // KIP-394: hand out the id first, so a client that times out and retries does not leave
      // defunct members behind; the id expires unless used within the session timeout.
      if (group.pendingMembers.size >= this.config.maxMembersPerGroup) {
        return void reply.resolve(joinError('', ErrorCode.GROUP_MAX_SIZE_REACHED));
      }
      this.#addPendingMember(group, newMemberId, request.sessionTimeout_ms);
      reply.resolve(joinError(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
    } else {
      this.#addMemberAndRebalance(group, newMemberId, request, reply);
    }
  }

  #joinCurrentMember(group: Group, request: JoinRequest, reply: Pending<JoinGroupResult>): void {
    const memberId = request.memberId;
    const fail = (errorCode: number) => reply.resolve(joinError(memberId, errorCode));
    if (group.state === 'Dead') return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const existing = group.members.get(memberId) ?? null;
    if (!group.supportsProtocols(request.protocolType, request.protocols, existing)) {
      return void fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    if (group.pendingMembers.has(memberId)) {
      // Kafka treats a static member here as an internal error; ids from MEMBER_ID_REQUIRED are
      // only handed to dynamic members, so tell this one to start over.
      if (request.groupInstanceId !== null) return void fail(ErrorCode.UNKNOWN_MEMBER_ID);
      return void this.#addMemberAndRebalance(group, memberId, request, reply);
    }
    const error = this.#validateCurrentMember(group, memberId, request.groupInstanceId);
    if (error !== ErrorCode.NONE) return void fail(error);
    const member = group.get(memberId);
    switch (group.state) {
      case 'PreparingRebalance':
        this.#updateMemberAndRebalance(group, member, request, reply, 'member rejoined');
        return;
      case 'CompletingRebalance':
        if (member.matches(request.protocols)) {
          // Same metadata: probably a retry after a lost JoinGroup response. Resend this generation.
          reply.resolve(this.#generationResult(group, member, group.isLeader(memberId)));
        } else {
          this.#updateMemberAndRebalance(group, member, request, reply, 'member changed its metadata');
        }
        return;
      case 'Stable':
        // A rejoining leader forces a rebalance: that is how a leader reacts to changes its
        // metadata does not show (for consumers: new partitions of subscribed topics).
        if (group.isLeader(memberId) || !member.matches(request.protocols)) {
          const why = group.isLeader(memberId) ? 'leader rejoined' : 'member changed its metadata';
          this.#updateMemberAndRebalance(group, member, request, reply, why);
        } else {
          reply.resolve(this.#generationResult(group, member, false));
        }
        return;
      case 'Empty':
        return void fail(ErrorCode.UNKNOWN_MEMBER_ID);
    }
  }

  #addMemberAndRebalance(
    group: Group,
    memberId: string,
    request: JoinRequest,
    reply: Pending<JoinGroupResult>,
  ): void {
    const member = new Member({ ...request, memberId });
    member.isNew = true;
    // Extends the initial rebalance delay of a brand-new group while members keep arriving.
    if (group.state === 'PreparingRebalance' && group.generationId === 0) group.newMemberAdded = true;
    group.add(member);
    group.setAwaitingJoin(member, reply);
    // A new member cannot heartbeat before it has joined; its join gets its own, long timeout, so
    // a client that gave up (and will retry with another id) does not stay in the group forever.
    this.#scheduleHeartbeat(group, member, this.config.newMemberJoinTimeout_ms);
    this.#log.info(
      {
        groupId: group.groupId,
        memberId,
        groupInstanceId: member.groupInstanceId,
        reason: request.reason ?? null,
      },
      'member joined group',
    );
    this.#maybePrepareRebalance(group, `member ${memberId} joined`);
  }

  #updateMemberAndRebalance(
    group: Group,
    member: Member,
    request: JoinRequest,
    reply: Pending<JoinGroupResult>,
    why: string,
  ): void {
    group.updateMember(member, request);
    // A client sends one JoinGroup at a time; one left over belongs to a request it gave up on.
    group
      .setAwaitingJoin(member, reply)
      ?.resolve(joinError(member.memberId, ErrorCode.REBALANCE_IN_PROGRESS));
    this.#maybePrepareRebalance(group, `${why}: ${member.memberId}`);
  }

  /** KIP-345: a static member restarted and joins without its old member id. */
  #replaceStaticMember(
    group: Group,
    member: Member,
    newMemberId: string,
    request: JoinRequest,
    reply: Pending<JoinGroupResult>,
  ): void {
    const oldMemberId = member.memberId;
    const previousLeader = group.leaderId;
    const owed = group.replaceStaticMember(member, newMemberId);
    // Whoever still waits under the old id is a zombie of the previous incarnation: fence it.
    owed.join?.resolve(joinError(oldMemberId, ErrorCode.FENCED_INSTANCE_ID));
    owed.sync?.resolve(syncError(ErrorCode.FENCED_INSTANCE_ID));
    group.updateMember(member, request);
    this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
    group.setAwaitingJoin(member, reply);
    this.#log.info(
      {
        groupId: group.groupId,
        groupInstanceId: member.groupInstanceId,
        oldMemberId,
        newMemberId,
        state: group.state,
      },
      'static member rejoined with a new member id',
    );
    switch (group.state) {
      case 'Stable': {
        // No rebalance as long as the group would keep its protocol: the member gets its old
        // assignment on SyncGroup. Like Kafka, changed metadata alone does not rebalance: a
        // restarted consumer's subscription bytes differ (owned partitions, generation) even when
        // nothing that matters changed.
        if (group.selectProtocol() !== group.protocolName) {
          this.#prepareRebalance(group, `static member ${newMemberId} changed the group's protocol`);
          return;
        }
        group.setAwaitingJoin(member, null);
        const isLeader = group.isLeader(newMemberId);
        if (request.supportSkippingAssignment === true) {
          // KIP-814 (JoinGroup v9+): the leader learns it leads, and not to run the assignor.
          reply.resolve({ ...this.#generationResult(group, member, isLeader), skipAssignment: isLeader });
        } else {
          // Older clients: name the previous leader id, so a restarted leader does not think it
          // leads and compute an assignment the Stable group would never distribute.
          reply.resolve({ ...this.#generationResult(group, member, false), leader: previousLeader ?? '' });
        }
        return;
      }
      case 'CompletingRebalance':
        // The leader may be assigning partitions to the old id; start over so the new id gets some.
        this.#prepareRebalance(
          group,
          `static member ${newMemberId} rejoined while the group completed a rebalance`,
        );
        return;
      case 'PreparingRebalance':
        return; // Answered when the join phase completes.
      case 'Empty':
      case 'Dead':
        assert(false, () => `group ${group.groupId} has static member ${oldMemberId} while ${group.state}`);
    }
  }

  #generationResult(group: Group, member: Member, withMembers: boolean): JoinGroupResult {
    return {
      errorCode: ErrorCode.NONE,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      skipAssignment: false,
      memberId: member.memberId,
      members: withMembers ? group.currentMemberMetadata() : [],
    };
  }

  #addPendingMember(group: Group, memberId: string, sessionTimeout_ms: number): void {
    const timer = this.#time.setTimer(sessionTimeout_ms, () => {
      if (group.pendingMembers.get(memberId) !== timer) return;
      this.#log.info({ groupId: group.groupId, memberId }, 'pending member id expired unused');
      this.#removePendingMember(group, memberId);
      this.#afterChange(group);
    });
    group.pendingMembers.set(memberId, timer);
  }

  #removePendingMember(group: Group, memberId: string): void {
    group.pendingMembers.get(memberId)?.cancel();
    group.pendingMembers.delete(memberId);
    if (group.state === 'PreparingRebalance') this.#tryCompleteJoin(group);
  }

  // -------------------------------------------------------------------------------------------
  // Rebalance: PreparingRebalance -> CompletingRebalance -> Stable

  #maybePrepareRebalance(group: Group, why: string): void {
    if (group.is('Stable', 'CompletingRebalance', 'Empty')) this.#prepareRebalance(group, why);
  }

  #prepareRebalance(group: Group, why: string): void {
    // Members waiting for an assignment of the generation being abandoned must rejoin.
    if (group.state === 'CompletingRebalance') {
      this.#propagateAssignment(group, ErrorCode.REBALANCE_IN_PROGRESS);
    }
    group.syncTimer?.cancel();
    group.syncTimer = null;
    group.emptyTimer?.cancel();
    group.emptyTimer = null;
    const fromEmpty = group.state === 'Empty';
    group.transitionTo('PreparingRebalance');
    this.#rebalancesStarted_total++;
    this.#log.info(
      { groupId: group.groupId, generationId: group.generationId, members: group.size, reason: why },
      'preparing to rebalance group',
    );
    const delay_ms = this.config.initialRebalanceDelay_ms;
    if (fromEmpty && delay_ms > 0) {
      this.#startInitialJoinDelay(group, delay_ms, Math.max(group.rebalanceTimeout_ms() - delay_ms, 0));
    } else {
      this.#startJoinTimer(group, group.rebalanceTimeout_ms());
      this.#tryCompleteJoin(group);
    }
  }

  /**
   * Kafka's InitialDelayedJoin: a new group waits `delay` for its members, then again (up to the
   * rebalance timeout in total) as long as new members arrived during the last wait.
   */
  #startInitialJoinDelay(group: Group, delay_ms: number, remaining_ms: number): void {
    group.joinIsInitialDelay = true;
    group.joinTimer = this.#time.setTimer(delay_ms, () => {
      group.joinTimer = null;
      if (group.newMemberAdded && remaining_ms !== 0) {
        group.newMemberAdded = false;
        const next_ms = Math.min(this.config.initialRebalanceDelay_ms, remaining_ms);
        this.#startInitialJoinDelay(group, next_ms, Math.max(remaining_ms - delay_ms, 0));
      } else {
        this.#completeJoin(group);
      }
      this.#afterChange(group);
    });
  }

  #startJoinTimer(group: Group, timeout_ms: number): void {
    group.joinIsInitialDelay = false;
    group.joinTimer = this.#time.setTimer(timeout_ms, () => {
      group.joinTimer = null;
      this.#completeJoin(group);
      this.#afterChange(group);
    });
  }

  /** Ends the join phase early once every member rejoined (never during the initial delay). */
  #tryCompleteJoin(group: Group): void {
    if (group.state !== 'PreparingRebalance' || group.joinIsInitialDelay || !group.hasAllMembersJoined()) {
      return;
    }
    group.joinTimer?.cancel();
    group.joinTimer = null;
    this.#completeJoin(group);
  }

  /** Kafka's onCompleteJoin. */
  #completeJoin(group: Group): void {
    assert(
      group.state === 'PreparingRebalance',
      () => `group ${group.groupId} completes a join phase in ${group.state}`,
    );
    group.joinTimer?.cancel();
    group.joinTimer = null;
    // Dynamic members that did not rejoin in time are gone; static ones stay until their session
    // times out (KIP-345), so a restart within the session timeout costs no second rebalance.
    for (const member of group.notYetRejoinedMembers()) {
      if (member.groupInstanceId === null) {
        this.#log.info(
          { groupId: group.groupId, memberId: member.memberId },
          'member did not rejoin in time',
        );
        this.#dropMember(group, member);
      }
    }
    if (!group.maybeElectNewJoinedLeader() && group.size > 0) {
      // Only static members that did not rejoin are left: wait for them, or for their sessions to end.
      this.#startJoinTimer(group, group.rebalanceTimeout_ms());
      return;
    }
    group.initNextGeneration();
    if (group.is('Empty')) {
      this.#log.info({ groupId: group.groupId, generationId: group.generationId }, 'group is now empty');
      return;
    }
    this.#log.info(
      {
        groupId: group.groupId,
        generationId: group.generationId,
        protocol: group.protocolName,
        members: group.size,
      },
      'group completed its join phase',
    );
    const leaderMetadata = group.currentMemberMetadata();
    for (const member of group.members.values()) {
      member.generationId = group.generationId;
      group.setAwaitingJoin(member, null)?.resolve({
        ...this.#generationResult(group, member, false),
        members: group.isLeader(member.memberId) ? leaderMetadata : [],
      });
      this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
      member.isNew = false;
      group.pendingSyncMembers.add(member.memberId);
    }
    // Members that never send SyncGroup must not hold the group in CompletingRebalance forever.
    const generationId = group.generationId;
    group.syncTimer = this.#time.setTimer(group.rebalanceTimeout_ms(), () => {
      group.syncTimer = null;
      this.#expirePendingSync(group, generationId);
      this.#afterChange(group);
    });
  }

  #expirePendingSync(group: Group, generationId: number): void {
    if (generationId !== group.generationId || !group.is('CompletingRebalance', 'Stable')) return;
    const late = [...group.pendingSyncMembers];
    this.#log.info(
      { groupId: group.groupId, generationId, members: late },
      'members did not send SyncGroup in time',
    );
    for (const memberId of late) {
      const member = group.members.get(memberId);
      if (member !== undefined) this.#dropMember(group, member);
    }
    this.#maybePrepareRebalance(group, 'members did not send SyncGroup in time');
  }

  #removePendingSyncMember(group: Group, memberId: string): void {
    group.pendingSyncMembers.delete(memberId);
    if (group.pendingSyncMembers.size === 0) {
      group.syncTimer?.cancel();
      group.syncTimer = null;
    }
  }

  /** Answers every waiting SyncGroup: with each member's assignment, or with `errorCode` (and no assignment). */
  #propagateAssignment(group: Group, errorCode: number): void {
    assert(
      group.state === 'CompletingRebalance',
      () => `group ${group.groupId} propagates in ${group.state}`,
    );
    const ok = errorCode === ErrorCode.NONE;
    for (const member of group.members.values()) {
      if (!ok) member.assignment = noBytes;
      const reply = member.awaitingSync;
      if (reply === null) continue;
      member.awaitingSync = null;
      reply.resolve({
        errorCode,
        protocolType: ok ? group.protocolType : null,
        protocolName: ok ? group.protocolName : null,
        assignment: member.assignment,
      });
      // Its session clock restarts now: while it waited, its heartbeats were not required.
      this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
    }
  }

  // -------------------------------------------------------------------------------------------
  // SyncGroup

  /** Resolves with this member's assignment once the leader sent the generation's assignments. Never rejects. */
  syncGroup(params: SyncGroupParams): Promise<SyncGroupResult> {
    const reply = this.#replies.create<SyncGroupResult>(() => syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE));
    this.#handleSync(params, reply);
    return reply.promise;
  }

  #handleSync(params: SyncGroupParams, reply: Pending<SyncGroupResult>): void {
    const fail = (errorCode: number) => reply.resolve(syncError(errorCode));
    if (this.#closed) return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (params.groupId === '') return void fail(ErrorCode.INVALID_GROUP_ID);
    const group = this.#groups.get(params.groupId);
    if (group === undefined) return void fail(ErrorCode.UNKNOWN_MEMBER_ID);
    if (group.state === 'Dead') return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const error = this.#validateCurrentMember(group, params.memberId, params.groupInstanceId);
    if (error !== ErrorCode.NONE) return void fail(error);
    if (params.generationId !== group.generationId) return void fail(ErrorCode.ILLEGAL_GENERATION);
    if (
      (params.protocolType != null && params.protocolType !== group.protocolType) ||
      (params.protocolName != null && params.protocolName !== group.protocolName)
    ) {
      return void fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    const member = group.get(params.memberId);
    switch (group.state) {
      case 'Empty':
        return void fail(ErrorCode.UNKNOWN_MEMBER_ID);
      case 'PreparingRebalance':
        return void fail(ErrorCode.REBALANCE_IN_PROGRESS);
      case 'CompletingRebalance': {
        const superseded = member.awaitingSync;
        member.awaitingSync = reply;
        superseded?.resolve(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
        this.#removePendingSyncMember(group, member.memberId);
        if (group.isLeader(member.memberId)) {
          // Members the leader left out get an empty assignment; ids it made up are ignored.
          const assignments = new Map(params.assignments.map((entry) => [entry.memberId, entry.assignment]));
          for (const each of group.members.values()) {
            each.assignment = assignments.get(each.memberId) ?? noBytes;
          }
          this.#propagateAssignment(group, ErrorCode.NONE);
          group.transitionTo('Stable');
          this.#rebalancesCompleted_total++;
          this.#log.info(
            { groupId: group.groupId, generationId: group.generationId, members: group.size },
            'group is stable: leader sent the assignment',
          );
        }
        this.#afterChange(group);
        return;
      }
      case 'Stable':
        this.#removePendingSyncMember(group, member.memberId);
        reply.resolve({
          errorCode: ErrorCode.NONE,
          protocolType: group.protocolType,
          protocolName: group.protocolName,
          assignment: member.assignment,
        });
        this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
        this.#afterChange(group);
        return;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Heartbeat and session timeouts

  heartbeat(params: HeartbeatParams): HeartbeatResult {
    return { errorCode: this.#heartbeat(params) };
  }

  #heartbeat(params: HeartbeatParams): number {
    if (this.#closed) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (params.groupId === '') return ErrorCode.INVALID_GROUP_ID;
    const group = this.#groups.get(params.groupId);
    if (group === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (group.state === 'Dead') return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    const error = this.#validateCurrentMember(group, params.memberId, params.groupInstanceId);
    if (error !== ErrorCode.NONE) return error;
    if (params.generationId !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    const member = group.get(params.memberId);
    switch (group.state) {
      case 'Empty':
        return ErrorCode.UNKNOWN_MEMBER_ID;
      case 'PreparingRebalance':
        // Keeps the member alive while it finishes its work, and tells it to rejoin.
        this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
        return ErrorCode.REBALANCE_IN_PROGRESS;
      case 'CompletingRebalance':
      case 'Stable':
        this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
        return ErrorCode.NONE;
    }
  }

  /** (Re)starts the member's session timer. */
  #scheduleHeartbeat(group: Group, member: Member, timeout_ms: number): void {
    member.heartbeatTimer?.cancel();
    const timer = this.#time.setTimer(timeout_ms, () => {
      if (member.heartbeatTimer !== timer) return;
      member.heartbeatTimer = null;
      this.#expireHeartbeat(group, member);
      this.#afterChange(group);
    });
    member.heartbeatTimer = timer;
  }

  /** Kafka's onExpireHeartbeat with MemberMetadata.hasSatisfiedHeartbeat. */
  #expireHeartbeat(group: Group, member: Member): void {
    if (group.state === 'Dead' || group.members.get(member.memberId) !== member) return;
    // A member waiting in a rebalance cannot heartbeat (its JoinGroup/SyncGroup is parked); the
    // rebalance and pending-sync timeouts bound that wait, and its session restarts after it.
    if (!member.isNew && (member.awaitingJoin !== null || member.awaitingSync !== null)) return;
    this.#memberSessionExpirations_total++;
    this.#log.info(
      { groupId: group.groupId, memberId: member.memberId, isNew: member.isNew },
      member.isNew ? 'new member did not complete its join in time' : 'member session timed out',
    );
    this.#removeMemberAndUpdateGroup(group, member, `member ${member.memberId} timed out`);
  }

  // -------------------------------------------------------------------------------------------
  // LeaveGroup

  /**
   * Removes members and rebalances the rest. Rules as Kafka: a member id alone removes that
   * member, static or not (static clients avoid sending LeaveGroup instead); an instance id with
   * an empty member id removes whoever holds the instance id (admin removal, KIP-345); an
   * instance id with another member id than its holder is FENCED_INSTANCE_ID.
   */
  leaveGroup(params: LeaveGroupParams): LeaveGroupResult {
    if (this.#closed) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, members: [] };
    if (params.groupId === '') return { errorCode: ErrorCode.INVALID_GROUP_ID, members: [] };
    const group = this.#groups.get(params.groupId);
    const result = (
      member: { memberId: string; groupInstanceId: string | null },
      errorCode: number,
    ): LeftMember => ({
      memberId: member.memberId,
      groupInstanceId: member.groupInstanceId,
      errorCode,
    });
    if (group === undefined) {
      return {
        errorCode: ErrorCode.NONE,
        members: params.members.map((member) => result(member, ErrorCode.UNKNOWN_MEMBER_ID)),
      };
    }
    if (group.state === 'Dead') return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, members: [] };
    const members = params.members.map((leaving) => {
      const log = { groupId: group.groupId, memberId: leaving.memberId, reason: leaving.reason ?? null };
      if (leaving.memberId === '') {
        const currentId =
          leaving.groupInstanceId === null ? undefined : group.staticMembers.get(leaving.groupInstanceId);
        if (currentId === undefined) return result(leaving, ErrorCode.UNKNOWN_MEMBER_ID);
        this.#log.info(
          { ...log, memberId: currentId, groupInstanceId: leaving.groupInstanceId },
          'static member removed',
        );
        this.#removeMemberAndUpdateGroup(group, group.get(currentId), `static member ${currentId} removed`);
        return result(leaving, ErrorCode.NONE);
      }
      if (group.pendingMembers.has(leaving.memberId)) {
        this.#removePendingMember(group, leaving.memberId);
        return result(leaving, ErrorCode.NONE);
      }
      const error = this.#validateCurrentMember(group, leaving.memberId, leaving.groupInstanceId);
      if (error !== ErrorCode.NONE) return result(leaving, error);
      this.#log.info(log, 'member left group');
      this.#removeMemberAndUpdateGroup(group, group.get(leaving.memberId), `member ${leaving.memberId} left`);
      return result(leaving, ErrorCode.NONE);
    });
    this.#afterChange(group);
    return { errorCode: ErrorCode.NONE, members };
  }

  /** Kafka's removeMemberAndUpdateGroup. */
  #removeMemberAndUpdateGroup(group: Group, member: Member, why: string): void {
    this.#dropMember(group, member);
    switch (group.state) {
      case 'Stable':
      case 'CompletingRebalance':
        this.#maybePrepareRebalance(group, why);
        return;
      case 'PreparingRebalance':
        this.#tryCompleteJoin(group);
        return;
      case 'Empty':
      case 'Dead':
        return;
    }
  }

  /** Takes a member out, answering whatever it waits for with UNKNOWN_MEMBER_ID so it starts over. */
  #dropMember(group: Group, member: Member): void {
    group.setAwaitingJoin(member, null)?.resolve(joinError('', ErrorCode.UNKNOWN_MEMBER_ID));
    const sync = member.awaitingSync;
    member.awaitingSync = null;
    sync?.resolve(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    member.heartbeatTimer?.cancel();
    member.heartbeatTimer = null;
    group.remove(member.memberId);
  }

  /** Kafka's validateCurrentMember: is this (member id, instance id) the group's current holder? */
  #validateCurrentMember(group: Group, memberId: string, groupInstanceId: string | null): number {
    if (groupInstanceId !== null) {
      const currentId = group.staticMembers.get(groupInstanceId);
      if (currentId === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (currentId !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
    }
    return group.has(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
  }

  // -------------------------------------------------------------------------------------------
  // OffsetCommit and OffsetFetch

  /**
   * Validates the committer, makes the offsets durable in the OffsetStore, then makes them
   * visible to OffsetFetch. Resolves with one error code per entry. Never rejects.
   */
  commitOffsets(params: OffsetCommitParams): Promise<OffsetCommitResult> {
    const reply = this.#replies.create<OffsetCommitResult>(() =>
      commitError(params.offsets, ErrorCode.COORDINATOR_NOT_AVAILABLE),
    );
    this.#handleCommit(params, reply);
    return reply.promise;
  }

  #handleCommit(params: OffsetCommitParams, reply: Pending<OffsetCommitResult>): void {
    const fail = (errorCode: number) => reply.resolve(commitError(params.offsets, errorCode));
    if (this.#closed) return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    let group = this.#groups.get(params.groupId);
    let created = false;
    if (group === undefined) {
      // Only a commit without group management (generation < 0) may create a group; anything else
      // comes from a generation this coordinator does not know.
      if (params.generationId >= 0) return void fail(ErrorCode.ILLEGAL_GENERATION);
      group = this.#createGroup(params.groupId);
      if (group === undefined) return void fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      created = true;
    }
    const error = this.#validateOffsetCommit(group, params);
    if (error !== ErrorCode.NONE) {
      fail(error);
    } else if (group.state === 'CompletingRebalance') {
      // A valid member that has its new generation but not its assignment yet: let it sync first.
      fail(ErrorCode.REBALANCE_IN_PROGRESS);
    } else {
      // During PreparingRebalance commits are still accepted: members commit what they processed
      // before rejoining, and learn of the rebalance from their heartbeats.
      const member = group.members.get(params.memberId);
      if (member !== undefined) this.#scheduleHeartbeat(group, member, member.sessionTimeout_ms);
      this.#storeOffsets(group, params, reply);
    }
    this.#afterChange(group, created);
  }

  /** Kafka's validateOffsetCommit (non-transactional). */
  #validateOffsetCommit(group: Group, params: OffsetCommitParams): number {
    if (group.state === 'Dead') return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (params.generationId >= 0 || params.memberId !== '' || params.groupInstanceId !== null) {
      const error = this.#validateCurrentMember(group, params.memberId, params.groupInstanceId);
      if (error !== ErrorCode.NONE) return error;
      return params.generationId === group.generationId ? ErrorCode.NONE : ErrorCode.ILLEGAL_GENERATION;
    }
    // A "simple" commit (no member, no generation) must not overwrite the offsets of a live group.
    return group.state === 'Empty' ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
  }

  #storeOffsets(group: Group, params: OffsetCommitParams, reply: Pending<OffsetCommitResult>): void {
    const results: PartitionResult[] = [];
    const accepted: { index: number; entry: StoredOffset }[] = [];
    for (const [index, entry] of params.offsets.entries()) {
      const { topic, partition } = entry;
      const metadata = entry.metadata ?? '';
      let errorCode: number = ErrorCode.NONE;
      if (Buffer.byteLength(metadata, 'utf8') > this.config.maxOffsetMetadata_bytes) {
        errorCode = ErrorCode.OFFSET_METADATA_TOO_LARGE;
      } else if (this.#partitionExists !== undefined && !this.#partitionExists(topic, partition)) {
        errorCode = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      } else {
        accepted.push({
          index,
          entry: { topic, partition, offset: entry.offset, leaderEpoch: entry.leaderEpoch, metadata },
        });
      }
      results.push({ topic, partition, errorCode });
    }
    if (accepted.length === 0) return void reply.resolve({ results });
    const setAccepted = (errorCode: number) => {
      for (const { index } of accepted) results[index] = { ...results[index], errorCode };
    };
    if (group.offsets.inFlightCommits >= this.config.maxInFlightCommitsPerGroup) {
      setAccepted(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      return void reply.resolve({ results });
    }

    const entries = accepted.map(({ entry }) => entry);
    let storeCall: Promise<void>;
    try {
      storeCall = this.#store.commit(group.groupId, entries);
    } catch (error) {
      storeCall = Promise.reject(error);
    }
    const settled = storeCall.then(
      () => ErrorCode.NONE as number,
      (error: unknown) => {
        this.#log.info({ groupId: group.groupId, error: String(error) }, 'offset commit failed in the store');
        return storeFailureCode(error);
      },
    );
    const commitSeq = group.offsets.begin(entries, settled);
    this.#trackStoreCall(settled);
    void settled.then((errorCode) => {
      group.offsets.end(entries, settled);
      if (this.#closed) return; // Already answered COORDINATOR_NOT_AVAILABLE by close().
      if (errorCode === ErrorCode.NONE) {
        group.offsets.apply(commitSeq, entries);
        this.#offsetCommits_total++;
      }
      setAccepted(errorCode);
      reply.resolve({ results });
      this.#afterChange(group);
    });
  }

  /**
   * The group's committed offsets, whatever its state (it may not use group management at all).
   * A group that does not exist has no offsets: -1 for every partition asked for.
   */
  fetchOffsets(params: OffsetFetchParams): OffsetFetchResult {
    if (this.#closed) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, offsets: [] };
    const group = this.#groups.get(params.groupId);
    if (group === undefined || group.state === 'Dead') {
      return {
        errorCode: ErrorCode.NONE,
        offsets: (params.partitions ?? []).map(({ topic, partition }) => noOffset(topic, partition)),
      };
    }
    const read = (topic: string, partition: number): FetchedOffset => {
      if (params.requireStable === true && group.offsets.isInFlight(topic, partition)) {
        return noOffset(topic, partition, ErrorCode.UNSTABLE_OFFSET_COMMIT);
      }
      const committed = group.offsets.get(topic, partition);
      if (committed === undefined) return noOffset(topic, partition);
      return {
        topic,
        partition,
        offset: committed.offset,
        leaderEpoch: committed.leaderEpoch,
        metadata: committed.metadata,
        errorCode: ErrorCode.NONE,
      };
    };
    const wanted = params.partitions ?? group.offsets.all();
    return {
      errorCode: ErrorCode.NONE,
      offsets: wanted.map(({ topic, partition }) => read(topic, partition)),
    };
  }

  /**
   * Loads offsets replayed from the store at start, before serving requests. Entries are applied in
   * order, later ones winning; the group is created Empty if needed (maxGroups does not apply: the
   * store is the truth).
   */
  restoreOffsets(groupId: string, entries: readonly StoredOffset[]): void {
    assert(!this.#closed, 'restoreOffsets after close');
    let group = this.#groups.get(groupId);
    if (group === undefined) {
      group = new Group(groupId);
      this.#groups.set(groupId, group);
    }
    group.offsets.restore(entries.map((entry) => ({ ...entry })));
    this.#afterChange(group);
  }

  /** Replays a group deletion found in the store: forgets the group's offsets (the group must be Empty). */
  restoreGroupDeletion(groupId: string): void {
    assert(!this.#closed, 'restoreGroupDeletion after close');
    const group = this.#groups.get(groupId);
    if (group === undefined) return;
    assert(group.state === 'Empty', () => `replayed deletion of group ${groupId}, which is ${group.state}`);
    group.offsets.clear();
    this.#afterChange(group);
  }

  // -------------------------------------------------------------------------------------------
  // ListGroups, DescribeGroups, DeleteGroups

  listGroups(params: ListGroupsParams = {}): ListGroupsResult {
    if (this.#closed) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, groups: [] };
    const wanted = new Set((params.statesFilter ?? []).map((state) => state.toLowerCase()));
    const groups = [...this.#groups.values()]
      .filter((group) => wanted.size === 0 || wanted.has(group.state.toLowerCase()))
      .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0))
      .map((group) => ({
        groupId: group.groupId,
        protocolType: group.protocolType ?? '',
        state: group.state,
      }));
    return { errorCode: ErrorCode.NONE, groups };
  }

  /** One entry per id, in order. Member metadata and assignments are only shown for Stable groups, as Kafka. */
  describeGroups(groupIds: readonly string[]): DescribedGroup[] {
    return groupIds.map((groupId) => {
      const empty: DescribedGroup = {
        errorCode: ErrorCode.NONE,
        groupId,
        state: 'Dead',
        protocolType: '',
        protocolData: '',
        members: [],
      };
      if (this.#closed) return { ...empty, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE };
      const group = this.#groups.get(groupId);
      if (group === undefined) return empty;
      const stable = group.state === 'Stable';
      const protocolName = group.protocolName ?? '';
      return {
        errorCode: ErrorCode.NONE,
        groupId,
        state: group.state,
        protocolType: group.protocolType ?? '',
        protocolData: stable ? protocolName : '',
        members: [...group.members.values()].map((member) => ({
          memberId: member.memberId,
          groupInstanceId: member.groupInstanceId,
          clientId: member.clientId,
          clientHost: member.clientHost,
          metadata: stable ? member.metadata(protocolName) : noBytes,
          assignment: stable ? member.assignment : noBytes,
        })),
      };
    });
  }

  /**
   * Deletes Empty groups and their offsets (NON_EMPTY_GROUP for groups with members,
   * GROUP_ID_NOT_FOUND for unknown ones). A group is Dead while its deletion reaches the store,
   * after any commit in flight; if the store fails, the group is Empty again. Never rejects.
   */
  deleteGroups(groupIds: readonly string[]): Promise<DeleteGroupResult[]> {
    const reply = this.#replies.create<DeleteGroupResult[]>(() =>
      groupIds.map((groupId) => ({ groupId, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE })),
    );
    const outcome = new Map<string, number | Promise<number>>();
    for (const groupId of new Set(groupIds)) {
      const group = this.#groups.get(groupId);
      if (this.#closed) outcome.set(groupId, ErrorCode.COORDINATOR_NOT_AVAILABLE);
      else if (group === undefined || group.state === 'Dead')
        outcome.set(groupId, ErrorCode.GROUP_ID_NOT_FOUND);
      else if (group.state !== 'Empty') outcome.set(groupId, ErrorCode.NON_EMPTY_GROUP);
      else outcome.set(groupId, this.#deleteGroup(group));
    }
    void Promise.all(
      [...outcome].map(async ([groupId, errorCode]) => [groupId, await errorCode] as const),
    ).then((settled) => {
      const codes = new Map(settled);
      reply.resolve(
        groupIds.map((groupId) => ({ groupId, errorCode: codes.get(groupId) ?? ErrorCode.NONE })),
      );
    });
    return reply.promise;
  }

  async #deleteGroup(group: Group): Promise<number> {
    group.transitionTo('Dead');
    group.cancelTimers();
    this.#log.info({ groupId: group.groupId }, 'deleting group');
    const call = (async () => {
      // Ordered after every commit already sent, so a replay cannot resurrect one of its offsets.
      await group.offsets.drain();
      await this.#store.deleteGroup(group.groupId);
    })();
    this.#trackStoreCall(call);
    try {
      await call;
    } catch (error) {
      this.#log.info({ groupId: group.groupId, error: String(error) }, 'group deletion failed in the store');
      if (!this.#closed) {
        group.transitionTo('Empty');
        this.#afterChange(group);
      }
      return storeFailureCode(error);
    }
    if (this.#groups.get(group.groupId) === group) this.#groups.delete(group.groupId);
    return ErrorCode.NONE;
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle, metrics, introspection

  /**
   * Stops the coordinator: every reply still owed is answered COORDINATOR_NOT_AVAILABLE at once,
   * every timer is cancelled, later calls answer COORDINATOR_NOT_AVAILABLE. The returned promise
   * settles when store calls already in flight have settled (their results are ignored), so the
   * caller can close the store after it.
   */
  async close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      for (const group of this.#groups.values()) group.cancelTimers();
      this.#groups.clear();
      this.#replies.closeAll();
    }
    await Promise.allSettled([...this.#storeCalls]);
  }

  stats(): GroupCoordinatorStats {
    const groupsByState = Object.fromEntries(groupStates.map((state) => [state, 0])) as Record<
      GroupState,
      number
    >;
    let members = 0;
    let pendingMembers = 0;
    for (const group of this.#groups.values()) {
      groupsByState[group.state]++;
      members += group.size;
      pendingMembers += group.pendingMembers.size;
    }
    return {
      groupsByState,
      members,
      pendingMembers,
      rebalancesStarted_total: this.#rebalancesStarted_total,
      rebalancesCompleted_total: this.#rebalancesCompleted_total,
      memberSessionExpirations_total: this.#memberSessionExpirations_total,
      offsetCommits_total: this.#offsetCommits_total,
      pendingReplies: this.#replies.size,
    };
  }

  /** Every group's internals, by group id. */
  snapshot(): GroupSnapshot[] {
    return [...this.#groups.values()]
      .sort((a, b) => (a.groupId < b.groupId ? -1 : 1))
      .map((group) => group.snapshot());
  }

  /** Runs every group's invariant checks (they also run after each change to a group). */
  checkInvariants(): void {
    for (const group of this.#groups.values()) group.checkInvariants();
  }

  #createGroup(groupId: string): Group | undefined {
    if (this.#groups.size >= this.config.maxGroups) {
      this.#log.info(
        { groupId, maxGroups: this.config.maxGroups },
        'refusing to create group: too many groups',
      );
      return undefined;
    }
    const group = new Group(groupId);
    this.#groups.set(groupId, group);
    return group;
  }

  #trackStoreCall(call: Promise<unknown>): void {
    const settled = call.then(
      () => {},
      () => {},
    );
    this.#storeCalls.add(settled);
    void settled.then(() => this.#storeCalls.delete(settled));
  }

  /** After every change: check invariants, and forget or schedule forgetting a group left with nothing. */
  #afterChange(group: Group, createdByThisCall = false): void {
    if (this.#closed || this.#groups.get(group.groupId) !== group) return;
    group.checkInvariants();
    const unused =
      group.state === 'Empty' &&
      group.size === 0 &&
      group.pendingMembers.size === 0 &&
      group.offsets.size === 0 &&
      group.offsets.inFlightCommits === 0;
    if (!unused) {
      group.emptyTimer?.cancel();
      group.emptyTimer = null;
    } else if (createdByThisCall) {
      // A request that created a group and then failed leaves nothing behind.
      this.#groups.delete(group.groupId);
    } else if (group.emptyTimer === null) {
      group.emptyTimer = this.#time.setTimer(this.config.emptyGroupRetention_ms, () => {
        group.emptyTimer = null;
        if (this.#groups.get(group.groupId) !== group) return;
        if (group.state === 'Empty' && group.size === 0 && group.pendingMembers.size === 0) {
          if (group.offsets.size === 0 && group.offsets.inFlightCommits === 0) {
            group.transitionTo('Dead');
            group.cancelTimers();
            this.#groups.delete(group.groupId);
            this.#log.info({ groupId: group.groupId }, 'forgot empty group');
          }
        }
      });
    }
  }
}
