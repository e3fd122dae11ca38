// The text analysers read for an item, so that stored offsets point into the same string
// wherever they are used: the title, a blank line, the text.

/** Returns the text of an item as analysers see it. */
export function analysisTextOf(title: string | null, text: string): string {
  return title ? `${title}\n\n${text}` : text;
}
