// Child processes for tests: captured logs, waits on output, and guaranteed cleanup.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const longhaulBin = join(repoRoot, 'bin', 'longhaul.js');

/**
 * PIDs of live test children, one file each, so that global teardown can kill survivors. The
 * folder is per vitest run (set by global setup), so concurrent runs never kill each other's children.
 */
export const pidRegistryDir =
  process.env.LONGHAUL_TEST_PID_DIR ?? join(tmpdir(), `longhaul-test-pids-${process.pid}`);

const maxLogBytes = 4 * 1024 * 1024;
const live = new Set<TestProcess>();

export interface SpawnOptions {
  readonly name?: string;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  /** Text written to stdin, which is then closed. */
  readonly input?: string;
}

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A spawned child, in its own process group so that killing it kills everything it started. */
export class TestProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<ExitStatus>;
  private stdoutText = '';
  private stderrText = '';
  private status: ExitStatus | undefined;
  private readonly watchers = new Set<() => void>();

  constructor(command: string, args: readonly string[], options: SpawnOptions = {}) {
    this.name = options.name ?? [command, ...args].join(' ').slice(0, 80);
    this.child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, LONGHAUL_LOG_FORMAT: 'json', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    if (options.input !== undefined) this.child.stdin?.end(options.input);
    this.child.stdout?.on('data', (chunk: Buffer) => this.append('stdout', chunk));
    this.child.stderr?.on('data', (chunk: Buffer) => this.append('stderr', chunk));
    this.exited = new Promise((resolveExit) => {
      this.child.once('error', (error) => {
        this.stderrText += `\n[spawn error] ${error.message}\n`;
        this.finish({ code: null, signal: null }, resolveExit);
      });
      this.child.once('close', (code, signal) => this.finish({ code, signal }, resolveExit));
    });
    if (this.child.pid !== undefined) {
      mkdirSync(pidRegistryDir, { recursive: true });
      writeFileSync(join(pidRegistryDir, String(this.child.pid)), this.name);
    }
    live.add(this);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }
  get stdout(): string {
    return this.stdoutText;
  }
  get stderr(): string {
    return this.stderrText;
  }
  get exitStatus(): ExitStatus | undefined {
    return this.status;
  }

  private append(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    const text = chunk.toString('utf8');
    if (stream === 'stdout') this.stdoutText = (this.stdoutText + text).slice(-maxLogBytes);
    else this.stderrText = (this.stderrText + text).slice(-maxLogBytes);
    for (const watcher of this.watchers) watcher();
  }

  private finish(status: ExitStatus, resolveExit: (status: ExitStatus) => void): void {
    if (this.status) return;
    this.status = status;
    live.delete(this);
    if (this.child.pid !== undefined) rmSync(join(pidRegistryDir, String(this.child.pid)), { force: true });
    for (const watcher of this.watchers) watcher();
    resolveExit(status);
  }

  /** Resolves with the match once stdout or stderr matches; rejects on exit or timeout. */
  waitForOutput(pattern: RegExp, timeout_ms = 15_000): Promise<RegExpMatchArray> {
    return new Promise((resolveMatch, reject) => {
      const check = (): void => {
        const match = this.stdoutText.match(pattern) ?? this.stderrText.match(pattern);
        if (match) {
          cleanup();
          resolveMatch(match);
        } else if (this.status) {
          cleanup();
          reject(
            new Error(
              `${this.name} exited (${describeStatus(this.status)}) before printing ${pattern}\n${this.tail()}`,
            ),
          );
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `timed out after ${timeout_ms} ms waiting for ${pattern} from ${this.name}\n${this.tail()}`,
          ),
        );
      }, timeout_ms);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.watchers.delete(check);
      };
      this.watchers.add(check);
      check();
    });
  }

  /** Sends a signal to the whole process group. */
  signal(signal: NodeJS.Signals): void {
    if (this.status || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // Already gone.
    }
  }

  /** Waits for exit, up to timeout_ms; then SIGKILLs the group and waits again. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeout_ms = 10_000): Promise<ExitStatus> {
    if (this.status) return this.status;
    this.signal(signal);
    const timedOut = Symbol('timeout');
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      this.exited,
      new Promise<typeof timedOut>((resolveTimeout) => {
        timer = setTimeout(() => resolveTimeout(timedOut), timeout_ms);
      }),
    ]);
    clearTimeout(timer);
    if (result !== timedOut) return result;
    this.signal('SIGKILL');
    return this.exited;
  }

  /** Waits for the process to exit by itself, up to timeout_ms. */
  async waitForExit(timeout_ms = 30_000): Promise<ExitStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.name} did not exit within ${timeout_ms} ms\n${this.tail()}`)),
        timeout_ms,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The last lines of both streams, for failure messages. */
  tail(lines = 40): string {
    const last = (text: string): string => text.split('\n').slice(-lines).join('\n');
    return `--- ${this.name} stdout ---\n${last(this.stdoutText)}\n--- ${this.name} stderr ---\n${last(this.stderrText)}`;
  }
}

function describeStatus(status: ExitStatus): string {
  return status.signal ? `signal ${status.signal}` : `code ${status.code}`;
}

export function spawnProcess(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): TestProcess {
  return new TestProcess(command, args, options);
}

/** Runs `longhaul <args>` from this checkout as a real child process. */
export function spawnLonghaul(args: readonly string[], options: SpawnOptions = {}): TestProcess {
  return new TestProcess(process.execPath, [longhaulBin, ...args], {
    name: `longhaul ${args[0] ?? ''}`,
    ...options,
  });
}

/** Runs a command to completion (bounded) and returns its output and status. */
export async function runToExit(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { timeout_ms?: number } = {},
) {
  const child = spawnProcess(command, args, options);
  try {
    const status = await child.waitForExit(options.timeout_ms ?? 60_000);
    return { ...status, stdout: child.stdout, stderr: child.stderr, process: child };
  } finally {
    await child.stop('SIGKILL', 1000);
  }
}

export function liveProcesses(): readonly TestProcess[] {
  return [...live];
}

/** Kills every child still running; called after each test, so a failing test leaves nothing. */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((child) => child.stop('SIGKILL', 5000)));
}

/** Logs of every live child, printed when a test fails. */
export function describeLiveProcesses(): string {
  return [...live].map((child) => child.tail()).join('\n');
}
