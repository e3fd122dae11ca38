// A prepared item as the columns of the items table.
import type { PreparedItem } from '../../process/index.ts';
import type { ItemValues } from './item-statements.ts';

/** Returns the column values for a prepared item of feed feedId. */
export function toItemValues(p: PreparedItem, feedId: number, sourceName: string): ItemValues {
  const i = p.item;
  return {
    feed_id: feedId,
    item_key: p.key,
    guid: i.guid,
    url: i.link,
    canonical_url: p.canonicalUrl,
    title: i.title,
    summary_html: i.summary,
    content_html: i.contentHtml,
    text: i.text,
    source_name: sourceName,
    authors: JSON.stringify(i.authors),
    categories: JSON.stringify(i.categories),
    enclosures: JSON.stringify(i.enclosures),
    language: p.language,
    language_detected: p.isLanguageDetected ? 1 : 0,
    truncated: i.truncated ? 1 : 0,
    published_raw: i.published?.raw ?? null,
    published_at: i.published?.iso ?? null,
    updated_raw: i.updated?.raw ?? null,
    updated_at: i.updated?.iso ?? null,
    content_hash: p.contentHash,
  };
}

/** Returns the names of the fields that differ between a stored item and its new values. */
export function changedFields(
  old: { title: string | null; url: string | null; text: string },
  next: ItemValues,
): string[] {
  const changed: string[] = [];
  if (old.title !== next.title) changed.push('title');
  if (old.url !== next.url) changed.push('link');
  if (old.text !== next.text) changed.push('text');
  return changed;
}
