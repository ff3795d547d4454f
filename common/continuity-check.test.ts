import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContinuity, describeContinuity } from './continuity-check.ts';
import { Ledger, type LedgerRecord } from './ledger.ts';

/** A broker log per partition, written by producers in batches, plus what each producer was acked. */
class History {
  readonly acked = new Ledger();
  readonly log = new Map<number, { producerId: string; seq: number }[]>();
  readonly #nextSeq = new Map<string, number>();

  /** `producerId` writes `count` records to `partition`; `ack: false` loses the acknowledgement. */
  write(
    producerId: string,
    partition: number,
    count: number,
    options: { ack?: boolean; seqs?: number[] } = {},
  ): void {
    const log = this.log.get(partition) ?? [];
    this.log.set(partition, log);
    const seqKey = `${producerId}/${partition}`;
    const base = log.length;
    const seqs =
      options.seqs ??
      Array.from({ length: count }, () => {
        const seq = this.#nextSeq.get(seqKey) ?? 0;
        this.#nextSeq.set(seqKey, seq + 1);
        return seq;
      });
    seqs.forEach((seq, k) => {
      log.push({ producerId, seq });
      if (options.ack ?? true) this.acked.record(partition, base + k, producerId, seq);
    });
  }

  /** What a consumer reading `partition` from `from` to `to` (exclusive) records. */
  read(seen: Ledger, partition: number, from = 0, to = Number.POSITIVE_INFINITY): void {
    const log = this.log.get(partition) ?? [];
    for (let o = from; o < Math.min(to, log.length); o++) {
      const r = log[o];
      if (r !== undefined) seen.record(partition, o, r.producerId, r.seq);
    }
  }
}

describe('checkContinuity', () => {
  it('passes a clean history of interleaved producers on several partitions', () => {
    const h = new History();
    for (let i = 0; i < 50; i++) h.write(`w${i % 3}`, i % 4, 1 + (i % 7));
    const seen = new Ledger();
    for (let p = 0; p < 4; p++) h.read(seen, p);
    const report = checkContinuity(h.acked, seen);
    expect(report.ok).toBe(true);
    expect(report.acked).toBe(h.acked.recordCount);
    expect(report.seen).toBe(report.acked);
    expect(describeContinuity(report)).toMatch(/^continuity ok/);
  });

  it('does not report a consumer re-reading offsets after a rebalance as duplicates', () => {
    const h = new History();
    h.write('a', 0, 100);
    h.write('b', 0, 50);
    h.write('a', 0, 100);
    const seen = new Ledger();
    h.read(seen, 0, 0, 180); // consumer 1 reads, is revoked before committing past 120
    h.read(seen, 0, 120); // consumer 2 resumes from the committed offset 120
    const report = checkContinuity(h.acked, seen);
    expect(report.duplicated.count).toBe(0);
    expect(report.ok).toBe(true);
  });

  it('reports a producer retry that in fact succeeded as a duplicate, not a loss', () => {
    const h = new History();
    h.write('a', 0, 10);
    h.write('a', 0, 5, { ack: false }); // seqs 10..14 land, the ack times out
    h.write('b', 0, 3);
    h.write('a', 0, 5, { seqs: [10, 11, 12, 13, 14] }); // the retry lands again and is acked
    const seen = new Ledger();
    h.read(seen, 0);
    const report = checkContinuity(h.acked, seen);
    expect(report.duplicated.count).toBe(5);
    expect(report.duplicated.examples[0]).toEqual({
      partition: 0,
      offset: 10,
      producerId: 'a',
      seq: 10,
      otherOffsets: [18],
    });
    expect(report.lost.count).toBe(0);
    expect(report.inconsistent.count).toBe(0);
    // Each seq's first copy is in order, so nothing is reordered.
    expect(report.reordered.count).toBe(0);
    expect(report.ok).toBe(false);
  });

  it('reports an acked record missing in the middle of the log as lost', () => {
    const h = new History();
    h.write('a', 2, 1000);
    const log = h.log.get(2)!;
    delete log[500]; // a hole: offset 500 reads as nothing
    const seen = new Ledger();
    h.read(seen, 2);
    const report = checkContinuity(h.acked, seen);
    expect(report.lost).toEqual({
      count: 1,
      examples: [{ partition: 2, offset: 500, producerId: 'a', seq: 500 }],
    });
    expect(report.duplicated.count + report.reordered.count + report.inconsistent.count).toBe(0);
    expect(describeContinuity(report)).toContain('lost: 1 (e.g. p2@500 a#500)');
  });

  it('reports records written after a later seq as reordered', () => {
    const h = new History();
    h.write('a', 0, 10); // seqs 0..9 at 0..9
    h.write('a', 0, 5, { seqs: [15, 16, 17, 18, 19] }); // a later batch overtakes...
    h.write('a', 0, 5, { seqs: [10, 11, 12, 13, 14] }); // ...the one before it
    const seen = new Ledger();
    h.read(seen, 0);
    const report = checkContinuity(h.acked, seen);
    // Walking up the seqs, 10..14 (offsets 15..19) are in order; 15..19 then drop back to 10..14.
    expect(report.reordered.count).toBe(5);
    expect(report.reordered.examples[0]).toEqual({
      partition: 0,
      offset: 10,
      producerId: 'a',
      seq: 15,
      after: { seq: 14, offset: 19 },
    });
    expect(report.lost.count + report.duplicated.count + report.inconsistent.count).toBe(0);
  });

  it('reports two records at one offset, and records seen elsewhere than acked, as inconsistent', () => {
    const acked = new Ledger();
    acked.recordRun(0, 0, 'a', 0, 10);
    acked.recordRun(0, 10, 'b', 0, 10);
    const seen = new Ledger();
    seen.recordRun(0, 0, 'a', 0, 10);
    seen.recordRun(0, 10, 'b', 0, 10);
    seen.record(0, 5, 'z', 0); // a second broker served something else at offset 5
    seen.recordRun(0, 20, 'a', 10, 3); // never acked: fine
    const moved = new Ledger().merge(seen);
    const report = checkContinuity(acked, seen);
    expect(report.inconsistent.offsetConflicts).toBe(1);
    expect(report.inconsistent.examples[0]).toEqual({
      kind: 'offset-conflict',
      partition: 0,
      offset: 5,
      producerId: 'a',
      seq: 5,
      other: { producerId: 'z', seq: 0 },
    });
    expect(report.seenUnacked).toBe(4);
    expect(report.lost.count).toBe(0);

    // b's records 0..9 acked at 10..19 but read at 30..39.
    const movedAcked = new Ledger();
    movedAcked.recordRun(0, 10, 'b', 0, 10);
    const movedSeen = new Ledger();
    movedSeen.recordRun(0, 30, 'b', 0, 10);
    const moveReport = checkContinuity(movedAcked, movedSeen);
    expect(moveReport.inconsistent.ackMismatches).toBe(10);
    expect(moveReport.inconsistent.examples[0]).toEqual({
      kind: 'ack-mismatch',
      partition: 0,
      offset: 10,
      producerId: 'b',
      seq: 0,
      seenOffsets: [30],
    });
    expect(moveReport.lost.count).toBe(0);
    expect(moved.recordCount).toBe(seen.recordCount);
  });

  it('reports every acked record of a producer that was never read as lost, with few examples', () => {
    const acked = new Ledger();
    acked.recordRun(1, 0, 'a', 0, 1_000_000);
    const report = checkContinuity(acked, new Ledger(), { maxExamples: 3 });
    expect(report.lost.count).toBe(1_000_000);
    expect(report.lost.examples.map((e) => e.offset)).toEqual([0, 1, 2]);
  });

  it('counts exactly what a record-by-record reference checker counts, on any history', () => {
    const rec = fc.record({
      partition: fc.nat(1),
      offset: fc.nat(30),
      producerId: fc.constantFrom('a', 'b'),
      seq: fc.nat(30),
      length: fc.integer({ min: 1, max: 6 }),
    });
    const runs = fc
      .array(rec, { maxLength: 15 })
      .map((rs) =>
        rs.flatMap(({ length, ...r }) =>
          Array.from({ length }, (_, k) => ({ ...r, offset: r.offset + k, seq: r.seq + k })),
        ),
      );
    fc.assert(
      fc.property(runs, runs, (ackedRecords, seenRecords) => {
        const acked = new Ledger();
        for (const r of ackedRecords) acked.record(r.partition, r.offset, r.producerId, r.seq);
        const seen = new Ledger();
        for (const r of seenRecords) seen.record(r.partition, r.offset, r.producerId, r.seq);
        const report = checkContinuity(acked, seen, { maxExamples: 1000 });
        const expected = referenceCheck(ackedRecords, seenRecords);
        expect({
          acked: report.acked,
          seen: report.seen,
          seenUnacked: report.seenUnacked,
          lost: report.lost.count,
          duplicated: report.duplicated.count,
          reordered: report.reordered.count,
          offsetConflicts: report.inconsistent.offsetConflicts,
          ackMismatches: report.inconsistent.ackMismatches,
        }).toEqual(expected);
        expect(report.lost.examples.length).toBe(report.lost.count);
        expect(report.ok).toBe(
          expected.lost +
            expected.duplicated +
            expected.reordered +
            expected.offsetConflicts +
            expected.ackMismatches ===
            0,
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** The definitions, one record at a time. */
function referenceCheck(ackedRecords: readonly LedgerRecord[], seenRecords: readonly LedgerRecord[]) {
  const id = (r: LedgerRecord) => `${r.producerId}/${r.partition}/${r.seq}`;
  const seenOffsets = new Map<string, Set<number>>();
  for (const r of seenRecords) seenOffsets.set(id(r), (seenOffsets.get(id(r)) ?? new Set()).add(r.offset));
  const ackedOffsets = new Map<string, Set<number>>();
  for (const r of ackedRecords) ackedOffsets.set(id(r), (ackedOffsets.get(id(r)) ?? new Set()).add(r.offset));

  let lost = 0;
  let ackMismatches = 0;
  for (const [key, offsets] of ackedOffsets) {
    const seenAt = seenOffsets.get(key);
    if (seenAt === undefined) lost++;
    else for (const o of offsets) if (!seenAt.has(o)) ackMismatches++;
  }
  let duplicated = 0;
  for (const offsets of seenOffsets.values()) if (offsets.size > 1) duplicated++;

  // Reordered: per (producer, partition), seqs ascending at their lowest offset.
  const streams = new Map<string, [number, number][]>();
  for (const [key, offsets] of seenOffsets) {
    const [producer, partition, seq] = key.split('/');
    const stream = `${producer}/${partition}`;
    streams.set(stream, [...(streams.get(stream) ?? []), [Number(seq), Math.min(...offsets)]]);
  }
  let reordered = 0;
  for (const list of streams.values()) {
    let max = -1;
    for (const [, offset] of list.sort((x, y) => x[0] - y[0])) {
      if (offset <= max) reordered++;
      max = Math.max(max, offset);
    }
  }

  const atOffset = new Map<string, Set<string>>();
  for (const r of seenRecords) {
    const where = `${r.partition}@${r.offset}`;
    atOffset.set(where, (atOffset.get(where) ?? new Set()).add(`${r.producerId}#${r.seq}`));
  }
  let offsetConflicts = 0;
  for (const records of atOffset.values()) if (records.size > 1) offsetConflicts++;

  let seenUnacked = 0;
  for (const key of seenOffsets.keys()) if (!ackedOffsets.has(key)) seenUnacked++;
  return {
    acked: ackedOffsets.size,
    seen: seenOffsets.size,
    seenUnacked,
    lost,
    duplicated,
    reordered,
    offsetConflicts,
    ackMismatches,
  };
}
