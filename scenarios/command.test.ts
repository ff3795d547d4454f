// `longhaul validate`, run through a real commander program in this process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { ExitCode, UserError } from '../common/errors.ts';
import { tempDir } from '../test/helpers/tmp.ts';
import { registerValidateCommand } from './command.ts';

const suites = join(import.meta.dirname, 'suites');

interface Outcome {
  readonly out: string;
  readonly err: string;
  readonly error: unknown;
}

async function validate(...args: string[]): Promise<Outcome> {
  let out = '';
  let err = '';
  const program = new Command('longhaul').exitOverride();
  registerValidateCommand(program, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  let error: unknown;
  try {
    await program.parseAsync(['validate', ...args], { from: 'user' });
  } catch (caught) {
    error = caught;
  }
  return { out, err, error };
}

describe('longhaul validate', () => {
  it('prints one ok line per valid file, with its tasks, kinds and load time', async () => {
    const result = await validate(join(suites, 'smoke.yaml'), join(suites, 'self-test.yaml'));
    expect(result.error).toBeUndefined();
    expect(result.err).toBe('');
    expect(result.out.split('\n')).toEqual([
      `ok ${join(suites, 'smoke.yaml')}: 3 tasks (produce-consume, broker-kill, catch-up), 2m05s of load`,
      `ok ${join(suites, 'self-test.yaml')}: 5 tasks (produce-consume, self-test-mutation x4), 1m40s of load`,
      '',
    ]);
  });

  it('prints every problem as file:line:col: field: message and fails with exit code 2', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'tasks:\n  - name: a\n    kind: produce-consume\n    rate: fast\n');
    const result = await validate(join(suites, 'smoke.yaml'), bad, join(dir, 'missing.yaml'));
    expect(result.out).toMatch(/^ok .*smoke\.yaml: 3 tasks/);
    expect(result.err).toBe(
      `${bad}:4:11: tasks[0].rate: invalid rate "fast": expected e.g. 5000, 5000/s or 10MiB/s\n` +
        `suite file ${join(dir, 'missing.yaml')} does not exist\n`,
    );
    expect(result.error).toBeInstanceOf(UserError);
    expect((result.error as UserError).exitCode).toBe(ExitCode.couldNotRun);
    expect((result.error as UserError).message).toBe('2 of 3 suite files are not valid');
  });

  it('prints the parsed suite as JSON with --json, numbers in base units', async () => {
    const result = await validate('--json', join(suites, 'smoke.yaml'));
    expect(result.error).toBeUndefined();
    const suite = JSON.parse(result.out);
    expect(suite).toMatchObject({ name: 'smoke', target: { kind: 'embedded', brokers: 3 } });
    expect(suite.tasks[1]).toMatchObject({
      name: 'kill-leader',
      kind: 'broker-kill',
      at_ms: 10_000,
      duration_ms: 40_000,
    });
  });

  it('prints an array with --json and several files', async () => {
    const result = await validate('--json', join(suites, 'smoke.yaml'), join(suites, 'ci.yaml'));
    expect(JSON.parse(result.out).map((suite: { name: string }) => suite.name)).toEqual(['smoke', 'ci']);
  });

  it('needs at least one file', async () => {
    const result = await validate();
    expect(result.error).toMatchObject({ code: 'commander.missingArgument' });
  });
});
