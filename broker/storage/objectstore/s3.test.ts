// The s3 backend beyond the shared contract: the conditional-write probe, prefixes, retries, errors.
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/helpers/ports.ts';
import { tempDir } from '../../../test/helpers/tmp.ts';
import { S3ObjectStore, s3ErrorToObjectStoreError } from './s3.ts';
import { type ConditionalProxy, startConditionalProxy } from './testing/conditional-proxy.ts';
import { type RunningS3rver, s3rverCredentials, startS3rver } from './testing/s3rver.ts';
import { ObjectStoreError } from './types.ts';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');
const options = { credentials: s3rverCredentials };

describe('s3 object store', () => {
  let server: RunningS3rver | undefined;
  let proxy: ConditionalProxy | undefined;
  const stores: S3ObjectStore[] = [];

  async function open(
    url: string,
    extra: Parameters<typeof S3ObjectStore.open>[1] = {},
  ): Promise<S3ObjectStore> {
    const store = await S3ObjectStore.open(url, { ...options, ...extra });
    stores.push(store);
    return store;
  }

  async function startServer(): Promise<RunningS3rver> {
    server = await startS3rver({
      port: await freePort(),
      directory: tempDir('objectstore-s3-'),
      buckets: ['data'],
    });
    return server;
  }

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await proxy?.close();
    await server?.close();
    proxy = undefined;
    server = undefined;
  });

  it('finds that s3rver ignores If-None-Match on PUT, and removes its probe object', async () => {
    const s3rver = await startServer();
    const store = await open(s3rver.url('data', 'p'));
    expect(store.supportsConditionalPut).toBe(false);
    const root = await open(s3rver.url('data'));
    expect(await root.list('')).toEqual([]);
  });

  it('keeps keys under the URL prefix, out of sight of other prefixes', async () => {
    const s3rver = await startServer();
    const tenantA = await open(s3rver.url('data', 'tenants/a'));
    const tenantB = await open(s3rver.url('data', 'tenants/b/'));
    const root = await open(s3rver.url('data'));
    await tenantA.put('wal/1', bytes('a'));
    await tenantB.put('wal/1', bytes('b'));
    expect(await tenantA.list('')).toEqual(['wal/1']);
    expect((await tenantB.get('wal/1')).toString()).toBe('b');
    expect(await root.list('tenants/')).toEqual(['tenants/a/wal/1', 'tenants/b/wal/1']);
    await tenantA.delete(['wal/1']);
    expect(await root.list('')).toEqual(['tenants/b/wal/1']);
    expect(tenantA.location).toMatchObject({ bucket: 'data', prefix: 'tenants/a/' });
  });

  it('behind a store that honours If-None-Match, probes true and lets exactly one of many creates win', async () => {
    const s3rver = await startServer();
    proxy = await startConditionalProxy({ port: await freePort(), targetEndpoint: s3rver.endpoint });
    const store = await open(proxy.url('data', 'p'));
    expect(store.supportsConditionalPut).toBe(true);
    const contenders = Array.from({ length: 10 }, (_, i) => `writer ${i}`);
    const results = await Promise.allSettled(
      contenders.map((body) => store.put('meta/00001', bytes(body), { ifNoneMatch: true })),
    );
    const winners = contenders.filter((_, i) => results[i].status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const losers = results.filter((result) => result.status === 'rejected');
    for (const loser of losers) {
      expect((loser as PromiseRejectedResult).reason).toMatchObject({
        code: 'PreconditionFailed',
        key: 'meta/00001',
      });
    }
    expect((await store.get('meta/00001')).toString()).toBe(winners[0]);
  });

  it('treats a conditional put whose answer was lost but whose object landed as done, not as lost', async () => {
    const s3rver = await startServer();
    proxy = await startConditionalProxy({ port: await freePort(), targetEndpoint: s3rver.endpoint });
    const store = await open(proxy.url('data', 'p'));
    // The first attempt lands, its answer is cut off, the SDK retries and S3 answers 412.
    proxy.dropNextResponse('/p/meta/00002');
    await store.put('meta/00002', bytes('mine'), { ifNoneMatch: true });
    expect((await store.get('meta/00002')).toString()).toBe('mine');
    // Someone else's object under the key is still a lost race.
    await expect(store.put('meta/00002', bytes('theirs'), { ifNoneMatch: true })).rejects.toMatchObject({
      code: 'PreconditionFailed',
    });
  });

  it('fails calls with retriable Unavailable, within bounded time, once the server is gone', async () => {
    const s3rver = await startServer();
    const store = await open(s3rver.url('data', 'p'));
    await store.put('k', bytes('v'));
    await s3rver.close();
    const calls = [
      () => store.get('k'),
      () => store.put('k', bytes('w')),
      () => store.list(''),
      () => store.head('k'),
    ];
    for (const call of calls) {
      const started_ms = Date.now();
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ObjectStoreError);
      expect((error as ObjectStoreError).code).toBe('Unavailable');
      expect((error as ObjectStoreError).retriable).toBe(true);
      expect((error as ObjectStoreError).message).toContain(store.url);
      expect(Date.now() - started_ms).toBeLessThan(5_000);
    }
  });

  it('maps S3 errors to NotFound, PreconditionFailed, Unavailable and Fatal', () => {
    const context = { url: 's3://data/p', bucket: 'data', operation: 'get' as const, key: 'k' };
    const sdk = (name: string, status?: number, extra: object = {}) =>
      Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status }, ...extra });
    const cases: [unknown, ObjectStoreError['code']][] = [
      [sdk('NoSuchKey', 404), 'NotFound'],
      [sdk('NotFound', 404), 'NotFound'],
      [sdk('PreconditionFailed', 412), 'PreconditionFailed'],
      [sdk('ConditionalRequestConflict', 409), 'PreconditionFailed'],
      [sdk('SlowDown', 503), 'Unavailable'],
      [sdk('InternalError', 500), 'Unavailable'],
      [sdk('TooManyRequests', 429), 'Unavailable'],
      [sdk('RequestTimeout', 400), 'Unavailable'],
      [sdk('TimeoutError'), 'Unavailable'],
      [sdk('AbortError'), 'Unavailable'],
      [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'Unavailable'],
      [sdk('AccessDenied', 403), 'Fatal'],
      [sdk('InvalidAccessKeyId', 403), 'Fatal'],
      [sdk('SignatureDoesNotMatch', 403), 'Fatal'],
      [sdk('NoSuchBucket', 404), 'Fatal'],
      [sdk('InvalidArgument', 400), 'Fatal'],
    ];
    for (const [error, code] of cases) {
      const mapped = s3ErrorToObjectStoreError(error, context);
      expect(mapped.code, String(error)).toBe(code);
      expect(mapped.key).toBe('k');
      expect(mapped.cause).toBe(error); // No $response to trim from these.
      expect(mapped.message).toContain('s3://data/p: get of k');
    }
    expect(s3ErrorToObjectStoreError(sdk('NoSuchBucket', 404), context).message).toMatch(
      /bucket data does not exist/,
    );
    expect(s3ErrorToObjectStoreError(sdk('AccessDenied', 403), context).message).toMatch(/AWS_ACCESS_KEY_ID/);
    const withResponse = sdk('SlowDown', 503, { $response: { body: 'a socket, headers, ...' } });
    const trimmed = s3ErrorToObjectStoreError(withResponse, context).cause as Error;
    expect(trimmed).toMatchObject({
      name: 'SlowDown',
      message: 'SlowDown happened',
      $metadata: { httpStatusCode: 503 },
    });
    expect(trimmed).not.toHaveProperty('$response');
  });
});
