// Search snippets carry their matches between \u0002 and \u0003; these render them.

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Returns the snippet as HTML: text escaped, matches in <mark>. */
export function snippetToHtml(snippet: string): string {
  return escapeHtml(snippet).replaceAll('\u0002', '<mark>').replaceAll('\u0003', '</mark>');
}

/** Returns the snippet for a terminal: matches in bold, or in [brackets] when not a TTY. */
export function snippetToTerminal(snippet: string, isTty: boolean): string {
  const [open, close] = isTty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  return snippet.replaceAll('\u0002', open).replaceAll('\u0003', close).replace(/\s+/g, ' ');
}
