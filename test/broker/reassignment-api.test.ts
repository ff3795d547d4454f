// AlterPartitionReassignments and ListPartitionReassignments (KIP-455) move a partition's leadership between brokers.
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrokerContext, RequestInfo } from '../../broker/handlers/context.ts';
import {
  handleAlterPartitionReassignments,
  handleListPartitionReassignments,
} from '../../broker/handlers/reassignments.ts';
import { ZERO_UUID } from '../../broker/protocol/buffer.ts';
import { ErrorCode } from '../../broker/protocol/errors.ts';
import type { AlterPartitionReassignmentsResponse } from '../../broker/protocol/generated/alter-partition-reassignments.ts';
import { ApiKey } from '../../broker/protocol/generated/api-table.ts';
import type { ListPartitionReassignmentsResponse } from '../../broker/protocol/generated/list-partition-reassignments.ts';
import { newMetadataRequest } from '../../broker/protocol/generated/metadata.ts';
import { StorageEngine } from '../../broker/storage/engine.ts';
import { MetadataState, type MetaEntry } from '../../broker/storage/metadata-state.ts';
import { MemoryObjectStore } from '../../broker/storage/objectstore/memory.ts';
import { TestCluster } from '../helpers/cluster.ts';
import { sleep, waitFor } from '../helpers/wait.ts';
import { RawConnection } from './raw-client.ts';

/** Raw connections of the running test, closed after it even when it fails half-way. */
const connections: RawConnection[] = [];

afterEach(() => {
  for (const connection of connections.splice(0)) connection.close();
});

async function connectTo(port: number): Promise<RawConnection> {
  const connection = await RawConnection.open(port);
  connections.push(connection);
  return connection;
}

type Assignment = { readonly topic: string; readonly partition: number; readonly replicas: number[] | null };

/** One AlterPartitionReassignments v0; answers flattened to `topic-partition` -> result. */
async function alter(connection: RawConnection, assignments: readonly Assignment[]) {
  const byTopic = new Map<string, { partitionIndex: number; replicas: number[] | null }[]>();
  for (const a of assignments)
    byTopic.set(a.topic, [
      ...(byTopic.get(a.topic) ?? []),
      { partitionIndex: a.partition, replicas: a.replicas },
    ]);
  const response = await connection.request(ApiKey.AlterPartitionReassignments, 0, {
    timeoutMs: 10_000,
    topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
  });
  return flattenAlter(response);
}

function flattenAlter(response: AlterPartitionReassignmentsResponse) {
  expect(response.errorCode).toBe(ErrorCode.NONE);
  const results = new Map<string, { errorCode: number; errorMessage: string | null }>();
  for (const topic of response.responses)
    for (const p of topic.partitions)
      results.set(`${topic.name}-${p.partitionIndex}`, {
        errorCode: p.errorCode,
        errorMessage: p.errorMessage,
      });
  return results;
}

/** One ListPartitionReassignments v0; `topics` null asks for every ongoing reassignment. */
async function list(
  connection: RawConnection,
  topics: { name: string; partitionIndexes: number[] }[] | null = null,
): Promise<ListPartitionReassignmentsResponse> {
  const response = await connection.request(ApiKey.ListPartitionReassignments, 0, {
    timeoutMs: 10_000,
    topics,
  });
  expect(response.errorCode).toBe(ErrorCode.NONE);
  return response;
}

/** The leader of a partition as the Metadata API (v1) tells clients. */
async function metadataLeader(connection: RawConnection, topic: string, partition: number): Promise<number> {
  const response = await connection.request(ApiKey.Metadata, 1, {
    ...newMetadataRequest(),
    topics: [{ topicId: ZERO_UUID, name: topic }],
  });
  const found = response.topics.find((t) => t.name === topic)?.partitions[partition];
  if (!found) throw new Error(`Metadata does not list ${topic}-${partition}`);
  return found.leaderId;
}

describe('partition reassignment over the Kafka protocol, in a cluster of brokers', () => {
  it('moves a partition to the broker named, lists and cancels pending moves, and refuses what cannot be', async () => {
    const topic = 'reassigned';
    // Without balancing only the requests under test move partitions.
    const cluster = await TestCluster.start({ nodeIds: [1, 2, 3], args: ['--no-auto-balance'] });
    await cluster.createTopic(topic, 2);
    const view = await cluster.controllerView();
    const controller = view.controller!;
    const other = [1, 2, 3].find((id) => id !== controller)!;
    const from = view.partitions.find((p) => p.topic === topic && p.partition === 0)!.leader;
    const [to, elsewhere] = [1, 2, 3].filter((id) => id !== from);
    const ok = { errorCode: ErrorCode.NONE, errorMessage: null };
    const movingTo = (target: number) => [
      {
        name: topic,
        partitions: [
          { partitionIndex: 0, replicas: [target], addingReplicas: [target], removingReplicas: [from] },
        ],
      },
    ];

    // ApiVersions advertises both APIs, v0 only.
    const onController = await connectTo(cluster.broker(controller).port);
    const versions = await onController.request(ApiKey.ApiVersions, 3, {
      clientSoftwareName: 'raw-test',
      clientSoftwareVersion: '1',
    });
    for (const apiKey of [ApiKey.AlterPartitionReassignments, ApiKey.ListPartitionReassignments])
      expect(versions.apiKeys.find((k) => k.apiKey === apiKey)).toEqual({
        apiKey,
        minVersion: 0,
        maxVersion: 0,
      });

    // Pending requests are listed, replaced by newer ones and cancelled. The controller is paused
    // (well within its lease) so that it cannot carry them out first; any broker records requests.
    const onOther = await connectTo(cluster.broker(other).port);
    const paused = cluster.broker(controller).process;
    paused.signal('SIGSTOP');
    try {
      expect(
        (await alter(onOther, [{ topic, partition: 0, replicas: [elsewhere] }])).get(`${topic}-0`),
      ).toEqual(ok);
      expect((await list(onOther)).topics).toEqual(movingTo(elsewhere));
      // The newest request replaces the pending one, as in Kafka.
      expect((await alter(onOther, [{ topic, partition: 0, replicas: [to] }])).get(`${topic}-0`)).toEqual(ok);
      expect((await list(onOther)).topics).toEqual(movingTo(to));
      // Only the partitions asked about; unknown ones are left out, as in Kafka.
      expect((await list(onOther, [{ name: topic, partitionIndexes: [0, 1] }])).topics).toEqual(movingTo(to));
      expect(
        (
          await list(onOther, [
            { name: topic, partitionIndexes: [1] },
            { name: 'no-such-topic', partitionIndexes: [0] },
          ])
        ).topics,
      ).toEqual([]);
      // Asking for the broker that leads it now leaves nothing to do.
      expect((await alter(onOther, [{ topic, partition: 0, replicas: [from] }])).get(`${topic}-0`)).toEqual(
        ok,
      );
      expect((await list(onOther)).topics).toEqual([]);
      // Null replicas cancel.
      expect((await alter(onOther, [{ topic, partition: 0, replicas: [to] }])).get(`${topic}-0`)).toEqual(ok);
      expect((await list(onOther)).topics).toEqual(movingTo(to));
      expect((await alter(onOther, [{ topic, partition: 0, replicas: null }])).get(`${topic}-0`)).toEqual(ok);
      expect((await list(onOther)).topics).toEqual([]);
    } finally {
      paused.signal('SIGCONT');
    }
    // None of those moves happens once the controller reads them.
    await sleep(1000);
    expect(await cluster.leaderOf(topic, 0)).toBe(from);

    // The move itself: recorded at once, listed until the previous leader has handed it over.
    const requestedAt = Date.now();
    expect((await alter(onController, [{ topic, partition: 0, replicas: [to] }])).get(`${topic}-0`)).toEqual(
      ok,
    );
    const ongoing = (await list(onController)).topics;
    // The controller may have completed the move already.
    if (ongoing.length > 0) expect(ongoing).toEqual(movingTo(to));
    await waitFor(async () => (await metadataLeader(onController, topic, 0)) === to, {
      timeout_ms: 15_000,
      interval_ms: 100,
      what: `Metadata to name broker ${to} as the leader of ${topic}-0`,
    });
    const led_ms = Date.now() - requestedAt;
    const producer = new Kafka({ brokers: cluster.bootstrap(), logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    try {
      const [ack] = await producer.send({ topic, messages: [{ partition: 0, value: 'after the move' }] });
      expect(ack).toMatchObject({ partition: 0, errorCode: 0 });
    } finally {
      await producer.disconnect();
    }
    console.log(
      `${topic}-0 moved from broker ${from} to ${to}: ${ongoing.length > 0 ? 'listed as ongoing, ' : ''}` +
        `led by ${to} in Metadata ${led_ms} ms and acked there ${Date.now() - requestedAt} ms after the request`,
    );
    // Every broker stops listing it (each reads the metadata log every 100 ms).
    await waitFor(
      async () => (await list(onController)).topics.length === 0 && (await list(onOther)).topics.length === 0,
      { timeout_ms: 10_000, what: 'the completed move to leave ListPartitionReassignments' },
    );

    // Asking for the broker that leads the partition already is done at once, and leaves nothing pending.
    const noop = await alter(onOther, [{ topic, partition: 0, replicas: [to] }]);
    expect(noop.get(`${topic}-0`)?.errorCode).toBe(ErrorCode.NONE);
    expect((await list(onOther)).topics).toEqual([]);

    // What cannot be done, each partition answered on its own, in one request.
    const refused = await alter(onOther, [
      { topic, partition: 0, replicas: [1, 2] },
      { topic, partition: 1, replicas: [] },
      { topic: 'other-topic', partition: 0, replicas: [1] },
    ]);
    const more = await alter(onOther, [
      { topic, partition: 0, replicas: [99] },
      { topic, partition: 7, replicas: [1] },
      { topic, partition: 1, replicas: null },
    ]);
    expect(refused.get(`${topic}-0`)?.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(refused.get(`${topic}-0`)?.errorMessage).toMatch(
      /brokers hold no replicas.*exactly one broker id/,
    );
    expect(refused.get(`${topic}-1`)?.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(refused.get('other-topic-0')?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(more.get(`${topic}-0`)?.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(more.get(`${topic}-0`)?.errorMessage).toMatch(/broker 99 is not a live broker \(live: 1, 2, 3\)/);
    expect(more.get(`${topic}-7`)?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(more.get(`${topic}-1`)?.errorCode).toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
    // None of that moved anything.
    expect(await cluster.leaderOf(topic, 0)).toBe(to);
    expect((await list(onOther)).topics).toEqual([]);
    // The controller counts the one move it carried out, not the replaced or cancelled requests.
    const after = await cluster.controllerView();
    expect(after.controller).toBe(controller);
    expect(after.stats).toMatchObject({ reassignments_total: 1, balanceMoves_total: 0 });
  }, 60_000);
});

describe('partition reassignment on a broker outside a cluster', () => {
  it('accepts its own id as the only assignment and lists nothing', async () => {
    const logger = pino({ level: 'silent' });
    const engine = await StorageEngine.open(new MemoryObjectStore(), { nodeId: 5, logger });
    try {
      await engine.createTopic('alone', 1);
      const broker = {
        engine,
        logger,
        self: { nodeId: 5, host: '127.0.0.1', port: 9092 },
      } as Partial<BrokerContext> as BrokerContext;
      const request = { apiVersion: 0, broker } as Partial<RequestInfo> as RequestInfo;
      const answers = flattenAlter(
        await handleAlterPartitionReassignments(
          {
            timeoutMs: 1000,
            topics: [
              {
                name: 'alone',
                partitions: [
                  { partitionIndex: 0, replicas: [5] },
                  { partitionIndex: 1, replicas: [5] },
                ],
              },
              { name: 'elsewhere', partitions: [{ partitionIndex: 0, replicas: [6] }] },
            ],
          },
          request,
        ),
      );
      expect(answers.get('alone-0')).toEqual({ errorCode: ErrorCode.NONE, errorMessage: null });
      expect(answers.get('alone-1')?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(answers.get('elsewhere-0')?.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      const refused = flattenAlter(
        await handleAlterPartitionReassignments(
          {
            timeoutMs: 1000,
            topics: [
              {
                name: 'alone',
                partitions: [{ partitionIndex: 0, replicas: [6] }],
              },
            ],
          },
          request,
        ),
      );
      expect(refused.get('alone-0')?.errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
      expect(refused.get('alone-0')?.errorMessage).toMatch(/live: 5/);
      const cancel = flattenAlter(
        await handleAlterPartitionReassignments(
          {
            timeoutMs: 1000,
            topics: [{ name: 'alone', partitions: [{ partitionIndex: 0, replicas: null }] }],
          },
          request,
        ),
      );
      expect(cancel.get('alone-0')?.errorCode).toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
      expect(handleListPartitionReassignments({ timeoutMs: 1000, topics: null }, request).topics).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});

describe('ListPartitionReassignments during a move', () => {
  /** A request whose broker is a cluster member reading `state` (the handler reads nothing else). */
  const requestOn = (state: MetadataState): RequestInfo =>
    ({
      apiVersion: 0,
      broker: { engine: { clustered: true, meta: state }, cluster: {} },
    }) as unknown as RequestInfo;
  const topicId = 'a1b2c3d4-0000-4000-8000-000000000002';
  const listed = (state: MetadataState) =>
    handleListPartitionReassignments({ timeoutMs: 1000, topics: null }, requestOn(state)).topics;

  it('lists a move whose previous leader has not released the partition, until it does', () => {
    const state = new MetadataState();
    for (const entry of [
      { type: 'node-incarnation', nodeId: 1, incarnation: 'i1', host: 'h', port: 1 },
      { type: 'node-incarnation', nodeId: 2, incarnation: 'i2', host: 'h', port: 2 },
      { type: 'node-incarnation', nodeId: 3, incarnation: 'i3', host: 'h', port: 3 },
      { type: 'controller-elected', nodeId: 1, incarnation: 'i1', epoch: 1 },
      { type: 'topic-created', name: 't', topicId, partitions: 1, configs: {}, leaders: [1] },
      { type: 'reassignment-requested', topicId, partition: 0, target: 2, id: 'r1' },
    ] satisfies MetaEntry[])
      state.apply(entry);
    const moving = (to: number, from: number) => [
      {
        name: 't',
        partitions: [{ partitionIndex: 0, replicas: [to], addingReplicas: [to], removingReplicas: [from] }],
      },
    ];
    expect(listed(state)).toEqual(moving(2, 1));
    // The controller starts the move: the request is gone, the move is under way.
    state.apply({
      type: 'leaders-changed',
      controllerEpoch: 1,
      changes: [{ topicId, partition: 0, leader: 2, leaderEpoch: 1, released: false }],
    });
    expect(state.reassignments.size).toBe(0);
    expect(listed(state)).toEqual(moving(2, 1));
    // A request made meanwhile shows where the partition goes next.
    state.apply({ type: 'reassignment-requested', topicId, partition: 0, target: 3, id: 'r2' });
    expect(listed(state)).toEqual(moving(3, 2));
    state.apply({ type: 'reassignment-cancelled', topicId, partition: 0 });
    expect(listed(state)).toEqual(moving(2, 1));
    // The previous leader hands over: the move is complete.
    state.apply({ type: 'partition-released', topicId, partition: 0, leaderEpoch: 1 });
    expect(listed(state)).toEqual([]);
  });
});
