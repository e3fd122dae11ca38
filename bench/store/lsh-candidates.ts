// How the LSH lookup fares: for a seeded sample of true copy pairs, the candidates the store's
// linker (src/store/sqlite/near-duplicate-linker.ts) would have seen when the later of the two
// was imported: the newest 8 members of each of its band buckets among earlier items, ranked by
// bands shared, of which the first 8 from other feeds are checked exactly.
import type Database from 'better-sqlite3';
import { bandKeysOf, shinglesOf } from '../../src/process/index.ts';
import { quantile } from './measure.ts';
import { randomFor, shuffled } from './random.ts';

const SAMPLE = 300;
const BUCKET_READ = 8;
const MAX_CHECKED = 8;

interface Pair {
  readonly copyId: number;
  readonly originalId: number;
}

/** Returns lines on LSH candidates for a sample of true copy pairs. */
export function candidateLines(db: Database.Database, pairs: readonly Pair[]): string[] {
  const item = db.prepare<[number], { feed_id: number; t: string }>(
    "SELECT feed_id, coalesce(title, '') || ' ' || text AS t FROM items WHERE id = ?",
  );
  const feedOf = db.prepare<[number], { feed_id: number }>('SELECT feed_id FROM items WHERE id = ?');
  const members = db.prepare<[number, number], { item_id: number }>(
    `SELECT item_id FROM near_dup_bands WHERE band_key = ? AND item_id < ? ORDER BY item_id DESC LIMIT ${BUCKET_READ}`,
  );
  const counts: number[] = [];
  let full = 0;
  let keys = 0;
  let inBuckets = 0;
  let checked = 0;
  let bands = 0;
  for (const pair of shuffled(randomFor(99), pairs).slice(0, SAMPLE)) {
    const [earlier, later] = [Math.min(pair.copyId, pair.originalId), Math.max(pair.copyId, pair.originalId)];
    const row = item.get(later);
    if (!row) continue;
    const bandKeys = bandKeysOf(shinglesOf(row.t));
    bands = Math.max(bands, bandKeys.length);
    const shared = new Map<number, number>();
    for (const key of bandKeys) {
      const ids = members.all(key, later).map((m) => m.item_id);
      keys += 1;
      if (ids.length === BUCKET_READ) full += 1;
      for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
    const others = ranked.filter((id) => feedOf.get(id)?.feed_id !== row.feed_id);
    counts.push(others.length);
    if (shared.has(earlier)) inBuckets += 1;
    if (others.slice(0, MAX_CHECKED).includes(earlier)) checked += 1;
  }
  counts.sort((a, b) => a - b);
  return [
    `  LSH (${bands} bands) for ${counts.length} sampled copy pairs, as the later item's import saw it: candidates from other feeds median ${quantile(counts, 0.5)}, p90 ${quantile(counts, 0.9)}, max ${counts.at(-1)};`,
    `    the earlier item among the bucket members read ${inBuckets}/${counts.length}, among the ${MAX_CHECKED} checked ${checked}/${counts.length}; buckets read full (${BUCKET_READ} earlier members) ${((100 * full) / Math.max(1, keys)).toFixed(1)}%`,
  ];
}
