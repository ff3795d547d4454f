// Durability evidence for tests: read a topic back whole, and check it against the records producers saw acked.
import { readFileSync } from 'node:fs';
import { ApiKey } from '../../broker/protocol/generated/api-table.ts';
import {
  newFetchRequest,
  newFetchRequestFetchPartition,
  newFetchRequestFetchTopic,
} from '../../broker/protocol/generated/fetch.ts';
import { batchCrcValid, decodeRecords, scanBatches } from '../../broker/protocol/records.ts';
import { RawConnection } from './raw-client.ts';

/** A record as the producer was told it was stored, or as the log holds it. */
export interface StoredRecord {
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
}

/** Parses `partition offset value` lines (what the load generators write per acked record). */
export function parseAckedLines(text: string): StoredRecord[] {
  const records: StoredRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const [partition, offset, value] = line.split(' ');
    records.push({ partition: Number(partition), offset: Number(offset), value });
  }
  return records;
}

export function readAckedFile(path: string): StoredRecord[] {
  return parseAckedLines(readFileSync(path, 'utf8'));
}

/**
 * Every record of `partitions` partitions of `topic`, from offset 0 to the high watermark, through
 * plain Fetch v4 requests. Every batch's CRC is checked on the way.
 */
export async function readWholeTopic(
  port: number,
  topic: string,
  partitions: number,
): Promise<StoredRecord[]> {
  const records: StoredRecord[] = [];
  for (let partition = 0; partition < partitions; partition++)
    records.push(...(await readPartition(port, topic, partition)).records);
  return records;
}

/**
 * Every record of one partition from `fromOffset` to the high watermark, read from the broker at
 * `port` with plain Fetch v4 requests, CRCs checked. Records whose value starts with `skipPrefix`
 * are counted but not returned (large fill records).
 */
export async function readPartition(
  port: number,
  topic: string,
  partition: number,
  options: { fromOffset?: number; skipPrefix?: string } = {},
): Promise<{ records: StoredRecord[]; skipped: number; highWatermark: number }> {
  const connection = await RawConnection.open(port);
  const records: StoredRecord[] = [];
  let skipped = 0;
  let offset = BigInt(options.fromOffset ?? 0);
  let highWatermark = 0;
  try {
    for (let round = 0; round < 1_000_000; round++) {
      const response = await connection.request(ApiKey.Fetch, 4, {
        ...newFetchRequest(),
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 8 * 1024 * 1024,
        topics: [
          {
            ...newFetchRequestFetchTopic(),
            topic,
            partitions: [
              {
                ...newFetchRequestFetchPartition(),
                partition,
                fetchOffset: offset,
                partitionMaxBytes: 8 * 1024 * 1024,
              },
            ],
          },
        ],
      });
      const data = response.responses[0].partitions[0];
      if (data.errorCode !== 0) {
        const error = new Error(
          `Fetch ${topic}-${partition}@${offset} on :${port} failed with error ${data.errorCode}`,
        );
        (error as Error & { errorCode: number }).errorCode = data.errorCode;
        throw error;
      }
      highWatermark = Number(data.highWatermark);
      const { batches } = scanBatches(data.records ?? Buffer.alloc(0));
      if (batches.length === 0) {
        if (offset < data.highWatermark)
          throw new Error(
            `${topic}-${partition}: no batch at ${offset} below the high watermark ${data.highWatermark}`,
          );
        break;
      }
      for (const batch of batches) {
        if (!batchCrcValid(batch.bytes))
          throw new Error(`${topic}-${partition}: batch at ${batch.header.baseOffset} fails its CRC`);
        for (const record of decodeRecords(batch.bytes)) {
          if (record.offset < offset) continue;
          const value = record.value;
          if (
            options.skipPrefix &&
            value?.subarray(0, options.skipPrefix.length).toString() === options.skipPrefix
          ) {
            skipped++;
            continue;
          }
          records.push({ partition, offset: Number(record.offset), value: value?.toString('utf8') ?? '' });
        }
        offset = batch.header.lastOffset + 1n;
      }
    }
  } finally {
    connection.close();
  }
  return { records, skipped, highWatermark };
}

export interface DurabilityVerdict {
  readonly ok: boolean;
  readonly acked: number;
  readonly logRecords: number;
  /** Acked, but no record with that value is in the log. */
  readonly lost: readonly StoredRecord[];
  /** Acked at one place, found at another (or another value at the acked offset). */
  readonly misplaced: readonly { acked: StoredRecord; found: StoredRecord | undefined }[];
  /** Values present more than once in the log. */
  readonly duplicated: readonly { value: string; at: readonly StoredRecord[] }[];
  /** Two acked records of one producer and partition whose log order contradicts their send order. */
  readonly reordered: readonly { earlier: StoredRecord; later: StoredRecord }[];
  /** One line per problem kind, with the first examples. */
  readonly explanation: string;
}

/** `name-seq`: the producer and its send order, from the values the load generators write. */
function producerAndSeq(value: string): { producer: string; seq: number } {
  const dash = value.lastIndexOf('-');
  return { producer: value.slice(0, dash), seq: Number(value.slice(dash + 1)) };
}

/**
 * Pure check of a history: every acked record is in the log exactly once, at the offset the ack
 * named, and each producer's records keep their send order within a partition. Values must be
 * unique per producer (`name-seq`).
 */
export function checkAcked(acked: readonly StoredRecord[], log: readonly StoredRecord[]): DurabilityVerdict {
  const byValue = new Map<string, StoredRecord[]>();
  const byPlace = new Map<string, StoredRecord>();
  for (const record of log) {
    const list = byValue.get(record.value) ?? [];
    list.push(record);
    byValue.set(record.value, list);
    byPlace.set(`${record.partition}:${record.offset}`, record);
  }
  const lost: StoredRecord[] = [];
  const misplaced: { acked: StoredRecord; found: StoredRecord | undefined }[] = [];
  for (const record of acked) {
    const found = byValue.get(record.value);
    if (!found) {
      lost.push(record);
      continue;
    }
    const atPlace = byPlace.get(`${record.partition}:${record.offset}`);
    if (atPlace?.value !== record.value) misplaced.push({ acked: record, found: atPlace ?? found[0] });
  }
  const duplicated = [...byValue].filter(([, at]) => at.length > 1).map(([value, at]) => ({ value, at }));
  const reordered: { earlier: StoredRecord; later: StoredRecord }[] = [];
  const lastOf = new Map<string, StoredRecord>();
  for (const record of [...acked].sort((a, b) => a.partition - b.partition || a.offset - b.offset)) {
    const { producer, seq } = producerAndSeq(record.value);
    const key = `${producer}@${record.partition}`;
    const previous = lastOf.get(key);
    if (previous && producerAndSeq(previous.value).seq > seq)
      reordered.push({ earlier: previous, later: record });
    lastOf.set(key, record);
  }
  const show = (items: readonly unknown[]): string => JSON.stringify(items.slice(0, 3));
  const lines = [
    lost.length > 0 ? `${lost.length} acked records are missing, e.g. ${show(lost)}` : '',
    misplaced.length > 0
      ? `${misplaced.length} acked records are not at their acked offset, e.g. ${show(misplaced)}`
      : '',
    duplicated.length > 0
      ? `${duplicated.length} values appear more than once, e.g. ${show(duplicated)}`
      : '',
    reordered.length > 0 ? `${reordered.length} records are out of send order, e.g. ${show(reordered)}` : '',
  ].filter(Boolean);
  return {
    ok: lines.length === 0,
    acked: acked.length,
    logRecords: log.length,
    lost,
    misplaced,
    duplicated,
    reordered,
    explanation:
      lines.length === 0
        ? `all ${acked.length} acked records present once, at their offsets, in order`
        : lines.join('\n'),
  };
}
