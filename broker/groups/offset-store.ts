// The OffsetStore contract: where committed offsets become durable (plus an in-memory implementation).

/** One committed offset as it is stored and replayed. */
export interface StoredOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
  /** -1 when unknown. */
  readonly leaderEpoch: number;
  /** The client's metadata string; a null from the client is stored as ''. */
  readonly metadata: string;
}

/**
 * Durable storage of committed offsets. The coordinator acknowledges an OffsetCommit only after
 * `commit` resolved, and forgets a deleted group's offsets only after `deleteGroup` resolved.
 * Calls for one group are made in the order the requests arrived; a store that appends to a log
 * must keep that order, so that a replay ends with the same offsets the coordinator served.
 */
export interface OffsetStore {
  commit(groupId: string, entries: readonly StoredOffset[]): Promise<void>;
  /** Removes every offset of the group (DeleteGroups), so that a replay does not bring them back. */
  deleteGroup(groupId: string): Promise<void>;
}

export type OffsetStoreFailure =
  /** The store could not be reached; the client retries (COORDINATOR_NOT_AVAILABLE). */
  | 'unavailable'
  /** This broker lost the right to write (lease lost, fenced): the client must find the new coordinator (NOT_COORDINATOR). */
  | 'fenced';

/** Thrown by an OffsetStore to say how a failure should reach the client; any other error counts as 'unavailable'. */
export class OffsetStoreError extends Error {
  readonly failure: OffsetStoreFailure;
  constructor(failure: OffsetStoreFailure, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OffsetStoreError';
    this.failure = failure;
  }
}

/** Keeps offsets in memory: for tests and the broker's `memory` backend. */
export class MemoryOffsetStore implements OffsetStore {
  readonly #groups = new Map<string, Map<string, StoredOffset>>();

  async commit(groupId: string, entries: readonly StoredOffset[]): Promise<void> {
    let offsets = this.#groups.get(groupId);
    if (offsets === undefined) {
      offsets = new Map();
      this.#groups.set(groupId, offsets);
    }
    for (const entry of entries) offsets.set(`${entry.topic}\u0000${entry.partition}`, entry);
  }

  async deleteGroup(groupId: string): Promise<void> {
    this.#groups.delete(groupId);
  }

  /** Every group with its offsets, in the shape `GroupCoordinator.restoreOffsets` takes. */
  contents(): Map<string, StoredOffset[]> {
    return new Map([...this.#groups].map(([groupId, offsets]) => [groupId, [...offsets.values()]]));
  }
}
