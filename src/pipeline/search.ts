// The search use case shared by the CLI and the API: parse the query, resolve the entities it
// names, and ask the store.
import { nameKey } from '../extract/index.ts';
import { AppError, type SearchResult } from '../model/index.ts';
import { parseQuery, splitQuery, type QueryFilter } from '../query/index.ts';
import type { EntityFilter, ExportRequest, SearchRequest, Store } from '../store/index.ts';

export type SearchOptions = Omit<SearchRequest, 'query' | 'entities'>;

async function resolveEntities(store: Store, filters: readonly QueryFilter[]): Promise<EntityFilter[]> {
  const out: EntityFilter[] = [];
  for (const f of filters) {
    if (f.field === 'theme')
      throw new AppError('query.unsupported', 'search: theme: filters are not available yet');
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
): Promise<Pick<SearchRequest, 'query' | 'entities'>> {
  const split = splitQuery(parseQuery(query));
  return { query: split.text, entities: await resolveEntities(store, split.filters) };
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
