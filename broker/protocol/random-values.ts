// Seeded random values of any generated message at any version, built from generated/schema.ts (for tests).
import type { SchemaField, SchemaMessage, SchemaType } from './generated/schema.ts';

/** mulberry32: a tiny deterministic PRNG, so a failing seed reproduces exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomValueOptions {
  /** How often a tagged field gets a random value instead of its default (0: never written). */
  readonly taggedChance: number;
  /** How often a field that is nullable in this version is null. */
  readonly nullChance: number;
  /** Largest random array length. */
  readonly maxArrayLength: number;
}

type Range = readonly [number, number] | null | undefined;

function inRange(range: Range, version: number): boolean {
  return range !== null && range !== undefined && version >= range[0] && version <= range[1];
}

const textPieces = ['a', 'topic', '-', '_', '.', '7', 'é', 'Ω', '日本', '🦀', ' ', 'Z'];

class Generator {
  private readonly next: () => number;
  private readonly options: RandomValueOptions;

  constructor(seed: number, options: RandomValueOptions) {
    this.next = seededRandom(seed);
    this.options = options;
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  private pick<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)];
  }

  private bytes(maxLength: number): Buffer {
    const out = Buffer.alloc(this.int(0, maxLength));
    for (let i = 0; i < out.length; i++) out[i] = this.int(0, 255);
    return out;
  }

  private primitive(name: string): unknown {
    const edge = this.next() < 0.2;
    switch (name) {
      case 'bool':
        return this.next() < 0.5;
      case 'int8':
        return edge ? this.pick([-128, 127, -1, 0]) : this.int(-128, 127);
      case 'int16':
        return edge ? this.pick([-32768, 32767, -1, 0]) : this.int(-32768, 32767);
      case 'int32':
        return edge ? this.pick([-2147483648, 2147483647, -1, 0]) : this.int(-2147483648, 2147483647);
      case 'uint16':
        return edge ? this.pick([0, 65535]) : this.int(0, 65535);
      case 'uint32':
        return edge ? this.pick([0, 4294967295]) : this.int(0, 4294967295);
      case 'int64':
        if (edge) return this.pick([-(2n ** 63n), 2n ** 63n - 1n, -1n, 0n]);
        return BigInt.asIntN(64, (BigInt(this.int(0, 0xffffffff)) << 32n) | BigInt(this.int(0, 0xffffffff)));
      case 'float64':
        return edge ? this.pick([0, 1.5, -1e300, Number.MAX_VALUE]) : (this.next() - 0.5) * 1e6;
      case 'string': {
        let text = '';
        const pieces = this.int(0, 6);
        for (let i = 0; i < pieces; i++) text += this.pick(textPieces);
        return text;
      }
      case 'uuid': {
        const raw = Buffer.alloc(16);
        for (let i = 0; i < 16; i++) raw[i] = this.int(0, 255);
        const h = raw.toString('hex');
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
      }
      case 'bytes':
      case 'records':
        return this.bytes(24);
      default:
        throw new Error(`no random values for primitive ${name}`);
    }
  }

  private ofType(type: SchemaType, version: number): unknown {
    if (type.kind === 'primitive') return this.primitive(type.name);
    if (type.kind === 'struct') return this.struct(type.fields, version);
    const length = this.int(0, this.options.maxArrayLength);
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) out.push(this.ofType(type.element, version));
    return out;
  }

  field(field: SchemaField, version: number): unknown {
    if (!inRange(field.versions, version)) return defaultOf(field);
    if (inRange(field.taggedVersions, version) && this.next() >= this.options.taggedChance)
      return defaultOf(field);
    if (inRange(field.nullableVersions, version) && this.next() < this.options.nullChance) return null;
    return this.ofType(field.type, version);
  }

  struct(fields: readonly SchemaField[], version: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of fields) out[field.name] = this.field(field, version);
    return out;
  }
}

/** The value a decoder fills in for a field its version does not carry. */
export function defaultOf(field: SchemaField): unknown {
  if (field.type.kind === 'struct' && field.default === undefined) return defaultStruct(field.type.fields);
  if (Array.isArray(field.default)) return [];
  if (Buffer.isBuffer(field.default)) return Buffer.alloc(0);
  return field.default;
}

export function defaultStruct(fields: readonly SchemaField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field.name] = defaultOf(field);
  return out;
}

/** A random value of `message` at `version`: fields absent from the version hold their defaults. */
export function randomMessage(
  message: SchemaMessage,
  version: number,
  seed: number,
  options: RandomValueOptions,
): Record<string, unknown> {
  return new Generator(seed, options).struct(message.fields, version);
}
