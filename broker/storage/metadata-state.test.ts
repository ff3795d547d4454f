// Metadata state as a fold over log entries: reassignment requests, their cancellation, snapshots.
import { describe, expect, it } from 'vitest';
import { MetadataState, type MetaEntry } from './metadata-state.ts';

const topicId = 'a1b2c3d4-0000-4000-8000-000000000001';

/** A cluster of brokers 1 and 2 with a two-partition topic led by broker 1, controller epoch 1. */
function cluster(): MetadataState {
  const state = new MetadataState();
  const entries: MetaEntry[] = [
    { type: 'cluster-created', clusterId: 'c', at_ms: 0 },
    { type: 'node-incarnation', nodeId: 1, incarnation: 'i1', host: 'h', port: 1 },
    { type: 'node-incarnation', nodeId: 2, incarnation: 'i2', host: 'h', port: 2 },
    { type: 'controller-elected', nodeId: 1, incarnation: 'i1', epoch: 1 },
    { type: 'topic-created', name: 't', topicId, partitions: 2, configs: {}, leaders: [1, 1] },
  ];
  for (const entry of entries) state.apply(entry);
  return state;
}

const request = (partition: number, target: number, id: string): MetaEntry => ({
  type: 'reassignment-requested',
  topicId,
  partition,
  target,
  id,
});

describe('reassignment requests in the metadata state', () => {
  it('reassignment-cancelled removes every pending request of that partition and no other', () => {
    const state = cluster();
    state.apply(request(0, 2, 'r1'));
    state.apply(request(0, 2, 'r2'));
    state.apply(request(1, 2, 'r3'));
    state.apply({ type: 'reassignment-cancelled', topicId, partition: 0 });
    expect([...state.reassignments.keys()]).toEqual(['r3']);
  });

  it('deleting a topic drops its pending requests, its committed offsets and groups left empty', () => {
    const state = cluster();
    state.apply(request(0, 2, 'r1'));
    const committed = (topic: string) => ({
      topic,
      partition: 0,
      offset: 5,
      leaderEpoch: 0,
      metadata: null,
      commitTime_ms: 0,
    });
    state.apply({ type: 'offsets-committed', group: 'only-t', offsets: [committed('t')] });
    state.apply({ type: 'offsets-committed', group: 'both', offsets: [committed('t'), committed('u')] });
    state.apply({ type: 'topic-deleted', topicId });
    expect([...state.reassignments.keys()]).toEqual([]);
    expect([...state.groupOffsets.keys()]).toEqual(['both']);
    expect([...state.groupOffsets.get('both')!.values()].map((o) => o.topic)).toEqual(['u']);
  });

  it('reassignment-cancelled with nothing pending changes nothing', () => {
    const state = cluster();
    const before = state.toSnapshot();
    state.apply({ type: 'reassignment-cancelled', topicId, partition: 1 });
    expect(state.toSnapshot()).toEqual(before);
  });

  it('a request made after a cancellation is pending again', () => {
    const state = cluster();
    state.apply(request(0, 2, 'r1'));
    state.apply({ type: 'reassignment-cancelled', topicId, partition: 0 });
    state.apply(request(0, 2, 'r2'));
    expect([...state.reassignments]).toEqual([['r2', { topicId, partition: 0, target: 2 }]]);
  });

  it('a snapshot taken after a cancellation restores the same pending requests', () => {
    const state = cluster();
    state.apply(request(0, 2, 'r1'));
    state.apply(request(1, 2, 'r2'));
    state.apply({ type: 'reassignment-cancelled', topicId, partition: 1 });
    // Through JSON, as `meta/snapshot/<seq>` stores it.
    const restored = MetadataState.fromSnapshot(JSON.parse(JSON.stringify(state.toSnapshot())));
    expect([...restored.reassignments]).toEqual([['r1', { topicId, partition: 0, target: 2 }]]);
    expect(restored.toSnapshot()).toEqual(state.toSnapshot());
    // And the restored state keeps folding: cancelling the remaining one empties it.
    restored.apply({ type: 'reassignment-cancelled', topicId, partition: 0 });
    expect(restored.reassignments.size).toBe(0);
  });

  it('a leadership change of the partition clears its requests, as before', () => {
    const state = cluster();
    state.apply(request(0, 2, 'r1'));
    state.apply({
      type: 'leaders-changed',
      controllerEpoch: 1,
      changes: [{ topicId, partition: 0, leader: 2, leaderEpoch: 1, released: false }],
    });
    expect(state.reassignments.size).toBe(0);
    expect(state.leaders.get(`${topicId}:0`)).toEqual({
      leader: 2,
      leaderEpoch: 1,
      released: false,
      previous: 1,
    });
  });
});
