// Suite-wide safety net: kill any test child whose worker died before it could clean up.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let pidRegistryDir = '';

export function setup(): void {
  // Test workers are forked after global setup, so they inherit this run's own registry folder.
  pidRegistryDir = mkdtempSync(join(tmpdir(), 'longhaul-test-pids-'));
  process.env.LONGHAUL_TEST_PID_DIR = pidRegistryDir;
}

export function teardown(): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(pidRegistryDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    const name = readFileSync(join(pidRegistryDir, entry), 'utf8');
    try {
      process.kill(-pid, 'SIGKILL');
      process.stderr.write(`global teardown killed leftover test process ${pid} (${name})\n`);
    } catch {
      // Already gone.
    }
  }
  rmSync(pidRegistryDir, { recursive: true, force: true });
}
