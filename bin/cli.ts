// The `longhaul` command line: one program, one subcommand per component, loaded lazily.
import { Command, CommanderError } from 'commander';
import { describeError, ExitCode, UserError } from '../common/errors.ts';
import { commands } from './commands.ts';

const program = new Command('longhaul')
  .description('Continuous chaos and soak testing for Kafka-protocol streaming systems.')
  .version(process.env.npm_package_version ?? '0.1.0')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (text, write) => write(text) });

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are not errors; every other parse failure is a usage error (exit 2).
    const ok =
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help';
    process.exitCode = ok ? ExitCode.ok : ExitCode.couldNotRun;
  } else {
    process.stderr.write(`longhaul: ${describeError(error)}\n`);
    process.exitCode = error instanceof UserError ? error.exitCode : ExitCode.couldNotRun;
  }
}
