// Open-loop rate accuracy against a real broker: a constant rate per second, and a load file replayed 10x faster.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summary } from '../../worker/payloads/experiment.ts';
import { readLoadFile } from '../../worker/payloads/load-file.ts';
import { startTestBroker } from '../helpers/broker.ts';
import { repoRoot } from '../helpers/processes.ts';
import { jsonSummary, runWorkerCli } from './cli.ts';

interface ProduceSummary {
  acked: number;
  failed: number;
  scheduled: number;
  elapsed_ms: number;
  sentPerSecond: number[];
  produceLatency_ms: { p50_ms: number; p99_ms: number };
  maxBehindSchedule_ms: number;
  maxStall_ms: number;
  stallPerSecond_ms: number[];
}

describe('producer rate accuracy', () => {
  it('holds 2,000 records/s for 30 s within 2% in every second it gets the CPU, and exactly in total', async () => {
    const broker = await startTestBroker();
    const result = await runWorkerCli(
      [
        'produce',
        '--bootstrap',
        broker.bootstrap,
        '--topic',
        'rate',
        '--partitions',
        '3',
        '--payload',
        'random',
        '--size',
        '200B',
        '--rate',
        '2000',
        '--duration',
        '30s',
        '--json',
      ],
      90_000,
    );
    expect(result.code, result.stderr).toBe(0);
    const s = jsonSummary<ProduceSummary>(result);
    expect(s.scheduled).toBe(60_000);
    expect(s.acked).toBe(60_000);
    expect(s.failed).toBe(0);
    // Records handed to the client per second of the run; a last, 31st second holds the few
    // records due just before the end that left a few ms later.
    const perSecond = s.sentPerSecond;
    expect(perSecond.length).toBeGreaterThanOrEqual(30);
    expect(perSecond.length).toBeLessThanOrEqual(31);
    // Every second within 2% (40 records), except by what the producer process demonstrably could
    // not run: a stall of d ms ending in second k+1 moves up to 2*d records from second k into it.
    // The meter runs in the producer, so a fault in its own scheduling would not be excused.
    const stalls = s.stallPerSecond_ms;
    const misses: string[] = [];
    let strict = 0;
    for (let k = 0; k < 30; k++) {
      const off = Math.abs(perSecond[k] - 2000);
      if (off <= 40) strict++;
      const excuse = 2 * Math.max(stalls[k] ?? 0, stalls[k + 1] ?? 0);
      if (off > 40 + excuse)
        misses.push(`second ${k}: ${perSecond[k]} (stalls ${stalls[k]}/${stalls[k + 1]} ms)`);
    }
    const context = `records per second: ${perSecond.join(' ')}; stalls (ms): ${stalls.join(' ')}`;
    expect(misses, context).toEqual([]);
    // On a quiet machine every second is within 2%; starved by other processes, most still are.
    expect(strict, context).toBeGreaterThanOrEqual(24);
    // The 31st second only holds what a stall at the very end delayed, by the same rule.
    expect(perSecond[30] ?? 0, context).toBeLessThanOrEqual(
      40 + 2 * Math.max(stalls[29] ?? 0, stalls[30] ?? 0),
    );
    expect(s.elapsed_ms).toBeGreaterThan(29_900);
    expect(s.elapsed_ms).toBeLessThan(32_000);
  }, 120_000);

  it('replays loads/2.json at --time-scale 10 in about 6 s with the expected events per second', async () => {
    const broker = await startTestBroker();
    const loadPath = join(repoRoot, 'worker', 'payloads', 'loads', '2.json');
    const expected = summary(readLoadFile(loadPath), { timeScale: 10 });
    expect(expected.events).toBe(1328);
    const result = await runWorkerCli(
      [
        'produce',
        '--bootstrap',
        broker.bootstrap,
        '--topic',
        'replay',
        '--partitions',
        '3',
        '--load',
        loadPath,
        '--time-scale',
        '10',
        '--json',
      ],
      60_000,
    );
    expect(result.code, result.stderr).toBe(0);
    const s = jsonSummary<ProduceSummary>(result);
    expect(s.acked).toBe(1328);
    expect(s.failed).toBe(0);
    // The schedule ends with the last experiment_terminated at 6.0 s.
    expect(s.elapsed_ms).toBeGreaterThan(5800);
    expect(s.elapsed_ms).toBeLessThan(7000);
    // x10: about 100 events/s, 500/s while both experiments run (3.0 s .. 4.8 s), and the
    // lifecycle events on top (configured, started, terminated).
    expect(expected.eventsPerSecond).toEqual([102, 101, 100, 503, 421, 100, 1]);
    const sent = s.sentPerSecond;
    for (let second = 0; second < expected.eventsPerSecond.length; second++) {
      const want = expected.eventsPerSecond[second];
      expect(Math.abs((sent[second] ?? 0) - want), `second ${second}: ${sent.join(' ')}`).toBeLessThanOrEqual(
        Math.max(4, want * 0.02),
      );
    }
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1328);
  });
});
