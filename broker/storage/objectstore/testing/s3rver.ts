// s3rver, a fake S3 server, on a loopback port in this process, for tests of the s3 backend.
import crypto from 'node:crypto';
import S3rver from 's3rver';

/** The only credentials s3rver accepts. */
export const s3rverCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

let cryptoShimInstalled = false;

/**
 * s3rver 3.7.1 encrypts ListObjectsV2 continuation tokens with single DES, which OpenSSL 3 (Node 17+)
 * only has in its legacy provider, so every truncated listing fails with HTTP 500. Triple DES with
 * the key repeated three times is single DES, and is in the default provider: map one onto the
 * other, for s3rver's 'des' calls only.
 */
function installDesShim(): void {
  if (cryptoShimInstalled) return;
  cryptoShimInstalled = true;
  const { createCipheriv, createDecipheriv } = crypto;
  const tripled = (key: crypto.BinaryLike | crypto.KeyObject): Buffer => {
    const single = Buffer.from(key as Uint8Array);
    return Buffer.concat([single, single, single]);
  };
  const patched = crypto as unknown as Record<string, unknown>;
  patched.createCipheriv = (
    algorithm: string,
    key: crypto.CipherKey,
    iv: crypto.BinaryLike | null,
    options?: object,
  ) =>
    algorithm === 'des'
      ? createCipheriv('des-ede3-cbc', tripled(key), iv)
      : createCipheriv(algorithm, key, iv, options as crypto.CipherGCMOptions);
  patched.createDecipheriv = (
    algorithm: string,
    key: crypto.CipherKey,
    iv: crypto.BinaryLike | null,
    options?: object,
  ) =>
    algorithm === 'des'
      ? createDecipheriv('des-ede3-cbc', tripled(key), iv)
      : createDecipheriv(algorithm, key, iv, options as crypto.CipherGCMOptions);
}

export interface RunningS3rver {
  readonly port: number;
  /** `http://127.0.0.1:port`. */
  readonly endpoint: string;
  /** An `s3://` URL for a bucket (and key prefix) on this server. */
  url(bucket: string, prefix?: string): string;
  close(): Promise<void>;
}

/** Starts s3rver on 127.0.0.1:`port`, keeping its files in `directory`, with `buckets` created. */
export async function startS3rver(options: {
  readonly port: number;
  readonly directory: string;
  readonly buckets?: readonly string[];
}): Promise<RunningS3rver> {
  installDesShim();
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.directory,
    silent: true,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
  });
  await server.run();
  const endpoint = `http://127.0.0.1:${options.port}`;
  let closed = false;
  return {
    port: options.port,
    endpoint,
    url: (bucket, prefix = '') =>
      `s3://${bucket}/${prefix}?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`,
    close: async () => {
      if (closed) return;
      closed = true;
      server.httpServer?.closeAllConnections();
      await server.close();
    },
  };
}
