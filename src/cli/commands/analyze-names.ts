// `newswatch analyze names`: JSON lines in, JSON lines out (being written).
import type { Command } from 'commander';

/** Adds `analyze names` to the analyze command. */
export function registerAnalyzeNames(analyze: Command): void {
  analyze.command('names').description('names analyser (not written yet)');
}
