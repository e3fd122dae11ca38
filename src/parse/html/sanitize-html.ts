// Sanitises feed HTML against an allowlist and resolves its relative URLs, in one pass over
// the tokens. Every tag is re-serialised from what the allowlist kept, attribute values are
// quoted and escaped, and text can never open a tag: the output means to a browser what it
// means to us. Follows Universal Feed Parser's sanitiser, so the conformance suite applies.
import { decodeHTML } from 'entities/decode';
import { HTML4_ENTITY_NAMES } from './html4-entities.ts';
import { makeSafeAbsoluteUrl, isSafeUrl } from '../urls.ts';
import {
  ACCEPTABLE_ATTRIBUTES,
  ACCEPTABLE_ELEMENTS,
  MATHML_ATTRIBUTES,
  MATHML_ELEMENTS,
  RELATIVE_URL_ATTRIBUTES,
  SVG_ATTRIBUTES,
  SVG_ELEMENTS,
  UNACCEPTABLE_WITH_CONTENT,
  URL_ATTRIBUTES,
} from './allowlists.ts';
import { sanitizeStyle } from './sanitize-css.ts';
import { prepareMarkup, tokenizeHtml, VOID_ELEMENTS, type HtmlTokenHandler } from './tokenize-html.ts';

export interface SanitizeOptions {
  /** Base URL for relative links ('' for none). */
  readonly base: string;
  /** True for XHTML content, where `<a/>` closes itself. */
  readonly isXhtml: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const lowerMap = (set: ReadonlySet<string>) => new Map([...set].map((name) => [name.toLowerCase(), name]));
const SVG_ELEMENT_CASE = lowerMap(SVG_ELEMENTS);
const SVG_ATTRIBUTE_CASE = lowerMap(SVG_ATTRIBUTES);
// C1 controls that windows-1252 assigns to printable characters, as browsers read them.
const CP1252: Readonly<Record<number, number>> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x2c6,
  137: 0x2030,
  138: 0x160,
  139: 0x2039,
  140: 0x152,
  142: 0x17d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x2dc,
  153: 0x2122,
  154: 0x161,
  155: 0x203a,
  156: 0x153,
  158: 0x17e,
  159: 0x178,
};

export interface SanitizedHtml {
  readonly html: string;
  /** Returns the text a reader sees: paragraphs on their own lines, references decoded. */
  readonly text: () => string;
}

/** Returns html with everything outside the allowlist removed and relative URLs made absolute. */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  return sanitizeHtmlWithText(html, options).html;
}

/** Returns the sanitised html and its plain text, both from one pass over the tokens. */
export function sanitizeHtmlWithText(html: string, options: SanitizeOptions): SanitizedHtml {
  const sanitizer = new Sanitizer(options);
  const prepared = html.includes('<![CDATA[') ? html.replaceAll('<![CDATA[', '&lt;![CDATA[') : html;
  tokenizeHtml(prepareMarkup(prepared), sanitizer, options.isXhtml);
  const out = sanitizer.pieces.join('').trim();
  // The text is put together only if someone asks: a summary beside full content never is.
  const parts = sanitizer.textParts;
  return {
    html: out.includes('\r\n') ? out.replaceAll('\r\n', '\n') : out,
    text: () => collapseText(parts.join('')),
  };
}

class Sanitizer implements HtmlTokenHandler {
  readonly pieces: string[] = [];
  readonly textParts: string[] = [];
  private unacceptableDepth = 0;
  private mathDepth = 0;
  private svgDepth = 0;

  constructor(private readonly options: SanitizeOptions) {}

  startTag(name: string, attrs: Array<[string, string]>): void {
    let tag = name;
    let allowed = ACCEPTABLE_ATTRIBUTES;
    let attrCase: ReadonlyMap<string, string> | undefined;
    if (!ACCEPTABLE_ELEMENTS.has(tag) || this.svgDepth > 0) {
      if (UNACCEPTABLE_WITH_CONTENT.has(tag)) this.unacceptableDepth += 1;
      if (!this.options.isXhtml && !attrs.some(([k]) => k === 'xmlns')) {
        if (tag === 'svg') attrs.push(['xmlns', SVG_NS]);
        if (tag === 'math') attrs.push(['xmlns', MATHML_NS]);
      }
      if (tag === 'math' && hasAttr(attrs, 'xmlns', MATHML_NS)) this.mathDepth += 1;
      if (tag === 'svg' && hasAttr(attrs, 'xmlns', SVG_NS)) this.svgDepth += 1;
      if (this.mathDepth > 0 && MATHML_ELEMENTS.has(tag)) {
        allowed = MATHML_ATTRIBUTES;
      } else if (this.svgDepth > 0 && SVG_ELEMENT_CASE.has(tag)) {
        allowed = SVG_ATTRIBUTE_CASE as unknown as ReadonlySet<string>;
        tag = SVG_ELEMENT_CASE.get(tag) as string;
        attrCase = SVG_ATTRIBUTE_CASE;
      } else if (!ACCEPTABLE_ELEMENTS.has(tag)) {
        return;
      }
    }
    if ((this.mathDepth > 0 || this.svgDepth > 0) && attrs.some(([k]) => k.startsWith('xlink:'))) {
      if (!hasAttr(attrs, 'xmlns:xlink', XLINK_NS)) attrs.push(['xmlns:xlink', XLINK_NS]);
    }
    let rendered = '';
    if (attrs.length)
      for (const [k, v] of this.cleanAttributes(tag, attrs, allowed, attrCase))
        rendered += ` ${k}="${escapeAttribute(v)}"`;
    this.pieces.push(VOID_ELEMENTS.has(tag) ? `<${tag}${rendered} />` : `<${tag}${rendered}>`);
    this.breakText(tag);
  }

  endTag(name: string): void {
    let tag = name;
    if (!ACCEPTABLE_ELEMENTS.has(tag)) {
      if (UNACCEPTABLE_WITH_CONTENT.has(tag)) this.unacceptableDepth -= 1;
      if (this.mathDepth > 0 && MATHML_ELEMENTS.has(tag)) {
        if (tag === 'math') this.mathDepth -= 1;
      } else if (this.svgDepth > 0 && SVG_ELEMENT_CASE.has(tag)) {
        tag = SVG_ELEMENT_CASE.get(tag) as string;
        if (tag === 'svg') this.svgDepth -= 1;
      } else {
        return;
      }
    }
    if (!VOID_ELEMENTS.has(tag)) this.pieces.push(`</${tag}>`);
    this.breakText(tag);
  }

  private breakText(tag: string): void {
    if (TEXT_BLOCKS.has(tag)) this.textParts.push('\n');
    else if (tag === 'td' || tag === 'th') this.textParts.push(' ');
  }

  text(raw: string): void {
    if (this.unacceptableDepth !== 0) return;
    this.pieces.push(escapeMarkupStart(raw));
    this.textParts.push(raw);
  }

  charRef(ref: string): void {
    if (this.unacceptableDepth !== 0) return;
    const lower = ref.toLowerCase();
    const code = lower.startsWith('x') ? parseInt(lower.slice(1), 16) : parseInt(lower, 10);
    const mapped = CP1252[code];
    this.pieces.push(mapped === undefined ? `&#${lower};` : `&#x${mapped.toString(16)};`);
    const isChar = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    this.textParts.push(isChar ? String.fromCodePoint(mapped ?? code) : '\ufffd');
  }

  entityRef(name: string): void {
    if (this.unacceptableDepth !== 0) return;
    const isKnown = HTML4_ENTITY_NAMES.has(name) || name === 'apos';
    this.pieces.push(isKnown ? `&${name};` : `&amp;${name}`);
    this.textParts.push(isKnown ? decodeHTML(`&${name};`) : `&${name}`);
  }

  comment(text: string): void {
    // A comment a browser would end early (`--!>`, `<!-->`) could smuggle markup past us.
    if (this.unacceptableDepth !== 0 || /--!>|^-?>/.test(text)) return;
    this.pieces.push(`<!--${text}-->`);
  }

  private cleanAttributes(
    tag: string,
    attrs: Array<[string, string]>,
    allowed: ReadonlySet<string> | ReadonlyMap<string, string>,
    attrCase: ReadonlyMap<string, string> | undefined,
  ): Array<[string, string]> {
    const clean: Array<[string, string]> = [];
    for (const [key, value] of normaliseAttributes(attrs)) {
      if (key === 'style' && allowed.has('style')) {
        const style = sanitizeStyle(value, this.svgDepth > 0);
        if (style) clean.push([key, style]);
      } else if (allowed.has(key)) {
        const name = attrCase?.get(key) ?? key;
        clean.push([name, URL_ATTRIBUTES.has(key) ? this.safeUrl(tag, key, value) : value]);
      }
    }
    return clean;
  }

  private safeUrl(tag: string, attr: string, value: string): string {
    const resolved = RELATIVE_URL_ATTRIBUTES.has(`${tag}@${attr}`)
      ? makeSafeAbsoluteUrl(this.options.base, value.trim())
      : makeSafeAbsoluteUrl(value);
    return isSafeUrl(resolved) ? resolved : '';
  }
}

/** Returns attrs with duplicates collapsed (last wins), sorted by name, rel and type lower-cased. */
function normaliseAttributes(attrs: Array<[string, string]>): Array<[string, string]> {
  if (attrs.length === 1) {
    const [k, v] = attrs[0] as [string, string];
    return [[k, k === 'rel' || k === 'type' ? v.toLowerCase() : v]];
  }
  const byName = new Map<string, string>();
  for (const [k, v] of attrs) byName.set(k.toLowerCase(), v);
  return [...byName]
    .map(([k, v]): [string, string] => [k, k === 'rel' || k === 'type' ? v.toLowerCase() : v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function hasAttr(attrs: Array<[string, string]>, name: string, value: string): boolean {
  return attrs.some(([k, v]) => k === name && v === value);
}

const TEXT_BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
// Each pattern matches only what it changes: a regular expression that matched every single
// space would spend its time replacing spaces with spaces.
const SPACE_RUN = /[\t\f\r\u00a0][ \t\f\r\u00a0]*| [ \t\f\r\u00a0]+/g;
const SPACE_BY_NEWLINE = / \n ?|\n /g;
const BLANK_LINES = /\n{3,}/g;

/** Returns text with runs of spaces collapsed and at most one blank line between paragraphs. */
export function collapseText(text: string): string {
  return text.replace(SPACE_RUN, ' ').replace(SPACE_BY_NEWLINE, '\n').replace(BLANK_LINES, '\n\n').trim();
}

const BARE_AMPERSAND = /&(?!#\d+;|#x[0-9a-fA-F]+;|\w+;)/g;

function escapeAttribute(value: string): string {
  return value
    .replaceAll('>', '&gt;')
    .replaceAll('<', '&lt;')
    .replaceAll('"', '&quot;')
    .replace(BARE_AMPERSAND, '&amp;');
}

/** Escapes a `<` in text that a browser would read as the start of markup. */
function escapeMarkupStart(text: string): string {
  // A `<!DOCTYPE` cut off at the very end is harmless (browsers drop it) and is left as written.
  return text.includes('<') ? text.replace(/<(?=[A-Za-z/?]|!(?!DOCTYPE$))/g, '&lt;') : text;
}
