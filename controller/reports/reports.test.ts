import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.ts';
import { T0 } from '../checkers/test-kit.ts';
import type { RunVerdict } from '../model.ts';
import { renderConsole, useColor } from './console.ts';
import { renderSummaryMarkdown } from './markdown.ts';
import { parseReportJson, renderReportJson, runReport, soakReport } from './report-json.ts';
import { distribution, type SoakRecord, soakStatistics } from './soak.ts';
import { AWKWARD, sampleRun } from './test-kit.ts';
import { writeReports } from './write.ts';

/** What a JSON round trip keeps (undefined fields vanish). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

function soak(n: number): SoakRecord {
  const iterations: RunVerdict[] = [];
  for (let i = 1; i <= n; i++) {
    const run = sampleRun({
      iteration: i,
      runId: `r-${i}`,
      started_ms: T0 + i * 200_000,
      ended_ms: T0 + i * 200_000 + 150_000,
    });
    iterations.push(
      i % 4 === 0 ? run : { ...run, status: 'pass', tasks: run.tasks.filter((t) => t.status === 'pass') },
    );
  }
  return {
    soakId: 's-1',
    suite: 'unit',
    suiteFile: 'unit.yaml',
    started_ms: T0,
    ended_ms: T0 + (n + 1) * 200_000,
    iterations,
  };
}

describe('sample verdicts', () => {
  it('cover every task status', () => {
    expect(sampleRun().tasks.map((t) => [t.name, t.status])).toEqual([
      ['steady', 'pass'],
      ['lossy', 'fail'],
      ['drop-acked', 'pass'],
      ['kill', 'pass'],
      ['partial', 'error'],
      ['cut', 'interrupted'],
      ['refused', 'error'],
    ]);
  });
});

describe('report.json', () => {
  it('round-trips a run', () => {
    const report = runReport(sampleRun());
    const text = renderReportJson(report);
    expect(JSON.parse(text)).toMatchObject({ version: 1, kind: 'run', run: { runId: 'r-20231114-abc' } });
    expect(parseReportJson(text)).toEqual(asJson(report));
  });

  it('round-trips a soak with per-iteration rows and statistics', () => {
    const report = soakReport(soak(9));
    expect(report.iterations).toHaveLength(9);
    expect(report.run?.iteration).toBe(9);
    expect(report.failedIterations.map((r) => r.iteration)).toEqual([4, 8]);
    expect(parseReportJson(renderReportJson(report))).toEqual(asJson(report));
  });

  it('refuses other versions and malformed reports, saying where', () => {
    expect(() => parseReportJson('{"version":2,"kind":"run"}', 'old/report.json')).toThrow(
      'old/report.json: report version 2 is not supported (this longhaul reads version 1)',
    );
    const broken = asJson(runReport(sampleRun()));
    broken.run.tasks[1].assertions[0].status = 'maybe';
    expect(() => parseReportJson(JSON.stringify(broken))).toThrow(
      /^report\.json: run\.tasks\.1\.assertions\.0\.status: /,
    );
    expect(() => parseReportJson('{')).toThrow(/not JSON/);
  });

  it('writes numbers JSON cannot carry as null', () => {
    const run = sampleRun();
    const text = renderReportJson(runReport({ ...run, started_ms: Number.NaN }));
    expect(JSON.parse(text).run.started_ms).toBeNull();
  });
});

describe('soak statistics', () => {
  it('give pass rates, latency and recovery distributions across iterations', () => {
    const st = soakStatistics(soak(8).iterations);
    expect(st).toMatchObject({
      iterations: 8,
      passed: 6,
      failed: 2,
      errors: 0,
      passRate: 0.75,
      firstFailedIteration: 4,
      lastFailedIteration: 8,
    });
    const lossy = st.tasks.find((t) => t.name === 'lossy')!;
    expect(lossy).toMatchObject({ runs: 2, failed: 2, passRate: 0, unexpected: { 'continuity.lost': 2 } });
    const steady = st.tasks.find((t) => t.name === 'steady')!;
    expect(steady).toMatchObject({ runs: 8, passed: 8, passRate: 1 });
    expect(steady.produceP99_ms?.count).toBe(8);
    expect(st.recovery).toEqual([
      {
        faultKind: 'broker-kill',
        faults: 8,
        notRecovered: 0,
        recovery_ms: distribution(Array(8).fill(4200)),
      },
    ]);
    expect(st.tasks.find((t) => t.name === 'cut')).toMatchObject({ interrupted: 2, passRate: 0 });
  });

  it('distribution uses nearest ranks', () => {
    expect(distribution([5, 1, 4, 2, 3])).toEqual({ count: 5, min: 1, p50: 3, p90: 5, max: 5, last: 3 });
    expect(distribution([])).toBeNull();
  });
});

describe('summary.md', () => {
  const md = renderSummaryMarkdown(runReport(sampleRun()));

  it('has a table row per task with status and key numbers', () => {
    expect(md).toMatch(/^## longhaul run `unit`: ❌ fail\n/);
    expect(md).toContain('7 tasks: 3 passed, 1 failed, 2 errors, 1 interrupted.');
    expect(md).toContain(
      '| steady | produce-consume | ✅ pass | 3,000 | 0 | 0 | 0 | 1,000/s (1,000/s) | 10ms | 20ms |  |  |',
    );
    expect(md).toContain('| kill | broker-kill | ✅ pass |');
    expect(md).toContain('broker-kill (4.2s)');
    expect(md).toContain('| lossy | produce-consume | ❌ fail | 3,002 | **2** |');
  });

  it('lists failed assertions with their evidence and keeps tables intact', () => {
    expect(md).toContain('### ❌ fail: lossy');
    expect(md).toContain(
      '- **continuity.lost** failed: 2 acked records never read (e.g. p1@1000 w2#0, p1@1001 w2#1)',
    );
    expect(md).toContain('"producerId": "w2"');
    expect(md).toContain('- **continuity.lost** inconclusive: no acked record proven lost');
    // An error message with a line break and HTML stays one line of escaped text.
    expect(md).toContain('- error: a &lt;b&gt; &amp; "c" \'d\' | e f ]]&gt;');
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(row.split(/(?<!\\)\|/).length, row).toBe(14);
    }
  });

  it('summarises a soak', () => {
    const text = renderSummaryMarkdown(soakReport(soak(8)));
    expect(text).toMatch(/^## longhaul soak `unit`: 75% of 8 iterations passed/);
    expect(text).toContain('| broker-kill | 8 | 0 | 4.2s | 4.2s | 4.2s | 4.2s |');
    expect(text).toContain('- #8 (`r-8`, fail): lossy (continuity.lost)');
    expect(text).toContain('### Latest iteration (#8)');
  });
});

describe('console verdict', () => {
  it('is plain text without a TTY, with a line per task and the failures', () => {
    const text = renderConsole(runReport(sampleRun()), { color: false });
    expect(text).not.toContain('\u001b[');
    const lines = text.split('\n');
    expect(lines[0]).toBe('longhaul run unit (r-20231114-abc): FAIL  2m30s, target embedded (3 brokers, fs)');
    expect(text).toMatch(/\n {2}FAIL +lossy +produce-consume +41s +acked 3,002, lost 2/);
    expect(text).toContain('      ! a <b> & "c" \'d\' | e f ]]> \uFFFD \uFFFD 😀\n'); // one line, no control characters
    expect(text).toContain('      x continuity.lost failed: 2 acked records never read');
    expect(text).toContain('      ! worker w-1 lost <spot reclaim>');
    expect(text).toContain('kill recovered in 4.2s'.replace('kill', 'broker-kill'));
    expect(lines.at(-2)).toBe('7 tasks: 3 passed, 1 failed, 2 errors, 1 interrupted');
  });

  it('is coloured on a TTY', () => {
    expect(renderConsole(runReport(sampleRun()), { color: true })).toContain('\u001b[31m');
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });

  it('renders a soak', () => {
    const text = renderConsole(soakReport(soak(4)), { color: false });
    expect(text).toMatch(/^longhaul soak unit \(s-1\): 3 of 4 iterations passed \(75%\)\n/);
    expect(text).toContain('latest iteration:\nlonghaul run unit (r-4): FAIL');
  });
});

describe('writeReports', () => {
  it('writes the three reports and leaves no temporary file', () => {
    const dir = join(tempDir(), 'reports', 'run-1');
    const written = writeReports(dir, sampleRun());
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'report.json', 'summary.md']);
    expect(parseReportJson(readFileSync(written.json, 'utf8'))).toEqual(asJson(written.report));
    expect(readFileSync(written.junit, 'utf8')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /,
    );
    expect(readFileSync(written.markdown, 'utf8')).toContain('| steady |');
  });

  it('replaces earlier reports, e.g. after each soak iteration', () => {
    const dir = tempDir();
    writeReports(dir, soak(1));
    writeReports(dir, soak(2));
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'report.json', 'summary.md']);
    const report = parseReportJson(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.kind === 'soak' && report.iterations.length).toBe(2);
  });

  it('names the directory when it cannot write', () => {
    const dir = tempDir();
    writeReports(dir, sampleRun());
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
    // report.json is a file, so it cannot be a directory of reports
    expect(() => writeReports(join(dir, 'report.json'), sampleRun())).toThrow(
      /^cannot write reports to .*report\.json: EEXIST/,
    );
  });
});

it('keeps awkward strings intact in report.json', () => {
  const report = parseReportJson(renderReportJson(runReport(sampleRun())));
  expect(report.kind === 'run' && report.run.tasks[1].errors).toContain(AWKWARD);
});
