// Channel furniture and extension namespaces: generator, image, language, ttl, iTunes and
// Media RSS. Spec: https://www.rssboard.org/media-rss, Apple's podcast RSS tags.
import type { MediaObject } from '../../model/index.ts';
import { joinUrl } from '../urls.ts';
import { childElements, findChild, textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import type { Draft } from './draft.ts';
import { readUrl } from './link-handlers.ts';

const text = (el: XmlElement | undefined): string | null => (el ? simpleText(textContent(el)) : null);

function toInt(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

/** Reads `generator` (name as text; uri and version as attributes). */
export function readGenerator(d: Draft, el: XmlElement): void {
  const uri = el.attrs['uri'] ?? el.attrs['url'] ?? el.attrs['href'];
  d.generator = {
    name: simpleText(textContent(el)),
    uri: uri === undefined ? null : joinUrl(el.base, uri),
    version: el.attrs['version'] ?? null,
  };
}

/** Reads `admin:generatorAgent` (rdf:resource). */
export function readGeneratorAgent(d: Draft, el: XmlElement): void {
  d.generator = { name: '', uri: el.attrs['rdf:resource'] ?? null, version: null };
}

/** Reads RSS `image` (feed level only). */
export function readImage(d: Draft, el: XmlElement): void {
  const url = findChild(el, 'url');
  const link = findChild(el, 'link');
  d.image = {
    url: url ? readUrl(url) : null,
    title: text(findChild(el, 'title')),
    link: link ? readUrl(link) : null,
    width: toInt(text(findChild(el, 'width'))),
    height: toInt(text(findChild(el, 'height'))),
    description: text(findChild(el, 'description')),
  };
}

/** Reads `language` and `dc:language`. */
export function readLanguage(d: Draft, el: XmlElement): void {
  d.language = simpleText(textContent(el)) || d.language;
}

/** Reads `ttl` (minutes). */
export function readTtl(d: Draft, el: XmlElement): void {
  d.ttl = toInt(simpleText(textContent(el)));
}

/** Reads `itunes:image` and `itunes:link` (href or url attribute). */
export function readItunesImage(d: Draft, el: XmlElement): void {
  const href = el.attrs['href'] ?? el.attrs['url'];
  if (!href) return;
  d.itunesInfo().image = href;
  d.image ??= { url: href, title: null, link: null, width: null, height: null, description: null };
}

/** Reads `itunes:block`, `itunes:explicit` and `itunes:duration`. */
export function readItunesFlag(d: Draft, el: XmlElement): void {
  // Apple's values are exact: "yes" (or "Yes") blocks, "yes" or "clean" rates; anything else says nothing.
  const value = textContent(el);
  const itunes = d.itunesInfo();
  if (el.key === 'itunes:block') itunes.block = value === 'yes' || value === 'Yes';
  else if (el.key === 'itunes:explicit')
    itunes.explicit = value === 'yes' ? true : value === 'clean' ? false : null;
  else itunes.duration = simpleText(value);
}

function mediaObject(el: XmlElement): MediaObject | null {
  const url = el.attrs['url'];
  if (!url) return null;
  return {
    url: joinUrl(el.base, url),
    type: el.attrs['type'] ?? null,
    medium: el.attrs['medium'] ?? null,
    width: toInt(el.attrs['width']),
    height: toInt(el.attrs['height']),
  };
}

/** Reads `media:credit`. */
export function readMediaCredit(d: Draft, el: XmlElement): void {
  const name = simpleText(textContent(el));
  if (name) d.credits.push({ name, role: el.attrs['role'] ?? null, scheme: el.attrs['scheme'] ?? null });
}

/** Reads `media:restriction` ("au us" → ['au', 'us']). */
export function readMediaRestriction(d: Draft, el: XmlElement): void {
  d.mediaRestriction = {
    relationship: el.attrs['relationship'] ?? null,
    type: el.attrs['type'] ?? null,
    values: simpleText(textContent(el)).toLowerCase().split(/\s+/).filter(Boolean),
  };
}

/** Reads `media:content` and `media:thumbnail`. */
export function readMedia(d: Draft, el: XmlElement): void {
  const media = mediaObject(el);
  if (media && el.key === 'media:content') d.media.push(media);
  if (media && el.key === 'media:thumbnail') d.thumbnails.push(media);
  if (el.key === 'media:content') {
    for (const child of childElements(el)) {
      if (child.key === 'media:thumbnail') readMedia(d, child);
      else if (child.key === 'media:credit') readMediaCredit(d, child);
    }
  }
}
