// The final verdict on a terminal: one line per task, failures with their evidence, colours only on a TTY.
import { unexpectedLines } from '../checkers/evaluate.ts';
import { formatCount, formatDuration_ms, formatPercent, formatRate } from '../checkers/format.ts';
import type { RunVerdict, TaskStatus, TaskVerdict } from '../model.ts';
import type { Report } from './report-json.ts';

export interface ConsoleOptions {
  /** ANSI colours (see `useColor`). */
  readonly color: boolean;
}

/**
 * Whether to colour output for `stream`: a TTY, unless NO_COLOR is set or TERM is dumb;
 * FORCE_COLOR (not 0) forces it on (https://no-color.org, https://force-color.org).
 */
export function useColor(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

type Paint = (text: string) => string;

function palette(color: boolean): Record<'green' | 'red' | 'yellow' | 'dim' | 'bold', Paint> {
  const sgr = (open: number, close: number): Paint =>
    color ? (t) => `\u001b[${open}m${t}\u001b[${close}m` : (t) => t;
  return { green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

const label: Record<TaskStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  error: 'ERROR',
  interrupted: 'INTERRUPTED',
};

/** Plain text, ending with a newline. */
export function renderConsole(report: Report, options: ConsoleOptions): string {
  const p = palette(options.color);
  if (report.kind === 'run') return renderRun(report.run, p);
  const st = report.statistics;
  const head = `longhaul soak ${report.soak.suite} (${report.soak.soakId}): ${st.passed} of ${st.iterations} iterations passed (${formatPercent(st.passRate)})`;
  const lines = [p.bold(head)];
  for (const t of st.tasks) {
    const recovery =
      t.recovery_ms === null
        ? ''
        : `, recovery median ${formatDuration_ms(t.recovery_ms.p50)} max ${formatDuration_ms(t.recovery_ms.max)}`;
    const p99 =
      t.produceP99_ms === null
        ? ''
        : `, produce p99 median ${formatDuration_ms(t.produceP99_ms.p50)} max ${formatDuration_ms(t.produceP99_ms.max)}`;
    const paint = t.failed + t.errors === 0 ? p.green : p.red;
    lines.push(
      `  ${paint(formatPercent(t.passRate).padStart(5))}  ${t.name}: ${t.runs} runs, ${t.failed} failed, ${t.errors} errors${p99}${recovery}`,
    );
  }
  const out = `${lines.join('\n')}\n`;
  return report.run ? `${out}latest iteration:\n${renderRun(report.run, p)}` : out;
}

function renderRun(run: RunVerdict, p: ReturnType<typeof palette>): string {
  const paintStatus = (s: TaskStatus | RunVerdict['status']): Paint =>
    s === 'pass' ? p.green : s === 'fail' ? p.red : p.yellow;
  const nameWidth = Math.max(4, ...run.tasks.map((t) => t.name.length));
  const kindWidth = Math.max(4, ...run.tasks.map((t) => t.kind.length));
  const lines = [
    p.bold(`longhaul run ${run.suite} (${run.runId}): `) +
      paintStatus(run.status)(p.bold(label[run.status])) +
      p.dim(`  ${formatDuration_ms(run.ended_ms - run.started_ms)}, target ${run.target}`),
  ];
  for (const t of run.tasks) {
    lines.push(
      `  ${paintStatus(t.status)(label[t.status].padEnd(11))} ${oneLine(t.name).padEnd(nameWidth)}  ` +
        `${t.kind.padEnd(kindWidth)}  ${p.dim(taskNumbers(t))}`,
    );
    const shown = unexpectedLines(t);
    for (const line of shown) lines.push(`      ${p.red('x')} ${oneLine(line)}`);
    if (t.status !== 'pass') {
      for (const e of t.errors.filter((e) => !shown.includes(e)).slice(0, 5)) {
        lines.push(`      ${p.yellow('!')} ${oneLine(e)}`);
      }
    }
  }
  const n = (s: TaskStatus) => run.tasks.filter((t) => t.status === s).length;
  lines.push(
    `${run.tasks.length} tasks: ${n('pass')} passed, ${n('fail')} failed, ${n('error')} errors, ${n('interrupted')} interrupted`,
  );
  return `${lines.join('\n')}\n`;
}

function taskNumbers(t: TaskVerdict): string {
  const s = t.summary;
  const parts = [formatDuration_ms(t.ended_ms - t.started_ms)];
  if (t.attempts > 1) parts.push(`${t.attempts} attempts`);
  if (t.status === 'pass' || t.status === 'fail') {
    parts.push(
      `acked ${formatCount(s.acked)}, lost ${formatCount(s.lost)}`,
      `${formatRate(s.achievedRate_per_s)} of ${formatRate(s.targetRate_per_s)}`,
      `p99 ${formatDuration_ms(s.produceLatency_ms.p99)} produce, ${formatDuration_ms(s.endToEndLatency_ms.p99)} e2e`,
    );
    for (const f of t.faults) {
      parts.push(
        `${f.kind} recovered ${f.recovery_ms === undefined ? 'never' : `in ${formatDuration_ms(f.recovery_ms)}`}`,
      );
    }
  }
  return parts.join('  ');
}

/**
 * One terminal line: line breaks and tabs become spaces, other control characters (and lone
 * surrogates) U+FFFD, so a message from a broker or a child process cannot move the cursor or
 * recolour the terminal.
 */
function oneLine(text: string): string {
  const flat = text.replace(/\s*[\r\n\t]+\s*/g, ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return flat.replace(/[\u0000-\u001f\u007f-\u009f]|[\uD800-\uDFFF]/gu, '\uFFFD');
}
