// The coordinator's API in plain TypeScript: what request handlers pass in and get back, no wire types.

/** Kafka's classic group states, spelled as Kafka spells them in ListGroups and DescribeGroups. */
export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export const groupStates: readonly GroupState[] = [
  'Empty',
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
];

/** One protocol a member supports (for consumers: an assignor name and its subscription bytes). */
export interface GroupProtocol {
  readonly name: string;
  readonly metadata: Buffer;
}

// ---------------------------------------------------------------------------------------------
// JoinGroup (API 11)

export interface JoinGroupParams {
  readonly groupId: string;
  /** '' when the member does not have one yet. */
  readonly memberId: string;
  /** group.instance.id (KIP-345, JoinGroup v5+); null for dynamic members. */
  readonly groupInstanceId: string | null;
  /** From the request header; becomes the prefix of a generated member id. */
  readonly clientId: string;
  /** The client's address as the broker saw it, shown by DescribeGroups. */
  readonly clientHost: string;
  /** 'consumer' for consumers; every member of a group must use the same one. */
  readonly protocolType: string;
  /** In the member's order of preference. */
  readonly protocols: readonly GroupProtocol[];
  readonly sessionTimeout_ms: number;
  /** JoinGroup v0 has no rebalance timeout: pass -1 and the session timeout is used, as Kafka does. */
  readonly rebalanceTimeout_ms: number;
  /** True for JoinGroup v4+ (KIP-394): a new dynamic member first gets MEMBER_ID_REQUIRED and an id. */
  readonly requireKnownMemberId: boolean;
  /** True for JoinGroup v9+ (KIP-814): a static leader rejoining a Stable group is told to skip assignment. */
  readonly supportSkippingAssignment?: boolean;
  /** JoinGroup v8+; only logged. */
  readonly reason?: string | null;
}

export interface JoinGroupMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  /** The member's metadata for the selected protocol. */
  readonly metadata: Buffer;
}

export interface JoinGroupResult {
  readonly errorCode: number;
  /** -1 on error. */
  readonly generationId: number;
  readonly protocolType: string | null;
  /** The selected protocol; null on error (JoinGroup v0-6 encode it as ''). */
  readonly protocolName: string | null;
  /** The leader's member id; '' on error. */
  readonly leader: string;
  readonly skipAssignment: boolean;
  /** The member's id: the new one for MEMBER_ID_REQUIRED and first joins. */
  readonly memberId: string;
  /** Every member with its metadata, for the leader only; empty for followers. */
  readonly members: readonly JoinGroupMember[];
}

// ---------------------------------------------------------------------------------------------
// SyncGroup (API 14)

export interface SyncGroupAssignment {
  readonly memberId: string;
  readonly assignment: Buffer;
}

export interface SyncGroupParams {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  /** SyncGroup v3+. */
  readonly groupInstanceId: string | null;
  /** SyncGroup v5+; checked against the group's when given. */
  readonly protocolType?: string | null;
  /** SyncGroup v5+; checked against the group's when given. */
  readonly protocolName?: string | null;
  /** The leader's assignments; followers send none. */
  readonly assignments: readonly SyncGroupAssignment[];
}

export interface SyncGroupResult {
  readonly errorCode: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  /** This member's assignment; empty on error. */
  readonly assignment: Buffer;
}

// ---------------------------------------------------------------------------------------------
// Heartbeat (API 12)

export interface HeartbeatParams {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  /** Heartbeat v3+. */
  readonly groupInstanceId: string | null;
}

export interface HeartbeatResult {
  readonly errorCode: number;
}

// ---------------------------------------------------------------------------------------------
// LeaveGroup (API 13)

export interface LeavingMember {
  /** '' to remove a static member by its instance id alone (an administrative removal, KIP-345). */
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  /** LeaveGroup v5+; only logged. */
  readonly reason?: string | null;
}

export interface LeaveGroupParams {
  readonly groupId: string;
  /** v0-2: one entry with the request's member id and a null instance id; v3+: the request's batch. */
  readonly members: readonly LeavingMember[];
}

export interface LeftMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly errorCode: number;
}

export interface LeaveGroupResult {
  /** Errors about the whole request; per-member errors are in `members`. For v0-2 responses, report
   * this code if it is not NONE, else `members[0].errorCode` (as Kafka's LeaveGroupResponse does). */
  readonly errorCode: number;
  readonly members: readonly LeftMember[];
}

// ---------------------------------------------------------------------------------------------
// OffsetCommit (API 8) and OffsetFetch (API 9)

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export interface OffsetCommitEntry extends TopicPartition {
  readonly offset: bigint;
  /** -1 when unknown (OffsetCommit v0-5). */
  readonly leaderEpoch: number;
  readonly metadata: string | null;
}

export interface OffsetCommitParams {
  readonly groupId: string;
  /** -1 together with memberId '' for a "simple" commit (no group management; OffsetCommit v0). */
  readonly generationId: number;
  readonly memberId: string;
  /** OffsetCommit v7+. */
  readonly groupInstanceId: string | null;
  readonly offsets: readonly OffsetCommitEntry[];
}

export interface PartitionResult extends TopicPartition {
  readonly errorCode: number;
}

export interface OffsetCommitResult {
  /** One per entry of the request, in the request's order. */
  readonly results: readonly PartitionResult[];
}

export interface OffsetFetchParams {
  readonly groupId: string;
  /** null: every partition the group has an offset for. */
  readonly partitions: readonly TopicPartition[] | null;
  /** OffsetFetch v7+: a partition with a commit in flight answers UNSTABLE_OFFSET_COMMIT. */
  readonly requireStable?: boolean;
}

export interface FetchedOffset extends TopicPartition {
  /** -1n when the group has no offset for the partition. */
  readonly offset: bigint;
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly errorCode: number;
}

export interface OffsetFetchResult {
  /** The group-level error (OffsetFetch v2+). */
  readonly errorCode: number;
  readonly offsets: readonly FetchedOffset[];
}

// ---------------------------------------------------------------------------------------------
// ListGroups (API 16), DescribeGroups (API 15), DeleteGroups (API 42)

export interface ListGroupsParams {
  /** ListGroups v4+; case-insensitive; empty or absent: every state. */
  readonly statesFilter?: readonly string[];
}

export interface ListedGroup {
  readonly groupId: string;
  /** '' for groups that only hold offsets (simple consumers). */
  readonly protocolType: string;
  readonly state: GroupState;
}

export interface ListGroupsResult {
  readonly errorCode: number;
  readonly groups: readonly ListedGroup[];
}

export interface DescribedMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  /** Empty unless the group is Stable (as Kafka). */
  readonly metadata: Buffer;
  /** Empty unless the group is Stable (as Kafka). */
  readonly assignment: Buffer;
}

export interface DescribedGroup {
  readonly errorCode: number;
  readonly groupId: string;
  /** 'Dead' for a group that does not exist (as Kafka, DescribeGroups v0-5). */
  readonly state: GroupState;
  readonly protocolType: string;
  /** The selected protocol when Stable, else ''. */
  readonly protocolData: string;
  readonly members: readonly DescribedMember[];
}

export interface DeleteGroupResult {
  readonly groupId: string;
  readonly errorCode: number;
}

// ---------------------------------------------------------------------------------------------
// Metrics and introspection

export interface GroupCoordinatorStats {
  readonly groupsByState: Readonly<Record<GroupState, number>>;
  /** Members of all groups (pending KIP-394 member ids not counted). */
  readonly members: number;
  /** Member ids handed out with MEMBER_ID_REQUIRED and not used yet. */
  readonly pendingMembers: number;
  /** Join phases started (a group entered PreparingRebalance). */
  readonly rebalancesStarted_total: number;
  /** Rebalances finished (the leader's assignment was received and the group became Stable). */
  readonly rebalancesCompleted_total: number;
  /** Members removed because their session timed out (or, for a new member, its join did). */
  readonly memberSessionExpirations_total: number;
  /** OffsetCommit requests made durable. */
  readonly offsetCommits_total: number;
  /** Replies still owed (JoinGroup/SyncGroup waits, commits and deletions in flight). */
  readonly pendingReplies: number;
}

export interface MemberSnapshot {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly generationId: number;
  readonly isNew: boolean;
  readonly awaitingJoin: boolean;
  readonly awaitingSync: boolean;
  readonly pendingSync: boolean;
}

/** A read-only view of one group's internals, for tests, invariant checks and admin endpoints. */
export interface GroupSnapshot {
  readonly groupId: string;
  readonly state: GroupState;
  readonly generationId: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly leaderId: string | null;
  readonly members: readonly MemberSnapshot[];
  readonly pendingMemberIds: readonly string[];
  readonly committedOffsets: number;
}
