// The broker's admin HTTP endpoint: /metrics, /healthz, /readyz, and fault injection when enabled.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

export interface AdminRoute {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  readonly path: string;
  /** Returns the JSON body of a 200 answer; throws AdminRequestError for a 4xx. */
  readonly handle: (body: unknown) => Promise<unknown> | unknown;
}

export class AdminRequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface AdminOptions {
  readonly registry: Registry;
  readonly isReady: () => { ready: boolean; reason?: string };
  readonly routes: readonly AdminRoute[];
  /** Refreshes gauges right before a scrape. */
  readonly beforeMetrics?: () => void;
}

const maxBody_bytes = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody_bytes) {
        reject(new AdminRequestError(413, `request body larger than ${maxBody_bytes} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (size === 0) return resolve(undefined);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(new AdminRequestError(400, `request body is not JSON: ${(error as Error).message}`));
      }
    });
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': contentType });
  response.end(text);
}

export function createAdminServer(options: AdminOptions): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        if (request.method === 'GET' && url.pathname === '/metrics') {
          options.beforeMetrics?.();
          send(response, 200, await options.registry.metrics(), options.registry.contentType);
          return;
        }
        if (request.method === 'GET' && url.pathname === '/healthz') {
          send(response, 200, { status: 'ok' });
          return;
        }
        if (request.method === 'GET' && url.pathname === '/readyz') {
          const state = options.isReady();
          send(
            response,
            state.ready ? 200 : 503,
            state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason },
          );
          return;
        }
        const route = options.routes.find((r) => r.path === url.pathname && r.method === request.method);
        if (!route) {
          const known = options.routes.some((r) => r.path === url.pathname);
          send(response, known ? 405 : 404, {
            error: known ? `method ${request.method} not allowed` : `no such endpoint ${url.pathname}`,
          });
          return;
        }
        const body = await readBody(request);
        send(response, 200, (await route.handle(body)) ?? { status: 'ok' });
      } catch (error) {
        if (error instanceof AdminRequestError) send(response, error.status, { error: error.message });
        else send(response, 500, { error: (error as Error)?.message ?? String(error) });
      }
    })();
  });
}
