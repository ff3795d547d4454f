// Suite-wide safety net: kill any test child whose worker died before it could clean up.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pidRegistryDir } from './processes.ts';

export function setup(): void {
  rmSync(pidRegistryDir, { recursive: true, force: true });
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
