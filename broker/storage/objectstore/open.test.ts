// Opening a store from its URL: every bad URL explains itself, unusable stores fail fast and clearly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../common/errors.ts';
import { freePort } from '../../../test/helpers/ports.ts';
import { tempDir } from '../../../test/helpers/tmp.ts';
import { FsObjectStore } from './fs.ts';
import { MemoryObjectStore } from './memory.ts';
import { openObjectStore, redactUrl } from './open.ts';
import { S3ObjectStore } from './s3.ts';
import { type RunningS3rver, s3rverCredentials, startS3rver } from './testing/s3rver.ts';

async function openError(url: string, options?: Parameters<typeof openObjectStore>[1]): Promise<UserError> {
  const error = await openObjectStore(url, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `openObjectStore(${url}) should fail`).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('openObjectStore', () => {
  let server: RunningS3rver | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('explains each malformed URL, naming it and listing the accepted forms', async () => {
    const cases: [string, RegExp, RegExp?][] = [
      ['', /not a URL/],
      ['data', /not a URL/],
      ['/var/lib/longhaul', /a path, not a URL/, /did you mean file:\/\/\/var\/lib\/longhaul/],
      ['ftp://host/dir', /unsupported scheme ftp/],
      ['file://var/lib/longhaul', /names a host \("var"\)/, /did you mean file:\/\/\/var\/lib\/longhaul/],
      ['file:///', /root directory/],
      ['file:///tmp/x?sync=false', /takes no \?parameters/],
      ['s3://', /no bucket name/],
      ['s3://Bad_Bucket/p', /not a valid bucket name/, /lowercase/],
      ['s3://bucket/p?endpoint=localhost:9000', /endpoint .* is not an http/],
      ['s3://bucket/p?pathStyle=true', /unknown parameter "pathStyle"/, /endpoint, region, forcePathStyle/],
      ['s3://bucket/p?forcePathStyle=yes', /forcePathStyle must be true or false/],
      ['s3://AKIA:secret@bucket/p', /credentials do not belong in the URL/, /AWS_ACCESS_KEY_ID/],
      ['s3://bucket:9000/p', /has no port/],
      ['memory:///x', /memory:\/\/ or memory:\/\/name/],
    ];
    for (const [url, message, hint] of cases) {
      const error = await openError(url);
      expect(error.message, url).toMatch(message);
      expect(error.message, url).toContain('bad object store URL');
      if (hint) expect(error.hint, url).toMatch(hint);
      if (!url.startsWith('s3://'))
        expect(error.hint, url).toMatch(/file:\/\/\/absolute\/directory[\s\S]*s3:\/\/bucket/);
      expect(error.message + (error.hint ?? ''), url).not.toContain('secret');
    }
  });

  it('opens file:// URLs, creating the directory', async () => {
    const directory = join(tempDir('objectstore-open-'), 'nested', 'store');
    const store = await openObjectStore(`file://${directory}`);
    expect(store).toBeInstanceOf(FsObjectStore);
    expect(existsSync(directory)).toBe(true);
    expect(store.url).toBe(`file://${directory}`);
    await store.put('k', Buffer.from('v'));
    expect((await (await openObjectStore(`file://${directory}/`)).get('k')).toString()).toBe('v');
  });

  it('opens memory:// privately and memory://name shared within the process', async () => {
    const a = await openObjectStore('memory://');
    const b = await openObjectStore('memory://');
    await a.put('k', Buffer.from('v'));
    expect(await b.head('k')).toBeUndefined();
    const shared = await openObjectStore('memory://open-test');
    await shared.put('k', Buffer.from('shared'));
    await shared.close();
    const again = await openObjectStore('memory://open-test');
    expect(again).toBeInstanceOf(MemoryObjectStore);
    expect((await again.get('k')).toString()).toBe('shared');
    MemoryObjectStore.dropShared('open-test');
  });

  it('fails fast with a UserError naming the URL when nothing listens at the s3 endpoint', async () => {
    const port = await freePort();
    const url = `s3://bucket/prefix?endpoint=http://127.0.0.1:${port}&forcePathStyle=true`;
    const started_ms = Date.now();
    const error = await openError(url, { s3: { credentials: s3rverCredentials } });
    expect(Date.now() - started_ms).toBeLessThan(5_000);
    expect(error.message).toContain(`cannot reach object store ${url}`);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.hint).toContain(`http://127.0.0.1:${port}`);
  });

  it('gives up on an endpoint that accepts connections but never answers within the open timeout', async () => {
    const { createServer } = await import('node:net');
    const silent = createServer(() => {}).listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const started_ms = Date.now();
      const error = await openError(`s3://bucket?endpoint=http://127.0.0.1:${port}&forcePathStyle=true`, {
        s3: { credentials: s3rverCredentials, openTimeout_ms: 500 },
      });
      expect(Date.now() - started_ms).toBeLessThan(3_000);
      expect(error.message).toMatch(/cannot reach object store .*no answer within 500 ms/);
    } finally {
      silent.close();
    }
  });

  it('says the bucket is missing when it is, and that credentials were refused when they are', async () => {
    server = await startS3rver({
      port: await freePort(),
      directory: tempDir('objectstore-open-s3rver-'),
      buckets: ['present'],
    });
    const missing = await openError(server.url('absent', 'p'), { s3: { credentials: s3rverCredentials } });
    expect(missing.message).toContain('bucket "absent" does not exist');
    expect(missing.message).toContain(server.url('absent', 'p'));
    expect(missing.hint).toMatch(/create the bucket/);

    const refused = await openError(server.url('present'), {
      s3: { credentials: { accessKeyId: 'WRONG', secretAccessKey: 'WRONG' } },
    });
    expect(refused.message).toMatch(/refused the credentials/);
    expect(refused.hint).toMatch(/AWS_ACCESS_KEY_ID/);

    const store = await openObjectStore(server.url('present', 'p'), {
      s3: { credentials: s3rverCredentials },
    });
    expect(store).toBeInstanceOf(S3ObjectStore);
    await store.close();
  });

  it('redacts credentials and secret parameters from URLs, and nothing else', () => {
    expect(redactUrl('s3://AKIA:secret@bucket/p')).toBe('s3://***@bucket/p');
    expect(redactUrl('s3://b/p?endpoint=http://user:pw@minio:9000&region=eu-west-1')).toBe(
      's3://b/p?endpoint=http://***@minio:9000&region=eu-west-1',
    );
    expect(redactUrl('s3://b/p?secretAccessKey=abc&sessionToken=xyz&forcePathStyle=true')).toBe(
      's3://b/p?secretAccessKey=***&sessionToken=***&forcePathStyle=true',
    );
    const plain = 's3://bucket/prefix?endpoint=http://127.0.0.1:9000&region=us-east-1&forcePathStyle=true';
    expect(redactUrl(plain)).toBe(plain);
    expect(redactUrl('file:///var/lib/longhaul')).toBe('file:///var/lib/longhaul');
  });
});
