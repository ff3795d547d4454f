// How the fs object store lays keys out as files: one directory per key segment, %-encoded names.
//
// Key `wal/7/000042` is the file `wal%2F/7%2F/000042` under the store's root. Each segment is
// percent-encoded (as encodeURIComponent does, plus a leading `.`), file names are the encoded last
// segment and directory names are the encoded segment followed by `%2F` (an encoded `/`), so a file
// and a directory never share a name: keys `a` and `a/b` can both exist, as they can on S3. Names
// that do not decode and re-encode to themselves (temp files, the marker, anything starting with
// `.`) are not keys and are never listed.

import { hasControlCharacter } from './keys.ts';

/** Directory under the root that holds temp files of puts in flight (and leftovers of crashed ones). */
export const tempDirectoryName = '.tmp';
/** File under the root that marks a directory as a longhaul object store, with its layout version. */
export const markerFileName = '.longhaul-objectstore';
export const layoutVersion = 1;
/** Longest file name most Linux file systems accept (NAME_MAX), in bytes. */
export const maxNameBytes = 255;

const directorySuffix = '%2F';

/** The encoded form of one key segment (never empty, never starting with `.`, never holding `/`). */
export function encodeSegment(segment: string): string {
  const encoded = encodeURIComponent(segment);
  return encoded.startsWith('.') ? `%2E${encoded.slice(1)}` : encoded;
}

export function directoryName(segment: string): string {
  return encodeSegment(segment) + directorySuffix;
}

export function fileName(segment: string): string {
  return encodeSegment(segment);
}

export interface LayoutEntry {
  /** The decoded key segment. */
  readonly segment: string;
  /** Whether the entry is a directory (a key prefix) rather than an object. */
  readonly isDirectory: boolean;
}

/** What a directory entry's name stands for, or undefined when it is not part of the key space. */
export function parseEntryName(name: string): LayoutEntry | undefined {
  const isDirectory = name.endsWith(directorySuffix);
  const encoded = isDirectory ? name.slice(0, -directorySuffix.length) : name;
  if (encoded.length === 0) return undefined;
  let segment: string;
  try {
    segment = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  if (segment.includes('/') || hasControlCharacter(segment)) return undefined;
  if (encodeSegment(segment) !== encoded) return undefined;
  return { segment, isDirectory };
}

/** The path of a valid key relative to the root, as path components. */
export function keyPathComponents(key: string): string[] {
  const segments = key.split('/');
  const last = segments.pop() as string;
  return [...segments.map(directoryName), fileName(last)];
}
