// Fetch: read each partition from the requested offset, long-polling until minBytes or maxWaitMs.
import {
  type FetchRequest,
  type FetchResponse,
  type FetchResponsePartitionData,
  newFetchResponse,
  newFetchResponsePartitionData,
} from '../protocol/generated/fetch.ts';
import type { PartitionLog } from '../storage/partition-log.ts';
import { errorCodeOf, missingLogCode, type RequestInfo } from './context.ts';

/** Longest long poll honoured, whatever the client asks. */
const maxWait_ms = 30_000;

interface Wanted {
  readonly topic: string;
  readonly topicId: string;
  readonly partition: number;
  readonly fetchOffset: number;
  readonly partitionMaxBytes: number;
  readonly log: PartitionLog | undefined;
}

async function readOnce(wanted: readonly Wanted[], maxBytes: number, request: RequestInfo) {
  const { engine, logger } = request.broker;
  let total = 0;
  const results: { wanted: Wanted; data: FetchResponsePartitionData; bytes: number }[] = [];
  for (const item of wanted) {
    const { log } = item;
    if (!log) {
      results.push({
        wanted: item,
        bytes: 0,
        data: {
          ...newFetchResponsePartitionData(),
          partitionIndex: item.partition,
          errorCode: missingLogCode(engine, item.topic, item.partition),
        },
      });
      continue;
    }
    const base = {
      ...newFetchResponsePartitionData(),
      partitionIndex: item.partition,
      highWatermark: BigInt(log.highWatermark),
      lastStableOffset: BigInt(log.highWatermark),
      logStartOffset: BigInt(log.logStartOffset),
      abortedTransactions: [],
    };
    // Once the response is full, later partitions are returned empty (KIP-74).
    const budget = Math.min(item.partitionMaxBytes, maxBytes - total);
    if (budget <= 0 && total > 0) {
      results.push({ wanted: item, bytes: 0, data: { ...base, records: Buffer.alloc(0) } });
      continue;
    }
    try {
      const stored = await engine.read(log, item.fetchOffset, Math.max(budget, 1));
      // Self-test mutations (--enable-fault-injection only): hidden batches, stalled partitions.
      const read = request.broker.mutations?.filterRead(log, stored) ?? stored;
      total += read.bytes;
      const records = read.records.length === 1 ? read.records[0] : Buffer.concat(read.records);
      results.push({
        wanted: item,
        bytes: read.bytes,
        data: {
          ...base,
          highWatermark: BigInt(read.highWatermark),
          lastStableOffset: BigInt(read.highWatermark),
          records,
        },
      });
    } catch (error) {
      results.push({
        wanted: item,
        bytes: 0,
        data: { ...base, errorCode: errorCodeOf(error, logger), records: Buffer.alloc(0) },
      });
    }
  }
  return { results, total };
}

export async function handleFetch(body: FetchRequest, request: RequestInfo): Promise<FetchResponse> {
  const { engine, metrics } = request.broker;
  const wanted: Wanted[] = [];
  for (const topic of body.topics) {
    // Fetch v13+ names topics by id; earlier versions by name.
    const meta = topic.topic ? engine.topic(topic.topic) : engine.meta.topicsById.get(topic.topicId);
    for (const partition of topic.partitions) {
      wanted.push({
        topic: meta?.name ?? topic.topic,
        topicId: topic.topicId,
        partition: partition.partition,
        fetchOffset: Number(partition.fetchOffset),
        partitionMaxBytes: partition.partitionMaxBytes,
        log: meta ? engine.partitionLog(meta.name, partition.partition) : undefined,
      });
    }
  }
  const maxBytes = body.maxBytes > 0 ? body.maxBytes : 50 * 1024 * 1024;
  const deadline = Date.now() + Math.min(Math.max(body.maxWaitMs, 0), maxWait_ms);
  let outcome = await readOnce(wanted, maxBytes, request);
  // Long poll: wait for appends to any wanted partition until minBytes or the deadline.
  while (
    outcome.total < Math.max(body.minBytes, 1) &&
    Date.now() < deadline &&
    !outcome.results.some((r) => r.data.errorCode)
  ) {
    const logs = wanted.map((w) => w.log).filter((log): log is PartitionLog => log !== undefined);
    if (logs.length === 0) break;
    await new Promise<void>((resolve) => {
      const unsubscribes: (() => void)[] = [];
      const timer = setTimeout(done, deadline - Date.now());
      function done(): void {
        clearTimeout(timer);
        for (const unsubscribe of unsubscribes) unsubscribe();
        resolve();
      }
      for (const log of logs) unsubscribes.push(log.onAppend(done));
    });
    outcome = await readOnce(wanted, maxBytes, request);
  }
  metrics.bytesOut.inc(outcome.total);
  const byTopic = new Map<string, FetchResponsePartitionData[]>();
  const topicIds = new Map<string, string>();
  for (const { wanted: item, data } of outcome.results) {
    const list = byTopic.get(item.topic) ?? [];
    list.push(data);
    byTopic.set(item.topic, list);
    topicIds.set(item.topic, item.topicId);
  }
  return {
    ...newFetchResponse(),
    sessionId: 0,
    responses: [...byTopic].map(([topic, partitions]) => ({
      topic,
      topicId: topicIds.get(topic) ?? '',
      partitions,
    })),
  };
}
