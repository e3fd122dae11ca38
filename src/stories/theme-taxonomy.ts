// The theme taxonomy file: YAML (or JSON, which is YAML) read and checked at the edge, with
// every error naming its place in the file ("themes[3].terms[0]", line 41) so that a user
// editing their own taxonomy can find it.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ThemeTaxonomy } from '../model/story.ts';
import { tokenizeWords } from './text-tokens.ts';

export interface TaxonomyError {
  /** Where in the file: "themes[3].id", or "(file)" for the whole document. */
  readonly path: string;
  /** 1-based line in the YAML text, when known. */
  readonly line: number | null;
  readonly message: string;
}

export type TaxonomyResult =
  | { readonly ok: true; readonly taxonomy: ThemeTaxonomy }
  | { readonly ok: false; readonly errors: readonly TaxonomyError[] };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must not be empty');
const term = text.refine((t) => !/\s/.test(t), 'a term is one word; put several words under phrases');
const phrase = text.refine(
  (t) => tokenizeWords(t).length > 1,
  'a phrase has several words; put one word under terms',
);

const ThemeSchema = z
  .strictObject({
    id: z.string().regex(KEBAB, 'must be kebab-case: lower-case words joined by hyphens (forced-labour)'),
    label: text,
    description: text,
    terms: z.array(term).default([]),
    phrases: z.array(phrase).default([]),
    entities: z.array(text).default([]),
    min_matches: z.number().int().positive().default(1),
  })
  .refine((t) => t.terms.length + t.phrases.length + t.entities.length > 0, {
    message: 'a theme needs at least one term, phrase or entity',
  });

const TaxonomySchema = z
  .strictObject({ version: z.literal(1), themes: z.array(ThemeSchema).min(1, 'needs at least one theme') })
  .superRefine((tax, ctx) => {
    const seen = new Set<string>();
    tax.themes.forEach((t, i) => {
      if (seen.has(t.id))
        ctx.addIssue({ code: 'custom', path: ['themes', i, 'id'], message: `duplicate id ${t.id}` });
      seen.add(t.id);
    });
  });

/** Returns the taxonomy in YAML text, or every error with its path and line. */
export function parseTaxonomy(yamlText: string): TaxonomyResult {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        path: '(file)',
        line: e.linePos?.[0].line ?? null,
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  return validate(doc.toJS(), (path) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range === undefined ? null : lines.linePos(node.range[0]).line;
  });
}

/** Returns the taxonomy in already-parsed data (JSON), or every error with its path. */
export function validateTaxonomy(data: unknown): TaxonomyResult {
  return validate(data, () => null);
}

function validate(data: unknown, lineOf: (path: readonly PropertyKey[]) => number | null): TaxonomyResult {
  const parsed = TaxonomySchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({
      path: formatPath(i.path),
      line: lineOf(i.path),
      message: i.message,
    }));
    return { ok: false, errors };
  }
  const themes = parsed.data.themes.map(({ min_matches, ...t }) => ({ ...t, minMatches: min_matches }));
  return { ok: true, taxonomy: { version: parsed.data.version, themes } };
}

/** Returns "themes[3].terms[0]" for ['themes', 3, 'terms', 0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Returns the errors as lines a person can read: "themes[3].id (line 41): must be kebab-case". */
export function describeTaxonomyErrors(errors: readonly TaxonomyError[]): string[] {
  return errors.map((e) => `${e.path}${e.line === null ? '' : ` (line ${e.line})`}: ${e.message}`);
}
