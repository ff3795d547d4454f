// Python clients against a real `longhaul broker`: confluent-kafka (librdkafka) and kafka-python 2.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestBroker } from '../helpers/broker.ts';
import { repoRoot, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';
import { isCI, pythonModuleAvailable, systemPython } from '../helpers/tools.ts';

const scripts = join(repoRoot, 'test', 'broker', 'python');

async function python(script: string, args: readonly (string | number)[], timeout_ms = 60_000) {
  const result = await runToExit(systemPython, [join(scripts, script), ...args.map(String)], {
    timeout_ms,
    name: `python ${script}`,
  });
  if (result.code !== 0) {
    throw new Error(`${script} exited with ${result.code}\n${result.stderr.slice(-3000)}`);
  }
  return result.stdout;
}

const jsonLines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);

interface Delivery {
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
  readonly error?: string;
}

describe.skipIf(!isCI && !pythonModuleAvailable('confluent_kafka'))('confluent-kafka (Python)', () => {
  it('an idempotent acks=all producer gets a successful report for every record, at consecutive offsets', async () => {
    const broker = await startTestBroker({ args: ['--default-partitions', '4'] });
    const out = join(tempDir(), 'deliveries.jsonl');
    await python('idempotent_produce.py', [broker.bootstrap, 'py-idempotent', 5000, out]);
    const deliveries = jsonLines<Delivery>(readFileSync(out, 'utf8'));
    expect(deliveries.filter((d) => d.error)).toEqual([]);
    expect(deliveries).toHaveLength(5000);
    for (let partition = 0; partition < 4; partition++) {
      const offsets = deliveries
        .filter((d) => d.partition === partition)
        .map((d) => d.offset)
        .sort((a, b) => a - b);
      expect(offsets.length).toBeGreaterThan(0);
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
    expect(new Set(deliveries.map((d) => d.value)).size).toBe(5000);
  });

  it('a group consumer commits as it goes, and after a broker restart resumes exactly after its commits', async () => {
    const broker = await startTestBroker({ args: ['--default-partitions', '4'] });
    const out = join(tempDir(), 'deliveries.jsonl');
    await python('idempotent_produce.py', [broker.bootstrap, 'py-group-topic', 4000, out]);
    const delivered = jsonLines<Delivery>(readFileSync(out, 'utf8'));
    const where = new Map(delivered.map((d) => [d.value, `${d.partition}:${d.offset}`]));

    interface Consumed {
      readonly partition: number;
      readonly offset: number;
      readonly value: string;
      readonly headers: Record<string, string>;
    }
    const first = jsonLines<Consumed>(
      await python('group_consume.py', [broker.bootstrap, 'py-group-topic', 'py-group', 2500, 15]),
    );
    expect(first).toHaveLength(2500);

    await broker.restart();
    const second = jsonLines<Consumed>(
      // Asks for the 1500 records left: a re-read of anything committed would be a duplicate below.
      await python('group_consume.py', [broker.bootstrap, 'py-group-topic', 'py-group', 1500, 10]),
    );
    // Every record exactly once across the two runs, each where the producer was told it is.
    const all = [...first, ...second];
    expect(all).toHaveLength(4000);
    expect(new Set(all.map((r) => r.value)).size).toBe(4000);
    for (const record of all) {
      expect(`${record.partition}:${record.offset}`).toBe(where.get(record.value));
      expect(record.headers.seq).toBe(record.value.slice('value-'.length));
    }
  });
});

describe.skipIf(!isCI && !pythonModuleAvailable('kafka'))('kafka-python 2.0', () => {
  it('produces with acks=all, consumes in a group and commits', async () => {
    const broker = await startTestBroker({ args: ['--default-partitions', '2'] });
    const summary = JSON.parse(
      await python('kafka_python_roundtrip.py', [broker.bootstrap, 'kafka-python', 500]),
    );
    expect(summary.acked).toBe(500);
    expect([...summary.values].sort()).toEqual(Array.from({ length: 500 }, (_, i) => `v${i}`).sort());
    expect(summary.committed).toBe(500);
  });
});
