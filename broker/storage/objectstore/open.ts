// Opens an object store from its URL (file://, s3://, memory://), the one way the broker picks a backend.
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../../common/errors.ts';
import { FsObjectStore, type FsObjectStoreOptions } from './fs.ts';
import { MemoryObjectStore } from './memory.ts';
import { redactUrl } from './redact.ts';
import { S3ObjectStore, type S3ObjectStoreOptions, s3UrlForm } from './s3.ts';
import type { ObjectStore } from './types.ts';

export { redactUrl } from './redact.ts';

/** The URL forms openObjectStore accepts, for help texts and error messages. */
export const objectStoreUrlForms: readonly string[] = [
  'file:///absolute/directory   a local directory (several processes on one host may share it)',
  `${s3UrlForm}   an S3-compatible bucket; credentials from the AWS environment`,
  'memory:// or memory://name   objects in this process only (tests); a name is shared within the process',
];

export interface OpenObjectStoreOptions {
  readonly fs?: FsObjectStoreOptions;
  readonly s3?: S3ObjectStoreOptions;
}

function badUrl(url: string, problem: string, hint?: string): UserError {
  return new UserError(`bad object store URL ${JSON.stringify(redactUrl(url))}: ${problem}`, {
    hint: `${hint ? `${hint}; ` : ''}accepted forms:\n    ${objectStoreUrlForms.join('\n    ')}`,
  });
}

/**
 * Opens the store `url` names: `file:///abs/dir` (created if missing, checked writable),
 * `s3://bucket/prefix?...` (checked reachable, conditional writes probed) or `memory://[name]`.
 * A malformed URL, an unsupported scheme or a store that cannot be used is a UserError that names
 * the URL (credentials redacted) and says what to do.
 */
export async function openObjectStore(
  url: string,
  options: OpenObjectStoreOptions = {},
): Promise<ObjectStore> {
  if (isAbsolute(url) && !url.includes('://')) {
    throw badUrl(url, 'a path, not a URL', `did you mean file://${encodeURI(url)} ?`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl(url, 'not a URL');
  }
  switch (parsed.protocol) {
    case 'file:':
      return FsObjectStore.open(fileDirectory(url, parsed), options.fs);
    case 's3:':
      return S3ObjectStore.open(url, options.s3);
    case 'memory:': {
      if (
        (parsed.pathname !== '' && parsed.pathname !== '/') ||
        parsed.search ||
        parsed.hash ||
        parsed.username
      ) {
        throw badUrl(url, 'a memory URL is memory:// or memory://name, with nothing after the name');
      }
      return new MemoryObjectStore(parsed.hostname === '' ? undefined : parsed.hostname);
    }
    default:
      throw badUrl(url, `unsupported scheme ${parsed.protocol.replace(/:$/, '')}`);
  }
}

function fileDirectory(url: string, parsed: URL): string {
  if (parsed.hostname !== '' && parsed.hostname !== 'localhost') {
    throw badUrl(
      url,
      `a file URL names a host ("${parsed.hostname}"); the path must be absolute, with three slashes`,
      `did you mean file:///${parsed.hostname}${parsed.pathname} ?`,
    );
  }
  if (parsed.search || parsed.hash) throw badUrl(url, 'a file URL takes no ?parameters or #fragment');
  let directory: string;
  try {
    directory = fileURLToPath(parsed).replace(/\/+$/, '') || '/';
  } catch (error) {
    throw badUrl(url, (error as Error).message);
  }
  if (directory === '/') throw badUrl(url, 'refusing to use the root directory as an object store');
  return directory;
}
