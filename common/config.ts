// Layered configuration for every command: flags > LONGHAUL_* environment > config file > defaults.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { UserError } from './errors.ts';

/** `advertisedListener` -> `LONGHAUL_ADVERTISED_LISTENER`. */
export function envName(key: string, prefix = 'LONGHAUL_'): string {
  return (
    prefix +
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/-/g, '_')
      .toUpperCase()
  );
}

/** A boolean that also accepts the strings an environment variable or a YAML file may hold. */
export const zBool = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const lower = value.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
    if (['0', 'false', 'no', 'off', ''].includes(lower)) return false;
    return value;
  },
  z.boolean({ error: 'expected true or false (also 1/0, yes/no, on/off)' }),
);

export interface ConfigLayers {
  /** Values given on the command line (only those the user typed). */
  readonly flags: Record<string, unknown>;
  /** The environment to read LONGHAUL_* variables from. */
  readonly env?: NodeJS.ProcessEnv;
  /** Path of a YAML or JSON file whose top-level keys are option names. */
  readonly file?: string;
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read config file ${path}: ${(error as Error).message}`, {
      hint: 'pass an existing file with --config, or leave the flag out',
    });
  }
  let parsed: unknown;
  try {
    parsed = YAML.parse(text);
  } catch (error) {
    throw new UserError(`config file ${path} is not valid YAML/JSON: ${(error as Error).message}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(`config file ${path} must hold a mapping of option names to values`);
  }
  return parsed as Record<string, unknown>;
}

/**
 * Merges the layers key by key and validates the result once with the schema, so that the
 * rest of the process works on typed values. Errors name the option, its source and the fix.
 */
export function resolveConfig<S extends z.ZodObject>(schema: S, layers: ConfigLayers): z.infer<S> {
  const env = layers.env ?? process.env;
  const fromFile = layers.file ? readConfigFile(layers.file) : {};
  const keys = Object.keys(schema.shape);
  const unknownKeys = Object.keys(fromFile).filter((key) => !keys.includes(key));
  if (unknownKeys.length > 0) {
    throw new UserError(`config file ${layers.file} has unknown option(s): ${unknownKeys.join(', ')}`, {
      hint: `known options: ${keys.join(', ')}`,
    });
  }
  const merged: Record<string, unknown> = {};
  const sourceOf: Record<string, string> = {};
  for (const key of keys) {
    const name = envName(key);
    if (layers.flags[key] !== undefined) {
      merged[key] = layers.flags[key];
      sourceOf[key] = `flag --${key.replace(/([A-Z])/g, '-$1').toLowerCase()}`;
    } else if (env[name] !== undefined) {
      merged[key] = env[name];
      sourceOf[key] = `environment variable ${name}`;
    } else if (fromFile[key] !== undefined) {
      merged[key] = fromFile[key];
      sourceOf[key] = `config file ${layers.file}`;
    }
  }
  const result = schema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const where = sourceOf[key] ?? 'default';
      return `${key || '(config)'} (from ${where}): ${issue.message}`;
    });
    throw new UserError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
