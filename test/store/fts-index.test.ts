// items_fts holds exactly the canonical items and copies_fts exactly the near-duplicates, through
// links, new versions and article text; migration 7 took the copies out of items_fts, and
// migration 9 put them into copies_fts.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asItemId } from '../../src/model/index.ts';
import { parseQuery } from '../../src/query/index.ts';
import type { Store } from '../../src/store/index.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { freshStore, importOf, rssOf, WIRE_COPY } from './helpers.ts';

/** Takes an archive back from schema 10 (the columns it added), for tests of earlier migrations. */
const UNDO_MIGRATION_10 = `ALTER TABLE fetch_attempts DROP COLUMN http_headers;
  ALTER TABLE fetch_attempts DROP COLUMN sha256;
  ALTER TABLE fetch_attempts DROP COLUMN byte_length;
  ALTER TABLE fetch_attempts DROP COLUMN body_truncated;`;

const WIRE = 'https://wire.example/rss';
const PAPER = 'https://paper.example/rss';
let store: Store;

afterEach(async () => {
  await store.close();
});

/**
 * Checks that items_fts indexes exactly the canonical items and copies_fts exactly the copies, as
 * they are now: FTS5's check of an external-content index against its table, run with the other
 * half of the items deleted from the table and rolled back. It throws SQLITE_CORRUPT_VTAB
 * otherwise, as after a 'delete' of a row that was never indexed.
 */
function checkIndex(db: Database.Database, fts = 'items_fts'): void {
  const others = fts === 'items_fts' ? 'duplicate_of IS NOT NULL' : 'duplicate_of IS NULL';
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN');
  try {
    db.exec(`DELETE FROM items WHERE ${others}`);
    db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`);
  } finally {
    db.exec('ROLLBACK');
  }
}

/** Returns the rowids an index (items_fts or copies_fts) matches for an FTS5 query, after checking it. */
function indexed(path: string, fts: string, isChecked = true, table = 'items_fts'): number[] {
  const db = new Database(path);
  try {
    if (isChecked) checkIndex(db, table);
    return db
      .prepare<[string], { rowid: number }>(
        `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`,
      )
      .all(fts)
      .map((r) => r.rowid);
  } finally {
    db.close();
  }
}

/** Returns the rowids copies_fts matches, after checking it. */
const copies = (path: string, fts: string, isChecked = true): number[] =>
  indexed(path, fts, isChecked, 'copies_fts');

/** Imports the wire story, then its copy in a second feed (linked as item 2 to item 1). */
async function importPair(): Promise<void> {
  await store.importFeed(
    importOf(
      WIRE,
      rssOf('Wire', [{ guid: 'w1', title: 'UN report', text: WIRE_COPY }]),
      '2022-09-01T10:00:00.000Z',
    ),
  );
  const outcome = await store.importFeed(
    importOf(
      PAPER,
      rssOf('Paper', [{ guid: 'p1', title: 'UN report', text: WIRE_COPY }]),
      '2022-09-01T11:00:00.000Z',
    ),
  );
  expect(outcome.duplicatesLinked).toBe(1);
}

describe('near-duplicates out of the full-text index, in the copies index', () => {
  it('indexes an item the linker links in copies_fts, not items_fts', async () => {
    const fresh = freshStore();
    store = fresh.store;
    await importPair();
    expect(indexed(fresh.path, 'humanity')).toEqual([1]);
    expect(copies(fresh.path, 'humanity')).toEqual([2]);
  });

  it('keeps a duplicate out when it gets a new version, and re-indexes the canonical one', async () => {
    const fresh = freshStore();
    store = fresh.store;
    await importPair();
    const edited = `${WIRE_COPY} Beijing rejected the findings.`;
    await store.importFeed(
      importOf(
        PAPER,
        rssOf('Paper', [{ guid: 'p1', title: 'UN report', text: edited }]),
        '2022-09-02T11:00:00.000Z',
      ),
    );
    await store.importFeed(
      importOf(
        WIRE,
        rssOf('Wire', [{ guid: 'w1', title: 'UN report', text: `${WIRE_COPY} Tibet too.` }]),
        '2022-09-02T12:00:00.000Z',
      ),
    );
    expect((await store.getItem(asItemId(2)))?.versions).toHaveLength(1);
    expect(indexed(fresh.path, 'humanity')).toEqual([1]);
    expect(indexed(fresh.path, 'beijing')).toEqual([]);
    expect(indexed(fresh.path, 'tibet')).toEqual([1]);
    expect(copies(fresh.path, 'beijing')).toEqual([2]);
    expect(copies(fresh.path, 'tibet')).toEqual([]);
  });

  it('keeps a duplicate out when its article text is fetched', async () => {
    const fresh = freshStore();
    store = fresh.store;
    await importPair();
    const raw = {
      source: 'https://paper.example/a',
      fetchedAt: '2022-09-03T00:00:00.000Z',
      httpStatus: 200,
      httpHeaders: null,
    };
    const bytes = new TextEncoder().encode('<html>article</html>');
    await store.addArticleVersion(
      asItemId(2),
      { ...raw, bytes },
      { contentHtml: '<p>Lhasa</p>', text: 'Lhasa' },
    );
    await store.addArticleVersion(
      asItemId(1),
      { ...raw, bytes },
      { contentHtml: '<p>Kashgar</p>', text: 'Kashgar' },
    );
    expect(indexed(fresh.path, 'lhasa')).toEqual([]);
    expect(indexed(fresh.path, 'kashgar')).toEqual([1]);
    expect(indexed(fresh.path, 'humanity')).toEqual([]);
    expect(copies(fresh.path, 'lhasa')).toEqual([2]);
    expect(copies(fresh.path, 'humanity')).toEqual([]);
  });

  it('migration 7 takes the duplicates of a schema 6 archive out of the index', async () => {
    const fresh = freshStore();
    store = fresh.store;
    await importPair();
    await store.close();
    // A schema 6 archive: every item indexed, no items_last_fetch index.
    const db = new Database(fresh.path);
    db.exec(`INSERT INTO items_fts (rowid, title, text, source_name)
               SELECT id, title, text, source_name FROM items WHERE duplicate_of IS NOT NULL;
             DROP INDEX items_last_fetch; DROP TABLE copies_fts;
             DELETE FROM schema_migrations WHERE version >= 7;`);
    db.exec(UNDO_MIGRATION_10);
    db.close();
    expect(indexed(fresh.path, 'humanity', false)).toEqual([1, 2]);
    store = SqliteStore.open(fresh.path);
    expect(indexed(fresh.path, 'humanity')).toEqual([1]);
    const check = new Database(fresh.path, { readonly: true });
    const names = check
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items'")
      .all();
    const version = check.prepare('SELECT max(version) AS v FROM schema_migrations').get();
    check.close();
    expect(names).toContainEqual({ name: 'items_last_fetch' });
    expect(version).toEqual({ v: 10 });
    expect((await store.search({ query: parseQuery('humanity'), limit: 20, sort: 'relevance' })).total).toBe(
      1,
    );
  });

  it('migration 9 puts the duplicates of a schema 8 archive into copies_fts', async () => {
    const fresh = freshStore();
    store = fresh.store;
    await importPair();
    await store.close();
    const db = new Database(fresh.path);
    db.exec('DROP TABLE copies_fts; DELETE FROM schema_migrations WHERE version >= 9;');
    db.exec(UNDO_MIGRATION_10);
    db.close();
    store = SqliteStore.open(fresh.path);
    expect(indexed(fresh.path, 'humanity')).toEqual([1]);
    expect(copies(fresh.path, 'humanity')).toEqual([2]);
    const result = await store.search({
      query: parseQuery('source:Paper humanity'),
      limit: 20,
      sort: 'relevance',
    });
    expect(result.hits.map((h) => [h.itemId, h.copyOf])).toEqual([[2, 1]]);
  });
});
