// Experiment load files (the experiment-producer's JSON format): read, check and measure one.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ExperimentConfig, LoadFile } from './suite.ts';

// The same rules as worker/payloads/load-file.ts (which workers apply to the content shipped to
// them), so that a suite that validates never fails in a worker over its load file.
const experimentSchema = z.strictObject({
  start_time: z.number().min(0),
  researcher: z.string().min(1).max(256),
  num_sensors: z.int().min(1).max(100_000),
  sample_rate: z.number().positive(),
  start_temperature: z.number(),
  stabilization_samples: z.int().min(0).max(1_000_000_000),
  carry_out_samples: z.int().min(0).max(1_000_000_000),
  temp_range: z
    .strictObject({ lower_threshold: z.number(), upper_threshold: z.number() })
    .refine((range) => range.lower_threshold <= range.upper_threshold, {
      message: 'lower_threshold must be <= upper_threshold',
      path: ['lower_threshold'],
    }),
});

const loadFileSchema = z
  .array(experimentSchema)
  .min(1, { error: 'a load file needs at least one experiment' });

/** From time 0 to the end of the last experiment, at the file's own pace. */
export function loadLength_ms(experiments: readonly ExperimentConfig[]): number {
  let end_ms = 0;
  for (const experiment of experiments) {
    const samples = experiment.stabilization_samples + experiment.carry_out_samples;
    end_ms = Math.max(end_ms, experiment.start_time * 1000 + samples * experiment.sample_rate);
  }
  return end_ms;
}

/**
 * Reads and checks a load file; throws an Error whose message names the problem and the file
 * (as `shownAs`, e.g. the path as written in a suite, with the absolute path).
 */
export function readLoadFile(path: string, shownAs = path): LoadFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`load file ${shownAs} does not exist`);
    if (code === 'EISDIR') throw new Error(`load file ${shownAs} is a directory`);
    throw new Error(`cannot read load file ${shownAs}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`load file ${shownAs} is not valid JSON: ${(error as Error).message}`);
  }
  const result = loadFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('');
      return `${where || '(file)'}: ${issue.message}`;
    });
    throw new Error(`load file ${shownAs} is not an experiment load file: ${problems.join('; ')}`);
  }
  return { path, experiments: result.data, length_ms: loadLength_ms(result.data) };
}
