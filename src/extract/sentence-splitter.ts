// Splits tokenised news text into sentences: at line breaks, and after a sentence-final
// mark (with any closing quotes or brackets that hug it) when the next word can start a
// sentence. Titles ("Mr.", "Dr."), initials and months never end one; a dotted acronym or a
// company form ("U.S.", "Inc.") does only when a typical sentence opener follows.
import { isAbbreviation, isTitleAbbreviation } from './abbreviations.ts';
import type { Token } from './tokenizer.ts';

/** A sentence: its index, its [start, end) character offsets and its tokens' index range. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
}

const FINAL = new Set(['.', '!', '?', '...', '…', '?!', '!?']);
const CLOSERS = /^[”’"'»)\]]$/u;
const OPENERS = /^[“‘"'«([]$/u;
const STARTERS = new Set(
  'The A An He She It They We I This That These Those In On At But And Its Their His Her There Some Many Most Other After Before When While If As'.split(
    ' ',
  ),
);

/** Returns the sentences of text given its tokens. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (gluesCloser(tokens, i)) continue;
    if (i === tokens.length - 1 || endsSentence(text, tokens, i)) {
      const a = tokens[first];
      const b = tokens[i];
      if (a !== undefined && b !== undefined) {
        sentences.push({
          index: sentences.length,
          start: a.start,
          end: b.end,
          firstToken: first,
          endToken: i + 1,
        });
      }
      first = i + 1;
    }
  }
  return sentences;
}

// A closing quote or bracket glued to a final mark belongs to the sentence it closes, so the
// boundary moves past it.
function gluesCloser(tokens: readonly Token[], i: number): boolean {
  const cur = tokens[i];
  const next = tokens[i + 1];
  if (cur === undefined || next === undefined || next.start !== cur.end || !CLOSERS.test(next.text))
    return false;
  return FINAL.has(lastMark(tokens, i)?.norm ?? '');
}

function endsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const cur = tokens[i];
  const next = tokens[i + 1];
  if (cur === undefined || next === undefined) return true;
  const gap = text.slice(cur.end, next.start);
  if (gap.includes('\n')) return !/^\p{Ll}/u.test(next.text) || /\n\s*\n/.test(gap);
  if (gap === '') return false;
  const mark = lastMark(tokens, i);
  if (mark === undefined) return false;
  if (FINAL.has(mark.norm)) return canStart(tokens, i + 1);
  if (mark.text.endsWith('.') && isAbbreviation(mark.text) && !isTitleAbbreviation(mark.text)) {
    return !/^\p{Lu}\.$/u.test(mark.text) && STARTERS.has(next.text);
  }
  return false;
}

// The token that decides: the last one before any closers glued after it.
function lastMark(tokens: readonly Token[], i: number): Token | undefined {
  let k = i;
  while (k > 0 && CLOSERS.test(tokens[k]?.text ?? '') && tokens[k - 1]?.end === tokens[k]?.start) k -= 1;
  return tokens[k];
}

function canStart(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined) return true;
  if (/^[\p{Lu}\p{N}]/u.test(t.text)) return true;
  return OPENERS.test(t.text) && /^[\p{Lu}\p{N}]/u.test(tokens[j + 1]?.text ?? '');
}
