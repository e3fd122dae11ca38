// Responses that are not a feed's items: pages that turned out not to be feeds (kept as
// evidence of what the server said) and article pages fetched for an item's full text.
import type Database from 'better-sqlite3';
import { AppError } from '../../model/index.ts';
import type { ArticleText, SourceBytes } from '../store.ts';
import { putBlob, sha256Of } from './blobs.ts';
import { keepVersion, reindexItem, type ItemStatements } from './item-statements.ts';
import type { ItemRow } from './rows.ts';
import { versionHashOf } from '../../process/index.ts';

/** Archives raw bytes as a fetch of feed feedId; returns the fetch id. */
export function archiveResponse(
  db: Database.Database,
  feedId: number,
  raw: SourceBytes,
  format: string | null,
): number {
  return db
    .transaction(() => {
      const sha256 = sha256Of(raw.bytes);
      putBlob(db, raw.bytes, sha256);
      const result = db
        .prepare(
          `INSERT INTO fetches (feed_id, source, fetched_at, http_status, http_headers, byte_length, sha256, format)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          feedId,
          raw.source,
          raw.fetchedAt,
          raw.httpStatus,
          raw.httpHeaders ? JSON.stringify(raw.httpHeaders) : null,
          raw.bytes.byteLength,
          sha256,
          format,
        );
      return Number(result.lastInsertRowid);
    })
    .immediate();
}

/**
 * Stores an item's article text as its new version, with the article page as provenance:
 * the earlier version (the excerpt) is kept. Returns the fetch id of the archived page.
 */
export function addArticleVersion(
  db: Database.Database,
  s: ItemStatements,
  itemId: number,
  raw: SourceBytes,
  article: ArticleText,
): number {
  return db
    .transaction(() => {
      const old = db.prepare<[number], ItemRow>('SELECT * FROM items WHERE id = ?').get(itemId);
      if (!old) throw new AppError('input.not_found', `store: no item #${itemId}`, { itemId });
      const fetchId = archiveResponse(db, old.feed_id, raw, 'article');
      keepVersion(s, old, raw.fetchedAt, ['text']);
      db.prepare(
        `UPDATE items SET content_html = ?, text = ?, truncated = 0, version = version + 1, version_seen_at = ?, analyzed_version = NULL,
       content_hash = ?, last_fetch_id = ? WHERE id = ?`,
      ).run(
        article.contentHtml,
        article.text,
        raw.fetchedAt,
        versionHashOf(old.title, old.url, article.text),
        fetchId,
        old.id,
      );
      reindexItem(s, old, old.title, article.text);
      return fetchId;
    })
    .immediate();
}
