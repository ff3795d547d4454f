// `longhaul worker`: the worker's configuration (flags > LONGHAUL_* > file > defaults), then the worker process.
import { z } from 'zod';
import { resolveConfig } from '../../common/config.ts';
import { parseLabels, runWorkerProcess } from '../worker-process.ts';

const workerConfigSchema = z.object({
  controller: z
    .string({ message: 'required: the controller bus URL, e.g. ws://127.0.0.1:8080/bus' })
    .regex(/^wss?:\/\/.+/, 'expected a ws:// or wss:// URL, e.g. ws://127.0.0.1:8080/bus'),
  id: z
    .string()
    .regex(/^[A-Za-z0-9._:@-]{1,128}$/, 'worker ids use letters, digits and . _ : @ -')
    .optional(),
  /** `k=v,k2=v2`, or a list of them (repeated flags, YAML list). */
  labels: z.union([z.string(), z.array(z.string())]).optional(),
  metricsListen: z.string().default('127.0.0.1:0'),
});

export async function runWorkerCommand(
  flags: Record<string, unknown>,
  file: string | undefined,
): Promise<number> {
  const config = resolveConfig(workerConfigSchema, { flags, file });
  const labels =
    config.labels === undefined ? [] : Array.isArray(config.labels) ? config.labels : [config.labels];
  const code = await runWorkerProcess({
    controller: config.controller,
    workerId: config.id,
    labels: parseLabels(labels),
    metricsListen: config.metricsListen,
  });
  // Everything was closed; should a client library still hold a timer, do not hang on it.
  setTimeout(() => process.exit(code), 3000).unref();
  return code;
}
