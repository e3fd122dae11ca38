// `newswatch analyze entities`: JSON lines {id, text} in, {id, entities} out, one per line.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  applyAliases,
  createAliasResolver,
  createExtractor,
  loadTagger,
  parseAliasFile,
  type AliasResolver,
  type Extractor,
} from '../../extract/index.ts';
import { AppError } from '../../model/index.ts';
import { exitCodeFor } from '../exit-codes.ts';
import { mapJsonLines } from '../json-lines.ts';

// src/cli/commands/ and dist/cli/commands/ both sit three levels below the package root.
const DEFAULT_MODEL = new URL('../../../models/ner/ner-model.bin.gz', import.meta.url);

const InputLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

interface EntitiesFlags {
  readonly model?: string;
  readonly aliases?: string;
}

/** Adds `analyze entities` to the analyze command. */
export function registerAnalyzeEntities(analyze: Command): void {
  analyze
    .command('entities')
    .description('find people, organisations, places, other names and laws in JSON lines {id, text} on stdin')
    .option('--model <file>', 'tagger model file (default: models/ner/ner-model.bin.gz)')
    .option('--aliases <file>', 'YAML alias file that adds, merges or splits entities')
    .action(async (flags: EntitiesFlags) => {
      const resolver =
        flags.aliases === undefined ? undefined : createAliasResolver(await readAliasFile(flags.aliases));
      const model = loadTagger(await readBytes(flags.model ?? DEFAULT_MODEL.pathname, 'model'));
      const extract = createExtractor(
        model,
        resolver === undefined ? {} : { knownNames: resolver.knownNames },
      );
      const failed = await mapJsonLines(process.stdin, process.stdout, process.stderr, (value) =>
        analyseLine(extract, resolver, value),
      );
      if (failed > 0) process.exitCode = exitCodeFor('input.bad_line');
    });
}

/** Returns the output line for one input line, or throws when the line is not {id, text}. */
export function analyseLine(
  extract: Extractor,
  resolver: AliasResolver | undefined,
  value: unknown,
): unknown {
  const line = InputLine.safeParse(value);
  if (!line.success) {
    const issue = line.error.issues[0];
    throw new AppError(
      'input.bad_line',
      `expected {id, text}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const found = extract(line.data.text).mentions;
  const mentions = resolver === undefined ? found : applyAliases(found, resolver);
  const entities = mentions.map(({ text, type, start, end, canonical }) => ({
    text,
    type,
    start,
    end,
    canonical,
  }));
  return { id: line.data.id, entities };
}

async function readAliasFile(path: string): Promise<Parameters<typeof createAliasResolver>[0]> {
  const parsed = parseAliasFile(new TextDecoder().decode(await readBytes(path, 'alias file')));
  if (!parsed.ok) {
    throw new AppError('input.alias_file', `analyze entities: ${path}: ${parsed.errors.join('; ')}`, {
      path,
    });
  }
  return parsed.file;
}

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new AppError(
      'input.unreadable',
      `analyze entities: cannot read ${what} ${path}: ${(err as Error).message}`,
      { path },
    );
  }
}
