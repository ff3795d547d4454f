#!/usr/bin/env node
// `npm run bench -- <name> [args]`: runs bench/<name>.ts with the TypeScript loader; no name lists them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3));
const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  process.stderr.write(`usage: npm run bench -- <name> [args]\nbenchmarks: ${available.join(', ')}\n`);
  process.exit(name ? 2 : 0);
}
const file = join(benchDir, `${name}.ts`);
if (!existsSync(file)) process.exit(2);
// --expose-gc: memory benchmarks measure what is retained after a forced collection.
const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
