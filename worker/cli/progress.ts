// Live progress of `longhaul produce/consume`: one status line on a terminal's stderr, refreshed every second.
import { formatBytes, formatDuration } from '../../common/units.ts';
import type { ReportAggregate } from './aggregate.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

/** The status line for the latest report of a role. */
export function progressText(kind: 'produce' | 'consume', elapsed_ms: number, agg: ReportAggregate): string {
  const c = agg.counters;
  const last = agg.last;
  if (c === undefined || last === undefined) return `${kind} ${formatDuration(elapsed_ms)} connecting...`;
  const latency = agg.lastLatency;
  const lat =
    latency && latency.count > 0
      ? `p50 ${ms(latency.percentile_ms(50))} ms p99 ${ms(latency.percentile_ms(99))} ms`
      : 'p50 - p99 -';
  if (kind === 'produce') {
    const errors = c.failed > 0 ? `  FAILED ${fmt(c.failed)}` : '';
    const behind = last.behindSchedule_ms >= 1 ? `  behind ${formatDuration(last.behindSchedule_ms)}` : '';
    return `produce ${formatDuration(elapsed_ms)}  sent ${fmt(c.sent)}  acked ${fmt(c.acked)}  ${fmt(last.achievedRate_per_s)}/s  ${lat}${behind}${errors}`;
  }
  const findings = c.localDuplicates + c.localReorders + c.decodeErrors + c.lifecycleViolations;
  const lag = last.lag !== undefined ? `  lag ${fmt(last.lag)}` : '';
  return `consume ${formatDuration(elapsed_ms)}  ${fmt(c.consumed)} (${formatBytes(c.bytesConsumed)})  ${fmt(last.achievedRate_per_s)}/s  ${lat}${lag}${findings > 0 ? `  FINDINGS ${fmt(findings)}` : ''}`;
}

/** Rewrites one line on a TTY; does nothing elsewhere (logs and pipes stay clean). */
export class ProgressLine {
  readonly #stream: NodeJS.WriteStream;
  readonly #enabled: boolean;
  #written = false;

  constructor(stream: NodeJS.WriteStream = process.stderr, enabled = stream.isTTY === true) {
    this.#stream = stream;
    this.#enabled = enabled;
  }

  update(text: string): void {
    if (!this.#enabled) return;
    const width = this.#stream.columns ?? 120;
    this.#stream.write(`\r\x1b[2K${text.slice(0, Math.max(20, width - 1))}`);
    this.#written = true;
  }

  clear(): void {
    if (this.#enabled && this.#written) this.#stream.write('\r\x1b[2K');
    this.#written = false;
  }
}
