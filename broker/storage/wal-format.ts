// The byte layout of a WAL object: a JSON index of every partition's batches, then the batch bytes.
import { assert } from '../../common/errors.ts';
import type { ProducerSnapshot } from './producer-state.ts';

/** One record batch inside a WAL object, as stored (offsets already assigned). */
export interface WalBatch {
  /** Byte position of the batch inside the object's data section. */
  readonly pos: number;
  readonly len: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly maxTimestamp: number;
  /** Idempotent producer id as a decimal string, or undefined for a non-idempotent batch. */
  readonly producerId?: string;
  readonly producerEpoch?: number;
  readonly baseSequence?: number;
  readonly recordCount: number;
}

/** All batches of one partition inside one WAL object, contiguous in offsets and in bytes. */
export interface WalPartitionEntry {
  readonly topicId: string;
  readonly partition: number;
  readonly leaderEpoch: number;
  readonly batches: readonly WalBatch[];
}

export interface WalHeader {
  readonly streamId: string;
  readonly seq: number;
  /** Unique per write attempt, to tell our own object from another writer's after an ambiguous put. */
  readonly nonce: string;
  readonly writtenAt_ms: number;
  readonly entries: readonly WalPartitionEntry[];
  /**
   * Stream objects only (compacted, one partition): the partition's durable producer state when
   * the object was cut, which covers every batch below `snapshotOffset`.
   */
  readonly producers?: ProducerSnapshot;
  readonly snapshotOffset?: number;
}

const magic = Buffer.from('LHWAL01\n', 'latin1');
/** magic + u32 header length. */
export const walPreambleBytes = magic.length + 4;

/** The data section starts at this byte of the object. */
export function dataStart(headerLength_bytes: number): number {
  return walPreambleBytes + headerLength_bytes;
}

/** Encodes a WAL object; `data` are the batch bytes in the order the header's positions name. */
export function encodeWalObject(
  header: WalHeader,
  data: readonly Buffer[],
): { bytes: Buffer; dataOffset: number } {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const preamble = Buffer.allocUnsafe(walPreambleBytes);
  magic.copy(preamble, 0);
  preamble.writeUInt32BE(headerBytes.length, magic.length);
  return {
    bytes: Buffer.concat([preamble, headerBytes, ...data]),
    dataOffset: walPreambleBytes + headerBytes.length,
  };
}

/** Reads the header length from the first bytes of an object; throws on a foreign object. */
export function decodePreamble(bytes: Buffer, key: string): number {
  if (bytes.length < walPreambleBytes || !bytes.subarray(0, magic.length).equals(magic)) {
    throw new Error(`object ${key} is not a longhaul WAL object (bad magic)`);
  }
  return bytes.readUInt32BE(magic.length);
}

export function decodeWalHeader(bytes: Buffer, key: string): { header: WalHeader; dataOffset: number } {
  const headerLength = decodePreamble(bytes, key);
  assert(
    bytes.length >= walPreambleBytes + headerLength,
    () => `WAL object ${key} is shorter than its header`,
  );
  const header = JSON.parse(
    bytes.subarray(walPreambleBytes, walPreambleBytes + headerLength).toString('utf8'),
  ) as WalHeader;
  return { header, dataOffset: walPreambleBytes + headerLength };
}

/** `wal/<streamId>/<seq, 12 digits>`: lexicographic order is sequence order. */
export function walKey(streamId: string, seq: number): string {
  return `wal/${streamId}/${seq.toString().padStart(12, '0')}`;
}

export function parseWalKey(key: string): { streamId: string; seq: number } | undefined {
  const match = /^wal\/([^/]+)\/(\d{12})$/.exec(key);
  return match ? { streamId: match[1], seq: Number(match[2]) } : undefined;
}

const sealMagic = Buffer.from('LHSEAL1\n', 'latin1');

/**
 * A seal is written by conditional create at the next free key of another incarnation's stream:
 * from then on that incarnation's writes at this key fail, so it can never ack past the seal.
 */
export function encodeSealObject(sealedBy: string): Buffer {
  return Buffer.concat([sealMagic, Buffer.from(JSON.stringify({ sealedBy, at_ms: Date.now() }), 'utf8')]);
}

export function isSealObject(bytes: Buffer): boolean {
  return bytes.length >= sealMagic.length && bytes.subarray(0, sealMagic.length).equals(sealMagic);
}

/** Where every stream object of a topic lives. */
export function streamObjectPrefix(topicId: string): string {
  return `data/${topicId}/`;
}

/**
 * `data/<topicId>/<partition>/<baseOffset, 20 digits>-<nonce>`: a compacted stream object, one
 * partition's batches in the WAL layout (one entry). The nonce keeps a retry by a later leader
 * from colliding with an orphan of an earlier one.
 */
export function streamObjectKey(
  topicId: string,
  partition: number,
  baseOffset: number,
  nonce: string,
): string {
  return `${streamObjectPrefix(topicId)}${partition}/${baseOffset.toString().padStart(20, '0')}-${nonce}`;
}
