// Loads a suite file: YAML, schema, defaults and cross-checks, with every problem at file:line:col.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { UserError } from '../common/errors.ts';
import { readLoadFile as readLoadFileFromDisk } from './load-file.ts';
import { type PathIssue, resolveSuite } from './resolve.ts';
import { suiteSchema } from './schema.ts';
import type { LoadFile, Suite } from './suite.ts';

/** One thing wrong with a suite file, where it is. */
export interface SuiteProblem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly col: number;
  /** `tasks[2].rate`, or empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** A suite file that cannot be used; the message lists every problem, one per line. */
export class SuiteError extends UserError {
  readonly problems: readonly SuiteProblem[];
  constructor(file: string, problems: readonly SuiteProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`invalid suite ${file} (${count}):\n${problems.map(formatProblem).join('\n')}`, {
      hint: 'the format is described in scenarios/README.md; editors can check files with scenarios/suite.schema.json',
    });
    this.name = 'SuiteError';
    this.problems = problems;
  }
}

export interface ParseOptions {
  /** Reads a load file given as an absolute path, naming it `shownAs` in errors (tests replace it). */
  readonly readLoadFile?: (absolutePath: string, shownAs: string) => LoadFile;
}

/** `file:line:col: path: message`. */
export function formatProblem(problem: SuiteProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  return problem.path ? `${where}: ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** `tasks[2].assert.produceLatency.p99`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$-]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

/** Reads and checks a suite file; throws a SuiteError (a UserError) naming every problem. */
export function loadSuite(path: string, options: ParseOptions = {}): Suite {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `suite file ${path} does not exist`
        : `cannot read suite file ${path}: ${(error as Error).message}`,
      { hint: 'the suites that come with longhaul are in scenarios/suites/' },
    );
  }
  return parseSuite(text, path, options);
}

/**
 * Checks suite text. `fileName` is used in messages and to resolve relative load file paths
 * (against its directory), so those files are read here too.
 */
export function parseSuite(text: string, fileName: string, options: ParseOptions = {}): Suite {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: true, uniqueKeys: true });
  const position = (offset: number): { line: number; col: number } => lineCounter.linePos(offset);
  const problem = (offset: number, path: readonly PropertyKey[], message: string): SuiteProblem => ({
    file: fileName,
    ...position(offset),
    path: formatPath(path),
    message,
  });

  const yamlProblems = [...doc.errors, ...doc.warnings].map((error) =>
    problem(
      error.pos[0],
      [],
      `YAML: ${error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim()}`,
    ),
  );
  if (yamlProblems.length > 0) throw new SuiteError(fileName, sortProblems(yamlProblems));

  const data: unknown = doc.toJS({ maxAliasCount: 1000 });
  if (data === null || data === undefined) {
    throw new SuiteError(fileName, [problem(0, [], 'the file is empty: a suite needs at least `tasks:`')]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SuiteError(fileName, [
      problem(0, [], 'a suite file is a mapping with keys such as name, target, defaults and tasks'),
    ]);
  }
  // Top-level `x-...` keys hold YAML anchors for reuse (as in docker compose files).
  const input = Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('x-')));

  const parsed = suiteSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => flattenUnion(issue, []));
    const problems = withoutConsequences(issues).flatMap((issue) => describeIssue(doc, issue, problem));
    throw new SuiteError(fileName, sortProblems(problems));
  }

  const baseDir = dirname(resolve(fileName));
  const readLoadFile = options.readLoadFile ?? readLoadFileFromDisk;
  const cache = new Map<string, LoadFile>();
  const resolved = resolveSuite(parsed.data, {
    file: fileName,
    readLoadFile: (written) => {
      const absolute = isAbsolute(written) ? written : resolve(baseDir, written);
      let file = cache.get(absolute);
      if (!file) {
        file = readLoadFile(absolute, written === absolute ? written : `${written} (${absolute})`);
        cache.set(absolute, file);
      }
      return file;
    },
  });
  if (!resolved.ok) {
    const problems = resolved.issues.map((issue: PathIssue) => {
      const located = locate(doc, issue.path);
      return problem(located.offset, issue.path, issue.message);
    });
    throw new SuiteError(fileName, sortProblems(problems));
  }
  return resolved.suite;
}

/** In line order, once each (a problem in `defaults` may be found through every task). */
function sortProblems(problems: readonly SuiteProblem[]): SuiteProblem[] {
  const unique = new Map(problems.map((problem) => [formatProblem(problem), problem]));
  return [...unique.values()].sort((a, b) => a.line - b.line || a.col - b.col);
}

type Issue = z.core.$ZodIssue;

/**
 * True when a union branch failed only because the value is of another type than the branch
 * takes (a mapping where it wants a string, or `true` where it wants `'all'`).
 */
function rejectsType(branch: readonly Issue[]): boolean {
  return branch.every(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === 'invalid_type' ||
        (issue.code === 'invalid_value' &&
          issue.values.every((value) => typeof value !== typeof issue.input)) ||
        (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every(rejectsType))),
  );
}

/**
 * A union that failed reports the issues of each branch. When exactly one branch takes values of
 * this type (`payload: {random: ...}` against `experiment | {...}`), its issues are the useful ones;
 * otherwise the union's own message says what is expected.
 */
function flattenUnion(issue: Issue, prefix: readonly PropertyKey[]): Issue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path }];
  const candidates = issue.errors.filter((branch) => !rejectsType(branch));
  if (candidates.length !== 1) return [{ ...issue, path }];
  return candidates[0].flatMap((inner) => flattenUnion(inner, path));
}

/** Drops "needs one of" on a mapping that has an unknown key: the misspelt key is the problem. */
function withoutConsequences(issues: readonly Issue[]): Issue[] {
  const withUnknownKeys = new Set(
    issues.filter((issue) => issue.code === 'unrecognized_keys').map((issue) => JSON.stringify(issue.path)),
  );
  return issues.filter(
    (issue) =>
      !(
        issue.code === 'custom' &&
        issue.params?.choice === true &&
        withUnknownKeys.has(JSON.stringify(issue.path))
      ),
  );
}

function describeIssue(
  doc: Document,
  issue: Issue,
  problem: (offset: number, path: readonly PropertyKey[], message: string) => SuiteProblem,
): SuiteProblem[] {
  if (issue.code === 'unrecognized_keys') {
    // schema.ts's strict() writes one message line per unknown key.
    const lines = issue.message.split('\n');
    return issue.keys.map((key, index) => {
      const path = [...issue.path, key];
      return problem(locate(doc, path, 'key').offset, path, lines[index] ?? `unknown key "${key}"`);
    });
  }
  const located = locate(doc, issue.path);
  let message = issue.message;
  if (issue.code === 'invalid_type' && !located.found) {
    message = `missing required field "${String(issue.path.at(-1))}"`;
  }
  return [problem(located.offset, issue.path, message)];
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

function findPair(doc: Document, map: YAMLMap, key: PropertyKey, depth = 0): Pair | undefined {
  for (const pair of map.items) {
    const name = isScalar(pair.key) ? pair.key.value : pair.key;
    if (name === key || (typeof key === 'string' && String(name) === key && !isMergeKey(pair.key)))
      return pair;
  }
  if (depth > 10) return undefined;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const target = isAlias(source) ? source.resolve(doc) : source;
      if (isMap(target)) {
        const found = findPair(doc, target, key, depth + 1);
        if (found) return found;
      }
    }
  }
  return undefined;
}

const startOf = (node: unknown): number | undefined =>
  node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined;

/**
 * The offset in the text of the node at `path`: its value (or its key with `'key'`, or when the
 * value is empty). When the path leads out of the document (a missing key), the deepest node on
 * the way, with `found: false`.
 */
function locate(doc: Document, path: readonly PropertyKey[], point: 'value' | 'key' = 'value') {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (let index = 0; index < path.length; index++) {
    const part = path[index];
    if (isAlias(node)) node = node.resolve(doc);
    let keyNode: unknown;
    let next: unknown;
    if (isMap(node)) {
      const pair = findPair(doc, node, part);
      if (!pair) return { offset, found: false };
      keyNode = pair.key;
      next = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
      next = node.items[part];
    } else {
      return { offset, found: false };
    }
    const last = index === path.length - 1;
    const emptyValue =
      next === null || (isScalar(next) && next.value === null && startOf(next) === next.range?.[1]);
    const keyStart = startOf(keyNode);
    if (keyStart !== undefined && ((last && point === 'key') || emptyValue)) offset = keyStart;
    else offset = startOf(next) ?? keyStart ?? offset;
    if (isPair(next)) next = next.value;
    node = next;
  }
  return { offset, found: true };
}
