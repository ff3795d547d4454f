// The options of `run` and `soak` (flags > LONGHAUL_* > --config file > defaults) and the target and fleet they choose.
import { z } from 'zod';
import { resolveConfig, zBool } from '../common/config.ts';
import { UserError } from '../common/errors.ts';
import { parseDuration_ms } from '../common/units.ts';
import { embeddedOnlyReason, type Suite, type TaskKind, taskKinds } from '../scenarios/suite.ts';
import { kubernetesRefusals } from './cluster/kubernetes.ts';
import type { KubernetesBackendOptions } from './kube/backends.ts';

/** A Kubernetes resource quantity: `2`, `500m`, `1.5`, `512Mi`, `1G`. */
const quantityPattern = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[mkMGTPE])?$/;
/** A namespace name is a DNS-1123 label. */
const namespacePattern = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

const duration_ms = z.union([z.string(), z.number()]).transform((value, context) => {
  try {
    return parseDuration_ms(value);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const runShape = {
  bootstrap: z.string().min(1).optional(),
  workers: z.coerce.number().int('expected a whole number').min(0).optional(),
  reportDir: z.string().min(1).optional(),
  seed: z.coerce.number().int('expected a whole number').min(0).optional(),
  keepTopics: zBool.default(false),
  // A comma-separated string (flag, LONGHAUL_SKIP) or, in the --config file, a list too.
  skip: z.union([z.string(), z.array(z.string())]).optional(),
  controllerListen: z
    .string()
    .regex(/^[^\s:]+:\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:8080 or 0.0.0.0:8080')
    .optional(),
  target: z
    .enum(['embedded', 'external', 'kubernetes'], {
      message: 'expected embedded, external or kubernetes',
    })
    .optional(),
  fleet: z.enum(['local', 'kubernetes'], { message: 'expected local or kubernetes' }).default('local'),
  namespace: z
    .string()
    .regex(namespacePattern, 'expected a namespace name: lower-case letters, digits and -')
    .optional(),
  kubeconfig: z.string().min(1).optional(),
  kubeContext: z.string().min(1).optional(),
  workerImage: z.string().min(1).optional(),
  workerCpu: z.string().regex(quantityPattern, 'expected a CPU quantity, e.g. 1, 2 or 500m').optional(),
  workerMemory: z
    .string()
    .regex(quantityPattern, 'expected a memory quantity, e.g. 512Mi, 1Gi or 2G')
    .optional(),
  workerStartTimeout: duration_ms.optional(),
};

const runSchema = z.object(runShape);
const soakSchema = z.object({ ...runShape, duration: duration_ms.optional() });

/** Where the brokers are: what `startRunContext` starts or attaches to. */
export type TargetChoice =
  | { readonly kind: 'embedded'; readonly brokers: number }
  | { readonly kind: 'external'; readonly bootstrap: readonly string[] }
  /** The broker StatefulSet of the namespace (deploy/kustomize). */
  | { readonly kind: 'kubernetes' };

export interface RunOptions {
  readonly suiteFile: string;
  readonly bootstrap: string | undefined;
  readonly workers: number | undefined;
  readonly reportDir: string | undefined;
  readonly seed: number | undefined;
  /** Leave every task attempt's topic on the cluster instead of deleting it in cleanup. */
  readonly keepTopics: boolean;
  /** Task names and kinds to leave out (`--skip`); empty: every task runs. */
  readonly skip: readonly string[];
  readonly controllerListen: string | undefined;
  /** Undefined: external with --bootstrap, else the suite's target. */
  readonly target: TargetChoice['kind'] | undefined;
  readonly fleet: 'local' | 'kubernetes';
  /** Connection and worker pod settings, used when the target or the fleet is kubernetes. */
  readonly kubernetes: KubernetesBackendOptions;
  /** Check the options and the suite, print what would run, start nothing. */
  readonly dryRun: boolean;
}

export interface SoakOptions extends RunOptions {
  readonly controllerListen: string;
  /** Undefined: the suite's soak.stopAfter, else until SIGTERM. */
  readonly duration_ms: number | undefined;
}

/** What the CLI passes in: the values the user typed, the --config file, --dry-run. */
export interface CommandInput {
  readonly suiteFile: string;
  readonly flags: Record<string, unknown>;
  readonly configFile: string | undefined;
  readonly dryRun: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

function toRunOptions(config: z.infer<typeof runSchema>, input: CommandInput): RunOptions {
  const kubernetesTarget = config.target === 'kubernetes';
  const kubernetesFleet = config.fleet === 'kubernetes';
  const fleetOnly = (
    [
      ['workerImage', '--worker-image'],
      ['workerCpu', '--worker-cpu'],
      ['workerMemory', '--worker-memory'],
      ['workerStartTimeout', '--worker-start-timeout'],
    ] as const
  ).filter(([key]) => config[key] !== undefined);
  if (!kubernetesFleet && fleetOnly.length > 0) {
    throw new UserError(
      `${fleetOnly.map(([, flag]) => flag).join(', ')} ${fleetOnly.length === 1 ? 'sets' : 'set'} up the worker pods of --fleet kubernetes, but the fleet is local`,
      { hint: 'add --fleet kubernetes (or LONGHAUL_FLEET=kubernetes), or drop those options' },
    );
  }
  const connectionOnly = (
    [
      ['namespace', '--namespace'],
      ['kubeconfig', '--kubeconfig'],
      ['kubeContext', '--kube-context'],
    ] as const
  ).filter(([key]) => config[key] !== undefined);
  if (!kubernetesFleet && !kubernetesTarget && connectionOnly.length > 0) {
    throw new UserError(
      `${connectionOnly.map(([, flag]) => flag).join(', ')} ${connectionOnly.length === 1 ? 'applies' : 'apply'} only to Kubernetes, but neither the target nor the fleet is kubernetes`,
      { hint: 'add --target kubernetes and/or --fleet kubernetes, or drop those options' },
    );
  }
  return {
    suiteFile: input.suiteFile,
    bootstrap: config.bootstrap,
    workers: config.workers,
    reportDir: config.reportDir,
    seed: config.seed,
    keepTopics: config.keepTopics,
    skip: [config.skip ?? []]
      .flat()
      .flatMap((words) => words.split(','))
      .map((word) => word.trim())
      .filter(Boolean),
    controllerListen: config.controllerListen,
    target: config.target,
    fleet: config.fleet,
    kubernetes: {
      namespace: config.namespace,
      kubeconfig: config.kubeconfig,
      context: config.kubeContext,
      workerImage: config.workerImage,
      workerResources:
        config.workerCpu || config.workerMemory
          ? { cpu: config.workerCpu, memory: config.workerMemory }
          : undefined,
      workerRegisterTimeout_ms: config.workerStartTimeout,
    },
    dryRun: input.dryRun,
  };
}

/** `longhaul run`'s options from every layer, validated once; errors name the option and its source. */
export function resolveRunOptions(input: CommandInput): RunOptions {
  const config = resolveConfig(runSchema, { flags: input.flags, file: input.configFile, env: input.env });
  return toRunOptions(config, input);
}

/** `longhaul soak`'s options: run's, `--duration`, and the controller on 127.0.0.1:8080 by default. */
export function resolveSoakOptions(input: CommandInput): SoakOptions {
  const config = resolveConfig(soakSchema, { flags: input.flags, file: input.configFile, env: input.env });
  const run = toRunOptions(config, input);
  return {
    ...run,
    controllerListen: run.controllerListen ?? '127.0.0.1:8080',
    duration_ms: config.duration,
  };
}

/**
 * The target: `--target` when given; else external with `--bootstrap`; else the suite's. The
 * kubernetes fleet needs brokers its pods can reach, so the embedded target (brokers on the
 * controller's loopback) is refused with it.
 */
export function chooseTarget(suite: Pick<Suite, 'name' | 'target'>, options: RunOptions): TargetChoice {
  const bootstrap = options.bootstrap
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const given = bootstrap && bootstrap.length > 0 ? bootstrap : undefined;
  if (given && (options.target === 'embedded' || options.target === 'kubernetes')) {
    throw new UserError(
      `--target ${options.target} and --bootstrap ${options.bootstrap} both say where the brokers are`,
      {
        hint: `drop --bootstrap to use the ${options.target} brokers, or use --target external (or no --target) with --bootstrap`,
      },
    );
  }
  let choice: TargetChoice;
  if (options.target === 'kubernetes') choice = { kind: 'kubernetes' };
  else if (given) choice = { kind: 'external', bootstrap: given };
  else if (options.target === 'external' && suite.target.kind !== 'external') {
    throw new UserError(
      `--target external needs the cluster's address, and the suite ${suite.name} names none (its target is embedded)`,
      { hint: 'add --bootstrap host:port,...' },
    );
  } else if (suite.target.kind === 'external' && options.target !== 'embedded')
    choice = { kind: 'external', bootstrap: suite.target.bootstrap };
  else choice = { kind: 'embedded', brokers: suite.target.kind === 'embedded' ? suite.target.brokers : 1 };
  if (options.fleet === 'kubernetes' && choice.kind === 'embedded') {
    const why =
      options.target === 'embedded'
        ? '--target embedded'
        : `the suite ${suite.name}'s target is embedded and neither --target nor --bootstrap is given`;
    throw new UserError(
      `--fleet kubernetes cannot run against the embedded target (${why}): the worker pods cannot reach brokers that the controller starts on its own loopback`,
      {
        hint: 'add --target kubernetes to use the broker StatefulSet of the namespace (deploy/kustomize), or --bootstrap host:port of a cluster the pods reach; or drop --fleet kubernetes to run local workers',
      },
    );
  }
  return choice;
}

/**
 * The suite without the tasks that `--skip` names (by task name or kind). A word that is neither a
 * task of the suite nor a task kind is a mistake, and so is skipping every task.
 */
export function skipTasks<S extends Pick<Suite, 'name' | 'tasks'>>(suite: S, skip: readonly string[]): S {
  if (skip.length === 0) return suite;
  const kinds: readonly string[] = taskKinds;
  const unknown = skip.filter((word) => !kinds.includes(word) && !suite.tasks.some((t) => t.name === word));
  if (unknown.length > 0) {
    throw new UserError(
      `--skip: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} neither a task of the suite ${suite.name} nor a task kind`,
      {
        hint: `its tasks: ${suite.tasks.map((t) => t.name).join(', ')}; kinds: ${taskKinds.join(', ')}`,
      },
    );
  }
  const tasks = suite.tasks.filter((t) => !skip.includes(t.name) && !skip.includes(t.kind));
  if (tasks.length === 0)
    throw new UserError(`--skip ${skip.join(',')} leaves no task of the suite ${suite.name} to run`, {
      hint: 'skip fewer tasks',
    });
  return { ...suite, tasks };
}

/** Names of the tasks of `all` that `kept` (from `skipTasks`) left out. */
function skippedNames(all: Pick<Suite, 'tasks'>, kept: Pick<Suite, 'tasks'>): string[] {
  return all.tasks.filter((t) => !kept.tasks.includes(t)).map((t) => t.name);
}

/** The console line that lists the tasks `--skip` left out, or nothing. */
export function skippedLine(all: Pick<Suite, 'tasks'>, kept: Pick<Suite, 'tasks'>): string {
  const skipped = skippedNames(all, kept);
  return skipped.length === 0 ? '' : `  skipped (--skip): ${skipped.join(', ')}\n`;
}

/** Why a task of this kind cannot run against this kind of target at all, or undefined. */
export function refusalFor(target: TargetChoice['kind'], kind: TaskKind): string | undefined {
  if (target === 'external') {
    const reason = embeddedOnlyReason(kind);
    return reason && `refused against an external cluster: ${reason}`;
  }
  if (target === 'kubernetes') {
    const reason = kubernetesRefusals[kind];
    return reason && `refused against the kubernetes target: ${reason}`;
  }
  return undefined;
}

/** What `--dry-run` prints: the effective choices, as one JSON line. */
export function describeDryRun(
  command: 'run' | 'soak',
  suite: Pick<Suite, 'name' | 'file' | 'workers' | 'target' | 'tasks'>,
  options: RunOptions,
): string {
  const target = chooseTarget(suite, options);
  const kept = skipTasks(suite, options.skip);
  const kube = options.kubernetes;
  const usesKubernetes = target.kind === 'kubernetes' || options.fleet === 'kubernetes';
  return `${JSON.stringify({
    command,
    suite: suite.name,
    suiteFile: suite.file,
    target,
    fleet: options.fleet,
    workers: options.workers ?? suite.workers,
    keepTopics: options.keepTopics,
    tasks: kept.tasks.map((t) => t.name),
    skipped: skippedNames(suite, kept),
    // Tasks that would end as errors: this target cannot run their kind.
    refused: kept.tasks.flatMap((t) => {
      const reason = refusalFor(target.kind, t.kind);
      return reason === undefined ? [] : [{ task: t.name, reason }];
    }),
    controllerListen: options.controllerListen ?? '127.0.0.1:0',
    kubernetes: usesKubernetes
      ? {
          namespace: kube.namespace ?? '(the pod’s, else the kubeconfig context’s, else longhaul)',
          kubeconfig: kube.kubeconfig ?? '(in-cluster, else $KUBECONFIG or ~/.kube/config)',
          context: kube.context,
          workerImage: kube.workerImage,
          workerResources: kube.workerResources,
          workerRegisterTimeout_ms: kube.workerRegisterTimeout_ms,
        }
      : undefined,
  })}\n`;
}
