// Child process for fs.test.ts: races conditional creates of shared keys against other processes.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { FsObjectStore } from '../fs.ts';
import { ObjectStoreError } from '../types.ts';

const [directory, name, countText, goFile] = process.argv.slice(2);
const count = Number(countText);
const store = await FsObjectStore.open(directory);
console.log('ready');
// Start together: the parent creates goFile once every racer is ready.
for (let waited_ms = 0; !existsSync(goFile); waited_ms += 2) {
  if (waited_ms > 15_000) throw new Error(`racer ${name}: no go signal within 15 s`);
  await sleep(2);
}
// Each racer takes the keys in its own order (a shuffle seeded by its name): even when one starts
// well before the other on a loaded machine, both meet contested keys and both win some.
const order = Array.from({ length: count }, (_, i) => i);
let seed = [...name].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) >>> 0;
for (let i = order.length - 1; i > 0; i--) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  const j = seed % (i + 1);
  [order[i], order[j]] = [order[j], order[i]];
}
const won: number[] = [];
let next = 0;
const worker = async (): Promise<void> => {
  while (next < count) {
    const index = order[next++];
    try {
      await store.put(`race/${String(index).padStart(4, '0')}`, Buffer.from(name), { ifNoneMatch: true });
      won.push(index);
    } catch (error) {
      if (!(error instanceof ObjectStoreError && error.code === 'PreconditionFailed')) throw error;
    }
  }
};
await Promise.all([worker(), worker(), worker(), worker()]);
await store.close();
console.log(`won ${JSON.stringify(won.sort((a, b) => a - b))}`);
