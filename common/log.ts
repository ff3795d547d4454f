// Structured logging for every longhaul process: JSON lines, or human-readable lines on a TTY.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LogOptions {
  /** Component name, added to every line as `component`. */
  readonly name: string;
  /** pino level; defaults to LONGHAUL_LOG_LEVEL or `info`. */
  readonly level?: string;
  /** Force pretty (true) or JSON (false) output; defaults to "stderr is a TTY". */
  readonly pretty?: boolean;
}

/**
 * Logs go to stderr so that a command's stdout stays clean for its results (`--json`).
 * Pretty printing runs in-process (no worker thread) so a crash loses no line.
 */
export function createLogger(options: LogOptions): Logger {
  const level = options.level ?? process.env.LONGHAUL_LOG_LEVEL ?? 'info';
  const wantPretty =
    options.pretty ??
    (process.env.LONGHAUL_LOG_FORMAT === 'pretty' ||
      (process.stderr.isTTY && process.env.LONGHAUL_LOG_FORMAT !== 'json'));
  if (wantPretty) {
    const stream = pretty({
      destination: 2,
      colorize: process.stderr.isTTY,
      sync: true,
      ignore: 'pid,hostname',
    });
    return pino({ name: options.name, level, base: { component: options.name } }, stream);
  }
  return pino(
    { name: options.name, level, base: { component: options.name } },
    pino.destination({ dest: 2, sync: true }),
  );
}
