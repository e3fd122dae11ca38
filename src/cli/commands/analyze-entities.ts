// `newswatch analyze entities`: JSON lines in, JSON lines out (being written).
import type { Command } from 'commander';

/** Adds `analyze entities` to the analyze command. */
export function registerAnalyzeEntities(analyze: Command): void {
  analyze.command('entities').description('entities analyser (not written yet)');
}
