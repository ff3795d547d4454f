import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePayload, recordNameHeader } from './decode.ts';
import { encodePayload, PAYLOAD_ENCODINGS } from './encoding.ts';
import { experimentEvents } from './experiment.ts';
import { readLoadFile } from './load-file.ts';

const events = [...experimentEvents(readLoadFile(new URL('./loads/2.json', import.meta.url).pathname))].slice(
  0,
  40,
);

describe('decodePayload', () => {
  it('detects every encoding and returns the record name and value', () => {
    for (const event of events) {
      for (const encoding of PAYLOAD_ENCODINGS) {
        const bytes = encodePayload(event.recordName, event.value, encoding);
        // Containers and Confluent frames name their schema; binary needs the header.
        expect(decodePayload(bytes, event.recordName)).toEqual({
          ok: true,
          recordName: event.recordName,
          value: event.value,
          encoding,
        });
        if (encoding !== 'binary')
          expect(decodePayload(bytes)).toMatchObject({ ok: true, recordName: event.recordName });
      }
    }
  });

  it('says what is wrong instead of throwing', () => {
    const event = events[0];
    const container = encodePayload(event.recordName, event.value, 'container');
    expect(decodePayload(container, 'experiment_started')).toEqual({
      ok: false,
      error: 'record_name header is "experiment_started" but the value holds experiment_configured',
    });
    expect(decodePayload(container.subarray(0, container.length - 3))).toMatchObject({
      ok: false,
      error: /truncated/,
    });
    const badSync = Buffer.from(container);
    badSync[badSync.length - 1] ^= 0xff;
    expect(decodePayload(badSync)).toMatchObject({ ok: false, error: /sync marker/ });
    expect(decodePayload(Buffer.concat([container, Buffer.from([0])]))).toMatchObject({
      ok: false,
      error: /after the container/,
    });
    const framed = encodePayload(event.recordName, event.value, 'confluent');
    framed.writeUInt32BE(99, 1);
    expect(decodePayload(framed)).toEqual({ ok: false, error: 'unknown Confluent schema id 99' });
    const binary = encodePayload(event.recordName, event.value, 'binary');
    expect(decodePayload(binary)).toMatchObject({ ok: false, error: /no record_name header/ });
    expect(decodePayload(binary, 'nope')).toEqual({ ok: false, error: 'unknown record_name "nope"' });
    expect(decodePayload(binary, 'experiment_started')).toMatchObject({
      ok: false,
      error: /cannot decode experiment_started/,
    });
  });

  it('rejects corrupt block counts quickly instead of looping on them', () => {
    const huge = [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]; // a varint of about 2^55
    expect(decodePayload(Buffer.from([0x4f, 0x62, 0x6a, 0x01, ...huge]))).toMatchObject({
      ok: false,
      error: /corrupt container header/,
    });
    const configured = Buffer.from([2, 0x61, 2, 0x62, ...huge]); // experiment "a", researcher "b", sensors: 2^55 items
    expect(decodePayload(configured, 'experiment_configured')).toMatchObject({
      ok: false,
      error: /not a well-formed/,
    });
  });

  it('never throws on arbitrary bytes', () => {
    const prefixes = [Buffer.from('Obj\x01', 'latin1'), Buffer.from([0, 0, 0, 0, 3]), Buffer.alloc(0)];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom(undefined, 'experiment_configured', 'sensor_temperature_measured'),
        (prefix, rest, name) => {
          const result = decodePayload(Buffer.concat([prefix, rest]), name);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads the record_name header from kafkajs headers and entry lists', () => {
    expect(recordNameHeader({ record_name: Buffer.from('experiment_started') })).toBe('experiment_started');
    expect(recordNameHeader({ record_name: [Buffer.from('a'), 'b'] })).toBe('a');
    expect(
      recordNameHeader([
        { key: 'x', value: Buffer.from('y') },
        { key: 'record_name', value: Buffer.from('z') },
      ]),
    ).toBe('z');
    expect(recordNameHeader({})).toBeUndefined();
    expect(recordNameHeader(undefined)).toBeUndefined();
  });
});
