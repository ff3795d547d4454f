// The test harness itself: waits are bounded, failures show logs, and no child outlives a test.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './helpers/ports.ts';
import { liveProcesses, repoRoot, runToExit, spawnProcess } from './helpers/processes.ts';
import { tempDir } from './helpers/tmp.ts';
import { waitFor, waitForPort } from './helpers/wait.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('test harness', () => {
  it('reports a child that exits before printing what a test waits for, with its output', async () => {
    const child = spawnProcess(process.execPath, ['-e', 'console.error("bad config"); process.exit(3)'], {
      name: 'failing-child',
    });
    await expect(child.waitForOutput(/listening/)).rejects.toThrow(
      /failing-child exited \(code 3\)[\s\S]*bad config/,
    );
  });

  it('bounds every wait', async () => {
    const started = Date.now();
    await expect(waitFor(() => false, { timeout_ms: 200, what: 'never' })).rejects.toThrow(
      /timed out after 200 ms waiting for never/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('hands out distinct free ports that a server can bind, and sees them open', async () => {
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    expect(new Set(ports).size).toBe(3);
    const server = createServer().listen(ports[0], '127.0.0.1');
    try {
      await waitForPort(ports[0], { timeout_ms: 2000 });
    } finally {
      server.close();
    }
  });

  it('stops a child and everything it started with one call', async () => {
    const script = `
      const { spawn } = require('node:child_process');
      const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log('grandchild ' + g.pid);
      setInterval(() => {}, 1000);`;
    const child = spawnProcess(process.execPath, ['-e', script]);
    const grandchild = Number((await child.waitForOutput(/grandchild (\d+)/))[1]);
    expect(alive(grandchild)).toBe(true);
    const status = await child.stop('SIGTERM', 2000);
    expect(status.signal).toBe('SIGTERM');
    await waitFor(() => !alive(grandchild), { timeout_ms: 2000, what: 'grandchild to die' });
    expect(liveProcesses()).not.toContain(child);
  });

  it('leaves no process running after a test fails or times out', async () => {
    const pidFile = join(tempDir(), 'pids');
    const inner = await runToExit(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config',
        'test/fixtures/vitest.fixture.config.ts',
      ],
      { env: { LONGHAUL_FIXTURE_PID_FILE: pidFile, CI: '' }, timeout_ms: 50_000 },
    );
    expect(inner.code, inner.stdout + inner.stderr).toBe(1);
    expect(inner.stdout + inner.stderr).toMatch(/2 failed/);
    const pids = readFileSync(pidFile, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    expect(pids.length).toBe(3);
    await waitFor(() => pids.every((pid) => !alive(pid)), {
      timeout_ms: 5000,
      what: 'fixture children to be gone',
    });
  });
});
