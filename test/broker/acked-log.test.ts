// The durability checker on hand-made histories: it must name every kind of violation, with examples.
import { describe, expect, it } from 'vitest';
import { checkAcked, parseAckedLines, type StoredRecord } from './acked-log.ts';

const r = (partition: number, offset: number, value: string): StoredRecord => ({ partition, offset, value });

describe('checkAcked', () => {
  const log = [r(0, 0, 'p0-0'), r(0, 1, 'p0-1'), r(0, 2, 'p1-0'), r(1, 0, 'p0-2')];

  it('passes when every acked record is at its offset, once, in send order', () => {
    const verdict = checkAcked([r(0, 0, 'p0-0'), r(0, 1, 'p0-1'), r(1, 0, 'p0-2')], log);
    expect(verdict.ok).toBe(true);
    expect(verdict.explanation).toBe('all 3 acked records present once, at their offsets, in order');
  });

  it('an unacked record in the log is fine (the ack may have been lost)', () => {
    expect(checkAcked([r(0, 0, 'p0-0')], log).ok).toBe(true);
  });

  it('reports an acked record that is missing', () => {
    const verdict = checkAcked([r(0, 3, 'p0-3')], log);
    expect(verdict.ok).toBe(false);
    expect(verdict.lost).toEqual([r(0, 3, 'p0-3')]);
    expect(verdict.explanation).toMatch(/^1 acked records are missing, e\.g\. \[\{"partition":0,"offset":3/);
  });

  it('reports an acked record found at another offset', () => {
    const verdict = checkAcked([r(0, 2, 'p0-1')], log);
    expect(verdict.misplaced).toEqual([{ acked: r(0, 2, 'p0-1'), found: r(0, 2, 'p1-0') }]);
  });

  it('reports a value stored twice', () => {
    const verdict = checkAcked([r(0, 0, 'p0-0')], [...log, r(0, 3, 'p0-0')]);
    expect(verdict.duplicated).toEqual([{ value: 'p0-0', at: [r(0, 0, 'p0-0'), r(0, 3, 'p0-0')] }]);
  });

  it("reports a producer's records stored against their send order", () => {
    const swapped = [r(0, 0, 'p0-1'), r(0, 1, 'p0-0')];
    const verdict = checkAcked(swapped, swapped);
    expect(verdict.reordered).toEqual([{ earlier: r(0, 0, 'p0-1'), later: r(0, 1, 'p0-0') }]);
  });

  it('parses the load generators\' "partition offset value" lines', () => {
    expect(parseAckedLines('0 12 p1-5\n3 0 q-7\n')).toEqual([r(0, 12, 'p1-5'), r(3, 0, 'q-7')]);
  });
});
