// The list of subcommands: each component registers its own (option specs only; code loads on use).
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: readonly RegisterCommand[] = [];
