// promtool (Debian's prometheus package) accepts the rules, their unit tests pass, and the scrape config is valid.
import { describe, expect, it } from 'vitest';
import { runToExit } from '../helpers/processes.ts';
import { missingTool } from '../helpers/tools.ts';
import { prometheusDir } from './expressions.ts';

function promtool(args: string[]) {
  return runToExit('promtool', args, { cwd: prometheusDir, timeout_ms: 30_000 });
}

describe.skipIf(missingTool('promtool'))('promtool', () => {
  it('accepts deploy/prometheus/rules.yml', async () => {
    const result = await promtool(['check', 'rules', 'rules.yml']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('passes the unit tests of every alert in rules.test.yml', async () => {
    const result = await promtool(['test', 'rules', 'rules.test.yml']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('SUCCESS');
  });

  it('accepts deploy/prometheus/prometheus.yml and the rule file it names', async () => {
    const result = await promtool(['check', 'config', 'prometheus.yml']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });
});
