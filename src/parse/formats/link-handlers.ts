// Links and identity: Atom `link`, RSS `link`, `guid`/`id`, enclosures, comments, licences.
// Spec: https://www.rfc-editor.org/rfc/rfc4287#section-4.2.7, RSS 2.0 `guid` and `enclosure`.
import type { Link } from '../../model/index.ts';
import { joinUrl } from '../urls.ts';
import { textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import type { Draft } from './draft.ts';
import { isHtmlType, mapContentType } from './text-construct.ts';

function toNumber(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** Returns the text of el resolved as a URL against its base. */
export function readUrl(el: XmlElement): string {
  const value = simpleText(textContent(el));
  return value ? joinUrl(el.base, value) : '';
}

/** Reads `link`: Atom's attribute form or RSS's text form. */
export function readLink(d: Draft, el: XmlElement, isEntry: boolean): void {
  const rel = el.attrs['rel'] || 'alternate';
  const type = el.attrs['type'] ?? (rel === 'self' ? 'application/atom+xml' : 'text/html');
  const declared = el.attrs['href'] ?? el.attrs['url'] ?? el.attrs['uri'];
  let href = declared === undefined ? readUrl(el) : joinUrl(el.base, simpleText(declared));
  if (declared === undefined && isEntry)
    href = href.replaceAll('&amp;', '&').replace(/&([A-Za-z0-9_]+);/g, '&$1');
  if (href === '' && declared === undefined) return;
  const link: Link = {
    href,
    rel,
    type,
    title: el.attrs['title'] ?? null,
    length: toNumber(el.attrs['length']),
    hreflang: el.attrs['hreflang'] ?? null,
  };
  d.links.push(link);
  if (rel === 'alternate' && isHtmlType(mapContentType(type))) d.link = href;
}

/** Reads `guid` and `id`; a permalink guid stands in for a missing link. */
export function readGuid(d: Draft, el: XmlElement): void {
  const isPermalink = (el.attrs['ispermalink'] ?? 'true') === 'true';
  const raw = simpleText(textContent(el));
  const value = isPermalink && raw ? joinUrl(el.base, raw) : raw;
  const isFirst = d.id === null;
  d.id = value;
  if (isFirst) d.guidIsLink = isPermalink && d.link === null;
  if (isPermalink && d.link === null && value) d.link = value;
}

/** Reads RSS `enclosure`. */
export function readEnclosure(d: Draft, el: XmlElement): void {
  const href = el.attrs['url'] ?? el.attrs['href'] ?? el.attrs['uri'];
  d.links.push({
    href: href === undefined ? '' : joinUrl(el.base, href.trim()),
    rel: 'enclosure',
    type: el.attrs['type'] ?? null,
    title: null,
    length: toNumber(el.attrs['length']),
    hreflang: null,
  });
}

/** Reads a licence link: `cc:license` (rdf:resource) or `creativeCommons:license` (text). */
export function readLicense(d: Draft, el: XmlElement): void {
  const href = el.attrs['rdf:resource'] ?? simpleText(textContent(el));
  d.links.push({ href, rel: 'license', type: null, title: null, length: null, hreflang: null });
}
