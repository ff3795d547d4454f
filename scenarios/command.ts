// The `longhaul validate` subcommand: checks suite files and prints one line per file.
import type { Command } from 'commander';
import { UserError } from '../common/errors.ts';
import { formatDuration } from '../common/units.ts';
import type { Suite } from './suite.ts';

/** Where the command writes (tests capture it; the CLI uses stdout and stderr). */
export interface ValidateOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processOutput: ValidateOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export interface ValidateOptions {
  readonly json?: boolean;
}

export function registerValidateCommand(program: Command, output: ValidateOutput = processOutput): void {
  program
    .command('validate')
    .description('check suite files: every problem is reported as file:line:col: field: message')
    .argument('<suite...>', 'suite YAML files')
    .option('--json', 'print the parsed suite as JSON (an array when several files are given)')
    .addHelpText(
      'after',
      '\nExit status: 0 when every file is valid, 2 otherwise.\nThe format: scenarios/README.md.',
    )
    .action((files: string[], options: ValidateOptions) => validateSuiteFiles(files, options, output));
}

/** `3 tasks (produce-consume x2, broker-kill), 1m45s of load`. */
export function summarizeSuite(suite: Suite, loadTime_ms: number): string {
  const counts = new Map<string, number>();
  for (const task of suite.tasks) counts.set(task.kind, (counts.get(task.kind) ?? 0) + 1);
  const kinds = [...counts].map(([kind, count]) => (count > 1 ? `${kind} x${count}` : kind)).join(', ');
  const tasks = suite.tasks.length === 1 ? '1 task' : `${suite.tasks.length} tasks`;
  return `${tasks} (${kinds}), ${formatDuration(loadTime_ms)} of load`;
}

/** Loads every file, reports each, and throws a UserError (exit 2) when any is invalid. */
export async function validateSuiteFiles(
  files: readonly string[],
  options: ValidateOptions,
  output: ValidateOutput = processOutput,
): Promise<void> {
  // The loader pulls in zod and yaml: only load them when the command runs.
  const { formatProblem, loadSuite, SuiteError } = await import('./load.ts');
  const { loadTime_ms } = await import('./suite.ts');
  const suites: Suite[] = [];
  let invalid = 0;
  let hint: string | undefined;
  for (const file of files) {
    try {
      const suite = loadSuite(file);
      suites.push(suite);
      if (!options.json) output.out(`ok ${file}: ${summarizeSuite(suite, loadTime_ms(suite))}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      invalid++;
      hint = error.hint;
      const lines = error instanceof SuiteError ? error.problems.map(formatProblem) : [error.message];
      output.err(`${lines.join('\n')}\n`);
    }
  }
  if (invalid > 0) {
    throw new UserError(
      files.length === 1
        ? `${files[0]} is not a valid suite`
        : `${invalid} of ${files.length} suite files ${invalid === 1 ? 'is' : 'are'} not valid`,
      { hint },
    );
  }
  if (options.json) output.out(`${JSON.stringify(suites.length === 1 ? suites[0] : suites, null, 2)}\n`);
}
