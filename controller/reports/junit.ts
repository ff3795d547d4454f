// junit.xml: one <testsuite> per run, one <testcase> per task and per assertion, evidence in the failure text.
import { describeUnexpected, failedAsExpected } from '../checkers/evaluate.ts';
import type { AssertionResult, RunVerdict, TaskVerdict } from '../model.ts';
import type { Report } from './report-json.ts';
import { attributes, escapeText } from './xml.ts';

/** Longest evidence text per test case; CI viewers choke on megabytes. */
const MAX_EVIDENCE_CHARS = 8000;

interface TestCase {
  readonly classname: string;
  readonly name: string;
  readonly time_s: number;
  readonly outcome:
    | { readonly kind: 'pass' }
    | {
        readonly kind: 'failure' | 'error' | 'skipped';
        readonly message: string;
        readonly type: string;
        readonly text?: string;
      };
  readonly out?: string;
}

/**
 * The JUnit XML of a run (one <testsuite>) or a soak (one per iteration whose full verdict the
 * report holds). Task test cases: classname `<suite>`, name `<task>`; assertion test cases:
 * classname `<suite>.<task>`, name `<assertion id>`. An assertion fails when its outcome differs
 * from the task's `expect` (a self-test's expected failure passes); an inconclusive one is an
 * <error>; an interrupted task and its assertions are <skipped>.
 */
export function renderJunit(report: Report): string {
  const runs =
    report.kind === 'run'
      ? [report.run]
      : [...report.failedIterations, ...(report.run ? [report.run] : [])].sort(
          (a, b) => a.iteration - b.iteration,
        );
  const suites = runs.map((run) => renderSuite(run, report.kind === 'soak'));
  const cases = runs.flatMap(testCases);
  const name = report.kind === 'run' ? report.run.suite : report.soak.suite;
  const total_s = runs.reduce((sum, r) => sum + seconds(r.ended_ms - r.started_ms), 0);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attributes({ name: `longhaul ${report.kind} ${name}`, ...counts(cases), time: total_s.toFixed(3) })}>\n` +
    suites.join('') +
    '</testsuites>\n'
  );
}

function renderSuite(run: RunVerdict, soak: boolean): string {
  const cases = testCases(run);
  const properties = [
    ['runId', run.runId],
    ['suiteFile', run.suiteFile],
    ['target', run.target],
    ['iteration', String(run.iteration)],
    ['status', run.status],
  ]
    .map(([name, value]) => `      <property${attributes({ name, value })}/>\n`)
    .join('');
  const head = attributes({
    name: soak ? `${run.suite} #${run.iteration}` : run.suite,
    id: run.runId,
    ...counts(cases),
    time: seconds(run.ended_ms - run.started_ms).toFixed(3),
    timestamp: new Date(run.started_ms).toISOString().slice(0, 19),
  });
  return `  <testsuite${head}>\n    <properties>\n${properties}    </properties>\n${cases.map(renderCase).join('')}  </testsuite>\n`;
}

function counts(cases: readonly TestCase[]) {
  const n = (kind: string) => cases.filter((c) => c.outcome.kind === kind).length;
  return { tests: cases.length, failures: n('failure'), errors: n('error'), skipped: n('skipped') };
}

function renderCase(c: TestCase): string {
  const head = `    <testcase${attributes({ classname: c.classname, name: c.name, time: c.time_s.toFixed(3) })}`;
  const out = c.out ? `      <system-out>${escapeText(c.out)}</system-out>\n` : '';
  if (c.outcome.kind === 'pass') return out ? `${head}>\n${out}    </testcase>\n` : `${head}/>\n`;
  const { kind, message, type, text } = c.outcome;
  const element = text
    ? `      <${kind}${attributes({ message, type })}>${escapeText(text)}</${kind}>\n`
    : `      <${kind}${attributes({ message, type })}/>\n`;
  return `${head}>\n${element}${out}    </testcase>\n`;
}

function testCases(run: RunVerdict): TestCase[] {
  return run.tasks.flatMap((task) => [
    taskCase(run, task),
    ...task.assertions.map((a) => assertionCase(run, task, a)),
  ]);
}

function taskCase(run: RunVerdict, task: TaskVerdict): TestCase {
  const base = { classname: run.suite, name: task.name, time_s: seconds(task.ended_ms - task.started_ms) };
  const out = taskOut(task);
  switch (task.status) {
    case 'pass':
      return { ...base, outcome: { kind: 'pass' }, out };
    case 'fail': {
      const reasons = describeUnexpected(task);
      const text = task.unexpected
        .map((id) => task.assertions.find((a) => a.id === id))
        .filter((a) => a !== undefined)
        .map((a) => `${a.id}: ${a.message}`)
        .join('\n');
      return { ...base, outcome: { kind: 'failure', type: 'task', message: reasons.join('; '), text }, out };
    }
    case 'error':
      return {
        ...base,
        outcome: {
          kind: 'error',
          type: 'error',
          message: task.errors[0] ?? 'the task could not run',
          text: task.errors.join('\n'),
        },
        out,
      };
    case 'interrupted':
      return {
        ...base,
        outcome: {
          kind: 'skipped',
          type: 'interrupted',
          message: `interrupted after ${task.attempts} attempt(s): ${task.errors[0] ?? 'no reason recorded'}`,
        },
        out,
      };
  }
}

function assertionCase(run: RunVerdict, task: TaskVerdict, a: AssertionResult): TestCase {
  const base = { classname: `${run.suite}.${task.name}`, name: a.id, time_s: 0 };
  if (task.status === 'interrupted') {
    return { ...base, outcome: { kind: 'skipped', type: 'interrupted', message: a.message } };
  }
  if (task.unexpected.includes(a.id)) {
    const detail = evidenceText(a);
    if (a.status === 'fail' && a.inconclusive) {
      return {
        ...base,
        outcome: { kind: 'error', type: a.id, message: `inconclusive: ${a.message}`, text: detail },
      };
    }
    const message =
      a.status === 'fail'
        ? a.message
        : `expected to fail, but ${a.status === 'pass' ? 'passed' : 'was skipped'}: ${a.message}`;
    return { ...base, outcome: { kind: 'failure', type: a.id, message, text: detail } };
  }
  if (a.status === 'skipped')
    return { ...base, outcome: { kind: 'skipped', type: a.id, message: a.message } };
  const out = failedAsExpected(task, a) ? `failed as expected: ${a.message}` : a.message;
  return { ...base, outcome: { kind: 'pass' }, out };
}

function taskOut(task: TaskVerdict): string {
  const s = task.summary;
  const lines = [
    `${task.kind}, ${task.attempts} attempt(s), status ${task.status}`,
    `acked ${s.acked}, seen ${s.seen}, lost ${s.lost}, duplicated ${s.duplicated}, reordered ${s.reordered}, inconsistent ${s.inconsistent}`,
    `rate ${s.achievedRate_per_s.toFixed(1)}/s of ${s.targetRate_per_s.toFixed(1)}/s; produce p99 ${s.produceLatency_ms.p99} ms, end-to-end p99 ${s.endToEndLatency_ms.p99} ms`,
    ...task.faults.map(
      (f) =>
        `fault ${f.id}: ${f.kind} of ${f.target}, recovery ${f.recovery_ms === undefined ? 'none' : `${f.recovery_ms} ms`}`,
    ),
    ...task.errors.map((e) => `error: ${e}`),
  ];
  return lines.join('\n');
}

function evidenceText(a: AssertionResult): string {
  const lines = [a.message];
  if (a.measured !== undefined || a.limit !== undefined)
    lines.push(`measured ${a.measured ?? '-'}, limit ${a.limit ?? '-'}`);
  if (a.evidence !== undefined) {
    let json = JSON.stringify(a.evidence, null, 2) ?? '';
    if (json.length > MAX_EVIDENCE_CHARS)
      json = `${json.slice(0, MAX_EVIDENCE_CHARS)}\n... (${json.length - MAX_EVIDENCE_CHARS} more characters in report.json)`;
    lines.push(`evidence: ${json}`);
  }
  return lines.join('\n');
}

function seconds(ms: number): number {
  return Math.max(0, ms) / 1000;
}
