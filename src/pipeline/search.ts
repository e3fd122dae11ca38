// The search use case shared by the CLI and the API: parse the query, resolve the entities and
// themes it names, and ask the store.
import { nameKey } from '../extract/index.ts';
import { AppError, type SearchResult } from '../model/index.ts';
import { parseQuery, splitQuery, type QueryFilter } from '../query/index.ts';
import type { EntityFilter, ExportRequest, SearchRequest, Store, ThemeFilter } from '../store/index.ts';

export type SearchOptions = Omit<SearchRequest, 'query' | 'entities' | 'themes'>;

async function resolveThemes(store: Store, filters: readonly QueryFilter[]): Promise<ThemeFilter[]> {
  const wanted = filters.filter((f) => f.field === 'theme');
  if (wanted.length === 0) return [];
  const known = new Set(await store.themeIds());
  for (const f of wanted) {
    if (!f.isNegated && !known.has(f.value.toLowerCase()))
      throw new AppError(
        'query.unknown_theme',
        `search: no item has the theme "${f.value}" (themes in the archive: ${[...known].join(', ') || 'none yet'})`,
        { theme: f.value },
      );
  }
  return wanted.map((f) => ({ theme: f.value.toLowerCase(), isNegated: f.isNegated }));
}

async function resolveEntities(store: Store, filters: readonly QueryFilter[]): Promise<EntityFilter[]> {
  const out: EntityFilter[] = [];
  for (const f of filters) {
    if (f.field !== 'entity') continue;
    const id = (await store.entityByKey(nameKey(f.value))) ?? (await store.entityBySpelling(f.value));
    if (id === null) {
      if (f.isNegated) continue;
      throw new AppError(
        'query.unknown_entity',
        `search: no entity named "${f.value}" (see newswatch entities)`,
        { entity: f.value },
      );
    }
    out.push({ entityId: id, isNegated: f.isNegated });
  }
  return out;
}

/** Returns what the store holds for a query in the search language, entities resolved. */
export async function resolveQuery(
  store: Store,
  query: string,
): Promise<Pick<SearchRequest, 'query' | 'entities' | 'themes'>> {
  const split = splitQuery(parseQuery(query));
  return {
    query: split.text,
    entities: await resolveEntities(store, split.filters),
    themes: await resolveThemes(store, split.filters),
  };
}

/** Returns the hits for a query in the search language. */
export async function runSearch(store: Store, query: string, options: SearchOptions): Promise<SearchResult> {
  return store.search({ ...options, ...(await resolveQuery(store, query)) });
}

/** Returns the export request for a query in the search language (or every item with none). */
export async function exportRequestFor(
  store: Store,
  query: string | undefined,
  dates: Pick<ExportRequest, 'since' | 'until'>,
): Promise<ExportRequest> {
  return { ...dates, ...(query ? await resolveQuery(store, query) : {}) };
}
