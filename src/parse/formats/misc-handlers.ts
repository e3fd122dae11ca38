// RSS furniture that is rarely used but worth keeping: cloud, textInput, newLocation,
// expiration and validity dates, and Podlove chapters.
import type { Chapter, Validity } from '../../model/index.ts';
import { makeSafeAbsoluteUrl } from '../urls.ts';
import { findChild, findChildren, textContent, type XmlElement } from '../xml/index.ts';
import { simpleText } from './clean-text.ts';
import { readDateValue } from './date-handlers.ts';
import type { Draft } from './draft.ts';
import type { ReadEnv } from './env.ts';

const text = (el: XmlElement | undefined): string | null => (el ? simpleText(textContent(el)) : null);

/** Reads RSS `cloud` (its attributes). */
export function readCloud(d: Draft, el: XmlElement): void {
  d.cloud = { ...el.attrs };
}

/** Reads RSS `textInput`. */
export function readTextInput(d: Draft, el: XmlElement): void {
  d.textInput = {
    title: text(findChild(el, 'title')),
    description: text(findChild(el, 'description')),
    name: text(findChild(el, 'name')),
    link: text(findChild(el, 'link')),
  };
}

/** Reads `newLocation`: where the feed says it moved. */
export function readNewLocation(d: Draft, el: XmlElement): void {
  d.newLocation = makeSafeAbsoluteUrl(el.base, simpleText(textContent(el))) || null;
}

/** Reads `expirationDate`. */
export function readExpiration(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.expired = readDateValue(simpleText(textContent(el)), env);
}

/** Reads `dcterms:valid` ("start=…; end=…; scheme=W3C-DTF"). */
export function readValidity(d: Draft, el: XmlElement, env: ReadEnv): void {
  const validity: { start: Validity['start']; end: Validity['end'] } = { start: null, end: null };
  for (const part of simpleText(textContent(el)).split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    if (eq > 0 && (key === 'start' || key === 'end'))
      validity[key] = readDateValue(part.slice(eq + 1).trim(), env);
  }
  d.validity = validity;
}

const CHAPTER_START = /^(?:(\d{2}):)?(\d{2}):(\d{2})(?:\.(\d{3}))?$/;

function secondsOf(start: string): number | null {
  const m = CHAPTER_START.exec(start);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 1000;
}

/** Reads `psc:chapters` (the first one only, as the spec says). */
export function readChapters(d: Draft, el: XmlElement): void {
  if (d.chapters !== null) return;
  const chapters = findChildren(el, 'psc:chapter').map((c): Chapter => ({
    start: c.attrs['start'] ?? '',
    startSeconds: secondsOf(c.attrs['start'] ?? ''),
    title: c.attrs['title'] ?? null,
    href: c.attrs['href'] ?? null,
    image: c.attrs['image'] ?? null,
  }));
  d.chapters = { version: el.attrs['version'] ?? null, chapters };
}
