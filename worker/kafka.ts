// The kafkajs adapter shared by the roles: client settings, log routing, error names, bounded connects, topic metadata.
import { type Admin, Kafka, type LogEntry, logLevel } from 'kafkajs';
import { UserError } from '../common/errors.ts';
import type { Logger } from '../common/log.ts';

export interface KafkaClientOptions {
  readonly clientId: string;
  readonly bootstrap: readonly string[];
  readonly log: Logger;
  /** TCP connect timeout of one attempt. */
  readonly connectionTimeout_ms?: number;
  /** Retries of the client's own retrier (kafkajs default 5; idempotent producers override it). */
  readonly retries?: number;
}

/** At most this many kafkajs log lines per namespace and window; a broker outage would flood otherwise. */
const LOG_BURST = 10;
const LOG_WINDOW_MS = 10_000;

/** kafkajs log lines into our logger, rate-limited per namespace, at warn and above. */
function logCreator(log: Logger) {
  const windows = new Map<string, { start_ms: number; lines: number; dropped: number }>();
  return () =>
    ({ namespace, level, log: entry }: LogEntry): void => {
      const now = Date.now();
      let w = windows.get(namespace);
      if (w === undefined || now - w.start_ms > LOG_WINDOW_MS) {
        if (w !== undefined && w.dropped > 0) {
          log.warn({ kafkajs: namespace, dropped: w.dropped }, 'kafkajs log lines dropped (rate limit)');
        }
        w = { start_ms: now, lines: 0, dropped: 0 };
        if (windows.size < 100) windows.set(namespace, w);
      }
      if (++w.lines > LOG_BURST) {
        w.dropped++;
        return;
      }
      const {
        message,
        timestamp: _t,
        logger: _l,
        ...extra
      } = entry as LogEntry['log'] & { logger?: unknown };
      const fields = { kafkajs: namespace, ...extra };
      // kafkajs logs every retried request at ERROR; for a load generator under faults that is a
      // warning. Its Connection namespace logs each error response (a metadata request for a topic
      // that does not exist yet...), which the caller handles: debug.
      if (namespace !== 'Connection' && (level === logLevel.ERROR || level === logLevel.WARN)) {
        log.warn(fields, message);
      } else {
        log.debug(fields, message);
      }
    };
}

export function createKafka(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.bootstrap],
    connectionTimeout: options.connectionTimeout_ms ?? 3000,
    requestTimeout: 30_000,
    logLevel: logLevel.WARN,
    logCreator: logCreator(options.log),
    // Backoff capped at 1 s like the Java client's retry.backoff.max.ms (KIP-580): after a leader
    // moves, clients find the new one within a second instead of a growing wait.
    retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: options.retries ?? 5 },
  });
}

interface KafkaLikeError {
  readonly name?: unknown;
  readonly type?: unknown;
  readonly originalError?: unknown;
  readonly cause?: unknown;
}

/**
 * A bounded name for an error: the Kafka error name when the broker sent a code
 * (`NOT_LEADER_OR_FOLLOWER`), else the kafkajs class (`KafkaJSConnectionError`). Retry wrappers
 * (`KafkaJSNumberOfRetriesExceeded`) are looked through to the error that was retried.
 */
export function errorType(error: unknown): string {
  let e = error as KafkaLikeError | undefined;
  let name = 'Error';
  for (let depth = 0; depth < 5 && e !== undefined && e !== null && typeof e === 'object'; depth++) {
    if (typeof e.type === 'string' && e.type.length > 0 && e.type !== 'UNKNOWN') return e.type;
    if (typeof e.name === 'string' && e.name !== 'KafkaJSNumberOfRetriesExceeded') name = e.name;
    e = (e.originalError ?? e.cause) as KafkaLikeError | undefined;
  }
  return name.slice(0, 128);
}

/** `promise`, or a UserError naming the bootstrap address after `timeout_ms`. */
export async function withDeadline<T>(
  promise: Promise<T>,
  timeout_ms: number,
  what: string,
  bootstrap: readonly string[],
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UserError(
            `${what}: no answer from the Kafka cluster at ${bootstrap.join(',')} within ${timeout_ms} ms`,
            {
              hint: 'check --bootstrap (host:port of a reachable broker) and that the broker runs',
            },
          ),
        ),
      timeout_ms,
    );
  });
  try {
    return await Promise.race([promise, deadline]);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${what}: cannot reach the Kafka cluster at ${bootstrap.join(',')}: ${(error as Error).message}`,
      { hint: 'check --bootstrap (host:port of a reachable broker) and that the broker runs', cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Connects an admin client within `timeout_ms`, with a clear error naming the bootstrap address. */
export async function connectAdmin(
  kafka: Kafka,
  bootstrap: readonly string[],
  timeout_ms: number,
): Promise<Admin> {
  const admin = kafka.admin({ retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 1000 } });
  try {
    await withDeadline(admin.connect(), timeout_ms, 'connecting', bootstrap);
  } catch (error) {
    void admin.disconnect().catch(() => {});
    throw error;
  }
  return admin;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The topic's partition ids. A missing topic is created with `createPartitions` partitions when
 * given, else waited for (another process, e.g. the controller, may be creating it) up to `wait_ms`.
 */
export async function topicPartitions(
  admin: Admin,
  topic: string,
  options: { readonly createPartitions?: number | null; readonly wait_ms?: number } = {},
): Promise<number[]> {
  const deadline = Date.now() + (options.wait_ms ?? 10_000);
  let created = false;
  for (;;) {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      const partitions = topics[0]?.partitions.map((p) => p.partitionId).sort((a, b) => a - b) ?? [];
      if (partitions.length > 0) return partitions;
    } catch (error) {
      if (errorType(error) !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
    }
    if (!created && options.createPartitions) {
      created = true;
      try {
        await admin.createTopics({
          topics: [{ topic, numPartitions: options.createPartitions }],
          waitForLeaders: true,
        });
      } catch (error) {
        if (errorType(error) !== 'TOPIC_ALREADY_EXISTS') throw error;
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(`topic ${topic} does not exist`, {
        hint: 'create it first, or pass --partitions N to create it with N partitions',
      });
    }
    await sleep(250);
  }
}

/** High watermarks (and log start offsets) of every partition of a topic. */
export async function topicOffsets(
  admin: Admin,
  topic: string,
): Promise<Map<number, { readonly low: number; readonly high: number }>> {
  const out = new Map<number, { low: number; high: number }>();
  for (const entry of await admin.fetchTopicOffsets(topic)) {
    out.set(entry.partition, { low: Number(entry.low), high: Number(entry.high) });
  }
  return out;
}
