// A plain-text rendering of (sanitised) HTML for search, snippets and analysis: block
// elements become line breaks, references are decoded, runs of spaces collapse.
import { decodeHTML } from 'entities/decode';
import { tokenizeHtml, type HtmlTokenHandler } from './tokenize-html.ts';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template']);

class TextCollector implements HtmlTokenHandler {
  readonly parts: string[] = [];
  private skipping = 0;

  startTag(name: string): void {
    if (SKIPPED.has(name)) this.skipping += 1;
    else if (BLOCKS.has(name)) this.parts.push('\n');
    else if (name === 'td' || name === 'th') this.parts.push(' ');
  }
  endTag(name: string): void {
    if (SKIPPED.has(name)) this.skipping = Math.max(0, this.skipping - 1);
    else if (BLOCKS.has(name)) this.parts.push('\n');
  }
  text(raw: string): void {
    if (this.skipping === 0) this.parts.push(raw);
  }
  charRef(ref: string): void {
    if (this.skipping === 0) this.parts.push(decodeHTML(`&#${ref};`));
  }
  entityRef(name: string): void {
    if (this.skipping === 0) this.parts.push(decodeHTML(`&${name};`));
  }
  comment(): void {}
}

/** Returns the text a reader sees in html, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapse(html);
  const collector = new TextCollector();
  tokenizeHtml(html, collector, false);
  return collapse(collector.parts.join(''));
}

function collapse(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
