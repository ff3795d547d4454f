// The partitioner picks the partitions Kafka's default partitioner would, and spreads unkeyed records evenly.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kafkaPartition, murmur2, PartitionChooser, toPositive } from './partitioner.ts';

const require = createRequire(import.meta.url);
/** kafkajs's own port of the Java murmur2 (Long arithmetic), as an independent reference. */
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (
  key: Buffer,
) => number;

describe('murmur2', () => {
  it("matches the values of Kafka's UtilsTest", () => {
    const cases: [string, number][] = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    for (const [key, expected] of cases) expect(murmur2(Buffer.from(key)), key).toBe(expected);
  });

  it('agrees with kafkajs on arbitrary keys', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const key = Buffer.from(bytes);
        expect(murmur2(key)).toBe(kafkajsMurmur2(key));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps the sign bit away like Utils.toPositive, never Math.abs', () => {
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(-1)).toBe(2147483647);
    expect(kafkaPartition(Buffer.from('foobar'), 6)).toBe(toPositive(-790332482) % 6);
  });
});

describe('PartitionChooser', () => {
  it('hashes keys over all partitions exactly like the default partitioner', () => {
    const chooser = new PartitionChooser([0, 1, 2, 3, 4, 5]);
    for (let i = 0; i < 100; i++) {
      const key = Buffer.from(`experiment-${i}`);
      expect(chooser.choose(key)).toBe(kafkaPartition(key, 6));
    }
  });

  it('keeps one key on one partition of an explicit subset', () => {
    const chooser = new PartitionChooser([3, 7]);
    const key = Buffer.from('k1');
    const first = chooser.choose(key);
    expect([3, 7]).toContain(first);
    for (let i = 0; i < 10; i++) expect(chooser.choose(key)).toBe(first);
  });

  it('goes round robin without a key', () => {
    const chooser = new PartitionChooser([2, 4, 6]);
    expect(Array.from({ length: 7 }, () => chooser.choose(null))).toEqual([2, 4, 6, 2, 4, 6, 2]);
  });
});
