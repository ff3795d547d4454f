// Writes report.json, junit.xml and summary.md into a directory, each replaced atomically (temp file + rename).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJunit } from './junit.ts';
import { renderSummaryMarkdown } from './markdown.ts';
import { type Report, type ReportInput, renderReportJson, toReport } from './report-json.ts';

export interface WrittenReports {
  readonly report: Report;
  readonly json: string;
  readonly junit: string;
  readonly markdown: string;
}

/** The three files' names and contents, rendered before anything touches the disk. */
export function renderReports(input: ReportInput): {
  report: Report;
  files: readonly [name: string, content: string][];
} {
  const report = toReport(input);
  return {
    report,
    files: [
      ['report.json', renderReportJson(report)],
      ['junit.xml', renderJunit(report)],
      ['summary.md', renderSummaryMarkdown(report)],
    ],
  };
}

/**
 * Writes the reports of a run or a soak into `dir` (created if missing). Every file is first
 * written in full under a temporary name, then all are renamed into place, so a reader (CI, a
 * dashboard, a soak rewriting its reports after each iteration) never sees a partial file.
 * Synchronous: it also runs on the way out after SIGTERM. Returns the paths written.
 */
export function writeReports(dir: string, input: ReportInput): WrittenReports {
  const { report, files } = renderReports(input);
  const suffix = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const temps: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of files) {
      const temp = join(dir, name + suffix);
      temps.push(temp);
      writeFileSync(temp, content);
    }
    for (let i = 0; i < files.length; i++) renameSync(temps[i], join(dir, files[i][0]));
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new Error(`cannot write reports to ${dir}: ${(error as Error).message}`, { cause: error });
  }
  return {
    report,
    json: join(dir, 'report.json'),
    junit: join(dir, 'junit.xml'),
    markdown: join(dir, 'summary.md'),
  };
}
