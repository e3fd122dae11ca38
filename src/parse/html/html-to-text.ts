// A plain-text rendering of sanitised HTML for search, snippets and analysis: block elements
// become line breaks, references are decoded, runs of spaces collapse. It relies on what the
// sanitiser guarantees (no script or style content; text never holds `<` before a letter),
// so a few native regular expressions do the work of a tokenizer.
import { decodeHTML } from 'entities/decode';
import { collapseText } from './sanitize-html.ts';

const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul)\b[^>]*>/gi;
const CELL_TAG = /<\/?t[dh]\b[^>]*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^>]*>/g;

/** Returns the text a reader sees in sanitised html, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes('<')) {
    text = text.replace(COMMENT, '').replace(BLOCK_TAG, '\n').replace(CELL_TAG, ' ').replace(ANY_TAG, '');
  }
  if (text.includes('&')) text = decodeHTML(text);
  return collapseText(text);
}
