// `longhaul run`: start the target, controller and workers, run a suite once, report, clean up.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { describeError, ExitCode, UserError } from '../common/errors.ts';
import { createLogger, type Logger } from '../common/log.ts';
import { loadSuite } from '../scenarios/load.ts';
import type { Suite, Task } from '../scenarios/suite.ts';
import { EmbeddedCluster } from './cluster/embedded.ts';
import { ExternalCluster } from './cluster/external.ts';
import type { ClusterTarget } from './cluster/target.ts';
import { type Fleet, WorkersUnavailableError } from './fleet/fleet.ts';
import { LocalFleet } from './fleet/local.ts';
import type { RunVerdict, TaskVerdict } from './model.ts';
import { ConsoleProgress } from './progress.ts';
import {
  chooseTarget,
  describeDryRun,
  type RunOptions,
  refusalFor,
  skippedLine,
  skipTasks,
} from './run-options.ts';
import { type ControllerServer, startControllerServer } from './server.ts';
import { runAttempt } from './tasks/runner.ts';
import {
  errorVerdict,
  interruptedVerdict,
  judgeTask,
  publishRunStart,
  publishVerdictMetrics,
  renderRunSummary,
  TaskMetrics,
  writeRunReports,
} from './verdict.ts';

export type { RunOptions } from './run-options.ts';

/** Checks that an external cluster answers, within a bound, before anything is started against it. */
async function checkReachable(bootstrap: readonly string[]): Promise<void> {
  const kafka = new Kafka({
    clientId: 'longhaul-probe',
    brokers: [...bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    retry: { retries: 2 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } catch (error) {
    throw new UserError(
      `the target cluster at ${bootstrap.join(',')} is unreachable: ${(error as Error).message}`,
      {
        hint: 'check the --bootstrap address and that the cluster is up',
      },
    );
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

export function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export interface RunContext {
  readonly server: ControllerServer;
  readonly target: ClusterTarget;
  readonly fleet: Fleet;
  readonly workDir: string;
  readonly logDir: string;
  close(): Promise<void>;
}

/** Starts what a suite needs: controller server, target (embedded, external or kubernetes) and fleet. */
export async function startRunContext(
  suite: Suite,
  options: RunOptions,
  logger: Logger,
  logDir: string,
): Promise<RunContext> {
  // Refuses impossible combinations (kubernetes fleet, embedded brokers) before anything starts.
  const choice = chooseTarget(suite, options);
  const workDir = mkdtempSync(join(tmpdir(), 'longhaul-run-'));
  const [host, port] = (options.controllerListen ?? '127.0.0.1:0').split(':');
  const closers: (() => Promise<void>)[] = [];
  const close = async (): Promise<void> => {
    for (const closer of closers.reverse())
      await closer().catch((error: unknown) => logger.warn({ err: error }, 'cleanup step failed'));
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const server = await startControllerServer({ host, port: Number(port), logger });
    closers.push(() => server.close());
    logger.info({ url: `http://${host}:${server.port}`, bus: server.busUrl }, 'controller listening');
    // Loaded only when asked for: @kubernetes/client-node is large, and local runs never need it.
    const kube =
      choice.kind === 'kubernetes' || options.fleet === 'kubernetes'
        ? await import('./kube/backends.ts').then((backends) => ({
            backends,
            connection: backends.connectForBackends(options.kubernetes, logger),
          }))
        : undefined;
    let target: ClusterTarget;
    if (choice.kind === 'external') {
      await checkReachable(choice.bootstrap);
      target = await ExternalCluster.start({
        bootstrap: choice.bootstrap,
        logger,
        noProxies:
          options.fleet === 'kubernetes'
            ? "the worker pods of --fleet kubernetes cannot reach proxies on the controller's loopback"
            : undefined,
      });
    } else if (choice.kind === 'kubernetes') {
      // The StatefulSet's broker count stays as deployed: scaling it is the `scale` task's job.
      target = await kube!.backends.startKubernetesTarget(
        kube!.connection,
        logger,
        undefined,
        options.kubernetes,
      );
    } else {
      target = await EmbeddedCluster.start({
        brokers: choice.brokers,
        dir: join(workDir, 'cluster'),
        logger,
        logDir,
      });
      logger.info({ bootstrap: target.bootstrap() }, 'embedded cluster ready');
    }
    closers.push(() => target.close());
    // Worker pods get the bus address from their PodTemplate (the controller's Service), never
    // server.busUrl, which is this process's listen address.
    const fleet: Fleet =
      options.fleet === 'kubernetes'
        ? await kube!.backends.startKubernetesFleet(kube!.connection, server.bus, logger, options.kubernetes)
        : new LocalFleet({ bus: server.bus, busUrl: server.busUrl, logDir, logger });
    closers.push(() => fleet.close());
    // GET /api/targets: what Prometheus should scrape besides the controller.
    server.state.scrapeTargets = () => [
      ...target
        .brokers()
        .filter((b) => b.adminUrl !== undefined)
        .map((b) => ({ component: 'broker' as const, id: String(b.id), url: b.adminUrl! })),
      ...(fleet.metricsUrls?.() ?? []).map((w) => ({
        component: 'worker' as const,
        id: w.workerId,
        url: w.url,
      })),
    ];
    return { server, target, fleet, workDir, logDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs every task of the suite once (with retries of interrupted attempts) and judges it. */
export async function runSuiteOnce(
  suite: Suite,
  context: RunContext,
  options: {
    runId: string;
    iteration: number;
    workers: number;
    seed: number;
    logger: Logger;
    stopSignal: AbortSignal;
    /** Leave each attempt's topic on the cluster (`--keep-topics`); default: cleanup deletes it. */
    keepTopics?: boolean;
    /**
     * When workers do not register in time, record this run's tasks as errors and return (a soak
     * then tries again next iteration) instead of throwing (a `run` stops with exit 2).
     */
    recordUnavailableWorkers?: boolean;
  },
): Promise<RunVerdict> {
  const { runId, logger, stopSignal } = options;
  const started_ms = Date.now();
  const progress = new ConsoleProgress(suite.name);
  context.server.state.current = { runId, suite: suite.name, task: undefined, phase: undefined };
  publishRunStart(context.server.metrics, suite, options.iteration, options.workers);
  const verdicts: TaskVerdict[] = [];
  let workersUnavailable: string | undefined;
  for (const task of suite.tasks) {
    if (workersUnavailable !== undefined) {
      verdicts.push(errorVerdict(task, 0, Date.now(), `not run: ${workersUnavailable}`));
      progress.taskDone(verdicts[verdicts.length - 1]);
      publishVerdictMetrics(context.server.metrics, suite.name, verdicts[verdicts.length - 1]);
      continue;
    }
    if (stopSignal.aborted) {
      verdicts.push(
        interruptedVerdict(task, 0, Date.now(), `the run was stopped (${String(stopSignal.reason)})`),
      );
      continue;
    }
    const live = new TaskMetrics(context.server.metrics, suite.name, task);
    live.started();
    const taskStarted_ms = Date.now();
    try {
      verdicts.push(await runTask(task, context, { ...options, live }, progress));
    } catch (error) {
      if (!(options.recordUnavailableWorkers && error instanceof WorkersUnavailableError)) throw error;
      workersUnavailable = describeError(error);
      logger.error({ task: task.name }, `workers unavailable: ${workersUnavailable}`);
      verdicts.push(errorVerdict(task, 1, taskStarted_ms, workersUnavailable));
    } finally {
      live.ended();
    }
    progress.taskDone(verdicts[verdicts.length - 1]);
    publishVerdictMetrics(context.server.metrics, suite.name, verdicts[verdicts.length - 1]);
  }
  const statuses = verdicts.map((v) => v.status);
  const status: RunVerdict['status'] = statuses.includes('fail')
    ? 'fail'
    : statuses.every((s) => s === 'pass')
      ? 'pass'
      : 'error';
  const run: RunVerdict = {
    runId,
    suite: suite.name,
    suiteFile: suite.file,
    iteration: options.iteration,
    started_ms,
    ended_ms: Date.now(),
    target:
      context.target.kind === 'embedded'
        ? `embedded (${context.target.bootstrap().length} broker)`
        : `${context.target.kind} ${(context.target instanceof ExternalCluster ? context.target.upstreamBootstrap : context.target.bootstrap()).join(',')}`,
    status,
    tasks: verdicts,
  };
  context.server.metrics.runs.inc({ suite: suite.name, status });
  context.server.state.runs.push(run);
  if (context.server.state.runs.length > 100) context.server.state.runs.shift();
  context.server.state.current = undefined;
  logger.debug({ runId, status }, 'run finished');
  return run;
}

async function runTask(
  task: Task,
  context: RunContext,
  options: {
    runId: string;
    workers: number;
    seed: number;
    logger: Logger;
    stopSignal: AbortSignal;
    keepTopics?: boolean;
    live: TaskMetrics;
  },
  progress: ConsoleProgress,
): Promise<TaskVerdict> {
  const started_ms = Date.now();
  const refusal = refusalFor(context.target.kind, task.kind);
  if (refusal) return errorVerdict(task, 0, started_ms, refusal);
  context.server.state.current = {
    runId: options.runId,
    suite: options.live.suite,
    task: task.name,
    phase: undefined,
  };
  for (let attempt = 1; ; attempt++) {
    const { history, interrupted } = await runAttempt(task, attempt, {
      runId: options.runId,
      target: context.target,
      bus: context.server.bus,
      fleet: context.fleet,
      workers: options.workers,
      logger: options.logger,
      seed: options.seed,
      stopSignal: options.stopSignal,
      keepTopics: options.keepTopics,
      onProgress: (event) => {
        progress.onEvent(event);
        if (event.type === 'phase') options.live.phase(event.phase);
        if (event.type === 'phase' && context.server.state.current)
          context.server.state.current.phase = event.phase;
      },
      onFault: (fault, change) => options.live.fault(fault, change),
    });
    options.live.attemptEnded();
    context.server.state.faults.push(...history.faults);
    if (context.server.state.faults.length > 1000)
      context.server.state.faults.splice(0, context.server.state.faults.length - 1000);
    if (interrupted) {
      if (!options.stopSignal.aborted && attempt <= task.retries) {
        options.live.retried();
        options.logger.warn({ task: task.name, attempt, reason: interrupted }, 'task interrupted; retrying');
        continue;
      }
      return interruptedVerdict(task, attempt, started_ms, interrupted);
    }
    return judgeTask(history, attempt, started_ms, Date.now());
  }
}

/** The whole `longhaul run` command; resolves with the exit code. */
export async function runCommand(options: RunOptions): Promise<number> {
  const logger = createLogger({ name: 'controller', level: process.env.LONGHAUL_LOG_LEVEL ?? 'warn' });
  const fromFile = loadSuite(options.suiteFile);
  if (options.dryRun) {
    process.stdout.write(describeDryRun('run', fromFile, options));
    return ExitCode.ok;
  }
  chooseTarget(fromFile, options); // refuses impossible combinations before a report folder exists
  const suite = skipTasks(fromFile, options.skip);
  const runId = newRunId();
  const reportDir = resolve(options.reportDir ?? join('reports', runId));
  const logDir = join(reportDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const workers = options.workers ?? suite.workers;
  const seed = options.seed ?? suite.seed ?? Date.now() % 1_000_000;
  process.stderr.write(
    `longhaul run ${suite.name}: run ${runId}, ${suite.tasks.length} tasks, ${workers} workers, seed ${seed}\n  reports and logs: ${reportDir}\n${options.keepTopics ? '  topics are kept on the cluster (--keep-topics)\n' : ''}${skippedLine(fromFile, suite)}`,
  );
  const stop = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      process.stderr.write('second signal: exiting now\n');
      process.exit(ExitCode.couldNotRun);
    }
    process.stderr.write(`${signal}: stopping the current task and cleaning up (again to exit at once)\n`);
    stop.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let context: RunContext | undefined;
  try {
    context = await startRunContext(suite, options, logger, logDir);
    const run = await runSuiteOnce(suite, context, {
      runId,
      iteration: 1,
      workers,
      seed,
      logger,
      stopSignal: stop.signal,
      keepTopics: options.keepTopics,
    });
    writeRunReports(reportDir, run);
    process.stdout.write(renderRunSummary(run, reportDir));
    if (run.status === 'pass') return ExitCode.ok;
    if (run.status === 'fail') return ExitCode.assertionFailed;
    return ExitCode.couldNotRun;
  } finally {
    await context?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
