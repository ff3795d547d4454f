// Report assembly: valid RoleReports, ledgers split to fit a frame and complete when summed, aggregation by the CLI.
import { describe, expect, it } from 'vitest';
import { encodeFrame, eventEnvelope } from '../common/bus/envelope.ts';
import { roleReportSchema } from '../common/bus/roles.ts';
import { LatencyHistogram } from '../common/histogram.ts';
import { Ledger } from '../common/ledger.ts';
import { ReportAggregate } from './cli/aggregate.ts';
import { assembleReports, IntervalRate, type ReportInput, splitLedger } from './report.ts';
import { TokenBucket } from './token-bucket.ts';

const counters = {
  scheduled: 10,
  sent: 10,
  acked: 9,
  failed: 1,
  consumed: 0,
  bytesSent: 100,
  bytesAcked: 90,
  bytesConsumed: 0,
  failedByError: { REQUEST_TIMED_OUT: 1 },
  decodeErrors: 0,
  lifecycleViolations: 0,
  localDuplicates: 0,
  localReorders: 0,
  unstamped: 0,
  otherRun: 0,
  rereads: 0,
};

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    roleId: 'p-1',
    workerId: 'w-1',
    kind: 'producer',
    start_ms: 1000,
    end_ms: 2000,
    final: false,
    state: 'running',
    counters,
    targetRate_per_s: 10,
    achievedRate_per_s: 9,
    behindSchedule_ms: 0,
    ...overrides,
  };
}

/** A ledger of `producers` producers interleaving on one partition in batches of one: one run per record. */
function interleaved(records: number, producers = 2): Ledger {
  const ledger = new Ledger();
  for (let offset = 0; offset < records; offset++) {
    ledger.record(0, offset, `p${offset % producers}`, Math.floor(offset / producers));
  }
  return ledger;
}

describe('assembleReports', () => {
  it('builds one schema-valid report with the ledger, histogram and counters of the interval', () => {
    const ledger = new Ledger();
    ledger.recordRun(0, 100, 'p-1', 0, 9);
    const latency = new LatencyHistogram();
    latency.record(12.5);
    let seq = 7;
    const [report, ...rest] = assembleReports(
      input({ ackedLedger: ledger, produceLatency: latency, inFlight: 1 }),
      () => seq++,
    );
    expect(rest).toEqual([]);
    expect(roleReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ reportSeq: 7, final: false, inFlight: 1, counters });
    expect(Ledger.decode(report.ackedLedger).equals(ledger)).toBe(true);
    expect(LatencyHistogram.decode(report.produceLatency).count).toBe(1);
    expect(report.seenLedger).toBeUndefined();
  });

  it('leaves out empty ledgers, histograms and examples', () => {
    const [report] = assembleReports(
      input({
        ackedLedger: new Ledger(),
        produceLatency: new LatencyHistogram(),
        examples: { duplicates: [], reorders: [], decodeErrors: [], lifecycle: [] },
      }),
      () => 0,
    );
    expect(report.ackedLedger).toBeUndefined();
    expect(report.produceLatency).toBeUndefined();
    expect(report.examples).toBeUndefined();
  });

  it('spreads a large ledger over consecutive reports that sum to it, only the last one final', () => {
    const ledger = interleaved(10_000);
    let seq = 0;
    const reports = assembleReports(
      input({ final: true, seenLedger: ledger, kind: 'consumer' }),
      () => seq++,
      3000,
    );
    expect(reports.map((r) => r.reportSeq)).toEqual([0, 1, 2, 3]);
    expect(reports.map((r) => r.final)).toEqual([false, false, false, true]);
    const merged = new Ledger();
    for (const r of reports) merged.merge(Ledger.decode(r.seenLedger));
    expect(merged.equals(ledger)).toBe(true);
    expect(reports[1].counters).toEqual(counters);
  });

  it('keeps a default-sized report of a worst-case ledger under the bus frame limit', () => {
    const reports = assembleReports(
      input({ seenLedger: interleaved(100_000, 50), kind: 'consumer' }),
      () => 0,
    );
    expect(reports.length).toBeGreaterThan(1);
    for (const r of reports) expect(() => encodeFrame(eventEnvelope('e', 'worker.report', r))).not.toThrow();
  });

  it('splits by runs and keeps every record', () => {
    const ledger = interleaved(1000, 3);
    const parts = splitLedger(ledger, 100);
    expect(parts).toHaveLength(10);
    expect(parts.reduce((n, p) => n + p.recordCount, 0)).toBe(1000);
  });
});

describe('IntervalRate and TokenBucket', () => {
  it('rates a counter per interval', () => {
    const rate = new IntervalRate(0);
    expect(rate.take(100, 1000)).toBe(100);
    expect(rate.take(100, 2000)).toBe(0);
    expect(rate.take(400, 2500)).toBe(600);
  });

  it('lets records through at the rate in the long run', () => {
    const bucket = new TokenBucket(1000, 0);
    let t = 0;
    let passed = 0;
    while (t < 10_000) {
      const wait = bucket.take(t);
      if (wait === 0) passed++;
      else t += wait;
    }
    expect(passed).toBeGreaterThanOrEqual(9990);
    expect(passed).toBeLessThanOrEqual(10_030);
  });
});

describe('ReportAggregate', () => {
  it('merges ledger deltas and histograms, keeps the latest counters, and notices lost reports', () => {
    const agg = new ReportAggregate();
    let seq = 0;
    for (let i = 0; i < 3; i++) {
      const ledger = new Ledger();
      ledger.recordRun(0, i * 10, 'p', i * 10, 10);
      const h = new LatencyHistogram();
      h.record(i + 1);
      const reports = assembleReports(
        input({ ackedLedger: ledger, produceLatency: h, final: i === 2, behindSchedule_ms: i * 5 }),
        () => seq++,
      );
      if (i !== 1) for (const r of reports) agg.add(r);
    }
    expect(agg.missingReports).toBe(1);
    expect(agg.ledger.recordCount).toBe(20);
    expect(agg.produceLatency.count).toBe(2);
    expect(agg.maxBehindSchedule_ms).toBe(10);
    expect(agg.final?.reportSeq).toBe(2);
  });
});
