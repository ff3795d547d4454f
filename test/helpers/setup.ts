// Per-test-file hooks: show child logs when a test fails, then kill children and remove temp dirs.
import { afterEach, beforeEach, onTestFailed } from 'vitest';
import { describeLiveProcesses, stopAll } from './processes.ts';
import { removeTempDirs } from './tmp.ts';

beforeEach(() => {
  onTestFailed(() => {
    const logs = describeLiveProcesses();
    if (logs) process.stderr.write(`\nlogs of child processes at failure:\n${logs}\n`);
  });
});

afterEach(async () => {
  await stopAll();
  removeTempDirs();
});
