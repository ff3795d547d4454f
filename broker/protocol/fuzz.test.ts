// Property: any bytes given to a decoder either decode or throw ProtocolDecodeError, quickly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolDecodeError, Reader, Writer } from './buffer.ts';
import { decodeRequest, UnsupportedRequestError } from './frames.ts';
import { messageSchemas, type SchemaMessage } from './generated/schema.ts';
import { randomMessage } from './random-values.ts';

const requests = messageSchemas.filter((m) => m.kind === 'request' || m.kind === 'header');
const responses = messageSchemas.filter((m) => m.kind === 'response');

function versionsOf(message: SchemaMessage): number[] {
  const out: number[] = [];
  for (let v = message.validVersions[0]; v <= message.validVersions[1]; v++) out.push(v);
  return out;
}

/** Decodes and reports how it ended; anything but success or ProtocolDecodeError is a bug. */
function decodeOutcome(message: SchemaMessage, version: number, bytes: Uint8Array): 'ok' | 'rejected' {
  try {
    message.codec.decode(new Reader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)), version);
    return 'ok';
  } catch (error) {
    if (error instanceof ProtocolDecodeError) return 'rejected';
    throw error;
  }
}

function validEncoding(message: SchemaMessage, version: number, seed: number): Buffer {
  const value = randomMessage(message, version, seed, {
    taggedChance: 0.5,
    nullChance: 0.2,
    maxArrayLength: 3,
  });
  const writer = new Writer(64);
  message.codec.encode(writer, value, version);
  return writer.toBuffer();
}

/** Random bytes, or a valid encoding cut short, or one with a few bytes overwritten. */
function inputs(message: SchemaMessage, version: number): fc.Arbitrary<Uint8Array> {
  const damaged = fc
    .tuple(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.nat(),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
    )
    .map(([seed, cut, edits]) => {
      const bytes = Buffer.from(validEncoding(message, version, seed));
      for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return edits.length === 0 ? bytes.subarray(0, cut % (bytes.length + 1)) : bytes;
    });
  return fc.oneof(fc.uint8Array({ maxLength: 96 }), damaged);
}

function checkDecoders(messages: readonly SchemaMessage[], runs: number): void {
  for (const message of messages) {
    for (const version of versionsOf(message)) {
      fc.assert(
        fc.property(inputs(message, version), (bytes) => {
          decodeOutcome(message, version, bytes);
        }),
        { numRuns: runs, seed: message.name.length * 1000 + version },
      );
    }
  }
}

describe('decoders given hostile bytes', () => {
  it('every request decoder (and both headers) decodes or throws ProtocolDecodeError', () => {
    checkDecoders(requests, 40);
  });

  it('every response decoder decodes or throws ProtocolDecodeError', () => {
    checkDecoders(responses, 15);
  });

  it('decodeRequest on random frames throws only ProtocolDecodeError or UnsupportedRequestError', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 20 }),
        fc.uint8Array({ maxLength: 80 }),
        (apiKey, version, rest) => {
          const frame = Buffer.alloc(4 + rest.length);
          frame.writeInt16BE(apiKey, 0);
          frame.writeInt16BE(version, 2);
          frame.set(rest, 4);
          try {
            decodeRequest(frame);
          } catch (error) {
            if (!(error instanceof ProtocolDecodeError) && !(error instanceof UnsupportedRequestError))
              throw error;
          }
        },
      ),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('rejects a huge array count without allocating for it', () => {
    const produce = requests.find((m) => m.name === 'ProduceRequest');
    if (!produce) throw new Error('no ProduceRequest schema');
    // transactional id null, acks, timeout, then a topic count of 2^31-1 with nothing behind it.
    const bytes = Buffer.from('ffff' + 'ffff' + '00007530' + '7fffffff', 'hex');
    expect(() => produce.codec.decode(new Reader(bytes), 3)).toThrow(/cannot fit/);
  });
});
