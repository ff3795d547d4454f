// Decoding of experiment event values in any of our encodings, with the encoding detected from the bytes.
import { inflateRawSync } from 'node:zlib';
import avro from 'avsc';
import type { HeaderEntry, KafkaHeaders } from '../../common/stamp.ts';
import { Cursor, readMetadata, skipValue } from './avro-bounds.ts';
import {
  CONFLUENT_MAGIC,
  CONFLUENT_SCHEMA_IDS,
  CONTAINER_MAGIC,
  type PayloadEncoding,
  SYNC_MARKER_BYTES,
} from './encoding.ts';
import {
  AVRO_TYPES,
  type ExperimentValues,
  isRecordName,
  RECORD_NAME_HEADER,
  RECORD_NAME_OF_SCHEMA,
  RECORD_NAMES,
  type RecordName,
  SCHEMA_JSON,
} from './schemas.ts';

export type DecodedPayload =
  | {
      [N in RecordName]: {
        readonly ok: true;
        readonly recordName: N;
        readonly value: ExperimentValues[N];
        readonly encoding: PayloadEncoding;
      };
    }[RecordName]
  | { readonly ok: false; readonly error: string };

const SCHEMA_BY_CONFLUENT_ID = new Map(RECORD_NAMES.map((name) => [CONFLUENT_SCHEMA_IDS[name], name]));
const SCHEMA = Object.fromEntries(
  RECORD_NAMES.map((name) => [name, JSON.parse(SCHEMA_JSON[name])]),
) as Record<RecordName, unknown>;

/** Container writer schemas already checked, by text: parsing one per record would cost more than decoding it. */
const writerSchemas = new Map<string, RecordName | { error: string }>();
const MAX_WRITER_SCHEMAS = 64;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** The `record_name` header of a consumed record (first value if repeated), if any. */
export function recordNameHeader(
  headers: KafkaHeaders | readonly HeaderEntry[] | undefined,
): string | undefined {
  if (headers === undefined || headers === null) return undefined;
  let value: unknown;
  if (Array.isArray(headers)) {
    value = (headers as readonly HeaderEntry[]).find((h) => h?.key === RECORD_NAME_HEADER)?.value;
  } else {
    value = (headers as KafkaHeaders)[RECORD_NAME_HEADER];
    if (Array.isArray(value)) value = value[0];
  }
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value) && value.length <= 256) return value.toString('utf8');
  return undefined;
}

function fail(error: string): DecodedPayload {
  return { ok: false, error };
}

function result(recordName: RecordName, value: unknown, encoding: PayloadEncoding): DecodedPayload {
  return { ok: true, recordName, value, encoding } as DecodedPayload;
}

function checkHeader(found: RecordName, header: string | undefined): string | undefined {
  if (header === undefined || header === found) return undefined;
  return `record_name header is "${header}" but the value holds ${found}`;
}

/**
 * Decodes a value. Detects the encoding from the bytes: a container starts with `Obj\x01`, a
 * Confluent frame with byte 0 and a known schema id (no binary-encoded event starts with 0: its
 * first field is a non-empty string); anything else is schemaless binary, decoded with the schema
 * named by the `record_name` header. Never throws.
 */
export function decodePayload(value: Buffer, recordName?: string): DecodedPayload {
  try {
    if (value.length >= 4 && value.compare(CONTAINER_MAGIC, 0, 4, 0, 4) === 0)
      return decodeContainer(value, recordName);
    if (value.length >= 5 && value[0] === CONFLUENT_MAGIC) {
      const id = value.readUInt32BE(1);
      const name = SCHEMA_BY_CONFLUENT_ID.get(id);
      if (name === undefined) return fail(`unknown Confluent schema id ${id}`);
      const mismatch = checkHeader(name, recordName);
      if (mismatch) return fail(mismatch);
      return decodeRecord(name, value.subarray(5), 'confluent');
    }
    if (recordName === undefined)
      return fail('not a container or Confluent frame, and no record_name header');
    if (!isRecordName(recordName)) return fail(`unknown record_name "${recordName}"`);
    return decodeRecord(recordName, value, 'binary');
  } catch (error) {
    return fail(`cannot decode ${recordName ?? 'value'}: ${(error as Error).message}`);
  }
}

function decodeContainer(buf: Buffer, recordName: string | undefined): DecodedPayload {
  const c = new Cursor(buf, CONTAINER_MAGIC.length);
  const meta = readMetadata(c);
  if (meta === undefined) return fail('truncated or corrupt container header');
  const schemaBytes = meta.get('avro.schema');
  if (schemaBytes === undefined) return fail('container header has no avro.schema');
  const codec = meta.get('avro.codec')?.toString('utf8') ?? 'null';
  if (codec !== 'null' && codec !== 'deflate') return fail(`unsupported container codec "${codec}"`);
  const sync = buf.subarray(c.pos, c.pos + SYNC_MARKER_BYTES);
  if (!c.skip(SYNC_MARKER_BYTES)) return fail('truncated container sync marker');

  const name = specOfSchema(schemaBytes.toString('utf8'));
  if (typeof name !== 'string' || !isRecordName(name)) return fail(name.error);
  const mismatch = checkHeader(name, recordName);
  if (mismatch) return fail(mismatch);

  const count = c.long();
  const size = c.long();
  if (count === undefined || size === undefined || size < 0 || size + SYNC_MARKER_BYTES > c.remaining) {
    return fail('truncated container block');
  }
  if (count !== 1) return fail(`container block holds ${count} records, expected 1`);
  const dataEnd = c.pos + size;
  if (buf.compare(sync, 0, SYNC_MARKER_BYTES, dataEnd, dataEnd + SYNC_MARKER_BYTES) !== 0) {
    return fail('container block sync marker differs from the header');
  }
  if (dataEnd + SYNC_MARKER_BYTES !== buf.length) return fail('bytes after the container block');
  let data = buf.subarray(c.pos, dataEnd);
  if (codec === 'deflate') data = inflateRawSync(data, { maxOutputLength: MAX_RECORD_BYTES });
  return decodeRecord(name, data, 'container');
}

/**
 * The event a container's writer schema is. Writer schemas must be our spec (the same canonical
 * form): consumers of this traffic assume it, and it lets us decode with our bounded walk.
 */
function specOfSchema(schemaText: string): RecordName | { error: string } {
  const cached = writerSchemas.get(schemaText);
  if (cached !== undefined) return cached;
  let found: RecordName | { error: string };
  try {
    const type = avro.Type.forSchema(JSON.parse(schemaText));
    const name = RECORD_NAME_OF_SCHEMA.get(type.name ?? '');
    if (name === undefined) found = { error: `container holds unknown schema ${type.name ?? type.typeName}` };
    else if (!type.equals(AVRO_TYPES[name]))
      found = { error: `container schema ${type.name} differs from the ${name} spec` };
    else found = name;
  } catch (error) {
    found = { error: `container schema is invalid: ${(error as Error).message}` };
  }
  if (writerSchemas.size >= MAX_WRITER_SCHEMAS) writerSchemas.delete(writerSchemas.keys().next().value!);
  writerSchemas.set(schemaText, found);
  return found;
}

/** Walks the bytes with bounds first: avsc would loop on a corrupt array count. */
function decodeRecord(name: RecordName, data: Buffer, encoding: PayloadEncoding): DecodedPayload {
  const c = new Cursor(data);
  if (!skipValue(SCHEMA[name], c) || c.remaining !== 0) {
    return fail(`${encoding} value is not a well-formed ${name} record`);
  }
  return result(name, AVRO_TYPES[name].fromBuffer(data), encoding);
}
