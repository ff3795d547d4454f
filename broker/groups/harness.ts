// Test harness for the group coordinator: a fake clock, a controllable offset store, and request builders.

import type { GroupCoordinatorConfig } from './config.ts';
import { GroupCoordinator, type GroupCoordinatorOptions } from './coordinator.ts';
import { FakeTime } from './fake-time.ts';
import {
  type OffsetStore,
  OffsetStoreError,
  type OffsetStoreFailure,
  type StoredOffset,
} from './offset-store.ts';
import type { GroupProtocol, JoinGroupParams, JoinGroupResult, SyncGroupResult } from './types.ts';

interface HeldCall {
  readonly kind: 'commit' | 'deleteGroup';
  readonly groupId: string;
  readonly entries: readonly StoredOffset[];
  readonly succeed: () => void;
  readonly fail: (failure?: OffsetStoreFailure) => void;
}

/**
 * An OffsetStore whose answers the test decides: 'succeed' and 'fail' answer at once; 'hold'
 * keeps each call until the test settles it through `held`.
 */
export class ScriptedOffsetStore implements OffsetStore {
  mode: 'succeed' | 'fail' | 'hold' = 'succeed';
  failure: OffsetStoreFailure = 'unavailable';
  readonly held: HeldCall[] = [];
  /** Every call that succeeded, in order: what a replay of the store would see. */
  readonly log: { kind: 'commit' | 'deleteGroup'; groupId: string; entries: readonly StoredOffset[] }[] = [];

  commit(groupId: string, entries: readonly StoredOffset[]): Promise<void> {
    return this.#call('commit', groupId, entries);
  }

  deleteGroup(groupId: string): Promise<void> {
    return this.#call('deleteGroup', groupId, []);
  }

  #call(kind: 'commit' | 'deleteGroup', groupId: string, entries: readonly StoredOffset[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const succeed = () => {
        this.log.push({ kind, groupId, entries });
        resolve();
      };
      const fail = (failure: OffsetStoreFailure = this.failure) =>
        reject(new OffsetStoreError(failure, `scripted ${kind} failure for group ${groupId}`));
      if (this.mode === 'succeed') succeed();
      else if (this.mode === 'fail') fail();
      else this.held.push({ kind, groupId, entries, succeed, fail });
    });
  }
}

export interface Harness {
  readonly time: FakeTime;
  readonly store: ScriptedOffsetStore;
  readonly coordinator: GroupCoordinator;
}

export function setUp(
  config: Partial<GroupCoordinatorConfig> = {},
  options: Pick<GroupCoordinatorOptions, 'partitionExists' | 'log'> = {},
): Harness {
  const time = new FakeTime();
  const store = new ScriptedOffsetStore();
  let next = 0;
  const coordinator = new GroupCoordinator({
    offsetStore: store,
    time,
    config,
    uuid: () => `uuid${++next}`,
    ...options,
  });
  return { time, store, coordinator };
}

export function protocol(name: string, metadata = `${name}-metadata`): GroupProtocol {
  return { name, metadata: Buffer.from(metadata) };
}

/** A JoinGroup as a v3 consumer (no KIP-394 round trip) would send it, with the given changes. */
export function joinParams(changes: Partial<JoinGroupParams> = {}): JoinGroupParams {
  return {
    groupId: 'g',
    memberId: '',
    groupInstanceId: null,
    clientId: 'client',
    clientHost: '/127.0.0.1',
    protocolType: 'consumer',
    protocols: [protocol('range')],
    sessionTimeout_ms: 10_000,
    rebalanceTimeout_ms: 30_000,
    requireKnownMemberId: false,
    ...changes,
  };
}

/** Lets promise callbacks run (replies are resolved synchronously, observed a microtask later). */
export async function flush(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Whether the promise has settled by now, without waiting for it. */
export async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await flush();
  return settled;
}

/**
 * Joins `count` members at once and advances the clock until the join phase is over: a group in
 * CompletingRebalance. (Members joining during the initial delay extend it once more, as in Kafka.)
 */
export async function joinAll(
  harness: Harness,
  count: number,
  changes: (i: number) => Partial<JoinGroupParams> = () => ({}),
): Promise<JoinGroupResult[]> {
  const all = Promise.all(
    Array.from({ length: count }, (_, i) =>
      harness.coordinator.joinGroup(joinParams({ clientId: `c${i}`, ...changes(i) })),
    ),
  );
  await advanceUntilSettled(harness, all);
  return all;
}

/** Advances the fake clock in steps of `step_ms` until the promise settles; fails after `limit_ms`. */
export async function advanceUntilSettled(
  harness: Harness,
  promise: Promise<unknown>,
  step_ms = 100,
  limit_ms = 120_000,
): Promise<void> {
  for (let waited_ms = 0; !(await isSettled(promise)); waited_ms += step_ms) {
    if (waited_ms >= limit_ms) throw new Error(`still waiting after ${limit_ms} ms of fake time`);
    harness.time.advance(step_ms);
  }
}

/** Every member syncs, the leader assigning `assignment:<memberId>` to each: a Stable group. */
export async function syncAll(
  harness: Harness,
  joined: readonly JoinGroupResult[],
): Promise<SyncGroupResult[]> {
  const leader = joined.find((result) => result.memberId === result.leader);
  if (leader === undefined) throw new Error('no member of this generation is its leader');
  return Promise.all(
    joined.map((result) =>
      harness.coordinator.syncGroup({
        groupId: 'g',
        generationId: result.generationId,
        memberId: result.memberId,
        groupInstanceId: null,
        assignments:
          result === leader
            ? leader.members.map((member) => ({
                memberId: member.memberId,
                assignment: Buffer.from(`assignment:${member.memberId}`),
              }))
            : [],
      }),
    ),
  );
}
