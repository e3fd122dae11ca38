// Search with the CLI's query language (entity: filters included), one page at a time behind
// an opaque cursor.
import { asFeedId, type SearchHit } from '../../model/index.ts';
import { runSearch } from '../../pipeline/index.ts';
import { decodeCursor, encodeCursor, scopeOf } from '../pagination.ts';
import type { ServiceDeps } from './deps.ts';

export interface SearchParams {
  readonly q: string;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly feed?: number | undefined;
  readonly sort: 'relevance' | 'date';
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface SearchPage {
  readonly total: number;
  /** True when the count stopped at total: there are more matches. */
  readonly isTotalCapped: boolean;
  /** The number of newest matches ranked when there were too many to rank; else null. */
  readonly rankedAmongNewest: number | null;
  readonly hits: readonly SearchHit[];
  readonly nextCursor: string | null;
}

/** Returns a page of hits; the cursor carries the offset, bound to the query and filters. */
export async function searchPage(deps: ServiceDeps, params: SearchParams): Promise<SearchPage> {
  const scope = scopeOf([params.q, params.since, params.until, params.feed, params.sort]);
  const offset = params.cursor === undefined ? 0 : Number(decodeCursor(params.cursor, scope));
  const result = await runSearch(deps.store, params.q, {
    sort: params.sort,
    limit: params.limit,
    offset,
    ...(params.since ? { since: params.since } : {}),
    ...(params.until ? { until: params.until } : {}),
    ...(params.feed !== undefined ? { feedId: asFeedId(params.feed) } : {}),
  });
  const next = offset + result.hits.length;
  const hasMore = result.hits.length > 0 && (next < result.total || result.isTotalCapped);
  return {
    total: result.total,
    isTotalCapped: result.isTotalCapped,
    rankedAmongNewest: result.rankedAmongNewest,
    hits: result.hits,
    nextCursor: hasMore ? encodeCursor(next, scope) : null,
  };
}
