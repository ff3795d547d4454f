// The CLI's view of a role's reports: merged ledgers and histograms, the latest counters, the last interval.
import type { RoleCounters, RoleExamples, RoleReport } from '../../common/bus/roles.ts';
import { LatencyHistogram } from '../../common/histogram.ts';
import { Ledger } from '../../common/ledger.ts';

/**
 * What the controller does with a role's reports, for one role in one process: sums the ledger
 * deltas and interval histograms, keeps the latest cumulative counters, and remembers the last
 * interval for live progress.
 */
export class ReportAggregate {
  readonly ledger = new Ledger();
  readonly produceLatency = new LatencyHistogram();
  readonly endToEndLatency = new LatencyHistogram();
  counters: RoleCounters | undefined;
  last: RoleReport | undefined;
  /** Last interval's latency (produce or end-to-end, whichever the role has). */
  lastLatency: LatencyHistogram | undefined;
  maxBehindSchedule_ms = 0;
  reports = 0;
  final: RoleReport | undefined;
  examples: RoleExamples | undefined;
  #nextSeq = 0;
  /** Report sequence numbers that never arrived (lost deltas). */
  missingReports = 0;

  add(report: RoleReport): void {
    this.reports++;
    if (report.reportSeq > this.#nextSeq) this.missingReports += report.reportSeq - this.#nextSeq;
    this.#nextSeq = Math.max(this.#nextSeq, report.reportSeq + 1);
    this.counters = report.counters;
    this.last = report;
    this.maxBehindSchedule_ms = Math.max(this.maxBehindSchedule_ms, report.behindSchedule_ms);
    const wire = report.ackedLedger ?? report.seenLedger;
    if (wire !== undefined) this.ledger.merge(Ledger.decode(wire));
    this.lastLatency = undefined;
    if (report.produceLatency !== undefined) {
      const h = LatencyHistogram.decode(report.produceLatency);
      this.produceLatency.merge(h);
      this.lastLatency = h;
    }
    if (report.endToEndLatency !== undefined) {
      const h = LatencyHistogram.decode(report.endToEndLatency);
      this.endToEndLatency.merge(h);
      this.lastLatency = h;
    }
    if (report.examples !== undefined) this.examples = report.examples;
    if (report.final) this.final = report;
  }
}
