// The five Avro schemas of experiment events (schemas/*.avsc, our payload spec) and their TypeScript value types.
import { readFileSync } from 'node:fs';
import avro from 'avsc';

/** Event names, in lifecycle order; also the value of each record's `record_name` header. */
export const RECORD_NAMES = [
  'experiment_configured',
  'stabilization_started',
  'sensor_temperature_measured',
  'experiment_started',
  'experiment_terminated',
] as const;

export type RecordName = (typeof RECORD_NAMES)[number];

/** The header every experiment record carries first, holding its `RecordName`. */
export const RECORD_NAME_HEADER = 'record_name';

export interface ExperimentConfigured {
  readonly experiment: string;
  readonly researcher: string;
  readonly sensors: readonly string[];
  /** Avro floats: values are float32-exact (`Math.fround`). */
  readonly temperature_range: { readonly upper_threshold: number; readonly lower_threshold: number };
}

/** `stabilization_started`, `experiment_started` and `experiment_terminated`. */
export interface ExperimentMilestone {
  readonly experiment: string;
  /** Seconds since the Unix epoch. */
  readonly timestamp: number;
}

export interface SensorTemperatureMeasured {
  readonly experiment: string;
  readonly sensor: string;
  readonly measurement_id: string;
  /** Seconds since the Unix epoch, shared by the sensors of one sample. */
  readonly timestamp: number;
  /** Avro float: float32-exact. */
  readonly temperature: number;
  readonly measurement_hash: string;
}

export interface ExperimentValues {
  readonly experiment_configured: ExperimentConfigured;
  readonly stabilization_started: ExperimentMilestone;
  readonly sensor_temperature_measured: SensorTemperatureMeasured;
  readonly experiment_started: ExperimentMilestone;
  readonly experiment_terminated: ExperimentMilestone;
}

export type ExperimentValue = ExperimentValues[RecordName];

export function isRecordName(name: unknown): name is RecordName {
  return typeof name === 'string' && (RECORD_NAMES as readonly string[]).includes(name);
}

function load(name: RecordName): { json: string; type: avro.Type } {
  const text = readFileSync(new URL(`./schemas/${name}.avsc`, import.meta.url), 'utf8');
  const parsed: unknown = JSON.parse(text);
  return { json: JSON.stringify(parsed), type: avro.Type.forSchema(parsed as avro.Schema) };
}

const loaded = Object.fromEntries(RECORD_NAMES.map((name) => [name, load(name)])) as Record<
  RecordName,
  { json: string; type: avro.Type }
>;

/** The avsc type of each event. */
export const AVRO_TYPES: Readonly<Record<RecordName, avro.Type>> = Object.fromEntries(
  RECORD_NAMES.map((name) => [name, loaded[name].type]),
) as Record<RecordName, avro.Type>;

/** Each schema as compact JSON: what a container file's `avro.schema` holds. */
export const SCHEMA_JSON: Readonly<Record<RecordName, string>> = Object.fromEntries(
  RECORD_NAMES.map((name) => [name, loaded[name].json]),
) as Record<RecordName, string>;

/** Avro record name -> event name (`ExperimentConfig` is `experiment_configured`). */
export const RECORD_NAME_OF_SCHEMA: ReadonlyMap<string, RecordName> = new Map(
  RECORD_NAMES.map((name) => [AVRO_TYPES[name].name ?? name, name]),
);
