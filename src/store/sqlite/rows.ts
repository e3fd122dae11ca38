// Rows as SQLite returns them, and their conversion to the model.
import type { FeedRecord, FetchRecord, ItemVersion, StoredItem } from '../../model/index.ts';
import { asFeedId, asFetchId, asItemId, type FeedKind, type FeedState } from '../../model/index.ts';

export interface ItemRow {
  id: number;
  feed_id: number;
  item_key: string;
  guid: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  summary_html: string | null;
  content_html: string | null;
  text: string;
  source_name: string;
  authors: string;
  categories: string;
  enclosures: string;
  language: string | null;
  language_detected: number;
  truncated: number;
  published_raw: string | null;
  published_at: string | null;
  updated_raw: string | null;
  updated_at: string | null;
  first_seen_at: string;
  last_seen_at: string;
  version_seen_at: string;
  first_fetch_id: number;
  last_fetch_id: number;
  content_hash: string;
  version: number;
  removed_at: string | null;
  duplicate_of: number | null;
  duplicate_similarity: number | null;
}

export interface FetchRow {
  id: number;
  feed_id: number;
  source: string;
  fetched_at: string;
  http_status: number | null;
  http_headers: string | null;
  byte_length: number;
  sha256: string;
  format: string | null;
  warnings: string;
  items_new: number;
  items_updated: number;
  items_unchanged: number;
}

export interface FeedRow {
  id: number;
  url: string;
  kind: string;
  title: string | null;
  site_url: string | null;
  state: string;
  last_error_code: string | null;
  last_error_message: string | null;
  error_count: number;
  last_success_at: string | null;
  last_attempt_at: string | null;
  created_at: string;
  item_count: number;
  removed_at: string | null;
  interval_seconds: number | null;
  next_fetch_at: string | null;
  etag: string | null;
  last_modified: string | null;
  last_full_fetch_at: string | null;
  last_status: number | null;
  redirect_target: string | null;
  redirect_seen: number;
  redirect_first_seen_at: string | null;
  fetch_full_text: number;
}

export interface VersionRow {
  version: number;
  seen_at: string;
  replaced_at: string;
  fetch_id: number;
  title: string | null;
  url: string | null;
  text: string;
  changed_fields: string;
}

/** Returns the model's item for a row. */
export function toStoredItem(r: ItemRow): StoredItem {
  return {
    id: asItemId(r.id),
    feedId: asFeedId(r.feed_id),
    key: r.item_key,
    guid: r.guid,
    url: r.url,
    canonicalUrl: r.canonical_url,
    title: r.title,
    summaryHtml: r.summary_html,
    contentHtml: r.content_html,
    text: r.text,
    sourceName: r.source_name,
    authors: JSON.parse(r.authors),
    categories: JSON.parse(r.categories),
    enclosures: JSON.parse(r.enclosures),
    language: r.language,
    isLanguageDetected: r.language_detected === 1,
    truncated: r.truncated === 1,
    publishedRaw: r.published_raw,
    publishedAt: r.published_at,
    updatedRaw: r.updated_raw,
    updatedAt: r.updated_at,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    firstFetchId: asFetchId(r.first_fetch_id),
    lastFetchId: asFetchId(r.last_fetch_id),
    version: r.version,
    removedAt: r.removed_at,
    duplicateOf: r.duplicate_of === null ? null : asItemId(r.duplicate_of),
    duplicateSimilarity: r.duplicate_similarity,
  };
}

/** Returns the model's fetch for a row. */
export function toFetchRecord(r: FetchRow): FetchRecord {
  return {
    id: asFetchId(r.id),
    feedId: asFeedId(r.feed_id),
    source: r.source,
    fetchedAt: r.fetched_at,
    httpStatus: r.http_status,
    httpHeaders: r.http_headers ? JSON.parse(r.http_headers) : null,
    byteLength: r.byte_length,
    sha256: r.sha256,
    format: r.format,
    warnings: JSON.parse(r.warnings),
    itemsNew: r.items_new,
    itemsUpdated: r.items_updated,
    itemsUnchanged: r.items_unchanged,
  };
}

/** Returns the model's feed for a row. */
export function toFeedRecord(r: FeedRow): FeedRecord {
  return {
    id: asFeedId(r.id),
    url: r.url,
    kind: r.kind as FeedKind,
    title: r.title,
    siteUrl: r.site_url,
    state: r.state as FeedState,
    lastErrorCode: r.last_error_code,
    lastErrorMessage: r.last_error_message,
    errorCount: r.error_count,
    lastSuccessAt: r.last_success_at,
    lastAttemptAt: r.last_attempt_at,
    createdAt: r.created_at,
    itemCount: r.item_count,
    removedAt: r.removed_at,
    intervalSeconds: r.interval_seconds,
    nextFetchAt: r.next_fetch_at,
    lastStatus: r.last_status,
    fetchFullText: r.fetch_full_text === 1,
  };
}

/** Returns the model's item version for a row. */
export function toItemVersion(r: VersionRow): ItemVersion {
  return {
    version: r.version,
    seenAt: r.seen_at,
    replacedAt: r.replaced_at,
    fetchId: asFetchId(r.fetch_id),
    title: r.title,
    url: r.url,
    text: r.text,
    changedFields: JSON.parse(r.changed_fields),
  };
}
