// `--keep-topics` of `run` and `soak`: every layer (flag, LONGHAUL_KEEP_TOPICS, --config file), --help and --dry-run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CommandInput,
  describeDryRun,
  resolveRunOptions,
  resolveSoakOptions,
} from '../../controller/run-options.ts';
import type { Suite } from '../../scenarios/suite.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

const input = (flags: Record<string, unknown>, more: Partial<CommandInput> = {}): CommandInput => ({
  suiteFile: 'suite.yaml',
  flags,
  configFile: undefined,
  dryRun: false,
  env: {},
  ...more,
});

const suite: Pick<Suite, 'name' | 'file' | 'workers' | 'target'> = {
  name: 'tiny',
  file: 'tiny.yaml',
  workers: 1,
  target: { kind: 'embedded', brokers: 1, storage: 'fs' },
};

describe('--keep-topics', () => {
  it('is off by default: cleanup deletes the task topics', () => {
    expect(resolveRunOptions(input({})).keepTopics).toBe(false);
    expect(resolveSoakOptions(input({})).keepTopics).toBe(false);
  });

  it('is read from the flag, LONGHAUL_KEEP_TOPICS and the --config file key keepTopics', () => {
    expect(resolveRunOptions(input({ keepTopics: true })).keepTopics).toBe(true);
    expect(resolveSoakOptions(input({ keepTopics: true })).keepTopics).toBe(true);
    for (const value of ['1', 'true', 'yes', 'on'])
      expect(resolveRunOptions(input({}, { env: { LONGHAUL_KEEP_TOPICS: value } })).keepTopics).toBe(true);
    expect(resolveRunOptions(input({}, { env: { LONGHAUL_KEEP_TOPICS: '0' } })).keepTopics).toBe(false);
    const file = join(tempDir(), 'longhaul.yaml');
    writeFileSync(file, 'keepTopics: true\n');
    expect(resolveSoakOptions(input({}, { configFile: file })).keepTopics).toBe(true);
    // The environment outranks the file.
    expect(
      resolveSoakOptions(input({}, { configFile: file, env: { LONGHAUL_KEEP_TOPICS: 'false' } })).keepTopics,
    ).toBe(false);
  });

  it('names the variable when its value is not a boolean', () => {
    expect(() => resolveRunOptions(input({}, { env: { LONGHAUL_KEEP_TOPICS: 'maybe' } }))).toThrow(
      /keepTopics \(from environment variable LONGHAUL_KEEP_TOPICS\)/,
    );
  });

  it('shows in the --dry-run JSON', () => {
    const dryRun = (keepTopics: boolean) =>
      JSON.parse(describeDryRun('run', suite, resolveRunOptions(input({ keepTopics }))));
    expect(dryRun(true)).toMatchObject({ command: 'run', keepTopics: true });
    expect(dryRun(false)).toMatchObject({ keepTopics: false });
  });

  it('is a flag of `longhaul run` and `longhaul soak`, listed in --help', async () => {
    const longhaul = (args: string[]) =>
      runToExit(process.execPath, [longhaulBin, ...args], {
        env: { LONGHAUL_KEEP_TOPICS: undefined },
        timeout_ms: 30_000,
      });
    const [help, dryRun] = await Promise.all([
      longhaul(['soak', '--help']),
      longhaul(['run', 'test/controller/suites/tiny.yaml', '--keep-topics', '--dry-run']),
    ]);
    expect(help.stdout).toMatch(/--keep-topics\s+leave each task’s topic on the cluster/);
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(JSON.parse(dryRun.stdout)).toMatchObject({ command: 'run', keepTopics: true });
  });
});
