// A watchlist from FollowTheMoney JSON lines, as OpenSanctions publishes its datasets: one
// entity per line, {id, schema, properties: {name: [...], alias: [...], country: [...]}}.
// Spec: https://followthemoney.tech/explorer/schemata/LegalEntity/
// People and bodies are read (Person, Company, Organization, LegalEntity); other schemata
// (addresses, sanctions, relations) and malformed lines are reported by line number and skipped.
import { z } from 'zod';
import type { RowProblem, WatchlistEntry, WatchlistParse, WatchlistSchema } from '../model/watchlist.ts';

const SCHEMATA: readonly WatchlistSchema[] = ['Person', 'Company', 'Organization', 'LegalEntity'];

// Properties read into the entry's own fields; every other property goes to `extra`.
const NAME_PROPERTIES = ['name', 'alias', 'previousName'];
const COUNTRY_PROPERTIES = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry'];

const FtmEntity = z.object({
  id: z.string().min(1, 'id must not be empty'),
  schema: z.string(),
  caption: z.string().optional(),
  properties: z.record(z.string(), z.array(z.unknown())).default({}),
  datasets: z.array(z.string()).optional(),
});
type FtmEntity = z.infer<typeof FtmEntity>;

/** Returns the people and bodies of a FollowTheMoney JSON-lines file, and the lines skipped. */
export function parseFtmJsonLines(text: string): WatchlistParse {
  const entries: WatchlistEntry[] = [];
  const problems: RowProblem[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      const read = readLine(raw, i + 1);
      if ('message' in read) problems.push(read);
      else entries.push(read);
    });
  return { entries, problems };
}

function readLine(raw: string, line: number): WatchlistEntry | RowProblem {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { line, message: `watchlist: not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = FtmEntity.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { line, message: `watchlist: not a FollowTheMoney entity: ${why}` };
  }
  return toEntry(parsed.data, line);
}

function toEntry(entity: FtmEntity, line: number): WatchlistEntry | RowProblem {
  const schema = SCHEMATA.find((s) => s === entity.schema);
  if (!schema)
    return { line, message: `watchlist: schema ${entity.schema} is not a person or body; skipped` };
  const values = (property: string): string[] =>
    (entity.properties[property] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const names = unique(NAME_PROPERTIES.flatMap(values));
  const name = names[0] ?? entity.caption?.trim();
  if (!name) return { line, message: `watchlist: entity ${entity.id} has no name` };
  return {
    name,
    aliases: names.filter((n) => n !== name),
    countries: unique(COUNTRY_PROPERTIES.flatMap(values)),
    identifier: entity.id,
    notes: values('notes').join('\n') || null,
    schema,
    extra: extraOf(entity, values),
    line,
  };
}

function extraOf(entity: FtmEntity, values: (property: string) => string[]): Record<string, string> {
  const extra: Record<string, string> = {};
  const own = new Set([...NAME_PROPERTIES, ...COUNTRY_PROPERTIES, 'notes']);
  for (const property of Object.keys(entity.properties).sort()) {
    const joined = values(property).join('; ');
    if (!own.has(property) && joined !== '') extra[property] = joined;
  }
  if (entity.datasets?.length) extra['datasets'] = entity.datasets.join('; ');
  return extra;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()))];
}
