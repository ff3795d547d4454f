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
const won: number[] = [];
let next = 0;
const worker = async (): Promise<void> => {
  while (next < count) {
    const index = next++;
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
