// An HTTP proxy in front of s3rver that honours If-None-Match: * on PUT as S3 does, for tests.
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { s3rverCredentials } from './s3rver.ts';

export interface ConditionalProxy {
  readonly endpoint: string;
  /** An `s3://` URL for a bucket (and key prefix) behind this proxy. */
  url(bucket: string, prefix?: string): string;
  /** Forward the next PUT whose path ends with `pathSuffix`, then cut the connection before answering. */
  dropNextResponse(pathSuffix: string): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

const preconditionFailed =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code>' +
  '<Message>At least one of the pre-conditions you specified did not hold</Message>' +
  '<Condition>If-None-Match</Condition></Error>';

/**
 * Listens on 127.0.0.1:`port` and forwards everything to s3rver at `targetEndpoint`, except that a
 * PUT with `If-None-Match: *` is refused with 412 when the key exists. Conditional PUTs of one key
 * are serialised, so the check and the write are atomic as on S3. Path-style requests only.
 */
export async function startConditionalProxy(options: {
  readonly port: number;
  readonly targetEndpoint: string;
}): Promise<ConditionalProxy> {
  const target = new URL(options.targetEndpoint);
  const client = new S3Client({
    endpoint: options.targetEndpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: s3rverCredentials,
    maxAttempts: 1,
  });
  const keyLocks = new Map<string, Promise<void>>();
  const drops = new Set<string>();

  const exists = async (path: string): Promise<boolean> => {
    const [bucket, ...key] = decodeURIComponent(path.split('?')[0]).replace(/^\//, '').split('/');
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key.join('/') }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw error;
    }
  };

  const server: Server = createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readBody(incoming);
      const path = incoming.url ?? '/';
      const forward = (): Promise<void> =>
        new Promise((resolve, reject) => {
          const upstream = request(
            {
              host: target.hostname,
              port: target.port,
              method: incoming.method,
              path,
              headers: incoming.headers,
            },
            (response) => {
              readBody(response).then((answer) => {
                const drop = [...drops].find((suffix) => path.split('?')[0].endsWith(suffix));
                if (drop !== undefined && incoming.method === 'PUT') {
                  drops.delete(drop);
                  incoming.socket.destroy();
                } else {
                  outgoing.writeHead(response.statusCode ?? 502, response.headers);
                  outgoing.end(answer);
                }
                resolve();
              }, reject);
            },
          );
          upstream.once('error', reject);
          upstream.end(body);
        });
      if (incoming.method !== 'PUT' || incoming.headers['if-none-match'] !== '*') {
        await forward();
        return;
      }
      const key = path.split('?')[0];
      const previous = keyLocks.get(key) ?? Promise.resolve();
      let release = (): void => {};
      const mine = new Promise<void>((resolve) => {
        release = resolve;
      });
      const chained = previous.then(() => mine);
      keyLocks.set(key, chained);
      await previous;
      try {
        if (await exists(path)) {
          outgoing.writeHead(412, { 'content-type': 'application/xml' });
          outgoing.end(preconditionFailed);
        } else {
          await forward();
        }
      } finally {
        release();
        if (keyLocks.get(key) === chained) keyLocks.delete(key);
      }
    })().catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${options.port}`;
  return {
    endpoint,
    url: (bucket, prefix = '') =>
      `s3://${bucket}/${prefix}?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`,
    dropNextResponse: (pathSuffix) => drops.add(pathSuffix),
    close: async () => {
      client.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
