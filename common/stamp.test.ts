import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeStamp,
  type HeaderEntry,
  STAMP_HEADERS,
  type Stamp,
  stampHeaderEntries,
  stampHeaders,
  withStamp,
} from './stamp.ts';

const stamp: Stamp = {
  runId: 'run-7f3a',
  producerId: 'w3.p1',
  seq: 123_456_789_012,
  scheduledAt_ms: 1_694_266_072_336.535,
};

/** What kafkajs hands a consumer: every header value as a Buffer. */
function asConsumed(headers: Record<string, string>): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)]));
}

describe('continuity stamp', () => {
  it('writes four short lh.* headers as decimal strings', () => {
    expect(stampHeaders(stamp)).toEqual({
      'lh.run': 'run-7f3a',
      'lh.pid': 'w3.p1',
      'lh.seq': '123456789012',
      'lh.sched': '1694266072336.535',
    });
    expect(stampHeaders({ ...stamp, scheduledAt_ms: 1_694_266_072_336 })['lh.sched']).toBe('1694266072336');
    expect(stampHeaders({ ...stamp, scheduledAt_ms: 0.5 })['lh.sched']).toBe('0.5');
    expect(Object.values(STAMP_HEADERS)).toEqual(['lh.run', 'lh.pid', 'lh.seq', 'lh.sched']);
  });

  it('reads back from kafkajs headers, header entry lists and repeated keys', () => {
    expect(decodeStamp(stampHeaders(stamp))).toEqual(stamp);
    expect(decodeStamp(asConsumed(stampHeaders(stamp)))).toEqual(stamp);
    expect(decodeStamp(stampHeaderEntries(stamp))).toEqual(stamp);
    const repeated = { ...asConsumed(stampHeaders(stamp)), 'lh.seq': [Buffer.from('5'), Buffer.from('6')] };
    expect(decodeStamp(repeated)?.seq).toBe(5);
    const entries: HeaderEntry[] = [
      { key: 'record_name', value: Buffer.from('x') },
      ...stampHeaderEntries(stamp),
    ];
    expect(decodeStamp(entries)).toEqual(stamp);
  });

  it('keeps record_name the first header', () => {
    const headers = withStamp({ record_name: 'sensor_temperature_measured' }, stamp);
    expect(Object.keys(headers)).toEqual(['record_name', 'lh.run', 'lh.pid', 'lh.seq', 'lh.sched']);
  });

  it('refuses to stamp values that would not read back', () => {
    expect(() => stampHeaders({ ...stamp, runId: '' })).toThrow(/run id/);
    expect(() => stampHeaders({ ...stamp, producerId: 'has space' })).toThrow(/producer id/);
    expect(() => stampHeaders({ ...stamp, seq: -1 })).toThrow(/seq/);
    expect(() => stampHeaders({ ...stamp, seq: 2 ** 53 })).toThrow(/seq/);
    expect(() => stampHeaders({ ...stamp, scheduledAt_ms: Number.NaN })).toThrow(/scheduled/);
  });

  it('reads an unstamped or garbled record as unstamped, without throwing', () => {
    const good = asConsumed(stampHeaders(stamp));
    const garbage: unknown[] = [
      undefined,
      null,
      {},
      [],
      'lh.run',
      { record_name: Buffer.from('x') },
      { ...good, 'lh.seq': Buffer.from('12x') },
      { ...good, 'lh.seq': Buffer.from('-1') },
      { ...good, 'lh.seq': Buffer.from('007') },
      { ...good, 'lh.seq': Buffer.from('99999999999999999') },
      { ...good, 'lh.sched': Buffer.from('1e12') },
      { ...good, 'lh.sched': Buffer.from('') },
      { ...good, 'lh.run': Buffer.alloc(0) },
      { ...good, 'lh.run': Buffer.alloc(100_000, 65) },
      { ...good, 'lh.pid': 42 },
      { ...good, 'lh.pid': [] },
      { ...good, 'lh.pid': undefined },
      [{ key: 'lh.run' }, null, 7, { key: 'lh.seq', value: 'x' }],
      Object.defineProperty({}, 'lh.run', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      }),
    ];
    for (const headers of garbage) {
      expect(() => decodeStamp(headers as never)).not.toThrow();
      expect(decodeStamp(headers as never)).toBeUndefined();
    }
  });

  it('never throws on random header bytes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('lh.run', 'lh.pid', 'lh.seq', 'lh.sched', 'x'),
          fc.uint8Array({ maxLength: 40 }),
        ),
        (dict) => {
          const headers = Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, Buffer.from(v)]));
          expect(() => decodeStamp(headers)).not.toThrow();
        },
      ),
    );
  });

  it('round-trips any valid stamp at microsecond precision', () => {
    const id = fc.stringMatching(/^[\x21-\x7e]{1,40}$/);
    fc.assert(
      fc.property(
        id,
        id,
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.nat({ max: 4_000_000_000_000_000 }),
        (runId, producerId, seq, us) => {
          const s: Stamp = { runId, producerId, seq, scheduledAt_ms: us / 1000 };
          const back = decodeStamp(asConsumed(stampHeaders(s)));
          expect(back).toEqual({ ...s, scheduledAt_ms: expect.closeTo(s.scheduledAt_ms, 3) });
        },
      ),
    );
  });
});
