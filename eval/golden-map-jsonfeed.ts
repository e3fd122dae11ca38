// gofeed's JSON Feed parser expectations (testdata/parser/json/*_expected.json: the JSON Feed
// itself, as gofeed's json.Feed type) against ours. Mapping: home_page_url → our link, feed_url →
// our rel=self link, icon → our image or icon, favicon → our icon, id → our guid, url → our link,
// external_url → our rel=related link, content_html and content_text → our content constructs of
// those types, tags → our categories, attachments → our enclosures, author(s).url → our uri.
import type { ParsedFeed, ParsedItem } from '../src/model/index.ts';
import { anyOf, check, checkDate, checkItems, type FieldCheck } from './golden-check.ts';
import {
  asObject,
  asText,
  getArray,
  getObject,
  getString,
  objectsOf,
  type JsonObject,
} from './golden-json.ts';
import {
  categoryKey,
  enclosureKey,
  expectedPeople,
  ourCategories,
  ourEnclosures,
  ourLinkHref,
  ourPeople,
} from './golden-keys.ts';
import { collapsed, language, sortedList, trimmed, version, visibleText } from './golden-normalise.ts';

/** Returns the checks of one JSON Feed expectation against our parse. */
export function compareJsonFeed(expected: unknown, feed: ParsedFeed): FieldCheck[] {
  const e = asObject(expected);
  return [
    check('feed.format', 'json', feed.format),
    check('feed.version', version(versionNumber(getString(e, 'version'))), version(feed.version)),
    check('feed.title', visibleText(getString(e, 'title')), visibleText(feed.title)),
    check('feed.home_page_url', trimmed(getString(e, 'home_page_url')), trimmed(feed.link)),
    check('feed.feed_url', trimmed(getString(e, 'feed_url')), ourLinkHref(feed.links, 'self')),
    check('feed.description', visibleText(getString(e, 'description')), visibleText(feed.description)),
    check(
      'feed.icon',
      trimmed(getString(e, 'icon')),
      anyOf(trimmed(getString(e, 'icon')), [trimmed(feed.image?.url), trimmed(feed.icon)]),
    ),
    check('feed.favicon', trimmed(getString(e, 'favicon')), trimmed(feed.icon)),
    check('feed.language', language(getString(e, 'language')), language(feed.language)),
    check('feed.authors', people(e), ourPeople(feed.authors)),
    ...checkItems(getArray(e, 'items'), feed.items, checkItem),
  ];
}

function checkItem(e: JsonObject, o: ParsedItem | null): FieldCheck[] {
  const html = o?.content.find((content) => content.type !== 'text/plain')?.value;
  const text = o?.content.find((content) => content.type === 'text/plain')?.value;
  return [
    check('item.id', trimmed(getString(e, 'id')), trimmed(o?.guid)),
    check('item.url', trimmed(getString(e, 'url')), trimmed(o?.link)),
    check('item.external_url', trimmed(getString(e, 'external_url')), ourLinkHref(o?.links ?? [], 'related')),
    check('item.title', visibleText(getString(e, 'title')), visibleText(o?.title)),
    check('item.content_html', visibleText(getString(e, 'content_html')), visibleText(html)),
    check('item.content_text', collapsed(getString(e, 'content_text')), collapsed(text)),
    check('item.summary', visibleText(getString(e, 'summary')), visibleText(o?.summary)),
    checkDate('item.date_published', getString(e, 'date_published'), null, o?.published ?? null),
    checkDate('item.date_modified', getString(e, 'date_modified'), null, o?.updated ?? null),
    check('item.authors', people(e), ourPeople(o?.authors ?? [])),
    check('item.tags', tags(getArray(e, 'tags')), ourCategories(o?.categories ?? [], false)),
    check('item.attachments', attachments(getArray(e, 'attachments')), ourEnclosures(o?.enclosures ?? [])),
  ];
}

/** JSON Feed 1.1 has `authors`; 1.0 had one `author` (used only when `authors` is absent). */
function people(e: JsonObject | null): string | null {
  const authors = getArray(e, 'authors');
  const single = getObject(e, 'author');
  return expectedPeople(authors.length > 0 || single === null ? authors : [single]);
}

function tags(list: readonly unknown[]): string | null {
  return sortedList(list.map((tag) => categoryKey(asText(tag), null, null)));
}

function attachments(list: readonly unknown[]): string | null {
  return sortedList(
    objectsOf(list).map((one) =>
      enclosureKey(getString(one, 'url'), getString(one, 'mime_type'), getString(one, 'size_in_bytes')),
    ),
  );
}

/** JSON Feed declares its version as a URL (https://jsonfeed.org/version/1.1). */
function versionNumber(value: string | null): string | null {
  return value?.match(/(\d+(?:\.\d+)?)\/?$/)?.[1] ?? value;
}
