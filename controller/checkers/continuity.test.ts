import { describe, expect, it } from 'vitest';
import type { AssertionResult } from '../model.ts';
import { checkContinuityAssertions, splitLost } from './continuity.ts';
import { evaluateTask } from './evaluate.ts';
import { makeHistory, makeTask, T0, writeAndRead } from './test-kit.ts';

const byId = (results: readonly AssertionResult[], id: string) => results.find((r) => r.id === id)!;

describe('continuity assertions', () => {
  it('pass a clean history of two producers interleaving on three partitions', () => {
    const h = makeHistory(makeTask());
    for (let p = 0; p < 3; p++) {
      writeAndRead(h, p, 'w1', 0, 0, 100);
      writeAndRead(h, p, 'w2', 0, 100, 50);
      writeAndRead(h, p, 'w1', 100, 150, 100);
    }
    const results = checkContinuityAssertions(h);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['continuity.lost', 'pass'],
      ['continuity.duplicated', 'pass'],
      ['continuity.reordered', 'pass'],
      ['continuity.inconsistent', 'pass'],
    ]);
    expect(byId(results, 'continuity.lost').message).toBe('all 750 acked records were read');
  });

  it('do not count a consumer rebalance that re-reads offsets as duplicates', () => {
    const h = makeHistory(makeTask());
    writeAndRead(h, 0, 'w1', 0, 0, 200, { read: false });
    h.seen.recordRun(0, 0, 'w1', 0, 150); // consumer A reads 0..149, is revoked after committing 120
    h.seen.recordRun(0, 120, 'w1', 120, 80); // consumer B resumes at 120
    const results = checkContinuityAssertions(h);
    expect(results.every((r) => r.status === 'pass')).toBe(true);
  });

  it('report a producer retry after a timeout that did succeed as a duplicate, not a loss', () => {
    const h = makeHistory(makeTask());
    writeAndRead(h, 0, 'w1', 0, 0, 10);
    // seqs 10..14 land at offsets 10..14 but the ack times out; the retry lands again at 15..19 and is acked
    writeAndRead(h, 0, 'w1', 10, 10, 5, { ack: false });
    writeAndRead(h, 0, 'w1', 10, 15, 5);
    const results = checkContinuityAssertions(h);
    expect(byId(results, 'continuity.lost').status).toBe('pass');
    const dup = byId(results, 'continuity.duplicated');
    expect(dup.status).toBe('fail');
    expect(dup.measured).toBe(5);
    expect(dup.message).toMatch(/^5 records stored at two or more offsets \(e\.g\. p0@10 w1#10 also at 15/);
    expect((dup.evidence as { examples: unknown[] }).examples[0]).toEqual({
      partition: 0,
      offset: 10,
      producerId: 'w1',
      seq: 10,
      otherOffsets: [15],
    });
    // Acked at 15..19 and read there too: consistent.
    expect(byId(results, 'continuity.inconsistent').status).toBe('pass');
  });

  it('name the lost record: partition, acked offset, producer and seq', () => {
    const h = makeHistory(makeTask());
    writeAndRead(h, 1, 'w2', 0, 0, 40);
    writeAndRead(h, 1, 'w2', 40, 40, 1, { read: false }); // acked, never read
    writeAndRead(h, 1, 'w2', 41, 41, 59);
    const lost = byId(checkContinuityAssertions(h), 'continuity.lost');
    expect(lost.status).toBe('fail');
    expect(lost.inconclusive).toBeUndefined();
    expect(lost.measured).toBe(1);
    expect(lost.message).toBe('1 acked record never read (e.g. p1@40 w2#40)');
    expect(lost.evidence).toMatchObject({
      count: 1,
      examples: [{ partition: 1, offset: 40, producerId: 'w2', seq: 40 }],
    });
  });

  it('accept records that were delivered but never acked', () => {
    const h = makeHistory(makeTask());
    writeAndRead(h, 0, 'w1', 0, 0, 10);
    writeAndRead(h, 0, 'w1', 10, 10, 3, { ack: false }); // acks lost, records landed
    const results = checkContinuityAssertions(h);
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    expect(byId(results, 'continuity.lost').evidence).toMatchObject({ seenUnacked: 3 });
  });

  it('catch a producer whose records sit in an order that contradicts its sequence', () => {
    const h = makeHistory(makeTask());
    writeAndRead(h, 2, 'w1', 0, 0, 5);
    writeAndRead(h, 2, 'w1', 6, 5, 1); // seq 6 at offset 5
    writeAndRead(h, 2, 'w1', 5, 6, 1); // seq 5 at offset 6
    writeAndRead(h, 2, 'w1', 7, 7, 5);
    const reordered = byId(checkContinuityAssertions(h), 'continuity.reordered');
    expect(reordered.status).toBe('fail');
    expect(reordered.measured).toBe(1);
    // seq 6 sits at offset 5, below seq 5 at offset 6
    expect(reordered.message).toContain('p2@5 w1#6 after #5@6');
  });

  it('catch two different records read at one offset', () => {
    const h = makeHistory(makeTask());
    writeAndRead(h, 0, 'w1', 0, 0, 10);
    h.seen.record(0, 4, 'w9', 0); // a second read of offset 4 returned another record
    const inconsistent = byId(checkContinuityAssertions(h), 'continuity.inconsistent');
    expect(inconsistent.status).toBe('fail');
    expect(inconsistent.evidence).toMatchObject({ offsetConflicts: 1, ackMismatches: 0 });
  });

  it('only check duplicates and order when the task asserts them', () => {
    const task = makeTask({ acks: 1, assert: { continuity: { duplicated: false, reordered: false } } });
    const h = makeHistory(task);
    writeAndRead(h, 0, 'w1', 0, 0, 10);
    expect(checkContinuityAssertions(h).map((r) => r.id)).toEqual([
      'continuity.lost',
      'continuity.inconsistent',
    ]);
  });
});

describe('continuity.lost after an incomplete final read', () => {
  function incomplete() {
    const h = makeHistory(makeTask(), { finalReadComplete: false });
    writeAndRead(h, 0, 'w1', 0, 0, 100); // partition 0 read to the end
    writeAndRead(h, 1, 'w1', 0, 0, 60); // partition 1 read up to offset 59...
    writeAndRead(h, 1, 'w1', 60, 60, 40, { read: false }); // ...and not beyond
    writeAndRead(h, 2, 'w1', 0, 0, 30, { read: false }); // partition 2 never read
    return h;
  }

  it('claims no loss beyond the reads and says the check was inconclusive', () => {
    const lost = checkContinuityAssertions(incomplete()).find((r) => r.id === 'continuity.lost')!;
    expect(lost.status).toBe('fail');
    expect(lost.inconclusive).toBe(true);
    expect(lost.measured).toBe(0);
    expect(lost.message).toMatch(/no acked record proven lost/);
    expect(lost.message).toMatch(
      /70 acked records on partition\(s\) 1, 2 lie beyond the highest offset read/,
    );
    expect(lost.evidence).toMatchObject({
      count: 0,
      unverified: 70,
      unverifiedPartitions: [
        { partition: 1, readThroughOffset: 59, records: 40, firstOffset: 60 },
        { partition: 2, readThroughOffset: -1, records: 30, firstOffset: 0 },
      ],
    });
  });

  it('still proves a loss below the highest offset read', () => {
    const h = incomplete();
    writeAndRead(h, 0, 'w2', 0, 100, 1, { read: false }); // skipped by a read that went on to 101
    writeAndRead(h, 0, 'w2', 1, 101, 1);
    const lost = checkContinuityAssertions(h).find((r) => r.id === 'continuity.lost')!;
    expect(lost.status).toBe('fail');
    expect(lost.inconclusive).toBeUndefined();
    expect(lost.measured).toBe(1);
    expect(lost.message).toMatch(
      /^1 acked record never read \(e\.g\. p0@100 w2#0\); also, the final read was incomplete/,
    );
  });

  it('makes the task an error, not a product failure, and never satisfies expect: fail', () => {
    const h = incomplete();
    const verdict = evaluateTask(h, 1, T0 - 10_000, T0 + 40_000);
    expect(verdict.status).toBe('error');
    expect(verdict.unexpected).toEqual(['continuity.lost']);
    expect(verdict.errors.join('\n')).toMatch(/^continuity.lost inconclusive: no acked record proven lost/m);
    expect(verdict.summary.lost).toBe(0);

    const selfTest = makeTask({
      kind: 'self-test-mutation',
      mutation: 'drop-acked',
      expect: { fail: ['continuity.lost'] },
    });
    const st = evaluateTask({ ...incomplete(), task: selfTest }, 1, T0, T0);
    expect(st.status).toBe('error');
    expect(st.unexpected).toEqual(['continuity.lost']);
  });

  it('splitLost counts a record acked twice once', () => {
    const h = makeHistory(makeTask(), { finalReadComplete: false });
    h.acked.recordRun(0, 0, 'w1', 0, 5);
    h.acked.recordRun(0, 10, 'w1', 0, 5);
    h.seen.recordRun(0, 20, 'w9', 0, 1);
    const split = splitLost(h.acked, h.seen);
    expect(split.proven.count + split.unverified).toBe(5);
    expect(split.proven.count).toBe(5);
  });
});
