// Child process of the search benchmark: builds the MiniSearch index over the items of a store
// database and runs the query set, so that its memory is measured alone and an out-of-memory
// failure at a million items cannot take the benchmark down. Prints one JSON line.
//   node --expose-gc --import tsx bench/store/minisearch-worker.ts DB QUERIES.json REPS
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { parseQuery } from '../../src/query/index.ts';
import { createPeerIndex, toPeerQuery, type PeerDocument } from './minisearch-peer.ts';
import { collectGarbage } from './measure.ts';
import type { BenchQuery } from './queries.ts';

export interface PeerReport {
  readonly documents: number;
  readonly buildSeconds: number;
  readonly heapBytes: number;
  readonly rssBytes: number;
  /** Per query: the latency of each pass (first is the warm-up) and the number of matches. */
  readonly queries: ReadonlyArray<{ readonly ms: number[]; readonly total: number }>;
}

const TOP = 20;

function buildIndex(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const index = createPeerIndex();
  const duplicates = new Set<number>();
  const rows = db.prepare<[], PeerDocument & { duplicate_of: number | null }>(
    "SELECT id, coalesce(title, '') AS title, text, source_name AS source, duplicate_of FROM items",
  );
  for (const row of rows.iterate()) {
    index.add({ id: row.id, title: row.title, text: row.text, source: row.source });
    if (row.duplicate_of !== null) duplicates.add(row.id);
  }
  db.close();
  return { index, duplicates };
}

function main(): void {
  const [dbPath, queriesPath, repsText] = process.argv.slice(2);
  if (!dbPath || !queriesPath) throw new Error('usage: minisearch-worker.ts DB QUERIES.json REPS');
  const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[];
  collectGarbage();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { index, duplicates } = buildIndex(dbPath);
  const buildSeconds = (performance.now() - t0) / 1000;
  collectGarbage();
  const heapBytes = process.memoryUsage().heapUsed - heap0;
  const filter = (result: { id: number }) => !duplicates.has(result.id);
  const trees = queries.map((q) => toPeerQuery(parseQuery(q.text)));
  const results = trees.map(() => ({ ms: [] as number[], total: 0 }));
  for (let pass = 0; pass <= Number(repsText ?? 3); pass += 1) {
    trees.forEach((tree, i) => {
      const start = performance.now();
      const hits = index.search(tree, { filter });
      hits.slice(0, TOP);
      const entry = results[i] as { ms: number[]; total: number };
      entry.ms.push(performance.now() - start);
      entry.total = hits.length;
    });
  }
  const report: PeerReport = {
    documents: index.documentCount,
    buildSeconds,
    heapBytes,
    rssBytes: process.resourceUsage().maxRSS * 1024,
    queries: results,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
