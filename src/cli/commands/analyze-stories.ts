// `newswatch analyze stories`: JSON lines in, JSON lines out (being written).
import type { Command } from 'commander';

/** Adds `analyze stories` to the analyze command. */
export function registerAnalyzeStories(analyze: Command): void {
  analyze.command('stories').description('stories analyser (not written yet)');
}
