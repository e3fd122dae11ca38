// Tells an HTML page from a feed by its first bytes and its Content-Type. The parser has the
// last word (feeds are served as text/html, and pages as application/xml); this is the hint.
import { parseContentType } from '../parse/index.ts';

const SNIFF_BYTES = 2048;
const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/;
const FEED_START = /^(?:<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]|<channel[\s>]|<opml[\s>]|[{[])/;
const FEED_ROOT = /<(?:rss|feed|rdf:rdf|channel)[\s>]/;

// Skips a BOM, white space, the XML declaration, comments and processing instructions.
function skipProlog(head: string): string {
  let rest = head.replace(/^\ufeff/, '');
  for (;;) {
    const trimmed = rest.trimStart();
    const match = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/.exec(trimmed);
    if (!match) return trimmed;
    rest = trimmed.slice(match[0].length);
  }
}

/** Returns true when the bytes look like an HTML page rather than a feed. */
export function looksLikeHtmlPage(bytes: Uint8Array, contentType: string | undefined): boolean {
  const head = skipProlog(new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES)).toLowerCase());
  if (HTML_START.test(head)) return true;
  if (FEED_START.test(head)) return false;
  const { mediaType } = parseContentType(contentType);
  if (mediaType !== 'text/html' && mediaType !== 'application/xhtml+xml') return false;
  return !FEED_ROOT.test(head);
}
