// Text helpers shared by the renderers: clean feed text, escape it, and say why an item matched.
import type { AlertItem, AlertMatch } from './alert-types.ts';

// C0 controls other than tab, LF and CR, and the non-characters XML 1.0 forbids; search
// highlight marks (\u0002, \u0003) are among them. Lone surrogates cannot be encoded either.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|\p{Cs}/gu;

/** Returns text without control characters, highlight marks or lone surrogates. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE_CHARS, '');
}

/** Returns text on one line: line breaks and runs of white space as one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Returns text cleaned and escaped for XML or HTML content and attribute values. */
export function escapeMarkup(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Returns true when text is an absolute http(s) URL, the only kind worth linking. */
export function isWebUrl(text: string | null): text is string {
  if (!text) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Returns the item's title, or a stand-in when the feed gave none. */
export function titleOf(item: AlertItem): string {
  const title = item.title === null ? '' : oneLine(item.title);
  return title === '' ? '(untitled)' : title;
}

/** Returns one line saying why an item matched. */
export function describeMatch(match: AlertMatch): string {
  if (match.kind === 'search') return `search: ${oneLine(match.query)}`;
  const score = match.score.toFixed(2);
  return `watchlist ${oneLine(match.watchlist)}: ${oneLine(match.entry)} matched ${oneLine(match.entity)} (score ${score})`;
}

/** Returns the page of an item in the newswatch web UI at siteUrl. */
export function itemPageUrl(siteUrl: string, item: AlertItem): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(`items/${item.itemId}`, base).href;
}
