// The external target: brokers listed by a Metadata request, a fault proxy in front of each, process faults refused.
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ExternalCluster } from '../../controller/cluster/external.ts';
import type { ClusterTarget } from '../../controller/cluster/target.ts';
import { answersApiVersions } from '../../controller/faults/probe.ts';
import { startTestBroker } from '../helpers/broker.ts';
import { freePort } from '../helpers/ports.ts';

const logger = pino({ level: 'silent' });
let cluster: ExternalCluster | undefined;

afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

describe('external cluster', () => {
  it('puts a proxy in front of each broker, so network faults work while process faults are refused', async () => {
    const broker = await startTestBroker({ args: ['--node-id', '3'] });
    cluster = await ExternalCluster.start({ bootstrap: [broker.bootstrap], logger });
    const [info] = cluster.brokers();
    expect(cluster.brokers()).toHaveLength(1);
    expect(info.id).toBe(3);
    expect(info.address).not.toBe(broker.bootstrap);
    expect(cluster.bootstrap()).toEqual([info.address]);
    expect(cluster.upstreamBootstrap).toEqual([broker.bootstrap]);

    const kafka = new Kafka({
      brokers: cluster.bootstrap(),
      logLevel: logLevel.NOTHING,
      retry: { retries: 5, initialRetryTime: 100 },
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const described = await admin.describeCluster();
      expect(described.brokers.map((b) => `${b.nodeId}@${b.host}:${b.port}`)).toEqual([`3@${info.address}`]);
    } finally {
      await admin.disconnect();
    }

    await cluster.networkFault(3, { fault: { kind: 'blackhole' }, direction: 'both' });
    await expect(answersApiVersions(info.address, 500)).rejects.toThrow(/no response within 500 ms/);
    await cluster.networkFault(3, undefined);
    await answersApiVersions(info.address, 5000);

    const target: ClusterTarget = cluster;
    await expect(target.kill(3)).rejects.toThrow(/external cluster .* cannot kill, pause or restart/);
    await expect(cluster.networkFault(0, undefined)).rejects.toThrow(/no proxy for broker 0/);
  });

  it('without proxies (workers elsewhere) hands out the given addresses and refuses network faults, saying why', async () => {
    // No request is made: these addresses are never dialled.
    cluster = await ExternalCluster.start({
      bootstrap: ['10.0.0.1:9092', '10.0.0.2:9092'],
      logger,
      noProxies: 'the workers run elsewhere',
    });
    expect(cluster.bootstrap()).toEqual(['10.0.0.1:9092', '10.0.0.2:9092']);
    expect(cluster.brokers().map((b) => `${b.id}@${b.address}`)).toEqual([
      '0@10.0.0.1:9092',
      '1@10.0.0.2:9092',
    ]);
    await expect(
      cluster.networkFault(0, { fault: { kind: 'blackhole' }, direction: 'both' }),
    ).rejects.toThrow('network faults need the fault proxies, but the workers run elsewhere');
  });

  it('refuses to start, naming the address, when no broker answers', async () => {
    const port = await freePort();
    await expect(
      ExternalCluster.start({ bootstrap: [`127.0.0.1:${port}`], logger, requestTimeout_ms: 2000 }),
    ).rejects.toThrow(new RegExp(`cannot list the brokers of the cluster at 127\\.0\\.0\\.1:${port}`));
  });
});
