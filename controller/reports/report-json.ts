// report.json: the versioned, machine-readable report of a run or a soak, its schema, renderer and parser.
import { z } from 'zod';
import { assertionIds, taskKinds } from '../../scenarios/suite.ts';
import type { RunVerdict } from '../model.ts';
import {
  type IterationSummary,
  type SoakRecord,
  type SoakStatistics,
  soakStatistics,
  summarizeIteration,
} from './soak.ts';

/** Bumped on any change a reader of the previous version would misread; additions keep it. */
export const REPORT_VERSION = 1;

/** Full verdicts of failed iterations a soak report keeps (the newest); every iteration keeps its row. */
export const MAX_FAILED_ITERATIONS_KEPT = 20;

export interface RunReport {
  readonly version: typeof REPORT_VERSION;
  readonly kind: 'run';
  readonly run: RunVerdict;
}

export interface SoakReport {
  readonly version: typeof REPORT_VERSION;
  readonly kind: 'soak';
  readonly soak: {
    readonly soakId: string;
    readonly suite: string;
    readonly suiteFile: string;
    readonly started_ms: number;
    readonly ended_ms: number;
    readonly stopReason: string | null;
  };
  /** The newest iteration's full verdict (null before the first one ends). */
  readonly run: RunVerdict | null;
  readonly statistics: SoakStatistics;
  /** One row per iteration, oldest first: per-task status, p99s, recoveries (latency over time). */
  readonly iterations: readonly IterationSummary[];
  /** Full verdicts, with evidence, of the newest failed or errored iterations other than `run`. */
  readonly failedIterations: readonly RunVerdict[];
}

export type Report = RunReport | SoakReport;

/** What the reports are written from: one run, or a soak so far. */
export type ReportInput = RunVerdict | SoakRecord;

export function isSoakRecord(input: ReportInput): input is SoakRecord {
  return 'iterations' in input && 'soakId' in input;
}

export function runReport(run: RunVerdict): RunReport {
  return { version: REPORT_VERSION, kind: 'run', run };
}

export function soakReport(soak: SoakRecord): SoakReport {
  const latest = soak.iterations[soak.iterations.length - 1];
  return {
    version: REPORT_VERSION,
    kind: 'soak',
    soak: {
      soakId: soak.soakId,
      suite: soak.suite,
      suiteFile: soak.suiteFile,
      started_ms: soak.started_ms,
      ended_ms: soak.ended_ms,
      stopReason: soak.stopReason ?? null,
    },
    run: latest ?? null,
    statistics: soakStatistics(soak.iterations),
    iterations: soak.iterations.map(summarizeIteration),
    failedIterations: soak.iterations
      .slice(0, -1)
      .filter((r) => r.status !== 'pass')
      .slice(-MAX_FAILED_ITERATIONS_KEPT),
  };
}

export function toReport(input: ReportInput): Report {
  return isSoakRecord(input) ? soakReport(input) : runReport(input);
}

/** Pretty JSON; numbers that JSON cannot carry (NaN, Infinity) become null. */
export function renderReportJson(report: Report): string {
  return `${JSON.stringify(report, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}

const latencySummary = z.object({ p50: z.number(), p99: z.number(), p999: z.number(), max: z.number() });
const assertionId = z.enum(assertionIds);
const taskKind = z.enum(taskKinds);
const expectation = z.union([
  z.object({ verdict: z.literal('pass') }),
  z.object({ verdict: z.literal('fail'), failing: z.array(assertionId) }),
]);

const assertionResult = z.object({
  id: assertionId,
  status: z.enum(['pass', 'fail', 'skipped']),
  message: z.string(),
  measured: z.number().optional(),
  limit: z.number().optional(),
  evidence: z.unknown().optional(),
  inconclusive: z.boolean().optional(),
});

const faultRecord = z.object({
  id: z.string(),
  kind: z.string(),
  target: z.string(),
  injectedAt_ms: z.number(),
  healedAt_ms: z.number().optional(),
  healVerifiedAt_ms: z.number().optional(),
  recovery_ms: z.number().optional(),
  details: z.record(z.string(), z.unknown()),
});

const taskVerdict = z.object({
  name: z.string(),
  kind: taskKind,
  status: z.enum(['pass', 'fail', 'interrupted', 'error']),
  attempts: z.number(),
  started_ms: z.number(),
  ended_ms: z.number(),
  assertions: z.array(assertionResult),
  unexpected: z.array(assertionId),
  expect: expectation.optional(),
  summary: z.object({
    acked: z.number(),
    seen: z.number(),
    lost: z.number(),
    duplicated: z.number(),
    reordered: z.number(),
    inconsistent: z.number(),
    achievedRate_per_s: z.number(),
    targetRate_per_s: z.number(),
    produceLatency_ms: latencySummary,
    endToEndLatency_ms: latencySummary,
  }),
  faults: z.array(faultRecord),
  errors: z.array(z.string()),
});

const runVerdict = z.object({
  runId: z.string(),
  suite: z.string(),
  suiteFile: z.string(),
  iteration: z.number(),
  started_ms: z.number(),
  ended_ms: z.number(),
  target: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  tasks: z.array(taskVerdict),
});

const distribution = z
  .object({
    count: z.number(),
    min: z.number(),
    p50: z.number(),
    p90: z.number(),
    max: z.number(),
    last: z.number(),
  })
  .nullable();

const soakStats = z.object({
  iterations: z.number(),
  passed: z.number(),
  failed: z.number(),
  errors: z.number(),
  passRate: z.number(),
  firstFailedIteration: z.number().nullable(),
  lastFailedIteration: z.number().nullable(),
  tasks: z.array(
    z.object({
      name: z.string(),
      kind: taskKind,
      runs: z.number(),
      passed: z.number(),
      failed: z.number(),
      interrupted: z.number(),
      errors: z.number(),
      passRate: z.number(),
      unexpected: z.partialRecord(assertionId, z.number()),
      produceP99_ms: distribution,
      endToEndP99_ms: distribution,
      recovery_ms: distribution,
      notRecovered: z.number(),
    }),
  ),
  recovery: z.array(
    z.object({
      faultKind: z.string(),
      faults: z.number(),
      notRecovered: z.number(),
      recovery_ms: distribution,
    }),
  ),
});

const iterationSummary = z.object({
  iteration: z.number(),
  runId: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  started_ms: z.number(),
  ended_ms: z.number(),
  tasks: z.array(
    z.object({
      name: z.string(),
      kind: taskKind,
      status: z.enum(['pass', 'fail', 'interrupted', 'error']),
      unexpected: z.array(assertionId),
      achievedRate_per_s: z.number(),
      produceP99_ms: z.number(),
      endToEndP99_ms: z.number(),
      lost: z.number(),
      recoveries_ms: z.array(z.number().nullable()),
    }),
  ),
});

/** The schema of report.json, version 1 (also what `parseReportJson` checks). */
export const reportSchema = z.discriminatedUnion('kind', [
  z.object({ version: z.literal(REPORT_VERSION), kind: z.literal('run'), run: runVerdict }),
  z.object({
    version: z.literal(REPORT_VERSION),
    kind: z.literal('soak'),
    soak: z.object({
      soakId: z.string(),
      suite: z.string(),
      suiteFile: z.string(),
      started_ms: z.number(),
      ended_ms: z.number(),
      stopReason: z.string().nullable(),
    }),
    run: runVerdict.nullable(),
    statistics: soakStats,
    iterations: z.array(iterationSummary),
    failedIterations: z.array(runVerdict),
  }),
]);

/** Reads a report.json (e.g. to compare two runs); throws an Error naming the first problem. */
export function parseReportJson(text: string, source = 'report.json'): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON: ${(error as Error).message}`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (version !== REPORT_VERSION) {
    throw new Error(
      `${source}: report version ${String(version)} is not supported (this longhaul reads version ${REPORT_VERSION})`,
    );
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data as Report;
}
