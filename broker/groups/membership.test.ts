// Specification of group membership: joins, syncs, heartbeats, leaves, timeouts, static members, shutdown.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from './error-codes.ts';
import { isSettled, joinAll, joinParams, protocol, setUp, syncAll } from './harness.ts';

const { NONE } = ErrorCode;

describe('group coordinator: membership', { timeout: 5_000 }, () => {
  it('a single member joins, syncs its own assignment and heartbeats in a Stable group', async () => {
    const h = setUp();
    const join = h.coordinator.joinGroup(joinParams());
    // A brand-new group waits initialRebalanceDelay_ms (300) for more members.
    h.time.advance(299);
    expect(await isSettled(join)).toBe(false);
    h.time.advance(1);
    const joined = await join;
    expect(joined).toMatchObject({
      errorCode: NONE,
      generationId: 1,
      protocolType: 'consumer',
      protocolName: 'range',
      memberId: 'client-uuid1',
      leader: 'client-uuid1',
    });
    expect(joined.members).toEqual([
      { memberId: 'client-uuid1', groupInstanceId: null, metadata: Buffer.from('range-metadata') },
    ]);

    const synced = await h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: joined.memberId,
      groupInstanceId: null,
      assignments: [{ memberId: joined.memberId, assignment: Buffer.from('p0,p1') }],
    });
    expect(synced).toEqual({
      errorCode: NONE,
      protocolType: 'consumer',
      protocolName: 'range',
      assignment: Buffer.from('p0,p1'),
    });
    expect(h.coordinator.describeGroups(['g'])[0]).toMatchObject({ state: 'Stable', protocolData: 'range' });

    const beat = { groupId: 'g', generationId: 1, memberId: joined.memberId, groupInstanceId: null };
    for (let i = 0; i < 10; i++) {
      h.time.advance(5_000); // half the session timeout, for longer than a session
      expect(h.coordinator.heartbeat(beat).errorCode).toBe(NONE);
    }
    expect(h.coordinator.heartbeat({ ...beat, generationId: 0 }).errorCode).toBe(
      ErrorCode.ILLEGAL_GENERATION,
    );
    expect(h.coordinator.heartbeat({ ...beat, memberId: 'stranger' }).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect(h.coordinator.stats()).toMatchObject({
      groupsByState: { Stable: 1 },
      members: 1,
      rebalancesStarted_total: 1,
      rebalancesCompleted_total: 1,
    });
  });

  it('three members joining at once get one generation, one leader, and each its own assignment', async () => {
    const h = setUp();
    const joined = await joinAll(h, 3);
    expect(new Set(joined.map((result) => result.generationId))).toEqual(new Set([1]));
    expect(new Set(joined.map((result) => result.leader)).size).toBe(1);
    const leader = joined.find((result) => result.memberId === result.leader)!;
    expect(leader.members.map((member) => member.memberId).sort()).toEqual(
      joined.map((result) => result.memberId).sort(),
    );
    for (const follower of joined.filter((result) => result !== leader)) expect(follower.members).toEqual([]);

    const synced = await syncAll(h, joined);
    synced.forEach((result, i) => {
      expect(result.errorCode).toBe(NONE);
      expect(result.assignment.toString()).toBe(`assignment:${joined[i].memberId}`);
    });
    expect(h.coordinator.snapshot()[0]).toMatchObject({ state: 'Stable', generationId: 1 });
  });

  it("a follower that syncs before the leader waits for the leader's assignment", async () => {
    const h = setUp();
    const [a, b] = await joinAll(h, 2);
    const [leader, follower] = a.memberId === a.leader ? [a, b] : [b, a];
    const followerSync = h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: follower.memberId,
      groupInstanceId: null,
      assignments: [],
    });
    // Waiting in SyncGroup keeps the follower alive without heartbeats (the leader heartbeats).
    for (let t = 0; t < 21_000; t += 3_000) {
      h.time.advance(3_000);
      h.coordinator.heartbeat({
        groupId: 'g',
        generationId: 1,
        memberId: leader.memberId,
        groupInstanceId: null,
      });
    }
    expect(await isSettled(followerSync)).toBe(false);

    const leaderSync = await h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: leader.memberId,
      groupInstanceId: null,
      assignments: [
        { memberId: leader.memberId, assignment: Buffer.from('L') },
        { memberId: follower.memberId, assignment: Buffer.from('F') },
      ],
    });
    expect(leaderSync.assignment.toString()).toBe('L');
    expect((await followerSync).assignment.toString()).toBe('F');
  });

  it('members the leader leaves out of its assignment get an empty one', async () => {
    const h = setUp();
    const [a, b] = await joinAll(h, 2);
    const [leader, follower] = a.memberId === a.leader ? [a, b] : [b, a];
    const followerSync = h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: follower.memberId,
      groupInstanceId: null,
      assignments: [],
    });
    await h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: leader.memberId,
      groupInstanceId: null,
      assignments: [{ memberId: 'made-up', assignment: Buffer.from('x') }],
    });
    expect(await followerSync).toMatchObject({ errorCode: NONE, assignment: Buffer.alloc(0) });
  });

  it('JoinGroup v4+: a new member first gets MEMBER_ID_REQUIRED with its id, then joins with it (KIP-394)', async () => {
    const h = setUp();
    const first = await h.coordinator.joinGroup(
      joinParams({ requireKnownMemberId: true, clientId: 'rdkafka' }),
    );
    expect(first).toMatchObject({
      errorCode: ErrorCode.MEMBER_ID_REQUIRED,
      memberId: 'rdkafka-uuid1',
      generationId: -1,
    });
    expect(h.coordinator.stats()).toMatchObject({ members: 0, pendingMembers: 1 });

    const second = h.coordinator.joinGroup(
      joinParams({ requireKnownMemberId: true, clientId: 'rdkafka', memberId: first.memberId }),
    );
    h.time.advance(300);
    expect(await second).toMatchObject({
      errorCode: NONE,
      memberId: 'rdkafka-uuid1',
      leader: 'rdkafka-uuid1',
    });
    expect(h.coordinator.stats()).toMatchObject({ members: 1, pendingMembers: 0 });
  });

  it('an unused MEMBER_ID_REQUIRED id expires after the session timeout and is then unknown', async () => {
    const h = setUp();
    const first = await h.coordinator.joinGroup(joinParams({ requireKnownMemberId: true }));
    h.time.advance(10_000);
    expect(h.coordinator.stats().pendingMembers).toBe(0);
    const late = await h.coordinator.joinGroup(
      joinParams({ requireKnownMemberId: true, memberId: first.memberId }),
    );
    expect(late.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('a member whose session expires is removed; the survivors rebalance into a new generation', async () => {
    const h = setUp();
    const joined = await joinAll(h, 3);
    await syncAll(h, joined);
    const [alive, alsoAlive, silent] = joined;
    const beat = (memberId: string, generationId: number) =>
      h.coordinator.heartbeat({ groupId: 'g', generationId, memberId, groupInstanceId: null }).errorCode;

    h.time.advance(6_000);
    expect(beat(alive.memberId, 1)).toBe(NONE);
    expect(beat(alsoAlive.memberId, 1)).toBe(NONE);
    h.time.advance(4_000); // the silent member's 10 s session is over
    expect(h.coordinator.stats().memberSessionExpirations_total).toBe(1);
    expect(beat(alive.memberId, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(beat(silent.memberId, 1)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);

    const rejoins = [alive, alsoAlive].map((member) =>
      h.coordinator.joinGroup(joinParams({ memberId: member.memberId })),
    );
    // Every remaining member rejoined: the join phase ends at once, no waiting for the timeout.
    const rejoined = await Promise.all(rejoins);
    expect(rejoined.map((result) => result.generationId)).toEqual([2, 2]);
    const leader = rejoined.find((result) => result.memberId === result.leader)!;
    expect(leader.members.map((member) => member.memberId).sort()).toEqual(
      [alive.memberId, alsoAlive.memberId].sort(),
    );
    const synced = await syncAll(h, rejoined);
    expect(synced.map((result) => result.errorCode)).toEqual([NONE, NONE]);
  });

  it('a member that does not rejoin within the rebalance timeout is removed from the new generation', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2);
    await syncAll(h, joined);
    const leader = joined.find((result) => result.memberId === result.leader)!;
    const follower = joined.find((result) => result !== leader)!;
    // The leader rejoining forces a rebalance; the follower keeps heartbeating but never rejoins.
    const rejoin = h.coordinator.joinGroup(joinParams({ memberId: leader.memberId }));
    for (let t = 0; t < 30_000; t += 3_000) {
      h.time.advance(3_000);
      const code = h.coordinator.heartbeat({
        groupId: 'g',
        generationId: 1,
        memberId: follower.memberId,
        groupInstanceId: null,
      }).errorCode;
      if (t + 3_000 < 30_000) expect(code).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    }
    const result = await rejoin;
    expect(result).toMatchObject({ errorCode: NONE, generationId: 2, leader: leader.memberId });
    expect(result.members.map((member) => member.memberId)).toEqual([leader.memberId]);
  });

  it('a member that never sends SyncGroup is removed after the rebalance timeout and the group rebalances', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2);
    const leader = joined.find((result) => result.memberId === result.leader)!;
    const follower = joined.find((result) => result !== leader)!;
    await h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: leader.memberId,
      groupInstanceId: null,
      assignments: [],
    });
    // Both heartbeat, so neither session expires; the follower just never asks for its assignment.
    const beat = (memberId: string) =>
      h.coordinator.heartbeat({ groupId: 'g', generationId: 1, memberId, groupInstanceId: null }).errorCode;
    for (let t = 3_000; t < 30_000; t += 3_000) {
      h.time.advance(3_000);
      expect([beat(leader.memberId), beat(follower.memberId)]).toEqual([NONE, NONE]);
    }
    h.time.advance(3_000); // 30 s (the rebalance timeout) after the join phase ended
    expect(beat(follower.memberId)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(beat(leader.memberId)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(h.coordinator.snapshot()[0].members.map((member) => member.memberId)).toEqual([leader.memberId]);
  });

  it('LeaveGroup removes the member and the others rebalance without it', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2);
    await syncAll(h, joined);
    const [stays, goes] = joined;
    const left = h.coordinator.leaveGroup({
      groupId: 'g',
      members: [{ memberId: goes.memberId, groupInstanceId: null }],
    });
    expect(left).toEqual({
      errorCode: NONE,
      members: [{ memberId: goes.memberId, groupInstanceId: null, errorCode: NONE }],
    });
    expect(
      h.coordinator.heartbeat({
        groupId: 'g',
        generationId: 1,
        memberId: stays.memberId,
        groupInstanceId: null,
      }).errorCode,
    ).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const rejoined = await h.coordinator.joinGroup(joinParams({ memberId: stays.memberId }));
    expect(rejoined).toMatchObject({ errorCode: NONE, generationId: 2, leader: stays.memberId });
    expect(rejoined.members.map((member) => member.memberId)).toEqual([stays.memberId]);
  });

  it('when the last member leaves, the group becomes Empty at once', async () => {
    const h = setUp();
    const [only] = await joinAll(h, 1);
    await syncAll(h, [only]);
    h.coordinator.leaveGroup({ groupId: 'g', members: [{ memberId: only.memberId, groupInstanceId: null }] });
    expect(h.coordinator.snapshot()[0]).toMatchObject({ state: 'Empty', generationId: 2, members: [] });
  });

  it('the initial rebalance delay collects late joiners, extended while members keep arriving', async () => {
    const h = setUp();
    const a = h.coordinator.joinGroup(joinParams({ clientId: 'a' }));
    h.time.advance(200);
    const b = h.coordinator.joinGroup(joinParams({ clientId: 'b' }));
    h.time.advance(250); // t=450: the first delay ended at 300 and was extended because b came
    const c = h.coordinator.joinGroup(joinParams({ clientId: 'c' }));
    h.time.advance(449); // t=899
    expect(await isSettled(a)).toBe(false);
    h.time.advance(1); // t=900: nobody new during the second extension
    const results = await Promise.all([a, b, c]);
    expect(results.map((result) => result.generationId)).toEqual([1, 1, 1]);
    expect(h.coordinator.stats().rebalancesStarted_total).toBe(1);
  });

  it('the initial delay never extends past the rebalance timeout', async () => {
    const h = setUp();
    const first = h.coordinator.joinGroup(joinParams({ rebalanceTimeout_ms: 1_000 }));
    let t = 0;
    for (; t < 5_000 && !(await isSettled(first)); t += 100) {
      h.coordinator.joinGroup(joinParams({ rebalanceTimeout_ms: 1_000 }));
      h.time.advance(100);
    }
    expect(t).toBe(1_000);
    expect((await first).errorCode).toBe(NONE);
  });

  it('a static member restarting with a new member id keeps its assignment, no rebalance, old id fenced (KIP-345)', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2, (i) => ({ groupInstanceId: `instance-${i}` }));
    await syncAll(h, joined);
    const [restarting, other] = joined;
    expect(restarting.memberId).toBe('instance-0-uuid1');
    const rebalancesBefore = h.coordinator.stats().rebalancesStarted_total;

    const back = await h.coordinator.joinGroup(joinParams({ clientId: 'c0', groupInstanceId: 'instance-0' }));
    expect(back).toMatchObject({
      errorCode: NONE,
      generationId: 1,
      memberId: 'instance-0-uuid3',
      members: [],
    });
    // Before JoinGroup v9 the old leader id is returned, so a restarted leader does not assign.
    expect(back.leader).toBe(restarting.leader);
    const synced = await h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: back.memberId,
      groupInstanceId: 'instance-0',
      assignments: [],
    });
    expect(synced.assignment.toString()).toBe(`assignment:${restarting.memberId}`);
    expect(h.coordinator.stats().rebalancesStarted_total).toBe(rebalancesBefore);
    expect(h.coordinator.snapshot()[0].state).toBe('Stable');

    const zombie = {
      groupId: 'g',
      generationId: 1,
      memberId: restarting.memberId,
      groupInstanceId: 'instance-0',
    };
    expect(h.coordinator.heartbeat(zombie).errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect((await h.coordinator.syncGroup({ ...zombie, assignments: [] })).errorCode).toBe(
      ErrorCode.FENCED_INSTANCE_ID,
    );
    const commit = await h.coordinator.commitOffsets({
      ...zombie,
      offsets: [{ topic: 't', partition: 0, offset: 5n, leaderEpoch: -1, metadata: null }],
    });
    expect(commit.results[0].errorCode).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(
      h.coordinator.heartbeat({
        groupId: 'g',
        generationId: 1,
        memberId: other.memberId,
        groupInstanceId: 'instance-1',
      }).errorCode,
    ).toBe(NONE);
  });

  it('a restarted static leader on JoinGroup v9+ is told it leads and to skip the assignment (KIP-814)', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2, (i) => ({ groupInstanceId: `instance-${i}` }));
    await syncAll(h, joined);
    const leader = joined.find((result) => result.memberId === result.leader)!;
    const instance = leader.memberId.startsWith('instance-0') ? 'instance-0' : 'instance-1';
    const back = await h.coordinator.joinGroup(
      joinParams({ groupInstanceId: instance, supportSkippingAssignment: true }),
    );
    expect(back).toMatchObject({
      errorCode: NONE,
      generationId: 1,
      skipAssignment: true,
      leader: back.memberId,
    });
    expect(back.members).toHaveLength(2);
  });

  it('a static member that changes the selected protocol on restart triggers a rebalance', async () => {
    const h = setUp();
    const joined = await joinAll(h, 1, () => ({
      groupInstanceId: 'solo',
      protocols: [protocol('range'), protocol('cooperative-sticky')],
    }));
    await syncAll(h, joined);
    const back = h.coordinator.joinGroup(
      joinParams({ groupInstanceId: 'solo', protocols: [protocol('cooperative-sticky'), protocol('range')] }),
    );
    const result = await back;
    expect(result).toMatchObject({ errorCode: NONE, generationId: 2, protocolName: 'cooperative-sticky' });
  });

  it('a static member away during a rebalance stays a member, and coming back costs no second rebalance', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2, (i) => ({
      groupInstanceId: `instance-${i}`,
      rebalanceTimeout_ms: 5_000,
    }));
    await syncAll(h, joined);
    const leader = joined.find((result) => result.memberId === result.leader)!;
    const away = joined.find((result) => result !== leader)!;
    const awayInstance = away.memberId.startsWith('instance-0') ? 'instance-0' : 'instance-1';
    const leaderInstance = awayInstance === 'instance-0' ? 'instance-1' : 'instance-0';

    // The leader rejoins (a rebalance) while the other static member is restarting.
    const rejoin = h.coordinator.joinGroup(
      joinParams({ memberId: leader.memberId, groupInstanceId: leaderInstance, rebalanceTimeout_ms: 5_000 }),
    );
    h.time.advance(5_000);
    const second = await rejoin;
    expect(second.generationId).toBe(2);
    // Unlike a dynamic member, it was not dropped for missing the join phase.
    expect(second.members.map((member) => member.memberId).sort()).toEqual(
      [leader.memberId, away.memberId].sort(),
    );
    await syncAll(h, [second]);

    h.time.advance(1_000);
    const back = await h.coordinator.joinGroup(
      joinParams({ groupInstanceId: awayInstance, rebalanceTimeout_ms: 5_000 }),
    );
    expect(back).toMatchObject({ errorCode: NONE, generationId: 2 });
    const synced = await h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 2,
      memberId: back.memberId,
      groupInstanceId: awayInstance,
      assignments: [],
    });
    expect(synced.assignment.toString()).toBe(`assignment:${away.memberId}`);
    expect(h.coordinator.stats().rebalancesStarted_total).toBe(2);
    // Past the pending-sync deadline of generation 2: the new member id synced, nobody is dropped.
    for (let t = 0; t < 6_000; t += 2_000) {
      h.time.advance(2_000);
      for (const [memberId, groupInstanceId] of [
        [second.memberId, leaderInstance],
        [back.memberId, awayInstance],
      ]) {
        expect(
          h.coordinator.heartbeat({ groupId: 'g', generationId: 2, memberId, groupInstanceId }).errorCode,
        ).toBe(NONE);
      }
    }
    expect(h.coordinator.snapshot()[0]).toMatchObject({ state: 'Stable', generationId: 2 });
  });

  it('cooperative rebalancing: a second rebalance right after the first completes normally', async () => {
    const h = setUp();
    const cooperative = { protocols: [protocol('cooperative-sticky')] };
    const first = await joinAll(h, 2, () => cooperative);
    await syncAll(h, first);
    // Cooperative clients rejoin at once after revoking what they lost in the first round.
    const second = await Promise.all(
      first.map((result) =>
        h.coordinator.joinGroup(joinParams({ memberId: result.memberId, ...cooperative })),
      ),
    );
    expect(second.map((result) => [result.errorCode, result.generationId])).toEqual([
      [NONE, 2],
      [NONE, 2],
    ]);
    const synced = await syncAll(h, second);
    expect(synced.map((result) => result.errorCode)).toEqual([NONE, NONE]);
    expect(h.coordinator.snapshot()[0]).toMatchObject({ state: 'Stable', generationId: 2 });
    expect(h.coordinator.stats().rebalancesCompleted_total).toBe(2);
  });

  it('selects the protocol all members support that most of them prefer', async () => {
    const h = setUp();
    const preferences = [
      ['cooperative-sticky', 'range'],
      ['cooperative-sticky', 'range'],
      ['range', 'cooperative-sticky', 'roundrobin'],
    ];
    const joined = await joinAll(h, 3, (i) => ({ protocols: preferences[i].map((name) => protocol(name)) }));
    expect(joined.map((result) => result.protocolName)).toEqual(Array(3).fill('cooperative-sticky'));
    const leader = joined.find((result) => result.memberId === result.leader)!;
    expect(leader.members[2].metadata.toString()).toBe('cooperative-sticky-metadata');
  });

  it('rejects a joiner that shares no protocol or protocol type with the group', async () => {
    const h = setUp();
    await joinAll(h, 1);
    const noSharedProtocol = await h.coordinator.joinGroup(
      joinParams({ protocols: [protocol('roundrobin')] }),
    );
    expect(noSharedProtocol.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const otherType = await h.coordinator.joinGroup(joinParams({ protocolType: 'connect' }));
    expect(otherType.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    const noProtocols = await h.coordinator.joinGroup(joinParams({ groupId: 'other', protocols: [] }));
    expect(noProtocols.errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    expect(h.coordinator.listGroups().groups.map((group) => group.groupId)).toEqual(['g']);
  });

  it('validates group id, session timeout and member id before anything else', async () => {
    const h = setUp();
    expect((await h.coordinator.joinGroup(joinParams({ groupId: '' }))).errorCode).toBe(
      ErrorCode.INVALID_GROUP_ID,
    );
    expect((await h.coordinator.joinGroup(joinParams({ sessionTimeout_ms: 999 }))).errorCode).toBe(
      ErrorCode.INVALID_SESSION_TIMEOUT,
    );
    expect((await h.coordinator.joinGroup(joinParams({ sessionTimeout_ms: 1_800_001 }))).errorCode).toBe(
      ErrorCode.INVALID_SESSION_TIMEOUT,
    );
    // A member id for a group this coordinator does not know is stale: start over.
    expect((await h.coordinator.joinGroup(joinParams({ memberId: 'old-id' }))).errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    expect(h.coordinator.listGroups().groups).toEqual([]);
  });

  it('refuses members beyond maxMembersPerGroup with GROUP_MAX_SIZE_REACHED', async () => {
    const h = setUp({ maxMembersPerGroup: 2 });
    const joined = await joinAll(h, 2);
    await syncAll(h, joined);
    const third = await h.coordinator.joinGroup(joinParams());
    expect(third).toMatchObject({ errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED, memberId: '' });
    // Its own members can still rejoin a full group.
    const rejoin = h.coordinator.joinGroup(joinParams({ memberId: joined[0].memberId }));
    h.coordinator.joinGroup(joinParams({ memberId: joined[1].memberId }));
    expect((await rejoin).generationId).toBe(2);
  });

  it('LeaveGroup v3+: removal by instance id, fencing of a stale member id, unknown members', async () => {
    const h = setUp();
    const joined = await joinAll(h, 3, (i) => ({ groupInstanceId: `instance-${i}` }));
    await syncAll(h, joined);
    const left = h.coordinator.leaveGroup({
      groupId: 'g',
      members: [
        { memberId: '', groupInstanceId: 'instance-0' },
        { memberId: 'stale', groupInstanceId: 'instance-1' },
        { memberId: '', groupInstanceId: 'nobody' },
        { memberId: joined[2].memberId, groupInstanceId: null },
      ],
    });
    expect(left.members.map((member) => member.errorCode)).toEqual([
      NONE,
      ErrorCode.FENCED_INSTANCE_ID,
      ErrorCode.UNKNOWN_MEMBER_ID,
      NONE,
    ]);
    expect(h.coordinator.snapshot()[0].members.map((member) => member.groupInstanceId)).toEqual([
      'instance-1',
    ]);
    const unknownGroup = h.coordinator.leaveGroup({
      groupId: 'nope',
      members: [{ memberId: 'x', groupInstanceId: null }],
    });
    expect(unknownGroup.members[0].errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('ListGroups filters by state; DescribeGroups shows members, with metadata and assignment once Stable', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2);
    h.coordinator.joinGroup(joinParams({ groupId: 'forming' }));
    expect(h.coordinator.listGroups({ statesFilter: ['completingrebalance'] }).groups).toEqual([
      { groupId: 'g', protocolType: 'consumer', state: 'CompletingRebalance' },
    ]);
    expect(h.coordinator.describeGroups(['g'])[0].members[0].assignment).toEqual(Buffer.alloc(0));
    await syncAll(h, joined);
    expect(h.coordinator.listGroups().groups.map((group) => [group.groupId, group.state])).toEqual([
      ['forming', 'PreparingRebalance'],
      ['g', 'Stable'],
    ]);
    const [described, missing] = h.coordinator.describeGroups(['g', 'missing']);
    expect(described).toMatchObject({
      errorCode: NONE,
      state: 'Stable',
      protocolType: 'consumer',
      protocolData: 'range',
    });
    expect(described.members[0]).toEqual({
      memberId: joined[0].memberId,
      groupInstanceId: null,
      clientId: 'c0',
      clientHost: '/127.0.0.1',
      metadata: Buffer.from('range-metadata'),
      assignment: Buffer.from(`assignment:${joined[0].memberId}`),
    });
    expect(missing).toMatchObject({ errorCode: NONE, state: 'Dead', members: [] });
  });

  it('close() answers every waiting request with COORDINATOR_NOT_AVAILABLE and stops every timer', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2);
    const follower = joined.find((result) => result.memberId !== result.leader)!;
    const waitingSync = h.coordinator.syncGroup({
      groupId: 'g',
      generationId: 1,
      memberId: follower.memberId,
      groupInstanceId: null,
      assignments: [],
    });
    const waitingJoin = h.coordinator.joinGroup(joinParams({ groupId: 'other' }));
    h.store.mode = 'hold';
    const waitingCommit = h.coordinator.commitOffsets({
      groupId: 'simple',
      generationId: -1,
      memberId: '',
      groupInstanceId: null,
      offsets: [{ topic: 't', partition: 0, offset: 1n, leaderEpoch: -1, metadata: null }],
    });
    expect(h.coordinator.stats().pendingReplies).toBe(3);

    const closed = h.coordinator.close();
    expect((await waitingSync).errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect((await waitingJoin).errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect((await waitingCommit).results[0].errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect(h.time.pendingTimers).toBe(0);
    expect(h.coordinator.stats().pendingReplies).toBe(0);
    // close() settles once the store call it could not cancel has settled.
    expect(await isSettled(closed)).toBe(false);
    h.store.held[0].succeed();
    await closed;
    expect(
      h.coordinator.heartbeat({ groupId: 'g', generationId: 1, memberId: 'x', groupInstanceId: null })
        .errorCode,
    ).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect((await h.coordinator.joinGroup(joinParams())).errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  });
});
