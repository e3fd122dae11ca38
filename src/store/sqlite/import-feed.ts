// One import, in one transaction: archive the bytes, record the fetch, store new items,
// keep earlier versions of changed ones, note removals, link near-duplicates.
import type Database from 'better-sqlite3';
import { asItemId, type ItemId } from '../../model/index.ts';
import type { ImportInput, ImportOutcome } from '../store.ts';
import { putBlob, sha256Of } from './blobs.ts';
import { indexNewItem, keepVersion, reindexItem, type ItemStatements } from './item-statements.ts';
import { changedFields, toItemValues } from './item-values.ts';
import type { NearDuplicateLinker } from './near-duplicate-linker.ts';
import { recordRemovals } from './removals.ts';

interface Counts {
  new: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  newIds: ItemId[];
}

function upsertFeed(db: Database.Database, input: ImportInput): number {
  const { feed } = input;
  db.prepare(
    `INSERT INTO feeds (url, kind, title, site_url, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, title), site_url = coalesce(excluded.site_url, site_url)`,
  ).run(feed.url, feed.kind, feed.title, feed.siteUrl, input.raw.fetchedAt);
  return (
    db.prepare<[string], { id: number }>('SELECT id FROM feeds WHERE url = ?').get(feed.url) as { id: number }
  ).id;
}

function insertFetch(db: Database.Database, feedId: number, input: ImportInput, sha256: string): number {
  const { raw, parsed } = input;
  const result = db
    .prepare(
      `INSERT INTO fetches (feed_id, source, fetched_at, http_status, http_headers, byte_length, sha256, format, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      feedId,
      raw.source,
      raw.fetchedAt,
      raw.httpStatus,
      raw.httpHeaders ? JSON.stringify(raw.httpHeaders) : null,
      raw.bytes.byteLength,
      sha256,
      parsed.format,
      JSON.stringify(parsed.warnings),
    );
  return Number(result.lastInsertRowid);
}

function storeItems(
  s: ItemStatements,
  linker: NearDuplicateLinker,
  input: ImportInput,
  feedId: number,
  fetchId: number,
  sourceName: string,
): Counts {
  const counts: Counts = { new: 0, updated: 0, unchanged: 0, duplicates: 0, newIds: [] };
  const seenAt = input.raw.fetchedAt;
  for (const prepared of input.items) {
    const values = toItemValues(prepared, feedId, sourceName);
    const old = s.findByKey.get(feedId, prepared.key);
    if (!old) {
      const id = Number(s.insert.run({ ...values, seen_at: seenAt, fetch_id: fetchId }).lastInsertRowid);
      for (const key of prepared.bandKeys) s.insertBand.run(key, id);
      // A near-duplicate goes into copies_fts, never items_fts: unfiltered searches rank originals.
      const canonical = linker.link({ id, feedId, shingles: prepared.shingles, bandKeys: prepared.bandKeys });
      if (canonical !== null) counts.duplicates += 1;
      indexNewItem(s, {
        id,
        title: values.title,
        text: values.text,
        source_name: sourceName,
        duplicate_of: canonical,
      });
      counts.new += 1;
      counts.newIds.push(asItemId(id));
    } else if (old.content_hash === values.content_hash) {
      if (old.removed_at !== null) s.recordEvent.run(old.id, 'restored', seenAt, fetchId);
      s.markSeen.run(seenAt, fetchId, old.id);
      counts.unchanged += 1;
    } else {
      if (old.removed_at !== null) s.recordEvent.run(old.id, 'restored', seenAt, fetchId);
      keepVersion(s, old, seenAt, changedFields(old, values));
      s.replace.run({
        ...values,
        source_name: old.source_name,
        id: old.id,
        seen_at: seenAt,
        fetch_id: fetchId,
      });
      reindexItem(s, old, values.title, values.text);
      s.deleteBands.run(old.id);
      linker.forget(old.id);
      for (const key of prepared.bandKeys) s.insertBand.run(key, old.id);
      counts.updated += 1;
    }
  }
  return counts;
}

function isKnownBytes(
  db: Database.Database,
  feedId: number,
  sha256: string,
  mode: ImportInput['skipKnownBytes'],
): boolean {
  if (mode === 'never') return false;
  const sql =
    mode === 'ever'
      ? 'SELECT 1 FROM fetches WHERE feed_id = ? AND sha256 = ?'
      : 'SELECT 1 FROM fetches WHERE id = (SELECT max(id) FROM fetches WHERE feed_id = ?) AND sha256 = ?';
  return db.prepare(sql).get(feedId, sha256) !== undefined;
}

/** Runs one import atomically; returns what it changed. */
export function importFeed(
  db: Database.Database,
  s: ItemStatements,
  linker: NearDuplicateLinker,
  input: ImportInput,
): ImportOutcome {
  const sha256 = sha256Of(input.raw.bytes);
  return db
    .transaction((): ImportOutcome => {
      const feedId = upsertFeed(db, input);
      const known = isKnownBytes(db, feedId, sha256, input.skipKnownBytes);
      const base = { feedId: feedId as ImportOutcome['feedId'], sha256, warnings: input.parsed.warnings };
      if (known) {
        return {
          ...base,
          fetchId: null,
          isKnownBytes: true,
          itemsNew: 0,
          itemsUpdated: 0,
          itemsUnchanged: input.items.length,
          itemsRemoved: 0,
          duplicatesLinked: 0,
          newItemIds: [],
        };
      }
      const previousFetchId =
        db
          .prepare<[number], { id: number | null }>('SELECT max(id) AS id FROM fetches WHERE feed_id = ?')
          .get(feedId)?.id ?? null;
      putBlob(db, input.raw.bytes, sha256);
      const fetchId = insertFetch(db, feedId, input, sha256);
      const sourceName = input.feed.title ?? input.parsed.title ?? input.feed.url;
      const counts = storeItems(s, linker, input, feedId, fetchId, sourceName);
      const removed =
        previousFetchId === null
          ? 0
          : recordRemovals(db, s, feedId, previousFetchId, fetchId, input.raw.fetchedAt);
      db.prepare('UPDATE fetches SET items_new = ?, items_updated = ?, items_unchanged = ? WHERE id = ?').run(
        counts.new,
        counts.updated,
        counts.unchanged,
        fetchId,
      );
      db.prepare(
        "UPDATE feeds SET last_success_at = ?, last_attempt_at = ?, state = 'active', error_count = 0 WHERE id = ?",
      ).run(input.raw.fetchedAt, input.raw.fetchedAt, feedId);
      return {
        ...base,
        fetchId,
        isKnownBytes: false,
        itemsNew: counts.new,
        itemsUpdated: counts.updated,
        itemsUnchanged: counts.unchanged,
        itemsRemoved: removed,
        duplicatesLinked: counts.duplicates,
        newItemIds: counts.newIds,
      };
    })
    .immediate();
}
