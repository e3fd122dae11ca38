// One written form per compound value (person, category, link, enclosure), used for the expected
// side and ours alike, so that lists of them compare as sorted lists of keys.
import type { Category, Enclosure, Link, ParsedFeed, Person } from '../src/model/index.ts';
import { asText, getString, objectsOf } from './golden-json.ts';
import { integer, joinParts, sortedList, trimmed, visibleText } from './golden-normalise.ts';

/** Returns a person as "Name <email> uri", empty parts left out; null when all are empty. */
export function personKey(name: string | null, email: string | null, uri: string | null): string | null {
  const address = trimmed(email);
  return joinParts([visibleText(name), address === null ? null : `<${address}>`, trimmed(uri)]);
}

/** Returns people given as objects (name, email, and uri or url) as a sorted list of person keys. */
export function expectedPeople(list: readonly unknown[]): string | null {
  return sortedList(
    objectsOf(list).map((person) =>
      personKey(
        getString(person, 'name'),
        getString(person, 'email'),
        getString(person, 'uri') ?? getString(person, 'url'),
      ),
    ),
  );
}

/** Returns our people as a sorted list of person keys, with or without their URIs. */
export function ourPeople(people: readonly Person[], withUri = true): string | null {
  return sortedList(
    people.map((person) => personKey(person.name, person.email, withUri ? person.uri : null)),
  );
}

/** Returns the ways a feed may write one person in a single string (RSS author, managingEditor). */
function writings(person: Person): string[] {
  const name = visibleText(person.name);
  const email = trimmed(person.email);
  const forms = [name, email];
  if (name !== null && email !== null) {
    forms.push(`${email} (${name})`, `${name} (${email})`, `${name} <${email}>`, `${name}, ${email}`);
  }
  return forms.filter((form): form is string => form !== null);
}

/**
 * Returns [expected, actual] for a person the peer kept as one raw string: the raw text and, on
 * our side, that same text when one of our people can be written so, else our first person.
 */
export function rawPersonPair(raw: string | null, people: readonly Person[]): [string | null, string | null] {
  const expected = visibleText(raw);
  const matching = people.some((person) => writings(person).includes(expected ?? ''));
  if (expected !== null && matching) return [expected, expected];
  const first = people[0];
  return [expected, first === undefined ? null : personKey(first.name, first.email, first.uri)];
}

/** Returns [expected, actual] for a generator the peer kept as one string ("Name 1.2" or "Name"). */
export function generatorPair(
  expected: string | null,
  ours: ParsedFeed['generator'],
): [string | null, string | null] {
  const want = visibleText(expected);
  const name = ours?.name ?? null;
  const version = ours?.version ?? null;
  const uri = ours?.uri ?? null;
  const tagged = version === null ? null : `v${version}`;
  const forms = [name, joinParts([name, version]), joinParts([name, tagged]), joinParts([name, tagged, uri])];
  const found = forms.map(visibleText).find((form) => form !== null && form === want);
  return [want, found ?? visibleText(name)];
}

/** Returns our publisher as a list of people (RSS webMaster), empty when there is none. */
export function publisherList(feed: ParsedFeed): readonly Person[] {
  return feed.publisher === null ? [] : [feed.publisher];
}

/** Returns a category as "term @scheme (label)", empty parts left out; null when all are empty. */
export function categoryKey(term: string | null, scheme: string | null, label: string | null): string | null {
  const schemeText = trimmed(scheme);
  const labelText = visibleText(label);
  return joinParts([
    visibleText(term),
    schemeText === null ? null : `@${schemeText}`,
    labelText === null ? null : `(${labelText})`,
  ]);
}

/** Returns our categories as a sorted list of keys, with or without their scheme and label. */
export function ourCategories(
  categories: readonly Category[],
  withScheme: boolean,
  withLabel = false,
): string | null {
  return sortedList(
    categories.map((category) =>
      categoryKey(category.term, withScheme ? category.scheme : null, withLabel ? category.label : null),
    ),
  );
}

/** Returns our categories by their label where they have one, else their term (gofeed's universal form). */
export function ourCategoryNames(categories: readonly Category[]): string | null {
  return sortedList(categories.map((category) => categoryKey(category.label ?? category.term, null, null)));
}

/** Returns an enclosure as "url type length". */
export function enclosureKey(
  url: string | null,
  type: string | null,
  length: string | number | null,
): string | null {
  const href = trimmed(url);
  if (href === null) return null;
  const lengthText = integer(length);
  return joinParts([href, trimmed(type)?.toLowerCase() ?? null, lengthText === '0' ? null : lengthText]);
}

/** Returns our enclosures as a sorted list of keys. */
export function ourEnclosures(enclosures: readonly Enclosure[]): string | null {
  return sortedList(
    enclosures.map((enclosure) => enclosureKey(enclosure.url, enclosure.type, enclosure.length)),
  );
}

/** The link attributes beside rel and href that a comparison may include. */
export const LINK_ATTRIBUTES = ['type', 'hreflang', 'title', 'length'] as const;

export interface LinkFields {
  readonly href: string | null;
  readonly rel: string | null;
  readonly type: string | null;
  readonly hreflang: string | null;
  readonly title: string | null;
  readonly length: string | number | null;
}

/**
 * Returns a link as "rel href type=… hreflang=… title=… length=…" (rel defaults to alternate, as
 * in Atom), with only the given attributes: those the peer's expectation uses, so that a default
 * we fill in (Atom 0.3's type) is not taken for a disagreement.
 */
export function linkKey(link: LinkFields, attributes: ReadonlySet<string>): string | null {
  const values: Record<(typeof LINK_ATTRIBUTES)[number], string | null> = {
    type: trimmed(link.type),
    hreflang: trimmed(link.hreflang),
    title: visibleText(link.title),
    length: integer(link.length),
  };
  const tagged = LINK_ATTRIBUTES.map((name) =>
    attributes.has(name) && values[name] !== null ? `${name}=${values[name]}` : null,
  );
  return joinParts([trimmed(link.rel) ?? 'alternate', trimmed(link.href), ...tagged]);
}

/** Returns our links as a sorted list of link keys with the given attributes. */
export function ourLinks(links: readonly Link[], attributes: ReadonlySet<string>): string | null {
  return sortedList(links.map((link) => linkKey(link, attributes)));
}

/** Returns a list of URL strings as a sorted set. */
export function hrefs(list: readonly unknown[]): string | null {
  return sortedList([...new Set(list.map((href) => trimmed(asText(href))))]);
}

/** Returns the hrefs of our links as a sorted set. */
export function ourHrefs(links: readonly Link[]): string | null {
  return sortedList([...new Set(links.map((link) => trimmed(link.href)))]);
}

/** Returns the href of our first link with that rel, or null. */
export function ourLinkHref(links: readonly Link[], rel: string): string | null {
  return trimmed(links.find((link) => link.rel === rel)?.href);
}
