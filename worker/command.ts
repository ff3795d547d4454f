// `longhaul produce`, `consume` and `worker`: option specs only; the load engine loads when a command runs.
import type { Command } from 'commander';

/** Repeatable options collect into an array. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerWorkerCommands(program: Command): void {
  program
    .command('produce')
    .description(
      'produce stamped records at an open-loop rate (or replay an experiment load file); prints throughput, latency from the scheduled send time, and failures',
    )
    .requiredOption('--bootstrap <host:port,...>', 'Kafka bootstrap servers')
    .requiredOption('--topic <name>', 'topic to produce to')
    .option('--payload <kind>', 'experiment (Avro lab events), random or fixed bytes', 'experiment')
    .option(
      '--load <file>',
      'experiment load file (JSON); its schedule drives the rate unless --rate is given',
    )
    .option('--time-scale <K>', 'run the load file K times faster (rates x K, durations / K)', '1')
    .option('--rate-multiplier <M>', 'run M copies of every experiment of the load file', '1')
    .option('--encoding <enc>', 'experiment value encoding: container, binary or confluent', 'container')
    .option('--rate <rate>', 'records/s (5000), bytes/s (10MiB/s) or max (default 1000, or the load file)')
    .option('--in-flight <n>', 'with --rate max: records unacknowledged at most', '10000')
    .option('--size <size>', 'random/fixed value size (1KiB) or a uniform range (100B..4KiB)', '1KiB')
    .option(
      '--keys <n>',
      'random/fixed payloads: keys drawn from n distinct keys (default: no key, round robin)',
    )
    .option('--duration <duration>', 'stop scheduling after this long (30s, 5m)')
    .option('--count <n>', 'stop after n records')
    .option('--acks <acks>', 'all, 1 or 0', 'all')
    .option('--idempotent', 'idempotent producer (needs --acks all)')
    .option('--compression <codec>', 'none or gzip', 'none')
    .option('--partitions <n>', 'create the topic with n partitions if it does not exist')
    .option('--producer-id <id>', 'lh.pid stamp (default cli-<host>-<pid>)')
    .option('--run-id <id>', 'lh.run stamp (default a new random id)')
    .option('--seed <n>', 'seed of payloads and experiment ids', '1')
    .option('--linger <ms>', 'how long records wait to be batched', '5')
    .option('--batch-records <n>', 'largest batch of one partition in one request (default 500)')
    .option(
      '--in-flight-per-partition <n>',
      'sends of one partition unacknowledged at once (default 50; idempotent: 1)',
    )
    .option('--ledger-out <file>', 'write the acked ledger (for consume --check-ledger)')
    .option('--connect-timeout <duration>', 'give up when the cluster does not answer within this', '15s')
    .option('--json', 'print the summary as JSON')
    .action(async (options: Record<string, unknown>) => {
      const { runProduceCommand } = await import('./cli/produce.ts');
      process.exitCode = await runProduceCommand(options);
    });

  program
    .command('consume')
    .description(
      'consume a topic (group or explicit partitions); prints throughput, end-to-end latency, and local continuity findings',
    )
    .requiredOption('--bootstrap <host:port,...>', 'Kafka bootstrap servers')
    .requiredOption('--topic <name>', 'topic to consume')
    .option('--group <id>', 'consumer group (default: no group, every partition assigned explicitly)')
    .option('--partitions <list>', 'without --group: only these partitions (0,2,5)')
    .option(
      '--from <position>',
      'earliest, latest, an offset, or an ISO time (2024-05-01T12:00:00Z)',
      'earliest',
    )
    .option('--to-end', 'read up to the high watermarks of when it starts, then stop')
    .option('--decode', 'decode experiment values: print record_name and the record, validate lifecycles')
    .option('--validate', 'decode and validate experiment values without printing them')
    .option('--duration <duration>', 'stop after this long')
    .option('--count <n>', 'stop after n records')
    .option('--max-rate <n>', 'consume at most n records/s')
    .option('--no-commit', 'do not commit offsets (group mode)')
    .option('--run-id <id>', 'only count records of this run (default: every run, or the ledger file run)')
    .option(
      '--check-ledger <file>',
      'check continuity against a produce --ledger-out file (implies --to-end without --count/--duration)',
    )
    .option('--connect-timeout <duration>', 'give up when the cluster does not answer within this', '15s')
    .option('--json', 'print the summary as JSON')
    .action(async (options: Record<string, unknown>) => {
      const { runConsumeCommand } = await import('./cli/consume.ts');
      process.exitCode = await runConsumeCommand(options);
    });

  program
    .command('worker')
    .description('run a load worker: dial the controller, run producer/consumer/reader roles on command')
    .option(
      '--controller <url>',
      'controller bus URL, e.g. ws://127.0.0.1:8080/bus (env LONGHAUL_CONTROLLER)',
    )
    .option('--id <id>', 'worker id (default <host>-<pid>)')
    .option('--labels <k=v,...>', 'labels for the controller to select workers by (repeatable)', collect)
    .option(
      '--metrics-listen <host:port>',
      'serve /metrics here (port 0: any free port), or off (default 127.0.0.1:0)',
    )
    .option(
      '--config <file>',
      'YAML/JSON file with any of these options (flags and LONGHAUL_* variables win)',
    )
    .action(async (options: Record<string, unknown>, command: Command) => {
      const flags: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(options)) {
        if (command.getOptionValueSource(key) === 'cli' && key !== 'config') flags[key] = value;
      }
      const { runWorkerCommand } = await import('./cli/worker.ts');
      process.exitCode = await runWorkerCommand(
        flags,
        typeof options.config === 'string' ? options.config : undefined,
      );
    });
}
