// `longhaul run`, `longhaul soak` and `longhaul controller`: option specs only; code loads on use.
import type { Command } from 'commander';

/** The options `run` and `soak` share; each is also LONGHAUL_<NAME> and a key of the --config file. */
function addRunOptions(command: Command, defaults: { controllerListen: string; reportDir: string }): Command {
  return command
    .option(
      '--target <kind>',
      'where the brokers are: embedded (started here), external (--bootstrap) or kubernetes (the StatefulSet longhaul-broker of --namespace); default: external with --bootstrap, else the suite’s target',
    )
    .option(
      '--bootstrap <host:port,...>',
      'run against an external Kafka-compatible cluster instead of the suite’s target',
    )
    .option(
      '--fleet <kind>',
      'where the workers run: local (child processes) or kubernetes (a Deployment made from the PodTemplate longhaul-worker) (default local)',
    )
    .option('--workers <n>', "how many workers (default: the suite's `workers`)")
    .option(
      '--report-dir <dir>',
      `where report.json, junit.xml, summary.md and logs go (default ${defaults.reportDir})`,
    )
    .option('--seed <n>', 'seed of every random choice (payloads, fault targets)')
    .option(
      '--keep-topics',
      'leave each task’s topic on the cluster to inspect its data (default: cleanup deletes it)',
    )
    .option(
      '--skip <tasks>',
      'leave out these tasks: names or kinds, comma-separated (e.g. broker-pause,network-fault)',
    )
    .option(
      '--controller-listen <host:port>',
      `REST API, /metrics and the worker bus (default ${defaults.controllerListen})`,
    )
    .option(
      '--namespace <ns>',
      'Kubernetes namespace of the workers and brokers (default: the pod’s, else the kubeconfig context’s, else longhaul)',
    )
    .option(
      '--kubeconfig <file>',
      'kubeconfig file (default: in-cluster in a pod, else $KUBECONFIG or ~/.kube/config)',
    )
    .option('--kube-context <name>', 'kubeconfig context (default: the current one)')
    .option(
      '--worker-image <image>',
      'worker image, when the namespace has no PodTemplate longhaul-worker or to override its image',
    )
    .option('--worker-cpu <quantity>', 'CPU request of each worker pod, e.g. 2 or 500m (no CPU limit)')
    .option('--worker-memory <quantity>', 'memory request and limit of each worker pod, e.g. 2Gi')
    .option(
      '--worker-start-timeout <duration>',
      'how long to wait for worker pods to register before giving up, e.g. 15m (default 10m)',
    )
    .option(
      '--config <file>',
      'YAML/JSON file with any of these options (flags and LONGHAUL_* variables win)',
    )
    .option('--dry-run', 'check the options and the suite, print what would run as JSON, and start nothing');
}

/** The values the user typed (not commander defaults): environment and file come after them. */
function typedFlags(options: Record<string, unknown>, command: Command): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (key === 'config' || key === 'dryRun') continue;
    if (command.getOptionValueSource(key) === 'cli') flags[key] = value;
  }
  return flags;
}

function commandInput(suiteFile: string, options: Record<string, unknown>, command: Command) {
  return {
    suiteFile,
    flags: typedFlags(options, command),
    configFile: typeof options.config === 'string' ? options.config : undefined,
    dryRun: options.dryRun === true,
  };
}

export function registerControllerCommands(program: Command): void {
  addRunOptions(
    program
      .command('run')
      .description(
        'run a suite once: target, controller and workers; exit 0 pass, 1 an assertion failed, 2 could not run',
      )
      .argument('<suite>', 'suite file (YAML), e.g. scenarios/suites/smoke.yaml'),
    { controllerListen: '127.0.0.1:0, a free port', reportDir: 'reports/<run id>' },
  ).action(async (suite: string, options: Record<string, unknown>, command: Command) => {
    const { resolveRunOptions } = await import('./run-options.ts');
    const { runCommand } = await import('./run.ts');
    process.exitCode = await runCommand(resolveRunOptions(commandInput(suite, options, command)));
  });

  addRunOptions(
    program
      .command('soak')
      .description(
        "repeat a suite with a new run id per iteration until --duration, the suite's stop conditions, or SIGTERM",
      )
      .argument('<suite>', 'suite file (YAML), e.g. scenarios/suites/soak.yaml')
      .option(
        '--duration <duration>',
        "stop after this long, e.g. 24h (default: the suite's soak.stopAfter, else until SIGTERM)",
      ),
    { controllerListen: '127.0.0.1:8080', reportDir: 'reports/soak-<id>' },
  ).action(async (suite: string, options: Record<string, unknown>, command: Command) => {
    const { resolveSoakOptions } = await import('./run-options.ts');
    const { soakCommand } = await import('./soak.ts');
    process.exitCode = await soakCommand(resolveSoakOptions(commandInput(suite, options, command)));
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
