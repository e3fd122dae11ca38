// parse/: bytes in, a typed feed out. Pure: no I/O, no clock, no config. Never throws on bad
// input: it returns what it could read, with warnings and a `bozo` flag.
import type { ParsedFeed, ParseOptions, ParseWarning } from '../model/index.ts';
import { decodeDocument } from './decode/index.ts';
import { detectDocumentKind } from './detect-format.ts';
import { emptyFeed } from './formats/empty-feed.ts';
import { isJsonFeed, readJsonFeed } from './formats/json-feed.ts';
import { isTextDump, readTextDump } from './formats/text-dump.ts';
import { readXmlFeed } from './formats/read-xml-feed.ts';

export { decodeDocument, parseContentType } from './decode/index.ts';
export { sanitizeHtml } from './html/sanitize-html.ts';
export { htmlToText } from './html/html-to-text.ts';
export { parseFeedDate } from './dates/index.ts';

// Warnings that mean the input was not what it claimed to be (feedparser's `bozo`).
const BOZO_PREFIXES = ['xml.', 'encoding.', 'json.', 'parse.'];

function withWarnings(feed: ParsedFeed, before: readonly ParseWarning[]): ParsedFeed {
  const warnings = [...before, ...feed.warnings];
  const bozo = feed.bozo || warnings.some((w) => BOZO_PREFIXES.some((p) => w.code.startsWith(p)));
  return { ...feed, warnings, bozo };
}

function readJson(text: string, base: string, encoding: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return {
      ...emptyFeed(encoding),
      warnings: [{ code: 'json.syntax', message: `json: ${(err as Error).message}` }],
    };
  }
  if (!isJsonFeed(value)) {
    return {
      ...emptyFeed(encoding),
      warnings: [{ code: 'parse.not_a_feed', message: 'parse: JSON, but not a JSON Feed' }],
    };
  }
  return readJsonFeed(value, base, encoding);
}

/** Returns the feed read from bytes, whatever its format, with what was wrong as warnings. */
export function parseFeed(bytes: Uint8Array, options: ParseOptions): ParsedFeed {
  const decoded = decodeDocument(bytes, options.contentType);
  const base = options.url ?? '';
  const kind = detectDocumentKind(decoded.text);
  let feed: ParsedFeed;
  if (kind === 'xml')
    feed = readXmlFeed(decoded.text, base, decoded.encoding, options.contentLanguage ?? null);
  else if (kind === 'json') feed = readJson(decoded.text, base, decoded.encoding);
  else if (kind === 'text' && isTextDump(decoded.text)) feed = readTextDump(decoded.text, decoded.encoding);
  else {
    const message =
      kind === 'empty'
        ? 'parse: the document is empty'
        : 'parse: no feed found (neither XML, JSON Feed nor a text dump)';
    feed = { ...emptyFeed(decoded.encoding), warnings: [{ code: 'parse.not_a_feed', message }] };
  }
  return withWarnings(feed, decoded.warnings);
}
