// A supervised child process of the controller: logs to a file, waits for a ready line, signals, exit.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const longhaulBin = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
  'bin',
  'longhaul.js',
);

export interface ChildOptions {
  readonly name: string;
  readonly args: readonly string[];
  /** Where stdout and stderr go (appended). */
  readonly logFile: string;
  readonly env?: Record<string, string | undefined>;
}

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

const tailLines = 200;

/** A `longhaul <command>` child in its own process group, so signals hit it and nothing else. */
export class ChildProcessHandle {
  readonly name: string;
  readonly logFile: string;
  private readonly child: ChildProcess;
  private readonly log: WriteStream;
  private readonly tail: string[] = [];
  private partial = '';
  private readonly lineWatchers = new Set<(line: string) => void>();
  private exitStatus: ChildExit | undefined;
  readonly exited: Promise<ChildExit>;

  constructor(options: ChildOptions) {
    this.name = options.name;
    this.logFile = options.logFile;
    this.log = createWriteStream(options.logFile, { flags: 'a' });
    this.child = spawn(process.execPath, [longhaulBin, ...options.args], {
      env: { ...process.env, LONGHAUL_LOG_FORMAT: 'json', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const onData = (chunk: Buffer): void => {
      this.log.write(chunk);
      const text = this.partial + chunk.toString('utf8');
      const lines = text.split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) {
        this.tail.push(line);
        if (this.tail.length > tailLines) this.tail.shift();
        for (const watcher of this.lineWatchers) watcher(line);
      }
    };
    this.child.stdout?.on('data', onData);
    this.child.stderr?.on('data', onData);
    this.exited = new Promise((resolveExit) => {
      this.child.once('error', (error) => {
        this.tail.push(`[spawn error] ${error.message}`);
        this.exitStatus = { code: null, signal: null };
        resolveExit(this.exitStatus);
      });
      this.child.once('close', (code, signal) => {
        this.exitStatus = { code, signal };
        this.log.end();
        resolveExit(this.exitStatus);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get exitInfo(): ChildExit | undefined {
    return this.exitStatus;
  }

  get running(): boolean {
    return this.exitStatus === undefined;
  }

  /** The last lines the child printed, for error messages. */
  recentOutput(lines = 20): string {
    return this.tail.slice(-lines).join('\n');
  }

  /** Resolves with the first line matching, or rejects on exit or timeout. */
  waitForLine(pattern: RegExp, timeout_ms: number): Promise<string> {
    for (const line of this.tail) if (pattern.test(line)) return Promise.resolve(line);
    return new Promise((resolveLine, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.lineWatchers.delete(watcher);
      };
      const watcher = (line: string): void => {
        if (!pattern.test(line)) return;
        done();
        resolveLine(line);
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(
            `${this.name} did not print ${pattern} within ${timeout_ms} ms; last output:\n${this.recentOutput()}`,
          ),
        );
      }, timeout_ms);
      this.lineWatchers.add(watcher);
      void this.exited.then((status) => {
        if (!this.lineWatchers.has(watcher)) return;
        done();
        reject(
          new Error(
            `${this.name} exited (${status.signal ?? `code ${status.code}`}) before printing ${pattern}; last output:\n${this.recentOutput()}`,
          ),
        );
      });
    });
  }

  signal(signal: NodeJS.Signals): boolean {
    if (!this.running || this.child.pid === undefined) return false;
    try {
      process.kill(-this.child.pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM, then SIGKILL after grace_ms; resolves on exit. */
  async stop(grace_ms = 10_000): Promise<ChildExit> {
    if (!this.running) return this.exitStatus!;
    this.signal('SIGCONT');
    this.signal('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolveKill) => {
      timer = setTimeout(() => {
        this.signal('SIGKILL');
        resolveKill();
      }, grace_ms);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    return this.exited;
  }
}
