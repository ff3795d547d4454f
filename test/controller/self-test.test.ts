// The self-test suite end to end: each broker mutation is caught by exactly its checker, and a clean task raises nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AssertionId, type Mutation, mutationCatchers } from '../../scenarios/suite.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

interface TaskReport {
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly unexpected: readonly AssertionId[];
  readonly assertions: readonly {
    readonly id: AssertionId;
    readonly status: string;
    readonly message: string;
  }[];
  readonly faults: readonly {
    readonly details: { readonly mutation?: Mutation; readonly broker?: unknown };
  }[];
}

describe('longhaul run scenarios/suites/self-test.yaml', () => {
  it('fails exactly the expected assertion of each mutation task, passes the clean task, and exits 0', async () => {
    const reports = tempDir();
    const result = await runToExit(
      process.execPath,
      [longhaulBin, 'run', 'scenarios/suites/self-test.yaml', '--report-dir', reports],
      { timeout_ms: 330_000 },
    );
    expect(result.code, result.process.tail(60)).toBe(0);
    const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));
    expect(report.run.status).toBe('pass');
    const tasks: TaskReport[] = report.run.tasks;
    const failed = (task: TaskReport) => task.assertions.filter((a) => a.status === 'fail').map((a) => a.id);

    const clean = tasks.filter((t) => t.kind !== 'self-test-mutation');
    expect(clean.length).toBeGreaterThan(0);
    for (const task of clean) {
      expect({ task: task.name, status: task.status, failed: failed(task) }).toEqual({
        task: task.name,
        status: 'pass',
        failed: [],
      });
    }

    const caught = tasks
      .filter((t) => t.kind === 'self-test-mutation')
      .map((task) => {
        const mutation = task.faults[0]?.details.mutation;
        return { mutation, status: task.status, unexpected: task.unexpected, failed: failed(task) };
      });
    // Every mutation ran, was caught by its checker and by nothing else, and counts as expected.
    expect(caught.sort((a, b) => String(a.mutation).localeCompare(String(b.mutation)))).toEqual(
      (Object.keys(mutationCatchers) as Mutation[]).sort().map((mutation) => ({
        mutation,
        status: 'pass',
        unexpected: [],
        failed: [mutationCatchers[mutation]],
      })),
    );
    for (const task of tasks.filter((t) => t.kind === 'self-test-mutation')) {
      // The broker's account of the mutation: it did something, and where.
      expect(task.faults[0].details.broker).toMatchObject({ state: 'applied' });
    }
    const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
    expect(junit.match(/failed as expected/g)).toHaveLength(caught.length);
  }, 360_000);
});
