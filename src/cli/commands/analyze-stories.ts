// `newswatch analyze stories`: JSON lines {id, title, text, published} on stdin, in stream
// order, and {id, story} out, one line each, as soon as each document is placed.
import type { Command } from 'commander';
import { z } from 'zod';
import { StoryClusterer, type ClustererConfig } from '../../stories/index.ts';
import { mapJsonLines } from '../json-lines.ts';
import { exitCodeFor } from '../exit-codes.ts';

const StoryLine = z.object({
  id: z.union([z.string().min(1), z.number()]),
  title: z.string().default(''),
  text: z.string().default(''),
  published: z.string().nullable().default(null),
  entities: z.array(z.string()).optional(),
});

export interface StoryLineResult {
  readonly id: string | number;
  readonly story: string;
}

/** Returns a handler that validates one JSON line and returns where its document went. */
export function createStoriesHandler(config: Partial<ClustererConfig> = {}): (value: unknown) => StoryLineResult {
  const clusterer = new StoryClusterer(config);
  return (value) => {
    const parsed = StoryLine.safeParse(value);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
      throw new Error(`analyze stories: ${why}`);
    }
    const { id, title, text, published, entities } = parsed.data;
    const doc = { id: String(id), title, text, published, ...(entities === undefined ? {} : { entities }) };
    return { id, story: clusterer.assign(doc).story };
  };
}

/** Adds `analyze stories` to the analyze command. */
export function registerAnalyzeStories(analyze: Command): void {
  analyze
    .command('stories')
    .description('group JSON lines {id, title, text, published} into stories; prints {id, story} per line')
    .action(async () => {
      const failed = await mapJsonLines(process.stdin, process.stdout, process.stderr, createStoriesHandler());
      if (failed > 0) process.exitCode = exitCodeFor('input.invalid_line');
    });
}
