import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ledger, type LedgerRecord } from './ledger.ts';

const key = (r: LedgerRecord) => `${r.partition}/${r.offset}/${r.producerId}/${r.seq}`;

const record: fc.Arbitrary<LedgerRecord> = fc.record({
  partition: fc.nat(2),
  offset: fc.nat(40),
  producerId: fc.constantFrom('a', 'b', 'c'),
  seq: fc.nat(40),
});

/** Mostly well-behaved histories (runs that continue), with re-reads and odd records mixed in. */
const history: fc.Arbitrary<LedgerRecord[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ run: record, length: fc.integer({ min: 1, max: 8 }) }) },
      { weight: 1, arbitrary: fc.record({ run: record, length: fc.constant(1) }) },
    ),
    { maxLength: 30 },
  )
  .map((runs) =>
    runs.flatMap(({ run, length }) =>
      Array.from({ length }, (_, k) => ({ ...run, offset: run.offset + k, seq: run.seq + k })),
    ),
  );

function ledgerOf(records: readonly LedgerRecord[]): Ledger {
  const ledger = new Ledger();
  for (const r of records) ledger.record(r.partition, r.offset, r.producerId, r.seq);
  return ledger;
}

describe('Ledger', () => {
  it('keeps one producer alone on a partition as one run', () => {
    const ledger = new Ledger();
    for (let i = 0; i < 100_000; i++) ledger.record(3, 1000 + i, 'w1.p0', i);
    expect(ledger.runCount).toBe(1);
    expect(ledger.runsOf('w1.p0', 3)).toEqual([0, 1000, 100_000]);
    expect(ledger.encode()).toEqual({
      v: 1,
      streams: [{ producer: 'w1.p0', partition: 3, runs: [0, 1000, 100_000] }],
    });
  });

  it('keeps interleaved producers as one run per batch, and re-reads add nothing', () => {
    const ledger = new Ledger();
    let offset = 0;
    const seq = { a: 0, b: 0 };
    for (let batch = 0; batch < 10; batch++) {
      const producer = batch % 2 === 0 ? 'a' : 'b';
      for (let k = 0; k < 5; k++) ledger.record(0, offset++, producer, seq[producer]++);
    }
    expect(ledger.runCount).toBe(10);
    const before = ledger.encode();
    expect(before.streams[0]).toEqual({
      producer: 'a',
      partition: 0,
      runs: [0, 0, 5, 0, 5, 5, 0, 5, 5, 0, 5, 5, 0, 5, 5],
    });
    // A consumer re-reads offsets 12..37 after a rebalance.
    for (let o = 12; o < 38; o++) {
      const r = ledger.recordAt(0, o)!;
      ledger.record(0, o, r.producerId, r.seq);
    }
    expect(ledger.encode()).toEqual(before);
    expect(ledger.recordCount).toBe(50);
  });

  it('records a whole batch as one run', () => {
    const byRun = new Ledger();
    byRun.recordRun(1, 500, 'p', 10, 20);
    byRun.recordRun(1, 520, 'p', 30, 5);
    byRun.recordRun(1, 600, 'p', 35, 5);
    const oneByOne = new Ledger();
    for (let k = 0; k < 25; k++) oneByOne.record(1, 500 + k, 'p', 10 + k);
    for (let k = 0; k < 5; k++) oneByOne.record(1, 600 + k, 'p', 35 + k);
    expect(byRun.equals(oneByOne)).toBe(true);
    expect(byRun.runsOf('p', 1)).toEqual([10, 500, 25, 35, 600, 5]);
  });

  it('looks up offsets by seq and records by offset', () => {
    const ledger = new Ledger();
    ledger.recordRun(0, 100, 'a', 0, 10);
    ledger.recordRun(0, 110, 'b', 0, 10);
    ledger.recordRun(0, 120, 'a', 10, 10);
    ledger.record(0, 130, 'a', 5); // a retry of a#5 that landed again
    expect(ledger.offsetOf('a', 0, 12)).toBe(122);
    expect(ledger.offsetsOf('a', 0, 5)).toEqual([105, 130]);
    expect(ledger.offsetOf('a', 0, 20)).toBeUndefined();
    expect(ledger.offsetOf('a', 1, 0)).toBeUndefined();
    expect(ledger.offsetOf('z', 0, 0)).toBeUndefined();
    expect(ledger.recordAt(0, 115)).toEqual({ producerId: 'b', seq: 5 });
    expect(ledger.recordAt(0, 130)).toEqual({ producerId: 'a', seq: 5 });
    expect(ledger.recordAt(0, 131)).toBeUndefined();
    expect(ledger.recordAt(7, 0)).toBeUndefined();
  });

  it('asserts on numbers that cannot be offsets or sequences', () => {
    const ledger = new Ledger();
    expect(() => ledger.record(0, -1, 'a', 0)).toThrow(/offset must be a safe non-negative integer/);
    expect(() => ledger.record(0, 0, 'a', 0.5)).toThrow(/seq must be/);
    expect(() => ledger.record(-1, 0, 'a', 0)).toThrow(/partition must be/);
    expect(() => ledger.record(0, 0, '', 0)).toThrow(/producer id/);
    expect(() => ledger.recordRun(0, 0, 'a', 0, 0)).toThrow(/count must be an integer >= 1/);
    expect(() => ledger.recordRun(0, 2 ** 53 - 2, 'a', 0, 5)).toThrow(/run end offset/);
    ledger.record(0, 2 ** 40, 'a', 2 ** 33);
    ledger.record(0, 2 ** 40 + 1, 'a', 2 ** 33 + 1);
    expect(ledger.runsOf('a', 0)).toEqual([2 ** 33, 2 ** 40, 2]);
  });

  it('rejects malformed wire forms with what is wrong', () => {
    expect(() => Ledger.decode(null)).toThrow(/expected an object/);
    expect(() => Ledger.decode({ v: 2, streams: [] })).toThrow(/unsupported version 2/);
    expect(() => Ledger.decode({ v: 1 })).toThrow(/streams must be an array/);
    expect(() => Ledger.decode({ v: 1, streams: [{ producer: '', partition: 0, runs: [] }] })).toThrow(
      /producer/,
    );
    expect(() => Ledger.decode({ v: 1, streams: [{ producer: 'a', partition: -1, runs: [] }] })).toThrow(
      /partition/,
    );
    expect(() => Ledger.decode({ v: 1, streams: [{ producer: 'a', partition: 0, runs: [1, 2] }] })).toThrow(
      /triples/,
    );
    expect(() =>
      Ledger.decode({ v: 1, streams: [{ producer: 'a', partition: 0, runs: [1, 2, 0] }] }),
    ).toThrow(/count >= 1/);
    expect(() =>
      Ledger.decode({ v: 1, streams: [{ producer: 'a', partition: 0, runs: [-1, 2, 1] }] }),
    ).toThrow(/outside/);
    expect(() =>
      Ledger.decode({ v: 1, streams: [{ producer: 'a', partition: 0, runs: [0, 'x', 1] }] }),
    ).toThrow(/integers/);
  });

  it('holds exactly the distinct records it was given', () => {
    fc.assert(
      fc.property(history, (records) => {
        const ledger = ledgerOf(records);
        const model = new Set(records.map(key));
        expect(new Set([...ledger.records()].map(key))).toEqual(model);
        expect(ledger.recordCount).toBe(model.size);
        for (const r of records) {
          const offsets = [
            ...new Set(
              records
                .filter(
                  (x) => x.partition === r.partition && x.producerId === r.producerId && x.seq === r.seq,
                )
                .map((x) => x.offset),
            ),
          ];
          expect(ledger.offsetsOf(r.producerId, r.partition, r.seq)).toEqual(offsets.sort((x, y) => x - y));
          const at = records.filter((x) => x.partition === r.partition && x.offset === r.offset);
          const distinct = [
            ...new Map(
              at.map((x) => [`${x.producerId}/${x.seq}`, { producerId: x.producerId, seq: x.seq }]),
            ).values(),
          ];
          expect(ledger.recordsAt(r.partition, r.offset)).toEqual(
            distinct.sort((x, y) =>
              x.producerId < y.producerId ? -1 : x.producerId > y.producerId ? 1 : x.seq - y.seq,
            ),
          );
        }
      }),
    );
  });

  it('gives the same ledger however it was cut into deltas, merged, or shipped', () => {
    fc.assert(
      fc.property(history, fc.array(fc.nat(200), { maxLength: 5 }), (records, cuts) => {
        const whole = ledgerOf(records);
        const worker = new Ledger();
        const controller = new Ledger();
        records.forEach((r, i) => {
          worker.record(r.partition, r.offset, r.producerId, r.seq);
          if (cuts.includes(i))
            controller.merge(Ledger.decode(JSON.parse(JSON.stringify(worker.takeDelta().encode()))));
        });
        controller.merge(worker.takeDelta());
        expect(worker.isEmpty).toBe(true);
        expect(controller.equals(whole)).toBe(true);
        expect(Ledger.decode(whole.encode()).equals(whole)).toBe(true);
        // Recording in reverse order yields the same evidence.
        expect(ledgerOf([...records].reverse()).equals(whole)).toBe(true);
      }),
    );
  });
});
