// `longhaul soak`: the suite in a loop with a new run id per iteration, stopping on its own conditions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

describe('longhaul soak', () => {
  it('repeats the suite until its iteration limit, with a report across iterations', async () => {
    const reports = tempDir();
    const port = await freePort();
    const result = await runToExit(
      process.execPath,
      [
        longhaulBin,
        'soak',
        'test/controller/suites/tiny.yaml',
        '--report-dir',
        reports,
        '--controller-listen',
        `127.0.0.1:${port}`,
      ],
      { timeout_ms: 150_000 },
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));
    expect(report.kind).toBe('soak');
    expect(report.iterations).toHaveLength(2);
    expect(report.run.status).toBe('pass');
    const runIds = new Set(report.iterations.map((i: { runId: string }) => i.runId));
    expect(runIds.size).toBe(2);
  }, 180_000);
});
