// The list of subcommands: each component registers its own (option specs only; code loads on use).
import type { Command } from 'commander';
import { registerBrokerCommand } from '../broker/command.ts';
import { registerControllerCommands, registerControllerServerCommand } from '../controller/command.ts';
import { registerValidateCommand } from '../scenarios/command.ts';
import { registerWorkerCommands } from '../worker/command.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: readonly RegisterCommand[] = [
  registerControllerCommands,
  registerValidateCommand,
  registerBrokerCommand,
  registerControllerServerCommand,
  registerWorkerCommands,
];
