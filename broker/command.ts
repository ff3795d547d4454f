// `longhaul broker`: option specs only; the broker's code loads when the command runs.
import type { Command } from 'commander';

export function registerBrokerCommand(program: Command): void {
  program
    .command('broker')
    .description(
      'run the reference Kafka-protocol broker; its only state is the object store given by --data',
    )
    .option('--listen <host:port>', 'Kafka listener (default 127.0.0.1:9092)')
    .option(
      '--data <url>',
      'object store: file:///abs/dir, s3://bucket/prefix?endpoint=...&region=...&forcePathStyle=true, memory://',
    )
    .option('--advertised-listener <host:port>', 'address given to clients in Metadata (default: --listen)')
    .option('--node-id <n>', 'broker id (default 0)')
    .option(
      '--admin-listen <host:port>',
      'admin HTTP (/metrics, /healthz, /readyz), or "off" (default 127.0.0.1:9644)',
    )
    .option(
      '--enable-fault-injection',
      'serve the admin endpoints that inject object-store faults and test mutations',
    )
    .option('--default-partitions <n>', 'partitions of auto-created topics (default 1)')
    .option('--no-auto-create-topics', 'refuse to create topics on first use')
    .option('--max-request-size <size>', 'largest request frame accepted (default 100MiB)')
    .option('--log-cache-size <size>', 'memory for recent batches (default 256MiB)')
    .option('--block-cache-size <size>', 'memory for cold reads (default 64MiB)')
    .option(
      '--group-initial-rebalance-delay <duration>',
      'wait for more members before the first rebalance of a group (default 300ms)',
    )
    .option(
      '--lease-timeout <duration>',
      'a broker silent this long is failed over by the controller (default 3s)',
    )
    .option('--heartbeat-interval <duration>', 'how often a broker renews its lease (default 500ms)')
    .option('--no-auto-balance', 'do not move partitions to even out load across brokers')
    .option(
      '--drain-timeout <duration>',
      'on SIGTERM, time allowed to move partitions to other brokers first (default 20s)',
    )
    .option(
      '--config <file>',
      'YAML/JSON file with any of these options (flags and LONGHAUL_* variables win)',
    )
    .action(async (options: Record<string, unknown>, command: Command) => {
      const flags: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(options)) {
        // Only what the user typed: defaults come from the schema, after env and file.
        if (command.getOptionValueSource(key) === 'cli') flags[key] = value;
      }
      const { config: _file, ...rest } = flags;
      const { runBroker } = await import('./main.ts');
      await runBroker(rest, typeof options.config === 'string' ? options.config : undefined);
    });
}
