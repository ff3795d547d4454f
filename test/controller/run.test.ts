// `longhaul run` end to end: real brokers, controller and workers; exit codes, reports, clean-up.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

function readReport(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
}

function runLonghaul(args: string[], timeout_ms: number) {
  return runToExit(process.execPath, [longhaulBin, ...args], { timeout_ms });
}

describe('longhaul run', () => {
  it('runs a suite against the embedded broker, kills it, loses nothing, and exits 0 with reports', async () => {
    const reports = tempDir();
    const result = await runLonghaul(
      ['run', 'test/controller/suites/quick.yaml', '--report-dir', reports, '--seed', '7'],
      150_000,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = readReport(reports);
    expect(report.run.status).toBe('pass');
    const [flow, kill] = report.run.tasks;
    expect(flow.summary.acked).toBeGreaterThan(1000);
    expect(flow.summary.lost).toBe(0);
    expect(kill.faults).toHaveLength(1);
    expect(kill.faults[0].healVerifiedAt_ms).toBeGreaterThan(kill.faults[0].injectedAt_ms);
    expect(kill.assertions.find((a: { id: string }) => a.id === 'continuity.lost').status).toBe('pass');
    const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite[^>]*tests="\d+"/);
    expect(junit).toContain('continuity.lost');
    expect(existsSync(join(reports, 'summary.md'))).toBe(true);
    expect(result.stdout).toMatch(/PASS/);
  }, 180_000);

  it('exits 1 and names the failed assertion when an SLA is not met', async () => {
    const reports = tempDir();
    const result = await runLonghaul(
      ['run', 'test/controller/suites/impossible-sla.yaml', '--report-dir', reports],
      120_000,
    );
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const task = readReport(reports).run.tasks[0];
    expect(task.status).toBe('fail');
    expect(task.assertions.find((a: { id: string }) => a.id === 'latency.produce.max').status).toBe('fail');
    expect(readFileSync(join(reports, 'junit.xml'), 'utf8')).toMatch(/<failure[^>]*latency/);
  }, 150_000);

  it('exits 2 naming file, line and field for a bad suite file', async () => {
    const file = join(tempDir(), 'bad.yaml');
    writeFileSync(file, 'name: bad\ntasks:\n  - name: x\n    kind: produce-consume\n    rate: fast\n');
    const result = await runLonghaul(['run', file], 30_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml:5:\d+: tasks\[0\]\.rate/);
  });

  it('exits 2 within a bounded time when the external cluster is unreachable', async () => {
    const port = await freePort();
    const started = Date.now();
    const result = await runLonghaul(
      [
        'run',
        'test/controller/suites/quick.yaml',
        '--bootstrap',
        `127.0.0.1:${port}`,
        '--report-dir',
        tempDir(),
      ],
      60_000,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${port} is unreachable`));
    expect(Date.now() - started).toBeLessThan(45_000);
  });
});
