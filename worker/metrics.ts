// Prometheus metrics of a worker (prom-client, `longhaul_worker_` prefix), with bounded labels.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Latency buckets in seconds: 0.5 ms to 60 s. */
const LATENCY_BUCKETS_S = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60];

/** Distinct error label values per worker; beyond it errors count as `other`. */
const MAX_ERROR_LABELS = 32;

/** Live values a role exposes to the gauges; read at scrape time. */
export interface RoleGaugeSource {
  readonly kind: string;
  readonly topic: string;
  lag(): number | undefined;
  behindSchedule_ms(): number;
  targetRate_per_s(): number;
}

/** The metric children of one role (label lookups done once). */
export interface RoleMetrics {
  sent(records: number, bytes: number): void;
  acked(records: number, bytes: number, ack_ms: number, sched_ms: readonly number[]): void;
  failed(records: number, errorType: string): void;
  consumed(records: number, bytes: number): void;
  endToEnd(latency_ms: number): void;
}

/**
 * Labels: `kind` (producer, consumer, reader), `topic`, and for failures `error` (a Kafka or
 * kafkajs error name, at most 32 distinct). Never a record, key, or offset.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly #sources = new Set<RoleGaugeSource>();
  readonly #errorLabels = new Set<string>();
  readonly #recordsSent: Counter<'kind' | 'topic'>;
  readonly #bytesSent: Counter<'kind' | 'topic'>;
  readonly #recordsAcked: Counter<'kind' | 'topic'>;
  readonly #bytesAcked: Counter<'kind' | 'topic'>;
  readonly #recordsFailed: Counter<'kind' | 'topic' | 'error'>;
  readonly #recordsConsumed: Counter<'kind' | 'topic'>;
  readonly #bytesConsumed: Counter<'kind' | 'topic'>;
  readonly #produceLatency: Histogram<'topic'>;
  readonly #endToEndLatency: Histogram<'kind' | 'topic'>;

  constructor(options: { readonly defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
      new Counter<L>({ name: `longhaul_worker_${name}`, help, labelNames, registers });
    this.#recordsSent = counter('records_sent_total', 'Records handed to the Kafka client', [
      'kind',
      'topic',
    ]);
    this.#bytesSent = counter('bytes_sent_total', 'Value bytes handed to the Kafka client', [
      'kind',
      'topic',
    ]);
    this.#recordsAcked = counter('records_acked_total', 'Records acked by the broker', ['kind', 'topic']);
    this.#bytesAcked = counter('bytes_acked_total', 'Value bytes acked by the broker', ['kind', 'topic']);
    this.#recordsFailed = counter('records_failed_total', 'Records given up on, by error', [
      'kind',
      'topic',
      'error',
    ]);
    this.#recordsConsumed = counter('records_consumed_total', 'Records consumed', ['kind', 'topic']);
    this.#bytesConsumed = counter('bytes_consumed_total', 'Value bytes consumed', ['kind', 'topic']);
    this.#produceLatency = new Histogram({
      name: 'longhaul_worker_produce_latency_seconds',
      help: 'Scheduled send time to ack, per record',
      labelNames: ['topic'],
      buckets: LATENCY_BUCKETS_S,
      registers,
    });
    this.#endToEndLatency = new Histogram({
      name: 'longhaul_worker_end_to_end_latency_seconds',
      help: 'Scheduled send time (lh.sched) to consume time, per record',
      labelNames: ['kind', 'topic'],
      buckets: LATENCY_BUCKETS_S,
      registers,
    });
    const sources = this.#sources;
    new Gauge({
      name: 'longhaul_worker_lag_records',
      help: 'Records between consumers positions and the high watermarks',
      labelNames: ['kind', 'topic'],
      registers,
      collect() {
        this.reset();
        for (const s of sources) {
          const lag = s.lag();
          if (lag !== undefined) this.inc({ kind: s.kind, topic: s.topic }, lag);
        }
      },
    });
    new Gauge({
      name: 'longhaul_worker_behind_schedule_seconds',
      help: 'How late producers are: age of the oldest due record not yet handed to the client',
      labelNames: ['topic'],
      registers,
      collect() {
        this.reset();
        const max = new Map<string, number>();
        for (const s of sources) {
          if (s.kind !== 'producer') continue;
          max.set(s.topic, Math.max(max.get(s.topic) ?? 0, s.behindSchedule_ms() / 1000));
        }
        for (const [topic, value] of max) this.set({ topic }, value);
      },
    });
    new Gauge({
      name: 'longhaul_worker_target_rate_records_per_second',
      help: 'Target rate of producers',
      labelNames: ['topic'],
      registers,
      collect() {
        this.reset();
        for (const s of sources) {
          if (s.kind === 'producer') this.inc({ topic: s.topic }, s.targetRate_per_s());
        }
      },
    });
    new Gauge({
      name: 'longhaul_worker_roles',
      help: 'Roles running on this worker',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        for (const s of sources) this.inc({ kind: s.kind });
      },
    });
    if (options.defaultMetrics ?? true) {
      collectDefaultMetrics({ register: this.registry, prefix: 'longhaul_worker_' });
    }
  }

  /** Exposes a running role's gauges until the returned function is called. */
  track(source: RoleGaugeSource): () => void {
    this.#sources.add(source);
    return () => this.#sources.delete(source);
  }

  role(kind: string, topic: string): RoleMetrics {
    const labels = { kind, topic };
    const sent = this.#recordsSent.labels(labels);
    const bytesSent = this.#bytesSent.labels(labels);
    const acked = this.#recordsAcked.labels(labels);
    const bytesAcked = this.#bytesAcked.labels(labels);
    const consumed = this.#recordsConsumed.labels(labels);
    const bytesConsumed = this.#bytesConsumed.labels(labels);
    const produceLatency = this.#produceLatency.labels({ topic });
    const endToEnd = this.#endToEndLatency.labels(labels);
    return {
      sent: (records, bytes) => {
        sent.inc(records);
        bytesSent.inc(bytes);
      },
      acked: (records, bytes, ack_ms, sched_ms) => {
        acked.inc(records);
        bytesAcked.inc(bytes);
        for (const s of sched_ms) produceLatency.observe((ack_ms - s) / 1000);
      },
      failed: (records, errorType) => {
        this.#recordsFailed.inc({ ...labels, error: this.#errorLabel(errorType) }, records);
      },
      consumed: (records, bytes) => {
        consumed.inc(records);
        bytesConsumed.inc(bytes);
      },
      endToEnd: (latency_ms) => endToEnd.observe(latency_ms / 1000),
    };
  }

  #errorLabel(errorType: string): string {
    if (this.#errorLabels.has(errorType)) return errorType;
    if (this.#errorLabels.size >= MAX_ERROR_LABELS) return 'other';
    this.#errorLabels.add(errorType);
    return errorType;
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
