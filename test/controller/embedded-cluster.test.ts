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

  it('refuses a multi-broker cluster until clustering exists, with a hint', async () => {
    await expect(EmbeddedCluster.start({ brokers: 3, dir: tempDir(), logger })).rejects.toThrow(
      /runs 1 broker for now/,
    );
  });
});
