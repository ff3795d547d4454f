// `longhaul soak` (the suite in a loop, statistics across iterations) and `longhaul controller` (serve only).

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ExitCode } from '../common/errors.ts';
import { createLogger } from '../common/log.ts';
import { loadSuite } from '../scenarios/load.ts';
import type { RunVerdict } from './model.ts';
import { newRunId, type RunContext, runSuiteOnce, startRunContext } from './run.ts';
import { chooseTarget, describeDryRun, type SoakOptions, skippedLine, skipTasks } from './run-options.ts';
import { startControllerServer } from './server.ts';
import { renderRunSummary, writeSoakReports } from './verdict.ts';

export type { SoakOptions } from './run-options.ts';

export async function soakCommand(options: SoakOptions): Promise<number> {
  const logger = createLogger({ name: 'controller', level: process.env.LONGHAUL_LOG_LEVEL ?? 'warn' });
  const fromFile = loadSuite(options.suiteFile);
  if (options.dryRun) {
    process.stdout.write(describeDryRun('soak', fromFile, options));
    return ExitCode.ok;
  }
  chooseTarget(fromFile, options); // refuses impossible combinations before a report folder exists
  const suite = skipTasks(fromFile, options.skip);
  const soakId = newRunId();
  const reportDir = resolve(options.reportDir ?? join('reports', `soak-${soakId}`));
  const logDir = join(reportDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const duration_ms = options.duration_ms ?? suite.soak.stopAfter.duration_ms;
  const deadline = duration_ms === undefined ? Number.POSITIVE_INFINITY : Date.now() + duration_ms;
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stop.signal.aborted) process.exit(ExitCode.couldNotRun);
    process.stderr.write(
      `${signal}: ending the current task cleanly and writing the report (again to exit at once)\n`,
    );
    stop.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const iterations: RunVerdict[] = [];
  let context: RunContext | undefined;
  try {
    context = await startRunContext(suite, options, logger, logDir);
    process.stderr.write(
      `longhaul soak ${suite.name}: controller on ${options.controllerListen}, reports in ${reportDir}\n${options.keepTopics ? '  topics are kept on the cluster (--keep-topics)\n' : ''}${skippedLine(fromFile, suite)}`,
    );
    const workers = options.workers ?? suite.workers;
    for (let iteration = 1; !stop.signal.aborted && Date.now() < deadline; iteration++) {
      if (suite.soak.stopAfter.iterations !== undefined && iteration > suite.soak.stopAfter.iterations) break;
      const run = await runSuiteOnce(suite, context, {
        runId: `${soakId}-i${iteration}`,
        iteration,
        workers,
        seed: (options.seed ?? Date.now() % 1_000_000) + iteration,
        logger,
        stopSignal: stop.signal,
        keepTopics: options.keepTopics,
        recordUnavailableWorkers: true,
      });
      iterations.push(run);
      // Keep the last iterations in full; older ones are summarised in the soak report already.
      if (iterations.length > 500) iterations.splice(0, 1);
      writeSoakReports(reportDir, soakId, suite.name, iterations);
      process.stdout.write(renderRunSummary(run, reportDir));
      const failed = iterations.filter((r) => r.status === 'fail').length;
      if (
        suite.soak.stopAfter.failedIterations !== undefined &&
        failed >= suite.soak.stopAfter.failedIterations
      )
        break;
      if (!stop.signal.aborted && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, suite.soak.interval_ms));
    }
  } finally {
    await context?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (iterations.length === 0) return ExitCode.couldNotRun;
  return iterations.some((r) => r.status === 'fail') ? ExitCode.assertionFailed : ExitCode.ok;
}

export async function serveController(listen: string): Promise<void> {
  const logger = createLogger({ name: 'controller' });
  const [host, port] = listen.split(':');
  const server = await startControllerServer({ host, port: Number(port), logger });
  logger.info({ listen: `${host}:${server.port}`, bus: server.busUrl }, 'listening');
  await new Promise<void>((resolveStop) => {
    const stop = (): void => resolveStop();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await server.close();
}
