// The options of `run` and `soak`: every layer (flag, LONGHAUL_*, --config file), and the target and fleet they choose.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CommandInput,
  chooseTarget,
  describeDryRun,
  type RunOptions,
  refusalFor,
  resolveRunOptions,
  resolveSoakOptions,
  skipTasks,
} from '../../controller/run-options.ts';
import { loadSuite } from '../../scenarios/load.ts';
import type { Suite } from '../../scenarios/suite.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';

const input = (flags: Record<string, unknown>, more: Partial<CommandInput> = {}): CommandInput => ({
  suiteFile: 'suite.yaml',
  flags,
  configFile: undefined,
  dryRun: false,
  env: {},
  ...more,
});

const embeddedSuite: Pick<Suite, 'name' | 'target'> = {
  name: 'smoke',
  target: { kind: 'embedded', brokers: 1, storage: 'fs' },
};
const externalSuite: Pick<Suite, 'name' | 'target'> = {
  name: 'ext',
  target: { kind: 'external', bootstrap: ['kafka-0:9092'] } as Suite['target'],
};

const options = (flags: Record<string, unknown>): RunOptions => resolveRunOptions(input(flags));

describe('run and soak options', () => {
  it('reads the kubernetes options from flags, LONGHAUL_* variables and the --config file, flags first', () => {
    const file = join(tempDir(), 'longhaul.yaml');
    writeFileSync(
      file,
      'fleet: kubernetes\ntarget: kubernetes\nnamespace: from-file\nworkerMemory: 4Gi\nworkerStartTimeout: 15m\n',
    );
    const resolved = resolveRunOptions(
      input(
        { namespace: 'from-flag' },
        {
          configFile: file,
          env: { LONGHAUL_WORKER_CPU: '500m', LONGHAUL_KUBE_CONTEXT: 'eks', LONGHAUL_WORKER_IMAGE: 'r/l:1' },
        },
      ),
    );
    expect(resolved).toMatchObject({
      target: 'kubernetes',
      fleet: 'kubernetes',
      kubernetes: {
        namespace: 'from-flag',
        context: 'eks',
        workerImage: 'r/l:1',
        workerResources: { cpu: '500m', memory: '4Gi' },
        workerRegisterTimeout_ms: 15 * 60_000,
      },
    });
  });

  it('defaults to local workers, and soak to the controller on 127.0.0.1:8080', () => {
    expect(options({})).toMatchObject({ fleet: 'local', target: undefined, controllerListen: undefined });
    const soak = resolveSoakOptions(input({ duration: '2h' }, { env: { LONGHAUL_WORKERS: '3' } }));
    expect(soak).toMatchObject({ controllerListen: '127.0.0.1:8080', duration_ms: 7_200_000, workers: 3 });
  });

  it('names the option, where it came from and what is expected when a value is wrong', () => {
    expect(() => resolveRunOptions(input({}, { env: { LONGHAUL_FLEET: 'spot' } }))).toThrow(
      /fleet \(from environment variable LONGHAUL_FLEET\): expected local or kubernetes/,
    );
    expect(() => options({ fleet: 'kubernetes', workerCpu: 'two' })).toThrow(
      /workerCpu \(from flag --worker-cpu\): expected a CPU quantity/,
    );
    expect(() => options({ target: 'minikube' })).toThrow(/expected embedded, external or kubernetes/);
    expect(() => options({ fleet: 'kubernetes', target: 'kubernetes', namespace: 'Soak_1' })).toThrow(
      /namespace \(from flag --namespace\): expected a namespace name/,
    );
  });

  it('refuses Kubernetes-only options when nothing runs on Kubernetes', () => {
    expect(() => options({ workerImage: 'r/l:1' })).toThrow(
      /--worker-image sets up the worker pods of --fleet kubernetes, but the fleet is local/,
    );
    expect(() => options({ namespace: 'soak' })).toThrow(/--namespace applies only to Kubernetes/);
    // The namespace and kubeconfig serve the kubernetes target alone too.
    expect(options({ target: 'kubernetes', namespace: 'soak' }).kubernetes.namespace).toBe('soak');
  });
});

describe('chooseTarget', () => {
  it('keeps today’s choice without --target: --bootstrap, else the suite’s', () => {
    expect(chooseTarget(embeddedSuite, options({}))).toEqual({ kind: 'embedded', brokers: 1 });
    expect(chooseTarget(embeddedSuite, options({ bootstrap: 'a:9092, b:9092' }))).toEqual({
      kind: 'external',
      bootstrap: ['a:9092', 'b:9092'],
    });
    expect(chooseTarget(externalSuite, options({}))).toEqual({
      kind: 'external',
      bootstrap: ['kafka-0:9092'],
    });
  });

  it('--target kubernetes overrides the suite’s target, with either fleet', () => {
    expect(chooseTarget(embeddedSuite, options({ target: 'kubernetes' }))).toEqual({ kind: 'kubernetes' });
    expect(chooseTarget(externalSuite, options({ target: 'kubernetes', fleet: 'kubernetes' }))).toEqual({
      kind: 'kubernetes',
    });
  });

  it('refuses the kubernetes fleet with the embedded target, naming the flags and what to do', () => {
    const refusal = (() => {
      try {
        chooseTarget(embeddedSuite, options({ fleet: 'kubernetes' }));
      } catch (error) {
        return error as Error & { hint?: string; exitCode?: number };
      }
      throw new Error('not refused');
    })();
    expect(refusal.message).toMatch(
      /--fleet kubernetes cannot run against the embedded target \(the suite smoke's target is embedded and neither --target nor --bootstrap is given\)/,
    );
    expect(refusal.hint).toMatch(/--target kubernetes .* or --bootstrap host:port/);
    expect(refusal.exitCode).toBe(2);
    expect(() => chooseTarget(externalSuite, options({ fleet: 'kubernetes', target: 'embedded' }))).toThrow(
      /cannot run against the embedded target \(--target embedded\)/,
    );
    // Pods can reach an external cluster: allowed.
    expect(chooseTarget(embeddedSuite, options({ fleet: 'kubernetes', bootstrap: 'kafka:9092' })).kind).toBe(
      'external',
    );
  });

  it('refuses conflicting brokers: --target kubernetes or embedded with --bootstrap, external without an address', () => {
    expect(() => chooseTarget(embeddedSuite, options({ target: 'kubernetes', bootstrap: 'a:1' }))).toThrow(
      /--target kubernetes and --bootstrap a:1 both say where the brokers are/,
    );
    expect(() => chooseTarget(embeddedSuite, options({ target: 'external' }))).toThrow(
      /--target external needs the cluster's address/,
    );
  });
});

describe('longhaul run --dry-run', () => {
  const longhaul = (args: string[], env: Record<string, string> = {}) =>
    runToExit(process.execPath, [longhaulBin, ...args], { env, timeout_ms: 30_000 });

  it('takes the backends from LONGHAUL_* variables as from flags', async () => {
    const result = await longhaul(['run', 'scenarios/suites/smoke.yaml', '--dry-run'], {
      LONGHAUL_FLEET: 'kubernetes',
      LONGHAUL_TARGET: 'kubernetes',
      LONGHAUL_NAMESPACE: 'soak',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      command: 'run',
      target: { kind: 'kubernetes' },
      fleet: 'kubernetes',
      kubernetes: { namespace: 'soak' },
    });
  });

  it('exits 2 before starting anything when --fleet kubernetes meets the embedded target', async () => {
    const reports = join(tempDir(), 'reports');
    const result = await longhaul([
      'run',
      'scenarios/suites/smoke.yaml',
      '--fleet',
      'kubernetes',
      '--report-dir',
      reports,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/longhaul: --fleet kubernetes cannot run against the embedded target/);
    expect(result.stderr).toMatch(/hint: add --target kubernetes/);
    expect(existsSync(reports)).toBe(false);
  });
});

const tinySuite: Pick<Suite, 'name' | 'file' | 'workers' | 'target' | 'tasks'> = {
  name: 'tiny',
  file: 'tiny.yaml',
  workers: 1,
  target: { kind: 'embedded', brokers: 1, storage: 'fs' },
  tasks: [],
};

describe('--keep-topics', () => {
  it('is off by default: cleanup deletes the task topics', () => {
    expect(resolveRunOptions(input({})).keepTopics).toBe(false);
    expect(resolveSoakOptions(input({})).keepTopics).toBe(false);
  });

  it('is read from the flag, LONGHAUL_KEEP_TOPICS and the --config file key keepTopics', () => {
    expect(resolveRunOptions(input({ keepTopics: true })).keepTopics).toBe(true);
    expect(resolveSoakOptions(input({ keepTopics: true })).keepTopics).toBe(true);
    for (const value of ['1', 'true', 'yes', 'on'])
      expect(resolveRunOptions(input({}, { env: { LONGHAUL_KEEP_TOPICS: value } })).keepTopics).toBe(true);
    expect(resolveRunOptions(input({}, { env: { LONGHAUL_KEEP_TOPICS: '0' } })).keepTopics).toBe(false);
    const file = join(tempDir(), 'longhaul.yaml');
    writeFileSync(file, 'keepTopics: true\n');
    expect(resolveSoakOptions(input({}, { configFile: file })).keepTopics).toBe(true);
    // The environment outranks the file.
    expect(
      resolveSoakOptions(input({}, { configFile: file, env: { LONGHAUL_KEEP_TOPICS: 'false' } })).keepTopics,
    ).toBe(false);
  });

  it('names the variable when its value is not a boolean', () => {
    expect(() => resolveRunOptions(input({}, { env: { LONGHAUL_KEEP_TOPICS: 'maybe' } }))).toThrow(
      /keepTopics \(from environment variable LONGHAUL_KEEP_TOPICS\)/,
    );
  });

  it('shows in the --dry-run JSON', () => {
    const dryRun = (keepTopics: boolean) =>
      JSON.parse(describeDryRun('run', tinySuite, resolveRunOptions(input({ keepTopics }))));
    expect(dryRun(true)).toMatchObject({ command: 'run', keepTopics: true });
    expect(dryRun(false)).toMatchObject({ keepTopics: false });
  });

  it('is a flag of `longhaul run` and `longhaul soak`, listed in --help', async () => {
    const longhaul = (args: string[]) =>
      runToExit(process.execPath, [longhaulBin, ...args], {
        env: { LONGHAUL_KEEP_TOPICS: undefined },
        timeout_ms: 30_000,
      });
    const [help, dryRun] = await Promise.all([
      longhaul(['soak', '--help']),
      longhaul(['run', 'test/controller/suites/tiny.yaml', '--keep-topics', '--dry-run']),
    ]);
    expect(help.stdout).toMatch(/--keep-topics\s+leave each task’s topic on the cluster/);
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(JSON.parse(dryRun.stdout)).toMatchObject({ command: 'run', keepTopics: true });
  });
});

describe('--skip', () => {
  const soak = loadSuite('scenarios/suites/soak.yaml');
  const names = (suite: Pick<Suite, 'tasks'>) => suite.tasks.map((t) => t.name);

  it('leaves out tasks by name or by kind, from the flag, LONGHAUL_SKIP or the --config file', () => {
    expect(resolveRunOptions(input({})).skip).toEqual([]);
    const byFlag = resolveSoakOptions(input({ skip: 'broker-pause, steady' })).skip;
    expect(byFlag).toEqual(['broker-pause', 'steady']);
    expect(resolveRunOptions(input({}, { env: { LONGHAUL_SKIP: 'scale' } })).skip).toEqual(['scale']);
    const file = join(tempDir(), 'longhaul.yaml');
    writeFileSync(file, 'skip: [broker-pause, network-fault]\n');
    expect(resolveSoakOptions(input({}, { configFile: file })).skip).toEqual([
      'broker-pause',
      'network-fault',
    ]);
    const kept = skipTasks(soak, byFlag);
    const pauses = soak.tasks.filter((t) => t.kind === 'broker-pause');
    expect(pauses.length).toBeGreaterThan(0);
    expect(names(kept)).toEqual(
      names(soak).filter((n) => n !== 'steady' && !pauses.some((t) => t.name === n)),
    );
    // Nothing to skip: the suite as it is.
    expect(skipTasks(soak, [])).toBe(soak);
  });

  it('refuses a word that is neither a task nor a kind, and skipping every task', () => {
    expect(() => skipTasks(soak, ['network-fault', 'no-such-task'])).toThrow(
      /--skip: no-such-task is neither a task of the suite soak nor a task kind/,
    );
    // A kind the suite does not use is no mistake: one skip list serves several suites.
    expect(names(skipTasks(soak, ['self-test-mutation']))).toEqual(names(soak));
    expect(() => skipTasks(soak, [...new Set(soak.tasks.map((t) => t.kind))])).toThrow(
      /leaves no task of the suite soak to run/,
    );
  });

  it('--dry-run lists the tasks that would run, those skipped, and those the target would refuse', async () => {
    const dryRun = (more: string[]) =>
      runToExit(
        process.execPath,
        [
          longhaulBin,
          'soak',
          'scenarios/suites/soak.yaml',
          '--target',
          'kubernetes',
          '--fleet',
          'kubernetes',
          ...more,
          '--dry-run',
        ],
        { env: { LONGHAUL_SKIP: undefined }, timeout_ms: 30_000 },
      );
    const [all, skipped, wrong] = await Promise.all([
      dryRun([]),
      dryRun(['--skip', 'broker-pause,network-fault']),
      dryRun(['--skip', 'broker-paws']),
    ]);
    expect(all.code, all.stderr).toBe(0);
    // The kubernetes target cannot pause a broker or put a proxy in front of it.
    const refusedKinds = soak.tasks.filter((t) => refusalFor('kubernetes', t.kind) !== undefined);
    expect(new Set(refusedKinds.map((t) => t.kind))).toEqual(new Set(['broker-pause', 'network-fault']));
    expect(JSON.parse(all.stdout)).toMatchObject({
      tasks: names(soak),
      skipped: [],
      refused: refusedKinds.map((t) => ({
        task: t.name,
        reason: expect.stringMatching(/^refused against the kubernetes target: /),
      })),
    });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({
      tasks: names(soak).filter((n) => !refusedKinds.some((t) => t.name === n)),
      skipped: refusedKinds.map((t) => t.name),
      refused: [],
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--skip: broker-paws is neither a task of the suite soak nor a task kind/);
  });
});
