// Categories in their many spellings: RSS `category` with a domain, Atom `category` with
// term/scheme/label, `dc:subject`, iTunes categories and comma-separated keywords.
import { findChildren, textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import type { Draft } from './draft.ts';

const ITUNES_SCHEME = 'http://www.itunes.com/';

/** Reads `category`, `dc:subject`, `keywords`, `media:category` (with its default scheme). */
export function readCategory(d: Draft, el: XmlElement, defaultScheme: string | null = null): void {
  const term = el.attrs['term'] ?? null;
  const scheme = el.attrs['scheme'] ?? el.attrs['domain'] ?? defaultScheme;
  const label = el.attrs['label'] ?? null;
  const before = d.categories.length;
  d.addCategory(term, scheme, label);
  const text = simpleText(textContent(el));
  if (!text) return;
  const last = d.categories[d.categories.length - 1];
  if (last && !last.term && d.categories.length > before) {
    d.categories[d.categories.length - 1] = { ...last, term: text };
  } else {
    d.addCategory(text, null, null);
  }
}

/** Reads `itunes:category` and the categories nested in it. */
export function readItunesCategory(d: Draft, el: XmlElement): void {
  const text = el.attrs['text'] ?? null;
  d.addCategory(text, ITUNES_SCHEME, null);
  if (text) d.itunesInfo().categories.push(text);
  for (const child of findChildren(el, 'itunes:category')) readItunesCategory(d, child);
}

/** Reads `itunes:keywords`, `media:keywords` and `tags`: comma-separated terms. */
export function readKeywordList(d: Draft, el: XmlElement): void {
  const isItunes = el.key === 'itunes:keywords';
  for (const raw of simpleText(textContent(el)).split(',')) {
    const term = raw.trim();
    if (!term) continue;
    d.addCategory(term, isItunes ? ITUNES_SCHEME : null, null);
    if (isItunes) d.itunesInfo().keywords.push(term);
  }
}
