// Child process for fs.test.ts: puts multi-megabyte objects in a loop until it is killed.
import { FsObjectStore } from '../fs.ts';

const [directory, round] = process.argv.slice(2);
const store = await FsObjectStore.open(directory);
for (let i = 0; i < 100_000; i++) {
  // Every object says its own size in its first four bytes and is one byte value after that, so a
  // torn object (short, or two versions mixed) shows.
  const size_bytes = (1 + (i % 4)) * 1024 * 1024;
  const body = Buffer.alloc(size_bytes, i % 251);
  body.writeUInt32BE(size_bytes, 0);
  if (i % 2 === 0) await store.put(`crash/replaced/${i % 3}`, body);
  else await store.put(`crash/created/${round}-${i}`, body, { ifNoneMatch: true });
  console.log(`wrote ${i}`);
}
