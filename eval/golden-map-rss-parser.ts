// rss-parser's expected outputs (test/output/*.json, `{ feed: {...} }`) against our ParsedFeed.
// rss-parser keeps raw strings: `content` is the RSS description but the Atom content, `creator`
// is dc:creator or author, `isoDate` is pubDate or dc:date (Atom: published, else updated) as read
// by JavaScript's Date, so item.published is compared with our published date, else our updated.
// Feed-level dates are only kept as written by rss-parser: they are compared as written.
import type { ParsedFeed, ParsedItem } from '../src/model/index.ts';
import { check, checkDate, checkItems, markupOf, type FieldCheck } from './golden-check.ts';
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
  generatorPair,
  ourCategories,
  ourEnclosures,
  ourLinkHref,
  personKey,
  publisherList,
  rawPersonPair,
} from './golden-keys.ts';
import { checkItunes } from './golden-map-itunes.ts';
import { integer, language, sortedList, trimmed, visibleText } from './golden-normalise.ts';

/** Returns the checks of one rss-parser output against our parse; `isAtom` from the input's root. */
export function compareRssParser(expected: unknown, feed: ParsedFeed, isAtom: boolean): FieldCheck[] {
  const root = getObject(asObject(expected), 'feed');
  return [
    ...checkFeed(root, feed),
    ...checkFeedItunes(getObject(root, 'itunes'), feed),
    ...checkItems(getArray(root, 'items'), feed.items, (item, ours) => checkItem(item, ours, isAtom)),
  ];
}

function checkFeed(e: JsonObject | null, f: ParsedFeed): FieldCheck[] {
  const image = getObject(e, 'image');
  return [
    check('feed.title', visibleText(getString(e, 'title')), visibleText(markupOf(f.titleDetail, f.title))),
    check('feed.link', trimmed(getString(e, 'link')), trimmed(f.link)),
    check(
      'feed.description',
      visibleText(getString(e, 'description')),
      visibleText(markupOf(f.subtitleDetail, f.description)),
    ),
    check('feed.language', language(getString(e, 'language')), language(f.language)),
    check('feed.feedUrl', trimmed(getString(e, 'feedUrl')), ourLinkHref(f.links, 'self')),
    check('feed.image.url', trimmed(getString(image, 'url')), trimmed(f.image?.url)),
    check('feed.copyright', visibleText(getString(e, 'copyright')), visibleText(markupOf(f.rights))),
    check('feed.generator', ...generatorPair(getString(e, 'generator'), f.generator)),
    check('feed.managingEditor', ...rawPersonPair(getString(e, 'managingEditor'), f.authors)),
    check('feed.webMaster', ...rawPersonPair(getString(e, 'webMaster'), publisherList(f))),
    checkDate('feed.lastBuildDate', null, getString(e, 'lastBuildDate'), f.updated),
    checkDate('feed.pubDate', null, getString(e, 'pubDate'), f.published),
    check('feed.ttl', integer(getString(e, 'ttl')), f.ttl === null ? null : integer(f.ttl)),
  ];
}

function checkFeedItunes(e: JsonObject | null, f: ParsedFeed): FieldCheck[] {
  const owner = getObject(e, 'owner');
  const ours = f.itunes;
  return [
    ...checkItunes('feed.itunes', e, ours),
    check(
      'feed.itunes.owner',
      personKey(getString(owner, 'name'), getString(owner, 'email'), null),
      ours?.owner ? personKey(ours.owner.name, ours.owner.email, null) : null,
    ),
    check(
      'feed.itunes.categories',
      itunesCategories(e),
      sortedList((ours?.categories ?? []).map(visibleText)),
    ),
  ];
}

function checkItem(e: JsonObject, o: ParsedItem | null, isAtom: boolean): FieldCheck[] {
  const enclosure = getObject(e, 'enclosure');
  const firstEnclosure = o?.enclosures[0];
  return [
    check('item.title', visibleText(getString(e, 'title')), visibleText(markupOf(o?.titleDetail, o?.title))),
    check('item.link', trimmed(getString(e, 'link')), trimmed(o?.link)),
    check('item.guid', trimmed(getString(e, 'guid') ?? getString(e, 'id')), trimmed(o?.guid)),
    checkDate(
      'item.published',
      getString(e, 'isoDate'),
      getString(e, 'pubDate'),
      o?.published ?? o?.updated ?? null,
    ),
    check(
      'item.author',
      ...rawPersonPair(getString(e, 'creator') ?? getString(e, 'author'), o?.authors ?? []),
    ),
    check(
      'item.categories',
      expectedCategories(getArray(e, 'categories')),
      ourCategories(o?.categories ?? [], false),
    ),
    ...checkBodies(e, o, isAtom),
    check(
      'item.enclosure',
      enclosureKey(getString(enclosure, 'url'), getString(enclosure, 'type'), getString(enclosure, 'length')),
      firstEnclosure ? ourEnclosures([firstEnclosure]) : null,
    ),
    check('item.comments', trimmed(getString(e, 'comments')), trimmed(o?.comments)),
    check('item.media', expectedMedia(e), sortedList((o?.media ?? []).map((media) => trimmed(media.url)))),
    ...checkItunes('item.itunes', getObject(e, 'itunes'), o?.itunes ?? null),
  ];
}

/** RSS: `content` is the description, `content:encoded` the content. Atom: `content` and `summary`. */
function checkBodies(e: JsonObject, o: ParsedItem | null, isAtom: boolean): FieldCheck[] {
  const ourContent = visibleText(markupOf(o?.content[0]));
  const ourSummary = visibleText(markupOf(o?.summaryDetail, o?.summary));
  if (isAtom) {
    return [
      check('item.content', visibleText(getString(e, 'content')), ourContent),
      check('item.summary', visibleText(getString(e, 'summary')), ourSummary),
    ];
  }
  return [
    check('item.description', visibleText(getString(e, 'content')), ourSummary),
    check('item.content', visibleText(getString(e, 'content:encoded')), ourContent),
  ];
}

/** Categories are strings, or `{ _: term, $: { domain } }` when the element had attributes. */
function expectedCategories(list: readonly unknown[]): string | null {
  return sortedList(
    list.map((category) => categoryKey(asText(category) ?? getString(asObject(category), '_'), null, null)),
  );
}

/** Returns the iTunes categories with their subcategories (`categoriesWithSubs`), else the top ones. */
function itunesCategories(e: JsonObject | null): string | null {
  const nested = objectsOf(getArray(e, 'categoriesWithSubs'));
  if (nested.length === 0)
    return sortedList(getArray(e, 'categories').map((name) => visibleText(asText(name))));
  const names = nested.flatMap((category) => [
    getString(category, 'name'),
    ...objectsOf(getArray(category, 'subs')).map((sub) => getString(sub, 'name')),
  ]);
  return sortedList(names.map((name) => visibleText(name)));
}

/** Returns the urls of media:content, bare or inside media:group (xml2js's raw shape). */
function expectedMedia(e: JsonObject): string | null {
  const group = getObject(e, 'media:group');
  const contents = [
    ...objectsOf(getArray(e, 'media:content')),
    ...objectsOf(getArray(group, 'media:content')),
  ];
  return sortedList(contents.map((content) => trimmed(getString(getObject(content, '$'), 'url'))));
}
