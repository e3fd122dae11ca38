// Plain-text dumps of a topic feed, as copied from a reader: per item a title line, a
// standfirst, the first paragraphs, then "Continue reading...". Every item is an excerpt.
import type { ParsedFeed, ParsedItem } from '../../model/index.ts';
import { emptyFeed, emptyItem } from './empty-feed.ts';
import { createIdentityAssigner } from './item-identity.ts';

const CONTINUE = /^[ \t]*Continue reading(?:\.\.\.|…)[ \t]*$/im;
const CONTINUE_LINE = /^[ \t]*Continue reading(?:\.\.\.|…)[ \t]*$/gim;

/** Returns true when text reads as a text dump: items closed by "Continue reading...". */
export function isTextDump(text: string): boolean {
  return CONTINUE.test(text);
}

function paragraphsOf(chunk: string): string[] {
  return chunk
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function toItem(paragraphs: string[]): ParsedItem {
  const [title = '', standfirst = null, ...body] = paragraphs;
  const text = [standfirst, ...body].filter((p) => p !== null).join('\n\n');
  const html = [standfirst, ...body]
    .filter((p) => p !== null)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return {
    ...emptyItem(''),
    title,
    titleDetail: { value: title, type: 'text/plain', language: null, base: null },
    summary: standfirst,
    summaryDetail:
      standfirst === null ? null : { value: standfirst, type: 'text/plain', language: null, base: null },
    content: body.length ? [{ value: html, type: 'text/html', language: null, base: null }] : [],
    contentHtml: html || null,
    text,
    truncated: true,
  };
}

/** Returns the items of a text dump; text after the last "Continue reading..." is kept too. */
export function readTextDump(text: string, encoding: string): ParsedFeed {
  const assignId = createIdentityAssigner();
  const items = text
    .split(CONTINUE_LINE)
    .map(paragraphsOf)
    .filter((paragraphs) => paragraphs.length > 0)
    .map((paragraphs) => {
      const item = toItem(paragraphs);
      return {
        ...item,
        id: assignId({ guid: null, link: null, title: item.title, date: null, text: item.text }),
      };
    });
  return { ...emptyFeed(encoding), format: 'text', version: 'dump', items };
}
