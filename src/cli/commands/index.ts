// Every subcommand, each in its own file.
import type { Command } from 'commander';
import { registerParse } from './parse.ts';
import { registerAnalyze } from './analyze.ts';

/** Adds every subcommand to program. */
export function registerCommands(program: Command): void {
  registerParse(program);
  registerAnalyze(program);
}
