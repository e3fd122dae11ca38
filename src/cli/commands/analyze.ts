// `newswatch analyze <kind>`: the database-free analysers that evaluations drive
// through JSON lines on stdin and stdout.
import type { Command } from 'commander';
import { registerAnalyzeEntities } from './analyze-entities.ts';
import { registerAnalyzeStories } from './analyze-stories.ts';
import { registerAnalyzeNames } from './analyze-names.ts';

/** Adds `analyze` and its subcommands to program. */
export function registerAnalyze(program: Command): void {
  const analyze = program
    .command('analyze')
    .description('run an analyser over JSON lines on stdin (no database needed)');
  registerAnalyzeEntities(analyze);
  registerAnalyzeStories(analyze);
  registerAnalyzeNames(analyze);
}
