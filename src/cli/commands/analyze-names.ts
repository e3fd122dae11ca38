// `newswatch analyze names`: JSON lines {id, a, b} on stdin, where a and b are names or
// {name, aliases, country} objects, and {id, score, match, threshold, features, links} out,
// one line each. The interface the name evaluation (eval/names.ts) drives.
import type { Command } from 'commander';
import { z } from 'zod';
import type { NameFeature, NameInput, NameLink } from '../../model/watchlist.ts';
import { scoreNames } from '../../screen/index.ts';
import { exitCodeFor } from '../exit-codes.ts';
import { mapJsonLines } from '../json-lines.ts';

const Countries = z
  .union([z.string(), z.array(z.string())])
  .transform((c) => (typeof c === 'string' ? [c] : c));

const NameObject = z.object({
  name: z.string().trim().min(1, 'name must not be empty'),
  aliases: z.array(z.string()).default([]),
  country: Countries.optional(),
  countries: Countries.optional(),
});

const Name = z.union([z.string().trim().min(1, 'name must not be empty'), NameObject], {
  error: 'expected a name: a string or {name, aliases, country}',
});

const NamesLine = z.object({
  id: z.union([z.string().min(1), z.number()], { error: 'id must be a string or a number' }),
  a: Name,
  b: Name,
});

export interface NamesLineResult {
  readonly id: string | number;
  readonly score: number;
  readonly match: boolean;
  readonly threshold: number;
  readonly names: { readonly a: string; readonly b: string };
  readonly features: readonly NameFeature[];
  readonly links: readonly NameLink[];
}

/** Returns the scored comparison of one JSON line {id, a, b}; throws with every validation problem. */
export function analyzeNamesLine(value: unknown): NamesLineResult {
  const parsed = NamesLine.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    throw new Error(`analyze names: ${why}`);
  }
  const { id, a, b } = parsed.data;
  const m = scoreNames(toNameInput(a), toNameInput(b));
  return {
    id,
    score: m.score,
    match: m.match,
    threshold: m.threshold,
    names: { a: m.a, b: m.b },
    features: m.features,
    links: m.links,
  };
}

function toNameInput(name: z.infer<typeof Name>): string | NameInput {
  if (typeof name === 'string') return name;
  return {
    name: name.name,
    aliases: name.aliases,
    countries: [...(name.country ?? []), ...(name.countries ?? [])],
  };
}

/** Adds `analyze names` to the analyze command. */
export function registerAnalyzeNames(analyze: Command): void {
  analyze
    .command('names')
    .description(
      'score JSON lines {id, a, b} (names or {name, aliases, country}); prints {id, score, match, features}',
    )
    .action(async () => {
      const failed = await mapJsonLines(process.stdin, process.stdout, process.stderr, analyzeNamesLine);
      if (failed > 0) process.exitCode = exitCodeFor('input.invalid_line');
    });
}
