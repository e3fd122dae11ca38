// The pieces of the feedparser view: how each of our model's records reads as the dicts
// feedparser builds (feedparser/mixin.py, feedparser/namespaces/*.py). Absent stays absent:
// a null in our model is a missing key, so `in`, has_key() and KeyError behave as in Python.
import type {
  Category,
  ChapterList,
  DateValue,
  Extensions,
  FeedImage,
  Geometry,
  ItunesInfo,
  Link,
  MediaObject,
  Person,
  TextConstruct,
  Validity,
} from '../../src/model/index.ts';
import { isoToStructTime } from './date-tuple.ts';
import { fpDict, PyTimedelta, type PyDict, type PyValue } from './py-value.ts';

export type Fields = Record<string, PyValue | undefined>;

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** Returns a `*_detail` dict: type, language, base ('' when none, as feedparser's baseuri), value. */
export function detailDict(tc: TextConstruct): PyDict {
  return fpDict({ type: tc.type, language: tc.language, base: tc.base ?? '', value: tc.value });
}

/** Returns `key` (the construct's value, as feedparser stores it) and `key_detail`. */
export function textFields(key: string, tc: TextConstruct | null, fallback: string | null = null): Fields {
  if (tc) return { [key]: tc.value, [`${key}_detail`]: detailDict(tc) };
  return { [key]: orUndefined(fallback) };
}

/** Returns `key` (the declared text) and `key_parsed` (a UTC 9-tuple, or None if unreadable). */
export function dateFields(key: string, date: DateValue | null): Fields {
  if (!date) return {};
  return { [key]: date.raw, [`${key}_parsed`]: date.iso === null ? null : isoToStructTime(date.iso) };
}

/** Returns a person dict: name, email, href (feedparser's key for uri; `url` is its alias). */
export function personDict(p: Person): PyDict {
  return fpDict({ name: orUndefined(p.name), email: orUndefined(p.email), href: orUndefined(p.uri) });
}

/** Returns the string feedparser's _sync_author_detail makes: "Name (email)", name or email. */
export function personString(p: Person): string | undefined {
  if (p.name && p.email) return `${p.name} (${p.email})`;
  return p.name || p.email || undefined;
}

/** Returns `author`, `author_detail` (the last author, as feedparser keeps it) and `authors`. */
export function authorFields(authors: readonly Person[]): Fields {
  const last = authors[authors.length - 1];
  if (!last) return {};
  return { author: personString(last), author_detail: personDict(last), authors: authors.map(personDict) };
}

/** Returns `publisher` and `publisher_detail`. */
export function publisherFields(publisher: Person | null): Fields {
  if (!publisher) return {};
  return { publisher: personString(publisher), publisher_detail: personDict(publisher) };
}

/** Returns a link dict with only the attributes the link has; length as the string it was. */
export function linkDict(l: Link): PyDict {
  return fpDict({
    rel: l.rel,
    type: orUndefined(l.type),
    href: l.href,
    title: orUndefined(l.title),
    length: l.length === null ? undefined : String(l.length),
    hreflang: orUndefined(l.hreflang),
  });
}

/** Returns a tag dict: term, scheme, label (None when not given, as feedparser's _add_tag). */
export function tagDict(c: Category): PyDict {
  return fpDict({ term: c.term, scheme: c.scheme, label: c.label });
}

/** Returns a list value, or undefined for an empty list (feedparser creates these keys on use). */
export function listOf<T>(items: readonly T[], map: (item: T) => PyValue): PyValue[] | undefined {
  return items.length ? items.map(map) : undefined;
}

/** Returns feedparser's image dict: href (alias url), title, link, width, height, description. */
export function imageDict(image: FeedImage): PyDict {
  return fpDict({
    href: orUndefined(image.url),
    title: orUndefined(image.title),
    link: orUndefined(image.link),
    width: orUndefined(image.width),
    height: orUndefined(image.height),
    description: orUndefined(image.description),
  });
}

/** Returns `generator` and `generator_detail` {name, href, version}. */
export function generatorFields(
  g: { readonly name: string; readonly uri: string | null; readonly version: string | null } | null,
): Fields {
  if (!g) return {};
  // admin:generatorAgent has only a URI; feedparser then uses it as the generator's value.
  return {
    generator: g.name || g.uri || '',
    generator_detail: fpDict({
      name: g.name || undefined,
      href: orUndefined(g.uri),
      version: orUndefined(g.version),
    }),
  };
}

/** Returns itunes_block (1/0), itunes_explicit (True/False/None) and itunes_duration. */
export function itunesFields(itunes: ItunesInfo | null): Fields {
  if (!itunes) return {};
  return {
    itunes_block: itunes.block ? 1 : 0,
    itunes_explicit: itunes.explicit,
    itunes_duration: orUndefined(itunes.duration),
  };
}

/** Returns a Media RSS dict (media_content / media_thumbnail items); numbers as strings. */
export function mediaDict(m: MediaObject): PyDict {
  return fpDict({
    url: m.url,
    type: orUndefined(m.type),
    medium: orUndefined(m.medium),
    width: m.width === null ? undefined : String(m.width),
    height: m.height === null ? undefined : String(m.height),
  });
}

/** Returns fields with the extension elements added under their own keys, never over a field. */
export function withExtensions(fields: Fields, extensions: Extensions): Fields {
  const out: Fields = { ...fields };
  for (const [key, value] of Object.entries(extensions)) {
    if (out[key] === undefined) out[key] = typeof value === 'string' ? value : fpDict({ ...value });
  }
  return out;
}

/** Returns `validity_start`/`validity_end` and their parsed tuples. */
export function validityFields(v: Validity | null): Fields {
  if (!v) return {};
  return { ...dateFields('validity_start', v.start), ...dateFields('validity_end', v.end) };
}

function positionValue(p: readonly number[]): PyValue {
  return p.map((n) => n) as PyValue;
}

/** Returns feedparser's `where` dict: type and coordinates, or {} when unreadable. */
export function whereDict(g: Geometry | null): PyValue | undefined {
  if (!g) return undefined;
  if (g.type === 'unreadable') return fpDict({});
  if (g.type === 'Point') return fpDict({ type: g.type, coordinates: positionValue(g.coordinates) });
  if (g.type === 'Polygon')
    return fpDict({
      type: g.type,
      coordinates: g.coordinates.map((ring) => ring.map(positionValue)) as PyValue,
    });
  return fpDict({ type: g.type, coordinates: g.coordinates.map(positionValue) as PyValue });
}

/** Returns feedparser's `psc_chapters` dict: version and the chapters with start_parsed. */
export function chaptersValue(list: ChapterList | null): PyValue | undefined {
  if (!list) return undefined;
  return fpDict({
    ...(list.version === null ? {} : { version: list.version }),
    chapters: list.chapters.map((c) =>
      fpDict({
        start: c.start,
        start_parsed: c.startSeconds === null ? null : new PyTimedelta(Math.round(c.startSeconds * 1e6)),
        title: c.title ?? undefined,
        href: c.href ?? undefined,
        image: c.image ?? undefined,
      }),
    ),
  });
}
