import { describe, expect, it } from 'vitest';
import { verdictWithoutHistory } from '../checkers/evaluate.ts';
import { makeTask } from '../checkers/test-kit.ts';
import { renderJunit } from './junit.ts';
import { runReport, soakReport } from './report-json.ts';
import { AWKWARD, sampleRun } from './test-kit.ts';
import { escapeAttribute, escapeText, xmlSafe } from './xml.ts';

interface XmlElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// biome-ignore lint/suspicious/noControlCharactersInRegex: the XML 1.0 Char production is a list of control characters
const INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Decodes references, throwing on anything that is not a well-formed one. */
function decode(raw: string, where: string): string {
  if (INVALID.test(raw)) throw new Error(`${where}: a character XML 1.0 does not allow`);
  return raw.replace(/&([^;]*);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new Error(`${where}: a bare &`);
    if (name in ENTITIES) return ENTITIES[name];
    const code =
      /^#(\d+)$/.exec(name)?.[1] ??
      (/^#x([0-9a-fA-F]+)$/.exec(name) ? Number.parseInt(name.slice(2), 16) : undefined);
    if (code === undefined) throw new Error(`${where}: unknown reference ${match}`);
    return String.fromCodePoint(Number(code));
  });
}

/**
 * A strict little XML 1.0 reader for what renderJunit writes (a declaration, elements, attributes
 * in double quotes, text; no comments, CDATA or DTD): throws on anything not well-formed.
 */
function parseXml(xml: string): XmlElement {
  let pos = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  pos = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (pos < xml.length) {
    if (xml[pos] !== '<') {
      const end = xml.indexOf('<', pos);
      const raw = xml.slice(pos, end === -1 ? xml.length : end);
      if (raw.includes('>')) throw new Error(`raw > in text at ${pos}`);
      const text = decode(raw, `text at ${pos}`);
      if (stack.length === 0) {
        if (text.trim() !== '') throw new Error(`text outside the root at ${pos}`);
      } else stack[stack.length - 1].text += text;
      pos += raw.length;
      continue;
    }
    const close = /^<\/([A-Za-z][\w.-]*)>/.exec(xml.slice(pos));
    if (close) {
      const open = stack.pop();
      if (open?.name !== close[1]) throw new Error(`</${close[1]}> closes <${open?.name}> at ${pos}`);
      pos += close[0].length;
      continue;
    }
    const tag = /^<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(pos));
    if (!tag) throw new Error(`malformed tag at ${pos}: ${xml.slice(pos, pos + 40)}`);
    const attrs: Record<string, string> = {};
    for (const m of tag[2].matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
      if (m[1] in attrs) throw new Error(`duplicate attribute ${m[1]} at ${pos}`);
      attrs[m[1]] = decode(m[2], `attribute ${m[1]} at ${pos}`);
    }
    const element: XmlElement = { name: tag[1], attrs, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root === undefined) root = element;
    else throw new Error(`a second root element at ${pos}`);
    if (tag[3] !== '/') stack.push(element);
    pos += tag[0].length;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (root === undefined) throw new Error('no root element');
  return root;
}

const all = (e: XmlElement, name: string): XmlElement[] => [
  ...e.children.filter((c) => c.name === name),
  ...e.children.flatMap((c) => all(c, name)),
];

describe('junit.xml', () => {
  const xml = renderJunit(runReport(sampleRun()));
  const root = parseXml(xml);
  const suite = root.children[0];
  const cases = all(root, 'testcase');
  const find = (classname: string, name: string) =>
    cases.find((c) => c.attrs.classname === classname && c.attrs.name === name)!;
  const outcome = (c: XmlElement) => c.children.find((x) => x.name !== 'system-out')?.name ?? 'pass';

  it('is well-formed, one testsuite per run', () => {
    expect(root.name).toBe('testsuites');
    expect(root.children.map((c) => c.name)).toEqual(['testsuite']);
    expect(suite.attrs).toMatchObject({
      name: 'unit',
      id: 'r-20231114-abc',
      timestamp: '2023-11-14T22:13:10',
      time: '150.000',
    });
    const props = Object.fromEntries(all(suite, 'property').map((p) => [p.attrs.name, p.attrs.value]));
    expect(props).toMatchObject({
      runId: 'r-20231114-abc',
      target: 'embedded (3 brokers, fs)',
      status: 'fail',
    });
  });

  it('has a test case per task and per assertion, counted in the attributes', () => {
    const run = sampleRun();
    expect(cases).toHaveLength(run.tasks.reduce((n, t) => n + 1 + t.assertions.length, 0));
    const count = (kind: string) => cases.filter((c) => outcome(c) === kind).length;
    expect(suite.attrs).toMatchObject({
      tests: String(cases.length),
      failures: String(count('failure')),
      errors: String(count('error')),
      skipped: String(count('skipped')),
    });
    expect(root.attrs.tests).toBe(suite.attrs.tests);
    expect(find('unit', 'steady').attrs.time).toBe('41.000');
    expect(outcome(find('unit.steady', 'continuity.lost'))).toBe('pass');
  });

  it('carries the message and evidence of a failed assertion', () => {
    const failure = find('unit.lossy', 'continuity.lost').children[0];
    expect(failure.name).toBe('failure');
    expect(failure.attrs.type).toBe('continuity.lost');
    expect(failure.attrs.message).toBe('2 acked records never read (e.g. p1@1000 w2#0, p1@1001 w2#1)');
    expect(failure.text).toContain('"producerId": "w2"');
    expect(failure.text).toContain('measured 2, limit 0');
    const task = find('unit', 'lossy').children[0];
    expect(task).toMatchObject({ name: 'failure', attrs: { message: 'continuity.lost failed' } });
  });

  it('passes a self-test assertion that failed as expected, and says so', () => {
    const c = find('unit.drop-acked', 'continuity.lost');
    expect(outcome(c)).toBe('pass');
    expect(c.children[0].text).toMatch(/^failed as expected: 1 acked record never read/);
    expect(outcome(find('unit', 'drop-acked'))).toBe('pass');
  });

  it('reports an inconclusive check and a task that could not run as errors', () => {
    expect(find('unit.partial', 'continuity.lost').children[0]).toMatchObject({
      name: 'error',
      attrs: { type: 'continuity.lost' },
    });
    expect(find('unit.partial', 'continuity.lost').children[0].attrs.message).toMatch(
      /^inconclusive: no acked record proven lost/,
    );
    expect(find('unit', 'refused').children[0]).toMatchObject({
      name: 'error',
      attrs: { message: 'refused: "broker-kill" needs the embedded target' },
    });
    expect(outcome(find('unit.refused', 'continuity.lost'))).toBe('skipped');
  });

  it('skips an interrupted task and its assertions, with the reason', () => {
    expect(find('unit', 'cut').children[0]).toMatchObject({
      name: 'skipped',
      attrs: { message: 'interrupted after 3 attempt(s): worker w-1 lost <spot reclaim>' },
    });
    expect(cases.filter((c) => c.attrs.classname === 'unit.cut').every((c) => outcome(c) === 'skipped')).toBe(
      true,
    );
  });

  it('escapes <&"\' in names, attributes and text, and replaces what XML cannot hold', () => {
    expect(xml).not.toContain('\u0001');
    const lossy = find('unit', 'lossy');
    const out = lossy.children.find((c) => c.name === 'system-out')!;
    expect(out.text).toContain(xmlSafe(`error: ${AWKWARD}`));
    const refused = verdictWithoutHistory(makeTask({ name: 'x' }), 'error', 0, 0, 0, AWKWARD);
    const r = parseXml(renderJunit(runReport(sampleRun({ suite: `s"<&>'`, tasks: [refused] }))));
    const task = all(r, 'testcase')[0];
    expect(task.attrs.classname).toBe(`s"<&>'`);
    expect(task.children[0].attrs.message).toBe(xmlSafe(AWKWARD));
    expect(task.children[0].text).toBe(xmlSafe(AWKWARD));
  });

  it('has one testsuite per kept iteration of a soak', () => {
    const iterations = [1, 2, 3].map((i) =>
      sampleRun({ iteration: i, runId: `r-${i}`, status: i === 2 ? 'fail' : 'pass' }),
    );
    const r = parseXml(
      renderJunit(
        soakReport({
          soakId: 's',
          suite: 'unit',
          suiteFile: 'u.yaml',
          started_ms: 0,
          ended_ms: 1,
          iterations,
        }),
      ),
    );
    expect(r.children.map((s) => s.attrs.name)).toEqual(['unit #2', 'unit #3']);
  });
});

describe('the test XML reader', () => {
  it('rejects what is not well-formed', () => {
    const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
    expect(() => parseXml(doc('<a>&</a>'))).toThrow(/bare &/);
    expect(() => parseXml(doc('<a b="<"/>'))).toThrow(/malformed tag/);
    expect(() => parseXml(doc('<a><b></a></b>'))).toThrow(/closes/);
    expect(() => parseXml(doc('<a>x > y</a>'))).toThrow(/raw >/);
    expect(() => parseXml(doc('<a>&nbsp;</a>'))).toThrow(/unknown reference/);
    expect(() => parseXml(doc('<a>\u0001</a>'))).toThrow(/does not allow/);
    expect(() => parseXml(doc('<a/><b/>'))).toThrow(/second root/);
    expect(parseXml(doc('<a x="&#10;&amp;">&#x1F600;</a>'))).toEqual({
      name: 'a',
      attrs: { x: '\n&' },
      children: [],
      text: '😀',
    });
  });
});

describe('XML escaping', () => {
  it('escapes text and attributes', () => {
    expect(escapeText(`<a & 'b' "c">`)).toBe(`&lt;a &amp; 'b' "c"&gt;`);
    expect(escapeAttribute(`<a & 'b' "c">\n\t`)).toBe('&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;&#10;&#9;');
    expect(escapeText(']]>')).toBe(']]&gt;');
  });

  it('replaces characters XML 1.0 cannot represent, keeping astral ones', () => {
    expect(xmlSafe('a\u0000b\u001fc\uFFFEd\uD800e😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀');
  });
});
