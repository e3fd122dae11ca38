// What the load runs ask for. Search: the store benchmark's 200 queries (bench/store/queries.ts:
// common, mid and rare words, phrases, AND, OR, NOT, groups, prefix*, title:, misspellings),
// a third of them with a date window inside the archive's span and some in date order, shuffled,
// as GET /api/search paths with the API's default page (20 hits). Items: GET /api/items/{id} for
// seeded random ids of the imported archive.
import type { ArchiveSpec } from '../store/archive-plan.ts';
import { buildLexicon } from '../store/lexicon.ts';
import { benchQueries } from '../store/queries.ts';
import { between, randomFor, shuffled, type Random } from '../store/random.ts';

export interface SearchTarget {
  readonly kind: string;
  readonly path: string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// A window of a week, a month or a year, or only a start, somewhere in the archive's span.
function dateWindow(spec: ArchiveSpec, random: Random): { since: string; until?: string; label: string } {
  const [label, days] = [
    ['week', 7],
    ['month', 30],
    ['year', 365],
    ['since', 0],
  ][between(random, 0, 3)] as [string, number];
  const startMs = spec.startMs + random() * (spec.spanMs - Math.max(days, 30) * DAY_MS);
  const since = isoDay(startMs);
  return days === 0 ? { since, label } : { since, until: isoDay(startMs + days * DAY_MS), label };
}

/**
 * Returns the search requests in a seeded random order (the query set lists each kind together,
 * and 50 connections would otherwise ask for 20 common words or 15 prefixes at once).
 */
export function searchTargets(spec: ArchiveSpec): SearchTarget[] {
  const random = randomFor(spec.seed, 61);
  const targets = benchQueries(buildLexicon(spec.seed), spec.seed).map((query) => {
    const params = new URLSearchParams({ q: query.text });
    let kind = query.kind;
    if (random() < 1 / 3) {
      const window = dateWindow(spec, random);
      params.set('since', window.since);
      if (window.until !== undefined) params.set('until', window.until);
      kind += ` + ${window.label}`;
    }
    if (random() < 0.15) {
      params.set('sort', 'date');
      kind += ', by date';
    }
    return { kind, path: `/api/search?${params}` };
  });
  return shuffled(random, targets);
}

/** Returns a function that gives the path of a random item between minId and maxId. */
export function itemPaths(minId: number, maxId: number, seed: number): () => string {
  const random = randomFor(seed, 62);
  return () => `/api/items/${between(random, minId, maxId)}`;
}
