// `newswatch analyze stories`: JSON lines {id, title, text, published} on stdin, in stream
// order, and {id, story} out, one line each, as soon as each document is placed. Names come
// from the entity tagger when its model is at hand, else from capitalised phrases.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createExtractor, loadTagger } from '../../extract/index.ts';
import { AppError } from '../../model/index.ts';
import { StoryClusterer, type ClustererConfig } from '../../stories/index.ts';
import { exitCodeFor } from '../exit-codes.ts';
import { mapJsonLines } from '../json-lines.ts';

// src/cli/commands/ and dist/cli/commands/ both sit three levels below the package root.
const DEFAULT_MODEL = fileURLToPath(new URL('../../../models/ner/ner-model.bin.gz', import.meta.url));

const StoryLine = z
  .object({
    id: z.union([z.string().min(1), z.number()]),
    title: z.string().default(''),
    text: z.string().default(''),
    published: z.string().nullable().default(null),
    entities: z.array(z.string()).optional(),
  })
  .refine((line) => line.title.trim() !== '' || line.text.trim() !== '', {
    message: 'title or text is required',
  });

/** Entity keys of one document, from its title and text. */
export type FindEntities = (title: string, text: string) => readonly string[];

export interface StoriesHandlerOptions {
  readonly config?: Partial<ClustererConfig>;
  /** Without it (and without `entities` on the line) the clusterer uses capitalised phrases. */
  readonly findEntities?: FindEntities;
}

export interface StoryLineResult {
  readonly id: string | number;
  readonly story: string;
}

/** Returns a handler that validates one JSON line and returns the story its document joined. */
export function createStoriesHandler(
  options: StoriesHandlerOptions = {},
): (value: unknown) => StoryLineResult {
  const clusterer = new StoryClusterer(options.config);
  return (value) => {
    const parsed = StoryLine.safeParse(value);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
      throw new AppError('input.bad_line', `analyze stories: ${why}`);
    }
    const { id, title, text, published } = parsed.data;
    const entities = parsed.data.entities ?? options.findEntities?.(title, text);
    const doc = { id: String(id), title, text, published, ...(entities === undefined ? {} : { entities }) };
    return { id, story: clusterer.assign(doc).story };
  };
}

/** Returns a FindEntities over the tagger model in bytes. */
export function entityFinder(modelBytes: Uint8Array): FindEntities {
  const extract = createExtractor(loadTagger(modelBytes));
  return (title, text) => extract(`${title}\n\n${text}`).mentions.map((m) => m.key);
}

interface StoriesFlags {
  readonly model?: string;
  readonly entities: boolean;
}

/** Adds `analyze stories` to the analyze command. */
export function registerAnalyzeStories(analyze: Command): void {
  analyze
    .command('stories')
    .description('group JSON lines {id, title, text, published} into stories; prints {id, story} per line')
    .option('--model <file>', 'entity tagger model (default: models/ner/ner-model.bin.gz)')
    .option('--no-entities', 'skip the entity tagger: names from capitalised phrases only (faster)')
    .action(async (flags: StoriesFlags) => {
      const findEntities = flags.entities ? await loadFinder(flags.model) : undefined;
      const handle = createStoriesHandler(findEntities === undefined ? {} : { findEntities });
      const failed = await mapJsonLines(process.stdin, process.stdout, process.stderr, handle);
      if (failed > 0) process.exitCode = exitCodeFor('input.bad_line');
    });
}

// The default model may be absent from a source checkout: say so and carry on without it.
async function loadFinder(model: string | undefined): Promise<FindEntities | undefined> {
  try {
    return entityFinder(await readFile(model ?? DEFAULT_MODEL));
  } catch (err) {
    if (model !== undefined) {
      throw new AppError(
        'input.unreadable',
        `analyze stories: cannot read model ${model}: ${(err as Error).message}`,
        {
          path: model,
        },
      );
    }
    process.stderr.write('analyze stories: no entity model found; using capitalised phrases\n');
    return undefined;
  }
}
