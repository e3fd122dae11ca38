// Benchmark of screening end to end: a 10,000-name watchlist against a generated archive of
// 1,000,000 items naming 100,000 entities (Zipf-distributed, three mentions per item), through
// the same screenWatchlist and report writers the CLI uses. The archive is written straight
// into the real schema with SQL (generating it is not what is measured; NER is measured by
// eval:ner), then reopened through openStore. Prints the time and peak memory of screening
// and of writing the HTML report, beside the goal (60 s, 1 GB). Run:
//   npm run bench:screen [-- items entities watchlist]
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { screeningCsv, screeningHtml } from '../../src/export/index.ts';
import { screenWatchlist } from '../../src/pipeline/index.ts';
import { parseWatchlistCsv } from '../../src/screen/index.ts';
import { openStore } from '../../src/store/index.ts';
import { makeName, makeVariant, makeWord, seededRandom } from './names-gen.ts';

const ITEMS = Number(process.argv[2] ?? 1_000_000);
const ENTITIES = Number(process.argv[3] ?? 100_000);
const WATCHLIST = Number(process.argv[4] ?? 10_000);
const MENTIONS_PER_ITEM = 3;
const ITEMS_PER_FETCH = 1000;
const PLANTED_SHARE = 0.2;
const DIR = join(import.meta.dirname, '..', 'scratch');
const DB = join(DIR, 'screen-bench.db');

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

/** Returns an entity index drawn from a Zipf-like distribution (a few entities are named very often). */
function zipfPicker(n: number, random: () => number): () => number {
  const weights = Float64Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += weights[i]!;
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function generateArchive(names: readonly string[], random: () => number): void {
  rmSync(DB, { force: true });
  rmSync(`${DB}-wal`, { force: true });
  rmSync(`${DB}-shm`, { force: true });
  openStore(DB).close(); // the real schema, through the real migrations
  const db = new Database(DB);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = '2026-11-26T00:00:00.000Z';
  const feeds = 200;
  const addFeed = db.prepare(
    "INSERT INTO feeds (id, url, kind, title, state, last_success_at, created_at) VALUES (?, ?, 'http', ?, 'active', ?, ?)",
  );
  const addBlob = db.prepare(
    "INSERT OR IGNORE INTO blobs (sha256, size, encoding, data) VALUES (?, ?, 'identity', ?)",
  );
  const addFetch = db.prepare(
    'INSERT INTO fetches (id, feed_id, source, fetched_at, byte_length, sha256) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const addItem = db.prepare(
    `INSERT INTO items (id, feed_id, item_key, url, title, text, source_name, published_at, first_seen_at,
       last_seen_at, version_seen_at, first_fetch_id, last_fetch_id, content_hash, analyzed_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const addEntity = db.prepare(
    "INSERT INTO entities (id, key, type, name, created_at) VALUES (?, ?, 'ORG', ?, ?)",
  );
  const addMention = db.prepare(
    `INSERT INTO mentions (item_id, entity_id, type, start, end, text, sentence_start, sentence_end, confidence, source)
     VALUES (?, ?, 'ORG', ?, ?, ?, 0, ?, 0.9, 'model')`,
  );
  const pickEntity = zipfPicker(names.length, random);
  db.transaction(() => {
    for (let f = 1; f <= feeds; f++)
      addFeed.run(f, `https://outlet${f}.example/rss`, `Outlet ${f}`, now, now);
    names.forEach((name, i) => addEntity.run(i + 1, `org:${name.toLowerCase()}`, name, now));
  })();
  const day = 86_400_000;
  const start = Date.parse('2023-01-01T00:00:00Z');
  for (let first = 1; first <= ITEMS; first += ITEMS_PER_FETCH) {
    db.transaction(() => {
      const fetchId = Math.ceil(first / ITEMS_PER_FETCH);
      const feedId = 1 + (fetchId % feeds);
      const bytes = Buffer.from(`fetch ${fetchId}`);
      const sha = createHash('sha256').update(bytes).digest('hex');
      addBlob.run(sha, bytes.length, bytes);
      const at = new Date(start + (first / ITEMS) * 1000 * day).toISOString();
      addFetch.run(fetchId, feedId, `https://outlet${feedId}.example/rss`, at, bytes.length, sha);
      for (let id = first; id < Math.min(first + ITEMS_PER_FETCH, ITEMS + 1); id++) {
        const named = Array.from({ length: MENTIONS_PER_ITEM }, () => pickEntity());
        const sentences = named.map((e) => `${names[e]} ${makeWord(random).toLowerCase()} the report.`);
        const text = sentences.join(' ');
        const title = `${makeWord(random)} ${makeWord(random).toLowerCase()} ${makeWord(random).toLowerCase()}`;
        addItem.run(
          id,
          feedId,
          `k${id}`,
          `https://outlet${feedId}.example/a/${id}`,
          title,
          text,
          `Outlet ${feedId}`,
          at,
          at,
          at,
          at,
          fetchId,
          fetchId,
          String(id),
        );
        let offset = 0;
        for (const [k, e] of named.entries()) {
          const name = names[e] as string;
          addMention.run(
            id,
            e + 1,
            offset,
            offset + name.length,
            name,
            offset + (sentences[k] as string).length,
          );
          offset += (sentences[k] as string).length + 1;
        }
      }
    })();
  }
  db.close();
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const random = seededRandom(7);
  const names = [...new Set(Array.from({ length: ENTITIES }, () => makeName(random)))];
  const t0 = performance.now();
  generateArchive(names, random);
  const generated = performance.now();
  const rows = ['name,aliases,country'];
  let planted = 0;
  for (let i = 0; i < WATCHLIST; i++) {
    if (random() < PLANTED_SHARE) {
      planted += 1;
      rows.push(`"${makeVariant(names[Math.floor(random() * names.length)] as string, random)}",,`);
    } else rows.push(`"${makeName(random)}",,`);
  }
  const store = openStore(DB);
  const list = await store.saveWatchlist(
    {
      name: 'bench',
      source: 'bench.csv',
      format: 'csv',
      entries: parseWatchlistCsv(rows.join('\n')).entries,
    },
    new Date().toISOString(),
  );
  sample();
  const timer = setInterval(sample, 100);
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const report = await screenWatchlist(store, `#${list.id}`, { since: null, now: new Date() });
  const screened = performance.now();
  const html = screeningHtml(report);
  const csv = screeningCsv(report);
  const written = performance.now();
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  sample();
  await store.close();
  const matched = report.entries.filter((e) => e.matches.length > 0).length;
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `archive: ${ITEMS.toLocaleString('en')} items, ${names.length.toLocaleString('en')} entities, ` +
      `${(ITEMS * MENTIONS_PER_ITEM).toLocaleString('en')} mentions (generated in ${s(generated - t0)})`,
  );
  console.log(
    `watchlist: ${WATCHLIST.toLocaleString('en')} names, ${planted} planted variants of archive names`,
  );
  console.log(`machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, load ${loadavg()[0]?.toFixed(1)}`);
  console.log(
    `screening: ${s(screened - t1)} wall (${matched} entries with matches, ` +
      `${report.entries.reduce((n, e) => n + e.matches.length, 0)} matches)`,
  );
  console.log(
    `reports:   ${s(written - screened)} wall (HTML ${(html.length / 2 ** 20).toFixed(1)} MiB, CSV ${(csv.length / 2 ** 20).toFixed(1)} MiB)`,
  );
  console.log(
    `total:     ${s(written - t1)} wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; goal < 60 s`,
  );
  console.log(`peak RSS:  ${(peakRss / 2 ** 20).toFixed(0)} MiB; goal < 1024 MiB`);
}

await main();
