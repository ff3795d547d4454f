// Scaffolding for bus tests: a controller HTTP server with the bus on a loopback port, and captured logs.
import { createServer, type Server } from 'node:http';
import pino from 'pino';
import type { Logger } from '../../common/log.ts';
import { BusServer, type BusServerOptions } from './server.ts';

export interface CapturedLogs {
  readonly logger: Logger;
  readonly lines: Record<string, unknown>[];
  /** Lines whose `msg` matches. */
  matching(pattern: RegExp): Record<string, unknown>[];
}

/** A pino logger that keeps its JSON lines in memory (and echoes them with LONGHAUL_TEST_LOGS=1). */
export function captureLogs(level = 'debug'): CapturedLogs {
  const lines: Record<string, unknown>[] = [];
  const echo = process.env.LONGHAUL_TEST_LOGS === '1';
  const stream = {
    write(line: string): void {
      lines.push(JSON.parse(line) as Record<string, unknown>);
      if (lines.length > 10_000) lines.shift();
      if (echo) process.stderr.write(line);
    },
  };
  return {
    logger: pino({ level }, stream),
    lines,
    matching: (pattern) => lines.filter((line) => pattern.test(String(line.msg))),
  };
}

export interface TestController {
  readonly bus: BusServer;
  readonly http: Server;
  readonly port: number;
  readonly url: string;
  readonly logs: CapturedLogs;
  stop(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1:port with a bus server attached at /bus. */
export async function startController(
  port: number,
  options: Omit<BusServerOptions, 'server' | 'logger'> = {},
): Promise<TestController> {
  const http = createServer((_request, response) => {
    response.writeHead(404).end();
  });
  const logs = captureLogs();
  const bus = new BusServer({ ...options, server: http, logger: logs.logger });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, '127.0.0.1', () => resolve());
  });
  let stopped = false;
  return {
    bus,
    http,
    port,
    url: `ws://127.0.0.1:${port}/bus`,
    logs,
    async stop() {
      if (stopped) return;
      stopped = true;
      await bus.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
