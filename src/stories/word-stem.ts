// A light English suffix stripper: enough to make "fires", "fired" and "firing" one term,
// without the over-reach of a full Porter stemmer. It only has to be consistent: stems are
// compared with stems, never shown to anyone.

/** Returns word (lower case) with its plural and -ed/-ing endings removed. */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = stripPlural(word);
  w = stripVerbEnding(w);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

function stripPlural(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function stripVerbEnding(w: string): string {
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length < 3 || !/[aeiouy]/.test(stem)) return w;
    // "stopped" → "stopp" → "stop"; "killed" keeps its double l.
    return /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  }
  return w;
}
