// Task topics after a run: cleanup deletes them from the cluster, `--keep-topics` leaves them for inspection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../helpers/broker.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

/** tiny.yaml's one task writes `longhaul-tiny-flow.<run id>.a<attempt>`. */
const taskTopicPrefix = 'longhaul-tiny-flow.';

/** Runs tiny.yaml once against the broker, which outlives the run (an embedded one would not). */
async function runTiny(broker: TestBroker, extraArgs: string[]) {
  const reports = tempDir();
  const result = await runToExit(
    process.execPath,
    [
      longhaulBin,
      'run',
      'test/controller/suites/tiny.yaml',
      '--bootstrap',
      broker.bootstrap,
      '--report-dir',
      reports,
      '--seed',
      '11',
      ...extraArgs,
    ],
    { env: { LONGHAUL_KEEP_TOPICS: undefined }, timeout_ms: 90_000 },
  );
  expect(result.code, result.stdout + result.stderr).toBe(0);
  const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));
  expect(report.run.tasks[0].summary.acked).toBeGreaterThan(0);
  return result;
}

/** The task topics the broker lists now, with their total end offset. */
async function taskTopics(broker: TestBroker): Promise<{ topic: string; records: number }[]> {
  const admin = new Kafka({
    brokers: [broker.bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 3, initialRetryTime: 100 },
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(taskTopicPrefix));
    return await Promise.all(
      topics.map(async (topic) => ({
        topic,
        records: (await admin.fetchTopicOffsets(topic)).reduce((sum, o) => sum + Number(o.high), 0),
      })),
    );
  } finally {
    await admin.disconnect();
  }
}

describe('task topics after a run', () => {
  it('are deleted from the cluster in cleanup, after the final read', async () => {
    const broker = await startTestBroker();
    const result = await runTiny(broker, []);
    expect(await taskTopics(broker)).toEqual([]);
    expect(result.stderr).not.toMatch(/cannot delete topic/);
  }, 120_000);

  it('stay on the cluster, with their records, with --keep-topics', async () => {
    const broker = await startTestBroker();
    const result = await runTiny(broker, ['--keep-topics']);
    expect(result.stderr).toMatch(/topics are kept on the cluster/);
    const kept = await taskTopics(broker);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.topic).toMatch(/^longhaul-tiny-flow\..+\.a1$/);
    expect(kept[0]!.records).toBeGreaterThan(0);
  }, 120_000);
});
