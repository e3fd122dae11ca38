// Splits text into tokens the way the CoNLL-2003 data was split (Penn Treebank style:
// "China's" → "China" "'s", "don't" → "do" "n't", "U.S." and "Mr." kept whole), keeping each
// token's offsets into the original text and a normalised form for the tagger.
import { isAbbreviation } from './abbreviations.ts';

/** One token: its text as written, its normalised form, and its [start, end) offsets. */
export interface Token {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:(?:[-'’&./·][\p{L}\p{N}\p{M}]+)|(?:,\d{3}(?!\d)))*`;
const TOKEN = new RegExp(String.raw`(?:\p{L}\.){2,}|${WORD}(?:\.(?!\.))?|-{2,}|\.{2,}|…|\S`, 'gu');
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;

/** Returns the tokens of text with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    for (const [a, b] of splitToken(m[0])) tokens.push(makeToken(text, start + a, start + b));
  }
  return tokens;
}

// Returns the pieces of one matched run as [start, end) offsets within it: a trailing period
// that is not part of an abbreviation, and a clitic, become tokens of their own.
function splitToken(s: string): [number, number][] {
  let end = s.length;
  const pieces: [number, number][] = [];
  if (/[\p{L}\p{N}]\.$/u.test(s) && !isAbbreviation(s)) {
    end -= 1;
    pieces.push([end, s.length]);
  }
  const clitic = CLITIC.exec(s.slice(0, end));
  if (clitic !== null && clitic.index > 0) {
    pieces.unshift([clitic.index, end]);
    end = clitic.index;
  }
  return [[0, end], ...pieces];
}

function makeToken(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  return { text: raw, norm: normaliseToken(raw), start, end };
}

/** Returns the token as the CoNLL data would have written it: ASCII quotes, dashes and clitics. */
export function normaliseToken(raw: string): string {
  if (raw.length === 1) {
    if ('“”„‟«»"‘’‚‛`'.includes(raw)) return '"';
    if (raw === '—' || raw === '―') return '--';
    if (raw === '–' || raw === '‐' || raw === '‑') return '-';
    if (raw === '…') return '...';
  }
  return raw.replace(/[’‘]/gu, "'");
}
