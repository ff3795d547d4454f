// The bus envelope: what a valid frame is, and what a broken one decodes to.
import { describe, expect, it } from 'vitest';
import {
  answerError,
  answerOk,
  askEnvelope,
  busProtocolVersion,
  createIdSource,
  decodeFrame,
  encodeFrame,
  eventEnvelope,
} from './envelope.ts';
import { BusProtocolError } from './errors.ts';

describe('bus envelope', () => {
  it('round-trips every kind of envelope through a frame', () => {
    const envelopes = [
      askEnvelope('request', 'a1', 'rate.set', { roleId: 'p1', rate_per_s: 10, unit: 'messages' }),
      askEnvelope('publish', 'a2', 'rate.set', { roleId: 'p1', rate_per_s: 0, unit: 'bytes' }),
      eventEnvelope('a3', 'worker.report', { interval: 1 }),
      answerOk('reply', 'a4', 'a1', 'rate.set', { roleId: 'p1', rate_per_s: 10 }),
      answerError('ack', 'a5', 'a2', 'rate.set', {
        code: 'handler_error',
        message: 'no role p1',
        retriable: false,
      }),
    ];
    for (const envelope of envelopes) {
      const decoded = decodeFrame(encodeFrame(envelope));
      expect(decoded).toEqual({ ok: true, envelope });
    }
  });

  it('decodes a Buffer frame as well as a string', () => {
    const frame = Buffer.from(encodeFrame(eventEnvelope('e1', 'worker.report', {})));
    expect(decodeFrame(frame).ok).toBe(true);
  });

  it('says a frame is not JSON, with the start of the frame', () => {
    const decoded = decodeFrame('{"v":1, garbage');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toBeInstanceOf(BusProtocolError);
    expect(decoded.error.code).toBe('bad_frame');
    expect(decoded.error.message).toMatch(/frame is not JSON .*garbage/);
  });

  it('refuses JSON that is not an object', () => {
    for (const frame of ['[]', '42', 'null', '"request"']) {
      const decoded = decodeFrame(frame);
      expect(decoded.ok ? 'ok' : decoded.error.code).toBe('bad_frame');
    }
  });

  it('names the version of a frame from another protocol version, and keeps its id for the error reply', () => {
    const decoded = decodeFrame(
      JSON.stringify({ v: 2, kind: 'request', id: 'r9', type: 'rate.set', ts_ms: 1 }),
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe('version_mismatch');
    expect(decoded.error.message).toMatch(/version 2, this side speaks 1/);
    expect(decoded).toMatchObject({ id: 'r9', kind: 'request', type: 'rate.set' });
  });

  it('lists what is wrong with a malformed envelope', () => {
    const decoded = decodeFrame(
      JSON.stringify({ v: 1, kind: 'reply', id: 'x', type: 't', ts_ms: 1, ok: false }),
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe('bad_frame');
    expect(decoded.error.message).toMatch(/invalid envelope: .*correlationId/);
    const unknownKind = decodeFrame(JSON.stringify({ v: 1, kind: 'shout', id: 'x', type: 't', ts_ms: 1 }));
    expect(unknownKind.ok ? 'ok' : unknownKind.error.code).toBe('bad_frame');
  });

  it('refuses to encode a frame over the limit instead of letting the peer drop the connection', () => {
    const big = eventEnvelope('e1', 'worker.report', { blob: 'x'.repeat(2000) });
    expect(() => encodeFrame(big, 1000)).toThrow(/over the bus limit of 1000 bytes/);
    expect(() => encodeFrame(big, 1000)).toThrow(BusProtocolError);
    expect(encodeFrame(big, 10_000).length).toBeGreaterThan(2000);
  });

  it('counts multi-byte characters in bytes, not characters', () => {
    const envelope = eventEnvelope('e1', 'worker.report', { text: '\u00e9'.repeat(400) });
    const chars = JSON.stringify(envelope).length;
    expect(() => encodeFrame(envelope, chars + 10)).toThrow(/over the bus limit/);
  });

  it('refuses to decode an oversized frame', () => {
    const decoded = decodeFrame('x'.repeat(2000), 1000);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe('frame_too_large');
  });

  it('bounds error messages so that an error reply always fits its schema', () => {
    const answer = answerError('reply', 'a', 'b', 'rate.set', {
      code: 'x',
      message: 'm'.repeat(10_000),
      retriable: true,
    });
    expect(decodeFrame(encodeFrame(answer)).ok).toBe(true);
  });

  it('hands out distinct ids', () => {
    const next = createIdSource('t');
    const other = createIdSource('t');
    const ids = new Set([next(), next(), next(), other(), other()]);
    expect(ids.size).toBe(5);
    expect(busProtocolVersion).toBe(1);
  });
});
