// Idempotent-producer sequence checks per partition (KIP-98): accept the next batch, spot duplicates, refuse gaps.

/** What an incoming idempotent batch claims. */
export interface ProducerBatchClaim {
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly recordCount: number;
}

/** A batch the partition accepted, remembered for duplicate detection. */
export interface RememberedBatch {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  /** Set while the batch is not yet durable: duplicates wait for it. */
  readonly durable: Promise<void> | undefined;
}

interface ProducerEntry {
  epoch: number;
  lastSeq: number;
  /** The most recent batches, newest last; Kafka keeps five (max.in.flight.requests.per.connection). */
  batches: RememberedBatch[];
}

export type SequenceVerdict =
  | { readonly kind: 'accept' }
  | { readonly kind: 'duplicate'; readonly batch: RememberedBatch }
  | { readonly kind: 'out-of-order'; readonly expected: number }
  | { readonly kind: 'fenced-epoch'; readonly current: number };

const rememberedBatches = 5;
const maxSequence = 0x7fffffff;

/** Kafka sequences wrap from Int32.MAX_VALUE to 0. */
export function lastSequenceOf(baseSequence: number, recordCount: number): number {
  const last = baseSequence + recordCount - 1;
  return last > maxSequence ? last - maxSequence - 1 : last;
}

function nextSequence(seq: number): number {
  return seq === maxSequence ? 0 : seq + 1;
}

/**
 * Producer state of one partition. `check` looks at the state including batches that are
 * accepted but not yet durable; `rollback` forgets those when a write to the store fails.
 */
export class ProducerTable {
  private readonly durable = new Map<bigint, ProducerEntry>();
  private pending = new Map<bigint, ProducerEntry>();

  get size(): number {
    return this.durable.size;
  }

  private current(producerId: bigint): ProducerEntry | undefined {
    return this.pending.get(producerId) ?? this.durable.get(producerId);
  }

  check(claim: ProducerBatchClaim): SequenceVerdict {
    const entry = this.current(claim.producerId);
    if (entry === undefined) {
      // A producer we have never seen must start at sequence 0 (or it lost its state: refuse the gap).
      return claim.baseSequence === 0 ? { kind: 'accept' } : { kind: 'out-of-order', expected: 0 };
    }
    if (claim.producerEpoch < entry.epoch) return { kind: 'fenced-epoch', current: entry.epoch };
    if (claim.producerEpoch > entry.epoch) {
      return claim.baseSequence === 0 ? { kind: 'accept' } : { kind: 'out-of-order', expected: 0 };
    }
    const lastSeq = lastSequenceOf(claim.baseSequence, claim.recordCount);
    const duplicate = entry.batches.find(
      (batch) => batch.firstSeq === claim.baseSequence && batch.lastSeq === lastSeq,
    );
    if (duplicate) return { kind: 'duplicate', batch: duplicate };
    const expected = nextSequence(entry.lastSeq);
    return claim.baseSequence === expected ? { kind: 'accept' } : { kind: 'out-of-order', expected };
  }

  /** Records an accepted batch as pending (not yet durable). */
  acceptPending(
    claim: ProducerBatchClaim,
    baseOffset: number,
    lastOffset: number,
    durable: Promise<void>,
  ): void {
    const base = this.current(claim.producerId);
    const entry: ProducerEntry = {
      epoch: claim.producerEpoch,
      lastSeq: lastSequenceOf(claim.baseSequence, claim.recordCount),
      batches: base && base.epoch === claim.producerEpoch ? [...base.batches] : [],
    };
    entry.batches.push({
      firstSeq: claim.baseSequence,
      lastSeq: entry.lastSeq,
      baseOffset,
      lastOffset,
      durable,
    });
    if (entry.batches.length > rememberedBatches) entry.batches.shift();
    this.pending.set(claim.producerId, entry);
  }

  /** Applies a batch that is durable (on commit, and when replaying the log at start-up). */
  applyDurable(claim: ProducerBatchClaim, baseOffset: number, lastOffset: number): void {
    const base = this.durable.get(claim.producerId);
    const lastSeq = lastSequenceOf(claim.baseSequence, claim.recordCount);
    const entry: ProducerEntry =
      base && base.epoch === claim.producerEpoch
        ? base
        : { epoch: claim.producerEpoch, lastSeq, batches: [] };
    entry.epoch = claim.producerEpoch;
    entry.lastSeq = lastSeq;
    entry.batches.push({ firstSeq: claim.baseSequence, lastSeq, baseOffset, lastOffset, durable: undefined });
    if (entry.batches.length > rememberedBatches) entry.batches.shift();
    this.durable.set(claim.producerId, entry);
    const pending = this.pending.get(claim.producerId);
    // Once the durable state has caught up with the pending one, the overlay is no longer needed.
    if (pending && pending.epoch === entry.epoch && pending.lastSeq === entry.lastSeq)
      this.pending.delete(claim.producerId);
  }

  /** Forgets everything not yet durable (the write that held it failed). */
  rollback(): void {
    this.pending = new Map();
  }

  /** Producer ids with their epoch and last sequence, for DescribeProducers-like introspection and tests. */
  snapshot(): { producerId: bigint; epoch: number; lastSeq: number }[] {
    return [...this.durable].map(([producerId, entry]) => ({
      producerId,
      epoch: entry.epoch,
      lastSeq: entry.lastSeq,
    }));
  }

  /** The durable state, for a compacted stream object (restored when a partition is loaded). */
  persistable(): ProducerSnapshot {
    return [...this.durable].map(([producerId, entry]) => ({
      producerId: producerId.toString(),
      epoch: entry.epoch,
      lastSeq: entry.lastSeq,
      batches: entry.batches.map((b) => [b.firstSeq, b.lastSeq, b.baseOffset, b.lastOffset] as const),
    }));
  }

  /** Replaces the durable state with a snapshot (before the batches after it are applied). */
  restore(snapshot: ProducerSnapshot): void {
    this.durable.clear();
    this.pending.clear();
    for (const item of snapshot) {
      this.durable.set(BigInt(item.producerId), {
        epoch: item.epoch,
        lastSeq: item.lastSeq,
        batches: item.batches.map(([firstSeq, lastSeq, baseOffset, lastOffset]) => ({
          firstSeq,
          lastSeq,
          baseOffset,
          lastOffset,
          durable: undefined,
        })),
      });
    }
  }
}

/** Producer state as stored in a stream object: per producer, its epoch, last sequence and last batches. */
export type ProducerSnapshot = readonly {
  readonly producerId: string;
  readonly epoch: number;
  readonly lastSeq: number;
  readonly batches: readonly (readonly [number, number, number, number])[];
}[];
