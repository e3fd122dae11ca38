// The analysers a command runs after importing: the entity tagger model shipped in models/,
// the user's alias file (--aliases or $NEWSWATCH_ALIASES), and the theme taxonomy (the one
// shipped in taxonomy/, or the user's own: --taxonomy or $NEWSWATCH_TAXONOMY).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createAliasResolver, createExtractor, loadTagger, parseAliasFile } from '../extract/index.ts';
import { AppError } from '../model/index.ts';
import { createItemAnalyzer, type ItemAnalyzer } from '../pipeline/index.ts';
import {
  compileTaxonomy,
  describeTaxonomyErrors,
  parseTaxonomy,
  type CompiledTaxonomy,
} from '../stories/index.ts';

// src/cli/ and dist/cli/ both sit two levels below the package root.
const MODEL = new URL('../../models/ner/ner-model.bin.gz', import.meta.url);
const TAXONOMY = new URL('../../taxonomy/themes.yaml', import.meta.url);

export interface AnalysisFlags {
  readonly aliases?: string;
  readonly taxonomy?: string;
  readonly analyze?: boolean;
}

/** Adds --aliases to command. */
export function withAnalysisOptions(command: Command): Command {
  return command
    .option(
      '--aliases <file>',
      'YAML alias file that adds, merges or splits entities (also $NEWSWATCH_ALIASES)',
    )
    .option('--taxonomy <file>', 'YAML theme taxonomy instead of the shipped one (also $NEWSWATCH_TAXONOMY)');
}

async function readText(path: string | URL, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new AppError(
      'input.unreadable',
      `${what}: cannot read ${String(path)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/** Returns the theme taxonomy the flags ask for, compiled; its errors name path and line. */
export async function loadTaxonomy(flags: Pick<AnalysisFlags, 'taxonomy'>): Promise<CompiledTaxonomy> {
  const path = flags.taxonomy ?? process.env['NEWSWATCH_TAXONOMY'] ?? TAXONOMY;
  const parsed = parseTaxonomy(await readText(path, 'taxonomy'));
  if (!parsed.ok)
    throw new AppError(
      'input.bad_taxonomy',
      `taxonomy: ${String(path)}: ${describeTaxonomyErrors(parsed.errors).join('; ')}`,
    );
  return compileTaxonomy(parsed.taxonomy);
}

async function readAliases(path: string) {
  const parsed = parseAliasFile(await readText(path, 'aliases'));
  if (!parsed.ok) throw new AppError('input.bad_aliases', `aliases: ${path}: ${parsed.errors.join('; ')}`);
  return createAliasResolver(parsed.file);
}

/** Returns the item analyser the flags ask for. */
export async function loadItemAnalyzer(flags: AnalysisFlags): Promise<ItemAnalyzer> {
  const aliasPath = flags.aliases ?? process.env['NEWSWATCH_ALIASES'];
  const resolver = aliasPath ? await readAliases(aliasPath) : undefined;
  const model = loadTagger(await readFile(MODEL));
  return createItemAnalyzer(createExtractor(model, resolver ? { knownNames: resolver.knownNames } : {}), {
    ...(resolver ? { resolver } : {}),
    taxonomy: await loadTaxonomy(flags),
  });
}
