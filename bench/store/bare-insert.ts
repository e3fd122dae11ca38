// The floor under import: the same rows (regenerated from the archive plan, not parsed) through
// bare INSERTs with the store's pragmas, in transactions of one file's worth of rows: a minimal
// table, then with an FTS5 index without and with the store's prefix indexes, then also with
// the store's LSH band rows (one row per band, keyed by a random band hash). Bytes written
// (WAL and checkpoints, from /proc/self/io) show the write amplification of each addition.
import Database from 'better-sqlite3';
import { bandKeysOf, shinglesOf } from '../../src/process/index.ts';
import { createGenerator, generateItem } from './archive-items.ts';
import { defaultSpec, planArchive } from './archive-plan.ts';
import { parseSize } from './archive-files.ts';
import { removeDatabase } from './import-bench.ts';
import { measureDisk, mb, writtenBytes } from './measure.ts';

interface Row {
  feed: number;
  guid: string;
  url: string;
  title: string;
  text: string;
  published: string;
  bandKeys: readonly number[];
}

const BATCH = 350;
const TABLE = `CREATE TABLE items (id INTEGER PRIMARY KEY, feed INTEGER NOT NULL, guid TEXT NOT NULL, url TEXT,
  title TEXT, text TEXT NOT NULL, published TEXT, UNIQUE (feed, guid))`;
const ftsOf = (prefix: string) => `CREATE VIRTUAL TABLE items_fts USING fts5(title, text, content = 'items',
  content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'${prefix})`;
const BANDS = `CREATE TABLE near_dup_bands (band_key INTEGER NOT NULL, item_id INTEGER NOT NULL,
  PRIMARY KEY (band_key, item_id)) WITHOUT ROWID`;
const STORE_FTS = ftsOf(", prefix = '2 3'");

interface Variant {
  readonly name: string;
  readonly fts: string | null;
  readonly bands: boolean;
}

const VARIANTS: readonly Variant[] = [
  { name: 'table only', fts: null, bands: false },
  { name: 'table + FTS5, no prefix index', fts: ftsOf(''), bands: false },
  { name: "table + FTS5 prefix='2 3' (as the store)", fts: STORE_FTS, bands: false },
  { name: 'table + FTS5 as the store + LSH band rows', fts: STORE_FTS, bands: true },
];

function rowsOf(label: string, seed: number): Row[] {
  const gen = createGenerator(planArchive(defaultSpec(parseSize(label), seed)));
  return Array.from({ length: gen.plan.spec.items }, (_, g) => {
    const item = generateItem(gen, g);
    const title = item.article.title.join(' ');
    const text = item.article.paragraphs.map((p) => p.join(' ')).join('\n');
    return {
      feed: item.feed.index,
      guid: item.guid ?? item.url,
      url: item.url,
      title,
      text,
      published: new Date(item.publishedMs).toISOString(),
      bandKeys: bandKeysOf(shinglesOf(`${title} ${text}`)),
    };
  });
}

function insertAll(path: string, rows: readonly Row[], variant: Variant) {
  removeDatabase(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.exec(TABLE);
  if (variant.fts !== null) db.exec(variant.fts);
  if (variant.bands) db.exec(BANDS);
  const insert = db.prepare(
    'INSERT INTO items (feed, guid, url, title, text, published) VALUES (@feed, @guid, @url, @title, @text, @published)',
  );
  const ftsInsert =
    variant.fts !== null ? db.prepare('INSERT INTO items_fts (rowid, title, text) VALUES (?, ?, ?)') : null;
  const bandInsert = variant.bands
    ? db.prepare('INSERT OR IGNORE INTO near_dup_bands (band_key, item_id) VALUES (?, ?)')
    : null;
  const batch = db.transaction((slice: readonly Row[]) => {
    for (const { bandKeys, ...row } of slice) {
      const id = insert.run(row).lastInsertRowid;
      ftsInsert?.run(id, row.title, row.text);
      if (bandInsert) for (const key of bandKeys) bandInsert.run(key, id);
    }
  });
  const written = writtenBytes();
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) batch.immediate(rows.slice(i, i + BATCH));
  db.close();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, bytes: measureDisk(path).bytes, written: writtenBytes() - written };
}

/** Inserts the archive's rows in each variant; returns printable lines. */
export async function runBareInserts(label: string, path: string, seed = 20250601): Promise<string[]> {
  const rows = rowsOf(label, seed);
  const lines = [
    `floor: bare INSERT of the same ${rows.length} rows (generated, not parsed; ${BATCH} rows per transaction)`,
  ];
  for (const variant of VARIANTS) {
    const { seconds, bytes, written } = insertAll(path, rows, variant);
    lines.push(
      `  ${variant.name}: ${(rows.length / seconds).toFixed(0)} items/s, ${seconds.toFixed(1)} s, ` +
        `${mb(bytes)} = ${(bytes / rows.length).toFixed(0)} bytes/item, ${(written / rows.length / 1024).toFixed(1)} KiB written/item`,
    );
  }
  removeDatabase(path);
  return lines;
}
