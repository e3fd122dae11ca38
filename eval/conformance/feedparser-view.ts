// Our ParsedFeed seen through feedparser's eyes: the result dict its tests evaluate
// (`bozo`, `encoding`, `version`, `feed[...]`, `entries[i][...]`, and for HTTP tests
// `headers`, `etag`, `href`, `status`), with feedparser's key names and aliases.
import type { ParsedFeed, ParsedItem, ParseWarning, Source } from '../../src/model/index.ts';
import { FEEDPARSER_CLASSES } from './py-builtins.ts';
import {
  authorFields,
  dateFields,
  generatorFields,
  imageDict,
  itunesFields,
  linkDict,
  listOf,
  mediaDict,
  personDict,
  publisherFields,
  tagDict,
  textFields,
  validityFields,
  whereDict,
  chaptersValue,
  withExtensions,
  type Fields,
} from './feedparser-view-parts.ts';
import { isoToStructTime } from './date-tuple.ts';
import { fpDict, PyClass, PyDict, PyException, type PyValue } from './py-value.ts';

/** What the harness learnt from HTTP, for tests served over HTTP. */
export interface HttpFacts {
  /** The status feedparser reports: the first redirect's status, else the response's. */
  readonly status: number;
  /** The final URL after redirects. */
  readonly href: string;
  /** The final response's headers, names as received. */
  readonly headers: Readonly<Record<string, string>>;
}

// src/parse/index.ts: warnings with these prefixes make a feed `bozo`.
const BOZO_PREFIXES = ['xml.', 'encoding.', 'json.', 'parse.'];
const EXCEPTION_BY_CODE: Readonly<Record<string, PyClass>> = {
  'encoding.override': FEEDPARSER_CLASSES['CharacterEncodingOverride'] as PyClass,
  'encoding.non_xml_content_type': FEEDPARSER_CLASSES['NonXMLContentType'] as PyClass,
  'encoding.unknown': FEEDPARSER_CLASSES['CharacterEncodingUnknown'] as PyClass,
  'xml.undeclared_prefix': FEEDPARSER_CLASSES['UndeclaredNamespace'] as PyClass,
};
const SAX_ERROR = new PyClass('SAXParseException', ['SAXException', 'Exception']);

const VERSIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  rss: {
    '2.0': 'rss20',
    '0.91n': 'rss091n',
    '0.91': 'rss091u',
    '0.92': 'rss092',
    '0.93': 'rss093',
    '0.94': 'rss094',
  },
  rdf: { '0.90': 'rss090', '1.0': 'rss10' },
  atom: { '1.0': 'atom10', '0.3': 'atom03', '0.2': 'atom02', '0.1': 'atom01' },
  json: { '1': 'json1', '1.0': 'json1', '1.1': 'json11' },
};
// feedparser's names for an RSS or Atom document whose version it cannot tell.
const UNKNOWN_VERSION: Readonly<Record<string, string>> = { rss: 'rss', atom: 'atom' };

/** Returns feedparser's version string for our format and version ('' when unknown). */
export function feedparserVersion(format: string, version: string | null): string {
  // feedparser calls every RSS 2.x "rss20".
  if (format === 'rss' && version?.startsWith('2.')) return 'rss20';
  return VERSIONS[format]?.[version ?? ''] ?? UNKNOWN_VERSION[format] ?? '';
}

/** Returns the exception feedparser would hold as `bozo_exception`: our first bozo warning. */
export function bozoException(warnings: readonly ParseWarning[]): PyException {
  const first = warnings.find((w) => BOZO_PREFIXES.some((p) => w.code.startsWith(p)));
  if (!first) return new PyException(SAX_ERROR, 'bozo without a warning');
  return new PyException(EXCEPTION_BY_CODE[first.code] ?? SAX_ERROR, `${first.code}: ${first.message}`);
}

function sourceDict(s: Source): PyDict {
  // RSS <source url="..."> is feedparser's `href`; an Atom source's alternate link is `link`.
  const urlKey = s.links.length ? 'link' : 'href';
  return fpDict({
    ...textFields('title', s.titleDetail, s.title),
    ...(urlKey === 'href'
      ? { href: s.url ?? undefined }
      : { link: s.links.find((l) => l.rel === 'alternate')?.href }),
    id: s.id ?? undefined,
    links: listOf(s.links, linkDict),
    ...authorFields(s.authors),
    contributors: listOf(s.contributors, personDict),
    ...generatorFields(s.generator),
    icon: s.icon ?? undefined,
    logo: s.logo ?? undefined,
    ...textFields('rights', s.rights),
    ...textFields('subtitle', s.subtitle),
    ...dateFields('updated', s.updated),
    tags: listOf(s.categories, tagDict),
  });
}

function guidIsLink(item: ParsedItem): boolean | undefined {
  const declared = (item as { readonly guidIsLink?: boolean }).guidIsLink;
  if (declared !== undefined || item.guid === null) return declared;
  // feedparser: the guid became the link because it was a permalink and no link came first.
  return item.link === item.guid && !item.links.some((l) => l.rel === 'alternate');
}

function entryDict(item: ParsedItem): PyDict {
  const fields: Fields = {
    ...textFields('title', item.titleDetail, item.title),
    link: item.link ?? undefined,
    links: listOf(item.links, linkDict),
    id: item.guid ?? undefined,
    guidislink: guidIsLink(item),
    ...textFields('summary', item.summaryDetail, item.summary),
    // feedparser keeps an entry's itunes:subtitle as its `subtitle`.
    subtitle: item.itunes?.subtitle ?? undefined,
    content: listOf(item.content, (c) =>
      fpDict({
        type: c.type,
        language: c.language,
        base: c.base ?? '',
        value: c.value,
        ...(c.src ? { src: c.src } : {}),
      }),
    ),
    ...dateFields('published', item.published),
    ...dateFields('updated', item.updated),
    ...dateFields('created', item.created),
    ...dateFields('expired', item.expired),
    ...validityFields(item.validity),
    where: whereDict(item.where),
    psc_chapters: chaptersValue(item.chapters),
    ...authorFields(item.authors),
    contributors: listOf(item.contributors, personDict),
    ...publisherFields(item.publisher),
    tags: listOf(item.categories, tagDict),
    comments: item.comments ?? undefined,
    ...textFields('rights', item.rights),
    source: item.source ? sourceDict(item.source) : undefined,
    language: item.language ?? undefined,
    image: item.itunes?.image ? fpDict({ href: item.itunes.image }) : undefined,
    ...itunesFields(item.itunes),
    media_content: listOf(item.media, mediaDict),
    media_thumbnail: listOf(item.thumbnails, mediaDict),
    media_restriction: item.mediaRestriction
      ? fpDict({
          relationship: item.mediaRestriction.relationship ?? undefined,
          type: item.mediaRestriction.type ?? undefined,
          content: item.mediaRestriction.values as PyValue[],
        })
      : undefined,
    media_credit: listOf(item.credits, (c) =>
      fpDict({ content: c.name, role: c.role ?? undefined, scheme: c.scheme ?? undefined }),
    ),
  };
  return fpDict(withExtensions(fields, item.extensions));
}

function feedDict(feed: ParsedFeed): PyDict {
  const fields: Fields = {
    ...textFields('title', feed.titleDetail, feed.title),
    ...textFields('subtitle', feed.subtitleDetail, feed.description),
    ...textFields('info', feed.info),
    ...textFields('rights', feed.rights),
    link: feed.link ?? undefined,
    links: listOf(feed.links, linkDict),
    id: feed.id ?? undefined,
    language: feed.language ?? undefined,
    ...dateFields('published', feed.published),
    ...dateFields('updated', feed.updated),
    ...dateFields('created', feed.created),
    ...validityFields(feed.validity),
    where: whereDict(feed.where),
    cloud: feed.cloud ? fpDict({ ...feed.cloud }) : undefined,
    textinput: feed.textInput
      ? fpDict(Object.fromEntries(Object.entries(feed.textInput).filter(([, v]) => v !== null)))
      : undefined,
    newlocation: feed.newLocation ?? undefined,
    logo: feed.logo ?? undefined,
    ...authorFields(feed.authors),
    contributors: listOf(feed.contributors, personDict),
    ...publisherFields(feed.publisher),
    tags: listOf(feed.categories, tagDict),
    ...generatorFields(feed.generator),
    image: feed.image ? imageDict(feed.image) : undefined,
    icon: feed.icon ?? undefined,
    docs: feed.docs ?? undefined,
    ttl: feed.ttl === null ? undefined : String(feed.ttl),
    ...itunesFields(feed.itunes),
  };
  return fpDict(withExtensions(fields, feed.extensions));
}

function httpFields(http: HttpFacts): Fields {
  const header = (name: string): string | undefined =>
    Object.entries(http.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  const lastModified = header('last-modified');
  const parsed = lastModified === undefined ? Number.NaN : Date.parse(lastModified);
  return {
    headers: new PyDict(Object.entries(http.headers), false),
    etag: header('etag'),
    href: http.href,
    status: http.status,
    updated: lastModified,
    updated_parsed: Number.isNaN(parsed) ? undefined : isoToStructTime(new Date(parsed).toISOString()),
  };
}

/** Returns the feedparser result dict for a parsed feed (and what HTTP said, if served). */
export function toFeedparserResult(feed: ParsedFeed, http?: HttpFacts): PyDict {
  const fields: Fields = {
    feed: feedDict(feed),
    entries: feed.items.map(entryDict) as PyValue[],
    bozo: feed.bozo,
    bozo_exception: feed.bozo ? bozoException(feed.warnings) : undefined,
    encoding: feed.encoding,
    version: feedparserVersion(feed.format, feed.version),
    ...(http ? httpFields(http) : {}),
  };
  return fpDict(fields);
}

/** Returns the result feedparser gives for a 304 Not Modified: no feed, nothing parsed. */
export function notModifiedResult(http: HttpFacts): PyDict {
  return fpDict({ feed: fpDict({}), entries: [], bozo: false, version: '', ...httpFields(http) });
}
