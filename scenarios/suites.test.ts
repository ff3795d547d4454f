// The checked-in suites and JSON Schema: every suite loads, fits its time budget, and matches the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSuite, parseSuite } from './load.ts';
import { renderSuiteJsonSchema } from './schema.ts';
import { loadTime_ms, mutationCatchers, mutations, type Suite, taskKinds } from './suite.ts';

const suitesDir = fileURLToPath(new URL('./suites/', import.meta.url));
const schemaFile = fileURLToPath(new URL('./suite.schema.json', import.meta.url));
const suiteFiles = readdirSync(suitesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const load = (name: string): Suite => loadSuite(`${suitesDir}${name}`);
const minutes = (count: number): number => count * 60_000;

describe('the checked-in suites', () => {
  it('are the four the project promises', () => {
    expect(suiteFiles).toEqual(['ci.yaml', 'self-test.yaml', 'smoke.yaml', 'soak.yaml']);
  });

  it.each(suiteFiles)('%s loads, and opens with its schema and a comment saying what it is for', (name) => {
    const suite = load(name);
    expect(suite.tasks.length).toBeGreaterThan(0);
    const lines = readFileSync(`${suitesDir}${name}`, 'utf8').split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../suite.schema.json');
    expect(lines.slice(1, 4).filter((line) => line.startsWith('# ')).length).toBeGreaterThan(0);
  });

  it('smoke: an experiment produce-consume, a broker kill and a catch-up, at modest rates, in under 3 minutes', () => {
    const suite = load('smoke.yaml');
    expect(suite.target).toMatchObject({ kind: 'embedded' });
    expect(suite.tasks.map((task) => task.kind)).toEqual(['produce-consume', 'broker-kill', 'catch-up']);
    expect(suite.tasks[0].payload.kind).toBe('experiment');
    for (const task of suite.tasks) {
      expect(task.rate.kind).toBe('records');
      if (task.rate.kind === 'records') expect(task.rate.perSecond).toBeLessThanOrEqual(2000);
    }
    // Leaves about a minute of the 3 for startup, topic creation, backlog building and cleanup.
    expect(loadTime_ms(suite)).toBeLessThanOrEqual(minutes(2.25));
  });

  it('ci: every task kind, 3 brokers, in under 15 minutes', () => {
    const suite = load('ci.yaml');
    expect(suite.target).toEqual({ kind: 'embedded', brokers: 3, storage: 'fs' });
    expect(new Set(suite.tasks.map((task) => task.kind))).toEqual(new Set(taskKinds));
    expect(loadTime_ms(suite)).toBeLessThanOrEqual(minutes(11));
  });

  it('self-test: each mutation expects exactly its checker to fail, and a clean task must pass', () => {
    const suite = load('self-test.yaml');
    expect(suite.target.kind).toBe('embedded');
    const clean = suite.tasks.filter((task) => task.kind !== 'self-test-mutation');
    expect(clean.map((task) => task.expect)).toEqual([{ verdict: 'pass' }]);
    const expectations = Object.fromEntries(
      suite.tasks.flatMap((task) =>
        task.kind === 'self-test-mutation' ? [[task.mutation, task.expect]] : [],
      ),
    );
    expect(expectations).toEqual(
      Object.fromEntries(
        mutations.map((mutation) => [mutation, { verdict: 'fail', failing: [mutationCatchers[mutation]] }]),
      ),
    );
  });

  it('soak: every kind but the self-test, in a loop that does not stop by itself on time', () => {
    const suite = load('soak.yaml');
    expect(new Set(suite.tasks.map((task) => task.kind))).toEqual(
      new Set(taskKinds.filter((kind) => kind !== 'self-test-mutation')),
    );
    expect(suite.soak.stopAfter.duration_ms).toBeUndefined();
    expect(suite.soak.stopAfter.iterations).toBeUndefined();
  });
});

describe('scenarios/README.md', () => {
  it('has an annotated example that validates', () => {
    const readme = readFileSync(fileURLToPath(new URL('./README.md', import.meta.url)), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const suite = parseSuite(example ?? '', `${suitesDir}readme-example.yaml`);
    expect(suite.tasks.map((task) => task.kind)).toEqual([
      'produce-consume',
      'broker-kill',
      'self-test-mutation',
    ]);
  });
});

// A small JSON Schema checker for the keywords zod emits: enough to prove that the checked-in
// schema accepts the suites and rejects typos, without a validator dependency.
type JsonSchema = { readonly [keyword: string]: unknown };

const knownKeywords = new Set([
  '$schema',
  '$comment',
  '$defs',
  '$ref',
  'title',
  'description',
  'default',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'items',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'minProperties',
  'maxProperties',
  'anyOf',
  'oneOf',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(type: string, value: unknown): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

function check(schema: JsonSchema, value: unknown, root: JsonSchema, path = '$'): string[] {
  const errors: string[] = [];
  const unknown = Object.keys(schema).filter((keyword) => !knownKeywords.has(keyword));
  if (unknown.length > 0) errors.push(`${path}: the checker does not know ${unknown.join(', ')}`);
  if (typeof schema.$ref === 'string') {
    const definitions = root.$defs as Record<string, JsonSchema>;
    errors.push(...check(definitions[schema.$ref.replace('#/$defs/', '')], value, root, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => matchesType(type, value)))
      return [...errors, `${path}: expected ${types.join('|')}`];
  }
  if ('const' in schema && schema.const !== value)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: too short`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      errors.push(`${path}: too small`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push(`${path}: too many items`);
    if (schema.items) {
      for (const [i, item] of value.entries()) {
        errors.push(...check(schema.items as JsonSchema, item, root, `${path}[${i}]`));
      }
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const patterns = (schema.patternProperties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in object)) errors.push(`${path}: missing ${key}`);
    }
    const count = Object.keys(object).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties)
      errors.push(`${path}: too few keys`);
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties)
      errors.push(`${path}: too many keys`);
    for (const [key, item] of Object.entries(object)) {
      const matching = Object.keys(patterns).filter((pattern) => new RegExp(pattern, 'u').test(key));
      if (properties[key]) errors.push(...check(properties[key], item, root, `${path}.${key}`));
      for (const pattern of matching) errors.push(...check(patterns[pattern], item, root, `${path}.${key}`));
      if (!properties[key] && matching.length === 0 && schema.additionalProperties === false) {
        errors.push(`${path}: unknown key ${key}`);
      }
    }
  }
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as JsonSchema[]).map((branch) => check(branch, value, root, path));
    if (results.every((result) => result.length > 0))
      errors.push(`${path}: no anyOf branch fits (${results.flat().join('; ')})`);
  }
  if (Array.isArray(schema.oneOf)) {
    const fitting = (schema.oneOf as JsonSchema[]).filter(
      (branch) => check(branch, value, root, path).length === 0,
    );
    if (fitting.length !== 1) errors.push(`${path}: ${fitting.length} oneOf branches fit, expected 1`);
  }
  return errors;
}

describe('scenarios/suite.schema.json', () => {
  const checkedIn = readFileSync(schemaFile, 'utf8');
  const schema = JSON.parse(checkedIn) as JsonSchema;
  const checkYaml = (text: string): string[] => check(schema, parse(text, { merge: true }), schema);

  it('is what `npm run generate:schema` produces from scenarios/schema.ts now', () => {
    expect(checkedIn, 'run `npm run generate:schema` and commit scenarios/suite.schema.json').toBe(
      renderSuiteJsonSchema(),
    );
  });

  it.each(suiteFiles)('accepts %s', (name) => {
    expect(checkYaml(readFileSync(`${suitesDir}${name}`, 'utf8'))).toEqual([]);
  });

  it('describes the input form: unit strings, defaults and one-key choices', () => {
    const definitions = schema.$defs as Record<string, JsonSchema>;
    expect(definitions.Duration).toMatchObject({ anyOf: [{ type: 'string' }, { type: 'number', const: 0 }] });
    const brokerKill = definitions['Task:broker-kill'].properties as Record<string, JsonSchema>;
    expect(brokerKill.restartAfter.default).toBe('5s');
    expect(definitions.Payload.anyOf).toContainEqual(
      expect.objectContaining({ minProperties: 1, maxProperties: 1 }),
    );
  });

  it('rejects what the loader rejects: unknown keys, missing names, unit-less durations, unknown kinds', () => {
    const bad = [
      'tasks: [{ name: a, kind: produce-consume, partitons: 3 }]',
      'tasks: [{ kind: produce-consume }]',
      'tasks: [{ name: a, kind: produce-consume, duration: 30 }]',
      'tasks: [{ name: a, kind: produce-consume, duration: 30 sec }]',
      'tasks: [{ name: a, kind: brokr-kill }]',
      'tasks: [{ name: a, kind: produce-consume, payload: { random: { size: 1KiB }, fixed: { size: 1KiB } } }]',
      'wokers: 2\ntasks: [{ name: a, kind: produce-consume }]',
    ];
    for (const text of bad) {
      expect(() => parseSuite(text, 'bad.yaml')).toThrow();
      expect(checkYaml(text), text).not.toEqual([]);
    }
    expect(checkYaml('x-anchor: { any: thing }\ntasks: [{ name: a, kind: produce-consume }]')).toEqual([]);
  });
});
