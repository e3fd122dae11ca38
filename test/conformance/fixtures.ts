// Small hand-made ParsedFeed records for the feedparser-view tests (no parser involved).
import type { ParsedFeed, ParsedItem } from '../../src/model/index.ts';
import { emptyFeed, emptyItem } from '../../src/parse/formats/empty-feed.ts';

/** Returns an item with nothing in it but what overrides says. */
export function itemWith(overrides: Partial<ParsedItem>): ParsedItem {
  return { ...emptyItem('x'), ...overrides };
}

/** Returns a feed with nothing in it but what overrides says. */
export function feedWith(overrides: Partial<ParsedFeed>): ParsedFeed {
  return { ...emptyFeed('utf-8'), format: 'rss', version: '2.0', ...overrides };
}
