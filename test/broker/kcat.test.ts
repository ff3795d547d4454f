// kcat (librdkafka) against a real `longhaul broker`: every compression codec, metadata, group consumption.
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { CompressionCodec } from '../../broker/protocol/records.ts';
import { startTestBroker, type TestBroker } from '../helpers/broker.ts';
import { runToExit } from '../helpers/processes.ts';
import { missingTool } from '../helpers/tools.ts';
import { fetchBatchHeaders } from './raw-client.ts';

const recordsPerCodec = 4000;
const codecs = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

async function kcat(args: readonly string[], input?: string): Promise<string> {
  const result = await runToExit('kcat', args, { input, timeout_ms: 45_000, name: `kcat ${args.join(' ')}` });
  if (result.code !== 0) {
    throw new Error(`kcat ${args.join(' ')} exited with ${result.code}\n${result.stderr.slice(-2000)}`);
  }
  return result.stdout;
}

/** `partition<TAB>offset<TAB>key<TAB>value<TAB>headers` lines, parsed. */
function parseConsumed(output: string) {
  return output
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [partition, offset, key, value, headers] = line.split('\t');
      return { partition: Number(partition), offset: Number(offset), key, value, headers };
    });
}

const consumeFormat = '%p\t%o\t%k\t%s\t%h\n';

describe.skipIf(missingTool('kcat', ['-V']))('kcat (librdkafka) against the broker', () => {
  it.each(codecs)(
    'produces and consumes %s-compressed records with keys and headers, stored as sent',
    async (codec) => {
      const broker = await startTestBroker({ args: ['--default-partitions', '3'] });
      const topic = `kcat-${codec}`;
      const lines = Array.from(
        { length: recordsPerCodec },
        (_, i) => `k${i % 50}\tvalue-${i}-${'x'.repeat(100)}`,
      ).join('\n');
      await kcat(
        [
          ...['-b', broker.bootstrap, '-P', '-t', topic, '-K', '\t', '-z', codec],
          ...['-H', 'source=kcat', '-H', `codec=${codec}`, '-X', 'linger.ms=20'],
        ],
        `${lines}\n`,
      );
      const consumed = parseConsumed(
        await kcat([
          '-b',
          broker.bootstrap,
          '-C',
          '-t',
          topic,
          '-o',
          'beginning',
          '-e',
          '-q',
          '-f',
          consumeFormat,
        ]),
      );
      expect(consumed).toHaveLength(recordsPerCodec);
      const values = new Set(consumed.map((r) => r.value));
      for (let i = 0; i < recordsPerCodec; i++)
        expect(values.has(`value-${i}-${'x'.repeat(100)}`)).toBe(true);
      for (const record of consumed) {
        expect(record.headers).toBe(`source=kcat,codec=${codec}`);
        expect(record.key).toBe(`k${Number(record.value.split('-')[1]) % 50}`);
      }
      // Offsets are dense from 0 in every partition, and each key's records keep the order of sending.
      for (let partition = 0; partition < 3; partition++) {
        const offsets = consumed.filter((r) => r.partition === partition).map((r) => r.offset);
        expect(offsets).toEqual(offsets.map((_, i) => i));
      }
      for (let k = 0; k < 50; k++) {
        const ofKey = consumed.filter((r) => r.key === `k${k}`).map((r) => Number(r.value.split('-')[1]));
        expect(ofKey).toEqual([...ofKey].sort((a, b) => a - b));
      }
      // The broker keeps batches as the producer compressed them.
      const stored = await fetchBatchHeaders(broker.port, topic, consumed[0].partition);
      expect(stored.length).toBeGreaterThan(0);
      for (const header of stored) expect(header.compression).toBe(CompressionCodec[codec]);
    },
  );

  it('describes the cluster and its topics with -L', async () => {
    const broker = await startTestBroker({ args: ['--default-partitions', '4'] });
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'listed'], 'one\ntwo\n');
    const metadata = JSON.parse(await kcat(['-b', broker.bootstrap, '-L', '-J']));
    expect(metadata.brokers).toEqual([{ id: 0, name: broker.bootstrap }]);
    expect(metadata.controllerid).toBe(0);
    const listed = metadata.topics.find((t: { topic: string }) => t.topic === 'listed');
    expect(
      listed.partitions.map((p: { partition: number; leader: number }) => [p.partition, p.leader]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    const text = await kcat(['-b', broker.bootstrap, '-L', '-t', 'listed']);
    expect(text).toContain('topic "listed" with 4 partitions');
  });

  it('consumes as a group with -G, commits, and resumes after the committed offsets', async () => {
    const broker = await startTestBroker({ args: ['--default-partitions', '3'] });
    const first = Array.from({ length: 3000 }, (_, i) => `first-${i}`).join('\n');
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'grouped'], `${first}\n`);
    const groupArgs = (extra: readonly string[] = []) => [
      ...['-b', broker.bootstrap, '-G', 'kcat-group', '-e', '-q', '-f', '%p\t%o\t%s\n'],
      ...['-X', 'auto.offset.reset=earliest', '-X', 'auto.commit.interval.ms=100', ...extra],
      'grouped',
    ];
    const run1 = (await kcat(groupArgs())).split('\n').filter(Boolean);
    expect(run1).toHaveLength(3000);
    expect(new Set(run1.map((line) => line.split('\t')[2])).size).toBe(3000);

    await committedAtEnd(broker, 'kcat-group', 'grouped');
    const second = Array.from({ length: 500 }, (_, i) => `second-${i}`).join('\n');
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'grouped'], `${second}\n`);
    const run2 = (await kcat(groupArgs())).split('\n').filter(Boolean);
    expect(run2.map((line) => line.split('\t')[2]).sort()).toEqual(
      Array.from({ length: 500 }, (_, i) => `second-${i}`).sort(),
    );
  });
});

/** Asserts that the group's committed offsets equal the end of every partition. */
async function committedAtEnd(broker: TestBroker, groupId: string, topic: string): Promise<void> {
  const admin = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const byPartition = new Map(committed[0].partitions.map((p) => [p.partition, p.offset]));
    // librdkafka's sticky partitioner may leave a partition empty: nothing is committed there.
    for (const end of ends) {
      const expected = end.high === '0' ? '-1' : end.high;
      expect(byPartition.get(end.partition), `partition ${end.partition}`).toBe(expected);
    }
  } finally {
    await admin.disconnect();
  }
}
