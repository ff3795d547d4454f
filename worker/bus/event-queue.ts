// Bounded FIFO for events emitted while the controller is away: when full, the oldest are dropped and counted.

export interface DropOldestQueueLimits {
  readonly maxItems: number;
  /** Total size limit, measured with `sizeOf_bytes` (for example the length of a serialised frame). */
  readonly maxBytes: number;
}

export class DropOldestQueue<T> {
  readonly maxItems: number;
  readonly maxBytes: number;
  private readonly sizeOf_bytes: (item: T) => number;
  private items: (T | undefined)[] = [];
  private head = 0;
  private bytes = 0;
  private droppedCount = 0;

  constructor(limits: DropOldestQueueLimits, sizeOf_bytes: (item: T) => number) {
    if (!Number.isInteger(limits.maxItems) || limits.maxItems < 1) {
      throw new Error(`queue maxItems must be an integer >= 1, got ${limits.maxItems}`);
    }
    this.maxItems = limits.maxItems;
    this.maxBytes = limits.maxBytes;
    this.sizeOf_bytes = sizeOf_bytes;
  }

  get size(): number {
    return this.items.length - this.head;
  }

  get size_bytes(): number {
    return this.bytes;
  }

  /** Items dropped since creation because the queue was full. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Appends, dropping the oldest items until both limits hold (an item over maxBytes alone is dropped itself). */
  push(item: T): void {
    const item_bytes = this.sizeOf_bytes(item);
    if (item_bytes > this.maxBytes) {
      this.droppedCount++;
      return;
    }
    while (this.size > 0 && (this.size >= this.maxItems || this.bytes + item_bytes > this.maxBytes)) {
      this.shift();
      this.droppedCount++;
    }
    this.items.push(item);
    this.bytes += item_bytes;
  }

  peek(): T | undefined {
    return this.size > 0 ? this.items[this.head] : undefined;
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[this.head] as T;
    this.items[this.head] = undefined;
    this.head++;
    this.bytes -= this.sizeOf_bytes(item);
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      // Compact now and then so that a long-lived queue does not keep dead slots.
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
