// `newswatch analyze <kind>`: the database-free analysers that evaluations drive
// through JSON lines on stdin and stdout.
import type { Command } from 'commander';

/** Adds `analyze` and its subcommands to program. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('run an analyser over JSON lines on stdin (no database needed)');
}
