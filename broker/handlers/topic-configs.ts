// Topic configurations the broker understands, their defaults and validation.

export interface TopicConfigSpec {
  readonly default: string;
  /** Returns an error message for an invalid value. */
  readonly validate: (value: string) => string | undefined;
  /** Whether the broker acts on it (others are accepted for compatibility and reported back). */
  readonly enforced: boolean;
}

const integer =
  (min: number) =>
  (value: string): string | undefined =>
    /^-?\d+$/.test(value) && Number(value) >= min ? undefined : `must be an integer >= ${min}`;

const oneOf =
  (...allowed: string[]) =>
  (value: string): string | undefined =>
    allowed.includes(value) ? undefined : `must be one of ${allowed.join(', ')}`;

export const topicConfigs: Readonly<Record<string, TopicConfigSpec>> = {
  'retention.ms': { default: '604800000', validate: integer(-1), enforced: true },
  'retention.bytes': { default: '-1', validate: integer(-1), enforced: true },
  'cleanup.policy': { default: 'delete', validate: oneOf('delete'), enforced: true },
  'max.message.bytes': { default: '1048588', validate: integer(0), enforced: true },
  'segment.bytes': { default: '1073741824', validate: integer(14), enforced: false },
  'segment.ms': { default: '604800000', validate: integer(1), enforced: false },
  'min.insync.replicas': { default: '1', validate: integer(1), enforced: false },
  'compression.type': {
    default: 'producer',
    validate: oneOf('producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'),
    enforced: false,
  },
  'message.timestamp.type': { default: 'CreateTime', validate: oneOf('CreateTime'), enforced: true },
};

/** Returns an error message naming the first bad key or value, or undefined. */
export function validateTopicConfigs(configs: Readonly<Record<string, string | null>>): string | undefined {
  for (const [key, value] of Object.entries(configs)) {
    const spec = topicConfigs[key];
    if (!spec) return `unknown topic config "${key}" (known: ${Object.keys(topicConfigs).join(', ')})`;
    if (value === null) continue;
    const problem = spec.validate(value);
    if (problem) return `topic config ${key}=${value}: ${problem}`;
  }
  return undefined;
}

/** Effective value of a config for a topic: its own setting or the default. */
export function topicConfigValue(configs: Readonly<Record<string, string>>, key: string): string {
  return configs[key] ?? topicConfigs[key]?.default ?? '';
}
