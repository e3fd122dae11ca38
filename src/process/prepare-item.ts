// What the store keeps of a parsed item: canonical URL, language, content hash, and the
// near-duplicate band keys, computed here so that the store only stores.
import { createHash } from 'node:crypto';
import type { ParsedFeed, ParsedItem } from '../model/index.ts';
import { canonicalUrl } from './canonical-url.ts';
import { detectLanguage } from './detect-language.ts';
import { bandKeysOf, shinglesOf } from './near-duplicates.ts';

export interface PreparedItem {
  readonly item: ParsedItem;
  /** Identity inside its feed (guid, else canonical link, else a hash of title and date). */
  readonly key: string;
  readonly canonicalUrl: string | null;
  readonly language: string | null;
  readonly isLanguageDetected: boolean;
  /** Hash of the fields whose change makes a new version. */
  readonly contentHash: string;
  /** Word-bigram shingles of title and text, for near-duplicate checks. */
  readonly shingles: ReadonlySet<number>;
  readonly bandKeys: readonly number[];
}

/** Items sampled to tell the language of a feed that names none. */
const LANGUAGE_SAMPLE = 5;

/**
 * Returns the items of a feed ready to store. When the feed names no language, it is detected
 * once from a sample of items: a feed rarely mixes languages, and detection is costly.
 */
export function prepareItems(feed: ParsedFeed): PreparedItem[] {
  const needsLanguage = feed.items.some((i) => i.language === null);
  const sample = feed.items
    .slice(0, LANGUAGE_SAMPLE)
    .map((i) => `${i.title ?? ''}\n${i.text}`)
    .join('\n');
  const feedLanguage = needsLanguage ? detectLanguage(sample) : null;
  return feed.items.map((item) => prepareItem(item, feedLanguage));
}

/** Returns the hash of what makes a version: title, link and text. */
export function versionHashOf(title: string | null, link: string | null, text: string): string {
  return createHash('sha256')
    .update(`${title ?? ''}\u0000${link ?? ''}\u0000${text}`)
    .digest('hex');
}

/** Returns item ready to store; the identity prefers the canonical link over a raw one. */
export function prepareItem(item: ParsedItem, feedLanguage?: string | null): PreparedItem {
  const canonical = canonicalUrl(item.link);
  const key = item.guid ? item.id : (canonical ?? item.id);
  const detected = item.language
    ? null
    : (feedLanguage ?? detectLanguage(`${item.title ?? ''}\n${item.text}`));
  const shingles = shinglesOf(`${item.title ?? ''} ${item.text}`);
  return {
    item,
    key,
    canonicalUrl: canonical,
    language: item.language ?? detected,
    isLanguageDetected: item.language === null && detected !== null,
    contentHash: versionHashOf(item.title, item.link, item.text),
    shingles,
    bandKeys: bandKeysOf(shingles),
  };
}
