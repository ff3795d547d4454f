// summary.md: a Markdown summary of a run or a soak for a CI step summary: task table, then failures with evidence.
import { unexpectedLines } from '../checkers/evaluate.ts';
import { formatCount, formatDuration_ms, formatPercent, formatRate } from '../checkers/format.ts';
import type { AssertionResult, RunVerdict, TaskStatus, TaskVerdict } from '../model.ts';
import type { Report, SoakReport } from './report-json.ts';
import type { Distribution } from './soak.ts';

/** Longest evidence block per assertion (the rest is in report.json). */
const MAX_EVIDENCE_CHARS = 4000;

const statusMark: Record<TaskStatus | RunVerdict['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '⚠️ error',
  interrupted: '⏸️ interrupted',
};

export function renderSummaryMarkdown(report: Report): string {
  return report.kind === 'run' ? renderRun(report.run, 2) : renderSoak(report);
}

function renderRun(run: RunVerdict, level: number): string {
  const h = '#'.repeat(level);
  const counts = countStatuses(run.tasks);
  const lines = [
    `${h} longhaul run \`${cell(run.suite)}\`: ${statusMark[run.status]}`,
    '',
    `Run \`${cell(run.runId)}\` against ${cell(run.target)}, ${formatDuration_ms(run.ended_ms - run.started_ms)}; ` +
      `${run.tasks.length} tasks: ${counts}.`,
    '',
    '| task | kind | status | acked | lost | dup | reord | rate (target) | produce p99 | e2e p99 | faults (recovery) | unexpected |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...run.tasks.map(taskRow),
    '',
  ];
  for (const task of run.tasks.filter((t) => t.status !== 'pass'))
    lines.push(...taskDetails(task, level + 1));
  return `${lines.join('\n')}\n`;
}

function taskRow(t: TaskVerdict): string {
  const s = t.summary;
  // Rates and latencies exist only for tasks whose workload ran.
  const judged = s.targetRate_per_s > 0 || s.achievedRate_per_s > 0;
  const faults = t.faults
    .map(
      (f) =>
        `${f.kind} (${f.recovery_ms === undefined ? 'not recovered' : formatDuration_ms(f.recovery_ms)})`,
    )
    .join(', ');
  return `| ${[
    cell(t.name),
    t.kind,
    statusMark[t.status],
    formatCount(s.acked),
    s.lost > 0 ? `**${formatCount(s.lost)}**` : '0',
    formatCount(s.duplicated),
    formatCount(s.reordered),
    judged ? `${formatRate(s.achievedRate_per_s)} (${formatRate(s.targetRate_per_s)})` : '',
    judged ? formatDuration_ms(s.produceLatency_ms.p99) : '',
    judged ? formatDuration_ms(s.endToEndLatency_ms.p99) : '',
    cell(faults),
    cell(t.unexpected.join(', ')),
  ].join(' | ')} |`;
}

function taskDetails(t: TaskVerdict, level: number): string[] {
  const lines = [`${'#'.repeat(level)} ${statusMark[t.status]}: ${cell(t.name)}`, ''];
  const shown = unexpectedLines(t);
  t.unexpected.forEach((id, i) => {
    lines.push(`- **${id}**${text(shown[i].slice(id.length))}`);
    const a = t.assertions.find((r) => r.id === id);
    if (a) lines.push(...evidence(a));
  });
  const kind = t.status === 'interrupted' ? 'interrupted' : 'error';
  for (const e of t.errors) if (!shown.includes(e)) lines.push(`- ${kind}: ${text(e)}`);
  lines.push('');
  return lines;
}

function evidence(a: AssertionResult): string[] {
  if (a.evidence === undefined) return [];
  let json = JSON.stringify(a.evidence, null, 2) ?? '';
  if (json.length > MAX_EVIDENCE_CHARS)
    json = `${json.slice(0, MAX_EVIDENCE_CHARS)}\n... (truncated; see report.json)`;
  // A fence longer than any backtick run inside keeps the block closed.
  const fence = '`'.repeat(Math.max(3, ...[...json.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [
    '',
    '  <details><summary>evidence</summary>',
    '',
    `  ${fence}json`,
    ...json.split('\n').map((l) => `  ${l}`),
    `  ${fence}`,
    '',
    '  </details>',
    '',
  ];
}

function renderSoak(report: SoakReport): string {
  const st = report.statistics;
  const soak = report.soak;
  const lines = [
    `## longhaul soak \`${cell(soak.suite)}\`: ${formatPercent(st.passRate)} of ${formatCount(st.iterations)} iterations passed`,
    '',
    `Soak \`${cell(soak.soakId)}\`, ${formatDuration_ms(soak.ended_ms - soak.started_ms)}: ${st.passed} passed, ${st.failed} failed, ` +
      `${st.errors} errors${st.firstFailedIteration === null ? '' : `; first failure in iteration ${st.firstFailedIteration}, last in ${st.lastFailedIteration}`}` +
      `${soak.stopReason ? `; stopped: ${text(soak.stopReason)}` : ''}.`,
    '',
    '### Tasks across iterations',
    '',
    '| task | kind | runs | pass rate | fail | error | interrupted | produce p99 (median / max) | e2e p99 (median / max) | recovery (median / max) | most unexpected |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...st.tasks.map((t) => {
      const top = Object.entries(t.unexpected)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .slice(0, 3)
        .map(([id, n]) => `${id} (${n})`)
        .join(', ');
      const recovery =
        t.recovery_ms === null
          ? ''
          : spread(t.recovery_ms) + (t.notRecovered > 0 ? `, ${t.notRecovered} never` : '');
      return `| ${[cell(t.name), t.kind, t.runs, formatPercent(t.passRate), t.failed, t.errors, t.interrupted, spread(t.produceP99_ms), spread(t.endToEndP99_ms), recovery, top].join(' | ')} |`;
    }),
    '',
  ];
  if (st.recovery.length > 0) {
    lines.push(
      '### Recovery by fault',
      '',
      '| fault | count | not recovered | min | median | p90 | max |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...st.recovery.map((r) => {
        const d = r.recovery_ms;
        const ms = (v: number | undefined) => (v === undefined ? '' : formatDuration_ms(v));
        return `| ${[cell(r.faultKind), r.faults, r.notRecovered, ms(d?.min), ms(d?.p50), ms(d?.p90), ms(d?.max)].join(' | ')} |`;
      }),
      '',
    );
  }
  const failed = report.iterations.filter((i) => i.status !== 'pass').slice(-10);
  if (failed.length > 0) {
    lines.push(
      '### Latest failed iterations',
      '',
      ...failed.map((i) => {
        const tasks = i.tasks.filter((t) => t.status === 'fail' || t.status === 'error');
        return `- #${i.iteration} (\`${cell(i.runId)}\`, ${i.status}): ${tasks.map((t) => `${cell(t.name)} (${t.unexpected.join(', ') || t.status})`).join('; ')}`;
      }),
      '',
    );
  }
  if (report.run) lines.push(`### Latest iteration (#${report.run.iteration})`, '', renderRun(report.run, 4));
  return `${lines.join('\n')}\n`;
}

function spread(d: Distribution | null): string {
  return d === null ? '' : `${formatDuration_ms(d.p50)} / ${formatDuration_ms(d.max)}`;
}

function countStatuses(tasks: readonly TaskVerdict[]): string {
  const order: TaskStatus[] = ['pass', 'fail', 'error', 'interrupted'];
  const words: Record<TaskStatus, string> = {
    pass: 'passed',
    fail: 'failed',
    error: 'errors',
    interrupted: 'interrupted',
  };
  return (
    order
      .map((s) => [s, tasks.filter((t) => t.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${words[s]}`)
      .join(', ') || 'none ran'
  );
}

/** Text for a table cell: one line, pipes escaped, no HTML. */
function cell(s: string): string {
  return text(s).replace(/\|/g, '\\|');
}

/** Inline text: one line, no HTML tags. */
function text(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
