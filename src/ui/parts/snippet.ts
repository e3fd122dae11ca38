// Search snippets carry their matches between \u0002 and \u0003 in plain text.
import { escapeHtml } from '../html.ts';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Returns the snippet as HTML: the text escaped first, then the markers turned into <mark>. */
export function snippetHtml(snippet: string): string {
  let out = '';
  let isOpen = false;
  for (const ch of escapeHtml(snippet)) {
    if (ch === OPEN || ch === CLOSE) {
      // A stray marker (a match cut by the snippet's edge) never leaves a tag open or closes one twice.
      if ((ch === OPEN) !== isOpen) out += isOpen ? '</mark>' : '<mark>';
      isOpen = ch === OPEN;
    } else {
      out += ch;
    }
  }
  return isOpen ? `${out}</mark>` : out;
}
