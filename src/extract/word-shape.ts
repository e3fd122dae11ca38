// Word shapes: the spelling pattern of a token with letters and digits abstracted away.

/** Returns the collapsed shape of word: runs of one character class shrink to one ("McDonald" → "XxXx"). */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = classOf(word.charCodeAt(i), word[i] ?? '');
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Returns a coarse class of word: the traits classic taggers test for (Ratinov & Roth 2009). */
export function wordClassOf(word: string): string {
  if (/^[A-Z]+$/.test(word)) return word.length === 1 ? 'CAP1' : 'ALLCAP';
  if (/^[A-Z][a-z]+$/.test(word)) return 'INITCAP';
  if (/^[A-Z]\.$/.test(word)) return 'INITIAL';
  if (/^([A-Z]\.)+$/.test(word)) return 'ACRODOT';
  if (/^[A-Z]/.test(word)) return /[a-z]/.test(word) ? 'MIXCAP' : 'CAPOTHER';
  if (/^[a-z]+$/.test(word)) return 'LOWER';
  if (/^[0-9]+$/.test(word)) return word.length === 4 ? 'YEAR' : 'DIGITS';
  if (/^[0-9][0-9.,/:-]*$/.test(word)) return 'NUMBER';
  if (/[0-9]/.test(word)) return 'ALNUM';
  if (/^[^A-Za-z0-9]+$/.test(word)) return 'PUNCT';
  return 'OTHER';
}

/** Returns true when word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0]?.toLowerCase());
}

function classOf(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code > 127) {
    const lower = ch.toLowerCase();
    if (lower !== ch) return 'X';
    if (ch.toUpperCase() !== ch) return 'x';
  }
  return ch;
}
