// Encoders of experiment event values: Avro object container (default), schemaless binary, Confluent framing.
import { createHash } from 'node:crypto';
import avro from 'avsc';
import { AVRO_TYPES, RECORD_NAMES, type RecordName, SCHEMA_JSON } from './schemas.ts';

/**
 * - `container`: each value is a complete Avro object container file (spec "Object Container
 *   Files"): magic `Obj\x01`, a header map `{avro.schema: <schema JSON>, avro.codec: "null"}`,
 *   a 16-byte sync marker, then one block (record count 1, byte size, the record, the sync
 *   marker). This is what consumers of the original experiment-producer read with
 *   DataFileReader. The sync marker is fixed per schema (first 16 bytes of
 *   SHA-256("longhaul.sync." + record name)); the spec only asks it to be the same throughout
 *   one file.
 * - `binary`: the record's schemaless Avro binary encoding; the reader takes the schema from
 *   the `record_name` header.
 * - `confluent`: Confluent Schema Registry wire format: byte 0, the schema id as 4-byte
 *   big-endian, the binary encoding. Ids are fixed (`CONFLUENT_SCHEMA_IDS`), not registered.
 */
export const PAYLOAD_ENCODINGS = ['container', 'binary', 'confluent'] as const;

export type PayloadEncoding = (typeof PAYLOAD_ENCODINGS)[number];

/** Fixed Confluent schema ids, in lifecycle order. */
export const CONFLUENT_SCHEMA_IDS: Readonly<Record<RecordName, number>> = {
  experiment_configured: 1,
  stabilization_started: 2,
  sensor_temperature_measured: 3,
  experiment_started: 4,
  experiment_terminated: 5,
};

/** First 4 bytes of an Avro object container file. */
export const CONTAINER_MAGIC = Buffer.from('Obj\x01', 'latin1');

/** First byte of a Confluent-framed value. */
export const CONFLUENT_MAGIC = 0;

export const SYNC_MARKER_BYTES = 16;

const META_TYPE = avro.Type.forSchema({ type: 'map', values: 'bytes' });

function syncMarker(name: RecordName): Buffer {
  return createHash('sha256').update(`longhaul.sync.${name}`).digest().subarray(0, SYNC_MARKER_BYTES);
}

/** Magic, metadata map and sync marker of each schema's container, built once. */
const CONTAINER_HEADERS = Object.fromEntries(
  RECORD_NAMES.map((name) => {
    const meta = META_TYPE.toBuffer({
      'avro.schema': Buffer.from(SCHEMA_JSON[name], 'utf8'),
      'avro.codec': Buffer.from('null', 'utf8'),
    });
    const sync = syncMarker(name);
    return [name, { header: Buffer.concat([CONTAINER_MAGIC, meta, sync]), sync }];
  }),
) as Record<RecordName, { header: Buffer; sync: Buffer }>;

/** The container header (magic, metadata, sync marker) of a schema. */
export function containerHeader(name: RecordName): { readonly header: Buffer; readonly sync: Buffer } {
  return CONTAINER_HEADERS[name];
}

/** Bytes of Avro's zig-zag varint encoding of a non-negative safe integer. */
function longSize(n: number): number {
  let z = n * 2;
  let size = 1;
  while (z >= 128) {
    z = Math.floor(z / 128);
    size++;
  }
  return size;
}

function writeLong(buffer: Buffer, pos: number, n: number): number {
  let z = n * 2;
  while (z >= 128) {
    buffer[pos++] = (z % 128) | 0x80;
    z = Math.floor(z / 128);
  }
  buffer[pos++] = z;
  return pos;
}

/** Encodes one event value. Throws when the value does not match the schema. */
export function encodePayload(
  name: RecordName,
  value: unknown,
  encoding: PayloadEncoding = 'container',
): Buffer {
  const data = AVRO_TYPES[name].toBuffer(value);
  switch (encoding) {
    case 'binary':
      return Buffer.from(data);
    case 'confluent': {
      const out = Buffer.allocUnsafe(5 + data.length);
      out[0] = CONFLUENT_MAGIC;
      out.writeUInt32BE(CONFLUENT_SCHEMA_IDS[name], 1);
      data.copy(out, 5);
      return out;
    }
    case 'container': {
      const { header, sync } = CONTAINER_HEADERS[name];
      const out = Buffer.allocUnsafe(
        header.length + 1 + longSize(data.length) + data.length + SYNC_MARKER_BYTES,
      );
      header.copy(out, 0);
      let pos = writeLong(out, header.length, 1);
      pos = writeLong(out, pos, data.length);
      pos += data.copy(out, pos);
      sync.copy(out, pos);
      return out;
    }
  }
}
