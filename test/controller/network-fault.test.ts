// `longhaul run` with network faults: the proxy in front of the embedded broker delays, then blackholes, then heals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

interface Fault {
  kind: string;
  target: string;
  injectedAt_ms: number;
  healedAt_ms: number | null;
  healVerifiedAt_ms: number | null;
  recovery_ms: number | null;
  details: { direction: string; proxy: string };
}

describe('longhaul run with network faults', () => {
  it('injects a delay and a blackhole in the broker proxy, heals and verifies both, and loses nothing', async () => {
    const reports = tempDir();
    const result = await runToExit(
      process.execPath,
      [
        longhaulBin,
        'run',
        'test/controller/suites/network-fault.yaml',
        '--report-dir',
        reports,
        '--seed',
        '5',
      ],
      { timeout_ms: 100_000 },
    );
    expect(result.code, result.stdout + result.stderr.slice(-4000)).toBe(0);
    const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));
    expect(report.run.status).toBe('pass');
    const [delay, blackhole] = report.run.tasks;

    for (const [task, kind] of [
      [delay, 'network-delay'],
      [blackhole, 'network-blackhole'],
    ] as const) {
      expect(task.faults).toHaveLength(1);
      const fault: Fault = task.faults[0];
      expect(fault).toMatchObject({ kind, target: 'broker 0', details: { direction: 'both' } });
      expect(fault.details.proxy).toMatch(/^127\.0\.0\.1:\d+$/);
      // `for: 3s`, then the heal, verified by a request through the proxy.
      expect(fault.healedAt_ms! - fault.injectedAt_ms).toBeGreaterThanOrEqual(2900);
      expect(fault.healedAt_ms! - fault.injectedAt_ms).toBeLessThan(6000);
      expect(fault.healVerifiedAt_ms!).toBeGreaterThanOrEqual(fault.healedAt_ms!);
      expect(fault.recovery_ms).not.toBeNull();
      expect(task.summary.lost).toBe(0);
      const healed = task.assertions.find((a: { id: string }) => a.id === 'fault.healed');
      expect(healed.status).toBe('pass');
    }
    // The blackhole held every produce request for its 3 s: the slowest acks show it.
    expect(blackhole.summary.produceLatency_ms.max).toBeGreaterThan(2000);
  }, 120_000);
});
