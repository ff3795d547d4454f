// Turns a schema-checked suite into the one the controller runs: defaults merged, cross-checks done.
import { basename, extname } from 'node:path';
import { formatDuration } from '../common/units.ts';
import {
  type AssertionsSpec,
  type DefaultsSpec,
  defaultExperimentPayload,
  defaultTarget,
  type PayloadSpec,
  type ProfileSpec,
  type SuiteSpec,
  type TaskSpec,
} from './schema.ts';
import {
  type Acks,
  type Assertions,
  type BrokerSelector,
  embeddedOnlyReason,
  enabledAssertions,
  isFaultKind,
  type LatencyLimits,
  type LoadFile,
  type Payload,
  type PhaseTimeouts,
  percentiles,
  type RateProfile,
  type RateTarget,
  type Suite,
  type Target,
  type Task,
  type TaskCommon,
} from './suite.ts';

export type IssuePath = readonly (string | number)[];

/** A problem at a place in the suite file, given as the path of keys from the top. */
export interface PathIssue {
  readonly path: IssuePath;
  readonly message: string;
}

export interface ResolveOptions {
  /** The suite file as the user named it, for the default suite name. */
  readonly file: string;
  /** Reads a load file named in the suite, as written there; throws an Error saying what is wrong. */
  readonly readLoadFile: (written: string) => LoadFile;
}

export type ResolveResult =
  | { readonly ok: true; readonly suite: Suite }
  | { readonly ok: false; readonly issues: readonly PathIssue[] };

/** What a suite gets for what neither the task nor `defaults` says (scenarios/README.md lists them). */
export const builtinDefaults = {
  target: defaultTarget,
  workers: 2,
  soakInterval_ms: 10_000,
  partitions: 6,
  producers: 1,
  consumers: 1,
  rate: { kind: 'records', perSecond: 1000 } as RateTarget,
  acks: -1 as Acks,
  compression: 'none',
  warmup_ms: 5_000,
  duration_ms: 30_000,
  retries: 2,
  prepareTimeout_ms: 120_000,
  /** Added to warmup and duration for their phases' timeouts. */
  phaseSlack_ms: 60_000,
  workloadSlack_ms: 120_000,
  cleanupTimeout_ms: 60_000,
  throughput: { tolerance_fraction: 0.1, window_ms: 10_000 },
  stall_ms: 30_000,
  recovery_ms: 30_000,
  balance: { maxSkew_fraction: 0.5 },
  stallMutation_ms: 15_000,
} as const;

/** A field's value and where it came from: the task, `defaults`, or nowhere. */
interface Picked<T> {
  readonly value: T | undefined;
  readonly path: IssuePath;
  readonly source: 'task' | 'defaults' | 'none';
}

interface Context {
  readonly suiteName: string;
  readonly target: Target;
  readonly workers: number;
  readonly defaults: DefaultsSpec;
  readonly readLoadFile: (written: string) => LoadFile;
  readonly issue: (path: IssuePath, message: string) => void;
  readonly issueCount: () => number;
}

const ms = (value: number): string => formatDuration(value);

function defaultSuiteName(file: string): string {
  const stem = basename(file, extname(file))
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .replace(/^[._-]+/, '');
  return (stem || 'suite').slice(0, 64);
}

export function resolveSuite(spec: SuiteSpec, options: ResolveOptions): ResolveResult {
  const issues: PathIssue[] = [];
  const issue = (path: IssuePath, message: string): void => {
    issues.push({ path, message });
  };
  const target = spec.target ?? builtinDefaults.target;
  const defaults = spec.defaults ?? {};
  const context: Context = {
    suiteName: spec.name ?? defaultSuiteName(options.file),
    target,
    workers: spec.workers ?? builtinDefaults.workers,
    defaults,
    readLoadFile: options.readLoadFile,
    issue,
    issueCount: () => issues.length,
  };

  if (target.kind === 'embedded' && target.storage === 'memory' && target.brokers > 1) {
    issue(
      ['target', 'embedded', 'storage'],
      `storage: memory cannot be shared by ${target.brokers} broker processes: use storage: fs, or brokers: 1`,
    );
  }
  if (defaults.rate !== undefined && defaults.payload?.kind === 'experiment' && defaults.payload.load) {
    issue(
      ['defaults', 'rate'],
      'defaults.payload has a load file, which sets the rate: remove one of the two',
    );
  }

  const tasks: Task[] = [];
  const firstIndexOf = new Map<string, number>();
  spec.tasks.forEach((taskSpec, index) => {
    const first = firstIndexOf.get(taskSpec.name);
    if (first === undefined) firstIndexOf.set(taskSpec.name, index);
    else issue(['tasks', index, 'name'], `task name "${taskSpec.name}" is already used by tasks[${first}]`);
    const resolved = resolveTask(taskSpec, index, context);
    if (resolved) tasks.push(resolved);
  });

  // Tasks may share a topic (e.g. to read what an earlier task wrote), but not disagree on its shape.
  const firstWithTopic = new Map<string, number>();
  for (const [index, task] of tasks.entries()) {
    const first = firstWithTopic.get(task.topic);
    if (first === undefined) firstWithTopic.set(task.topic, index);
    else if (tasks[first].partitions !== task.partitions) {
      issue(
        ['tasks', spec.tasks.findIndex((candidate) => candidate.name === task.name), 'partitions'],
        `topic ${task.topic} has ${tasks[first].partitions} partitions in task "${tasks[first].name}": use the same count, or another topic`,
      );
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    suite: {
      name: context.suiteName,
      description: spec.description,
      file: options.file,
      seed: spec.seed,
      target,
      workers: context.workers,
      soak: {
        interval_ms: spec.soak?.interval ?? builtinDefaults.soakInterval_ms,
        stopAfter: {
          duration_ms: spec.soak?.stopAfter?.duration,
          iterations: spec.soak?.stopAfter?.iterations,
          failedIterations: spec.soak?.stopAfter?.failedIterations,
        },
      },
      tasks,
    },
  };
}

function resolveTask(spec: TaskSpec, index: number, context: Context): Task | undefined {
  const { issue, target } = context;
  const at = (...path: (string | number)[]): IssuePath => ['tasks', index, ...path];
  const own = spec as Partial<Record<keyof DefaultsSpec, unknown>>;
  function pick<K extends keyof DefaultsSpec>(key: K): Picked<NonNullable<DefaultsSpec[K]>> {
    if (own[key] !== undefined) {
      return { value: own[key] as NonNullable<DefaultsSpec[K]>, path: at(key), source: 'task' };
    }
    const fromDefaults = context.defaults[key];
    if (fromDefaults !== undefined) {
      return {
        value: fromDefaults as NonNullable<DefaultsSpec[K]>,
        path: ['defaults', key],
        source: 'defaults',
      };
    }
    return { value: undefined, path: at(key), source: 'none' };
  }
  const issuesBefore = context.issueCount();
  const embedded = target.kind === 'embedded' ? target : undefined;
  const kind = spec.kind;

  const onlyEmbedded = embeddedOnlyReason(kind);
  if (onlyEmbedded && !embedded) issue(at('kind'), `${onlyEmbedded}; this suite's target is external`);
  if (
    embedded?.storage === 'memory' &&
    (kind === 'broker-kill' || kind === 'rolling-restart' || kind === 'scale')
  ) {
    issue(
      at('kind'),
      `${kind} restarts brokers, which lose everything with storage: memory: use storage: fs`,
    );
  }

  // Load: topic shape, producers, consumers.
  const partitions = pick('partitions').value ?? builtinDefaults.partitions;
  const replicationFactor = pick('replicationFactor');
  if (embedded && replicationFactor.value !== undefined && replicationFactor.value > embedded.brokers) {
    issue(
      replicationFactor.path,
      `replicationFactor ${replicationFactor.value} is above the embedded target's broker count (${embedded.brokers})`,
    );
  }

  // Payload and rate: a load file sets the schedule, so it excludes `rate` and rate profiles.
  const payloadField: Picked<PayloadSpec> =
    kind === 'experiment-replay'
      ? {
          value: {
            kind: 'experiment',
            load: spec.load,
            timeScale: spec.timeScale,
            rateMultiplier: spec.rateMultiplier,
            encoding: spec.encoding,
          },
          path: at(),
          source: 'task',
        }
      : pick('payload');
  const payload = resolvePayload(
    payloadField,
    kind === 'experiment-replay' ? at('load') : undefined,
    context,
  );
  const loadDriven = payload?.kind === 'experiment' && payload.load !== undefined;
  const rateField = pick('rate');
  const profileField = pick('profile');
  let rate: RateTarget;
  if (loadDriven) {
    rate = { kind: 'load-file' };
    if (rateField.source === 'task') {
      issue(
        rateField.path,
        `the payload's load file (${payloadField.source === 'defaults' ? 'from defaults.payload' : 'payload.experiment.load'}) sets the rate: remove rate, or use a payload without a load file`,
      );
    }
    if (kind === 'catch-up') {
      issue(
        payloadField.path,
        `catch-up${payloadField.source === 'defaults' ? ` (task "${spec.name}")` : ''} needs a rate to build and follow its backlog: use a payload without a load file`,
      );
    }
  } else {
    rate = rateField.value ?? builtinDefaults.rate;
  }
  // Producer settings. Idempotence needs acks=all (KIP-679 made it the default with acks=all).
  const acksField = pick('acks');
  const acks: Acks = acksField.value ?? builtinDefaults.acks;
  const idempotentField = pick('idempotent');
  const idempotent = idempotentField.value ?? acks === -1;
  if (idempotent && acks !== -1) {
    const where =
      acksField.source === 'task' || idempotentField.source !== 'task' ? acksField : idempotentField;
    issue(
      where.path,
      `idempotent producers need acks: all, and acks is ${acks}: set acks: all, or idempotent: false`,
    );
  }

  // Phases.
  const warmup_ms = pick('warmup').value ?? builtinDefaults.warmup_ms;
  const durationField = pick('duration');
  let duration_ms: number;
  if (kind === 'experiment-replay') {
    const length_ms = payload?.kind === 'experiment' && payload.load ? payload.load.length_ms : 0;
    duration_ms = spec.duration ?? Math.ceil(length_ms / spec.timeScale);
  } else {
    duration_ms = durationField.value ?? builtinDefaults.duration_ms;
  }
  if (duration_ms <= 0 && payload) {
    const where =
      kind !== 'experiment-replay'
        ? durationField.path
        : at(spec.duration === undefined ? 'load' : 'duration');
    issue(where, 'the workload duration must be above 0');
  }
  const profile = resolveProfile(profileField, rate, duration_ms, context);
  const timeouts = resolveTimeouts(spec, context, warmup_ms, duration_ms, index);

  const assertions = resolveAssertions(spec, context, index, { idempotent, rate });

  const common: Omit<TaskCommon, 'expect'> = {
    name: spec.name,
    description: spec.description,
    topic: spec.topic ?? `longhaul-${context.suiteName}-${spec.name}`.slice(0, 249),
    partitions,
    replicationFactor: replicationFactor.value,
    producers: pick('producers').value ?? builtinDefaults.producers,
    consumers: pick('consumers').value ?? builtinDefaults.consumers,
    rate,
    profile,
    payload: payload ?? { ...defaultExperimentPayload, load: undefined },
    acks,
    idempotent,
    compression: pick('compression').value ?? builtinDefaults.compression,
    warmup_ms,
    duration_ms,
    timeouts,
    retries: pick('retries').value ?? builtinDefaults.retries,
    assert: assertions,
  };

  // Kind-specific fields and the checks that need the rest of the task.
  const faultAt = (given: number | undefined): number => given ?? Math.round(duration_ms / 4);
  const fits = (start_ms: number, end_ms: number, what: string): void => {
    if (end_ms > duration_ms || start_ms >= duration_ms) {
      issue(
        at('at'),
        `${what} ends at ${ms(end_ms)} into the workload, which lasts ${ms(duration_ms)}: start it earlier (at) or lengthen duration`,
      );
    }
  };
  const checkSelector = (selector: BrokerSelector, field: string): void => {
    if (!embedded || selector.kind !== 'ids') return;
    for (const id of selector.ids) {
      if (id >= embedded.brokers) {
        issue(
          at(field),
          `broker ${id} does not exist: the embedded target has brokers 0..${embedded.brokers - 1}`,
        );
      }
    }
  };
  const checkPartition = (partition: number, path: IssuePath): void => {
    if (partition >= partitions)
      issue(path, `partition ${partition} does not exist: the topic has ${partitions}`);
  };

  const expect = spec.expect ?? { verdict: 'pass' as const };
  let task: Task;
  switch (spec.kind) {
    case 'produce-consume':
    case 'experiment-replay':
      task = { ...common, kind: spec.kind, expect };
      break;
    case 'catch-up': {
      const drainWithin_ms = spec.drainWithin ?? duration_ms;
      if (drainWithin_ms > duration_ms) {
        issue(
          at('drainWithin'),
          `drainWithin (${ms(drainWithin_ms)}) exceeds the workload's ${ms(duration_ms)}`,
        );
      }
      task = {
        ...common,
        kind: 'catch-up',
        expect,
        backlog: spec.backlog,
        backlogRate: spec.backlogRate,
        drainWithin_ms,
        maxProducerP99Increase_fraction: spec.maxProducerP99Increase,
        producerP99Slack_ms: spec.producerP99Slack,
      };
      break;
    }
    case 'broker-kill': {
      const at_ms = faultAt(spec.at);
      const end_ms = at_ms + (spec.count - 1) * spec.interval + (spec.restartAfter ?? 0);
      fits(
        at_ms,
        end_ms,
        spec.count > 1 ? `the last of ${spec.count} kills (with its restart)` : 'the kill and restart',
      );
      checkSelector(spec.target, 'target');
      task = {
        ...common,
        kind: 'broker-kill',
        expect,
        target: spec.target,
        at_ms,
        count: spec.count,
        interval_ms: spec.interval,
        restartAfter_ms: spec.restartAfter ?? undefined,
      };
      break;
    }
    case 'broker-pause': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms + spec.for, 'the pause');
      checkSelector(spec.target, 'target');
      task = { ...common, kind: 'broker-pause', expect, target: spec.target, at_ms, for_ms: spec.for };
      break;
    }
    case 'rolling-restart': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms, 'the rolling restart');
      task = {
        ...common,
        kind: 'rolling-restart',
        expect,
        order: spec.order,
        interval_ms: spec.interval,
        graceful: spec.graceful,
        at_ms,
      };
      break;
    }
    case 'network-fault': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms + spec.for, 'the network fault');
      checkSelector(spec.target, 'target');
      task = {
        ...common,
        kind: 'network-fault',
        expect,
        fault: spec.fault,
        target: spec.target,
        direction: spec.direction,
        at_ms,
        for_ms: spec.for,
      };
      break;
    }
    case 'object-store-fault': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms + spec.for, 'the object-store fault');
      checkSelector(spec.target, 'target');
      task = {
        ...common,
        kind: 'object-store-fault',
        expect,
        fault: spec.fault,
        operations: [...new Set(spec.operations)],
        target: spec.target,
        at_ms,
        for_ms: spec.for,
      };
      break;
    }
    case 'worker-preemption': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms, 'the preemption');
      if (spec.count !== undefined && spec.share !== undefined) {
        issue(at('share'), 'give count or share, not both');
      }
      if (spec.count !== undefined && spec.count > context.workers) {
        issue(at('count'), `count ${spec.count} is above the suite's worker count (${context.workers})`);
      }
      task = {
        ...common,
        kind: 'worker-preemption',
        expect,
        kill:
          spec.share !== undefined
            ? { kind: 'share', fraction: spec.share }
            : { kind: 'count', count: spec.count ?? 1 },
        role: spec.role,
        at_ms,
      };
      break;
    }
    case 'partition-reassign': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms, 'the reassignment');
      if (embedded && embedded.brokers < 2) {
        issue(at('kind'), 'partition-reassign needs an embedded target with at least 2 brokers');
      }
      if (Array.isArray(spec.move)) {
        for (const [i, partition] of spec.move.entries()) checkPartition(partition, at('move', i));
      }
      if (typeof spec.to === 'number' && embedded && spec.to >= embedded.brokers) {
        issue(
          at('to'),
          `broker ${spec.to} does not exist: the embedded target has brokers 0..${embedded.brokers - 1}`,
        );
      }
      task = {
        ...common,
        kind: 'partition-reassign',
        expect,
        move: spec.move === 'all' ? { kind: 'all' } : { kind: 'ids', partitions: spec.move },
        to: spec.to === 'other' ? { kind: 'other' } : { kind: 'broker', id: spec.to },
        at_ms,
      };
      break;
    }
    case 'scale': {
      const at_ms = faultAt(spec.at);
      fits(at_ms, at_ms + spec.for, 'the scaling and its way back');
      if (embedded && spec.to === embedded.brokers) {
        issue(at('to'), `the embedded target already runs ${spec.to} broker(s): scale to another count`);
      }
      task = { ...common, kind: 'scale', expect, to: spec.to, at_ms, for_ms: spec.for };
      break;
    }
    case 'self-test-mutation': {
      const at_ms = faultAt(spec.at);
      const stalls = spec.mutation === 'stall-partition';
      if (!stalls && spec.for !== undefined) {
        issue(at('for'), `only stall-partition lasts; ${spec.mutation} happens once`);
      }
      const for_ms = stalls ? (spec.for ?? builtinDefaults.stallMutation_ms) : undefined;
      fits(at_ms, at_ms + (for_ms ?? 0), 'the mutation');
      checkPartition(spec.partition, at('partition'));
      task = {
        ...common,
        kind: 'self-test-mutation',
        expect,
        mutation: spec.mutation,
        partition: spec.partition,
        count: spec.count,
        at_ms,
        for_ms,
      };
      break;
    }
  }

  if (expect.verdict === 'fail') {
    const enabled = enabledAssertions(task);
    expect.failing.forEach((id, i) => {
      if (!enabled.includes(id)) {
        issue(
          at('expect', 'fail', i),
          `${id} is not asserted by this task, so it cannot fail; asserted: ${enabled.join(', ')}`,
        );
      }
    });
  }
  if (context.issueCount() !== issuesBefore) return undefined;
  // Name and kind first: the order people read a task in (and `validate --json` prints it in).
  return Object.assign({ name: task.name, kind: task.kind }, task);
}

function resolveProfile(
  field: Picked<ProfileSpec>,
  rate: RateTarget,
  duration_ms: number,
  context: Context,
): RateProfile {
  const spec = field.value;
  if (!spec || spec.kind === 'constant') return { kind: 'constant' };
  if (rate.kind === 'max' || rate.kind === 'load-file') {
    if (field.source === 'task') {
      const why = rate.kind === 'max' ? 'max' : 'set by the load file';
      context.issue(
        field.path,
        `a ${spec.kind} profile shapes a target rate, and this task has none (its rate is ${why})`,
      );
    }
    return { kind: 'constant' };
  }
  // A zero period would make a rate scheduler spin.
  const period_ms = spec.kind === 'ramp' ? (spec.over_ms ?? duration_ms) : spec.every_ms;
  if (period_ms <= 0) {
    context.issue([...field.path, spec.kind, spec.kind === 'ramp' ? 'over' : 'every'], 'must be above 0');
  }
  if (spec.kind === 'spike' && spec.for_ms >= spec.every_ms) {
    context.issue(
      [...field.path, 'spike', 'for'],
      'a spike must be shorter than the time between spikes (every)',
    );
  }
  return spec.kind === 'ramp' ? { ...spec, over_ms: period_ms } : spec;
}

function resolvePayload(
  field: Picked<PayloadSpec>,
  loadPath: IssuePath | undefined,
  context: Context,
): Payload | undefined {
  const spec = field.value ?? defaultExperimentPayload;
  if (spec.kind !== 'experiment') return spec;
  if (spec.load === undefined) return { ...spec, load: undefined };
  try {
    return { ...spec, load: context.readLoadFile(spec.load) };
  } catch (error) {
    context.issue(loadPath ?? [...field.path, 'experiment', 'load'], (error as Error).message);
    return undefined;
  }
}

function resolveTimeouts(
  spec: TaskSpec,
  context: Context,
  warmup_ms: number,
  duration_ms: number,
  index: number,
): PhaseTimeouts {
  const given = { ...context.defaults.timeouts, ...removeUndefined(spec.timeouts ?? {}) };
  const timeouts: PhaseTimeouts = {
    prepare_ms: given.prepare ?? builtinDefaults.prepareTimeout_ms,
    warmup_ms: given.warmup ?? warmup_ms + builtinDefaults.phaseSlack_ms,
    workload_ms: given.workload ?? duration_ms + builtinDefaults.workloadSlack_ms,
    cleanup_ms: given.cleanup ?? builtinDefaults.cleanupTimeout_ms,
  };
  const where = (phase: 'warmup' | 'workload'): IssuePath =>
    spec.timeouts?.[phase] !== undefined
      ? ['tasks', index, 'timeouts', phase]
      : ['defaults', 'timeouts', phase];
  if (given.warmup !== undefined && timeouts.warmup_ms < warmup_ms) {
    context.issue(
      where('warmup'),
      `the warmup timeout (${ms(timeouts.warmup_ms)}) is shorter than the warmup (${ms(warmup_ms)})`,
    );
  }
  if (given.workload !== undefined && timeouts.workload_ms < duration_ms) {
    context.issue(
      where('workload'),
      `the workload timeout (${ms(timeouts.workload_ms)}) is shorter than the workload (${ms(duration_ms)})`,
    );
  }
  return timeouts;
}

function removeUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

type LatencySpec = NonNullable<AssertionsSpec['produceLatency']>;

function applyLatency(current: LatencyLimits, layer: LatencySpec | undefined): LatencyLimits {
  if (layer === undefined) return current;
  if (layer === false) return {};
  const next: { -readonly [K in keyof LatencyLimits]: number } = { ...current };
  for (const percentile of percentiles) {
    const value = layer[percentile];
    if (value === false) delete next[`${percentile}_ms`];
    else if (value !== undefined) next[`${percentile}_ms`] = value;
  }
  return next;
}

/** Built-in assertions, then defaults.assert, then the task's assert, key by key. */
function resolveAssertions(
  spec: TaskSpec,
  context: Context,
  index: number,
  facts: { readonly idempotent: boolean; readonly rate: RateTarget },
): Assertions {
  const continuityBase = {
    lost: true,
    duplicated: facts.idempotent,
    reordered: facts.idempotent,
    inconsistent: true,
  };
  const fault = isFaultKind(spec.kind);
  let result: Assertions = {
    continuity: continuityBase,
    produceLatency: {},
    endToEndLatency: {},
    throughput: builtinDefaults.throughput,
    stall_ms: builtinDefaults.stall_ms,
    recovery_ms: builtinDefaults.recovery_ms,
    balance: undefined,
    lifecycle: spec.kind === 'experiment-replay',
  };
  for (const layer of [context.defaults.assert, spec.assert]) {
    if (!layer) continue;
    const continuity = layer.continuity;
    result = {
      continuity:
        continuity === undefined
          ? result.continuity
          : typeof continuity === 'boolean'
            ? continuity
              ? continuityBase
              : { lost: false, duplicated: false, reordered: false, inconsistent: false }
            : { ...result.continuity, ...removeUndefined(continuity) },
      produceLatency: applyLatency(result.produceLatency, layer.produceLatency),
      endToEndLatency: applyLatency(result.endToEndLatency, layer.endToEndLatency),
      throughput:
        layer.throughput === undefined
          ? result.throughput
          : layer.throughput === false
            ? undefined
            : layer.throughput === true
              ? (result.throughput ?? builtinDefaults.throughput)
              : {
                  tolerance_fraction:
                    layer.throughput.tolerance ??
                    (result.throughput ?? builtinDefaults.throughput).tolerance_fraction,
                  window_ms:
                    layer.throughput.window ?? (result.throughput ?? builtinDefaults.throughput).window_ms,
                },
      stall_ms: layer.stall === undefined ? result.stall_ms : layer.stall === false ? undefined : layer.stall,
      recovery_ms:
        layer.recovery === undefined
          ? result.recovery_ms
          : layer.recovery === false
            ? undefined
            : layer.recovery,
      balance:
        layer.balance === undefined
          ? result.balance
          : layer.balance === false
            ? undefined
            : layer.balance === true
              ? (result.balance ?? builtinDefaults.balance)
              : {
                  maxSkew_fraction:
                    layer.balance.maxSkew ?? (result.balance ?? builtinDefaults.balance).maxSkew_fraction,
                },
      lifecycle: layer.lifecycle ?? result.lifecycle,
    };
  }
  // Defaults apply where they make sense; the same setting on the task itself is an error.
  if (!fault) {
    if (spec.assert?.recovery !== undefined && spec.assert.recovery !== false) {
      context.issue(
        ['tasks', index, 'assert', 'recovery'],
        `${spec.kind} injects no fault, so there is no recovery to time`,
      );
    }
    result = { ...result, recovery_ms: undefined };
  }
  if (facts.rate.kind === 'max' && result.throughput) {
    if (spec.assert?.throughput !== undefined && spec.assert.throughput !== false) {
      context.issue(
        ['tasks', index, 'assert', 'throughput'],
        'rate: max has no target rate to compare the throughput with',
      );
    }
    result = { ...result, throughput: undefined };
  }
  return result;
}
