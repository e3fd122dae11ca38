// Titles, summaries, content and rights. Where several elements compete for one field, the
// order follows what feed readers have long done: the first summary-like element is the
// summary, a later one is content, and content stands in for a missing summary.
import type { TextConstruct } from '../../model/index.ts';
import type { XmlElement } from '../xml/index.ts';
import type { Draft } from './draft.ts';
import type { ReadEnv } from './env.ts';
import { isHtmlType, readTextConstruct } from './text-construct.ts';

/** Marks summaries that were copied from content, so that a real summary replaces them. */
const copiedSummaries = new WeakSet<TextConstruct>();

/** Titles from `media:title`: used when the item has no title of its own. */
const stopgapTitles = new WeakSet<TextConstruct>();

/** Reads `title`, `dc:title`: the first non-empty one wins. */
export function readTitle(d: Draft, el: XmlElement, env: ReadEnv): void {
  if (d.title?.value && !stopgapTitles.has(d.title)) return;
  d.title = readTextConstruct(el, 'text/plain', env);
}

/** Reads `media:title`, which gives way to a real title. */
export function readMediaTitle(d: Draft, el: XmlElement, env: ReadEnv): void {
  if (d.title?.value) return;
  d.title = readTextConstruct(el, 'text/plain', env);
  stopgapTitles.add(d.title);
}

/** Reads `subtitle`, `tagline`, `itunes:subtitle` (a podcast tagline gives way to a description). */
export function readSubtitle(d: Draft, el: XmlElement, env: ReadEnv): void {
  const construct = readTextConstruct(el, 'text/plain', env);
  if (el.key !== 'itunes:subtitle') d.subtitle = construct;
  else {
    d.itunesInfo().subtitle = construct.value;
    d.subtitle ??= construct;
  }
}

/** Reads `info` (Atom 0.3) and `feedburner:browserFriendly`. */
export function readInfo(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.info = readTextConstruct(el, 'text/plain', env);
}

/** Reads `rights`, `copyright`, `dc:rights`. */
export function readRights(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.rights = readTextConstruct(el, 'text/plain', env);
}

function readSummaryLike(
  d: Draft,
  el: XmlElement,
  env: ReadEnv,
  defaultType: string,
  isEntry: boolean,
): void {
  if (d.summary && !d.hasContent && !copiedSummaries.has(d.summary)) {
    d.hasContent = true;
    addContent(d, readTextConstruct(el, 'text/plain', env));
    return;
  }
  const construct = readTextConstruct(el, defaultType, env);
  if (isEntry || el.key === 'summary' || el.key === 'itunes:summary') d.summary = construct;
  else d.subtitle = construct;
}

/** Reads RSS `description` and `dc:description` (HTML unless it says otherwise). */
export function readDescription(d: Draft, el: XmlElement, env: ReadEnv, isEntry: boolean): void {
  readSummaryLike(d, el, env, 'text/html', isEntry);
}

/** Reads `abstract` (plain text). */
export function readAbstract(d: Draft, el: XmlElement, env: ReadEnv, isEntry: boolean): void {
  readSummaryLike(d, el, env, 'text/plain', isEntry);
}

/** Reads Atom `summary` and `itunes:summary`. */
export function readSummary(d: Draft, el: XmlElement, env: ReadEnv, isEntry: boolean): void {
  readSummaryLike(d, el, env, 'text/plain', isEntry);
  if (el.key === 'itunes:summary' && d.summary) d.itunesInfo().summary = d.summary.value;
}

function addContent(d: Draft, construct: TextConstruct): void {
  d.content.push(construct);
  const isTextual = construct.type === 'text/plain' || isHtmlType(construct.type);
  if (isTextual && !d.summary) {
    d.summary = construct;
    copiedSummaries.add(construct);
  }
}

/** Reads Atom `content` (plain text unless it says otherwise; may point elsewhere with src). */
export function readContent(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.hasContent = true;
  addContent(d, readTextConstruct(el, 'text/plain', env));
}

/** Reads `content:encoded` and `fullitem` (HTML). */
export function readEncodedContent(d: Draft, el: XmlElement, env: ReadEnv): void {
  d.hasContent = true;
  addContent(d, readTextConstruct(el, 'text/html', env));
}

/** Reads `body` and `xhtml:body` (inline XHTML). */
export function readBody(d: Draft, el: XmlElement, env: ReadEnv): void {
  addContent(d, readTextConstruct(el, 'application/xhtml+xml', env));
}
