// Parsing of experiment load files (the experiment-producer's JSON format) into validated, unit-named entries.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../../common/errors.ts';

/** One experiment of a load file, with units in the names. */
export interface LoadEntry {
  /** When the experiment starts, after the producer starts (`start_time`). */
  readonly start_s: number;
  readonly researcher: string;
  readonly numSensors: number;
  /** Time between two samples (`sample_rate`). */
  readonly samplePeriod_ms: number;
  readonly startTemperature: number;
  readonly stabilizationSamples: number;
  readonly carryOutSamples: number;
  readonly lowerThreshold: number;
  readonly upperThreshold: number;
}

export type Load = readonly LoadEntry[];

const MAX_SENSORS = 100_000;
const MAX_SAMPLES = 1_000_000_000;

const entrySchema = z
  .object({
    start_time: z.number().min(0),
    researcher: z.string().min(1).max(256),
    num_sensors: z.number().int().min(1).max(MAX_SENSORS),
    sample_rate: z.number().positive(),
    start_temperature: z.number(),
    stabilization_samples: z.number().int().min(0).max(MAX_SAMPLES),
    carry_out_samples: z.number().int().min(0).max(MAX_SAMPLES),
    temp_range: z
      .strictObject({ lower_threshold: z.number(), upper_threshold: z.number() })
      .refine((range) => range.lower_threshold <= range.upper_threshold, {
        message: 'lower_threshold must be <= upper_threshold',
        path: ['lower_threshold'],
      }),
  })
  .strict();

const loadSchema = z.array(entrySchema).min(1, 'a load file lists at least one experiment');

/** `[1].temp_range.lower_threshold` */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Validates the parsed JSON of a load file. Errors name the source, the array index and the
 * field, e.g. `load file loads/2.json: [1].num_sensors: ...`.
 */
export function parseLoad(json: unknown, source: string): Load {
  const result = loadSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = formatPath(issue.path) || '(top level)';
      return `${where}: ${issue.message}`;
    });
    throw new UserError(`load file ${source} is invalid:\n  ${problems.join('\n  ')}`, {
      hint: 'see ../shared/experiment-payloads/README.md ("Load files") for the fields and their meaning',
    });
  }
  return result.data.map((entry) => ({
    start_s: entry.start_time,
    researcher: entry.researcher,
    numSensors: entry.num_sensors,
    samplePeriod_ms: entry.sample_rate,
    startTemperature: entry.start_temperature,
    stabilizationSamples: entry.stabilization_samples,
    carryOutSamples: entry.carry_out_samples,
    lowerThreshold: entry.temp_range.lower_threshold,
    upperThreshold: entry.temp_range.upper_threshold,
  }));
}

/** Reads and validates a load file. */
export function readLoadFile(path: string): Load {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read load file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`load file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseLoad(json, path);
}
