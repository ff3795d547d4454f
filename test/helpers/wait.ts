// Bounded waiting for tests: poll a condition until it holds or a deadline passes.
import { connect } from 'node:net';

export interface WaitOptions {
  readonly timeout_ms?: number;
  readonly interval_ms?: number;
  /** What is being waited for, for the error message. */
  readonly what?: string;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value other than undefined/false; throws after timeout_ms. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<Exclude<T, false | undefined>> {
  const timeout_ms = options.timeout_ms ?? 10_000;
  const interval_ms = options.interval_ms ?? 50;
  const deadline = Date.now() + timeout_ms;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>;
    } catch (error) {
      lastError = error;
    }
    await sleep(interval_ms);
  }
  const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out after ${timeout_ms} ms waiting for ${options.what ?? 'condition'}${reason}`);
}

/** Resolves once something accepts TCP connections on host:port. */
export async function waitForPort(
  port: number,
  options: WaitOptions & { host?: string } = {},
): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host, port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      }),
    { ...options, what: options.what ?? `port ${host}:${port}` },
  );
}
