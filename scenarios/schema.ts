// The zod schema of a suite file as written: unit strings become numbers; defaults are merged later.
import { z } from 'zod';
import { parseDuration_ms, parseRate, parseSize_bytes, type Rate } from '../common/units.ts';
import { didYouMean } from './suggest.ts';
import {
  type AssertionId,
  assertionIds,
  type BrokerSelector,
  compressions,
  type ExperimentEncoding,
  mutations,
  type NetworkFault,
  type ObjectStoreFault,
  objectStoreOperations,
  type RateProfile,
  type SizeDistribution,
  type Target,
  taskKinds,
} from './suite.ts';

// ---------------------------------------------------------------------------------------------
// Building blocks

/**
 * An object that rejects unknown keys. The message holds one line per unknown key, in the order
 * of the issue's `keys`, so that the loader can point at each key's own line.
 */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => `unknown key "${key}"${didYouMean(key, known)}`).join('\n')
        : undefined,
  });
}

/** Defaults in input form, keyed by schema, for the JSON Schema (zod's own `default` needs output form). */
const inputDefaults = new WeakMap<object, unknown>();

/** Makes a field optional with a default given in the input form, which editors then show. */
function orDefault<T extends z.ZodType>(schema: T, input: z.input<T>, description?: string) {
  const value = schema.parse(input) as z.output<T>;
  const optional = schema.optional().transform((given): z.output<T> => (given === undefined ? value : given));
  const described = description === undefined ? optional : optional.describe(description);
  inputDefaults.set(described, input);
  return described;
}

/** Runs one of common/units.ts's parsers, turning its exception into a zod issue. */
function parsedBy<T>(parse: (text: string | number) => T) {
  return (value: string | number, ctx: z.core.$RefinementCtx<string | number>): T => {
    try {
      return parse(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message, input: value });
      return z.NEVER;
    }
  };
}

/**
 * A mapping with exactly one key out of several (the YAML idiom for a choice, `{ random: {...} }`).
 * The issue is marked so that the loader can drop it when the mapping also has an unknown key
 * (a misspelt choice), which says more.
 */
function exactlyOneKey(what: string, keys: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>): void => {
    const present = Object.keys(value).filter((key) => value[key] !== undefined);
    if (present.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { choice: true },
        message:
          present.length === 0
            ? `${what} needs one of: ${keys.join(', ')}`
            : `${what} takes one of ${keys.join(', ')}, got ${present.join(' and ')}: keep one`,
      });
    }
  };
}

/**
 * `unknown kind "x" (did you mean "y"?)`, or what is expected when nothing is close: `expected`,
 * or else the list of words.
 */
function unknownWord(what: string, word: string, values: readonly string[], expected?: string): string {
  const suggestion = didYouMean(word, values);
  return `unknown ${what} "${word}"${suggestion || `; expected ${expected ?? `one of: ${values.join(', ')}`}`}`;
}

/** JSON Schema for a one-key choice mapping (zod's check is exactlyOneKey). */
const oneKey = { minProperties: 1, maxProperties: 1 };

/**
 * A closed set of words, with a did-you-mean for typos. `expected` describes every accepted form
 * when the words are only some of them (`experiment` or `{ random: ... }`).
 */
function words<const T extends readonly [string, ...string[]]>(values: T, what: string, expected?: string) {
  return z.enum(values, {
    error: (issue) =>
      typeof issue.input === 'string'
        ? unknownWord(what, issue.input, values, expected)
        : `expected ${expected ?? `a ${what}: one of ${values.join(', ')}`}`,
  });
}

const durationPattern = '^\\s*(0|([0-9]+(\\.[0-9]+)?\\s*(ms|s|min|m|h|d))+)\\s*$';
const sizePattern = '^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgGtT]i?[bB]|[bB])?\\s*$';
const ratePattern = '^\\s*(max|[0-9]+(\\.[0-9]+)?\\s*([a-zA-Z]*)\\s*(/\\s*s)?)\\s*$';
const percentPattern = '^\\s*[0-9]+(\\.[0-9]+)?\\s*%\\s*$';

function unitlessDurationMessage(input: unknown): string {
  return `duration ${JSON.stringify(input)} has no unit: write e.g. ${input}s or ${input}ms`;
}

/**
 * `500ms`, `30s`, `5m`, `1h30m`. A bare number other than 0 is refused: in a scenario file
 * `duration: 30` is far more likely to mean seconds than the milliseconds common/units.ts reads.
 */
const duration = z
  .union([z.string().meta({ pattern: durationPattern }), z.number().meta({ const: 0 })], {
    error: 'expected a duration such as 500ms, 30s, 5m or 1h30m',
  })
  .transform((value, ctx) => {
    const unitless = typeof value === 'number' || /^\s*[0-9.]+\s*$/.test(value);
    if (unitless && Number(value) !== 0) {
      ctx.addIssue({
        code: 'custom',
        message: unitlessDurationMessage(typeof value === 'number' ? value : value.trim()),
        input: value,
      });
      return z.NEVER;
    }
    return parsedBy(parseDuration_ms)(value, ctx);
  })
  .meta({ id: 'Duration', description: 'A duration such as 500ms, 30s, 5m or 1h30m.' });

const durationOrOffMessage = 'expected a duration such as 30s, or false to turn this off';

/** A duration, or `false` to turn an assertion off. */
const durationOrOff = z.union([duration, z.literal(false, { error: durationOrOffMessage })], {
  error: durationOrOffMessage,
});

/** A duration, or `never`. */
const durationOrNever = z
  .union([words(['never'], 'value'), duration], {
    error: () => 'expected a duration such as 10s, or never',
  })
  // null, not undefined: orDefault() would take undefined for a missing value.
  .transform((value) => (value === 'never' ? null : value));

/** `512` (bytes), `1KiB`, `200MiB`, `1.5GB`. */
const size = z
  .union([z.string().meta({ pattern: sizePattern }), z.int().min(0)], {
    error: 'expected a size such as 512, 64KiB, 200MiB or 1.5GB',
  })
  .transform(parsedBy(parseSize_bytes))
  .meta({ id: 'Size', description: 'A size: a number of bytes, or 64KiB, 200MiB, 1.5GB.' });

/** `5000` or `5000/s` (records/s), `10MiB/s` (bytes/s), or `max`. */
const rateOrMax = z
  .union([z.string().meta({ pattern: ratePattern }), z.number().positive()], {
    error: 'expected a rate such as 5000, 5000/s (records/s), 10MiB/s (bytes/s) or max',
  })
  .transform((value, ctx): Rate | { kind: 'max' } =>
    value === 'max' ? { kind: 'max' } : parsedBy(parseRate)(value, ctx),
  )
  .meta({
    id: 'Rate',
    description: 'Records per second (5000 or 5000/s), bytes per second (10MiB/s), or max.',
  });

/** Bytes per second only (bandwidth limits). */
const bytesRate = z
  .string({ error: 'expected a bandwidth such as 1MiB/s' })
  .meta({ pattern: ratePattern })
  .transform((value, ctx) => {
    const rate = parsedBy(parseRate)(value, ctx);
    if (rate.kind !== 'bytes') {
      ctx.addIssue({ code: 'custom', message: `expected bytes per second such as 1MiB/s, got "${value}"` });
      return z.NEVER;
    }
    return rate.perSecond;
  });

/** `5%` as 0.05. */
function percent(bounds: { readonly max?: number; readonly above0?: boolean } = {}) {
  return z
    .string({ error: 'expected a percentage such as 5%' })
    .meta({ pattern: percentPattern })
    .transform((text, ctx) => {
      const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*$/.exec(text);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a percentage such as 5%, got "${text}"`,
          input: text,
        });
        return z.NEVER;
      }
      const value = Number(match[1]);
      if (bounds.max !== undefined && value > bounds.max) {
        ctx.addIssue({
          code: 'custom',
          message: `${text} is above the limit of ${bounds.max}%`,
          input: text,
        });
        return z.NEVER;
      }
      if (bounds.above0 && value === 0) {
        ctx.addIssue({ code: 'custom', message: 'must be above 0%', input: text });
        return z.NEVER;
      }
      return value / 100;
    });
}

const positiveCount = (max: number) => z.int().min(1).max(max);
const brokerId = z.int().min(0).max(1023);
const partitionId = z.int().min(0).max(99_999);

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const name = z.string().regex(namePattern, {
  error: 'a name is 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
});

const topicName = z.string().regex(/^(?!\.{1,2}$)[A-Za-z0-9._-]{1,249}$/, {
  error: 'a Kafka topic name is 1-249 letters, digits, ".", "_" or "-" (and not "." or "..")',
});

// ---------------------------------------------------------------------------------------------
// Target, workers, soak

const hostPort = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+):([0-9]{1,5})$/;

const bootstrap = z
  .union([z.string(), z.array(z.string()).min(1)], {
    error: 'expected host:port[,host:port...] or a list of host:port',
  })
  .transform((value, ctx) => {
    const entries = (Array.isArray(value) ? value : value.split(','))
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'bootstrap is empty', input: value });
    for (const entry of entries) {
      const match = hostPort.exec(entry);
      const port = match ? Number(match[2]) : 0;
      if (!match || port < 1 || port > 65_535) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not host:port`, input: value });
      }
    }
    return entries;
  });

const embeddedTarget = strict({
  brokers: positiveCount(32).default(3).describe('Broker processes to start (ids 0..brokers-1).'),
  storage: words(['fs', 'memory'], 'storage')
    .default('fs')
    .describe('Object store: fs (a temporary directory) or memory (one broker, no restarts).'),
});

/** `target: embedded`, and the target of a suite without one. */
export const defaultTarget: Target = { kind: 'embedded', ...embeddedTarget.parse({}) };

const targetObject = strict({
  embedded: embeddedTarget.optional(),
  external: strict({ bootstrap }).optional(),
})
  .meta(oneKey)
  .superRefine(exactlyOneKey('target', ['embedded', 'external']))
  .transform(
    (value): Target =>
      value.external
        ? { kind: 'external', bootstrap: value.external.bootstrap }
        : { kind: 'embedded', brokers: value.embedded!.brokers, storage: value.embedded!.storage },
  );

const targetForms = 'embedded, { embedded: {...} } or { external: { bootstrap: host:port } }';
const target = z
  .union([words(['embedded'], 'target', targetForms), targetObject], { error: `expected ${targetForms}` })
  .transform((value): Target => (value === 'embedded' ? defaultTarget : value))
  .meta({
    id: 'Target',
    description: 'The cluster under test. `longhaul run --bootstrap` replaces it with an external one.',
  });

const soak = strict({
  interval: orDefault(duration, '10s', 'Pause between two iterations.'),
  stopAfter: strict({
    duration: duration.optional(),
    iterations: positiveCount(1_000_000_000).optional(),
    failedIterations: positiveCount(1_000_000).optional(),
  })
    .optional()
    .describe('Stop conditions; without any, a soak runs until SIGTERM.'),
}).meta({ id: 'Soak', description: 'How `longhaul soak` repeats the suite.' });

// ---------------------------------------------------------------------------------------------
// Rate profile and payload

const rampProfile = strict({
  from: orDefault(percent(), '10%'),
  to: orDefault(percent(), '100%'),
  over: duration.optional().describe('Length of the ramp; default: the whole workload.'),
});
const stepProfile = strict({ levels: z.array(percent()).min(1).max(1000), every: duration });
const spikeProfile = strict({ to: percent(), every: duration, for: duration });

/** Parsed profile; a ramp's `over_ms` is undefined until the task's duration is known. */
export type ProfileSpec =
  | Exclude<RateProfile, { kind: 'ramp' }>
  | {
      readonly kind: 'ramp';
      readonly from_fraction: number;
      readonly to_fraction: number;
      readonly over_ms: number | undefined;
    };

const profileObject = strict({
  ramp: rampProfile.optional(),
  step: stepProfile.optional(),
  spike: spikeProfile.optional(),
})
  .meta(oneKey)
  .superRefine(exactlyOneKey('profile', ['ramp', 'step', 'spike']))
  .transform((value): ProfileSpec => {
    if (value.ramp)
      return {
        kind: 'ramp',
        from_fraction: value.ramp.from,
        to_fraction: value.ramp.to,
        over_ms: value.ramp.over,
      };
    if (value.step) return { kind: 'step', levels_fraction: value.step.levels, every_ms: value.step.every };
    const spike = value.spike!;
    return { kind: 'spike', to_fraction: spike.to, every_ms: spike.every, for_ms: spike.for };
  });

const profileForms = 'constant, { ramp: {...} }, { step: {...} } or { spike: {...} }';
const profile = z
  .union([words(['constant'], 'profile', profileForms), profileObject], { error: `expected ${profileForms}` })
  .transform((value): ProfileSpec => (value === 'constant' ? { kind: 'constant' } : value))
  .meta({ id: 'RateProfile', description: 'How the rate changes over the workload, relative to `rate`.' });

const encodings = ['container', 'binary', 'confluent'] as const satisfies readonly ExperimentEncoding[];

const experimentFields = {
  timeScale: z
    .number()
    .positive()
    .max(10_000)
    .default(1)
    .describe('Speed-up: 10 plays the load file 10x faster.'),
  rateMultiplier: positiveCount(10_000)
    .default(1)
    .describe('Copies of each experiment, each with its own id.'),
  encoding: words(encodings, 'encoding').default('container'),
};

const experimentPayload = strict({
  load: z.string().min(1).optional().describe('Load file (JSON), relative to the suite file.'),
  ...experimentFields,
});

/** Largest record value (worker/payloads/sizes.ts has the same bound; Kafka's default limit is ~1 MiB). */
const maxPayload_bytes = 64 * 1024 * 1024;

const sizeForms =
  'a size such as 1KiB, { min: 100B, max: 10KiB } or { histogram: [{ size: 100B, weight: 9 }, ...] }';

const sizeDistribution = z
  .union(
    [
      size,
      strict({ min: size, max: size }),
      strict({
        histogram: z
          .array(strict({ size, weight: z.number().positive() }))
          .min(1)
          .max(1000),
      }),
    ],
    { error: `expected ${sizeForms}` },
  )
  .transform((value, ctx): SizeDistribution => {
    const distribution: SizeDistribution =
      typeof value === 'number'
        ? { kind: 'fixed', size_bytes: value }
        : 'min' in value
          ? { kind: 'uniform', min_bytes: value.min, max_bytes: value.max }
          : {
              kind: 'histogram',
              buckets: value.histogram.map((bucket) => ({ size_bytes: bucket.size, weight: bucket.weight })),
            };
    if (distribution.kind === 'uniform' && distribution.min_bytes > distribution.max_bytes) {
      ctx.addIssue({ code: 'custom', message: 'min is above max', input: value });
    }
    const largest_bytes =
      distribution.kind === 'fixed'
        ? distribution.size_bytes
        : distribution.kind === 'uniform'
          ? distribution.max_bytes
          : Math.max(...distribution.buckets.map((bucket) => bucket.size_bytes));
    if (largest_bytes > maxPayload_bytes) {
      ctx.addIssue({ code: 'custom', message: 'a record value is at most 64MiB', input: value });
    }
    return distribution;
  })
  .meta({ id: 'SizeDistribution', description: `Record value sizes: ${sizeForms}.` });

/** Parsed payload; the load file is still a path as written, read by the resolver. */
export type PayloadSpec =
  | {
      readonly kind: 'experiment';
      readonly load: string | undefined;
      readonly timeScale: number;
      readonly rateMultiplier: number;
      readonly encoding: ExperimentEncoding;
    }
  | { readonly kind: 'random'; readonly size: SizeDistribution }
  | { readonly kind: 'fixed'; readonly size: SizeDistribution; readonly pattern: string };

const payloadObject = strict({
  experiment: experimentPayload.optional().describe('Avro experiment events (the default payload).'),
  random: strict({ size: sizeDistribution }).optional().describe('Random bytes: incompressible.'),
  fixed: strict({
    size: sizeDistribution,
    pattern: z.string().min(1).max(1024).default('longhaul ').describe('Text repeated to fill each value.'),
  })
    .optional()
    .describe('A repeated pattern: compresses very well.'),
})
  .meta(oneKey)
  .superRefine(exactlyOneKey('payload', ['experiment', 'random', 'fixed']))
  .transform((value): PayloadSpec => {
    if (value.experiment) return { kind: 'experiment', ...value.experiment, load: value.experiment.load };
    if (value.random) return { kind: 'random', size: value.random.size };
    return { kind: 'fixed', size: value.fixed!.size, pattern: value.fixed!.pattern };
  });

export const defaultExperimentPayload: Extract<PayloadSpec, { kind: 'experiment' }> = {
  kind: 'experiment',
  load: undefined,
  timeScale: 1,
  rateMultiplier: 1,
  encoding: 'container',
};

const payloadForms = 'experiment, { experiment: {...} }, { random: {...} } or { fixed: {...} }';
const payload = z
  .union([words(['experiment'], 'payload', payloadForms), payloadObject], {
    error: `expected ${payloadForms}`,
  })
  .transform((value): PayloadSpec => (value === 'experiment' ? defaultExperimentPayload : value))
  .meta({ id: 'Payload', description: 'What the producers write.' });

// ---------------------------------------------------------------------------------------------
// Assertions and expectations

const latencyLimits = z
  .union(
    [
      z.literal(false, { error: 'expected { p50, p90, p99, p999, max } as durations, or false' }),
      strict({
        p50: durationOrOff.optional(),
        p90: durationOrOff.optional(),
        p99: durationOrOff.optional(),
        p999: durationOrOff.optional(),
        max: durationOrOff.optional(),
      }),
    ],
    { error: 'expected { p50, p90, p99, p999, max } as durations, or false' },
  )
  .meta({ id: 'LatencyLimits', description: 'Upper bounds per percentile; false removes one.' });

const assertions = strict({
  continuity: z
    .union(
      [
        z.boolean(),
        strict({
          lost: z.boolean().optional(),
          duplicated: z.boolean().optional(),
          reordered: z.boolean().optional(),
          inconsistent: z.boolean().optional(),
        }),
      ],
      { error: 'expected true, false or { lost, duplicated, reordered, inconsistent } as booleans' },
    )
    .optional()
    .describe('On by default; duplicated and reordered only with idempotent producers.'),
  produceLatency: latencyLimits.optional(),
  endToEndLatency: latencyLimits.optional(),
  throughput: z
    .union(
      [z.boolean(), strict({ tolerance: percent({ max: 99 }).optional(), window: duration.optional() })],
      {
        error: 'expected { tolerance: 10%, window: 10s }, true or false',
      },
    )
    .optional()
    .describe('Produced rate per window within tolerance of the target. Default 10% per 10s.'),
  stall: durationOrOff.optional().describe('Longest a written partition may go unconsumed. Default 30s.'),
  recovery: durationOrOff.optional().describe('Longest recovery per fault (fault kinds). Default 30s.'),
  balance: z
    .union([z.boolean(), strict({ maxSkew: percent().optional() })], {
      error: 'expected { maxSkew: 50% }, true or false',
    })
    .optional()
    .describe('Leaders spread over brokers at the end of the workload. Off by default.'),
  lifecycle: z
    .boolean()
    .optional()
    .describe('Experiment events in lifecycle order. Default: experiment-replay.'),
}).meta({
  id: 'Assertions',
  description: 'What the checkers assert; merged key by key over defaults.assert.',
});

const assertionId = words(assertionIds, 'assertion id');

/** Parsed expectation. */
export type ExpectationSpec =
  | { readonly verdict: 'pass' }
  | { readonly verdict: 'fail'; readonly failing: AssertionId[] };

const expectation = z
  .union(
    [
      words(['pass'], 'expectation', 'pass or { fail: [assertion ids] }'),
      strict({ fail: z.array(assertionId).min(1) }),
    ],
    {
      error: 'expected pass or { fail: [assertion ids] }',
    },
  )
  .transform(
    (value): ExpectationSpec =>
      value === 'pass' ? { verdict: 'pass' } : { verdict: 'fail', failing: value.fail },
  )
  .meta({ id: 'Expectation', description: 'pass, or { fail: [ids] }: exactly these assertions must fail.' });

// ---------------------------------------------------------------------------------------------
// Tasks

const acks = z
  .union([words(['all'], 'acks', 'all, 1 or 0'), z.literal(-1), z.literal(0), z.literal(1)], {
    error: 'expected acks all, 1 or 0',
  })
  .transform((value): -1 | 0 | 1 => (value === 'all' ? -1 : value));

const timeouts = strict({
  prepare: duration.optional(),
  warmup: duration.optional(),
  workload: duration.optional(),
  cleanup: duration.optional(),
}).meta({ id: 'Timeouts', description: 'Per-phase limits; merged key by key over defaults.timeouts.' });

/** Fields a task may set and `defaults` may set for every task. */
const loadShape = {
  partitions: positiveCount(10_000).optional(),
  replicationFactor: positiveCount(32).optional(),
  producers: positiveCount(1000).optional(),
  consumers: positiveCount(1000).optional(),
  rate: rateOrMax.optional(),
  profile: profile.optional(),
  payload: payload.optional(),
};
const producerShape = {
  acks: acks.optional(),
  idempotent: z.boolean().optional(),
  compression: words(compressions, 'compression').optional(),
};
const phaseShape = {
  warmup: duration.optional(),
  duration: duration.optional(),
  timeouts: timeouts.optional(),
  retries: z.int().min(0).max(100).optional(),
  assert: assertions.optional(),
};

const defaults = strict({ ...loadShape, ...producerShape, ...phaseShape }).meta({
  id: 'Defaults',
  description: 'Values for every task that does not set them.',
});

const identityShape = {
  name: name.describe('Unique in the suite; names the topic, report entries and metrics.'),
  description: z.string().optional(),
  topic: topicName.optional().describe('Default: longhaul-<suite>-<task>.'),
  expect: expectation.optional(),
};

function taskKind<const K extends string, S extends z.core.$ZodLooseShape>(
  kind: K,
  description: string,
  shape: S,
) {
  return strict({
    kind: z.literal(kind),
    ...identityShape,
    ...loadShape,
    ...producerShape,
    ...phaseShape,
    ...shape,
  }).meta({
    id: `Task:${kind}`,
    description,
  });
}

const brokerSelector = z
  .union(
    [
      words(
        ['leader-of-busiest-partition', 'controller', 'random', 'all'],
        'broker selector',
        'leader-of-busiest-partition, controller, random, all, a broker id or a list of ids',
      ),
      brokerId,
      z.array(brokerId).min(1),
    ],
    { error: 'expected leader-of-busiest-partition, controller, random, all, a broker id or a list of ids' },
  )
  .transform(
    (value): BrokerSelector =>
      typeof value === 'number'
        ? { kind: 'ids', ids: [value] }
        : Array.isArray(value)
          ? { kind: 'ids', ids: value }
          : { kind: value },
  )
  .meta({ id: 'BrokerSelector', description: 'Which broker(s) a fault hits, chosen when it is injected.' });

const at = duration
  .optional()
  .describe('When the fault starts, into the workload phase. Default: duration / 4.');

const backlog = z
  .union([z.string(), z.int().min(1)], {
    error: 'expected a backlog size such as 200MiB, or a number of records',
  })
  .transform((value, ctx) => {
    if (typeof value === 'number') return { kind: 'records' as const, count: value };
    const records = /^\s*([0-9]+)\s*records?\s*$/.exec(value);
    if (records) return { kind: 'records' as const, count: Number(records[1]) };
    if (/^\s*[0-9.]+\s*$/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `backlog "${value}" has no unit: write e.g. ${value.trim()}MiB, or a plain number for records`,
      });
      return z.NEVER;
    }
    return { kind: 'bytes' as const, size_bytes: parsedBy(parseSize_bytes)(value, ctx) };
  });

const networkFaultObject = strict({
  delay: z
    .union([duration, strict({ latency: duration, jitter: orDefault(duration, '0s') })], {
      error: 'expected a delay such as 200ms, or { latency: 200ms, jitter: 50ms }',
    })
    .optional()
    .describe('Added latency per forwarded chunk, with optional jitter.'),
  loss: percent({ max: 100, above0: true })
    .optional()
    .describe('Share of forwarded chunks that stall as a lost TCP segment would (200ms, doubling in a row).'),
  reset: strict({ every: duration.optional() })
    .optional()
    .describe('Reset every connection at the start, then every `every`.'),
  blackhole: strict({}).optional().describe('Accept connections, forward nothing.'),
  bandwidth: bytesRate.optional().describe('Bytes per second per direction, e.g. 1MiB/s.'),
})
  .meta(oneKey)
  .superRefine(exactlyOneKey('fault', ['delay', 'loss', 'reset', 'blackhole', 'bandwidth']))
  .transform((value): NetworkFault => {
    if (value.delay !== undefined) {
      return typeof value.delay === 'number'
        ? { kind: 'delay', latency_ms: value.delay, jitter_ms: 0 }
        : { kind: 'delay', latency_ms: value.delay.latency, jitter_ms: value.delay.jitter };
    }
    if (value.loss !== undefined) return { kind: 'loss', probability: value.loss };
    if (value.reset) return { kind: 'reset', every_ms: value.reset.every };
    if (value.blackhole) return { kind: 'blackhole' };
    return { kind: 'bandwidth', limit_bytesPerSecond: value.bandwidth! };
  });

const networkFaultForms = 'blackhole, reset, or one of { delay }, { loss }, { reset }, { bandwidth }';
const networkFault = z
  .union([words(['blackhole', 'reset'], 'network fault', networkFaultForms), networkFaultObject], {
    error: `expected ${networkFaultForms}`,
  })
  .transform(
    (value): NetworkFault =>
      value === 'blackhole'
        ? { kind: 'blackhole' }
        : value === 'reset'
          ? { kind: 'reset', every_ms: undefined }
          : value,
  );

const objectStoreFaultObject = strict({
  latency: z
    .union([duration, strict({ latency: duration, jitter: orDefault(duration, '0s') })], {
      error: 'expected a latency such as 500ms, or { latency: 500ms, jitter: 100ms }',
    })
    .optional()
    .describe('Added latency per request.'),
  errors: percent({ max: 100, above0: true })
    .optional()
    .describe('Share of requests that fail (503 SlowDown).'),
  outage: strict({}).optional().describe('Every request fails.'),
})
  .meta(oneKey)
  .superRefine(exactlyOneKey('fault', ['latency', 'errors', 'outage']))
  .transform((value): ObjectStoreFault => {
    if (value.latency !== undefined) {
      return typeof value.latency === 'number'
        ? { kind: 'latency', latency_ms: value.latency, jitter_ms: 0 }
        : { kind: 'latency', latency_ms: value.latency.latency, jitter_ms: value.latency.jitter };
    }
    if (value.errors !== undefined) return { kind: 'errors', probability: value.errors };
    return { kind: 'outage' };
  });

const objectStoreFaultForms = 'outage, { latency: 500ms } or { errors: 10% }';
const objectStoreFault = z
  .union([words(['outage'], 'object-store fault', objectStoreFaultForms), objectStoreFaultObject], {
    error: `expected ${objectStoreFaultForms}`,
  })
  .transform((value): ObjectStoreFault => (value === 'outage' ? { kind: 'outage' } : value));

const task = z
  .discriminatedUnion(
    'kind',
    [
      taskKind('produce-consume', 'Producers and tail-reading consumers at a steady rate.', {}),
      taskKind('catch-up', 'Build a backlog, then consume it while producers keep going.', {
        backlog: backlog.describe('Size (200MiB) or number of records written before consumers start.'),
        backlogRate: orDefault(rateOrMax, 'max', 'Rate while building the backlog.'),
        drainWithin: duration
          .optional()
          .describe('Limit for consumers to reach the tail. Default: duration.'),
        maxProducerP99Increase: percent()
          .optional()
          .describe("Bound on the producers' p99 during the drain, relative to warmup."),
        producerP99Slack: orDefault(
          duration,
          '0ms',
          "An increase of the producers' p99 up to this much always passes, whatever the percentage: a floor for tiny baselines.",
        ),
      }),
      taskKind('broker-kill', 'SIGKILL broker(s) under load.', {
        target: orDefault(brokerSelector, 'leader-of-busiest-partition'),
        at,
        count: positiveCount(100).default(1).describe('Kills, `interval` apart.'),
        interval: orDefault(duration, '10s'),
        restartAfter: orDefault(durationOrNever, '5s', 'Restart a killed broker after this, or never.'),
      }),
      taskKind('broker-pause', 'SIGSTOP a broker, SIGCONT it later.', {
        target: orDefault(brokerSelector, 'leader-of-busiest-partition'),
        at,
        for: orDefault(duration, '10s'),
      }),
      taskKind('rolling-restart', 'Restart every broker, one at a time.', {
        order: words(['by-id', 'random'], 'order').default('by-id'),
        interval: orDefault(duration, '5s', 'Wait after a broker is ready before the next.'),
        graceful: z.boolean().default(true).describe('SIGTERM (true) or SIGKILL (false).'),
        at,
      }),
      taskKind('network-fault', 'A fault in the TCP proxy in front of broker(s).', {
        fault: networkFault,
        target: orDefault(brokerSelector, 'all'),
        direction: words(['both', 'to-broker', 'from-broker'], 'direction').default('both'),
        at,
        for: orDefault(duration, '15s'),
      }),
      taskKind('object-store-fault', "A fault in the brokers' object store.", {
        fault: objectStoreFault,
        operations: z
          .array(words(objectStoreOperations, 'operation'))
          .min(1)
          .default([...objectStoreOperations]),
        target: orDefault(brokerSelector, 'all'),
        at,
        for: orDefault(duration, '15s'),
      }),
      taskKind('worker-preemption', 'Kill workers mid-task, as a spot reclaim does.', {
        count: positiveCount(1000).optional().describe('Workers to kill (default 1 unless share is set).'),
        share: percent({ max: 100, above0: true }).optional().describe('Share of workers to kill.'),
        role: words(['any', 'producer', 'consumer'], 'role').default('any'),
        at,
      }),
      taskKind('partition-reassign', 'Move partition leadership to other brokers.', {
        move: z
          .union([words(['all'], 'value', 'all or a list of partitions'), z.array(partitionId).min(1)], {
            error: 'expected all or a list of partitions',
          })
          .default('all'),
        to: z
          .union([words(['other'], 'value', 'other or a broker id'), brokerId], {
            error: 'expected other or a broker id',
          })
          .default('other')
          .describe("A broker id, or other: any broker but the partition's leader."),
        at,
      }),
      taskKind('scale', 'Change the broker count, then change it back.', {
        to: positiveCount(32).describe('Brokers to scale to.'),
        at,
        for: orDefault(duration, '20s', 'Time at the new size before scaling back.'),
      }),
      strict({
        kind: z.literal('experiment-replay'),
        ...identityShape,
        partitions: loadShape.partitions,
        replicationFactor: loadShape.replicationFactor,
        producers: loadShape.producers,
        consumers: loadShape.consumers,
        ...producerShape,
        ...phaseShape,
        load: z.string().min(1).describe('Load file (JSON), relative to the suite file.'),
        ...experimentFields,
      }).meta({
        id: 'Task:experiment-replay',
        description: 'Replay an experiment load file; its schedule sets rate and (by default) duration.',
      }),
      taskKind('self-test-mutation', 'A test-only broker mutation that a checker must catch.', {
        mutation: words(mutations, 'mutation'),
        partition: partitionId.default(0),
        count: positiveCount(1000).default(1).describe('Records affected.'),
        at,
        for: duration.optional().describe('Stall length (stall-partition only). Default 15s.'),
      }),
    ],
    {
      error: (issue) => {
        if (issue.code !== 'invalid_union') return undefined;
        const input = issue.input as { kind?: unknown } | undefined;
        const kind = input && typeof input === 'object' ? input.kind : undefined;
        if (kind === undefined) return `missing field "kind": one of ${taskKinds.join(', ')}`;
        return typeof kind === 'string'
          ? unknownWord('task kind', kind, taskKinds)
          : `expected a task kind: one of ${taskKinds.join(', ')}`;
      },
    },
  )
  .meta({ id: 'Task' });

// ---------------------------------------------------------------------------------------------
// Suite

/** The whole file. Top-level keys starting with `x-` are removed by the loader (YAML anchors). */
export const suiteSchema = strict({
  $schema: z.string().optional().describe('Ignored; lets editors find the JSON Schema.'),
  name: name.optional().describe('Default: the file name without extension.'),
  description: z.string().optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional()
    .describe('Seed for random choices (--seed overrides).'),
  target: target.optional().describe('Default: embedded with 3 brokers on fs storage.'),
  workers: positiveCount(1000)
    .optional()
    .describe('Local worker processes (--workers overrides). Default 2.'),
  defaults: defaults.optional(),
  soak: soak.optional(),
  tasks: z
    .array(task, { error: 'expected a list of tasks' })
    .min(1, { error: 'a suite needs at least one task' }),
}).meta({
  title: 'longhaul suite',
  description: 'A longhaul scenario suite (scenarios/README.md).',
});

export type SuiteSpec = z.output<typeof suiteSchema>;
export type TaskSpec = SuiteSpec['tasks'][number];
export type DefaultsSpec = NonNullable<SuiteSpec['defaults']>;
export type AssertionsSpec = NonNullable<DefaultsSpec['assert']>;

/** The JSON Schema of the input form, for editors (checked in as scenarios/suite.schema.json). */
export function suiteJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(suiteSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (context) => {
      const input = inputDefaults.get(context.zodSchema);
      if (input !== undefined) context.jsonSchema.default = input;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $comment: 'Generated from scenarios/schema.ts by `npm run generate:schema`; do not edit.',
    ...rest,
    // YAML anchors live under extension keys, as in docker compose files.
    patternProperties: { '^x-': {} },
  };
}

/** The checked-in file's exact text: scenarios/generate-schema.ts writes it, a test compares it. */
export function renderSuiteJsonSchema(): string {
  return `${JSON.stringify(suiteJsonSchema(), null, 2)}\n`;
}
