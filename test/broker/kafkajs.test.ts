// kafkajs against a real `longhaul broker` process: records, consumer groups with rebalances, admin.
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../helpers/broker.ts';
import { waitFor } from '../helpers/wait.ts';
import { incrementalAlterConfigs } from './raw-client.ts';

function client(broker: TestBroker, clientId = 'kafkajs-test'): Kafka {
  return new Kafka({
    clientId,
    brokers: [broker.bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 100, retries: 8 },
    connectionTimeout: 3000,
  });
}

const consumers: Consumer[] = [];
afterEach(async () => {
  await Promise.allSettled(consumers.splice(0).map((c) => c.disconnect()));
});

describe('kafkajs against the broker', () => {
  it('round-trips keys, values and headers, in order per key', async () => {
    const broker = await startTestBroker({ args: ['--default-partitions', '3'] });
    const kafka = client(broker);
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    const sent = Array.from({ length: 300 }, (_, i) => ({
      key: `key-${i % 7}`,
      value: `value-${i}`,
      headers: { seq: String(i), 'trace-id': `t${i}`, empty: '' },
    }));
    for (let i = 0; i < sent.length; i += 50) {
      await producer.send({ topic: 'records', acks: -1, messages: sent.slice(i, i + 50) });
    }
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'records-reader', maxWaitTimeInMs: 200 });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: 'records', fromBeginning: true });
    const received: { key: string; value: string; headers: Record<string, string>; partition: number }[] = [];
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
        received.push({
          key: message.key!.toString(),
          value: message.value!.toString(),
          headers,
          partition,
        });
      },
    });
    await waitFor(() => received.length >= sent.length, { timeout_ms: 20_000, what: '300 records' });
    expect(received).toHaveLength(sent.length);
    const byValue = new Map(received.map((r) => [r.value, r]));
    for (const original of sent) {
      const got = byValue.get(original.value);
      expect(got, original.value).toBeDefined();
      expect(got!.key).toBe(original.key);
      expect(got!.headers).toEqual(original.headers);
    }
    // One key, one partition; within a key, the order of sending.
    for (let k = 0; k < 7; k++) {
      const ofKey = received.filter((r) => r.key === `key-${k}`);
      expect(new Set(ofKey.map((r) => r.partition)).size).toBe(1);
      const seqs = ofKey.map((r) => Number(r.headers.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
  });

  it('a 3-member group on 6 partitions rebalances on leave and join, covers every partition, and its commits survive a restart', async () => {
    const broker = await startTestBroker();
    const kafka = client(broker);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 6 }] });
    const producer = kafka.producer();
    await producer.connect();
    let produced = 0;
    const produce = async (count: number): Promise<void> => {
      const messages = Array.from({ length: count }, () => {
        const i = produced++;
        return { key: `k${i}`, value: `v${i}`, partition: i % 6 };
      });
      await producer.send({ topic: 'orders', acks: -1, messages });
    };

    /** What each member saw, and the partitions it was given at its last join. */
    const seen = new Map<string, Set<string>>();
    const assignment = new Map<string, number[]>();
    const consumed = new Set<string>();
    const start = async (name: string): Promise<Consumer> => {
      const consumer = kafka.consumer({
        groupId: 'orders-group',
        sessionTimeout: 10_000,
        heartbeatInterval: 300,
        maxWaitTimeInMs: 200,
      });
      consumers.push(consumer);
      seen.set(name, new Set());
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        assignment.set(name, [...(event.payload.memberAssignment.orders ?? [])].sort());
      });
      await consumer.connect();
      await consumer.subscribe({ topic: 'orders', fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          const id = `${partition}:${message.offset}`;
          seen.get(name)!.add(id);
          consumed.add(id);
        },
      });
      return consumer;
    };
    /** Waits until exactly `members` hold every partition between them, each partition once. */
    const coveredBy = async (members: readonly string[]): Promise<void> => {
      await waitFor(
        () => {
          const held = members.flatMap((m) => assignment.get(m) ?? []);
          return (
            members.every((m) => (assignment.get(m) ?? []).length > 0) &&
            held.length === 6 &&
            new Set(held).size === 6
          );
        },
        { timeout_ms: 30_000, what: `partitions 0-5 split among ${members.join(', ')}` },
      );
    };
    const allConsumed = () =>
      waitFor(() => consumed.size === produced, { timeout_ms: 20_000, what: `${produced} records consumed` });

    await produce(120);
    const one = await start('one');
    await start('two');
    await start('three');
    await coveredBy(['one', 'two', 'three']);
    await allConsumed();

    // A member leaves: the other two take over its partitions.
    const leaving = consumers.find((c) => c === one)!;
    await leaving.disconnect();
    assignment.delete('one');
    await coveredBy(['two', 'three']);
    await produce(60);
    await allConsumed();

    // A member joins: the work is split three ways again.
    await start('four');
    await coveredBy(['two', 'three', 'four']);
    await produce(60);
    await allConsumed();
    expect(seen.get('four')!.size).toBeGreaterThan(0);

    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
    await producer.disconnect();
    const committed = async () =>
      (await admin.fetchOffsets({ groupId: 'orders-group', topics: ['orders'] }))[0].partitions
        .map((p) => ({ partition: p.partition, offset: p.offset }))
        .sort((a, b) => a.partition - b.partition);
    const expected = Array.from({ length: 6 }, (_, partition) => ({
      partition,
      offset: String(produced / 6),
    }));
    await waitFor(async () => JSON.stringify(await committed()) === JSON.stringify(expected), {
      what: 'committed offsets at the end of every partition',
    });
    await admin.disconnect();

    await broker.restart();
    const afterRestart = client(broker).admin();
    await afterRestart.connect();
    expect(
      (await afterRestart.fetchOffsets({ groupId: 'orders-group', topics: ['orders'] }))[0].partitions
        .map((p) => ({ partition: p.partition, offset: p.offset }))
        .sort((a, b) => a.partition - b.partition),
    ).toEqual(expected);
    await afterRestart.disconnect();

    // A member of the same group resumes after the committed offsets: it sees only new records.
    const resumed = client(broker).consumer({ groupId: 'orders-group', maxWaitTimeInMs: 200 });
    consumers.push(resumed);
    const resumedSeen: string[] = [];
    await resumed.connect();
    await resumed.subscribe({ topic: 'orders', fromBeginning: true });
    await resumed.run({
      eachMessage: async ({ partition, message }) => {
        resumedSeen.push(`${partition}:${message.offset}`);
      },
    });
    const newProducer = client(broker).producer();
    await newProducer.connect();
    await newProducer.send({
      topic: 'orders',
      messages: Array.from({ length: 6 }, (_, partition) => ({ value: 'after', partition })),
    });
    await newProducer.disconnect();
    await waitFor(() => resumedSeen.length >= 6, { timeout_ms: 20_000, what: 'the 6 new records' });
    expect(resumedSeen.sort()).toEqual(Array.from({ length: 6 }, (_, p) => `${p}:${produced / 6}`).sort());
  });

  it('serves the admin API: topics, partitions, configs, offsets, records, cluster and groups', async () => {
    const broker = await startTestBroker({ args: ['--no-auto-create-topics'] });
    const kafka = client(broker);
    const admin = kafka.admin();
    await admin.connect();

    // Topics.
    expect(
      await admin.createTopics({
        topics: [
          { topic: 'admin-a', numPartitions: 2, configEntries: [{ name: 'retention.ms', value: '3600000' }] },
          { topic: 'admin-b', numPartitions: 1 },
        ],
      }),
    ).toBe(true);
    expect(await admin.createTopics({ topics: [{ topic: 'admin-a', numPartitions: 2 }] })).toBe(false);
    expect((await admin.listTopics()).sort()).toEqual(['admin-a', 'admin-b']);
    await admin.createPartitions({ topicPartitions: [{ topic: 'admin-a', count: 4 }] });
    const metadata = await admin.fetchTopicMetadata({ topics: ['admin-a'] });
    expect(metadata.topics[0].partitions).toHaveLength(4);
    await admin.deleteTopics({ topics: ['admin-b'] });
    await waitFor(async () => !(await admin.listTopics()).includes('admin-b'), { what: 'admin-b deleted' });

    // Configs: describe, alter (AlterConfigs, what kafkajs sends), incremental alter (raw request).
    const describe = async (name: string) => {
      const result = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: 2, name: 'admin-a', configNames: [name] }],
      });
      return result.resources[0].configEntries.find((e) => e.configName === name);
    };
    expect((await describe('retention.ms'))?.configValue).toBe('3600000');
    expect((await describe('retention.bytes'))?.configValue).toBe('-1');
    expect((await describe('retention.bytes'))?.isDefault).toBe(true);
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        { type: 2, name: 'admin-a', configEntries: [{ name: 'retention.bytes', value: '1048576' }] },
      ],
    });
    expect((await describe('retention.bytes'))?.configValue).toBe('1048576');
    // AlterConfigs replaces the topic's whole set: retention.ms went back to its default.
    expect((await describe('retention.ms'))?.isDefault).toBe(true);
    const incremental = await incrementalAlterConfigs(broker.port, 'admin-a', [
      { name: 'retention.ms', operation: 'set', value: '7200000' },
      { name: 'retention.bytes', operation: 'delete' },
    ]);
    expect(incremental).toEqual({ errorCode: 0, errorMessage: null });
    expect((await describe('retention.ms'))?.configValue).toBe('7200000');
    expect((await describe('retention.bytes'))?.isDefault).toBe(true);
    const refused = await incrementalAlterConfigs(broker.port, 'admin-a', [
      { name: 'retention.ms', operation: 'set', value: 'soon' },
    ]);
    expect(refused.errorCode).toBe(40); // INVALID_CONFIG
    await expect(
      admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: 2, name: 'admin-a', configEntries: [{ name: 'no.such.config', value: '1' }] }],
      }),
    ).rejects.toMatchObject({ type: 'INVALID_CONFIG' });

    // Offsets: latest and earliest, by timestamp, and DeleteRecords.
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const early = 1_700_000_000_000;
    const late = early + 60_000;
    for (let i = 0; i < 5; i++) {
      await producer.send({
        topic: 'admin-a',
        messages: [{ value: `early-${i}`, partition: 0, timestamp: String(early + i) }],
      });
    }
    for (let i = 0; i < 5; i++) {
      await producer.send({
        topic: 'admin-a',
        messages: [{ value: `late-${i}`, partition: 0, timestamp: String(late + i) }],
      });
    }
    await producer.disconnect();
    const offsets = (await admin.fetchTopicOffsets('admin-a')).sort((a, b) => a.partition - b.partition);
    expect(offsets[0]).toMatchObject({ partition: 0, offset: '10', high: '10', low: '0' });
    expect(offsets[3]).toMatchObject({ partition: 3, offset: '0', low: '0' });
    const byTime = await admin.fetchTopicOffsetsByTimestamp('admin-a', late);
    expect(byTime.find((o) => o.partition === 0)?.offset).toBe('5');
    await admin.deleteTopicRecords({ topic: 'admin-a', partitions: [{ partition: 0, offset: '3' }] });
    const afterDelete = (await admin.fetchTopicOffsets('admin-a')).find((o) => o.partition === 0);
    expect(afterDelete).toMatchObject({ low: '3', high: '10' });

    // Cluster.
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([{ nodeId: 0, host: '127.0.0.1', port: broker.port }]);
    expect(cluster.controller).toBe(0);
    expect(cluster.clusterId).toMatch(/^[\w-]{22}$/);

    // Groups: list and describe a live group, then delete it once empty.
    const consumer = kafka.consumer({ groupId: 'admin-group', maxWaitTimeInMs: 200, heartbeatInterval: 300 });
    consumers.push(consumer);
    let got = 0;
    await consumer.connect();
    await consumer.subscribe({ topic: 'admin-a', fromBeginning: true });
    await consumer.run({
      eachMessage: async () => {
        got++;
      },
    });
    await waitFor(() => got === 7, { timeout_ms: 20_000, what: 'the 7 records after the log start' });
    const listed = await admin.listGroups();
    expect(listed.groups).toContainEqual({ groupId: 'admin-group', protocolType: 'consumer' });
    await waitFor(async () => (await admin.describeGroups(['admin-group'])).groups[0].state === 'Stable', {
      what: 'admin-group to be Stable',
    });
    const described = (await admin.describeGroups(['admin-group'])).groups[0];
    expect(described).toMatchObject({
      groupId: 'admin-group',
      protocolType: 'consumer',
      protocol: 'RoundRobinAssigner',
    });
    expect(described.members).toHaveLength(1);
    await consumer.disconnect();
    await waitFor(
      async () =>
        (await admin.fetchOffsets({ groupId: 'admin-group', topics: ['admin-a'] }))[0].partitions.find(
          (p) => p.partition === 0,
        )?.offset === '10',
      { what: 'admin-group committed offset 10 on partition 0' },
    );
    const deleted = await admin.deleteGroups(['admin-group']);
    expect(deleted).toEqual([{ groupId: 'admin-group', errorCode: 0 }]);
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain('admin-group');
    const gone = await admin.fetchOffsets({ groupId: 'admin-group', topics: ['admin-a'] });
    expect(gone[0].partitions.every((p) => p.offset === '-1')).toBe(true);
    await admin.disconnect();
  });
});
