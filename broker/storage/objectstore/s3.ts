// Object store on an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, R2, s3rver) via @aws-sdk/client-s3.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { assert, UserError } from '../../../common/errors.ts';
import { assertValidKey, assertValidRange, listLimit } from './keys.ts';
import { redactUrl } from './redact.ts';
import type { ByteRange, ListOptions, ObjectStore, ObjectStoreOperation, PutOptions } from './types.ts';
import { ObjectStoreError } from './types.ts';

/** Where an `s3://bucket/prefix?endpoint=...&region=...&forcePathStyle=true` URL points. */
export interface S3Location {
  readonly bucket: string;
  /** Prefix of every key in the bucket: '' or ending in '/'. */
  readonly prefix: string;
  /** Custom endpoint (MinIO, Ceph RGW, R2, s3rver); undefined for AWS S3. */
  readonly endpoint: string | undefined;
  readonly region: string | undefined;
  readonly forcePathStyle: boolean | undefined;
}

export const s3UrlForm =
  's3://bucket[/prefix][?endpoint=http://host:port&region=us-east-1&forcePathStyle=true]';
const s3Parameters = ['endpoint', 'region', 'forcePathStyle'];

export interface S3ObjectStoreOptions {
  /** Credentials to use instead of the AWS default provider chain (environment, profile, IMDS...). */
  readonly credentials?: S3ClientConfig['credentials'];
  /** Bound on opening a TCP connection. Default 3 s. */
  readonly connectTimeout_ms?: number;
  /** Bound on one HTTP attempt, request and response. Default 30 s. */
  readonly requestTimeout_ms?: number;
  /** Bound on one store call, retries included. Default 60 s. */
  readonly callTimeout_ms?: number;
  /** Bound on open: reachability check and conditional-write probe. Default 10 s. */
  readonly openTimeout_ms?: number;
  /** HTTP attempts per call, first one included (the caller retries on top). Default 3. */
  readonly maxAttempts?: number;
  /** Keys per ListObjectsV2 page, at most (and by default) S3's 1000; lower for stores that cap it. */
  readonly listPageSize?: number;
  /** Keys per DeleteObjects request, at most (and by default) S3's 1000; lower for stores that cap it. */
  readonly deleteBatchSize?: number;
}

/** S3 caps DeleteObjects requests and ListObjectsV2 pages at this many keys. */
const maxKeysPerRequest = 1000;

interface SdkError {
  readonly name?: string;
  readonly Code?: string;
  readonly code?: string;
  readonly message?: string;
  readonly $metadata?: { readonly httpStatusCode?: number; readonly attempts?: number };
}

function sdkError(error: unknown): SdkError {
  return typeof error === 'object' && error !== null ? (error as SdkError) : {};
}

function errorName(error: SdkError): string {
  return error.Code ?? (error.name === 'Error' && error.code ? error.code : error.name) ?? 'Error';
}

/**
 * The SDK error without its `$response` (the raw HTTP response, sockets included), which would
 * swamp logs and test output when the error is kept as a cause.
 */
function trimmedCause(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('$response' in error)) return error;
  const sdk = error as SdkError & { readonly stack?: string };
  const copy = new Error(sdk.message ?? errorName(sdk));
  copy.name = errorName(sdk);
  if (sdk.stack !== undefined) copy.stack = sdk.stack;
  return Object.assign(copy, { Code: sdk.Code, $metadata: sdk.$metadata });
}

const credentialErrors = new Set([
  'AccessDenied',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AllAccessDisabled',
  'AccountProblem',
  'InvalidToken',
  'ExpiredToken',
  'RequestTimeTooSkewed',
  'CredentialsProviderError',
]);
const throttlingErrors = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'RequestThrottled',
  'RequestTimeout',
  'InternalError',
  'ServiceUnavailable',
  'TimeoutError',
  'AbortError',
]);

/**
 * Maps an SDK error to the object store's codes: NoSuchKey/404 is NotFound, 412 (and the 409
 * ConditionalRequestConflict of a racing conditional write) is PreconditionFailed, 5xx, throttling,
 * timeouts and network errors are Unavailable, refused credentials and a missing bucket are Fatal.
 */
export function s3ErrorToObjectStoreError(
  error: unknown,
  context: {
    readonly url: string;
    readonly bucket: string;
    readonly operation: ObjectStoreOperation;
    readonly key?: string;
  },
): ObjectStoreError {
  if (error instanceof ObjectStoreError) return error;
  const sdk = sdkError(error);
  const name = errorName(sdk);
  const status = sdk.$metadata?.httpStatusCode;
  const what = `${context.url}: ${context.operation}${context.key === undefined ? '' : ` of ${context.key}`}`;
  const detail = `${name}${status === undefined ? '' : ` (HTTP ${status})`}: ${sdk.message ?? String(error)}`;
  const options = { key: context.key, cause: trimmedCause(error) };
  if (name === 'NoSuchBucket') {
    return new ObjectStoreError(
      'Fatal',
      `${what} failed: bucket ${context.bucket} does not exist (${detail}); create it or fix the URL`,
      options,
    );
  }
  if (credentialErrors.has(name) || status === 401 || status === 403) {
    return new ObjectStoreError(
      'Fatal',
      `${what} failed: the store refused the credentials (${detail}); check AWS_ACCESS_KEY_ID / ` +
        `AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) and that the identity may read and write bucket ${context.bucket}`,
      options,
    );
  }
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) {
    return new ObjectStoreError('NotFound', `${what}: no such object (${detail})`, options);
  }
  if (status === 412 || name === 'PreconditionFailed' || name === 'ConditionalRequestConflict') {
    return new ObjectStoreError('PreconditionFailed', `${what}: the key exists (${detail})`, options);
  }
  if (status === undefined || status >= 500 || status === 429 || throttlingErrors.has(name)) {
    return new ObjectStoreError('Unavailable', `${what} failed: ${detail}`, options);
  }
  return new ObjectStoreError('Fatal', `${what} failed: ${detail}`, options);
}

function bad(url: string, problem: string, hint?: string): UserError {
  return new UserError(`bad object store URL ${redactUrl(url)}: ${problem}`, {
    hint: hint ?? `use ${s3UrlForm}`,
  });
}

/** Parses an `s3://` URL; a UserError names the URL and what is wrong with it. */
export function parseS3Url(url: string): S3Location {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad(url, 'not a URL');
  }
  if (parsed.protocol !== 's3:') throw bad(url, `scheme is ${parsed.protocol}, not s3:`);
  if (parsed.username || parsed.password) {
    throw bad(
      url,
      'credentials do not belong in the URL',
      'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the environment instead',
    );
  }
  if (parsed.port)
    throw bad(url, 'an s3:// URL has no port; give the endpoint as ?endpoint=http://host:port');
  const bucket = parsed.hostname;
  if (bucket === '') throw bad(url, 'no bucket name');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw bad(
      url,
      `"${bucket}" is not a valid bucket name`,
      'bucket names are 3-63 characters of lowercase letters, digits, dots and hyphens',
    );
  }
  let prefix = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
  if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
  if (prefix.includes('//')) throw bad(url, `the key prefix "${prefix}" has an empty path segment`);
  if (parsed.hash) throw bad(url, 'an s3:// URL has no #fragment');
  for (const name of parsed.searchParams.keys()) {
    if (!s3Parameters.includes(name)) {
      throw bad(url, `unknown parameter "${name}"`, `accepted parameters: ${s3Parameters.join(', ')}`);
    }
  }
  const endpoint = parsed.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined) {
    let endpointUrl: URL | undefined;
    try {
      endpointUrl = new URL(endpoint);
    } catch {
      endpointUrl = undefined;
    }
    if (!endpointUrl || (endpointUrl.protocol !== 'http:' && endpointUrl.protocol !== 'https:')) {
      throw bad(url, `endpoint "${redactUrl(endpoint)}" is not an http:// or https:// URL`);
    }
  }
  const region = parsed.searchParams.get('region') ?? undefined;
  if (region !== undefined && !/^[a-z0-9-]+$/.test(region)) throw bad(url, `region "${region}" is not valid`);
  const pathStyle = parsed.searchParams.get('forcePathStyle');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') {
    throw bad(url, `forcePathStyle must be true or false, not "${pathStyle}"`);
  }
  return {
    bucket,
    prefix,
    endpoint,
    region,
    forcePathStyle: pathStyle === null ? undefined : pathStyle === 'true',
  };
}

/** Why opening failed, as a UserError naming the URL and what to do. */
function openFailure(
  error: unknown,
  url: string,
  location: S3Location,
  doing: string,
  timeout_ms: number,
): UserError {
  const sdk = sdkError(error);
  const name = errorName(sdk);
  const status = sdk.$metadata?.httpStatusCode;
  const endpoint = location.endpoint ?? 'AWS S3';
  const cause = trimmedCause(error);
  if (name === 'CredentialsProviderError') {
    return new UserError(`no AWS credentials found for object store ${url}`, {
      hint: 'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the environment',
      cause,
    });
  }
  if (status === undefined) {
    const reason =
      name === 'AbortError' || name === 'TimeoutError'
        ? `no answer within ${timeout_ms} ms`
        : `${sdk.code ?? name}: ${sdk.message ?? String(error)}`;
    return new UserError(`cannot reach object store ${url} (${doing}): ${reason}`, {
      hint: `check that ${endpoint} is up and reachable from this host, and the endpoint= parameter of the URL`,
      cause,
    });
  }
  if (name === 'NoSuchBucket' || (status === 404 && doing === 'checking the bucket')) {
    return new UserError(`object store ${url}: bucket "${location.bucket}" does not exist at ${endpoint}`, {
      hint: `create the bucket (e.g. aws s3 mb s3://${location.bucket}) or fix the bucket name in the URL`,
      cause,
    });
  }
  if (status === 401 || status === 403 || credentialErrors.has(name)) {
    return new UserError(`object store ${url} refused the credentials (${doing}: HTTP ${status} ${name})`, {
      hint:
        'check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE), and that this identity may list, ' +
        `read, write and delete objects in bucket ${location.bucket}`,
      cause,
    });
  }
  if (status === 301 || name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed') {
    return new UserError(`object store ${url}: bucket ${location.bucket} is in another region (${name})`, {
      hint: 'add region=<the bucket region> to the URL',
      cause,
    });
  }
  return new UserError(
    `object store ${url} failed while ${doing}: HTTP ${status} ${name}: ${sdk.message ?? ''}`,
    {
      cause,
    },
  );
}

/**
 * Objects in an S3 bucket under a key prefix. Puts are atomic (S3 never shows a partial object) and
 * durable once acknowledged. Conditional create uses `If-None-Match: *`, which S3 has honoured since
 * August 2024; open probes whether the store honours it and reports it as supportsConditionalPut.
 * Where it does not, a conditional put is emulated by HEAD then PUT, which is not atomic.
 */
export class S3ObjectStore implements ObjectStore {
  readonly url: string;
  readonly location: S3Location;
  readonly supportsConditionalPut: boolean;
  private readonly client: S3Client;
  private readonly callTimeout_ms: number;
  private readonly listPageSize: number;
  private readonly deleteBatchSize: number;
  private closed = false;

  private constructor(
    url: string,
    location: S3Location,
    client: S3Client,
    supportsConditionalPut: boolean,
    options: S3ObjectStoreOptions,
  ) {
    this.url = url;
    this.location = location;
    this.client = client;
    this.supportsConditionalPut = supportsConditionalPut;
    this.callTimeout_ms = options.callTimeout_ms ?? 60_000;
    this.listPageSize = options.listPageSize ?? maxKeysPerRequest;
    this.deleteBatchSize = options.deleteBatchSize ?? maxKeysPerRequest;
    for (const [name, value] of [
      ['listPageSize', this.listPageSize],
      ['deleteBatchSize', this.deleteBatchSize],
    ] as const) {
      assert(
        Number.isSafeInteger(value) && value >= 1 && value <= maxKeysPerRequest,
        () => `${name} must be 1..${maxKeysPerRequest}, got ${value}`,
      );
    }
  }

  /**
   * Opens the store at `url`: checks, within openTimeout_ms, that the bucket is reachable with the
   * credentials, and probes conditional writes. Fails with a UserError naming the URL when the
   * endpoint is unreachable, the credentials are refused or the bucket is missing.
   */
  static async open(url: string, options: S3ObjectStoreOptions = {}): Promise<S3ObjectStore> {
    const location = parseS3Url(url);
    const redacted = redactUrl(url);
    const openTimeout_ms = options.openTimeout_ms ?? 10_000;
    const agent = { keepAlive: true, maxSockets: 64 };
    const client = new S3Client({
      region: location.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts ?? 3,
      retryMode: 'standard',
      requestHandler: {
        connectionTimeout: options.connectTimeout_ms ?? 3_000,
        requestTimeout: options.requestTimeout_ms ?? 30_000,
        throwOnRequestTimeout: true,
        httpAgent: agent,
        httpsAgent: agent,
      },
      // Many S3-compatible stores reject or mishandle the CRC checksums the SDK sends by default since
      // 2025; send them only where S3 requires them (DeleteObjects).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const signal = AbortSignal.timeout(openTimeout_ms);
    try {
      try {
        await client.send(new HeadBucketCommand({ Bucket: location.bucket }), { abortSignal: signal });
      } catch (error) {
        throw openFailure(error, redacted, location, 'checking the bucket', openTimeout_ms);
      }
      let supportsConditionalPut: boolean;
      try {
        supportsConditionalPut = await S3ObjectStore.probeConditionalPut(client, location, signal);
      } catch (error) {
        throw openFailure(error, redacted, location, 'writing a probe object', openTimeout_ms);
      }
      return new S3ObjectStore(redacted, location, client, supportsConditionalPut, options);
    } catch (error) {
      client.destroy();
      throw error;
    }
  }

  /**
   * Puts a probe object twice with `If-None-Match: *` under `_probe/`: a store that honours
   * conditional writes refuses the second (412, or 409 when it sees a race), one that ignores the
   * header overwrites, one that does not know it refuses the header (400/501). Removes the probe.
   */
  private static async probeConditionalPut(
    client: S3Client,
    location: S3Location,
    signal: AbortSignal,
  ): Promise<boolean> {
    const key = `${location.prefix}_probe/${hostname()}-${process.pid}-${randomBytes(6).toString('hex')}`;
    const put = (conditional: boolean) =>
      client.send(
        new PutObjectCommand({
          Bucket: location.bucket,
          Key: key,
          Body: Buffer.from('conditional write probe'),
          IfNoneMatch: conditional ? '*' : undefined,
        }),
        { abortSignal: signal },
      );
    const statusOf = (error: unknown) => sdkError(error).$metadata?.httpStatusCode;
    try {
      try {
        await put(true);
      } catch (error) {
        const status = statusOf(error);
        // Our first attempt landed, its retry was refused: the store honours the header.
        if (status === 412 || status === 409) return true;
        if (status !== 400 && status !== 501) throw error;
        await put(false);
        return false;
      }
      try {
        await put(true);
        return false;
      } catch (error) {
        const status = statusOf(error);
        if (status === 412 || status === 409) return true;
        if (status === 400 || status === 501) return false;
        throw error;
      }
    } finally {
      await client
        .send(new DeleteObjectCommand({ Bucket: location.bucket, Key: key }), {
          abortSignal: AbortSignal.timeout(5_000),
        })
        .catch(() => {});
    }
  }

  async put(key: string, body: Uint8Array, options: PutOptions = {}): Promise<void> {
    this.assertOpen();
    assertValidKey(key);
    const conditional = options.ifNoneMatch === true;
    if (conditional && !this.supportsConditionalPut && (await this.head(key)) !== undefined) {
      throw new ObjectStoreError(
        'PreconditionFailed',
        `${this.url}: conditional put of ${key}: the key exists`,
        { key },
      );
    }
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.location.bucket,
          Key: this.location.prefix + key,
          Body: body,
          ContentLength: body.byteLength,
          IfNoneMatch: conditional && this.supportsConditionalPut ? '*' : undefined,
        }),
        this.callOptions(),
      );
    } catch (error) {
      const mapped = this.mapError(error, 'put', key);
      // The SDK retried after an attempt whose answer was lost; if that attempt landed, the retry
      // is refused with 412 although the object is ours. Same bytes: the put did succeed.
      const attempts = sdkError(error).$metadata?.attempts ?? 1;
      if (mapped.code === 'PreconditionFailed' && attempts > 1 && (await this.holds(key, body))) return;
      throw mapped;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Buffer> {
    this.assertOpen();
    assertValidKey(key);
    if (range) assertValidRange(range);
    if (range && range.start === range.end) {
      // HTTP cannot ask for zero bytes; an empty range still needs the object to exist.
      if ((await this.head(key)) === undefined) {
        throw new ObjectStoreError('NotFound', `${this.url}: get of ${key}: no such object`, { key });
      }
      return Buffer.alloc(0);
    }
    try {
      const output = await this.client.send(
        new GetObjectCommand({
          Bucket: this.location.bucket,
          Key: this.location.prefix + key,
          Range: range ? `bytes=${range.start}-${range.end - 1}` : undefined,
        }),
        this.callOptions(),
      );
      assert(output.Body !== undefined, () => `${this.url}: get of ${key} returned no body`);
      const bytes = await output.Body.transformToByteArray();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      // 416: the object exists but the range starts at or past its end.
      if (range && sdkError(error).$metadata?.httpStatusCode === 416) return Buffer.alloc(0);
      throw this.mapError(error, 'get', key);
    }
  }

  async head(key: string): Promise<{ readonly size_bytes: number } | undefined> {
    this.assertOpen();
    assertValidKey(key);
    try {
      const output = await this.client.send(
        new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.location.prefix + key }),
        this.callOptions(),
      );
      return { size_bytes: output.ContentLength ?? 0 };
    } catch (error) {
      const mapped = this.mapError(error, 'head', key);
      if (mapped.code === 'NotFound') return undefined;
      throw mapped;
    }
  }

  async list(prefix: string, options: ListOptions = {}): Promise<string[]> {
    this.assertOpen();
    const limit = listLimit(options);
    const keys: string[] = [];
    const storePrefix = this.location.prefix;
    let continuationToken: string | undefined;
    while (keys.length < limit) {
      let output: ListObjectsV2CommandOutput;
      try {
        output = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.location.bucket,
            Prefix: storePrefix + prefix,
            // S3 ignores StartAfter once a continuation token is given.
            StartAfter:
              continuationToken === undefined && options.startAfter !== undefined
                ? storePrefix + options.startAfter
                : undefined,
            ContinuationToken: continuationToken,
            MaxKeys: Math.min(this.listPageSize, limit - keys.length),
          }),
          this.callOptions(),
        );
      } catch (error) {
        throw this.mapError(error, 'list');
      }
      for (const object of output.Contents ?? []) {
        if (object.Key === undefined || !object.Key.startsWith(storePrefix)) continue;
        keys.push(object.Key.slice(storePrefix.length));
      }
      if (!output.IsTruncated || output.NextContinuationToken === undefined) break;
      continuationToken = output.NextContinuationToken;
    }
    return keys.length > limit ? keys.slice(0, limit) : keys;
  }

  async delete(keys: readonly string[]): Promise<void> {
    this.assertOpen();
    for (const key of keys) assertValidKey(key);
    for (let offset = 0; offset < keys.length; offset += this.deleteBatchSize) {
      const batch = keys.slice(offset, offset + this.deleteBatchSize);
      let errors: { Key?: string; Code?: string; Message?: string }[];
      try {
        const output = await this.client.send(
          new DeleteObjectsCommand({
            Bucket: this.location.bucket,
            Delete: { Objects: batch.map((key) => ({ Key: this.location.prefix + key })), Quiet: true },
          }),
          this.callOptions(),
        );
        errors = (output.Errors ?? []).filter((error) => error.Code !== 'NoSuchKey');
      } catch (error) {
        throw this.mapError(error, 'delete', batch[0]);
      }
      if (errors.length > 0) {
        const first = errors[0];
        const key = first.Key?.slice(this.location.prefix.length);
        const status = first.Code === 'AccessDenied' ? 403 : first.Code === 'InternalError' ? 500 : 400;
        const mapped = this.mapError(
          { name: first.Code, message: first.Message, $metadata: { httpStatusCode: status } },
          'delete',
          key,
        );
        throw new ObjectStoreError(
          mapped.code,
          `${mapped.message} (${errors.length} of ${batch.length} keys in the batch not deleted)`,
          { key },
        );
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.client.destroy();
  }

  /** Whether `key` holds exactly `body` (to recognise our own put that the SDK reported as lost). */
  private async holds(key: string, body: Uint8Array): Promise<boolean> {
    try {
      return Buffer.from(body).equals(await this.get(key));
    } catch {
      return false;
    }
  }

  private callOptions(): { abortSignal: AbortSignal } {
    return { abortSignal: AbortSignal.timeout(this.callTimeout_ms) };
  }

  private mapError(error: unknown, operation: ObjectStoreOperation, key?: string): ObjectStoreError {
    return s3ErrorToObjectStoreError(error, { url: this.url, bucket: this.location.bucket, operation, key });
  }

  private assertOpen(): void {
    assert(!this.closed, () => `object store ${this.url} used after close`);
  }
}
