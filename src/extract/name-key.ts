// The key that joins mentions across items: case, accents, punctuation, a leading "the" and
// this domain's spelling variants folded away ("Ürümqi", "Urumchi" and "Wulumuqi" share one).
import anyAscii from 'any-ascii';
import { SPELLING_VARIANTS } from './spelling-variants.ts';

const LONGEST_VARIANT = Math.max(...Object.keys(SPELLING_VARIANTS).map((k) => k.split(' ').length));

/** Returns the normalised key of a name. */
export function nameKey(name: string): string {
  return applyVariants(foldName(name)).join(' ');
}

/** Returns name in lower-case ASCII words, without punctuation, possessive or leading "the". */
export function foldName(name: string): string[] {
  const ascii = anyAscii(name.normalize('NFKC')).toLowerCase();
  const words = ascii
    .replace(/['’]s\b/gu, '')
    .replace(/&/gu, ' and ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  return words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
}

// Replaces the longest variant phrase at each position by its preferred spelling.
function applyVariants(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let len = Math.min(LONGEST_VARIANT, words.length - i); len > 0 && !matched; len--) {
      const preferred = SPELLING_VARIANTS[words.slice(i, i + len).join(' ')];
      if (preferred === undefined) continue;
      out.push(preferred);
      i += len;
      matched = true;
    }
    if (!matched) out.push(words[i++] ?? '');
  }
  return out;
}
