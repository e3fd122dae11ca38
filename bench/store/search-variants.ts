// An experiment behind the search benchmark's slowest queries: the store's search SQL
// (src/store/sqlite/search.ts, copied here) beside rewrites of it, on the same 200 queries, each
// returning the top 20 and the total. Evidence for a proposed patch, not part of the store.
// The rewrites that keep duplicates out of the FTS index run on a copy of the database from
// which the linked duplicates were deleted from items_fts. Run after import-bench:
//   node --import tsx bench/store/search-variants.ts [--size 100k|1m] [--reps 3]
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { parseQuery, toFts5 } from '../../src/query/index.ts';
import { archivePaths } from './archive-files.ts';
import { removeDatabase } from './import-bench.ts';
import { buildLexicon } from './lexicon.ts';
import { machineLine } from './measure.ts';
import { benchQueries } from './queries.ts';
import { latencyLine, slowestLines, summarise, timingOf } from './search-report.ts';

type Db = Database.Database;
type Search = (match: string) => { total: number; ids: number[] };

const QUERIES = benchQueries(buildLexicon(20250601), 20250601);
const DATE = 'coalesce(i.published_at, i.first_seen_at)';
const LIMIT = 20;
const WHERE = 'i.duplicate_of IS NULL AND items_fts MATCH ?';

// The store today: both statements prepared on every call; every match joined with its items
// row (reading past the text to duplicate_of), scored, and given a snippet before the sort.
function today(db: Db): Search {
  return (match) => {
    const rows = db
      .prepare<unknown[], { id: number }>(
        `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name,
                snippet(items_fts, -1, char(2), char(3), '…', 24) AS snippet, bm25(items_fts, 8.0, 1.0, 2.0) AS score,
                (SELECT count(*) FROM items d WHERE d.duplicate_of = i.id) AS duplicates
         FROM items_fts JOIN items i ON i.id = items_fts.rowid WHERE ${WHERE} ORDER BY score LIMIT ? OFFSET ?`,
      )
      .all(match, LIMIT, 0);
    const count = db.prepare<unknown[], { n: number }>(
      `SELECT count(*) AS n FROM items_fts JOIN items i ON i.id = items_fts.rowid WHERE ${WHERE}`,
    );
    return { total: count.get(match)?.n ?? 0, ids: rows.map((r) => r.id) };
  };
}

// Reads items and makes snippets for the hits only.
function hitReader(db: Db): (match: string, ids: readonly number[]) => void {
  const hit = db.prepare<[string, number]>(
    `SELECT i.id, i.title, i.url, ${DATE} AS published, i.source_name,
            snippet(items_fts, -1, char(2), char(3), '…', 24) AS snippet,
            (SELECT count(*) FROM items d WHERE d.duplicate_of = i.id) AS duplicates
     FROM items_fts JOIN items i ON i.id = items_fts.rowid WHERE items_fts MATCH ? AND items_fts.rowid = ?`,
  );
  return (match, ids) => ids.forEach((id) => hit.get(match, id));
}

// Rank in the FTS index alone, duplicates dropped through the partial index, then 20 rows.
function rankFirst(db: Db): Search {
  const notDuplicate = 'rowid NOT IN (SELECT id FROM items WHERE duplicate_of IS NOT NULL)';
  const top = db.prepare<[string, number, number], { id: number }>(
    `SELECT rowid AS id, bm25(items_fts, 8.0, 1.0, 2.0) AS score FROM items_fts
     WHERE items_fts MATCH ? AND ${notDuplicate} ORDER BY score LIMIT ? OFFSET ?`,
  );
  const count = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH ? AND ${notDuplicate}`,
  );
  const read = hitReader(db);
  return (match) => {
    const ids = top.all(match, LIMIT, 0).map((r) => r.id);
    read(match, ids);
    return { total: count.get(match)?.n ?? 0, ids };
  };
}

// With duplicates kept out of items_fts: no filter at all; countCap bounds the count.
function canonicalOnly(db: Db, countCap: number | null): Search {
  const top = db.prepare<[string, number, number], { id: number }>(
    `SELECT rowid AS id, bm25(items_fts, 8.0, 1.0, 2.0) AS score FROM items_fts WHERE items_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?`,
  );
  const count = db.prepare<[string], { n: number }>(
    countCap === null
      ? 'SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH ?'
      : `SELECT count(*) AS n FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ${countCap + 1})`,
  );
  const read = hitReader(db);
  return (match) => {
    const ids = top.all(match, LIMIT, 0).map((r) => r.id);
    read(match, ids);
    return { total: count.get(match)?.n ?? 0, ids };
  };
}

// A copy of the database whose FTS index holds canonical items only.
function canonicalCopy(source: string, target: string): Db {
  removeDatabase(target);
  const original = new Database(source);
  original.pragma('wal_checkpoint(TRUNCATE)');
  original.close();
  copyFileSync(source, target);
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  const started = performance.now();
  const dups = db.prepare<[], { id: number; title: string | null; text: string; source_name: string }>(
    'SELECT id, title, text, source_name FROM items WHERE duplicate_of IS NOT NULL',
  );
  const remove = db.prepare(
    "INSERT INTO items_fts (items_fts, rowid, title, text, source_name) VALUES ('delete', ?, ?, ?, ?)",
  );
  const rows = dups.all();
  db.transaction(() => rows.forEach((r) => remove.run(r.id, r.title, r.text, r.source_name)))();
  db.exec("INSERT INTO items_fts (items_fts) VALUES ('optimize')");
  console.log(
    `  (copy with ${rows.length} duplicates deleted from items_fts and the index optimised in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return db;
}

function measure(
  name: string,
  search: Search,
  matches: readonly string[],
  reference: ReadonlyArray<{ total: number; ids: number[] }>,
  reps: number,
): void {
  const passes = matches.map(() => [] as number[]);
  let differ = 0;
  let sameTop = 0;
  for (let pass = 0; pass <= reps; pass += 1) {
    matches.forEach((match, i) => {
      const start = performance.now();
      const result = search(match);
      passes[i]?.push(performance.now() - start);
      const ref = reference[i];
      if (pass > 0 || !ref) return;
      if (ref.total !== result.total || ref.ids.join() !== result.ids.join()) differ += 1;
      if (new Set([...ref.ids, ...result.ids]).size === ref.ids.length) sameTop += 1;
    });
  }
  const timings = QUERIES.map((q, i) => timingOf(q, passes[i] ?? [], reference[i]?.total ?? 0));
  console.log(`  ${name}: ${latencyLine(summarise(timings))}`);
  console.log(
    `    differs from today on ${differ} queries (total or order); same top-20 set on ${sameTop}/${matches.length}`,
  );
  for (const line of slowestLines(timings, 5, null)) console.log(`  ${line}`);
}

function main(): void {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: '100k' }, reps: { type: 'string', default: '3' } },
  });
  const paths = archivePaths(values.size);
  const reps = Number(values.reps);
  const matches = QUERIES.map((q) => toFts5(parseQuery(q.text)));
  console.log(
    `search SQL variants archive-${values.size}, ${matches.length} queries, median of ${reps} passes after a warm-up · ${machineLine()}`,
  );
  const db = new Database(paths.db, { readonly: true });
  db.pragma('cache_size = -65536');
  const reference = matches.map(today(db));
  measure('store SQL as today', today(db), matches, reference, reps);
  measure('rank in FTS first, duplicates via NOT IN, then 20 rows', rankFirst(db), matches, reference, reps);
  db.close();
  const copyPath = join(paths.dir, 'variants.db');
  const copy = canonicalCopy(paths.db, copyPath);
  copy.pragma('cache_size = -65536');
  measure(
    'duplicates kept out of items_fts, then 20 rows',
    canonicalOnly(copy, null),
    matches,
    reference,
    reps,
  );
  measure('same, count capped at 10,000', canonicalOnly(copy, 10_000), matches, reference, reps);
  copy.pragma('mmap_size = 17179869184');
  measure('same, count capped, mmap_size 16 GiB', canonicalOnly(copy, 10_000), matches, reference, reps);
  copy.close();
  removeDatabase(copyPath);
}

main();
