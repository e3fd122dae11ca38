// Text constructs (titles, summaries, content, rights): what type of text an element holds,
// decoded, and sanitised when it is HTML.
// Spec: https://www.rfc-editor.org/rfc/rfc4287#section-3.1 (Atom), RSS 2.0 "description".
import type { TextConstruct } from '../../model/index.ts';
import { htmlToText } from '../html/html-to-text.ts';
import { looksLikeHtml } from '../html/looks-like-html.ts';
import { sanitizeHtmlWithText } from '../html/sanitize-html.ts';
import { childElements, hasChildElements, textContent, type XmlElement } from '../xml/index.ts';
import { serializeChildren } from '../xml/serialize-markup.ts';
import { joinUrl } from '../urls.ts';
import { cleanText } from './clean-text.ts';

export const XHTML = 'application/xhtml+xml';

export interface TextEnv {
  /** Atom never needs HTML guessed from a plain-text element. */
  readonly isAtom: boolean;
  /** Atom 1.0 wraps xhtml content in a div that is not part of it. */
  readonly isAtom10: boolean;
}

/** Returns the media type an Atom `type` value stands for ('html' → 'text/html' ...). */
export function mapContentType(type: string): string {
  const lower = type.toLowerCase();
  if (lower === 'text' || lower === 'plain') return 'text/plain';
  if (lower === 'html') return 'text/html';
  if (lower === 'xhtml') return XHTML;
  return lower;
}

/** Returns true for media types whose content is markup. */
export function isHtmlType(type: string): boolean {
  return type === 'text/html' || type === XHTML;
}

function isBase64(el: XmlElement, type: string): boolean {
  if (el.attrs['mode'] === 'base64') return true;
  return !(type.startsWith('text/') || type.endsWith('+xml') || type.endsWith('/xml'));
}

function decodeBase64(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return value;
  }
}

function loneDiv(el: XmlElement): XmlElement | undefined {
  const elements = childElements(el);
  const only = elements[0];
  if (elements.length !== 1 || !only || only.key.replace('xhtml:', '') !== 'div') return undefined;
  return el.children.every((c) => c === only || (typeof c === 'string' && c.trim() === ''))
    ? only
    : undefined;
}

/** Returns the text construct el holds, its markup sanitised against el's base URL. */
export function readTextConstruct(el: XmlElement, defaultType: string, env: TextEnv): TextConstruct {
  let type = mapContentType(el.attrs['type'] ?? defaultType);
  const base64 = isBase64(el, type);
  let raw: string;
  const wrapper = !type.endsWith('xml') ? loneDiv(el) : undefined;
  if (wrapper && !hasChildElements(wrapper)) {
    // TypePad wraps escaped HTML in an XHTML div: the div is packaging, the text is the HTML.
    raw = textContent(wrapper);
  } else if (hasChildElements(el) && !type.endsWith('xml')) {
    type = XHTML;
    raw = serializeChildren(el, true);
  } else if (type === XHTML) {
    raw = serializeChildren(el, env.isAtom10);
  } else {
    raw = textContent(el);
  }
  let value = raw.trim();
  if (base64) value = decodeBase64(value);
  if (!env.isAtom && type === 'text/plain' && looksLikeHtml(value)) type = 'text/html';
  const src = el.attrs['src'];
  const extra = src === undefined ? {} : { src: joinUrl(el.base, src) };
  if (!isHtmlType(type))
    return { value: cleanText(value), type, language: el.lang, base: el.base || null, ...extra };
  return htmlConstruct(value, type, el.lang, el.base, extra);
}

/** Texts of HTML constructs, gathered by the sanitiser in the same pass as their markup. */
const plainTexts = new WeakMap<TextConstruct, () => string>();

/** Returns an HTML (or XHTML) construct: sanitised, its plain text kept for plainText(). */
export function htmlConstruct(
  html: string,
  type: string,
  language: string | null,
  base: string,
  extra: { readonly src?: string } = {},
): TextConstruct {
  const sanitized = sanitizeHtmlWithText(html, { base, isXhtml: type === XHTML });
  const construct = { value: cleanText(sanitized.html), type, language, base: base || null, ...extra };
  plainTexts.set(construct, () => cleanText(sanitized.text()));
  return construct;
}

/** Returns the plain text of a text construct (markup rendered as text). */
export function plainText(construct: TextConstruct): string {
  if (!isHtmlType(construct.type)) return construct.value;
  const text = plainTexts.get(construct);
  return text ? text() : htmlToText(construct.value);
}
