// Record batches (magic v2): read headers, check CRC-32C, patch offsets in place, decode and build records.
//
// The broker stores batches exactly as producers sent them and never re-encodes them: it only checks
// them and patches baseOffset / partitionLeaderEpoch, which lie outside the CRC.
// Layout: https://kafka.apache.org/documentation/#recordbatch
//
//   baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 | crc uint32 |
//   attributes int16 | lastOffsetDelta int32 | baseTimestamp int64 | maxTimestamp int64 |
//   producerId int64 | producerEpoch int16 | baseSequence int32 | recordCount int32 | records...
//
// The CRC covers attributes through the end of the batch. Errors are KafkaProtocolErrors with the code
// a produce response would carry: CORRUPT_MESSAGE, INVALID_RECORD, UNSUPPORTED_COMPRESSION_TYPE.
import { gunzipSync, gzipSync } from 'node:zlib';
import { crc32c } from '@node-rs/crc32';
import { ProtocolDecodeError, Reader, Writer } from './buffer.ts';
import { ErrorCode, KafkaProtocolError } from './errors.ts';

/** Size of the batch header, from baseOffset through recordCount. */
export const batchHeader_bytes = 61;
/** baseOffset and batchLength precede the bytes that batchLength counts. */
export const batchLogOverhead_bytes = 12;

const offsetOf = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordCount: 57,
} as const;

/** Compression codec in attribute bits 0-2. */
export const CompressionCodec = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
export type CompressionCodec = (typeof CompressionCodec)[keyof typeof CompressionCodec];

const attribute = {
  compressionMask: 0x07,
  logAppendTime: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

export interface RecordBatchHeader {
  readonly baseOffset: bigint;
  /** Bytes after the batchLength field (the whole batch is batchLength + 12 bytes). */
  readonly batchLength: number;
  readonly partitionLeaderEpoch: number;
  readonly magic: number;
  /** CRC-32C as stored (unsigned). */
  readonly crc: number;
  readonly attributes: number;
  readonly compression: number;
  readonly timestampType: 'create' | 'logAppend';
  readonly isTransactional: boolean;
  readonly isControl: boolean;
  readonly hasDeleteHorizon: boolean;
  readonly lastOffsetDelta: number;
  readonly baseTimestamp: bigint;
  readonly maxTimestamp: bigint;
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly recordCount: number;
  /** baseOffset + lastOffsetDelta. */
  readonly lastOffset: bigint;
}

export interface RecordBatchView {
  readonly header: RecordBatchHeader;
  /** The whole batch, a view into the records buffer (no copy). */
  readonly bytes: Buffer;
  /** Where the batch starts inside the records buffer. */
  readonly position: number;
}

export interface BatchScan {
  readonly batches: RecordBatchView[];
  /** Bytes at the end that do not hold a whole batch (a fetch response may end with a partial one). */
  readonly truncatedTail_bytes: number;
}

function corrupt(detail: string, cause?: unknown): KafkaProtocolError {
  return new KafkaProtocolError(ErrorCode.CORRUPT_MESSAGE, detail, { cause });
}

function wrongMagic(magic: number): KafkaProtocolError {
  return new KafkaProtocolError(
    ErrorCode.INVALID_RECORD,
    `record batch has magic ${magic}; only magic 2 (Kafka 0.11+ record batches) is supported`,
  );
}

/** Reads the 61-byte header of the batch starting at `offset` in `buf`. */
export function readBatchHeader(buf: Buffer, offset = 0): RecordBatchHeader {
  if (buf.length - offset < batchHeader_bytes) {
    throw corrupt(`record batch header needs ${batchHeader_bytes} bytes, ${buf.length - offset} remain`);
  }
  const baseOffset = buf.readBigInt64BE(offset);
  const attributes = buf.readInt16BE(offset + offsetOf.attributes);
  const lastOffsetDelta = buf.readInt32BE(offset + offsetOf.lastOffsetDelta);
  return {
    baseOffset,
    batchLength: buf.readInt32BE(offset + offsetOf.batchLength),
    partitionLeaderEpoch: buf.readInt32BE(offset + offsetOf.partitionLeaderEpoch),
    magic: buf.readInt8(offset + offsetOf.magic),
    crc: buf.readUInt32BE(offset + offsetOf.crc),
    attributes,
    compression: attributes & attribute.compressionMask,
    timestampType: (attributes & attribute.logAppendTime) === 0 ? 'create' : 'logAppend',
    isTransactional: (attributes & attribute.transactional) !== 0,
    isControl: (attributes & attribute.control) !== 0,
    hasDeleteHorizon: (attributes & attribute.deleteHorizon) !== 0,
    lastOffsetDelta,
    baseTimestamp: buf.readBigInt64BE(offset + offsetOf.baseTimestamp),
    maxTimestamp: buf.readBigInt64BE(offset + offsetOf.maxTimestamp),
    producerId: buf.readBigInt64BE(offset + offsetOf.producerId),
    producerEpoch: buf.readInt16BE(offset + offsetOf.producerEpoch),
    baseSequence: buf.readInt32BE(offset + offsetOf.baseSequence),
    recordCount: buf.readInt32BE(offset + offsetOf.recordCount),
    lastOffset: baseOffset + BigInt(lastOffsetDelta),
  };
}

/**
 * Splits a `records` buffer into its batches (views, no copy). A partial batch at the end is not an
 * error: its size is reported as `truncatedTail_bytes`. Throws CORRUPT_MESSAGE for a batch length too
 * small to hold a batch header (the scan could not advance past it).
 */
export function scanBatches(records: Buffer): BatchScan {
  const batches: RecordBatchView[] = [];
  let position = 0;
  while (records.length - position >= batchLogOverhead_bytes) {
    const batchLength = records.readInt32BE(position + offsetOf.batchLength);
    if (batchLength < batchHeader_bytes - batchLogOverhead_bytes) {
      const magic =
        records.length - position > offsetOf.magic ? records.readInt8(position + offsetOf.magic) : 2;
      if (magic !== 2) throw wrongMagic(magic);
      throw corrupt(`record batch at byte ${position} has length ${batchLength}, less than a batch header`);
    }
    const size_bytes = batchLogOverhead_bytes + batchLength;
    if (records.length - position < size_bytes) break;
    const bytes = records.subarray(position, position + size_bytes);
    batches.push({ header: readBatchHeader(bytes), bytes, position });
    position += size_bytes;
  }
  return { batches, truncatedTail_bytes: records.length - position };
}

/** CRC-32C of a whole batch, computed over attributes through the end. */
export function computeBatchCrc(batch: Buffer): number {
  return crc32c(batch.subarray(offsetOf.attributes));
}

/** True when the batch (exactly one whole batch) has magic 2 and its stored CRC matches its bytes. */
export function batchCrcValid(batch: Buffer): boolean {
  if (batch.length < batchHeader_bytes) return false;
  return batch.readUInt32BE(offsetOf.crc) === computeBatchCrc(batch);
}

/** Checks magic 2 (INVALID_RECORD otherwise) and the CRC (CORRUPT_MESSAGE) of one whole batch. */
export function verifyBatch(batch: Buffer): void {
  if (batch.length < batchHeader_bytes)
    throw corrupt(`record batch of ${batch.length} bytes is shorter than its header`);
  const magic = batch.readInt8(offsetOf.magic);
  if (magic !== 2) throw wrongMagic(magic);
  const length = batch.readInt32BE(offsetOf.batchLength);
  if (length + batchLogOverhead_bytes !== batch.length) {
    throw corrupt(
      `record batch length field says ${length + batchLogOverhead_bytes} bytes, buffer has ${batch.length}`,
    );
  }
  const stored = batch.readUInt32BE(offsetOf.crc);
  const computed = computeBatchCrc(batch);
  if (stored !== computed) {
    throw corrupt(
      `record batch CRC-32C mismatch: stored ${stored.toString(16)}, computed ${computed.toString(16)}`,
    );
  }
}

/**
 * Validates the records of one partition of a produce request, as Kafka's LogValidator does: whole
 * batches only, magic 2, CRC, a record count that matches the offset range, no control batches
 * (those come from coordinators, not clients). Returns the batches (views into `records`).
 */
export function validateProducedRecords(records: Buffer): RecordBatchView[] {
  const { batches, truncatedTail_bytes } = scanBatches(records);
  if (truncatedTail_bytes !== 0) {
    throw corrupt(`produce records end with ${truncatedTail_bytes} bytes that are not a whole record batch`);
  }
  if (batches.length === 0)
    throw new KafkaProtocolError(ErrorCode.INVALID_RECORD, 'produce request has no batches');
  for (const { bytes, header } of batches) {
    verifyBatch(bytes);
    if (header.recordCount <= 0 || header.lastOffsetDelta + 1 !== header.recordCount) {
      throw new KafkaProtocolError(
        ErrorCode.INVALID_RECORD,
        `record batch has ${header.recordCount} records but lastOffsetDelta ${header.lastOffsetDelta}`,
      );
    }
    if (header.isControl) {
      throw new KafkaProtocolError(ErrorCode.INVALID_RECORD, 'clients may not produce control batches');
    }
  }
  return batches;
}

/** Sets baseOffset in place. The CRC does not cover it, so the batch stays valid. */
export function patchBaseOffset(batch: Buffer, baseOffset: bigint): void {
  batch.writeBigInt64BE(baseOffset, offsetOf.baseOffset);
}

/** Sets partitionLeaderEpoch in place. The CRC does not cover it, so the batch stays valid. */
export function patchPartitionLeaderEpoch(batch: Buffer, partitionLeaderEpoch: number): void {
  batch.writeInt32BE(partitionLeaderEpoch, offsetOf.partitionLeaderEpoch);
}

export interface RecordHeader {
  readonly key: string;
  readonly value: Buffer | null;
}

export interface KafkaRecord {
  /** baseOffset + offsetDelta. */
  readonly offset: bigint;
  /** baseTimestamp + timestampDelta, or the batch maxTimestamp when the batch uses LogAppendTime. */
  readonly timestamp: bigint;
  readonly offsetDelta: number;
  readonly timestampDelta: bigint;
  readonly attributes: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: readonly RecordHeader[];
}

export interface DecodeRecordsOptions {
  /** Refuse to inflate a compressed batch beyond this size (a zip bomb guard). Default 64 MiB. */
  readonly maxUncompressed_bytes?: number;
}

function varbytes(reader: Reader): Buffer | null {
  const length = reader.varint();
  if (length < -1) throw reader.fail(`negative length ${length}`);
  if (length === -1) return null;
  if (length > reader.remaining())
    throw reader.fail(`length ${length} exceeds the ${reader.remaining()} bytes left`);
  const start = reader.offset;
  reader.skip(length);
  return reader.buf.subarray(start, start + length);
}

/**
 * Decodes the records of one whole batch (uncompressed or gzip; other codecs throw
 * UNSUPPORTED_COMPRESSION_TYPE). Keys and values of uncompressed batches are views into `batch`.
 */
export function decodeRecords(batch: Buffer, options: DecodeRecordsOptions = {}): KafkaRecord[] {
  const header = readBatchHeader(batch);
  if (header.magic !== 2) throw wrongMagic(header.magic);
  const end = batchLogOverhead_bytes + header.batchLength;
  if (end > batch.length) throw corrupt(`record batch needs ${end} bytes, buffer has ${batch.length}`);
  let body = batch.subarray(batchHeader_bytes, end);
  if (header.compression === CompressionCodec.gzip) {
    try {
      body = gunzipSync(body, { maxOutputLength: options.maxUncompressed_bytes ?? 64 * 1024 * 1024 });
    } catch (error) {
      throw corrupt('gzip record batch does not inflate', error);
    }
  } else if (header.compression !== CompressionCodec.none) {
    throw new KafkaProtocolError(
      ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
      `record batch compression codec ${header.compression} cannot be decoded here (only none and gzip)`,
    );
  }
  if (header.recordCount < 0 || header.recordCount > body.length) {
    throw corrupt(`record count ${header.recordCount} does not fit in ${body.length} bytes`);
  }
  const records: KafkaRecord[] = [];
  const reader = new Reader(body);
  try {
    for (let i = 0; i < header.recordCount; i++) {
      const length = reader.varint();
      if (length < 0 || length > reader.remaining()) throw reader.fail(`record length ${length} is invalid`);
      const recordEnd = reader.offset + length;
      const record = new Reader(body, reader.offset, recordEnd);
      const attributes = record.int8();
      const timestampDelta = record.varlong();
      const offsetDelta = record.varint();
      const key = varbytes(record);
      const value = varbytes(record);
      const headerCount = record.varint();
      if (headerCount < 0 || headerCount > record.remaining())
        throw record.fail(`header count ${headerCount}`);
      const headers: RecordHeader[] = [];
      for (let h = 0; h < headerCount; h++) {
        const headerKey = varbytes(record);
        if (headerKey === null) throw record.fail('record header key is null');
        headers.push({ key: headerKey.toString('utf8'), value: varbytes(record) });
      }
      if (record.remaining() !== 0)
        throw record.fail(`record has ${record.remaining()} bytes after its headers`);
      reader.offset = recordEnd;
      records.push({
        offset: header.baseOffset + BigInt(offsetDelta),
        timestamp:
          header.timestampType === 'logAppend' ? header.maxTimestamp : header.baseTimestamp + timestampDelta,
        offsetDelta,
        timestampDelta,
        attributes,
        key,
        value,
        headers,
      });
    }
  } catch (error) {
    if (error instanceof ProtocolDecodeError) throw corrupt(`record batch records: ${error.message}`, error);
    throw error;
  }
  if (reader.remaining() !== 0)
    throw corrupt(`record batch has ${reader.remaining()} bytes after its last record`);
  return records;
}

export type Bytesish = Buffer | string;

export interface RecordInput {
  readonly key?: Bytesish | null;
  readonly value: Bytesish | null;
  readonly headers?: readonly { readonly key: string; readonly value: Bytesish | null }[];
  /** Absolute timestamp in ms; default the batch baseTimestamp. */
  readonly timestamp?: bigint;
  /** Default: the record's index in the batch. */
  readonly offsetDelta?: number;
}

export interface BatchInput {
  readonly records: readonly RecordInput[];
  readonly baseOffset?: bigint;
  readonly partitionLeaderEpoch?: number;
  /** Default: the first record's timestamp, else now. */
  readonly baseTimestamp?: bigint;
  readonly producerId?: bigint;
  readonly producerEpoch?: number;
  readonly baseSequence?: number;
  readonly isTransactional?: boolean;
  readonly isControl?: boolean;
  readonly timestampType?: 'create' | 'logAppend';
  readonly compression?: 'none' | 'gzip';
}

function toBuffer(value: Bytesish): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

function writeVarbytes(writer: Writer, value: Bytesish | null | undefined): void {
  if (value === null || value === undefined) {
    writer.varint(-1);
    return;
  }
  const bytes = toBuffer(value);
  writer.varint(bytes.length);
  writer.raw(bytes);
}

/** Builds one magic-2 batch with a valid CRC (for tests and internal tools; the broker never re-encodes). */
export function buildBatch(input: BatchInput): Buffer {
  if (input.records.length === 0) throw new RangeError('a record batch needs at least one record');
  const baseTimestamp = input.baseTimestamp ?? input.records[0].timestamp ?? BigInt(Date.now());
  let maxTimestamp = -1n;
  let lastOffsetDelta = 0;
  const body = new Writer(256);
  input.records.forEach((record, index) => {
    const timestamp = record.timestamp ?? baseTimestamp;
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
    const offsetDelta = record.offsetDelta ?? index;
    if (offsetDelta > lastOffsetDelta) lastOffsetDelta = offsetDelta;
    const one = new Writer(64);
    one.int8(0);
    one.varlong(timestamp - baseTimestamp);
    one.varint(offsetDelta);
    writeVarbytes(one, record.key);
    writeVarbytes(one, record.value);
    const headers = record.headers ?? [];
    one.varint(headers.length);
    for (const header of headers) {
      writeVarbytes(one, header.key);
      writeVarbytes(one, header.value);
    }
    body.varint(one.length);
    body.writer(one);
  });
  let records = body.toBuffer();
  let attributes = 0;
  if (input.compression === 'gzip') {
    records = gzipSync(records);
    attributes |= CompressionCodec.gzip;
  }
  if (input.timestampType === 'logAppend') attributes |= attribute.logAppendTime;
  if (input.isTransactional) attributes |= attribute.transactional;
  if (input.isControl) attributes |= attribute.control;

  const batch = Buffer.alloc(batchHeader_bytes + records.length);
  batch.writeBigInt64BE(input.baseOffset ?? 0n, offsetOf.baseOffset);
  batch.writeInt32BE(batch.length - batchLogOverhead_bytes, offsetOf.batchLength);
  batch.writeInt32BE(input.partitionLeaderEpoch ?? -1, offsetOf.partitionLeaderEpoch);
  batch.writeInt8(2, offsetOf.magic);
  batch.writeInt16BE(attributes, offsetOf.attributes);
  batch.writeInt32BE(lastOffsetDelta, offsetOf.lastOffsetDelta);
  batch.writeBigInt64BE(baseTimestamp, offsetOf.baseTimestamp);
  batch.writeBigInt64BE(maxTimestamp, offsetOf.maxTimestamp);
  batch.writeBigInt64BE(input.producerId ?? -1n, offsetOf.producerId);
  batch.writeInt16BE(input.producerEpoch ?? -1, offsetOf.producerEpoch);
  batch.writeInt32BE(input.baseSequence ?? -1, offsetOf.baseSequence);
  batch.writeInt32BE(input.records.length, offsetOf.recordCount);
  records.copy(batch, batchHeader_bytes);
  batch.writeUInt32BE(computeBatchCrc(batch), offsetOf.crc);
  return batch;
}
