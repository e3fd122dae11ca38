// The screening use case: every entry of a watchlist compared with the entities the archive
// names, each match explained and backed by its evidence, analysts' verdicts applied, and the
// coverage stated so that "no matches" is never mistaken for "no adverse news"; each piece of
// evidence carries its item's themes, and each entry the themes across its evidence.
import { buildNameIndex, evidenceThemesOf, MATCH_THRESHOLD, tallyEntryThemes } from '../screen/index.ts';
import {
  AppError,
  asEntityId,
  type MatchDecision,
  type ScreeningEntryResult,
  type ScreeningMatch,
  type ScreeningReport,
  type StoredWatchlist,
  type StoredWatchlistEntry,
} from '../model/index.ts';
import type { EntityFacts, Store } from '../store/index.ts';

/** Returns the reference a decision about an entry is kept under: list name and identifier (or name). */
export function entryRefOf(
  list: Pick<StoredWatchlist, 'name'>,
  entry: Pick<StoredWatchlistEntry, 'identifier' | 'name'>,
): string {
  return `${list.name}/${entry.identifier ?? entry.name}`;
}

/** A match as the store and the index give it, before its evidence has themes. */
type ScreeningMatchFacts = EntityFacts & Pick<ScreeningMatch, 'match' | 'decision'>;

/** Returns the matches with their items' themes on each piece of evidence (one read for all). */
async function withThemes(store: Store, matches: readonly ScreeningMatchFacts[]): Promise<ScreeningMatch[]> {
  const ids = [...new Set(matches.flatMap((m) => m.evidence.map((ev) => ev.itemId)))];
  const themes = await store.themesOfItems(ids);
  return matches.map((m) => ({
    ...m,
    evidence: m.evidence.map((ev) => ({ ...ev, themes: evidenceThemesOf(themes.get(ev.itemId) ?? []) })),
  }));
}

async function matchesOf(
  store: Store,
  hits: ReturnType<ReturnType<typeof buildNameIndex<number>>['screen']>,
  decisions: ReadonlyMap<string, MatchDecision>,
  entryRef: string,
  since: string | null,
): Promise<ScreeningMatch[]> {
  const out: ScreeningMatchFacts[] = [];
  for (const hit of hits) {
    const facts = await store.entityFacts(asEntityId(hit.id), since);
    if (!facts || facts.evidence.length === 0) continue;
    out.push({
      ...facts,
      match: hit.match,
      decision: decisions.get(`${entryRef}\u0000${facts.entity.key}`) ?? null,
    });
  }
  return withThemes(store, out);
}

/** Returns the screening report of a watchlist against the archive. */
export async function screenWatchlist(
  store: Store,
  ref: string,
  options: {
    since: string | null;
    now: Date;
    /** Called after each entry (a server reports progress and lets other requests in). */
    onEntry?: (done: number, total: number) => void | Promise<void>;
  },
): Promise<ScreeningReport> {
  const list = await store.getWatchlist(ref);
  if (!list)
    throw new AppError('input.not_found', `screen: no watchlist "${ref}" (see newswatch watchlist list)`);
  const entries = await store.watchlistEntries(list.id);
  const index = buildNameIndex(
    (await store.entityNames()).map((e) => ({ id: e.id as number, name: e.name, aliases: e.aliases })),
  );
  const refs = entries.map((e) => entryRefOf(list, e));
  const decisions = new Map(
    (await store.latestDecisions(refs)).map((d) => [`${d.entryRef}\u0000${d.entityKey}`, d]),
  );
  const results: ScreeningEntryResult[] = [];
  for (const [k, entry] of entries.entries()) {
    const hits = index.screen({ name: entry.name, aliases: entry.aliases, countries: entry.countries });
    const matches = await matchesOf(store, hits, decisions, refs[k] as string, options.since);
    results.push({ entry, entryRef: refs[k] as string, matches, themes: tallyEntryThemes(matches) });
    await options.onEntry?.(k + 1, entries.length);
  }
  const feeds = await store.coverage(options.since);
  const dates = feeds
    .flatMap((f) => [f.firstItem, f.lastItem])
    .filter((d): d is string => d !== null)
    .sort();
  const all = results.flatMap((r) => r.matches);
  return {
    watchlist: list,
    generatedAt: options.now.toISOString(),
    since: options.since,
    threshold: MATCH_THRESHOLD,
    entries: results,
    coverage: {
      feeds,
      items: feeds.reduce((n, f) => n + f.items, 0),
      entities: index.size,
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
    },
    summary: {
      entries: results.length,
      withMatches: results.filter((r) => r.matches.some((m) => m.decision?.decision !== 'rejected')).length,
      confirmed: all.filter((m) => m.decision?.decision === 'confirmed').length,
      rejected: all.filter((m) => m.decision?.decision === 'rejected').length,
    },
  };
}
