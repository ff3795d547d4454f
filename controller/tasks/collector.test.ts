// The report collector: ledgers merge across reports, samples bucket per second, roles are tracked.
import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../common/histogram.ts';
import { Ledger } from '../../common/ledger.ts';
import { ReportCollector } from './collector.ts';

function ledger(records: [number, number, string, number][]): unknown {
  const l = new Ledger();
  for (const [partition, offset, producer, seq] of records) l.record(partition, offset, producer, seq);
  return l.encode();
}

describe('report collector', () => {
  it('merges acked and seen ledgers over reports and roles', () => {
    const collector = new ReportCollector();
    collector.add({
      roleId: 'p',
      kind: 'producer',
      end_ms: 1500,
      final: false,
      state: 'running',
      counters: { acked: 2 },
      targetRate_per_s: 100,
      ackedLedger: ledger([
        [0, 0, 'a', 0],
        [0, 1, 'a', 1],
      ]),
    });
    collector.add({
      roleId: 'p',
      kind: 'producer',
      end_ms: 2500,
      final: true,
      state: 'done',
      counters: { acked: 1 },
      targetRate_per_s: 100,
      ackedLedger: ledger([[0, 2, 'a', 2]]),
    });
    collector.add({
      roleId: 'c',
      kind: 'consumer',
      end_ms: 2600,
      final: false,
      state: 'running',
      counters: { consumed: 3 },
      seenLedger: ledger([
        [0, 0, 'a', 0],
        [0, 1, 'a', 1],
        [0, 2, 'a', 2],
      ]),
    });
    expect(collector.acked.recordCount).toBe(3);
    expect(collector.seen.recordCount).toBe(3);
    expect(collector.roles.get('p')?.final).toBe(true);
    expect(collector.maxSeenOffsets(['consumer']).get(0)).toBe(2);
  });

  it('sums counters and merges histograms of one second into one sample', () => {
    const collector = new ReportCollector();
    const h1 = new LatencyHistogram();
    h1.record(5);
    const h2 = new LatencyHistogram();
    h2.record(50);
    collector.add({
      roleId: 'p1',
      kind: 'producer',
      end_ms: 10_100,
      final: false,
      state: 'running',
      counters: { acked: 10 },
      targetRate_per_s: 10,
      produceLatency: h1.encode(),
      ackedLedger: ledger([[1, 0, 'x', 0]]),
    });
    collector.add({
      roleId: 'p2',
      kind: 'producer',
      end_ms: 10_900,
      final: false,
      state: 'running',
      counters: { acked: 20 },
      targetRate_per_s: 20,
      produceLatency: h2.encode(),
    });
    collector.add({
      roleId: 'p1',
      kind: 'producer',
      end_ms: 11_100,
      final: false,
      state: 'running',
      // Counters are cumulative per role: 17 after 10 means 7 in this interval.
      counters: { acked: 17 },
      targetRate_per_s: 10,
    });
    const samples = collector.samples(10_000, 12_000);
    expect(samples.map((s) => [s.start_ms, s.acked, s.targetRate_per_s])).toEqual([
      [10_000, 30, 30],
      [11_000, 7, 10],
    ]);
    expect(samples[0].produceLatency.count).toBe(2);
    expect(samples[0].writtenPartitions).toEqual([1]);
  });

  it('keeps the histograms of seconds older than the last few compact, answering the same', () => {
    const collector = new ReportCollector();
    const expected: number[] = [];
    const report = (second: number, latency_ms: number) => {
      const h = new LatencyHistogram();
      for (let i = 0; i < 100; i++) h.record(latency_ms + i / 10);
      collector.add({
        roleId: 'p',
        kind: 'producer',
        end_ms: second * 1000 + 500,
        final: false,
        state: 'running',
        counters: { acked: second * 100 },
        targetRate_per_s: 100,
        produceLatency: h.encode(),
      });
      return h;
    };
    for (let second = 1; second <= 20; second++) expected.push(report(second, second).percentile_ms(99));
    // A late report for an old second expands its histogram again; it is compacted later.
    report(2, 500);
    const samples = collector.samples(0, 21_000);
    expect(samples.map((s) => s.produceLatency.isCompact)).toEqual(
      samples.map((s) => s.start_ms !== 2000 && s.start_ms < 16_000),
    );
    expect(samples.filter((s) => s.start_ms !== 2000).map((s) => s.produceLatency.percentile_ms(99))).toEqual(
      expected.filter((_, i) => i !== 1),
    );
    expect(samples[1]?.produceLatency.count).toBe(200);
    for (let second = 21; second <= 30; second++) report(second, second);
    expect(collector.samples(2000, 3000)[0]?.produceLatency.isCompact).toBe(true);
  });

  it('counts an unreadable report instead of throwing', () => {
    const collector = new ReportCollector();
    expect(
      collector.add({
        roleId: 'p',
        kind: 'producer',
        end_ms: 1,
        final: false,
        state: 'running',
        counters: {},
        ackedLedger: { v: 9 },
      }),
    ).toMatch(/unreadable report from role p/);
    expect(collector.reportErrors).toBe(1);
  });
});
