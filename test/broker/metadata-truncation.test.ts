// The metadata log stays short in the store, and a broker paused past its truncation restarts instead of guessing.
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { afterEach, describe, expect, it } from 'vitest';
import { metaLogStartKey } from '../../broker/storage/metadata-log.ts';
import { FsObjectStore } from '../../broker/storage/objectstore/fs.ts';
import { TestCluster } from '../helpers/cluster.ts';
import { waitFor } from '../helpers/wait.ts';

const started: TestCluster[] = [];
afterEach(async () => {
  for (const cluster of started.splice(0)) {
    const dir = cluster.saveLogs();
    if (dir) console.log(`store and broker logs kept in ${dir}`);
    await cluster.killAll();
  }
});

const logSeqs = async (store: FsObjectStore): Promise<number[]> =>
  (await store.list('meta/log/')).map((key) => Number(key.slice('meta/log/'.length)));

const logStart = async (store: FsObjectStore): Promise<number> => {
  try {
    return (JSON.parse((await store.get(metaLogStartKey)).toString('utf8')) as { seq: number }).seq;
  } catch {
    return 0;
  }
};

describe('metadata log truncation in a cluster', () => {
  it('deletes the log below old snapshots; a broker paused past it exits 3 and comes back from a snapshot', async () => {
    // Small numbers so that the test sees several snapshots and truncations in seconds.
    const cluster = await TestCluster.start({
      nodeIds: [1, 2],
      env: {
        LONGHAUL_METADATA_SNAPSHOT_EVERY: '20',
        LONGHAUL_METADATA_LOG_GRACE: '1s',
        LONGHAUL_COMPACTION_INTERVAL: '300ms',
      },
    });
    started.push(cluster);
    const store = await FsObjectStore.open(fileURLToPath(cluster.dataUrl));
    const kafka = new Kafka({ brokers: cluster.bootstrap(), logLevel: logLevel.NOTHING });
    const topic = 'kept';
    await cluster.createTopic(topic, 2);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const sent = Array.from({ length: 200 }, (_, i) => `record-${i}`);
    for (let i = 0; i < sent.length; i += 20)
      await producer.send({ topic, acks: -1, messages: sent.slice(i, i + 20).map((value) => ({ value })) });
    await producer.disconnect();

    // Pause the broker that is not the controller, where it has read the log up to now.
    const view = await cluster.controllerView();
    const paused = view.brokers.find((b) => b.nodeId !== view.controller)!.nodeId;
    const positionAtPause = Math.max(...(await logSeqs(store)));
    cluster.pause(paused);

    // Metadata traffic while it sleeps: topics created and deleted, 2+ log objects each.
    const admin = kafka.admin();
    await admin.connect();
    for (let i = 0; i < 25; i++) {
      await admin.createTopics({ topics: [{ topic: `churn-${i}`, numPartitions: 1 }] });
      await admin.deleteTopics({ topics: [`churn-${i}`] });
    }
    await admin.disconnect();
    const truncatedTo = await waitFor(
      async () => {
        const start = await logStart(store);
        return start > positionAtPause + 1 ? start : undefined;
      },
      { timeout_ms: 30_000, interval_ms: 200, what: `meta/log-start past entry ${positionAtPause + 1}` },
    );
    const remaining = await logSeqs(store);
    console.log(
      `paused broker ${paused} at log entry <= ${positionAtPause}; the controller truncated the log below ` +
        `${truncatedTo}; ${remaining.length} log objects left (${remaining[0]}..${remaining.at(-1)})`,
    );
    expect(Math.min(...remaining)).toBeGreaterThanOrEqual(truncatedTo);
    expect((await store.list('meta/snapshot/')).length).toBeLessThanOrEqual(2);

    // Resumed, it finds out it cannot catch up, says so, and exits 3 (a supervisor restarts it).
    const broker = cluster.broker(paused);
    cluster.resume(paused);
    const exit = await broker.process.waitForExit(30_000);
    expect(exit.code).toBe(3);
    expect(broker.process.stderr).toMatch(/the metadata log was truncated below entry \d+/);

    // Restarted, it loads the newest snapshot and rejoins; every acked record is still there.
    await cluster.restart(paused);
    await cluster.waitForView((v) => v.brokers.length === 2, 'both brokers to be members again');
    const consumer = kafka.consumer({ groupId: 'after-truncation' });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const read: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => {
        read.push(message.value!.toString());
      },
    });
    await waitFor(() => read.length >= sent.length, {
      timeout_ms: 30_000,
      what: `${sent.length} records to be read back`,
    });
    await consumer.disconnect();
    expect([...read].sort()).toEqual([...sent].sort());
  }, 150_000);
});
