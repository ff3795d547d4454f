import { spawnSync } from 'node:child_process';
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { missingTool, pythonModuleAvailable, systemPython } from '../../test/helpers/tools.ts';
import { CONFLUENT_SCHEMA_IDS, containerHeader, encodePayload } from './encoding.ts';
import { type ExperimentEvent, experimentEvents } from './experiment.ts';
import type { Load } from './load-file.ts';
import { AVRO_TYPES, RECORD_NAMES, type RecordName } from './schemas.ts';

const load: Load = [
  {
    start_s: 0,
    researcher: 'researcher@example.org',
    numSensors: 3,
    samplePeriod_ms: 100,
    startTemperature: 0,
    stabilizationSamples: 2,
    carryOutSamples: 2,
    lowerThreshold: 10,
    upperThreshold: 20,
  },
];

/** One event of each kind. */
function oneOfEach(): Map<RecordName, ExperimentEvent> {
  const events = new Map<RecordName, ExperimentEvent>();
  for (const e of experimentEvents(load, { epochStart_ms: 1_694_266_072_336 }))
    if (!events.has(e.recordName)) events.set(e.recordName, e);
  return events;
}

/** Reads a container with avsc's own streaming decoder (as a consumer using avsc would). */
async function readContainer(
  buf: Buffer,
): Promise<{ schemaName: string | undefined; codec: string; records: unknown[] }> {
  return new Promise((resolve, reject) => {
    const records: unknown[] = [];
    let schemaName: string | undefined;
    let codec = '';
    const decoder = new avro.streams.BlockDecoder();
    decoder.on('metadata', (type: avro.Type, c: string) => {
      schemaName = type.name;
      codec = c;
    });
    decoder.on('data', (record: unknown) => records.push(record));
    decoder.on('error', reject);
    decoder.on('end', () => resolve({ schemaName, codec, records }));
    decoder.end(buf);
  });
}

describe('payload encodings', () => {
  it('makes each value a complete Avro container that avsc reads back', async () => {
    for (const [name, event] of oneOfEach()) {
      const buf = encodePayload(name, event.value, 'container');
      expect(buf.subarray(0, 4).toString('latin1')).toBe('Obj\x01');
      const { schemaName, codec, records } = await readContainer(buf);
      expect(schemaName).toBe(AVRO_TYPES[name].name);
      expect(codec).toBe('null');
      expect(records).toHaveLength(1);
      expect(records[0]).toEqual(event.value);
    }
    expect(AVRO_TYPES.experiment_configured.name).toBe('ExperimentConfig');
  });

  it('ends every container with the sync marker of its header', () => {
    const event = oneOfEach().get('sensor_temperature_measured')!;
    const buf = encodePayload(event.recordName, event.value);
    const { header, sync } = containerHeader(event.recordName);
    expect(buf.subarray(0, header.length).equals(header)).toBe(true);
    expect(buf.subarray(buf.length - 16).equals(sync)).toBe(true);
  });

  it('writes schemaless binary and Confluent frames with fixed schema ids', () => {
    for (const [name, event] of oneOfEach()) {
      const binary = encodePayload(name, event.value, 'binary');
      expect(AVRO_TYPES[name].fromBuffer(binary)).toEqual(event.value);
      const framed = encodePayload(name, event.value, 'confluent');
      expect(framed[0]).toBe(0);
      expect(framed.readUInt32BE(1)).toBe(CONFLUENT_SCHEMA_IDS[name]);
      expect(framed.subarray(5).equals(binary)).toBe(true);
    }
    expect(Object.values(CONFLUENT_SCHEMA_IDS)).toEqual([1, 2, 3, 4, 5]);
    expect(RECORD_NAMES.map((n) => CONFLUENT_SCHEMA_IDS[n])).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a value that does not match its schema', () => {
    expect(() => encodePayload('experiment_started', { experiment: 'x' })).toThrow();
  });

  describe.skipIf(missingTool(systemPython) || !pythonModuleAvailable('avro'))(
    'read by Python avro (python3-avro)',
    () => {
      it("decodes in the original consumers' DataFileReader", () => {
        const values = [...oneOfEach()].map(([name, event]) => ({
          name,
          hex: encodePayload(name, event.value).toString('hex'),
          value: event.value,
        }));
        const script = `
import io, json, sys
from avro.datafile import DataFileReader
from avro.io import DatumReader
out = []
for item in json.load(sys.stdin):
    reader = DataFileReader(io.BytesIO(bytes.fromhex(item["hex"])), DatumReader())
    records = list(reader)
    out.append({"name": item["name"], "schema": reader.schema and json.loads(str(reader.schema))["name"], "records": records})
    reader.close()
json.dump(out, sys.stdout)
`;
        const run = spawnSync(systemPython, ['-c', script], {
          input: JSON.stringify(values),
          encoding: 'utf8',
          timeout: 30_000,
        });
        expect(run.stderr).toBe('');
        const decoded = JSON.parse(run.stdout) as { name: RecordName; schema: string; records: unknown[] }[];
        expect(decoded).toHaveLength(5);
        for (const [i, d] of decoded.entries()) {
          expect(d.schema).toBe(AVRO_TYPES[d.name].name);
          expect(d.records).toEqual([values[i].value]);
        }
      });
    },
  );
});
