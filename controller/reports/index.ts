// The reports' public API: report.json, junit.xml, summary.md, the console verdict, and writing them.
export { type ConsoleOptions, renderConsole, useColor } from './console.ts';
export { renderJunit } from './junit.ts';
export { renderSummaryMarkdown } from './markdown.ts';
export {
  isSoakRecord,
  MAX_FAILED_ITERATIONS_KEPT,
  parseReportJson,
  REPORT_VERSION,
  type Report,
  type ReportInput,
  type RunReport,
  renderReportJson,
  reportSchema,
  runReport,
  type SoakReport,
  soakReport,
  toReport,
} from './report-json.ts';
export {
  type Distribution,
  distribution,
  type IterationSummary,
  type IterationTask,
  type RecoveryStatistics,
  type SoakRecord,
  type SoakStatistics,
  soakStatistics,
  summarizeIteration,
  type TaskStatistics,
} from './soak.ts';
export { renderReports, type WrittenReports, writeReports } from './write.ts';
