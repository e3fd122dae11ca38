// The element vocabulary: which handler reads which element, for channels, entries and
// sources alike. Keys are normalised names (see xml/namespaces.ts).
import { hasChildElements, textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import { readCategory, readItunesCategory, readKeywordList } from './category-handlers.ts';
import { readCreated, readDateValue, readPublished, readUpdated } from './date-handlers.ts';
import { Draft } from './draft.ts';
import type { ReadEnv } from './env.ts';
import {
  readGenerator,
  readGeneratorAgent,
  readImage,
  readItunesFlag,
  readItunesImage,
  readLanguage,
  readMedia,
  readMediaCredit,
  readMediaRestriction,
  readTtl,
} from './extension-handlers.ts';
import { readEnclosure, readGuid, readLicense, readLink, readUrl } from './link-handlers.ts';
import { readGeoRss, readGeoWhere } from './geo-handlers.ts';
import {
  readChapters,
  readCloud,
  readExpiration,
  readNewLocation,
  readTextInput,
  readValidity,
} from './misc-handlers.ts';
import { readAuthor, readContributor, readPublisher } from './people-handlers.ts';
import {
  readAbstract,
  readBody,
  readContent,
  readDescription,
  readEncodedContent,
  readInfo,
  readMediaTitle,
  readRights,
  readSubtitle,
  readSummary,
  readTitle,
} from './text-handlers.ts';

type Handler = (d: Draft, el: XmlElement, env: ReadEnv, isEntry: boolean) => void;

const HANDLERS: Readonly<Record<string, Handler>> = {
  title: readTitle,
  'dc:title': readTitle,
  subtitle: readSubtitle,
  tagline: readSubtitle,
  'itunes:subtitle': readSubtitle,
  info: readInfo,
  'feedburner:browserfriendly': readInfo,
  rights: readRights,
  copyright: readRights,
  'dc:rights': readRights,
  description: (d, el, env, isEntry) => readDescription(d, el, env, isEntry),
  'dc:description': (d, el, env, isEntry) => readDescription(d, el, env, isEntry),
  abstract: (d, el, env, isEntry) => readAbstract(d, el, env, isEntry),
  summary: (d, el, env, isEntry) => readSummary(d, el, env, isEntry),
  'itunes:summary': (d, el, env, isEntry) => readSummary(d, el, env, isEntry),
  content: readContent,
  'content:encoded': readEncodedContent,
  fullitem: readEncodedContent,
  body: readBody,
  'xhtml:body': readBody,
  link: (d, el, _env, isEntry) => readLink(d, el, isEntry),
  guid: readGuid,
  id: readGuid,
  enclosure: readEnclosure,
  'cc:license': readLicense,
  'creativecommons:license': readLicense,
  comments: (d, el) => void (d.comments = readUrl(el)),
  'wfw:comment': (d, el) => void (d.extensions['wfw_comment'] = readUrl(el)),
  'wfw:commentrss': (d, el) => void (d.extensions['wfw_commentrss'] = readUrl(el)),
  docs: (d, el) => void (d.docs = readUrl(el)),
  icon: (d, el) => void (d.icon = readUrl(el)),
  logo: (d, el) => void (d.logo = readUrl(el)),
  author: readAuthor,
  managingeditor: readAuthor,
  'dc:author': readAuthor,
  'dc:creator': readAuthor,
  'itunes:author': readAuthor,
  contributor: readContributor,
  'dc:contributor': readContributor,
  webmaster: readPublisher,
  'dc:publisher': readPublisher,
  'itunes:owner': readPublisher,
  pubdate: readPublished,
  published: readPublished,
  issued: readPublished,
  'dcterms:issued': readPublished,
  updated: readUpdated,
  modified: readUpdated,
  lastbuilddate: readUpdated,
  'dc:date': readUpdated,
  'dcterms:modified': readUpdated,
  created: readCreated,
  'dcterms:created': readCreated,
  category: (d, el) => readCategory(d, el),
  'dc:subject': (d, el) => readCategory(d, el),
  keywords: (d, el) => readCategory(d, el),
  'itunes:category': readItunesCategory,
  'itunes:keywords': readKeywordList,
  tags: readKeywordList,
  generator: readGenerator,
  'admin:generatoragent': readGeneratorAgent,
  language: readLanguage,
  'dc:language': readLanguage,
  ttl: readTtl,
  'itunes:image': readItunesImage,
  'itunes:link': readItunesImage,
  'itunes:block': readItunesFlag,
  'itunes:explicit': readItunesFlag,
  'itunes:duration': readItunesFlag,
  'media:content': readMedia,
  'media:thumbnail': readMedia,
  'media:group': (d, el, env, isEntry) => readFields(d, el, env, isEntry),
  redirect: (d, el, env, isEntry) => readFields(d, el, env, isEntry),
  'media:title': readMediaTitle,
  'media:credit': readMediaCredit,
  'media:restriction': readMediaRestriction,
  'media:description': (d, el, env, isEntry) => readDescription(d, el, env, isEntry),
  'media:category': (d, el) => readCategory(d, el, 'http://search.yahoo.com/mrss/category_schema'),
  'media:keywords': readKeywordList,
  'georss:point': readGeoRss,
  'georss:line': readGeoRss,
  'georss:polygon': readGeoRss,
  'georss:box': readGeoRss,
  'georss:where': readGeoWhere,
  'gml:point': readGeoWhere,
  'gml:linestring': readGeoWhere,
  'gml:polygon': readGeoWhere,
  'psc:chapters': readChapters,
  cloud: readCloud,
  textinput: readTextInput,
  newlocation: readNewLocation,
  expirationdate: readExpiration,
  'dcterms:valid': readValidity,
  image: (d, el, _env, isEntry) => (isEntry ? undefined : readImage(d, el)),
  source: readSource,
};

/** Elements that are structure, not fields: read by the format adapters themselves. */
const STRUCTURAL = new Set(['item', 'entry', 'channel', 'items', 'rdf:seq', 'rdf:li']);

/** Fills d from the children of parent, in document order. */
export function readFields(d: Draft, parent: XmlElement, env: ReadEnv, isEntry: boolean): void {
  for (const child of parent.children) {
    if (typeof child === 'string' || STRUCTURAL.has(child.key)) continue;
    const handler = HANDLERS[child.key];
    if (handler) handler(d, child, env, isEntry);
    else keepExtension(d, child);
  }
}

function keepExtension(d: Draft, el: XmlElement): void {
  const key = el.key.replace(':', '_');
  const attrs = Object.entries(el.attrs).filter(([k]) => !k.startsWith('xmlns'));
  const text = simpleText(textContent(el));
  if (attrs.length > 0)
    d.extensions[key] = { ...Object.fromEntries(attrs), ...(text ? { content: text } : {}) };
  else if (!hasChildElements(el)) d.extensions[key] = text;
}

/** Reads the Microsoft CDF attributes a channel or item may carry (href, lastmod). */
export function readCdfAttributes(d: Draft, el: XmlElement, env: ReadEnv): void {
  const lastmod = el.attrs['lastmod'];
  if (lastmod !== undefined) d.updated = readDateValue(lastmod.trim(), env);
  const href = el.attrs['href'];
  if (href !== undefined) readLink(d, { ...el, attrs: { href }, children: [] }, false);
}

/** Reads RSS `source` (title as text, url attribute) or Atom `source` (a feed's metadata). */
function readSource(d: Draft, el: XmlElement, env: ReadEnv): void {
  const source = new Draft();
  if (hasChildElements(el)) readFields(source, el, env, false);
  else
    source.title = {
      value: simpleText(textContent(el)),
      type: 'text/plain',
      language: el.lang,
      base: el.base || null,
    };
  source.sourceUrl = el.attrs['url'] ?? null;
  d.source = source;
}
