// Object-store faults injected through the admin API under idempotent load: clients only retry, nothing acked is lost.
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { startTestBroker } from '../helpers/broker.ts';
import { repoRoot, spawnProcess } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';
import { sleep } from '../helpers/wait.ts';
import { checkAcked, readAckedFile, readWholeTopic } from './acked-log.ts';

/** The value of a Prometheus counter or gauge (summed over label sets matching `labels`). */
function metricValue(text: string, name: string, labels = ''): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== '{' && line[name.length] !== ' ')) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

describe('object-store faults', () => {
  it('with 10% put errors and 500 ms latency, then a put outage, producers only retry and every acked record survives', async () => {
    const broker = await startTestBroker({ args: ['--enable-fault-injection'] });
    const admin = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'faulty', numPartitions: 4 }] });
    await admin.disconnect();
    const ackedFile = join(tempDir(), 'acked.txt');
    const load = spawnProcess(
      process.execPath,
      [
        '--import',
        'tsx',
        join(repoRoot, 'test', 'broker', 'clients', 'acked-producer.ts'),
        ...[broker.bootstrap, 'faulty', '4', '3', '5', ackedFile, '3000'],
      ],
      { name: 'kafkajs acked-producer' },
    );
    await load.waitForOutput(/"started":true/, 15_000);
    await sleep(1000);

    // Phase 1, the spec: every put slowed by 500 ms, 10% of them fail (the engine retries them).
    const slow = await broker.admin('PUT', '/faults/object-store', {
      put: { errorRate: 0.1, latency_ms: 500 },
    });
    expect(slow.status).toBe(200);
    await sleep(6000);
    // Phase 2: a 3 s put outage outlasts the engine's retries, so WAL writes fail for good: the
    // engine seals the stream once the store is back, and answers KAFKA_STORAGE_ERROR meanwhile.
    await broker.admin('PUT', '/faults/object-store', { put: { outage: { mode: 'fail' } } });
    await sleep(3000);
    const during = JSON.parse((await broker.admin('GET', '/faults/object-store')).text);
    expect((await broker.admin('DELETE', '/faults/object-store')).status).toBe(200);
    await sleep(2000);

    load.signal('SIGTERM');
    const status = await load.waitForExit(60_000);
    expect(status.code, load.tail()).toBe(0);
    const summary = JSON.parse(load.stdout.trim().split('\n').pop()!) as {
      acked: number;
      sendErrors: Record<string, { retriable: boolean; count: number }>;
      retriedErrors: Record<string, number>;
    };
    const metrics = await (await fetch(`${broker.adminUrl}/metrics`)).text();
    const walFailures = metricValue(metrics, 'longhaul_broker_wal_commit_failures_total');
    const injected = JSON.stringify(during.counters);
    console.log(
      `faults: ${summary.acked} acked; injected ${injected}; ${walFailures} WAL writes failed for good; ` +
        `send() errors ${JSON.stringify(summary.sendErrors)}; retried ${JSON.stringify(summary.retriedErrors)}`,
    );

    expect(Object.entries(summary.sendErrors).filter(([, e]) => !e.retriable)).toEqual([]);
    expect(walFailures).toBeGreaterThan(0);
    expect(Object.keys(summary.retriedErrors).join('\n')).toMatch(/Disk error|KAFKA_STORAGE_ERROR/);
    const acked = readAckedFile(ackedFile);
    const verdict = checkAcked(acked, await readWholeTopic(broker.port, 'faulty', 4));
    expect(verdict.explanation).toBe(verdict.ok ? verdict.explanation : 'no durability violations');
    expect(acked.length).toBeGreaterThan(1000);
    // Produce was answered throughout, more slowly: the broker did not stop serving.
    expect(
      metricValue(metrics, 'longhaul_broker_requests_total', 'api="Produce",outcome="ok"'),
    ).toBeGreaterThan(100);
  }, 60_000);
});
