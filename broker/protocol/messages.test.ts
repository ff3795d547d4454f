// Every generated message round-trips at every valid version, with seeded values built from the spec.
import { describe, expect, it } from 'vitest';
import { ProtocolEncodeError, Reader, Writer } from './buffer.ts';
import { apiList, apiTable } from './generated/api-table.ts';
import { messageSchemas, type SchemaMessage } from './generated/schema.ts';
import { defaultStruct, type RandomValueOptions, randomMessage } from './random-values.ts';

const modes: readonly { readonly name: string; readonly options: RandomValueOptions }[] = [
  { name: 'tagged fields absent, no nulls', options: { taggedChance: 0, nullChance: 0, maxArrayLength: 2 } },
  {
    name: 'tagged fields present, many nulls',
    options: { taggedChance: 1, nullChance: 0.6, maxArrayLength: 3 },
  },
  { name: 'mixed', options: { taggedChance: 0.5, nullChance: 0.2, maxArrayLength: 3 } },
];
const seedsPerMode = 3;

function encode(message: SchemaMessage, value: unknown, version: number): Buffer {
  const writer = new Writer(32);
  message.codec.encode(writer, value, version);
  return writer.toBuffer();
}

function decodeAll(message: SchemaMessage, bytes: Buffer, version: number): unknown {
  const reader = new Reader(bytes);
  const value = message.codec.decode(reader, version);
  expect(reader.remaining(), `${message.name} v${version} left bytes unread`).toBe(0);
  return value;
}

function versionsOf(message: SchemaMessage): number[] {
  const out: number[] = [];
  for (let v = message.validVersions[0]; v <= message.validVersions[1]; v++) out.push(v);
  return out;
}

describe('generated messages', () => {
  it('cover every request and response pair, both headers and the data messages', () => {
    const kinds = new Map<string, number>();
    for (const m of messageSchemas) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    expect(kinds.get('request')).toBe(apiList.length);
    expect(kinds.get('response')).toBe(apiList.length);
    expect(kinds.get('header')).toBe(2);
    expect(apiList.length).toBeGreaterThanOrEqual(80);
  });

  describe.each(messageSchemas.map((m) => [m.name, m] as const))('%s', (_name, message) => {
    it('round-trips random values at every valid version (tagged present/absent, nulls)', () => {
      for (const version of versionsOf(message)) {
        modes.forEach((mode, modeIndex) => {
          for (let seed = 0; seed < seedsPerMode; seed++) {
            const fullSeed = version * 1000 + modeIndex * 100 + seed;
            const value = randomMessage(message, version, fullSeed, mode.options);
            const context = `${message.name} v${version}, ${mode.name}, seed ${fullSeed}`;
            const bytes = encode(message, value, version);
            const decoded = decodeAll(message, bytes, version);
            expect(decoded, context).toEqual(value);
            expect(encode(message, decoded, version).equals(bytes), `${context}: re-encoding differs`).toBe(
              true,
            );
          }
        });
      }
    });

    it('decodes every field at its spec default when encoded from create()', () => {
      for (const version of versionsOf(message)) {
        const created = message.codec.create();
        expect(created).toEqual(defaultStruct(message.fields));
        const decoded = decodeAll(message, encode(message, created, version), version);
        expect(decoded, `${message.name} v${version}`).toEqual(created);
      }
    });
  });

  it('refuses to encode null where the version does not allow it', () => {
    const metadata = apiTable[3].request;
    const value = {
      ...metadata.create(),
      topics: [{ topicId: '00000000-0000-0000-0000-000000000000', name: null }],
    };
    // Topic names are nullable from v10 (topic ids) on.
    expect(() => metadata.encode(new Writer(), value, 9)).toThrow(ProtocolEncodeError);
    expect(() => metadata.encode(new Writer(), value, 9)).toThrow(/MetadataRequestTopic.name \(v9\) is null/);
    metadata.encode(new Writer(), value, 10);
  });
});
