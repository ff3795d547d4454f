// Errors a user can act on, and the exit codes every longhaul command shares.

/** Exit codes of `longhaul` commands: 0 pass, 1 an assertion failed, 2 the run could not happen. */
export const ExitCode = { ok: 0, assertionFailed: 1, couldNotRun: 2 } as const;

/**
 * An error caused by the user's input or environment (bad flag, bad file, unreachable store).
 * The message names what was wrong and where; `hint` says what to do about it.
 */
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.couldNotRun;
  }
}

/** Crash loudly, with context, when an internal invariant does not hold (TigerStyle assertions). */
export function assert(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) {
    const text = typeof message === 'function' ? message() : message;
    throw new Error(`invariant violated: ${text}`);
  }
}

/** Formats an error for a terminal: message, hint, and the cause chain. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = [error.message];
  if (error instanceof UserError && error.hint) lines.push(`  hint: ${error.hint}`);
  let cause = error.cause;
  for (let depth = 0; cause instanceof Error && depth < 5; depth++) {
    lines.push(`  caused by: ${cause.message}`);
    cause = cause.cause;
  }
  return lines.join('\n');
}
