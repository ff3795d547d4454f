// Traffic against a broker cluster for tests and benchmarks: acked-tracking producers, a consumer group, raw probes, read-back.
import { type Consumer, Kafka, type LogEntry, logLevel, type Producer } from 'kafkajs';
import { ApiKey } from '../../broker/protocol/generated/api-table.ts';
import { buildBatch } from '../../broker/protocol/records.ts';
import type { TestCluster } from '../helpers/cluster.ts';
import { readPartition, type StoredRecord } from './acked-log.ts';
import { RawConnection } from './raw-client.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Kafka error codes the probes and the read-back name. */
export const errorCodes = {
  NONE: 0,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
} as const;

export interface AckedLoadOptions {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly partitions: number;
  /** Independent producer ids per partition (each one its own kafkajs idempotent producer). */
  readonly producersPerPartition: number;
  readonly recordsPerSend: number;
  /** Records per second over all partitions (each send loop paces itself to its share). */
  readonly rate_perSecond: number;
  /** Relative load per partition (default 1 each): a busy partition gets a larger weight. */
  readonly weights?: readonly number[];
  /** Bytes of key per record, so that records carry some weight (the value is the record's name). */
  readonly keyPadding_bytes?: number;
  /** kafkajs retry backoff; small values make failover times less dependent on client backoff. */
  readonly retry?: { readonly initialRetryTime: number; readonly maxRetryTime: number };
  /** How long kafkajs waits for an answer (a paused broker answers nothing). */
  readonly requestTimeout_ms?: number;
}

interface SendError {
  count: number;
  retriable: boolean;
  example: string;
}

function isRetriable(error: unknown): boolean {
  let current = error as { retriable?: boolean; cause?: unknown; name?: string } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.name === 'KafkaJSNumberOfRetriesExceeded') {
      current = current.cause as typeof current;
      continue;
    }
    return current.retriable === true;
  }
  return false;
}

/**
 * Idempotent kafkajs producers (acks=all), one send loop per producer and partition, each sending
 * one partition's records per `send()`. A record counts as acked only when the send's result names
 * its partition with a base offset: kafkajs 2.2 can resolve a send without the result of a
 * partition whose leader moved during its internal retry (it keeps responses per broker, and a
 * partition that moved to a broker that already answered is never sent again), so a send of several
 * partitions could silently drop some. Sending one partition per call avoids that case, and a result
 * without the partition still counts as unacked.
 *
 * A send that fails retriably, or resolves without the partition, is sent again with the same
 * records on the same producer: its sequence numbers did not advance, so the broker deduplicates
 * it if the first attempt was written (KIP-98). After a non-retriable error the loop starts a new
 * producer (new producer id) and moves on to new records; the abandoned ones stay unacked, and as
 * every value is unique they can never show up twice.
 */
export class AckedLoad {
  readonly acked: StoredRecord[] = [];
  /** Every ack per partition, in order: when its `send()` call began and when it resolved (wall-clock ms). */
  readonly ackTimes: { sentAt: number; at: number }[][];
  readonly sendErrors = new Map<string, SendError>();
  /** Warnings and errors kafkajs logged while retrying, by message shape (digits as N). */
  readonly clientLog = new Map<string, number>();
  /** Sends that resolved without their partition's result (kafkajs), sent again. */
  resultsMissing = 0;
  sends = 0;
  private stopping = false;
  /** Set once `stop` returns: acks that still arrive are not counted (the read-back may be under way). */
  private frozen = false;
  private readonly loops: Promise<void>[] = [];
  /** Connected producers, disconnected by `stop` even when a send of theirs still retries. */
  private readonly producers = new Set<Producer>();
  private readonly options: AckedLoadOptions;
  private readonly key: Buffer;

  constructor(options: AckedLoadOptions) {
    this.options = options;
    this.ackTimes = Array.from({ length: options.partitions }, () => []);
    this.key = Buffer.alloc(options.keyPadding_bytes ?? 100, 'k');
  }

  start(): void {
    const weights = this.options.weights ?? Array.from({ length: this.options.partitions }, () => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    for (let partition = 0; partition < this.options.partitions; partition++) {
      for (let i = 0; i < this.options.producersPerPartition; i++) {
        const rate =
          (this.options.rate_perSecond * (weights[partition] ?? 1)) /
          total /
          this.options.producersPerPartition;
        this.loops.push(this.sendLoop(`p${partition}x${i}`, partition, rate));
      }
    }
  }

  /** Stops new sends and waits (bounded) for the ones in flight; then disconnects what is left. */
  async stop(timeout_ms = 30_000): Promise<void> {
    this.stopping = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(this.loops),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeout_ms);
      }),
    ]);
    clearTimeout(timer);
    this.frozen = true;
    await Promise.all([...this.producers].map((producer) => producer.disconnect().catch(() => {})));
  }

  get ackedCount(): number {
    return this.acked.length;
  }

  /**
   * For each partition, the time of the first ack of a send that began after `after_ms`, once every
   * partition has one (else throws after timeout_ms). Sends that began earlier do not count: their
   * answer may have left a broker just before it was killed, and be read by this process just after.
   */
  async waitForAcks(
    partitions: readonly number[],
    after_ms: number,
    timeout_ms: number,
  ): Promise<Map<number, number>> {
    const deadline = Date.now() + timeout_ms;
    for (;;) {
      const found = new Map<number, number>();
      for (const partition of partitions) {
        const ack = this.ackTimes[partition].find((t) => t.sentAt > after_ms);
        if (ack !== undefined) found.set(partition, ack.at);
      }
      if (found.size === partitions.length) return found;
      if (Date.now() > deadline)
        throw new Error(
          `no ack within ${timeout_ms} ms on partitions ${partitions.filter((p) => !found.has(p)).join(', ')}; ` +
            `send errors ${JSON.stringify(Object.fromEntries(this.sendErrors))}`,
        );
      await sleep(10);
    }
  }

  nonRetriableErrors(): [string, SendError][] {
    return [...this.sendErrors].filter(([, e]) => !e.retriable);
  }

  private logCreator() {
    return () =>
      ({ level, log }: LogEntry) => {
        if (level > logLevel.WARN) return;
        const key = String(log.message ?? '')
          .replace(/\d+/g, 'N')
          .slice(0, 100);
        this.clientLog.set(key, (this.clientLog.get(key) ?? 0) + 1);
      };
  }

  private recordError(error: unknown): void {
    const e = error as { name?: string; type?: string; message?: string; cause?: { type?: string } };
    const key = `${e.name ?? 'Error'}${e.type ? `:${e.type}` : ''}${e.cause?.type ? `<-${e.cause.type}` : ''}`;
    const entry = this.sendErrors.get(key) ?? {
      count: 0,
      retriable: isRetriable(error),
      example: String(e.message),
    };
    entry.count++;
    this.sendErrors.set(key, entry);
  }

  private async sendLoop(name: string, partition: number, rate_perSecond: number): Promise<void> {
    const { topic, recordsPerSend } = this.options;
    const retry = this.options.retry ?? { initialRetryTime: 100, maxRetryTime: 1000 };
    const kafka = new Kafka({
      clientId: `cluster-load-${name}`,
      brokers: [...this.options.brokers],
      logLevel: logLevel.WARN,
      logCreator: this.logCreator(),
      connectionTimeout: 1000,
      requestTimeout: this.options.requestTimeout_ms ?? 5000,
      retry: { ...retry, retries: 10 },
    });
    let producer: Producer | undefined;
    let seq = 0;
    let sent = 0;
    const started = Date.now();
    while (!this.stopping) {
      const values: string[] = [];
      for (let i = 0; i < recordsPerSend; i++) values.push(`${name}-${seq++}`);
      const messages = values.map((value) => ({ partition, key: this.key, value }));
      // Same records on the same producer until acked; a new producer moves on to new records.
      for (let attempt = 0; !this.stopping || attempt === 0; attempt++) {
        try {
          if (!producer) {
            // Used only once connected: a kafkajs producer whose InitProducerId failed sends
            // batches without a producer id, which the broker cannot deduplicate.
            const fresh = kafka.producer({
              idempotent: true,
              maxInFlightRequests: 1,
              retry: { ...retry, retries: Number.MAX_SAFE_INTEGER },
            });
            try {
              await fresh.connect();
            } catch (error) {
              await fresh.disconnect().catch(() => {});
              throw error;
            }
            producer = fresh;
            this.producers.add(fresh);
          }
          const sentAt = Date.now();
          const result = await producer.send({ topic, acks: -1, timeout: 10_000, messages });
          this.sends++;
          const mine = result.find((r) => r.topicName === topic && r.partition === partition);
          if (!mine || mine.baseOffset === undefined || Number(mine.baseOffset) < 0) {
            this.resultsMissing++;
            await sleep(50);
            continue;
          }
          if (this.frozen) break;
          const at = Date.now();
          const base = Number(mine.baseOffset);
          values.forEach((value, i) => {
            this.acked.push({ partition, offset: base + i, value });
          });
          this.ackTimes[partition].push({ sentAt, at });
          break;
        } catch (error) {
          this.recordError(error);
          if (!isRetriable(error)) {
            if (producer) this.producers.delete(producer);
            await producer?.disconnect().catch(() => {});
            producer = undefined;
            break;
          }
          await sleep(50);
        }
      }
      sent += recordsPerSend;
      const allowed = ((Date.now() - started) / 1000) * rate_perSecond;
      if (sent > allowed) await sleep(Math.min(1000, ((sent - allowed) / rate_perSecond) * 1000));
    }
    if (producer) this.producers.delete(producer);
    await producer?.disconnect().catch(() => {});
  }
}

/** A kafkajs consumer group member that counts every value it is given. */
export class GroupConsumer {
  readonly seen = new Map<string, number>();
  readonly errors: string[] = [];
  private readonly topic: string;
  private readonly consumer: Consumer;

  constructor(brokers: readonly string[], topic: string, groupId: string) {
    const kafka = new Kafka({
      clientId: `cluster-consumer-${groupId}`,
      brokers: [...brokers],
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1000,
      requestTimeout: 5000,
      retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: 20 },
    });
    this.consumer = kafka.consumer({
      groupId,
      sessionTimeout: 10_000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 500,
      retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: Number.MAX_SAFE_INTEGER },
    });
    this.topic = topic;
  }

  async start(): Promise<void> {
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.errors.push(String(event.payload.error?.message ?? event.payload.error));
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommitInterval: 1000,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          const value = message.value?.toString('utf8') ?? '';
          this.seen.set(value, (this.seen.get(value) ?? 0) + 1);
        }
      },
    });
  }

  /** Values of `acked` this consumer has not been given yet. */
  missing(acked: readonly StoredRecord[]): StoredRecord[] {
    return acked.filter((record) => !this.seen.has(record.value));
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect().catch(() => {});
  }
}

export type ProbeOutcome =
  | { readonly kind: 'acked'; readonly baseOffset: number }
  | { readonly kind: 'error'; readonly errorCode: number; readonly message: string | null }
  | { readonly kind: 'closed' };

/**
 * One non-idempotent, acks=all Produce of `values` to one partition, straight to the broker on
 * `port` (no metadata, no retry): what that broker alone answers.
 */
export async function probeProduce(
  port: number,
  topic: string,
  partition: number,
  values: readonly (string | Buffer)[],
  timeout_ms = 10_000,
): Promise<ProbeOutcome> {
  let connection: RawConnection;
  try {
    connection = await RawConnection.open(port, Math.min(timeout_ms, 2000));
  } catch {
    return { kind: 'closed' };
  }
  try {
    return await probeOn(connection, topic, partition, values, timeout_ms);
  } finally {
    connection.close();
  }
}

/** A probe on an open connection (it may be sent while the broker is paused, and answered later). */
export function probeOn(
  connection: RawConnection,
  topic: string,
  partition: number,
  values: readonly (string | Buffer)[],
  timeout_ms = 10_000,
): Promise<ProbeOutcome> {
  return produceOn(
    connection,
    topic,
    partition,
    buildBatch({ records: values.map((value) => ({ value })) }),
    timeout_ms,
  );
}

/** One acks=all Produce v7 of a ready-made record batch (e.g. with a producer id and sequence). */
export async function produceOn(
  connection: RawConnection,
  topic: string,
  partition: number,
  records: Buffer,
  timeout_ms = 10_000,
): Promise<ProbeOutcome> {
  try {
    const response = await connection.request(
      ApiKey.Produce,
      7,
      {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
      },
      timeout_ms,
    );
    const answer = response.responses[0].partitionResponses[0];
    if (answer.errorCode === errorCodes.NONE) return { kind: 'acked', baseOffset: Number(answer.baseOffset) };
    return { kind: 'error', errorCode: answer.errorCode, message: answer.errorMessage };
  } catch (error) {
    if (connection.closed || /connection closed/.test((error as Error).message)) return { kind: 'closed' };
    throw error;
  }
}

/**
 * Probes one partition on the broker at `port` until a produce is acked there; returns when (wall
 * clock ms), and the acked record. Bounded by `timeout_ms`.
 */
export async function firstAckOn(
  port: number,
  topic: string,
  partition: number,
  valuePrefix: string,
  timeout_ms: number,
  interval_ms = 10,
): Promise<{ at: number; record: StoredRecord; attempts: number }> {
  const deadline = Date.now() + timeout_ms;
  let last: ProbeOutcome | undefined;
  let connection: RawConnection | undefined;
  try {
    for (let i = 0; Date.now() < deadline; i++) {
      if (!connection || connection.closed) {
        connection = await RawConnection.open(port, 2000).catch(() => undefined);
        if (!connection) {
          await sleep(interval_ms);
          continue;
        }
      }
      const value = `${valuePrefix}-${i}`;
      last = await probeOn(connection, topic, partition, [value], Math.max(1, deadline - Date.now()));
      if (last.kind === 'acked')
        return { at: Date.now(), record: { partition, offset: last.baseOffset, value }, attempts: i + 1 };
      await sleep(interval_ms);
    }
  } finally {
    connection?.close();
  }
  throw new Error(
    `no produce to ${topic}-${partition} was acked by 127.0.0.1:${port} within ${timeout_ms} ms (last: ${JSON.stringify(last)})`,
  );
}

/**
 * Fills one partition with about `bytes` of records (512 KiB batches of 64 KiB values named
 * `fill-<i>`), straight to its leader, a few requests in flight. Returns the offset after the fill.
 */
export async function fillPartition(
  port: number,
  topic: string,
  partition: number,
  bytes: number,
): Promise<number> {
  const value_bytes = 64 * 1024;
  const perBatch = 8;
  const batches = Math.max(1, Math.ceil(bytes / (value_bytes * perBatch)));
  const payload = Buffer.alloc(value_bytes - 16, 'f');
  let next = 0;
  let end = 0;
  const worker = async (): Promise<void> => {
    const connection = await RawConnection.open(port);
    try {
      while (next < batches) {
        const index = next++;
        const values = Array.from({ length: perBatch }, (_, i) =>
          Buffer.concat([Buffer.from(`fill-${index * perBatch + i}:`), payload]),
        );
        const outcome = await probeOn(connection, topic, partition, values, 60_000);
        if (outcome.kind !== 'acked')
          throw new Error(
            `filling ${topic}-${partition}: batch ${index} was not acked: ${JSON.stringify(outcome)}`,
          );
        end = Math.max(end, outcome.baseOffset + perBatch);
      }
    } finally {
      connection.close();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return end;
}

/**
 * Every record of the topic, each partition read from its current leader once that leader has
 * loaded it (retrying NOT_LEADER_OR_FOLLOWER while leadership settles, bounded).
 */
export async function readCluster(
  cluster: TestCluster,
  topic: string,
  partitions: number,
  options: { skipPrefix?: string; timeout_ms?: number } = {},
): Promise<StoredRecord[]> {
  const records: StoredRecord[] = [];
  for (let partition = 0; partition < partitions; partition++) {
    const deadline = Date.now() + (options.timeout_ms ?? 30_000);
    for (;;) {
      try {
        const leader = await cluster.leaderOf(topic, partition);
        const read = await readPartition(cluster.broker(leader).port, topic, partition, options);
        records.push(...read.records);
        break;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`cannot read ${topic}-${partition} back: ${(error as Error).message}`);
        await sleep(200);
      }
    }
  }
  return records;
}
