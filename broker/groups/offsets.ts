// One group's committed offsets in memory: applied in request order, with the partitions whose commit is in flight.
import { assert } from '../../common/errors.ts';
import type { StoredOffset } from './offset-store.ts';

export interface CommittedOffset extends StoredOffset {
  /** Which commit wrote it: a commit that finishes late never overwrites a later one. */
  readonly commitSeq: number;
}

function keyOf(topic: string, partition: number): string {
  // Topic names are [a-zA-Z0-9._-]+, so NUL cannot be part of one.
  return `${topic}\u0000${partition}`;
}

export class CommittedOffsets {
  readonly #committed = new Map<string, CommittedOffset>();
  /** Partition key -> number of commits in flight that write it (for OffsetFetch requireStable). */
  readonly #inFlightPartitions = new Map<string, number>();
  /** Store calls not settled yet; a group deletion waits for them so it is ordered after them. */
  readonly #inFlightCommits = new Set<Promise<unknown>>();
  #nextSeq = 1;

  get size(): number {
    return this.#committed.size;
  }

  get inFlightCommits(): number {
    return this.#inFlightCommits.size;
  }

  /** Settles when every commit in flight now has settled (never rejects). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#inFlightCommits]);
  }

  /** Registers a commit about to be sent to the store; returns its sequence number. */
  begin(entries: readonly StoredOffset[], storeCall: Promise<unknown>): number {
    for (const entry of entries) {
      const key = keyOf(entry.topic, entry.partition);
      this.#inFlightPartitions.set(key, (this.#inFlightPartitions.get(key) ?? 0) + 1);
    }
    this.#inFlightCommits.add(storeCall);
    return this.#nextSeq++;
  }

  /** The store answered (either way) for the commit `begin` registered. */
  end(entries: readonly StoredOffset[], storeCall: Promise<unknown>): void {
    for (const entry of entries) {
      const key = keyOf(entry.topic, entry.partition);
      const count = this.#inFlightPartitions.get(key) ?? 0;
      assert(
        count > 0,
        () => `offset commit of ${entry.topic}/${entry.partition} ended but was not in flight`,
      );
      if (count === 1) this.#inFlightPartitions.delete(key);
      else this.#inFlightPartitions.set(key, count - 1);
    }
    assert(this.#inFlightCommits.delete(storeCall), 'offset commit ended twice');
  }

  /** Makes a durable commit visible, unless a later commit of the same partition already is. */
  apply(commitSeq: number, entries: readonly StoredOffset[]): void {
    for (const entry of entries) {
      const key = keyOf(entry.topic, entry.partition);
      const current = this.#committed.get(key);
      if (current === undefined || current.commitSeq <= commitSeq) {
        this.#committed.set(key, { ...entry, commitSeq });
      }
    }
  }

  /** Loads offsets replayed from the store; they count as the latest commit. */
  restore(entries: readonly StoredOffset[]): void {
    this.apply(this.#nextSeq++, entries);
  }

  clear(): void {
    this.#committed.clear();
  }

  get(topic: string, partition: number): CommittedOffset | undefined {
    return this.#committed.get(keyOf(topic, partition));
  }

  isInFlight(topic: string, partition: number): boolean {
    return this.#inFlightPartitions.has(keyOf(topic, partition));
  }

  /** Every committed offset, by topic then partition. */
  all(): CommittedOffset[] {
    return [...this.#committed.values()].sort((a, b) =>
      a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1,
    );
  }
}
