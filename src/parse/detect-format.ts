// Which reader a document needs, judged from its content, never from a file name.

const FEED_ROOT = /<(rss|feed|rdf:RDF|channel)[\s>]/i;

export type DocumentKind = 'xml' | 'json' | 'text' | 'empty';

/** Returns the kind of document text is, by its first significant character. */
export function detectDocumentKind(text: string): DocumentKind {
  const first = /\S/.exec(text);
  if (!first) return 'empty';
  if (first[0] === '<') return 'xml';
  if (first[0] === '{' || first[0] === '[') return 'json';
  // Junk before the root element still leaves a feed behind it.
  return FEED_ROOT.test(text.slice(0, 4096)) ? 'xml' : 'text';
}
