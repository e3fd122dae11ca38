// The documented JSON shape of `newswatch parse`.
import type { ParsedFeed, ParsedItem, DateValue } from '../../model/index.ts';

const iso = (d: DateValue | null): string | null => d?.iso ?? null;

/** Returns the item in the shape `newswatch parse` prints. */
function toItemOutput(item: ParsedItem) {
  return {
    id: item.id,
    title: item.title,
    link: item.link,
    published: iso(item.published),
    updated: iso(item.updated),
    authors: item.authors.map((a) => ({ name: a.name, email: a.email, uri: a.uri })),
    categories: item.categories.map((c) => c.term),
    summary: item.summary,
    contentHtml: item.contentHtml,
    text: item.text,
    enclosures: item.enclosures.map((e) => ({ url: e.url, type: e.type, length: e.length })),
    language: item.language,
    truncated: item.truncated,
  };
}

/** Returns the feed in the shape `newswatch parse` prints. */
export function toParseOutput(feed: ParsedFeed) {
  return {
    format: feed.format,
    version: feed.version,
    encoding: feed.encoding,
    bozo: feed.bozo,
    title: feed.title,
    link: feed.link,
    description: feed.description,
    language: feed.language,
    warnings: feed.warnings.map((w) => ({ code: w.code, message: w.message })),
    items: feed.items.map(toItemOutput),
  };
}
