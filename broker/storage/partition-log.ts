// One partition's in-memory view: where each durable batch lives, offsets, producers and waiting readers.
import { assert } from '../../common/errors.ts';
import { ProducerTable } from './producer-state.ts';

/** Where a batch's bytes live in the object store. */
export interface BatchLocation {
  readonly key: string;
  /** First byte of the batch within the object. */
  readonly pos: number;
  readonly len: number;
}

export interface IndexedBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly maxTimestamp: number;
  location: BatchLocation;
  /** The bytes, while the batch is in the log cache. */
  bytes: Buffer | undefined;
}

export class PartitionLog {
  readonly topicId: string;
  readonly topic: string;
  readonly partition: number;
  logStartOffset = 0;
  /** The next offset after the last durable batch: what readers may see. */
  highWatermark = 0;
  /** The next offset to assign: >= highWatermark; the gap is in flight to the store. */
  nextOffset = 0;
  readonly batches: IndexedBatch[] = [];
  readonly producers = new ProducerTable();
  /** Bytes of the durable batches at or above logStartOffset. */
  size_bytes = 0;
  bytesIn_total = 0;
  /** When the oldest batch still located in a WAL object arrived (compaction's age trigger). */
  walSince_ms: number | undefined;
  private readonly waiters = new Set<() => void>();

  constructor(topicId: string, topic: string, partition: number) {
    this.topicId = topicId;
    this.topic = topic;
    this.partition = partition;
  }

  /** Adds a durable batch at the end of the log (on commit, and on replay in offset order). */
  appendDurable(batch: IndexedBatch): void {
    const last = this.batches[this.batches.length - 1];
    assert(
      last === undefined || batch.baseOffset > last.lastOffset,
      () =>
        `${this.topic}-${this.partition}: batch at ${batch.baseOffset} does not follow ${last?.lastOffset}`,
    );
    this.batches.push(batch);
    this.size_bytes += batch.location.len;
    if (batch.lastOffset + 1 > this.highWatermark) this.highWatermark = batch.lastOffset + 1;
    if (this.nextOffset < this.highWatermark) this.nextOffset = this.highWatermark;
  }

  /** Index of the first batch whose lastOffset >= offset, or batches.length. */
  findBatch(offset: number): number {
    let low = 0;
    let high = this.batches.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.batches[mid].lastOffset < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of the first batch whose maxTimestamp >= timestamp, or -1. */
  findByTimestamp(timestamp: number): number {
    const start = this.findBatch(this.logStartOffset);
    for (let i = start; i < this.batches.length; i++) if (this.batches[i].maxTimestamp >= timestamp) return i;
    return -1;
  }

  /** Moves the log start forward (retention, DeleteRecords) and forgets batches wholly below it. */
  advanceLogStart(offset: number): void {
    if (offset <= this.logStartOffset) return;
    this.logStartOffset = offset;
    let drop = 0;
    while (drop < this.batches.length && this.batches[drop].lastOffset < this.logStartOffset) {
      this.size_bytes -= this.batches[drop].location.len;
      drop++;
    }
    if (drop > 0) this.batches.splice(0, drop);
  }

  /** Calls `wake` once, at the next durable append or after close. Returns an unsubscribe. */
  onAppend(wake: () => void): () => void {
    this.waiters.add(wake);
    return () => this.waiters.delete(wake);
  }

  wakeReaders(): void {
    if (this.waiters.size === 0) return;
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiting) wake();
  }
}
