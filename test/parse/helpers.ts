// Small helpers for parser tests: parse a string, get the first item.
import { parseFeed } from '../../src/parse/index.ts';
import type { ParsedFeed, ParsedItem } from '../../src/model/index.ts';

export const NOW = new Date('2026-11-26T00:00:00Z');

/** Returns the feed parsed from a string (UTF-8) or bytes. */
export function parse(
  input: string | Uint8Array,
  options: { url?: string; contentType?: string } = {},
): ParsedFeed {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return parseFeed(bytes, { now: NOW, ...options });
}

/** Returns the first item of the feed parsed from input, failing the test if there is none. */
export function firstItem(input: string, options: { url?: string; contentType?: string } = {}): ParsedItem {
  const item = parse(input, options).items[0];
  if (!item) throw new Error('no item parsed');
  return item;
}

/** Wraps item XML in a minimal RSS 2.0 document. */
export function rss(items: string, channel = '<title>T</title>', ns = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${ns}><channel>${channel}${items}</channel></rss>`;
}

/** Wraps entry XML in a minimal Atom 1.0 document. */
export function atom(entries: string, feed = '<title>T</title>', attrs = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"${attrs}>${feed}${entries}</feed>`;
}
