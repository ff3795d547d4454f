// Child process for durability tests: idempotent kafkajs producers (acks=all) that log every acked record.
//
// usage: node --import tsx test/broker/clients/acked-producer.ts <bootstrap> <topic> <partitions> <producers>
//        <records-per-partition-per-send> <acked-file> [max-records-per-second]
//
// Each line of <acked-file> is `partition offset value`, written once the broker acked the record.
// A send that fails is sent again with the same records until it succeeds (that is what keeps an
// idempotent producer exactly-once across broker crashes). SIGTERM stops new sends, lets the ones
// in flight finish (up to 30 s), prints a JSON summary on stdout and exits 0.
import { createWriteStream } from 'node:fs';
import { Kafka, type LogEntry, logLevel, type Producer } from 'kafkajs';

const [bootstrap, topic, partitionsText, producersText, perPartitionText, ackedFile, rateText] =
  process.argv.slice(2);
if (!ackedFile) {
  process.stderr.write(
    'usage: acked-producer.ts <bootstrap> <topic> <partitions> <producers> <per-send> <acked-file> [rate]\n',
  );
  process.exit(2);
}
const partitions = Number(partitionsText);
const producerCount = Number(producersText);
const perPartition = Number(perPartitionText);
const maxRecordsPerSecond = rateText ? Number(rateText) : Number.POSITIVE_INFINITY;

const out = createWriteStream(ackedFile);
let stopping = false;
let acked = 0;
let sends = 0;
/** Errors a send() call returned, by name/type and retriability. */
const sendErrors = new Map<string, { count: number; retriable: boolean; example: string }>();
/** Errors kafkajs retried internally (it logs each retry), by message. */
const retriedErrors = new Map<string, number>();

function logCreator() {
  return ({ namespace, level, log }: LogEntry) => {
    if (level > logLevel.WARN) return;
    const message = String(log.message ?? '');
    if (namespace === 'Producer' || namespace === 'Connection') {
      const key = message.replace(/\d+/g, 'N').slice(0, 120);
      retriedErrors.set(key, (retriedErrors.get(key) ?? 0) + 1);
    }
  };
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

function recordError(error: unknown): void {
  const e = error as { name?: string; type?: string; message?: string; cause?: { type?: string } };
  const key = `${e.name ?? 'Error'}${e.type ? `:${e.type}` : ''}${e.cause?.type ? `<-${e.cause.type}` : ''}`;
  const entry = sendErrors.get(key) ?? {
    count: 0,
    retriable: isRetriable(error),
    example: String(e.message),
  };
  entry.count++;
  sendErrors.set(key, entry);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();

async function runProducer(index: number): Promise<void> {
  const kafka = new Kafka({
    clientId: `acked-producer-${index}`,
    brokers: [bootstrap],
    logLevel: logLevel.WARN,
    logCreator,
    connectionTimeout: 2000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: 10 },
  });
  let producer: Producer | undefined;
  let seq = 0;
  while (!stopping) {
    // The records of this send stay the same until the broker acks them.
    const messages = [];
    for (let partition = 0; partition < partitions; partition++) {
      for (let i = 0; i < perPartition; i++) {
        messages.push({ partition, value: `p${index}-${seq++}` });
      }
    }
    for (;;) {
      try {
        if (!producer) {
          producer = kafka.producer({
            idempotent: true,
            maxInFlightRequests: 1,
            retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: Number.MAX_SAFE_INTEGER },
          });
          await producer.connect();
        }
        const metadata = await producer.send({ topic, acks: -1, timeout: 30_000, messages });
        sends++;
        const lines: string[] = [];
        for (const result of metadata) {
          const values = messages.filter((m) => m.partition === result.partition).map((m) => m.value);
          const base = Number(result.baseOffset);
          values.forEach((value, i) => {
            lines.push(`${result.partition} ${base + i} ${value}\n`);
          });
          acked += values.length;
        }
        out.write(lines.join(''));
        break;
      } catch (error) {
        recordError(error);
        if (!isRetriable(error)) {
          // The producer's sequence state is no longer trustworthy: start a new one (new producer id).
          await producer?.disconnect().catch(() => {});
          producer = undefined;
          break;
        }
        await sleep(100);
      }
    }
    const allowed = ((Date.now() - started) / 1000) * maxRecordsPerSecond;
    if (acked > allowed) await sleep(Math.min(1000, ((acked - allowed) / maxRecordsPerSecond) * 1000));
  }
  await producer?.disconnect().catch(() => {});
}

const running = Array.from({ length: producerCount }, (_, i) => runProducer(i));

async function finish(): Promise<void> {
  stopping = true;
  const timer = setTimeout(() => {
    process.stderr.write('in-flight sends did not finish within 30 s\n');
    process.exit(1);
  }, 30_000);
  await Promise.allSettled(running);
  clearTimeout(timer);
  await new Promise<void>((resolve) => out.end(resolve));
  process.stdout.write(
    `${JSON.stringify({
      acked,
      sends,
      sendErrors: Object.fromEntries(sendErrors),
      retriedErrors: Object.fromEntries(retriedErrors),
    })}\n`,
  );
  process.exit(0);
}

process.once('SIGTERM', () => void finish());
process.stdout.write(`${JSON.stringify({ started: true })}\n`);
