// `longhaul produce` and `longhaul consume` against a real broker: continuity end to end, decoding, findings, errors.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestBroker } from '../helpers/broker.ts';
import { freePort } from '../helpers/ports.ts';
import { tempDir } from '../helpers/tmp.ts';
import { jsonSummary, runWorkerCli } from './cli.ts';

interface Continuity {
  ok: boolean;
  acked: number;
  seen: number;
  lost: { count: number };
  duplicated: { count: number };
  reordered: { count: number };
}

describe('longhaul produce and consume', () => {
  it('a produce run then a consume run of the same topic report zero lost, duplicated or reordered records', async () => {
    const broker = await startTestBroker();
    const dir = tempDir('longhaul-worker-');
    const runs = [
      { topic: 'experiments', args: ['--count', '3000', '--rate', '3000'], consume: ['--validate'] },
      {
        topic: 'bytes',
        args: [
          '--payload',
          'random',
          '--size',
          '10B..2KiB',
          '--keys',
          '50',
          '--count',
          '3000',
          '--rate',
          'max',
        ],
        consume: [],
      },
      {
        topic: 'idempotent',
        args: [
          '--payload',
          'fixed',
          '--count',
          '3000',
          '--rate',
          '5000',
          '--idempotent',
          '--compression',
          'gzip',
        ],
        consume: [],
      },
    ];
    for (const run of runs) {
      const ledger = join(dir, `${run.topic}.ledger.json`);
      const produced = await runWorkerCli([
        'produce',
        '--bootstrap',
        broker.bootstrap,
        '--topic',
        run.topic,
        '--partitions',
        '3',
        '--ledger-out',
        ledger,
        '--json',
        ...run.args,
      ]);
      const p = jsonSummary<{
        acked: number;
        failed: number;
        partitions: number[];
        ledger: { runs: number };
      }>(produced);
      expect(produced.code, produced.stderr).toBe(0);
      expect(p).toMatchObject({ acked: 3000, failed: 0, partitions: [0, 1, 2] });
      expect(p.ledger.runs).toBe(3);

      const consumed = await runWorkerCli([
        'consume',
        '--bootstrap',
        broker.bootstrap,
        '--topic',
        run.topic,
        '--check-ledger',
        ledger,
        '--json',
        ...run.consume,
      ]);
      const c = jsonSummary<{
        ok: boolean;
        consumed: number;
        local: { duplicates: number; reorders: number };
        continuity: Continuity;
      }>(consumed);
      expect(consumed.code, consumed.stderr).toBe(0);
      expect(c.ok).toBe(true);
      expect(c.consumed).toBe(3000);
      expect(c.local).toEqual({ duplicates: 0, reorders: 0 });
      expect(c.continuity).toMatchObject({
        ok: true,
        acked: 3000,
        seen: 3000,
        lost: { count: 0 },
        duplicated: { count: 0 },
        reordered: { count: 0 },
      });
    }
  });

  it('consume --decode prints record_name and then the decoded record, as the lab consumers do', async () => {
    const broker = await startTestBroker();
    const produced = await runWorkerCli([
      'produce',
      '--bootstrap',
      broker.bootstrap,
      '--topic',
      'lab',
      '--partitions',
      '1',
      '--count',
      '20',
      '--rate',
      '1000',
    ]);
    expect(produced.code, produced.stderr).toBe(0);
    expect(produced.stdout).toMatch(/20 acked, 0 failed/);
    const consumed = await runWorkerCli([
      'consume',
      '--bootstrap',
      broker.bootstrap,
      '--topic',
      'lab',
      '--count',
      '20',
      '--decode',
    ]);
    expect(consumed.code, consumed.stderr).toBe(0);
    const lines = consumed.stdout.split('\n');
    expect(lines[0]).toBe('experiment_configured');
    const configured = JSON.parse(lines[1]);
    expect(configured).toMatchObject({
      researcher: expect.any(String),
      temperature_range: expect.any(Object),
    });
    expect(configured.sensors).toHaveLength(4);
    expect(lines[2]).toBe('stabilization_started');
    expect(JSON.parse(lines[3])).toEqual({
      experiment: configured.experiment,
      timestamp: expect.any(Number),
    });
    expect(lines[4]).toBe('sensor_temperature_measured');
    expect(consumed.stdout).toMatch(/decode: 0 errors, 0 lifecycle violations/);
    expect(consumed.stdout).toMatch(/verdict: ok/);
  });

  it('reports records written twice as duplicates and exits 1', async () => {
    const broker = await startTestBroker();
    const dir = tempDir('longhaul-worker-');
    const ledger = join(dir, 'first.json');
    const produce = (extra: string[]) =>
      runWorkerCli([
        'produce',
        '--bootstrap',
        broker.bootstrap,
        '--topic',
        'twice',
        '--partitions',
        '2',
        '--payload',
        'fixed',
        '--size',
        '16B',
        '--count',
        '200',
        '--rate',
        '2000',
        '--run-id',
        'run-twice',
        '--producer-id',
        'same-producer',
        ...extra,
      ]);
    expect((await produce(['--ledger-out', ledger])).code).toBe(0);
    // The same producer id and run id again: the same seqs land at new offsets.
    expect((await produce([])).code).toBe(0);
    const consumed = await runWorkerCli([
      'consume',
      '--bootstrap',
      broker.bootstrap,
      '--topic',
      'twice',
      '--check-ledger',
      ledger,
      '--json',
    ]);
    const c = jsonSummary<{
      ok: boolean;
      local: { duplicates: number };
      continuity: Continuity;
      examples: { duplicates: unknown[] };
    }>(consumed);
    expect(consumed.code).toBe(1);
    expect(c.ok).toBe(false);
    expect(c.local.duplicates).toBe(200);
    expect(c.examples.duplicates.length).toBeGreaterThan(0);
    expect(c.continuity).toMatchObject({
      ok: false,
      acked: 200,
      seen: 200,
      lost: { count: 0 },
      duplicated: { count: 200 },
    });
  });

  it('fails within a bounded time with exit 2 and the bootstrap address when no broker listens', async () => {
    const port = await freePort();
    const result = await runWorkerCli(
      [
        'produce',
        '--bootstrap',
        `127.0.0.1:${port}`,
        '--topic',
        't',
        '--count',
        '1',
        '--connect-timeout',
        '5s',
      ],
      30_000,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`127.0.0.1:${port}`);
    expect(result.stderr).toMatch(/cannot reach the Kafka cluster|no answer from the Kafka cluster/);
    expect(result.elapsed_ms).toBeLessThan(12_000);
    const consume = await runWorkerCli(
      ['consume', '--bootstrap', `127.0.0.1:${port}`, '--topic', 't', '--connect-timeout', '5s'],
      30_000,
    );
    expect(consume.code).toBe(2);
    expect(consume.stderr).toContain(`127.0.0.1:${port}`);
  });
});
