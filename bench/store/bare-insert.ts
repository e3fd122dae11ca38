// The floor under import: the same rows (regenerated from the archive plan, not parsed) through
// a bare INSERT into a minimal table, then into a minimal table with an FTS5 index like the
// store's, in transactions of one file's worth of rows, with the store's pragmas.
import Database from 'better-sqlite3';
import { createGenerator, generateItem } from './archive-items.ts';
import { defaultSpec, planArchive } from './archive-plan.ts';
import { parseSize } from './archive-files.ts';
import { removeDatabase } from './import-bench.ts';
import { measureDisk, mb } from './measure.ts';

interface Row {
  feed: number;
  guid: string;
  url: string;
  title: string;
  text: string;
  published: string;
}

const BATCH = 350;
const TABLE = `CREATE TABLE items (id INTEGER PRIMARY KEY, feed INTEGER NOT NULL, guid TEXT NOT NULL, url TEXT,
  title TEXT, text TEXT NOT NULL, published TEXT, UNIQUE (feed, guid))`;
const ftsOf = (prefix: string) => `CREATE VIRTUAL TABLE items_fts USING fts5(title, text, content = 'items',
  content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'${prefix})`;
// The store's index has prefix = '2 3'; the middle variant shows what those prefix indexes cost.
const VARIANTS = [
  { name: 'table only', fts: null },
  { name: 'table + FTS5, no prefix index', fts: ftsOf('') },
  { name: "table + FTS5 prefix='2 3' (as the store)", fts: ftsOf(", prefix = '2 3'") },
] as const;

function rowsOf(label: string, seed: number): Row[] {
  const gen = createGenerator(planArchive(defaultSpec(parseSize(label), seed)));
  return Array.from({ length: gen.plan.spec.items }, (_, g) => {
    const item = generateItem(gen, g);
    return {
      feed: item.feed.index,
      guid: item.guid ?? item.url,
      url: item.url,
      title: item.article.title.join(' '),
      text: item.article.paragraphs.map((p) => p.join(' ')).join('\n'),
      published: new Date(item.publishedMs).toISOString(),
    };
  });
}

function insertAll(
  path: string,
  rows: readonly Row[],
  fts: string | null,
): { seconds: number; bytes: number } {
  removeDatabase(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.exec(TABLE);
  if (fts !== null) db.exec(fts);
  const insert = db.prepare(
    'INSERT INTO items (feed, guid, url, title, text, published) VALUES (@feed, @guid, @url, @title, @text, @published)',
  );
  const ftsInsert =
    fts !== null ? db.prepare('INSERT INTO items_fts (rowid, title, text) VALUES (?, ?, ?)') : null;
  const batch = db.transaction((slice: readonly Row[]) => {
    for (const row of slice) {
      const id = insert.run(row).lastInsertRowid;
      ftsInsert?.run(id, row.title, row.text);
    }
  });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) batch.immediate(rows.slice(i, i + BATCH));
  db.close();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, bytes: measureDisk(path).bytes };
}

/** Inserts the archive's rows bare, then with FTS5; returns printable lines. */
export async function runBareInserts(label: string, path: string, seed = 20250601): Promise<string[]> {
  const rows = rowsOf(label, seed);
  const lines = [
    `floor: bare INSERT of the same ${rows.length} rows (generated, not parsed; ${BATCH} rows per transaction)`,
  ];
  for (const variant of VARIANTS) {
    const { seconds, bytes } = insertAll(path, rows, variant.fts);
    lines.push(
      `  ${variant.name}: ${(rows.length / seconds).toFixed(0)} items/s, ${seconds.toFixed(1)} s, ` +
        `${mb(bytes)} = ${(bytes / rows.length).toFixed(0)} bytes/item`,
    );
  }
  removeDatabase(path);
  return lines;
}
