// A cluster of brokers on one store keeps every acked record through leader kills, zombies, moves and scaling.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiKey } from '../../broker/protocol/generated/api-table.ts';
import { buildBatch } from '../../broker/protocol/records.ts';
import { type ClusterView, TestCluster } from '../helpers/cluster.ts';
import { sleep, waitFor } from '../helpers/wait.ts';
import { checkAcked, type StoredRecord } from './acked-log.ts';
import {
  AckedLoad,
  type AckedLoadOptions,
  errorCodes,
  fillPartition,
  firstAckOn,
  GroupConsumer,
  type ProbeOutcome,
  probeOn,
  produceOn,
  readCluster,
} from './cluster-load.ts';
import { RawConnection } from './raw-client.ts';

/** Clusters of the running test: with LONGHAUL_TEST_KEEP_DATA=1 their store and logs are kept. */
const started: TestCluster[] = [];
/** Clients of the running test, stopped after it even when it fails half-way. */
const clients: { stop(): Promise<void> }[] = [];

async function startCluster(options: Parameters<typeof TestCluster.start>[0]): Promise<TestCluster> {
  const cluster = await TestCluster.start(options);
  started.push(cluster);
  return cluster;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.stop()));
  for (const cluster of started.splice(0)) {
    const dir = cluster.saveLogs();
    if (dir) console.log(`store and broker logs kept in ${dir}`);
  }
});

/** The brokers run with their default lease, so that the times the tests print are the real ones. */
const lease_ms = 3000;

function load(
  cluster: TestCluster,
  options: Partial<AckedLoadOptions> & { topic: string; partitions: number },
): AckedLoad {
  const traffic = new AckedLoad({
    brokers: cluster.bootstrap(),
    producersPerPartition: 1,
    recordsPerSend: 5,
    rate_perSecond: 1000,
    ...options,
  });
  clients.push({ stop: () => traffic.stop(5000) });
  return traffic;
}

async function consume(cluster: TestCluster, topic: string, groupId: string): Promise<GroupConsumer> {
  const consumer = new GroupConsumer(cluster.bootstrap(), topic, groupId);
  clients.push(consumer);
  await consumer.start();
  return consumer;
}

/** Waits (bounded) until the group has been given every acked record at least once. */
async function waitForConsumer(consumer: GroupConsumer, acked: readonly StoredRecord[], timeout_ms: number) {
  const deadline = Date.now() + timeout_ms;
  let missing = consumer.missing(acked);
  while (missing.length > 0 && Date.now() < deadline) {
    await sleep(250);
    missing = consumer.missing(acked);
  }
  return missing;
}

/** The durability proof: every acked record once, at its acked offset, in send order. */
async function finalRead(
  cluster: TestCluster,
  topic: string,
  partitions: number,
  acked: readonly StoredRecord[],
  options: { skipPrefix?: string } = {},
) {
  const log = await readCluster(cluster, topic, partitions, options);
  const verdict = checkAcked(acked, log);
  expect(verdict.explanation).toBe(verdict.ok ? verdict.explanation : 'no durability violations');
  expect(verdict.ok).toBe(true);
  return log;
}

const countSpread = (view: ClusterView): number => {
  const counts = view.brokers.map((b) => view.partitions.filter((p) => p.leader === b.nodeId).length);
  return Math.max(...counts) - Math.min(...counts);
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

describe('a broker cluster on one object store', () => {
  it('SIGKILL of the leader of a busy partition, 10 times: failover under load, every acked record read back once and in order', async () => {
    const topic = 'failover';
    const partitions = 6;
    const cluster = await startCluster({ nodeIds: [1, 2, 3] });
    await cluster.createTopic(topic, partitions);
    // Partition 0 takes four times the load of each other partition: the busy one.
    const traffic = load(cluster, { topic, partitions, weights: [4, 1, 1, 1, 1, 1], rate_perSecond: 900 });
    const consumer = await consume(cluster, topic, 'failover-readers');
    traffic.start();
    await traffic.waitForAcks([0, 1, 2, 3, 4, 5], 0, 30_000);
    const times: { first_ms: number; all_ms: number; decided_ms: number }[] = [];
    for (let kill = 1; kill <= 10; kill++) {
      const leader = await cluster.leaderOf(topic, 0);
      const owned = await cluster.partitionsOf(topic, leader);
      const killedAt = Date.now();
      await cluster.kill(leader);
      // The controller's decision, then the broker's restart while clients find the new leaders.
      const decision = await waitFor(
        () =>
          cluster
            .logLines('failed over a dead broker')
            .find((line) => line.nodeId === leader && Number(line.time) >= killedAt),
        { timeout_ms: 20_000, what: `the controller to fail over broker ${leader}` },
      );
      const [acks] = await Promise.all([
        traffic.waitForAcks(owned, killedAt, 20_000),
        cluster.restart(leader),
      ]);
      const ackTimes = [...acks.values()];
      const first_ms = Math.min(...ackTimes) - killedAt;
      const all_ms = Math.max(...ackTimes) - killedAt;
      const decided_ms = Number(decision.sinceLastHeartbeat_ms);
      times.push({ first_ms, all_ms, decided_ms });
      console.log(
        `kill ${kill}: broker ${leader} (led partitions ${owned.join(',')}): first ack on them ${seconds(first_ms)}, ` +
          `on all of them ${seconds(all_ms)} after the SIGKILL; the controller failed it over ` +
          `${decided_ms} ms after its last heartbeat, ${Number(decision.time) - killedAt} ms after the SIGKILL`,
      );
    }
    await sleep(1000);
    await traffic.stop();
    const missing = await waitForConsumer(consumer, traffic.acked, 30_000);
    await consumer.stop();
    const all = times.map((t) => t.all_ms).sort((a, b) => a - b);
    console.log(
      `failover over 10 SIGKILLs (lease ${lease_ms} ms): all partitions acking again p50 ${seconds(all[4])}, ` +
        `max ${seconds(all[9])}; ${traffic.ackedCount} records acked, ${traffic.resultsMissing} sends resolved ` +
        `without their partition; send errors ${JSON.stringify(Object.fromEntries(traffic.sendErrors))}`,
    );
    await finalRead(cluster, topic, partitions, traffic.acked);
    expect(missing.slice(0, 3)).toEqual([]);
    expect(traffic.ackedCount).toBeGreaterThan(5000);
    expect(traffic.nonRetriableErrors()).toEqual([]);
    // Lease + detection + sealing + takeover, on a loaded 2-core machine; bench/cluster.ts has the percentiles.
    for (const time of times) expect(time.all_ms).toBeLessThan(15_000);
  }, 150_000);

  it('a broker paused past its lease and resumed (a leader, then the controller) never acks nor shows a write; its clients move on', async () => {
    const topic = 'zombie';
    const partitions = 6;
    const cluster = await startCluster({ nodeIds: [1, 2, 3] });
    await cluster.createTopic(topic, partitions);
    const traffic = load(cluster, { topic, partitions, rate_perSecond: 900 });
    traffic.start();
    await traffic.waitForAcks([0, 1, 2, 3, 4, 5], 0, 30_000);
    const extraAcked: StoredRecord[] = [];
    for (const role of ['leader', 'controller'] as const) {
      const view = await cluster.controllerView();
      // First a broker that leads partitions but is not the controller, then the controller itself.
      const zombie =
        role === 'controller'
          ? view.controller!
          : view.brokers.find((b) => b.nodeId !== view.controller && b.partitions > 0)!.nodeId;
      const owned = await cluster.partitionsOf(topic, zombie);
      const zombieBroker = cluster.broker(zombie);
      const pausedAt = Date.now();
      cluster.pause(zombie);
      // Another broker fails it over; its partitions take writes on their new leaders meanwhile.
      const failedOver = await cluster.waitForView(
        (v) =>
          v.controller !== zombie &&
          !v.brokers.some((b) => b.nodeId === zombie) &&
          owned.every((p) =>
            v.partitions.some((q) => q.topic === topic && q.partition === p && q.leader !== zombie),
          ),
        `broker ${zombie} to be failed over`,
      );
      const writable = await Promise.all(
        owned.map((partition) => {
          const leader = failedOver.partitions.find(
            (q) => q.topic === topic && q.partition === partition,
          )!.leader;
          return firstAckOn(
            cluster.broker(leader).port,
            topic,
            partition,
            `new-leader-${role}-${partition}`,
            20_000,
          );
        }),
      );
      extraAcked.push(...writable.map((w) => w.record));
      const writableAfter_ms = owned.length > 0 ? Math.max(...writable.map((w) => w.at)) - pausedAt : 0;
      // Writes sent to the zombie while it is paused: the kernel accepts the connections, the process
      // reads them once resumed, when it no longer leads anything. Its kafkajs clients wait on it too
      // (kafkajs retries a timed-out produce on the same broker without refreshing metadata).
      const connections = await Promise.all(owned.map(() => RawConnection.open(zombieBroker.port)));
      const probes: Promise<ProbeOutcome>[] = owned.map((partition, i) =>
        probeOn(connections[i], topic, partition, [`zombie-${role}-${partition}`], 20_000),
      );
      await sleep(Math.max(200, lease_ms + 1000 - (Date.now() - pausedAt)));
      const resumedAt = Date.now();
      cluster.resume(zombie);
      const outcomes = await Promise.all(probes);
      for (const connection of connections) connection.close();
      const exit = await zombieBroker.process.waitForExit(20_000);
      const exitedAfter_ms = Date.now() - resumedAt;
      // Its clients get an error or a closed connection, find the new leaders and go on.
      const acks = await traffic.waitForAcks(owned, resumedAt, 30_000);
      const movedOnAfter_ms = owned.length > 0 ? Math.max(...acks.values()) - resumedAt : 0;
      const fenced = zombieBroker.process.stderr.match(/"msg":"(fenced: [^"]*)"/)?.[1];
      console.log(
        `zombie ${role} broker ${zombie} (led ${owned.join(',') || 'nothing'}): paused ${seconds(resumedAt - pausedAt)}; ` +
          `its partitions took writes on their new leaders ${seconds(writableAfter_ms)} after the pause; resumed, it ` +
          `answered the writes sent to it with ${JSON.stringify(outcomes)}, logged "${fenced}" and exited with ` +
          `${JSON.stringify(exit)} within ${seconds(exitedAfter_ms)}; its kafkajs clients acked on the new leaders ` +
          `${seconds(movedOnAfter_ms)} after the resume`,
      );
      expect(exit.code).toBe(3);
      expect(fenced).toBeDefined();
      // Never acked: NOT_LEADER_OR_FOLLOWER (6) or a closed connection (it exits once fenced).
      for (const outcome of outcomes) expect(outcome.kind).not.toBe('acked');
      await cluster.restart(zombie);
    }
    await sleep(1000);
    await traffic.stop();
    console.log(`zombie test: client log ${JSON.stringify(Object.fromEntries(traffic.clientLog))}`);
    const log = await finalRead(cluster, topic, partitions, [...traffic.acked, ...extraAcked]);
    expect(log.filter((r) => r.value.startsWith('zombie-'))).toEqual([]);
    expect(traffic.nonRetriableErrors()).toEqual([]);
    expect(traffic.ackedCount).toBeGreaterThan(1000);
  }, 120_000);

  it('reassignment of a small and a large partition under load: time to the first ack on the new leader', async () => {
    const topic = 'moves';
    const large_bytes = 64 * 1024 * 1024;
    const cluster = await startCluster({ nodeIds: [1, 2, 3], args: ['--no-auto-balance'] });
    await cluster.createTopic(topic, 2);
    const largeLeader = await cluster.leaderOf(topic, 1);
    const fillStarted = Date.now();
    await fillPartition(cluster.broker(largeLeader).port, topic, 1, large_bytes);
    const fill_ms = Date.now() - fillStarted;
    const traffic = load(cluster, { topic, partitions: 2, rate_perSecond: 600 });
    traffic.start();
    await traffic.waitForAcks([0, 1], 0, 30_000);
    await sleep(2000);
    const probesAcked: StoredRecord[] = [];
    const moves: string[] = [];
    for (const [partition, label] of [
      [0, 'small'],
      [1, 'large'],
    ] as const) {
      const view = await cluster.controllerView();
      const from = view.partitions.find((p) => p.topic === topic && p.partition === partition)!.leader;
      const to = view.brokers
        .filter((b) => b.nodeId !== from)
        .sort((a, b) => a.partitions - b.partitions)[0].nodeId;
      const requestedAt = Date.now();
      const { status, text } = await cluster
        .broker(view.controller!)
        .admin('POST', '/reassignments', { topic, partition, broker: to });
      expect(status, text).toBe(200);
      const first = await firstAckOn(cluster.broker(to).port, topic, partition, `probe-${label}`, 30_000);
      probesAcked.push(first.record);
      await cluster.waitForView(
        (v) =>
          v.partitions.some(
            (p) => p.topic === topic && p.partition === partition && p.leader === to && p.ready,
          ),
        `${topic}-${partition} to be led by broker ${to}`,
      );
      const loadAcks = await traffic.waitForAcks([partition], first.at, 20_000);
      const took_ms = first.at - requestedAt;
      moves.push(`${label} partition ${partition} ${from}->${to} in ${seconds(took_ms)}`);
      console.log(
        `reassignment of the ${label} partition ${topic}-${partition} (${label === 'large' ? `${large_bytes / 1024 / 1024} MiB filled in ${seconds(fill_ms)}` : 'a few KiB'}) ` +
          `from broker ${from} to ${to}: first ack on the new leader ${seconds(took_ms)} after POST /reassignments; ` +
          `the load's next ack ${seconds(loadAcks.get(partition)! - requestedAt)} after it`,
      );
      expect(took_ms).toBeLessThan(15_000);
    }
    // A request for the broker that already leads the partition is answered, and not left pending.
    const view = await cluster.controllerView();
    const leader = view.partitions.find((p) => p.topic === topic && p.partition === 0)!.leader;
    const noop = await cluster
      .broker(leader)
      .admin('POST', '/reassignments', { topic, partition: 0, broker: leader });
    expect(JSON.parse(noop.text)).toEqual({ id: null, topic, partition: 0, broker: leader });
    expect(JSON.parse((await cluster.broker(leader).admin('GET', '/reassignments')).text)).toEqual({
      pending: [],
    });
    await sleep(1000);
    await traffic.stop();
    console.log(`reassignments: ${moves.join('; ')}`);
    const log = await finalRead(cluster, topic, 2, [...traffic.acked, ...probesAcked], {
      skipPrefix: 'fill-',
    });
    expect(log.length).toBeGreaterThan(0);
    expect(traffic.nonRetriableErrors()).toEqual([]);
  }, 120_000);

  it('an idempotent producer keeps its sequence when its partition moves back and forth between brokers', async () => {
    // A partition's batches end up in the WAL streams of every broker that led it. The new leader
    // must rebuild each producer's state from the newest batches, whatever order the streams were
    // opened in: here the newest batches are in broker 1's stream, opened before broker 3's.
    const topic = 'returns';
    const cluster = await startCluster({ nodeIds: [1, 2, 3], args: ['--no-auto-balance'] });
    await cluster.createTopic(topic, 1);
    const init = await RawConnection.open(cluster.broker(1).port);
    const { producerId, errorCode } = await init.request(ApiKey.InitProducerId, 0, {
      transactionalId: null,
      transactionTimeoutMs: 60_000,
      producerId: -1n,
      producerEpoch: -1,
    });
    init.close();
    expect(errorCode).toBe(0);
    const acked: StoredRecord[] = [];
    /** Sends 5 records at `baseSequence` to the partition's leader, waiting while it loads the partition. */
    const send = async (leader: number, baseSequence: number): Promise<ProbeOutcome> => {
      const values = Array.from({ length: 5 }, (_, i) => `returns-${baseSequence + i}`);
      const batch = buildBatch({
        records: values.map((value) => ({ value })),
        producerId,
        producerEpoch: 0,
        baseSequence,
      });
      const connection = await RawConnection.open(cluster.broker(leader).port);
      try {
        for (const deadline = Date.now() + 20_000; ; ) {
          const outcome = await produceOn(connection, topic, 0, Buffer.from(batch));
          const loading = outcome.kind === 'error' && outcome.errorCode === errorCodes.NOT_LEADER_OR_FOLLOWER;
          if (!loading || Date.now() > deadline) {
            if (outcome.kind === 'acked')
              for (const [i, value] of values.entries())
                acked.push({ partition: 0, offset: outcome.baseOffset + i, value });
            return outcome;
          }
          await sleep(50);
        }
      } finally {
        connection.close();
      }
    };
    const moveTo = async (target: number): Promise<void> => {
      if ((await cluster.leaderOf(topic, 0)) === target) return;
      const controller = (await cluster.controllerView()).controller!;
      const { status, text } = await cluster
        .broker(controller)
        .admin('POST', '/reassignments', { topic, partition: 0, broker: target });
      expect(status, text).toBe(200);
      await cluster.waitForView(
        (v) => v.partitions.some((p) => p.topic === topic && p.leader === target && p.ready),
        `${topic}-0 to move to broker ${target}`,
      );
    };
    await moveTo(3);
    expect((await send(3, 0)).kind).toBe('acked');
    expect((await send(3, 5)).kind).toBe('acked');
    await moveTo(1);
    expect((await send(1, 10)).kind).toBe('acked');
    const last = await send(1, 15);
    expect(last.kind).toBe('acked');
    await moveTo(2);
    // A retry of the last batch is a duplicate: answered with its original offset, not written again.
    const retry = await send(2, 15);
    acked.splice(-5); // The retry names the same records at the same offsets: count them once.
    expect(retry).toEqual(last);
    // The next batch continues the sequence (OUT_OF_ORDER_SEQUENCE_NUMBER would strand the producer).
    expect(await send(2, 20)).toMatchObject({ kind: 'acked' });
    await finalRead(cluster, topic, 1, acked);
  }, 60_000);

  it('scale out from 2 to 3 brokers and back to 2 under load: balanced within one partition, nothing acked lost', async () => {
    const topic = 'scale';
    const partitions = 6;
    const cluster = await startCluster({ nodeIds: [1, 2] });
    await cluster.createTopic(topic, partitions);
    const traffic = load(cluster, { topic, partitions, rate_perSecond: 900 });
    const consumer = await consume(cluster, topic, 'scale-readers');
    traffic.start();
    await traffic.waitForAcks([0, 1, 2, 3, 4, 5], 0, 30_000);
    // The bound: partition counts differ by at most one across brokers (the balancer's
    // maxCountSpread), every partition led and loaded, within 45 s of the new broker starting (it
    // moves one partition per 5 s, two moves here) and within 30 s of SIGTERM on the way back (the
    // drain timeout is 20 s). Bytes-in are not balanced at this rate: the cluster takes ~120 KB/s,
    // below the 256 KiB/s under which the balancer looks at counts only.
    const outAt = Date.now();
    await cluster.add(3);
    const balanced = (brokers: number) => (v: ClusterView) =>
      v.brokers.length === brokers &&
      v.partitions.filter((p) => p.topic === topic && p.ready).length === partitions &&
      countSpread(v) <= 1;
    const out = await cluster.waitForView(balanced(3), '3 brokers to lead 2 partitions each', 45_000);
    const out_ms = Date.now() - outAt;
    const outCounts = out.brokers.map((b) => `${b.nodeId}:${b.partitions}`).join(' ');
    // In: SIGTERM drains broker 3 (its partitions move away while it still serves), then it exits 0.
    const inAt = Date.now();
    const exit = await cluster.stop(3);
    const back = await cluster.waitForView(balanced(2), '2 brokers to lead 3 partitions each', 30_000);
    const in_ms = Date.now() - inAt;
    await sleep(1000);
    await traffic.stop();
    const missing = await waitForConsumer(consumer, traffic.acked, 30_000);
    await consumer.stop();
    console.log(
      `scale out 2->3: balanced (${outCounts}) ${seconds(out_ms)} after broker 3 started; ` +
        `scale in 3->2: broker 3 drained and exited ${JSON.stringify(exit)}, balanced ` +
        `(${back.brokers.map((b) => `${b.nodeId}:${b.partitions}`).join(' ')}) ${seconds(in_ms)} after SIGTERM; ` +
        `${traffic.ackedCount} records acked; send errors ${JSON.stringify(Object.fromEntries(traffic.sendErrors))}`,
    );
    expect(exit.code).toBe(0);
    await finalRead(cluster, topic, partitions, traffic.acked);
    expect(missing.slice(0, 3)).toEqual([]);
    expect(traffic.nonRetriableErrors()).toEqual([]);
  }, 120_000);
});
