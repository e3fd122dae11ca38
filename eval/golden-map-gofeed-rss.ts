// gofeed's RSS parser expectations (testdata/parser/rss/*.json, its rss.Feed type) against ours.
// gofeed keeps the raw strings of the feed: managingEditor as written (our authors), webMaster
// (our publisher), lastBuildDate (our updated), pubDate (our published), guid.value (our guid),
// content:encoded as `content`. Extension elements (dc:creator, dc:date, ...) stay in gofeed's
// `extensions` and are not folded into its fields, so where we fold them they show as "extra".
import type { ParsedFeed, ParsedItem } from '../src/model/index.ts';
import { check, checkDate, checkHtml, checkItems, markupOf, type FieldCheck } from './golden-check.ts';
import { asObject, getArray, getObject, getString, objectsOf, type JsonObject } from './golden-json.ts';
import {
  categoryKey,
  enclosureKey,
  generatorPair,
  hrefs,
  ourCategories,
  ourEnclosures,
  ourHrefs,
  publisherList,
  rawPersonPair,
} from './golden-keys.ts';
import { integer, language, sortedList, trimmed, version, visibleText } from './golden-normalise.ts';

/** Returns the checks of one gofeed rss.Feed expectation; `format` is 'rss' or 'rdf' (from the root element). */
export function compareGofeedRss(expected: unknown, feed: ParsedFeed, format: string): FieldCheck[] {
  const e = asObject(expected);
  return [
    check('feed.format', format, feed.format),
    check('feed.version', version(getString(e, 'version')), version(feed.version)),
    ...checkChannel(e, feed),
    ...checkItems(getArray(e, 'items'), feed.items, checkItem),
  ];
}

function checkChannel(e: JsonObject | null, f: ParsedFeed): FieldCheck[] {
  const image = getObject(e, 'image');
  return [
    check('feed.title', visibleText(getString(e, 'title')), visibleText(markupOf(f.titleDetail, f.title))),
    check('feed.link', trimmed(getString(e, 'link')), trimmed(f.link)),
    check('feed.links', hrefs(getArray(e, 'links')), ourHrefs(f.links)),
    check(
      'feed.description',
      visibleText(getString(e, 'description')),
      visibleText(markupOf(f.subtitleDetail, f.description)),
    ),
    check('feed.language', language(getString(e, 'language')), language(f.language)),
    check('feed.copyright', visibleText(getString(e, 'copyright')), visibleText(markupOf(f.rights))),
    check('feed.managingEditor', ...rawPersonPair(getString(e, 'managingEditor'), f.authors)),
    check('feed.webMaster', ...rawPersonPair(getString(e, 'webMaster'), publisherList(f))),
    checkDate('feed.pubDate', getString(e, 'pubDateParsed'), getString(e, 'pubDate'), f.published),
    checkDate(
      'feed.lastBuildDate',
      getString(e, 'lastBuildDateParsed'),
      getString(e, 'lastBuildDate'),
      f.updated,
    ),
    check('feed.categories', rssCategories(getArray(e, 'categories')), ourCategories(f.categories, true)),
    check('feed.generator', ...generatorPair(getString(e, 'generator'), f.generator)),
    check('feed.docs', trimmed(getString(e, 'docs')), trimmed(f.docs)),
    check('feed.ttl', integer(getString(e, 'ttl')), f.ttl === null ? null : integer(f.ttl)),
    check('feed.image.url', trimmed(getString(image, 'url')), trimmed(f.image?.url)),
    check('feed.image.title', visibleText(getString(image, 'title')), visibleText(f.image?.title)),
    check('feed.image.link', trimmed(getString(image, 'link')), trimmed(f.image?.link)),
  ];
}

function checkItem(e: JsonObject, o: ParsedItem | null): FieldCheck[] {
  const source = getObject(e, 'source');
  return [
    check('item.title', visibleText(getString(e, 'title')), visibleText(markupOf(o?.titleDetail, o?.title))),
    check('item.link', trimmed(getString(e, 'link')), trimmed(o?.link)),
    check('item.links', hrefs(getArray(e, 'links')), ourHrefs(o?.links ?? [])),
    ...checkHtml('item.description', getString(e, 'description'), markupOf(o?.summaryDetail, o?.summary)),
    ...checkHtml('item.content', getString(e, 'content'), markupOf(o?.content[0])),
    check('item.author', ...rawPersonPair(getString(e, 'author'), o?.authors ?? [])),
    check(
      'item.categories',
      rssCategories(getArray(e, 'categories')),
      ourCategories(o?.categories ?? [], true),
    ),
    check('item.comments', trimmed(getString(e, 'comments')), trimmed(o?.comments)),
    check('item.enclosures', rssEnclosures(e), ourEnclosures(o?.enclosures ?? [])),
    check('item.guid', trimmed(getString(getObject(e, 'guid'), 'value')), trimmed(o?.guid)),
    checkDate('item.pubDate', getString(e, 'pubDateParsed'), getString(e, 'pubDate'), o?.published ?? null),
    check('item.source.title', visibleText(getString(source, 'title')), visibleText(o?.source?.title)),
    check('item.source.url', trimmed(getString(source, 'url')), trimmed(o?.source?.url)),
  ];
}

/** Categories are `{ domain, value }`: the domain is our scheme. */
function rssCategories(list: readonly unknown[]): string | null {
  return sortedList(
    objectsOf(list).map((category) =>
      categoryKey(getString(category, 'value'), getString(category, 'domain'), null),
    ),
  );
}

/** gofeed lists every enclosure in `enclosures` and the first (or only) one in `enclosure`. */
function rssEnclosures(e: JsonObject): string | null {
  const list = objectsOf(getArray(e, 'enclosures'));
  const single = getObject(e, 'enclosure');
  const all = list.length > 0 ? list : single === null ? [] : [single];
  return sortedList(
    all.map((enclosure) =>
      enclosureKey(getString(enclosure, 'url'), getString(enclosure, 'type'), getString(enclosure, 'length')),
    ),
  );
}
