// The bounded event queue: FIFO, drops the oldest when full (by count or by bytes), and counts drops.
import { describe, expect, it } from 'vitest';
import { DropOldestQueue } from './event-queue.ts';

describe('drop-oldest event queue', () => {
  it('keeps order and drops the oldest items beyond its item limit', () => {
    const queue = new DropOldestQueue<number>({ maxItems: 3, maxBytes: 1000 }, () => 1);
    for (let i = 0; i < 5; i++) queue.push(i);
    expect(queue.size).toBe(3);
    expect(queue.dropped).toBe(2);
    expect([queue.shift(), queue.shift(), queue.shift(), queue.shift()]).toEqual([2, 3, 4, undefined]);
  });

  it('drops the oldest items to stay within its byte limit, and an oversized item outright', () => {
    const queue = new DropOldestQueue<string>({ maxItems: 100, maxBytes: 10 }, (item) => item.length);
    queue.push('aaaa');
    queue.push('bbbb');
    queue.push('cccc');
    expect(queue.size_bytes).toBeLessThanOrEqual(10);
    expect(queue.peek()).toBe('bbbb');
    queue.push('x'.repeat(11));
    expect(queue.dropped).toBe(2);
    expect(queue.size).toBe(2);
  });

  it('stays correct over many cycles of push and shift', () => {
    const queue = new DropOldestQueue<number>({ maxItems: 5000, maxBytes: 1e9 }, () => 8);
    let next = 0;
    let previous = -1;
    let outOfOrder = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 3000; i++) queue.push(next++);
      while (queue.size > 10) {
        const item = queue.shift() as number;
        if (item <= previous) outOfOrder++;
        previous = item;
      }
    }
    expect(outOfOrder).toBe(0);
    expect(queue.size_bytes).toBe(queue.size * 8);
  });
});
