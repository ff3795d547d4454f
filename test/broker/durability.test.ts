// Acked records survive broker SIGKILLs: real broker, real idempotent producers, a final read of everything.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { s3rverCredentials, startS3rver } from '../../broker/storage/objectstore/testing/s3rver.ts';
import { startTestBroker, type TestBroker } from '../helpers/broker.ts';
import { freePort } from '../helpers/ports.ts';
import { repoRoot, spawnProcess, type TestProcess } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';
import { isCI, pythonModuleAvailable, systemPython } from '../helpers/tools.ts';
import { sleep } from '../helpers/wait.ts';
import { checkAcked, readAckedFile, readWholeTopic } from './acked-log.ts';

/** mulberry32: a small seeded generator, so that a failing kill schedule can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.LONGHAUL_TEST_SEED ?? Date.now() % 1_000_000);

async function createTopic(broker: TestBroker, topic: string, partitions: number): Promise<void> {
  const admin = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }] });
  await admin.disconnect();
}

/**
 * SIGKILLs the broker `kills` times at random moments (after `minUp_ms`..`maxUp_ms` of load, while
 * the load generator keeps sending), restarting it on the same store each time.
 */
async function killRepeatedly(
  broker: TestBroker,
  load: TestProcess,
  options: { kills: number; minUp_ms: number; maxUp_ms: number; random: () => number },
): Promise<number> {
  let kills = 0;
  for (let i = 0; i < options.kills; i++) {
    await sleep(options.minUp_ms + options.random() * (options.maxUp_ms - options.minUp_ms));
    if (load.exitStatus) throw new Error(`the load generator exited early\n${load.tail()}`);
    await broker.kill();
    kills++;
    await sleep(options.random() * 300);
    const restartAt = Date.now();
    await broker.restart();
    if (process.env.LONGHAUL_TEST_VERBOSE) console.log(`restart ${i + 1} took ${Date.now() - restartAt} ms`);
  }
  return kills;
}

async function stopLoad(load: TestProcess): Promise<Record<string, unknown>> {
  load.signal('SIGTERM');
  const status = await load.waitForExit(60_000);
  if (status.code !== 0) throw new Error(`load generator exited with ${status.code}\n${load.tail()}`);
  const summaryLine = load.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(summaryLine) as Record<string, unknown>;
}

describe('acked records survive broker SIGKILL', () => {
  it('fs backend: 11 SIGKILLs under idempotent kafkajs load; every acked record is present once, at its offset, in order', async () => {
    const started = Date.now();
    const random = seededRandom(seed);
    const broker = await startTestBroker();
    await createTopic(broker, 'durable', 8);
    const ackedFile = join(tempDir(), 'acked.txt');
    const load = spawnProcess(
      process.execPath,
      [
        '--import',
        'tsx',
        join(repoRoot, 'test', 'broker', 'clients', 'acked-producer.ts'),
        ...[broker.bootstrap, 'durable', '8', '3', '10', ackedFile, '5000'],
      ],
      { name: 'kafkajs acked-producer' },
    );
    await load.waitForOutput(/"started":true/, 15_000);
    const kills = await killRepeatedly(broker, load, { kills: 11, minUp_ms: 700, maxUp_ms: 1400, random });
    await sleep(1000);
    const summary = await stopLoad(load);
    const acked = readAckedFile(ackedFile);
    const readAt = Date.now();
    const log = await readWholeTopic(broker.port, 'durable', 8);
    if (process.env.LONGHAUL_TEST_VERBOSE) console.log(`final read took ${Date.now() - readAt} ms`);
    const verdict = checkAcked(acked, log);
    const elapsed_s = (Date.now() - started) / 1000;
    console.log(
      `durability fs (seed ${seed}): ${acked.length} records acked, ${log.length} in the log, ` +
        `${kills} SIGKILLs, ${elapsed_s.toFixed(1)} s; producer saw ${JSON.stringify(summary.sendErrors)}`,
    );
    expect(kills).toBeGreaterThanOrEqual(10);
    expect(acked.length).toBeGreaterThan(5000);
    expect(verdict.explanation).toBe(verdict.ok ? verdict.explanation : 'no durability violations');
    expect(verdict.ok).toBe(true);
    // What the producers saw were connection losses and retriable errors, never a refusal.
    const nonRetriable = Object.entries(summary.sendErrors as Record<string, { retriable: boolean }>).filter(
      ([, e]) => !e.retriable,
    );
    expect(nonRetriable).toEqual([]);
  }, 90_000);

  it.skipIf(!isCI && !pythonModuleAvailable('confluent_kafka'))(
    's3 backend (s3rver): 10 SIGKILLs under idempotent confluent-kafka load; every acked record is present once, at its offset, in order',
    async () => {
      const started = Date.now();
      const random = seededRandom(seed + 1);
      const s3Dir = tempDir('longhaul-s3rver-');
      mkdirSync(join(s3Dir, 'data'), { recursive: true });
      const s3 = await startS3rver({
        port: await freePort(),
        directory: join(s3Dir, 'data'),
        buckets: ['durable'],
      });
      try {
        const broker = await startTestBroker({
          dataUrl: s3.url('durable', 'broker'),
          // s3rver shares this test's process; on a busy machine a recovery can take a while.
          startTimeout_ms: 45_000,
          env: {
            AWS_ACCESS_KEY_ID: s3rverCredentials.accessKeyId,
            AWS_SECRET_ACCESS_KEY: s3rverCredentials.secretAccessKey,
          },
        });
        await createTopic(broker, 'durable-s3', 4);
        const ackedFile = join(tempDir(), 'acked.txt');
        const load = spawnProcess(
          systemPython,
          [
            join(repoRoot, 'test', 'broker', 'python', 'acked_load.py'),
            broker.bootstrap,
            'durable-s3',
            '4',
            '600',
            ackedFile,
          ],
          { name: 'confluent-kafka acked_load.py' },
        );
        const kills = await killRepeatedly(broker, load, {
          kills: 10,
          minUp_ms: 500,
          maxUp_ms: 1000,
          random,
        });
        await sleep(1000);
        const summary = await stopLoad(load);
        const acked = readAckedFile(ackedFile);
        const log = await readWholeTopic(broker.port, 'durable-s3', 4);
        const verdict = checkAcked(acked, log);
        const elapsed_s = (Date.now() - started) / 1000;
        console.log(
          `durability s3 (seed ${seed + 1}): ${acked.length} records acked, ${log.length} in the log, ` +
            `${kills} SIGKILLs, ${elapsed_s.toFixed(1)} s; producer summary ${JSON.stringify(summary)}`,
        );
        expect(kills).toBeGreaterThanOrEqual(10);
        expect(acked.length).toBeGreaterThan(2000);
        expect(summary.errors).toEqual({});
        expect(summary.undelivered).toBe(0);
        expect(verdict.explanation).toBe(verdict.ok ? verdict.explanation : 'no durability violations');
        expect(verdict.ok).toBe(true);
      } finally {
        await s3.close();
      }
    },
    90_000,
  );
});
