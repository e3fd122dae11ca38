// The analysers a command runs after importing: the entity tagger model shipped in models/,
// and the user's alias file (--aliases or $NEWSWATCH_ALIASES).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createAliasResolver, createExtractor, loadTagger, parseAliasFile } from '../extract/index.ts';
import { AppError } from '../model/index.ts';
import { createItemAnalyzer, type ItemAnalyzer } from '../pipeline/index.ts';

// src/cli/ and dist/cli/ both sit two levels below the package root.
const MODEL = new URL('../../models/ner/ner-model.bin.gz', import.meta.url);

export interface AnalysisFlags {
  readonly aliases?: string;
  readonly analyze?: boolean;
}

/** Adds --aliases to command. */
export function withAnalysisOptions(command: Command): Command {
  return command.option(
    '--aliases <file>',
    'YAML alias file that adds, merges or splits entities (also $NEWSWATCH_ALIASES)',
  );
}

async function readAliases(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new AppError(
      'input.unreadable',
      `aliases: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const parsed = parseAliasFile(text);
  if (!parsed.ok) throw new AppError('input.bad_aliases', `aliases: ${path}: ${parsed.errors.join('; ')}`);
  return createAliasResolver(parsed.file);
}

/** Returns the item analyser the flags ask for. */
export async function loadItemAnalyzer(flags: AnalysisFlags): Promise<ItemAnalyzer> {
  const aliasPath = flags.aliases ?? process.env['NEWSWATCH_ALIASES'];
  const resolver = aliasPath ? await readAliases(aliasPath) : undefined;
  const model = loadTagger(await readFile(MODEL));
  return createItemAnalyzer(
    createExtractor(model, resolver ? { knownNames: resolver.knownNames } : {}),
    resolver,
  );
}
