// Specification of committed offsets and group deletion: who may commit, durability before success, fetch, delete.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from './error-codes.ts';
import { isSettled, joinAll, joinParams, setUp, syncAll } from './harness.ts';
import type { OffsetCommitEntry, OffsetCommitParams } from './types.ts';

const { NONE } = ErrorCode;

function entry(
  topic: string,
  partition: number,
  offset: bigint,
  metadata: string | null = null,
): OffsetCommitEntry {
  return { topic, partition, offset, leaderEpoch: 3, metadata };
}

/** A commit without group management (OffsetCommit v0, or a consumer using assign()). */
function simpleCommit(groupId: string, offsets: OffsetCommitEntry[]): OffsetCommitParams {
  return { groupId, generationId: -1, memberId: '', groupInstanceId: null, offsets };
}

describe('group coordinator: offsets', { timeout: 5_000 }, () => {
  it('a member of the current generation commits; a wrong generation or unknown member is refused', async () => {
    const h = setUp();
    const [member] = await joinAll(h, 1);
    await syncAll(h, [member]);
    const commit = (changes: Partial<OffsetCommitParams>) =>
      h.coordinator.commitOffsets({
        groupId: 'g',
        generationId: 1,
        memberId: member.memberId,
        groupInstanceId: null,
        offsets: [entry('t', 0, 42n)],
        ...changes,
      });
    expect((await commit({})).results).toEqual([{ topic: 't', partition: 0, errorCode: NONE }]);
    expect((await commit({ generationId: 0 })).results[0].errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect((await commit({ memberId: 'stranger' })).results[0].errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await commit({ groupInstanceId: 'not-mine' })).results[0].errorCode).toBe(
      ErrorCode.UNKNOWN_MEMBER_ID,
    );
    // A simple commit must not overwrite the offsets of a group that has members.
    expect(
      (await h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 1n)]))).results[0].errorCode,
    ).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    // A generation of a group this coordinator never saw is stale.
    expect((await commit({ groupId: 'elsewhere' })).results[0].errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(h.coordinator.fetchOffsets({ groupId: 'g', partitions: null }).offsets).toEqual([
      { topic: 't', partition: 0, offset: 42n, leaderEpoch: 3, metadata: '', errorCode: NONE },
    ]);
  });

  it('commits are refused while the member waits for its assignment and accepted while the group prepares to rebalance', async () => {
    const h = setUp();
    const joined = await joinAll(h, 2);
    const commit = (memberId: string, generationId: number) =>
      h.coordinator.commitOffsets({
        groupId: 'g',
        generationId,
        memberId,
        groupInstanceId: null,
        offsets: [entry('t', 0, 7n)],
      });
    expect((await commit(joined[0].memberId, 1)).results[0].errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    await syncAll(h, joined);
    h.coordinator.leaveGroup({
      groupId: 'g',
      members: [{ memberId: joined[1].memberId, groupInstanceId: null }],
    });
    expect(h.coordinator.snapshot()[0].state).toBe('PreparingRebalance');
    // Members commit what they processed before rejoining (eager protocol, onPartitionsRevoked).
    expect((await commit(joined[0].memberId, 1)).results[0].errorCode).toBe(NONE);
  });

  it('a simple commit to an unknown or Empty group creates it and keeps its offsets', async () => {
    const h = setUp();
    const result = await h.coordinator.commitOffsets(
      simpleCommit('tool', [entry('a', 0, 5n, 'm'), entry('a', 1, 6n)]),
    );
    expect(result.results.map((r) => r.errorCode)).toEqual([NONE, NONE]);
    expect(h.coordinator.listGroups().groups).toEqual([
      { groupId: 'tool', protocolType: '', state: 'Empty' },
    ]);
    expect(
      h.coordinator.fetchOffsets({
        groupId: 'tool',
        partitions: [
          { topic: 'a', partition: 1 },
          { topic: 'a', partition: 0 },
          { topic: 'b', partition: 0 },
        ],
      }).offsets,
    ).toEqual([
      { topic: 'a', partition: 1, offset: 6n, leaderEpoch: 3, metadata: '', errorCode: NONE },
      { topic: 'a', partition: 0, offset: 5n, leaderEpoch: 3, metadata: 'm', errorCode: NONE },
      { topic: 'b', partition: 0, offset: -1n, leaderEpoch: -1, metadata: '', errorCode: NONE },
    ]);
    // An Empty group with offsets is never forgotten (retention is not implemented).
    h.time.advance(24 * 3_600_000);
    expect(h.coordinator.listGroups().groups).toHaveLength(1);
    expect(h.store.log).toEqual([
      {
        kind: 'commit',
        groupId: 'tool',
        entries: [
          { topic: 'a', partition: 0, offset: 5n, leaderEpoch: 3, metadata: 'm' },
          { topic: 'a', partition: 1, offset: 6n, leaderEpoch: 3, metadata: '' },
        ],
      },
    ]);
  });

  it('a commit succeeds only once the store has it; until then OffsetFetch shows the previous offset', async () => {
    const h = setUp();
    await h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 10n)]));
    h.store.mode = 'hold';
    const pending = h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 20n)]));
    expect(await isSettled(pending)).toBe(false);
    const fetch = (requireStable: boolean) =>
      h.coordinator.fetchOffsets({ groupId: 'g', partitions: [{ topic: 't', partition: 0 }], requireStable })
        .offsets[0];
    expect(fetch(false)).toMatchObject({ offset: 10n, errorCode: NONE });
    expect(fetch(true)).toMatchObject({ offset: -1n, errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT });
    h.store.held[0].succeed();
    expect((await pending).results[0].errorCode).toBe(NONE);
    expect(fetch(true)).toMatchObject({ offset: 20n, errorCode: NONE });
  });

  it('a commit the store fails returns an error code and is never visible', async () => {
    const h = setUp();
    await h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 10n)]));
    h.store.mode = 'fail';
    const unavailable = await h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 20n)]));
    expect(unavailable.results[0].errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    h.store.failure = 'fenced';
    const fenced = await h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 30n)]));
    expect(fenced.results[0].errorCode).toBe(ErrorCode.NOT_COORDINATOR);
    expect(h.coordinator.fetchOffsets({ groupId: 'g', partitions: null }).offsets).toEqual([
      { topic: 't', partition: 0, offset: 10n, leaderEpoch: 3, metadata: '', errorCode: NONE },
    ]);
    expect(h.coordinator.stats().offsetCommits_total).toBe(1);
  });

  it('a commit that finishes late never overwrites a later one', async () => {
    const h = setUp();
    h.store.mode = 'hold';
    const first = h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 1n)]));
    const second = h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 2n)]));
    h.store.held[1].succeed();
    h.store.held[0].succeed();
    await Promise.all([first, second]);
    expect(h.coordinator.fetchOffsets({ groupId: 'g', partitions: null }).offsets[0].offset).toBe(2n);
  });

  it('per-partition errors: metadata too large, unknown partition; the rest is committed', async () => {
    const h = setUp({}, { partitionExists: (topic, partition) => topic === 't' && partition < 2 });
    const result = await h.coordinator.commitOffsets(
      simpleCommit('g', [
        entry('t', 0, 1n, 'x'.repeat(4_097)),
        entry('t', 1, 1n, 'x'.repeat(4_096)),
        entry('t', 2, 1n),
      ]),
    );
    expect(result.results.map((r) => r.errorCode)).toEqual([
      ErrorCode.OFFSET_METADATA_TOO_LARGE,
      NONE,
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ]);
    expect(
      h.coordinator.fetchOffsets({ groupId: 'g', partitions: null }).offsets.map((o) => o.partition),
    ).toEqual([1]);
  });

  it('offsets replayed from the store at start are served, and a replayed deletion forgets them', () => {
    const h = setUp();
    h.coordinator.restoreOffsets('replayed', [
      { topic: 't', partition: 1, offset: 100n, leaderEpoch: 2, metadata: 'a' },
      { topic: 't', partition: 0, offset: 50n, leaderEpoch: 2, metadata: '' },
      { topic: 't', partition: 1, offset: 120n, leaderEpoch: 2, metadata: 'b' },
    ]);
    expect(
      h.coordinator
        .fetchOffsets({ groupId: 'replayed', partitions: null })
        .offsets.map((o) => [o.partition, o.offset]),
    ).toEqual([
      [0, 50n],
      [1, 120n],
    ]);
    h.coordinator.restoreGroupDeletion('replayed');
    expect(h.coordinator.fetchOffsets({ groupId: 'replayed', partitions: null }).offsets).toEqual([]);
  });

  it('OffsetFetch of an unknown group answers -1 for each partition asked and nothing for "all"', () => {
    const h = setUp();
    expect(
      h.coordinator.fetchOffsets({ groupId: 'nope', partitions: [{ topic: 't', partition: 3 }] }),
    ).toEqual({
      errorCode: NONE,
      offsets: [{ topic: 't', partition: 3, offset: -1n, leaderEpoch: -1, metadata: '', errorCode: NONE }],
    });
    expect(h.coordinator.fetchOffsets({ groupId: 'nope', partitions: null }).offsets).toEqual([]);
  });

  it('DeleteGroups deletes only Empty groups, with their offsets, durably', async () => {
    const h = setUp();
    await h.coordinator.commitOffsets(simpleCommit('idle', [entry('t', 0, 9n)]));
    const joined = await joinAll(h, 1);
    await syncAll(h, joined);
    const results = await h.coordinator.deleteGroups(['idle', 'g', 'missing', 'idle']);
    expect(results).toEqual([
      { groupId: 'idle', errorCode: NONE },
      { groupId: 'g', errorCode: ErrorCode.NON_EMPTY_GROUP },
      { groupId: 'missing', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
      { groupId: 'idle', errorCode: NONE },
    ]);
    expect(h.store.log.at(-1)).toEqual({ kind: 'deleteGroup', groupId: 'idle', entries: [] });
    expect(h.coordinator.fetchOffsets({ groupId: 'idle', partitions: null }).offsets).toEqual([]);
    expect(h.coordinator.listGroups().groups.map((group) => group.groupId)).toEqual(['g']);
    // Once its last member left, the group can be deleted.
    h.coordinator.leaveGroup({
      groupId: 'g',
      members: [{ memberId: joined[0].memberId, groupInstanceId: null }],
    });
    expect(await h.coordinator.deleteGroups(['g'])).toEqual([{ groupId: 'g', errorCode: NONE }]);
  });

  it('a deletion waits for commits in flight and is Dead meanwhile; if the store fails the group stays', async () => {
    const h = setUp();
    h.store.mode = 'hold';
    const commit = h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 1n)]));
    const deletion = h.coordinator.deleteGroups(['g']);
    expect(h.coordinator.describeGroups(['g'])[0].state).toBe('Dead');
    expect(
      (await h.coordinator.commitOffsets(simpleCommit('g', [entry('t', 0, 2n)]))).results[0].errorCode,
    ).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect((await h.coordinator.joinGroup(joinParams())).errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect(h.store.held.map((call) => call.kind)).toEqual(['commit']);
    h.store.held[0].succeed();
    await commit;
    await isSettled(deletion);
    expect(h.store.held.map((call) => call.kind)).toEqual(['commit', 'deleteGroup']);
    h.store.held[1].fail();
    expect(await deletion).toEqual([{ groupId: 'g', errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE }]);
    expect(h.coordinator.describeGroups(['g'])[0].state).toBe('Empty');
    expect(h.coordinator.fetchOffsets({ groupId: 'g', partitions: null }).offsets[0].offset).toBe(1n);
  });

  it('an Empty group without offsets is forgotten after emptyGroupRetention_ms', async () => {
    const h = setUp({ emptyGroupRetention_ms: 60_000 });
    const [only] = await joinAll(h, 1);
    await syncAll(h, [only]);
    h.coordinator.leaveGroup({ groupId: 'g', members: [{ memberId: only.memberId, groupInstanceId: null }] });
    expect(h.coordinator.listGroups().groups).toEqual([
      { groupId: 'g', protocolType: 'consumer', state: 'Empty' },
    ]);
    h.time.advance(59_999);
    expect(h.coordinator.listGroups().groups).toHaveLength(1);
    h.time.advance(1);
    expect(h.coordinator.listGroups().groups).toEqual([]);
    expect(h.time.pendingTimers).toBe(0);
  });
});
