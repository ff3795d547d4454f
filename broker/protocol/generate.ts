// Generates the Kafka protocol codec in broker/protocol/generated/ from Kafka's JSON message specs.
//
// Usage: `npm run generate` (specs from ../shared/kafka-protocol/messages, output to
// broker/protocol/generated/), or `node --import tsx broker/protocol/generate.ts --specs DIR --out DIR`.
//
// For every message the generator groups versions whose wire layout is identical and emits one
// straight-line encoder and decoder per group (nested structs likewise), so nothing interprets the
// spec at run time. The rules follow Kafka's own generator (generator/src/main/java/org/apache/kafka/
// message/MessageDataGenerator.java) and KIP-482 (flexible versions, tagged fields).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
export const defaultSpecsDir = resolve(repoRoot, '..', 'shared', 'kafka-protocol', 'messages');
export const defaultOutDir = join(here, 'generated');
const infinity = Number.POSITIVE_INFINITY;

// ---------------------------------------------------------------------------------------------
// Spec model

interface Range {
  readonly lo: number;
  readonly hi: number;
}
const emptyRange: Range = { lo: 1, hi: 0 };

function parseRange(text: string | undefined, where: string): Range {
  if (text === undefined || text === 'none') return emptyRange;
  let match = /^(\d+)\+$/.exec(text);
  if (match) return { lo: Number(match[1]), hi: infinity };
  match = /^(\d+)-(\d+)$/.exec(text);
  if (match) return { lo: Number(match[1]), hi: Number(match[2]) };
  match = /^(\d+)$/.exec(text);
  if (match) return { lo: Number(match[1]), hi: Number(match[1]) };
  throw new Error(`${where}: cannot parse version range ${JSON.stringify(text)}`);
}

function inRange(range: Range, version: number): boolean {
  return version >= range.lo && version <= range.hi;
}

function intersect(a: Range, b: Range): Range {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

function isEmpty(range: Range): boolean {
  return range.lo > range.hi;
}

function rangeText(range: Range): string {
  if (isEmpty(range)) return 'none';
  if (range.hi === infinity) return `${range.lo}+`;
  return range.lo === range.hi ? `${range.lo}` : `${range.lo}-${range.hi}`;
}

const primitiveNames = [
  'bool',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint16',
  'uint32',
  'float64',
  'string',
  'bytes',
  'records',
  'uuid',
] as const;
type Primitive = (typeof primitiveNames)[number];

type TypeRef =
  | { readonly kind: 'primitive'; readonly name: Primitive }
  | { readonly kind: 'array'; readonly element: TypeRef }
  | { readonly kind: 'struct'; readonly struct: StructModel };

interface FieldModel {
  readonly specName: string;
  readonly name: string;
  readonly local: string;
  readonly about: string;
  readonly type: TypeRef;
  readonly versions: Range;
  readonly nullableVersions: Range;
  readonly taggedVersions: Range;
  readonly tag: number | null;
  readonly flexibleOverride: Range | null;
  readonly defaultText: string | null;
  /** Null is a possible value in some version (or the default). */
  readonly tsNullable: boolean;
}

interface StructModel {
  readonly specName: string;
  readonly tsName: string;
  readonly fields: FieldModel[];
}

type MessageKind = 'request' | 'response' | 'header' | 'data';

interface MessageModel {
  readonly file: string;
  readonly name: string;
  readonly kind: MessageKind;
  readonly apiKey: number | null;
  readonly validVersions: Range;
  readonly flexibleVersions: Range;
  readonly deprecatedVersions: Range | null;
  readonly latestVersionUnstable: boolean;
  readonly listeners: readonly string[];
  readonly root: StructModel;
  /** Root first, then nested structs in the order the spec defines them. */
  readonly structs: StructModel[];
}

interface SpecField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  flexibleVersions?: string;
  default?: string | number | boolean;
  about?: string;
  fields?: SpecField[];
}

interface SpecMessage {
  apiKey?: number;
  type: MessageKind;
  name: string;
  validVersions: string;
  flexibleVersions: string;
  deprecatedVersions?: string;
  latestVersionUnstable?: boolean;
  listeners?: string[];
  fields: SpecField[];
  commonStructs?: { name: string; versions?: string; fields: SpecField[] }[];
}

/** Removes `//` comments (outside strings) so that the spec files parse as JSON. */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

const reservedWords = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with yield let static implements interface package private protected public await arguments eval ' +
    'r w v undefined'
  ).split(' '),
);

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function firstSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function parseMessage(file: string, spec: SpecMessage): MessageModel {
  const where = basename(file);
  const validVersions = parseRange(spec.validVersions, `${where} validVersions`);
  const flexibleVersions = parseRange(spec.flexibleVersions, `${where} flexibleVersions`);
  const common = new Map<string, { versions?: string; fields: SpecField[] }>();
  for (const struct of spec.commonStructs ?? []) common.set(struct.name, struct);
  const structs: StructModel[] = [];
  const byName = new Map<string, StructModel>();
  const tsNames = new Set<string>();

  const structTsName = (specName: string): string =>
    specName.startsWith(spec.name) ? specName : `${spec.name}${specName}`;

  const makeStruct = (specName: string, tsName: string, fields: SpecField[]): StructModel => {
    if (tsNames.has(tsName)) throw new Error(`${where}: two structs map to the TypeScript name ${tsName}`);
    tsNames.add(tsName);
    const struct: StructModel = { specName, tsName, fields: [] };
    byName.set(specName, struct);
    structs.push(struct);
    for (const field of fields) struct.fields.push(parseField(field, `${where} ${specName}`));
    const names = new Set<string>();
    for (const field of struct.fields) {
      if (names.has(field.name)) throw new Error(`${where} ${specName}: duplicate field ${field.name}`);
      names.add(field.name);
    }
    return struct;
  };

  const parseType = (text: string, field: SpecField, whereField: string): TypeRef => {
    if (text.startsWith('[]')) {
      const element = parseType(text.slice(2), field, whereField);
      if (element.kind === 'array') throw new Error(`${whereField}: arrays of arrays are not supported`);
      if (element.kind === 'primitive' && element.name === 'records') {
        throw new Error(`${whereField}: arrays of records are not supported`);
      }
      return { kind: 'array', element };
    }
    if ((primitiveNames as readonly string[]).includes(text))
      return { kind: 'primitive', name: text as Primitive };
    if (!/^[A-Z]\w*$/.test(text)) throw new Error(`${whereField}: unknown type ${JSON.stringify(text)}`);
    if (field.fields) {
      if (byName.has(text)) throw new Error(`${whereField}: struct ${text} is defined twice`);
      return { kind: 'struct', struct: makeStruct(text, structTsName(text), field.fields) };
    }
    const known = byName.get(text);
    if (known) return { kind: 'struct', struct: known };
    const commonStruct = common.get(text);
    if (!commonStruct)
      throw new Error(`${whereField}: struct type ${text} has no fields and is not a common struct`);
    return { kind: 'struct', struct: makeStruct(text, structTsName(text), commonStruct.fields) };
  };

  const parseField = (field: SpecField, whereStruct: string): FieldModel => {
    const whereField = `${whereStruct}.${field.name}`;
    const type = parseType(field.type, field, whereField);
    const versions = parseRange(field.versions, `${whereField} versions`);
    if (field.versions === undefined) throw new Error(`${whereField}: no versions`);
    const nullableVersions = parseRange(field.nullableVersions, `${whereField} nullableVersions`);
    const taggedVersions = parseRange(field.taggedVersions, `${whereField} taggedVersions`);
    const flexibleOverride =
      field.flexibleVersions === undefined
        ? null
        : parseRange(field.flexibleVersions, `${whereField} flexible`);
    const canBeNull =
      (type.kind === 'primitive' && ['string', 'bytes', 'records'].includes(type.name)) ||
      type.kind === 'array' ||
      type.kind === 'struct';
    if (!isEmpty(nullableVersions) && !canBeNull)
      throw new Error(`${whereField}: ${field.type} cannot be nullable`);
    if ((field.tag === undefined) !== isEmpty(taggedVersions)) {
      throw new Error(`${whereField}: tag and taggedVersions must be given together`);
    }
    if (!isEmpty(taggedVersions) && !isEmpty(intersect(taggedVersions, validVersions))) {
      const tagged = intersect(taggedVersions, validVersions);
      if (tagged.lo < flexibleVersions.lo) throw new Error(`${whereField}: tagged in a non-flexible version`);
    }
    const defaultText = field.default === undefined ? null : String(field.default);
    const tsNullable =
      defaultText === 'null' || !isEmpty(intersect(intersect(nullableVersions, versions), validVersions));
    if (defaultText === 'null' && !canBeNull) throw new Error(`${whereField}: default null on ${field.type}`);
    const name = camel(field.name);
    return {
      specName: field.name,
      name,
      local: reservedWords.has(name) ? `${name}_` : name,
      about: firstSentence(field.about ?? ''),
      type,
      versions,
      nullableVersions,
      taggedVersions,
      tag: field.tag ?? null,
      flexibleOverride,
      defaultText,
      tsNullable,
    };
  };

  const root = makeStruct(spec.name, spec.name, spec.fields);
  return {
    file: basename(file),
    name: spec.name,
    kind: spec.type,
    apiKey: spec.apiKey ?? null,
    validVersions,
    flexibleVersions,
    deprecatedVersions: spec.deprecatedVersions
      ? parseRange(spec.deprecatedVersions, `${where} deprecatedVersions`)
      : null,
    latestVersionUnstable: spec.latestVersionUnstable === true,
    listeners: spec.listeners ?? [],
    root,
    structs,
  };
}

// ---------------------------------------------------------------------------------------------
// TypeScript text for types and defaults

function primitiveTs(name: Primitive): string {
  switch (name) {
    case 'bool':
      return 'boolean';
    case 'int64':
      return 'bigint';
    case 'string':
    case 'uuid':
      return 'string';
    case 'bytes':
    case 'records':
      return 'Buffer';
    default:
      return 'number';
  }
}

function elementTs(type: TypeRef): string {
  if (type.kind === 'primitive') return primitiveTs(type.name);
  if (type.kind === 'struct') return type.struct.tsName;
  throw new Error('nested arrays are not supported');
}

function fieldTs(field: FieldModel): string {
  const base =
    field.type.kind === 'array' ? `readonly ${elementTs(field.type.element)}[]` : elementTs(field.type);
  return field.tsNullable ? `${base} | null` : base;
}

function parseIntDefault(text: string, where: string): number {
  const value = Number(text);
  if (!Number.isInteger(value))
    throw new Error(`${where}: default ${JSON.stringify(text)} is not an integer`);
  return value;
}

function defaultExpr(field: FieldModel): string {
  const d = field.defaultText;
  const where = field.specName;
  const type = field.type;
  if (type.kind === 'array') {
    if (d !== null && d !== 'null') throw new Error(`${where}: array default must be null`);
    return d === 'null' ? 'null' : '[]';
  }
  if (type.kind === 'struct') {
    if (d !== null && d !== 'null') throw new Error(`${where}: struct default must be null`);
    return d === 'null' ? 'null' : `new${type.struct.tsName}()`;
  }
  switch (type.name) {
    case 'bool':
      if (d !== null && d !== 'true' && d !== 'false') throw new Error(`${where}: bad bool default ${d}`);
      return d === 'true' ? 'true' : 'false';
    case 'int8':
    case 'int16':
    case 'int32':
    case 'uint16':
    case 'uint32':
      return d === null ? '0' : String(parseIntDefault(d, where));
    case 'int64':
      return d === null ? '0n' : `${BigInt(d)}n`;
    case 'float64':
      return d === null ? '0' : String(Number(d));
    case 'string':
      if (d === 'null') return 'null';
      return JSON.stringify(d ?? '');
    case 'uuid':
      if (d !== null) throw new Error(`${where}: uuid defaults are not supported`);
      return 'ZERO_UUID';
    case 'bytes':
      if (d !== null && d !== 'null') throw new Error(`${where}: bytes default must be null`);
      return d === 'null' ? 'null' : 'EMPTY_BYTES';
    case 'records':
      return field.tsNullable ? 'null' : 'EMPTY_BYTES';
  }
}

/** Condition that `expr` equals the field's default (tagged fields at their default are not written). */
function isDefaultCond(field: FieldModel, expr: string, needIsDefault: Set<StructModel>): string {
  const d = defaultExpr(field);
  const type = field.type;
  if (type.kind === 'struct') {
    if (d === 'null') return `${expr} === null`;
    needIsDefault.add(type.struct);
    const check = `isDefault${type.struct.tsName}(${expr})`;
    return field.tsNullable ? `(${expr} !== null && ${check})` : check;
  }
  if (type.kind === 'array' || type.name === 'bytes' || type.name === 'records') {
    if (d === 'null') return `${expr} === null`;
    return field.tsNullable ? `(${expr} !== null && ${expr}.length === 0)` : `${expr}.length === 0`;
  }
  return `${expr} === ${d}`;
}

/** The default as a literal that needs no imports (schema.ts is data, not code). */
function schemaDefault(field: FieldModel): string {
  const d = defaultExpr(field);
  if (field.type.kind === 'struct') return d === 'null' ? 'null' : 'undefined';
  if (d === 'EMPTY_BYTES') return 'Buffer.alloc(0)';
  if (d === 'ZERO_UUID') return "'00000000-0000-0000-0000-000000000000'";
  return d;
}

// ---------------------------------------------------------------------------------------------
// Layout groups: versions of a struct whose wire layout is identical share one encoder/decoder.

interface Group {
  readonly struct: StructModel;
  readonly key: string;
  readonly firstVersion: number;
  readonly versions: number[];
  readonly suffix: string;
}

type Mode = 'absent' | 'regular' | 'tagged';

class Layouts {
  private readonly message: MessageModel;
  private readonly groups = new Map<StructModel, Map<string, Group>>();
  private readonly byVersion = new Map<StructModel, Map<number, Group>>();

  constructor(message: MessageModel) {
    this.message = message;
  }

  structFlexible(version: number): boolean {
    return inRange(this.message.flexibleVersions, version);
  }

  mode(field: FieldModel, version: number): Mode {
    if (inRange(field.taggedVersions, version)) return 'tagged';
    return inRange(field.versions, version) ? 'regular' : 'absent';
  }

  fieldFlexible(field: FieldModel, version: number): boolean {
    return field.flexibleOverride ? inRange(field.flexibleOverride, version) : this.structFlexible(version);
  }

  nullable(field: FieldModel, version: number): boolean {
    return inRange(field.nullableVersions, version);
  }

  private typeKey(type: TypeRef, version: number): string {
    if (type.kind === 'primitive') return type.name;
    if (type.kind === 'array') return `[${this.typeKey(type.element, version)}]`;
    return `{${this.group(type.struct, version).suffix}}`;
  }

  group(struct: StructModel, version: number): Group {
    const known = this.byVersion.get(struct)?.get(version);
    if (known) return known;
    const parts: string[] = [];
    for (const field of struct.fields) {
      const mode = this.mode(field, version);
      if (mode === 'absent') parts.push(`${field.name}:-`);
      else {
        const flexible = mode === 'tagged' || this.fieldFlexible(field, version);
        parts.push(
          `${field.name}:${mode === 'tagged' ? `t${field.tag}` : 'r'}:${flexible ? 'c' : ''}` +
            `${this.nullable(field, version) ? 'n' : ''}:${this.typeKey(field.type, version)}`,
        );
      }
    }
    const key = `${parts.join(';')}|${this.structFlexible(version) ? 'flexible' : ''}`;
    let groups = this.groups.get(struct);
    if (!groups) {
      groups = new Map();
      this.groups.set(struct, groups);
    }
    let group = groups.get(key);
    if (!group) {
      group = { struct, key, firstVersion: version, versions: [], suffix: `V${version}` };
      groups.set(key, group);
    }
    group.versions.push(version);
    let versions = this.byVersion.get(struct);
    if (!versions) {
      versions = new Map();
      this.byVersion.set(struct, versions);
    }
    versions.set(version, group);
    return group;
  }

  groupsOf(struct: StructModel): Group[] {
    return [...(this.groups.get(struct)?.values() ?? [])];
  }
}

function versionsText(versions: readonly number[]): string {
  const first = versions[0];
  const last = versions[versions.length - 1];
  if (versions.length === last - first + 1) return first === last ? `v${first}` : `v${first}-${last}`;
  return versions.map((v) => `v${v}`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Code emission for one message

class MessageEmitter {
  private readonly message: MessageModel;
  private readonly layouts: Layouts;
  private readonly needIsDefault = new Set<StructModel>();
  private counter = 0;

  constructor(message: MessageModel) {
    this.message = message;
    this.layouts = new Layouts(message);
    const { lo, hi } = message.validVersions;
    for (let v = lo; v <= hi; v++) this.layouts.group(message.root, v);
  }

  private fresh(prefix: string): string {
    this.counter++;
    return `$${prefix}${this.counter}`;
  }

  private encName(group: Group): string {
    return `enc${group.struct.tsName}${group.suffix}`;
  }

  private decName(group: Group): string {
    return `dec${group.struct.tsName}${group.suffix}`;
  }

  emitTypes(out: string[]): void {
    for (const struct of this.message.structs) {
      const isRoot = struct === this.message.root;
      const doc = isRoot
        ? `${this.message.name}: ${this.message.kind}${this.message.apiKey === null ? '' : ` of api key ${this.message.apiKey}`}, versions ${rangeText(this.message.validVersions)}, flexible ${rangeText(intersect(this.message.flexibleVersions, this.message.validVersions))}.`
        : `${struct.specName} in ${this.message.name}.`;
      out.push(`/** ${doc} */`);
      out.push(`export interface ${struct.tsName} {`);
      for (const field of struct.fields) {
        const notes = [`versions ${rangeText(intersect(field.versions, this.message.validVersions))}`];
        const nullable = intersect(field.nullableVersions, this.message.validVersions);
        if (!isEmpty(nullable)) notes.push(`nullable ${rangeText(nullable)}`);
        if (field.tag !== null) notes.push(`tag ${field.tag} in ${rangeText(field.taggedVersions)}`);
        if (field.defaultText !== null) notes.push(`default ${field.defaultText}`);
        const about = field.about ? `${field.about.replaceAll('*/', '* /')} ` : '';
        out.push(`  /** ${about}(${notes.join(', ')}) */`);
        out.push(`  readonly ${field.name}: ${fieldTs(field)};`);
      }
      out.push('}', '');
    }
  }

  emitFactories(out: string[]): void {
    for (const struct of this.message.structs) {
      out.push(`/** A ${struct.tsName} with every field at its spec default. */`);
      out.push(`export function new${struct.tsName}(): ${struct.tsName} {`);
      if (struct.fields.length === 0) out.push('  return {};');
      else {
        out.push('  return {');
        for (const field of struct.fields) out.push(`    ${field.name}: ${defaultExpr(field)},`);
        out.push('  };');
      }
      out.push('}', '');
    }
  }

  private emitIsDefault(out: string[]): void {
    const done = new Set<StructModel>();
    while (true) {
      const next = [...this.needIsDefault].find((s) => !done.has(s));
      if (!next) break;
      done.add(next);
      const conditions = next.fields.map((field) =>
        isDefaultCond(field, `v.${field.name}`, this.needIsDefault),
      );
      out.push(`function isDefault${next.tsName}(v: ${next.tsName}): boolean {`);
      out.push(`  return ${conditions.length === 0 ? 'true' : conditions.join(' &&\n    ')};`);
      out.push('}', '');
    }
  }

  // ---- encoding

  private encodeValue(
    type: TypeRef,
    flexible: boolean,
    nullable: boolean,
    tsNullable: boolean,
    expr: string,
    writer: string,
    version: number,
    where: string,
    indent: string,
    tagged = false,
  ): string[] {
    const lines: string[] = [];
    const nullCheck = (): void => {
      if (tsNullable && !nullable)
        lines.push(`${indent}if (${expr} === null) throw nullNotAllowed(${where});`);
    };
    if (type.kind === 'primitive') {
      let method: string;
      switch (type.name) {
        case 'string':
          method = flexible ? 'compactString' : 'string';
          if (nullable) method = flexible ? 'compactNullableString' : 'nullableString';
          break;
        case 'bytes':
          method = flexible ? 'compactBytes' : 'bytes';
          if (nullable) method = flexible ? 'compactNullableBytes' : 'nullableBytes';
          break;
        case 'records':
          method = flexible ? 'compactBytes' : 'bytes';
          if (nullable) method = flexible ? 'compactRecords' : 'records';
          break;
        default:
          method = type.name;
      }
      nullCheck();
      lines.push(`${indent}${writer}.${method}(${expr});`);
      return lines;
    }
    if (type.kind === 'struct') {
      const encoder = this.encName(this.layouts.group(type.struct, version));
      if (nullable) {
        // Kafka marks a nullable struct with an int8 (-1 null, 1 present), or, inside a tagged
        // field, with an unsigned varint (0 null, 1 present).
        lines.push(`${indent}if (${expr} === null) ${writer}.${tagged ? 'uvarint(0)' : 'int8(-1)'};`);
        lines.push(`${indent}else {`);
        lines.push(`${indent}  ${writer}.${tagged ? 'uvarint' : 'int8'}(1);`);
        lines.push(`${indent}  ${encoder}(${writer}, ${expr});`);
        lines.push(`${indent}}`);
      } else {
        nullCheck();
        lines.push(`${indent}${encoder}(${writer}, ${expr});`);
      }
      return lines;
    }
    const array = this.fresh('a');
    const index = this.fresh('i');
    lines.push(`${indent}{`);
    const inner = `${indent}  `;
    lines.push(`${inner}const ${array} = ${expr};`);
    const lengthCall = flexible ? `${writer}.compactArrayLength` : `${writer}.arrayLength`;
    let loopIndent = inner;
    if (nullable) {
      lines.push(`${inner}if (${array} === null) ${lengthCall}(-1);`);
      lines.push(`${inner}else {`);
      loopIndent = `${inner}  `;
    } else if (tsNullable) {
      lines.push(`${inner}if (${array} === null) throw nullNotAllowed(${where});`);
    }
    lines.push(`${loopIndent}${lengthCall}(${array}.length);`);
    lines.push(`${loopIndent}for (let ${index} = 0; ${index} < ${array}.length; ${index}++) {`);
    lines.push(
      ...this.encodeValue(
        type.element,
        flexible,
        false,
        false,
        `${array}[${index}]`,
        writer,
        version,
        where,
        `${loopIndent}  `,
      ),
    );
    lines.push(`${loopIndent}}`);
    if (nullable) lines.push(`${inner}}`);
    lines.push(`${indent}}`);
    return lines;
  }

  private emitEncoder(group: Group, out: string[]): void {
    const struct = group.struct;
    const version = group.firstVersion;
    const fn = this.encName(group);
    out.push(`/** ${struct.tsName} at ${versionsText(group.versions)}. */`);
    out.push(`function ${fn}(w: Writer, v: ${struct.tsName}): void {`);
    const tagged: FieldModel[] = [];
    for (const field of struct.fields) {
      const mode = this.layouts.mode(field, version);
      if (mode === 'absent') continue;
      if (mode === 'tagged') {
        tagged.push(field);
        continue;
      }
      const where = JSON.stringify(`${struct.tsName}.${field.name} (${versionsText(group.versions)})`);
      out.push(
        ...this.encodeValue(
          field.type,
          this.layouts.fieldFlexible(field, version),
          this.layouts.nullable(field, version),
          field.tsNullable,
          `v.${field.name}`,
          'w',
          version,
          where,
          '  ',
        ),
      );
    }
    if (this.layouts.structFlexible(version)) {
      if (tagged.length === 0) out.push('  w.uvarint(0); // no tagged fields');
      else {
        tagged.sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));
        const flags: string[] = [];
        for (const field of tagged) {
          const flag = this.fresh('t');
          flags.push(flag);
          out.push(`  const ${flag} = !(${isDefaultCond(field, `v.${field.name}`, this.needIsDefault)});`);
        }
        out.push(`  w.uvarint(${flags.map((f) => `(${f} ? 1 : 0)`).join(' + ')});`);
        tagged.forEach((field, i) => {
          const where = JSON.stringify(`${struct.tsName}.${field.name} (${versionsText(group.versions)})`);
          const sub = this.fresh('s');
          out.push(`  if (${flags[i]}) {`);
          out.push(`    w.uvarint(${field.tag});`);
          out.push(`    const ${sub} = new Writer(64);`);
          out.push(
            ...this.encodeValue(
              field.type,
              true,
              this.layouts.nullable(field, version),
              field.tsNullable,
              `v.${field.name}`,
              sub,
              version,
              where,
              '    ',
              true,
            ),
          );
          out.push(`    w.uvarint(${sub}.length);`);
          out.push(`    w.writer(${sub});`);
          out.push('  }');
        });
      }
    }
    out.push('}', '');
  }

  // ---- decoding

  private decodeValue(
    type: TypeRef,
    flexible: boolean,
    nullable: boolean,
    version: number,
    indent: string,
    tagged = false,
  ): { pre: string[]; expr: string } {
    if (type.kind === 'primitive') {
      let method: string;
      switch (type.name) {
        case 'string':
          method = flexible ? 'compactString' : 'string';
          if (nullable) method = flexible ? 'compactNullableString' : 'nullableString';
          break;
        case 'bytes':
          method = flexible ? 'compactBytes' : 'bytes';
          if (nullable) method = flexible ? 'compactNullableBytes' : 'nullableBytes';
          break;
        case 'records':
          method = flexible ? 'compactBytes' : 'bytes';
          if (nullable) method = flexible ? 'compactRecords' : 'records';
          break;
        default:
          method = type.name;
      }
      return { pre: [], expr: `r.${method}()` };
    }
    if (type.kind === 'struct') {
      const call = `${this.decName(this.layouts.group(type.struct, version))}(r)`;
      if (!nullable) return { pre: [], expr: call };
      // A nullable struct is preceded by an int8 (-1 null, 1 present), or in a tagged field by an
      // unsigned varint (0 null, 1 present).
      const marker = this.fresh('m');
      return tagged
        ? { pre: [`${indent}const ${marker} = r.uvarint();`], expr: `${marker} === 0 ? null : ${call}` }
        : { pre: [`${indent}const ${marker} = r.int8();`], expr: `${marker} < 0 ? null : ${call}` };
    }
    const element = this.decodeValue(type.element, flexible, false, version, indent);
    if (element.pre.length > 0) throw new Error('array elements that need statements are not supported');
    const count = this.fresh('n');
    const array = this.fresh('a');
    const index = this.fresh('i');
    const elementType = elementTs(type.element);
    const lengthMethod = flexible
      ? nullable
        ? 'compactNullableArrayLength'
        : 'compactArrayLength'
      : nullable
        ? 'nullableArrayLength'
        : 'arrayLength';
    const pre = [`${indent}const ${count} = r.${lengthMethod}();`];
    if (!nullable) {
      pre.push(`${indent}const ${array}: ${elementType}[] = [];`);
      pre.push(
        `${indent}for (let ${index} = 0; ${index} < ${count}; ${index}++) ${array}.push(${element.expr});`,
      );
    } else {
      const filled = this.fresh('b');
      pre.push(`${indent}let ${array}: ${elementType}[] | null = null;`);
      pre.push(`${indent}if (${count} >= 0) {`);
      pre.push(`${indent}  const ${filled}: ${elementType}[] = [];`);
      pre.push(
        `${indent}  for (let ${index} = 0; ${index} < ${count}; ${index}++) ${filled}.push(${element.expr});`,
      );
      pre.push(`${indent}  ${array} = ${filled};`);
      pre.push(`${indent}}`);
    }
    return { pre, expr: array };
  }

  private emitDecoder(group: Group, out: string[]): void {
    const struct = group.struct;
    const version = group.firstVersion;
    out.push(`/** ${struct.tsName} at ${versionsText(group.versions)}. */`);
    out.push(`function ${this.decName(group)}(r: Reader): ${struct.tsName} {`);
    const tagged: FieldModel[] = [];
    const values = new Map<FieldModel, string>();
    for (const field of struct.fields) {
      const mode = this.layouts.mode(field, version);
      if (mode === 'absent') values.set(field, defaultExpr(field));
      else if (mode === 'tagged') {
        tagged.push(field);
        values.set(field, field.local);
      } else {
        const value = this.decodeValue(
          field.type,
          this.layouts.fieldFlexible(field, version),
          this.layouts.nullable(field, version),
          version,
          '  ',
        );
        out.push(...value.pre);
        out.push(`  const ${field.local} = ${value.expr};`);
        values.set(field, field.local);
      }
    }
    if (this.layouts.structFlexible(version)) {
      if (tagged.length === 0) out.push('  r.skipTaggedFields(); // none known in this version');
      else {
        tagged.sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));
        for (const field of tagged)
          out.push(`  let ${field.local}: ${fieldTs(field)} = ${defaultExpr(field)};`);
        out.push('  for (let $count = r.uvarint(); $count > 0; $count--) {');
        out.push('    const $tag = r.uvarint();');
        out.push('    const $end = r.beginTaggedField(r.uvarint());');
        out.push('    switch ($tag) {');
        for (const field of tagged) {
          const value = this.decodeValue(
            field.type,
            true,
            this.layouts.nullable(field, version),
            version,
            '        ',
            true,
          );
          out.push(`      case ${field.tag}: {`);
          out.push(...value.pre);
          out.push(`        ${field.local} = ${value.expr};`);
          out.push('        break;');
          out.push('      }');
        }
        out.push('      default:');
        out.push('        break; // unknown tags are skipped (KIP-482)');
        out.push('    }');
        out.push('    r.endTaggedField($end);');
        out.push('  }');
      }
    }
    if (struct.fields.length === 0) out.push('  return {};');
    else {
      out.push('  return {');
      for (const field of struct.fields) {
        const value = values.get(field) ?? '';
        out.push(value === field.name ? `    ${field.name},` : `    ${field.name}: ${value},`);
      }
      out.push('  };');
    }
    out.push('}', '');
  }

  emitCodecs(out: string[]): void {
    for (const struct of this.message.structs) {
      for (const group of this.layouts.groupsOf(struct)) {
        this.checkMinimumSize(group);
        this.emitEncoder(group, out);
        this.emitDecoder(group, out);
      }
    }
    this.emitIsDefault(out);
    const root = this.message.root;
    const { lo, hi } = this.message.validVersions;
    const encoders: string[] = [];
    const decoders: string[] = [];
    for (let v = lo; v <= hi; v++) {
      const group = this.layouts.group(root, v);
      encoders.push(this.encName(group));
      decoders.push(this.decName(group));
    }
    out.push(`/** ${root.tsName} at versions ${rangeText(this.message.validVersions)}. */`);
    out.push(`export const ${camel(root.tsName)}Codec = new MessageCodec<${root.tsName}>(`);
    out.push(`  ${JSON.stringify(root.tsName)},`);
    out.push(`  ${lo},`);
    out.push(`  [${encoders.join(', ')}],`);
    out.push(`  [${decoders.join(', ')}],`);
    out.push(`  new${root.tsName},`);
    out.push(');', '');
  }

  /**
   * Array decoders bound their loops by requiring count <= remaining bytes, which is only sound when
   * every element takes at least one byte. Check that at generation time.
   */
  private checkMinimumSize(group: Group): void {
    const version = group.firstVersion;
    const hasBytes = group.struct.fields.some((f) => this.layouts.mode(f, version) === 'regular');
    if (!hasBytes && !this.layouts.structFlexible(version)) {
      const usedInArray = this.message.structs.some((s) =>
        s.fields.some(
          (f) =>
            f.type.kind === 'array' &&
            f.type.element.kind === 'struct' &&
            f.type.element.struct === group.struct,
        ),
      );
      if (usedInArray) {
        throw new Error(
          `${this.message.name}: ${group.struct.tsName} has no bytes at ${versionsText(group.versions)} but is an array element`,
        );
      }
    }
  }

  emitSchema(): string {
    const typeText = (type: TypeRef, indent: string): string => {
      if (type.kind === 'primitive') return `{ kind: 'primitive', name: '${type.name}' }`;
      if (type.kind === 'array') return `{ kind: 'array', element: ${typeText(type.element, indent)} }`;
      return `{ kind: 'struct', name: '${type.struct.tsName}', fields: ${fieldsText(type.struct.fields, `${indent}  `)} }`;
    };
    const rangeLiteral = (range: Range): string => {
      const r = intersect(range, this.message.validVersions);
      return isEmpty(r) ? 'null' : `[${r.lo}, ${r.hi}]`;
    };
    const fieldsText = (fields: readonly FieldModel[], indent: string): string => {
      if (fields.length === 0) return '[]';
      const items = fields.map((f) => {
        const parts = [
          `name: '${f.name}'`,
          `type: ${typeText(f.type, indent)}`,
          `versions: ${rangeLiteral(f.versions)}`,
          `nullableVersions: ${rangeLiteral(f.nullableVersions)}`,
          `taggedVersions: ${rangeLiteral(f.taggedVersions)}`,
          `tag: ${f.tag === null ? 'null' : f.tag}`,
          `flexibleVersions: ${f.flexibleOverride === null ? 'undefined' : rangeLiteral(f.flexibleOverride)}`,
          `nullable: ${f.tsNullable}`,
          `default: ${schemaDefault(f)}`,
        ];
        return `${indent}  { ${parts.join(', ')} },`;
      });
      return `[\n${items.join('\n')}\n${indent}]`;
    };
    const m = this.message;
    return [
      '  {',
      `    name: '${m.name}',`,
      `    kind: '${m.kind}',`,
      `    apiKey: ${m.apiKey === null ? 'null' : m.apiKey},`,
      `    validVersions: [${m.validVersions.lo}, ${m.validVersions.hi}],`,
      `    flexibleVersions: ${rangeLiteral(m.flexibleVersions)},`,
      `    codec: ${camel(m.root.tsName)}Codec as unknown as MessageCodec<unknown>,`,
      `    fields: ${fieldsText(m.root.fields, '    ')},`,
      '  },',
    ].join('\n');
  }

  layoutCount(): number {
    let count = 0;
    for (const struct of this.message.structs) count += this.layouts.groupsOf(struct).length;
    return count;
  }
}

// ---------------------------------------------------------------------------------------------
// Files

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

interface SpecSource {
  readonly commit: string | null;
  readonly relativeDir: string;
}

function header(purpose: string, specFiles: readonly string[], source: SpecSource): string {
  const commit = source.commit
    ? ` (Apache Kafka commit ${source.commit.slice(0, 12)}, Apache-2.0)`
    : ' (Apache-2.0)';
  return [
    `// ${purpose}`,
    '// GENERATED FILE, DO NOT EDIT. Made by `npm run generate` (broker/protocol/generate.ts) from',
    `// ${source.relativeDir}/{${specFiles.join(', ')}}${commit}.`,
    '// To change it, change the generator or the specs and run `npm run generate` again.',
    '',
  ].join('\n');
}

function importsFor(body: string): string[] {
  const uses = (name: string): boolean => new RegExp(`\\b${name}\\b`).test(body);
  const lines: string[] = [];
  const parts = ['EMPTY_BYTES', 'type Reader', 'Writer', 'ZERO_UUID'].filter((name) =>
    uses(name.replace('type ', '')),
  );
  if (parts.length > 0) lines.push(`import { ${parts.join(', ')} } from '../buffer.ts';`);
  const codecNames = ['MessageCodec', 'nullNotAllowed'].filter((name) =>
    new RegExp(`\\b${name}\\b`).test(body),
  );
  if (codecNames.length > 0) lines.push(`import { ${codecNames.join(', ')} } from '../codec.ts';`);
  return lines;
}

function messageBody(emitters: readonly MessageEmitter[]): string {
  const out: string[] = [];
  for (const emitter of emitters) emitter.emitTypes(out);
  for (const emitter of emitters) emitter.emitFactories(out);
  for (const emitter of emitters) emitter.emitCodecs(out);
  return out.join('\n');
}

export interface GeneratedOutput {
  /** File name (inside generated/) to contents. */
  readonly files: Map<string, string>;
  readonly messageCount: number;
  readonly layoutCount: number;
}

export function readSpecs(specsDir: string): MessageModel[] {
  if (!existsSync(specsDir)) {
    throw new Error(
      `Kafka message specs not found at ${specsDir}: clone the shared folder beside the repository or pass --specs DIR`,
    );
  }
  const files = readdirSync(specsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const text = readFileSync(join(specsDir, file), 'utf8');
    let spec: SpecMessage;
    try {
      spec = JSON.parse(stripJsonComments(text)) as SpecMessage;
    } catch (error) {
      throw new Error(`${file}: not JSON after removing comments: ${(error as Error).message}`);
    }
    return parseMessage(file, spec);
  });
}

function specCommit(specsDir: string): string | null {
  const readme = join(specsDir, '..', 'README.md');
  if (!existsSync(readme)) return null;
  return /commit\s+([0-9a-f]{40})/.exec(readFileSync(readme, 'utf8'))?.[1] ?? null;
}

/** Builds every generated file in memory (pure apart from reading the specs). */
export function generateProtocol(specsDir: string = defaultSpecsDir): GeneratedOutput {
  const messages = readSpecs(specsDir);
  const relativeDir = relative(repoRoot, specsDir).split('\\').join('/');
  const source: SpecSource = { commit: specCommit(specsDir), relativeDir };
  const files = new Map<string, string>();
  const schemaEntries: string[] = [];
  const schemaImports: string[] = [];
  let layoutCount = 0;

  const emitFile = (fileName: string, purpose: string, group: readonly MessageModel[]): void => {
    const emitters = group.map((m) => new MessageEmitter(m));
    const body = messageBody(emitters);
    files.set(
      fileName,
      `${header(
        purpose,
        group.map((m) => m.file),
        source,
      )}${importsFor(body).join('\n')}\n\n${body}`,
    );
    for (const emitter of emitters) {
      schemaEntries.push(emitter.emitSchema());
      layoutCount += emitter.layoutCount();
    }
    schemaImports.push(
      `import { ${group.map((m) => `${camel(m.name)}Codec`).join(', ')} } from './${fileName}';`,
    );
  };

  // Request/response pairs by api key.
  const apis = new Map<number, { request?: MessageModel; response?: MessageModel }>();
  for (const message of messages) {
    if (message.kind !== 'request' && message.kind !== 'response') continue;
    if (message.apiKey === null) throw new Error(`${message.file}: request/response without apiKey`);
    const entry = apis.get(message.apiKey) ?? {};
    if (entry[message.kind])
      throw new Error(`${message.file}: api key ${message.apiKey} has two ${message.kind}s`);
    entry[message.kind] = message;
    apis.set(message.apiKey, entry);
  }
  const apiRows: {
    key: number;
    name: string;
    file: string;
    request: MessageModel;
    response: MessageModel;
  }[] = [];
  for (const [key, entry] of [...apis.entries()].sort((a, b) => a[0] - b[0])) {
    const { request, response } = entry;
    if (!request || !response) throw new Error(`api key ${key} lacks a request or a response spec`);
    const name = request.name.replace(/Request$/, '');
    if (response.name !== `${name}Response`)
      throw new Error(`api key ${key}: ${request.name} vs ${response.name}`);
    if (
      request.validVersions.lo !== response.validVersions.lo ||
      request.validVersions.hi !== response.validVersions.hi
    ) {
      throw new Error(`api key ${key}: request and response valid versions differ`);
    }
    const fileName = `${kebab(name)}.ts`;
    emitFile(fileName, `Kafka ${name} API (key ${key}): request and response types and codecs.`, [
      request,
      response,
    ]);
    apiRows.push({ key, name, file: fileName, request, response });
  }
  for (const message of messages) {
    if (message.kind === 'header') {
      emitFile(
        `${kebab(message.name)}.ts`,
        `Kafka ${message.name}: type and codec for each header version.`,
        [message],
      );
    }
  }
  for (const message of messages) {
    if (message.kind === 'data') {
      emitFile(
        `${kebab(message.name)}.ts`,
        `Kafka ${message.name} (embedded data, not a request): type and codec.`,
        [message],
      );
    }
  }

  files.set('api-table.ts', apiTableFile(apiRows, source));
  files.set(
    'schema.ts',
    [
      header(
        'Kafka message specs as data, for tests and tooling (generated codecs never read it).',
        ['*.json'],
        source,
      ),
      "import type { MessageCodec } from '../codec.ts';",
      ...schemaImports,
      '',
      'export type SchemaType =',
      "  | { readonly kind: 'primitive'; readonly name: string }",
      "  | { readonly kind: 'array'; readonly element: SchemaType }",
      "  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly SchemaField[] };",
      '',
      '/** Version ranges are [lowest, highest] inclusive and clipped to the valid versions; null when empty. */',
      'export interface SchemaField {',
      '  readonly name: string;',
      '  readonly type: SchemaType;',
      '  readonly versions: readonly [number, number] | null;',
      '  readonly nullableVersions: readonly [number, number] | null;',
      '  readonly taggedVersions: readonly [number, number] | null;',
      '  readonly tag: number | null;',
      '  /** Field-level override of the message flexible versions (undefined when there is none). */',
      '  readonly flexibleVersions: readonly [number, number] | null | undefined;',
      '  /** The TypeScript type admits null. */',
      '  readonly nullable: boolean;',
      '  /** The spec default; undefined for a struct whose default is itself with every field at its default. */',
      '  readonly default: unknown;',
      '}',
      '',
      'export interface SchemaMessage {',
      '  readonly name: string;',
      "  readonly kind: 'request' | 'response' | 'header' | 'data';",
      '  readonly apiKey: number | null;',
      '  readonly validVersions: readonly [number, number];',
      '  readonly flexibleVersions: readonly [number, number] | null;',
      '  readonly codec: MessageCodec<unknown>;',
      '  readonly fields: readonly SchemaField[];',
      '}',
      '',
      'export const messageSchemas: readonly SchemaMessage[] = [',
      ...schemaEntries,
      '];',
      '',
    ].join('\n'),
  );
  const exported = [...files.keys()].filter((f) => f !== 'schema.ts').sort();
  files.set(
    'index.ts',
    [
      header(
        'Entry point of the generated codec: every message type, codec and the API table.',
        ['*.json'],
        source,
      ),
      ...exported.map((f) => `export * from './${f}';`),
      '',
    ].join('\n'),
  );
  return { files, messageCount: messages.length, layoutCount };
}

function apiTableFile(
  rows: readonly { key: number; name: string; file: string; request: MessageModel; response: MessageModel }[],
  source: SpecSource,
): string {
  const out: string[] = [
    header(
      'Kafka API table: api keys, versions, header rules and codecs of every request/response pair.',
      ['*Request.json', '*Response.json'],
      source,
    ),
    "import { ApiDefinition } from '../codec.ts';",
  ];
  for (const row of rows) {
    out.push(
      `import { type ${row.request.name}, ${camel(row.request.name)}Codec, type ${row.response.name}, ${camel(row.response.name)}Codec } from './${row.file}';`,
    );
  }
  out.push('', '/** Api keys by name: `ApiKey.Produce === 0`. */', 'export const ApiKey = {');
  for (const row of rows) out.push(`  ${row.name}: ${row.key},`);
  out.push('} as const;', '', 'export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];', '');
  out.push('/** Request body type by api key. */', 'export interface RequestBodies {');
  for (const row of rows) out.push(`  ${row.key}: ${row.request.name};`);
  out.push('}', '', '/** Response body type by api key. */', 'export interface ResponseBodies {');
  for (const row of rows) out.push(`  ${row.key}: ${row.response.name};`);
  out.push('}', '');
  out.push(
    'export type ApiTable = { readonly [K in ApiKey]: ApiDefinition<RequestBodies[K], ResponseBodies[K]> };',
    '',
    '/** Any one API definition (a union over all api keys). */',
    'export type AnyApiDefinition = ApiTable[ApiKey];',
    '',
    '/** Every API by api key. */',
    'export const apiTable: ApiTable = {',
  );
  for (const row of rows) {
    const { request } = row;
    const flexible = intersect(request.flexibleVersions, request.validVersions);
    const deprecated = request.deprecatedVersions
      ? intersect(request.deprecatedVersions, request.validVersions)
      : null;
    out.push(`  ${row.key}: new ApiDefinition({`);
    out.push(`    apiKey: ${row.key},`);
    out.push(`    name: '${row.name}',`);
    out.push(`    minVersion: ${request.validVersions.lo},`);
    out.push(`    maxVersion: ${request.validVersions.hi},`);
    out.push(`    firstFlexibleVersion: ${isEmpty(flexible) ? 'null' : flexible.lo},`);
    out.push(
      `    deprecatedVersions: ${deprecated === null || isEmpty(deprecated) ? 'null' : `[${deprecated.lo}, ${deprecated.hi}]`},`,
    );
    out.push(`    latestVersionUnstable: ${request.latestVersionUnstable},`);
    out.push(`    listeners: [${request.listeners.map((l) => `'${l}'`).join(', ')}],`);
    // The two exceptions Kafka's ApiMessageTypeGenerator hard-codes:
    if (row.name === 'ControlledShutdown') {
      out.push('    // ControlledShutdown v0 predates the client id: its request header is v0.');
      out.push('    requestHeaderV0MaxVersion: 0,');
    } else out.push('    requestHeaderV0MaxVersion: -1,');
    if (row.name === 'ApiVersions') {
      out.push('    // ApiVersionsResponse always has a v0 header so that any client can read it (KIP-511).');
      out.push('    responseHeaderAlwaysV0: true,');
    } else out.push('    responseHeaderAlwaysV0: false,');
    out.push(`    request: ${camel(row.request.name)}Codec,`);
    out.push(`    response: ${camel(row.response.name)}Codec,`);
    out.push('  }),');
  }
  out.push('};', '');
  out.push(
    '/** Every API in api key order (for ApiVersions responses and tests). */',
    'export const apiList: readonly AnyApiDefinition[] = Object.values(apiTable);',
    '',
    'export function isApiKey(apiKey: number): apiKey is ApiKey {',
    '  return Object.hasOwn(apiTable, apiKey);',
    '}',
    '',
    '/** The API for a key read off the wire, or undefined when the key is unknown. */',
    'export function apiByKey(apiKey: number): AnyApiDefinition | undefined {',
    '  return isApiKey(apiKey) ? apiTable[apiKey] : undefined;',
    '}',
    '',
  );
  return out.join('\n');
}

/** Writes the generated files into `outDir`, removing stale generated files; returns the names written. */
export function writeGenerated(specsDir: string, outDir: string): GeneratedOutput {
  const output = generateProtocol(specsDir);
  mkdirSync(outDir, { recursive: true });
  for (const existing of readdirSync(outDir)) {
    if (existing.endsWith('.ts') && !output.files.has(existing)) rmSync(join(outDir, existing));
  }
  for (const [name, text] of output.files) writeFileSync(join(outDir, name), text);
  return output;
}

function main(argv: readonly string[]): void {
  let specsDir = defaultSpecsDir;
  let outDir = defaultOutDir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--specs' && argv[i + 1]) specsDir = resolve(argv[++i]);
    else if (arg === '--out' && argv[i + 1]) outDir = resolve(argv[++i]);
    else throw new Error(`unknown argument ${arg}: usage: generate.ts [--specs DIR] [--out DIR]`);
  }
  const output = writeGenerated(specsDir, outDir);
  process.stdout.write(
    `generated ${output.files.size} files from ${output.messageCount} specs (${output.layoutCount} distinct layouts) into ${relative(process.cwd(), outDir) || '.'}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
