// External tools (kcat, python3 modules, prometheus): skip locally when missing, fail under CI=true.
import { spawnSync } from 'node:child_process';

export const isCI = process.env.CI === 'true' || process.env.CI === '1';

const cache = new Map<string, boolean>();

/** True when `command --version`-like probe `args` exits 0. */
export function toolAvailable(command: string, args: readonly string[] = ['--version']): boolean {
  const key = [command, ...args].join(' ');
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 });
  const ok = result.status === 0;
  cache.set(key, ok);
  return ok;
}

/**
 * For `describe.skipIf(missingTool(...))`: a missing tool skips the tests on a developer machine,
 * but under CI=true the tests run and fail on the missing tool, as CI must have installed it.
 */
export function missingTool(command: string, args: readonly string[] = ['--version']): boolean {
  return !isCI && !toolAvailable(command, args);
}

/** Debian's Python packages belong to /usr/bin/python3, not to another python3 earlier on PATH. */
export const systemPython = '/usr/bin/python3';

export function pythonModuleAvailable(module: string): boolean {
  return toolAvailable(systemPython, ['-c', `import ${module}`]);
}
