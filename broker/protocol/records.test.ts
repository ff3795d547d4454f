// Record batches: build, CRC-check, patch in place, scan several batches and decode records.
import { describe, expect, it } from 'vitest';
import { ErrorCode, KafkaProtocolError } from './errors.ts';
import {
  type BatchInput,
  batchCrcValid,
  buildBatch,
  decodeRecords,
  patchBaseOffset,
  patchPartitionLeaderEpoch,
  readBatchHeader,
  scanBatches,
  validateProducedRecords,
  verifyBatch,
} from './records.ts';

const t0 = 1_700_000_000_000n;

const sample: BatchInput = {
  baseOffset: 0n,
  producerId: 4242n,
  producerEpoch: 3,
  baseSequence: 17,
  records: [
    { key: 'k1', value: 'v1', timestamp: t0, headers: [{ key: 'trace', value: 'abc' }] },
    { key: null, value: Buffer.from([0, 1, 2, 255]), timestamp: t0 + 5n },
    {
      value: null,
      timestamp: t0 - 3n,
      headers: [
        { key: 'nullable', value: null },
        { key: 'unicode-é', value: '日本' },
      ],
    },
  ],
};

function errorCodeOf(run: () => unknown): number | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof KafkaProtocolError) return error.code;
    throw error;
  }
  return undefined;
}

describe('record batches', () => {
  it('builds a batch whose header, CRC and records read back', () => {
    const batch = buildBatch(sample);
    expect(batchCrcValid(batch)).toBe(true);
    verifyBatch(batch);
    const header = readBatchHeader(batch);
    expect(header).toMatchObject({
      baseOffset: 0n,
      batchLength: batch.length - 12,
      partitionLeaderEpoch: -1,
      magic: 2,
      compression: 0,
      timestampType: 'create',
      isTransactional: false,
      isControl: false,
      lastOffsetDelta: 2,
      baseTimestamp: t0,
      maxTimestamp: t0 + 5n,
      producerId: 4242n,
      producerEpoch: 3,
      baseSequence: 17,
      recordCount: 3,
      lastOffset: 2n,
    });
    const records = decodeRecords(batch);
    expect(records.map((r) => r.offset)).toEqual([0n, 1n, 2n]);
    expect(records.map((r) => r.timestamp)).toEqual([t0, t0 + 5n, t0 - 3n]);
    expect(records[0].key?.toString()).toBe('k1');
    expect(records[0].value?.toString()).toBe('v1');
    expect(records[0].headers).toEqual([{ key: 'trace', value: Buffer.from('abc') }]);
    expect(records[1].key).toBeNull();
    expect(records[1].value).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(records[2].value).toBeNull();
    expect(records[2].headers).toEqual([
      { key: 'nullable', value: null },
      { key: 'unicode-é', value: Buffer.from('日本') },
    ]);
  });

  it('fails the CRC when any byte the CRC covers is flipped', () => {
    const batch = buildBatch(sample);
    for (const at of [21, 30, 61, batch.length - 1]) {
      const copy = Buffer.from(batch);
      copy[at] ^= 0x01;
      expect(batchCrcValid(copy), `flipped byte ${at}`).toBe(false);
      expect(errorCodeOf(() => verifyBatch(copy))).toBe(ErrorCode.CORRUPT_MESSAGE);
    }
  });

  it('patches baseOffset and partitionLeaderEpoch in place and keeps the CRC valid', () => {
    const batch = buildBatch(sample);
    const crcBefore = readBatchHeader(batch).crc;
    patchBaseOffset(batch, 1_000_000n);
    patchPartitionLeaderEpoch(batch, 7);
    expect(batchCrcValid(batch)).toBe(true);
    const header = readBatchHeader(batch);
    expect(header.crc).toBe(crcBefore);
    expect(header.baseOffset).toBe(1_000_000n);
    expect(header.partitionLeaderEpoch).toBe(7);
    expect(header.lastOffset).toBe(1_000_002n);
    expect(decodeRecords(batch).map((r) => r.offset)).toEqual([1_000_000n, 1_000_001n, 1_000_002n]);
  });

  it('scans several batches and reports a truncated last batch as a tail', () => {
    const first = buildBatch(sample);
    const second = buildBatch({ ...sample, baseOffset: 3n, records: [{ value: 'x', timestamp: t0 }] });
    const third = buildBatch({ ...sample, baseOffset: 4n });
    const records = Buffer.concat([first, second, third.subarray(0, 40)]);
    const scan = scanBatches(records);
    expect(scan.batches.map((b) => b.header.baseOffset)).toEqual([0n, 3n]);
    expect(scan.batches.map((b) => b.position)).toEqual([0, first.length]);
    expect(scan.batches[1].bytes.equals(second)).toBe(true);
    expect(scan.batches[1].bytes.buffer).toBe(records.buffer);
    expect(scan.truncatedTail_bytes).toBe(40);
    // A tail shorter than baseOffset + batchLength is a tail too.
    expect(scanBatches(Buffer.concat([first, third.subarray(0, 5)])).truncatedTail_bytes).toBe(5);
    expect(scanBatches(Buffer.alloc(0))).toEqual({ batches: [], truncatedTail_bytes: 0 });
  });

  it('validates produced records as Kafka does', () => {
    const batch = buildBatch(sample);
    expect(validateProducedRecords(Buffer.concat([batch, batch]))).toHaveLength(2);
    expect(errorCodeOf(() => validateProducedRecords(batch.subarray(0, batch.length - 1)))).toBe(
      ErrorCode.CORRUPT_MESSAGE,
    );
    const magic1 = Buffer.from(batch);
    magic1[16] = 1;
    expect(errorCodeOf(() => validateProducedRecords(magic1))).toBe(ErrorCode.INVALID_RECORD);
    const control = buildBatch({ ...sample, isControl: true });
    expect(errorCodeOf(() => validateProducedRecords(control))).toBe(ErrorCode.INVALID_RECORD);
    expect(errorCodeOf(() => validateProducedRecords(Buffer.alloc(0)))).toBe(ErrorCode.INVALID_RECORD);
    const tinyLength = Buffer.from(batch);
    tinyLength.writeInt32BE(3, 8);
    expect(errorCodeOf(() => scanBatches(tinyLength))).toBe(ErrorCode.CORRUPT_MESSAGE);
  });

  it('round-trips a gzip batch and flags transactional and log-append-time batches', () => {
    const batch = buildBatch({
      ...sample,
      compression: 'gzip',
      isTransactional: true,
      timestampType: 'logAppend',
    });
    verifyBatch(batch);
    const header = readBatchHeader(batch);
    expect(header.compression).toBe(1);
    expect(header.isTransactional).toBe(true);
    expect(header.timestampType).toBe('logAppend');
    const records = decodeRecords(batch);
    expect(records.map((r) => r.value?.toString() ?? null)).toEqual(['v1', '\u0000\u0001\u0002\ufffd', null]);
    // LogAppendTime batches carry the broker's time in maxTimestamp for every record.
    expect(records.every((r) => r.timestamp === header.maxTimestamp)).toBe(true);
  });

  it('refuses codecs it cannot inflate and records that overrun the batch', () => {
    const batch = buildBatch(sample);
    const snappy = Buffer.from(batch);
    snappy.writeInt16BE(2, 21);
    expect(errorCodeOf(() => decodeRecords(snappy))).toBe(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
    const wrongCount = Buffer.from(batch);
    wrongCount.writeInt32BE(4, 57);
    expect(errorCodeOf(() => decodeRecords(wrongCount))).toBe(ErrorCode.CORRUPT_MESSAGE);
    const bomb = buildBatch({ records: [{ value: Buffer.alloc(1 << 20) }], compression: 'gzip' });
    expect(errorCodeOf(() => decodeRecords(bomb, { maxUncompressed_bytes: 1024 }))).toBe(
      ErrorCode.CORRUPT_MESSAGE,
    );
  });
});
