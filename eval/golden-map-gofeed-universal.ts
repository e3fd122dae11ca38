// gofeed's translated, format-neutral expectations (testdata/translator/*, testdata/extensions/*:
// its gofeed.Feed type) against ours. This is the closest peer to our own model: gofeed folds
// dc:*, itunes:* and atom:* fallbacks into title, authors, dates and categories, as we do.
// Mapping: description → our summary, content → our first content construct, feedLink → our
// rel=self link, image → our image, iTunes image or icon, copyright → our rights, categories →
// our category labels (else terms), feedType "rss" covers RSS 1.0 (our "rdf"). gofeed falls back
// from managingEditor to webMaster for the feed's authors (ours: our authors, else our publisher)
// and from an item's published date to its updated one (ours likewise). gofeed's people have no
// URI (except in JSON Feed), so ours are then compared without theirs. For JSON Feed, gofeed
// derives the feed's dates from its items: those are not compared.
import type { ParsedFeed, ParsedItem } from '../src/model/index.ts';
import { anyOf, check, checkDate, checkHtml, checkItems, markupOf, type FieldCheck } from './golden-check.ts';
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
  generatorPair,
  hrefs,
  ourCategoryNames,
  ourEnclosures,
  ourHrefs,
  ourLinkHref,
  ourPeople,
  publisherList,
} from './golden-keys.ts';
import { checkItunes } from './golden-map-itunes.ts';
import { language, sortedList, trimmed, version, visibleText } from './golden-normalise.ts';

/** Returns the checks of one gofeed.Feed expectation against our parse. */
export function compareGofeedUniversal(expected: unknown, feed: ParsedFeed): FieldCheck[] {
  const e = asObject(expected);
  const isJson = getString(e, 'feedType') === 'json';
  return [
    check('feed.feedType', trimmed(getString(e, 'feedType')), feed.format === 'rdf' ? 'rss' : feed.format),
    check('feed.feedVersion', version(getString(e, 'feedVersion')), version(feed.version)),
    ...checkFeed(e, feed),
    ...(isJson ? [] : checkFeedDates(e, feed)),
    ...checkItunes('feed.itunes', getObject(e, 'itunesExt'), feed.itunes),
    ...checkItems(getArray(e, 'items'), feed.items, checkItem),
  ];
}

function checkFeed(e: JsonObject | null, f: ParsedFeed): FieldCheck[] {
  const people = getArray(e, 'authors');
  return [
    check('feed.title', visibleText(getString(e, 'title')), visibleText(markupOf(f.titleDetail, f.title))),
    ...checkHtml('feed.description', getString(e, 'description'), markupOf(f.subtitleDetail, f.description)),
    check('feed.link', trimmed(getString(e, 'link')), trimmed(f.link)),
    check('feed.feedLink', trimmed(getString(e, 'feedLink')), ourLinkHref(f.links, 'self')),
    check('feed.links', hrefs(getArray(e, 'links')), ourHrefs(f.links)),
    check(
      'feed.authors',
      expectedPeople(people),
      ourPeople(f.authors.length > 0 ? f.authors : publisherList(f), hasUri(people)),
    ),
    check('feed.language', language(getString(e, 'language')), language(f.language)),
    check('feed.image.url', ...feedImage(getString(getObject(e, 'image'), 'url'), f)),
    check('feed.copyright', visibleText(getString(e, 'copyright')), visibleText(markupOf(f.rights))),
    check('feed.generator', ...generatorPair(getString(e, 'generator'), f.generator)),
    check('feed.categories', plainCategories(getArray(e, 'categories')), ourCategoryNames(f.categories)),
  ];
}

function checkFeedDates(e: JsonObject | null, f: ParsedFeed): FieldCheck[] {
  return [
    checkDate('feed.updated', getString(e, 'updatedParsed'), getString(e, 'updated'), f.updated),
    checkDate('feed.published', getString(e, 'publishedParsed'), getString(e, 'published'), f.published),
  ];
}

function checkItem(e: JsonObject, o: ParsedItem | null): FieldCheck[] {
  const people = getArray(e, 'authors');
  return [
    check('item.title', visibleText(getString(e, 'title')), visibleText(markupOf(o?.titleDetail, o?.title))),
    ...checkHtml('item.description', getString(e, 'description'), markupOf(o?.summaryDetail, o?.summary)),
    ...checkHtml('item.content', getString(e, 'content'), markupOf(o?.content[0])),
    check('item.link', trimmed(getString(e, 'link')), trimmed(o?.link)),
    check('item.links', hrefs(getArray(e, 'links')), ourHrefs(o?.links ?? [])),
    checkDate('item.updated', getString(e, 'updatedParsed'), getString(e, 'updated'), o?.updated ?? null),
    checkDate(
      'item.published',
      getString(e, 'publishedParsed'),
      getString(e, 'published'),
      o?.published ?? o?.updated ?? null,
    ),
    check('item.authors', expectedPeople(people), ourPeople(o?.authors ?? [], hasUri(people))),
    check('item.guid', trimmed(getString(e, 'guid')), trimmed(o?.guid)),
    check(
      'item.categories',
      plainCategories(getArray(e, 'categories')),
      ourCategoryNames(o?.categories ?? []),
    ),
    check('item.enclosures', enclosures(getArray(e, 'enclosures')), ourEnclosures(o?.enclosures ?? [])),
    ...checkItunes('item.itunes', getObject(e, 'itunesExt'), o?.itunes ?? null),
  ];
}

/** gofeed's one feed image comes from the image, the logo, the icon or itunes:image. */
function feedImage(expected: string | null, f: ParsedFeed): [string | null, string | null] {
  const want = trimmed(expected);
  return [
    want,
    anyOf(
      want,
      [f.image?.url, f.itunes?.image, f.icon].map((url) => trimmed(url)),
    ),
  ];
}

function hasUri(people: readonly unknown[]): boolean {
  return objectsOf(people).some(
    (person) => getString(person, 'uri') !== null || getString(person, 'url') !== null,
  );
}

function plainCategories(list: readonly unknown[]): string | null {
  return sortedList(list.map((term) => categoryKey(asText(term), null, null)));
}

function enclosures(list: readonly unknown[]): string | null {
  return sortedList(
    objectsOf(list).map((one) =>
      enclosureKey(getString(one, 'url'), getString(one, 'type'), getString(one, 'length')),
    ),
  );
}
