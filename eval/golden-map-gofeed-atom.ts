// gofeed's Atom parser expectations (testdata/parser/atom/*.json, its atom.Feed type) against ours.
// gofeed resolves xml:base and gives text constructs as their markup (xhtml as the inner markup of
// the div), so text fields are compared as visible text plus the URLs in their markup (`.urls`).
// Mapping: subtitle (Atom 0.3 tagline) → our description, id → our guid, icon and logo → our icon
// or image (whichever holds it), content.value → our first content construct, source.title → our
// item source title.
import type { Link, ParsedFeed, ParsedItem } from '../src/model/index.ts';
import { anyOf, check, checkDate, checkHtml, checkItems, markupOf, type FieldCheck } from './golden-check.ts';
import { asObject, getArray, getObject, getString, objectsOf, type JsonObject } from './golden-json.ts';
import {
  categoryKey,
  expectedPeople,
  LINK_ATTRIBUTES,
  linkKey,
  ourCategories,
  ourLinks,
  ourPeople,
  type LinkFields,
} from './golden-keys.ts';
import { joinParts, language, sortedList, trimmed, version, visibleText } from './golden-normalise.ts';

/** Returns the checks of one gofeed atom.Feed expectation against our parse. */
export function compareGofeedAtom(expected: unknown, feed: ParsedFeed): FieldCheck[] {
  const e = asObject(expected);
  return [
    check('feed.format', 'atom', feed.format),
    check('feed.version', version(getString(e, 'version')), version(feed.version)),
    ...checkFeed(e, feed),
    ...checkItems(getArray(e, 'entries'), feed.items, checkEntry),
  ];
}

function checkFeed(e: JsonObject | null, f: ParsedFeed): FieldCheck[] {
  const generator = getObject(e, 'generator');
  const ours = f.generator;
  return [
    ...checkHtml('feed.title', getString(e, 'title'), markupOf(f.titleDetail, f.title)),
    check('feed.id', trimmed(getString(e, 'id')), trimmed(f.id)),
    checkDate('feed.updated', getString(e, 'updatedParsed'), getString(e, 'updated'), f.updated),
    ...checkHtml('feed.subtitle', getString(e, 'subtitle'), markupOf(f.subtitleDetail, f.description)),
    checkLinks('feed.links', getArray(e, 'links'), f.links),
    check('feed.language', language(getString(e, 'language')), language(f.language)),
    check(
      'feed.generator',
      joinParts([
        visibleText(getString(generator, 'value')),
        trimmed(getString(generator, 'uri')),
        trimmed(getString(generator, 'version')),
      ]),
      ours === null ? null : joinParts([visibleText(ours.name), trimmed(ours.uri), trimmed(ours.version)]),
    ),
    check('feed.icon', ...pictureOf(getString(e, 'icon'), [f.icon, f.image?.url])),
    check('feed.logo', ...pictureOf(getString(e, 'logo'), [f.image?.url, f.icon])),

    ...checkHtml('feed.rights', getString(e, 'rights'), markupOf(f.rights)),
    check('feed.authors', expectedPeople(getArray(e, 'authors')), ourPeople(f.authors)),
    check('feed.contributors', expectedPeople(getArray(e, 'contributors')), ourPeople(f.contributors)),
    check(
      'feed.categories',
      atomCategories(getArray(e, 'categories')),
      ourCategories(f.categories, true, true),
    ),
  ];
}

function checkEntry(e: JsonObject, o: ParsedItem | null): FieldCheck[] {
  return [
    ...checkHtml('item.title', getString(e, 'title'), markupOf(o?.titleDetail, o?.title)),
    check('item.id', trimmed(getString(e, 'id')), trimmed(o?.guid)),
    checkDate('item.updated', getString(e, 'updatedParsed'), getString(e, 'updated'), o?.updated ?? null),
    checkDate(
      'item.published',
      getString(e, 'publishedParsed'),
      getString(e, 'published'),
      o?.published ?? null,
    ),
    ...checkHtml('item.summary', getString(e, 'summary'), markupOf(o?.summaryDetail, o?.summary)),
    ...checkHtml('item.content', getString(getObject(e, 'content'), 'value'), markupOf(o?.content[0])),
    check('item.authors', expectedPeople(getArray(e, 'authors')), ourPeople(o?.authors ?? [])),
    check('item.contributors', expectedPeople(getArray(e, 'contributors')), ourPeople(o?.contributors ?? [])),
    check(
      'item.categories',
      atomCategories(getArray(e, 'categories')),
      ourCategories(o?.categories ?? [], true, true),
    ),
    checkLinks('item.links', getArray(e, 'links'), o?.links ?? []),
    ...checkHtml('item.rights', getString(e, 'rights'), markupOf(o?.rights)),
    check(
      'item.source.title',
      visibleText(getString(getObject(e, 'source'), 'title')),
      visibleText(o?.source?.title),
    ),
  ];
}

function atomCategories(list: readonly unknown[]): string | null {
  return sortedList(
    objectsOf(list).map((category) =>
      categoryKey(getString(category, 'term'), getString(category, 'scheme'), getString(category, 'label')),
    ),
  );
}

/**
 * Returns the check of a link list. Links without an href are left out of the expectation: our
 * model has no place for them. Attributes are compared where the expectation uses them.
 */
function checkLinks(field: string, expected: readonly unknown[], ours: readonly Link[]): FieldCheck {
  const links = objectsOf(expected)
    .map((link): LinkFields => ({
      href: getString(link, 'href'),
      rel: getString(link, 'rel'),
      type: getString(link, 'type'),
      hreflang: getString(link, 'hreflang'),
      title: getString(link, 'title'),
      length: getString(link, 'length'),
    }))
    .filter((link) => link.href !== null);
  const attributes = new Set<string>(
    LINK_ATTRIBUTES.filter((name) => links.some((link) => link[name] !== null)),
  );
  return check(field, sortedList(links.map((link) => linkKey(link, attributes))), ourLinks(ours, attributes));
}

/** Atom's icon and logo: we may keep either in our icon or our image, so both are looked at. */
function pictureOf(
  expected: string | null,
  ours: readonly (string | null | undefined)[],
): [string | null, string | null] {
  const want = trimmed(expected);
  return [
    want,
    anyOf(
      want,
      ours.map((url) => trimmed(url)),
    ),
  ];
}
