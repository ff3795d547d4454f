// The embedded target: real broker processes that the controller can kill, pause and restart.

import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedCluster } from '../../controller/cluster/embedded.ts';
import { tempDir } from '../helpers/tmp.ts';

const logger = pino({ level: 'silent' });
let cluster: EmbeddedCluster | undefined;

afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

async function produceOne(bootstrap: string[], value: string): Promise<string> {
  const kafka = new Kafka({
    brokers: bootstrap,
    logLevel: logLevel.NOTHING,
    retry: { retries: 20, initialRetryTime: 100 },
  });
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  await producer.connect();
  try {
    const [meta] = await producer.send({ topic: 'embedded', acks: -1, messages: [{ value }] });
    return meta.baseOffset ?? '';
  } finally {
    await producer.disconnect();
  }
}

describe('embedded cluster', () => {
  it('serves clients, survives SIGKILL and restart from its object store, and resumes from SIGSTOP', async () => {
    cluster = await EmbeddedCluster.start({ brokers: 1, dir: tempDir(), logger });
    const bootstrap = cluster.bootstrap();
    expect(await produceOne(bootstrap, 'one')).toBe('0');
    await cluster.kill(0);
    expect(cluster.brokers()[0].state).toBe('stopped');
    await cluster.start(0);
    expect(await produceOne(bootstrap, 'two')).toBe('1');
    await cluster.pause(0);
    expect(cluster.brokers()[0].state).toBe('paused');
    await cluster.resume(0);
    expect(await produceOne(bootstrap, 'three')).toBe('2');
    const ready = await fetch(`${cluster.adminUrl(0)}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('runs several brokers as one cluster, scales out and back in, and restarts a fenced broker', async () => {
    cluster = await EmbeddedCluster.start({ brokers: 2, dir: tempDir(), logger });
    const view = async (id: number) =>
      (await (await fetch(`${cluster!.adminUrl(id)}/cluster`)).json()) as {
        controller: number | null;
        brokers: { nodeId: number; partitions: number }[];
      };
    expect((await view(0)).brokers.map((b) => b.nodeId)).toEqual([0, 1]);
    expect(await produceOne(cluster.bootstrap(), 'one')).toBe('0');
    await cluster.scale(3);
    expect(cluster.brokers().map((b) => b.id)).toEqual([0, 1, 2]);
    expect((await view(2)).brokers.map((b) => b.nodeId)).toEqual([0, 1, 2]);
    // Scale-in: broker 2 drains (SIGTERM) and leaves; the cluster and its data stay.
    await cluster.scale(2);
    expect(cluster.brokers().map((b) => b.id)).toEqual([0, 1]);
    expect((await view(0)).brokers.map((b) => b.nodeId)).toEqual([0, 1]);
    expect(await produceOne(cluster.bootstrap(), 'two')).toBe('1');
    // A broker paused past its lease is failed over, exits 3 when it resumes, and the target
    // starts it again as a new member.
    const victim = (await view(0)).controller ?? 0;
    await cluster.pause(victim);
    const survivor = victim === 0 ? 1 : 0;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (await view(survivor)).brokers.some((b) => b.nodeId === victim))
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await view(survivor)).brokers.map((b) => b.nodeId)).toEqual([survivor]);
    await cluster.resume(victim);
    while (Date.now() < deadline + 20_000 && (await view(survivor)).brokers.length < 2)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await view(survivor)).brokers.map((b) => b.nodeId)).toEqual([0, 1]);
    expect(await produceOne(cluster.bootstrap(), 'three')).toBe('2');
  });
});
