// `longhaul run`, `longhaul soak` and `longhaul controller`: option specs only; code loads on use.
import type { Command } from 'commander';

const int = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
};

export function registerControllerCommands(program: Command): void {
  program
    .command('run')
    .description(
      'run a suite once: embedded broker(s), controller and local workers; exit 0 pass, 1 an assertion failed, 2 could not run',
    )
    .argument('<suite>', 'suite file (YAML), e.g. scenarios/suites/smoke.yaml')
    .option(
      '--bootstrap <host:port,...>',
      'run against an external Kafka-compatible cluster instead of the embedded one',
    )
    .option('--workers <n>', "local worker processes (default: the suite's `workers`)", int)
    .option(
      '--report-dir <dir>',
      'where report.json, junit.xml, summary.md and logs go (default reports/<run id>)',
    )
    .option('--seed <n>', 'seed of every random choice (payloads, fault targets)', int)
    .option(
      '--controller-listen <host:port>',
      'REST API, /metrics and the worker bus (default 127.0.0.1:0, a free port)',
    )
    .action(async (suite: string, options: Record<string, unknown>) => {
      const { runCommand } = await import('./run.ts');
      process.exitCode = await runCommand({
        suiteFile: suite,
        bootstrap: options.bootstrap as string | undefined,
        workers: options.workers as number | undefined,
        reportDir: options.reportDir as string | undefined,
        seed: options.seed as number | undefined,
        controllerListen: options.controllerListen as string | undefined,
      });
    });

  program
    .command('soak')
    .description(
      "repeat a suite with a new run id per iteration until --duration, the suite's stop conditions, or SIGTERM",
    )
    .argument('<suite>', 'suite file (YAML), e.g. scenarios/suites/soak.yaml')
    .option(
      '--duration <duration>',
      "stop after this long, e.g. 24h (default: the suite's soak.stopAfter, else until SIGTERM)",
    )
    .option('--bootstrap <host:port,...>', 'run against an external Kafka-compatible cluster')
    .option('--workers <n>', 'local worker processes', int)
    .option('--report-dir <dir>', 'where reports go (default reports/soak-<id>)')
    .option('--seed <n>', 'seed of the first iteration', int)
    .option(
      '--controller-listen <host:port>',
      'REST API, /metrics and the worker bus (default 127.0.0.1:8080)',
    )
    .action(async (suite: string, options: Record<string, unknown>) => {
      const { soakCommand } = await import('./soak.ts');
      process.exitCode = await soakCommand({
        suiteFile: suite,
        duration: options.duration as string | undefined,
        bootstrap: options.bootstrap as string | undefined,
        workers: options.workers as number | undefined,
        reportDir: options.reportDir as string | undefined,
        seed: options.seed as number | undefined,
        controllerListen: (options.controllerListen as string | undefined) ?? '127.0.0.1:8080',
      });
    });
}

export function registerControllerServerCommand(program: Command): void {
  program
    .command('controller')
    .description(
      'run the controller alone: worker bus (/bus), REST API (/api/runs, /api/workers, /api/faults) and /metrics',
    )
    .option('--listen <host:port>', 'address to serve on (default 127.0.0.1:8080)')
    .action(async (options: Record<string, unknown>) => {
      const { serveController } = await import('./soak.ts');
      await serveController((options.listen as string | undefined) ?? '127.0.0.1:8080');
    });
}
