// Runs `longhaul produce/consume/worker` as child processes for the worker tests.
import {
  longhaulBin,
  runToExit,
  type SpawnOptions,
  spawnProcess,
  type TestProcess,
} from '../helpers/processes.ts';

export function spawnWorkerCli(args: readonly string[], options: SpawnOptions = {}): TestProcess {
  return spawnProcess(process.execPath, [longhaulBin, ...args], {
    name: `longhaul ${args[0]}`,
    ...options,
  });
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsed_ms: number;
}

/** Runs a command to completion (bounded) and returns its exit code and output. */
export async function runWorkerCli(args: readonly string[], timeout_ms = 60_000): Promise<CliResult> {
  const started = performance.now();
  const result = await runToExit(process.execPath, [longhaulBin, ...args], {
    timeout_ms,
    name: `longhaul ${args.slice(0, 3).join(' ')}`,
  });
  return {
    code: result.code,
    stdout: result.stdout,
    stderr: result.stderr,
    elapsed_ms: performance.now() - started,
  };
}

/** The JSON summary a `--json` command printed last on stdout. */
export function jsonSummary<T = Record<string, unknown>>(result: CliResult): T {
  const lines = result.stdout.trim().split('\n');
  try {
    return JSON.parse(lines[lines.length - 1]) as T;
  } catch {
    throw new Error(
      `no JSON summary on stdout (exit ${result.code})\nstdout:\n${result.stdout.slice(-3000)}\nstderr:\n${result.stderr.slice(-3000)}`,
    );
  }
}
