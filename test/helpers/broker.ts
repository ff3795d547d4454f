// A `longhaul broker` child process for tests: free ports, wait for "listening", stop, kill, restart.

import { freePort } from './ports.ts';
import { type ExitStatus, spawnLonghaul, type TestProcess } from './processes.ts';
import { tempDir } from './tmp.ts';

export interface TestBrokerOptions {
  /** Object-store URL; default: `file://` of a fresh temp directory (removed after the test). */
  readonly dataUrl?: string;
  /** Extra `longhaul broker` flags, e.g. `['--enable-fault-injection', '--default-partitions', '6']`. */
  readonly args?: readonly string[];
  /** Extra environment for the broker (e.g. AWS credentials for an `s3://` store). */
  readonly env?: Record<string, string | undefined>;
  /** How long a start (or restart) may take before it fails with the broker's log; default 20 s. */
  readonly startTimeout_ms?: number;
}

/**
 * One broker at a fixed address: restarts reuse the same ports and data URL, so clients
 * reconnect to the same bootstrap address and the new process recovers from the store alone.
 * The process is a TestProcess, so the per-test hooks kill it and print its log on failure.
 *
 *     const broker = await startTestBroker({ args: ['--default-partitions', '3'] });
 *     const kafka = new Kafka({ brokers: [broker.bootstrap] });
 *     await broker.kill();      // crash
 *     await broker.restart();   // recover from the store
 */
export interface TestBroker {
  /** `127.0.0.1:port`, for client bootstrap lists. */
  readonly bootstrap: string;
  readonly port: number;
  /** `http://127.0.0.1:adminPort` (/metrics, /healthz, /readyz, /faults/object-store). */
  readonly adminUrl: string;
  readonly dataUrl: string;
  /** The current process; a new one after each restart. */
  readonly process: TestProcess;
  /** How many times the broker was started (1 after `startTestBroker`). */
  readonly starts: number;
  /** SIGTERM (by default), waits for exit (SIGKILL after timeout_ms), returns the exit status. */
  stop(signal?: NodeJS.Signals, timeout_ms?: number): Promise<ExitStatus>;
  /** SIGKILL, the crash a durability test needs; resolves once the process is gone. */
  kill(): Promise<ExitStatus>;
  /**
   * SIGKILLs the current process if it still runs (call `stop()` first for a graceful restart),
   * then starts a new one on the same ports and store and waits for "listening".
   */
  restart(): Promise<void>;
  /** GET/PUT/DELETE on the admin endpoint; the body is sent as JSON. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }>;
}

const listeningPattern = /"msg":"listening"/;

/** Starts `longhaul broker` as a child and resolves once it logged "listening". */
export async function startTestBroker(options: TestBrokerOptions = {}): Promise<TestBroker> {
  const port = await freePort();
  const adminPort = await freePort();
  const dataUrl = options.dataUrl ?? `file://${tempDir('longhaul-broker-')}/data`;
  const startTimeout_ms = options.startTimeout_ms ?? 20_000;
  const args = [
    'broker',
    '--data',
    dataUrl,
    '--listen',
    `127.0.0.1:${port}`,
    '--admin-listen',
    `127.0.0.1:${adminPort}`,
    ...(options.args ?? []),
  ];
  let current: TestProcess;
  let starts = 0;
  const launch = async (): Promise<void> => {
    starts++;
    current = spawnLonghaul(args, { name: `broker :${port} #${starts}`, env: options.env });
    await current.waitForOutput(listeningPattern, startTimeout_ms);
  };
  await launch();
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  return {
    bootstrap: `127.0.0.1:${port}`,
    port,
    adminUrl,
    dataUrl,
    get process() {
      return current;
    },
    get starts() {
      return starts;
    },
    stop: (signal = 'SIGTERM', timeout_ms = 15_000) => current.stop(signal, timeout_ms),
    kill: () => current.stop('SIGKILL', 5000),
    restart: async () => {
      await current.stop('SIGKILL', 5000);
      await launch();
    },
    admin: async (method, path, body) => {
      const response = await fetch(`${adminUrl}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      return { status: response.status, text: await response.text() };
    },
  };
}
