// Lightweight name features when no entity tagger is at hand: runs of capitalised words that
// are not merely sentence-initial. A Title Case title or an ALL-CAPS line says nothing about
// which words are names, so there a word counts only if the prose shows it as a name.
import { isStopword } from './stopwords.ts';
import { splitSentences } from './text-sentences.ts';
import { isCapitalised, normaliseWord, tokenizeWords, type WordToken } from './text-tokens.ts';

// Calendar words are capitalised without being names.
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

const TITLE_CASE_SHARE = 0.6;

/** Returns the name phrases of text (lower case, one key per phrase, in order of appearance). */
export function findCapitalisedPhrases(text: string, title = ''): string[] {
  const lines = [
    ...splitSentences(title).map((s) => ({
      tokens: tokenizeWords(s.text),
      isHeadline: isHeadlineCase(s.text),
    })),
    ...splitSentences(text).map((s) => ({ tokens: tokenizeWords(s.text), isHeadline: isAllCaps(s.text) })),
  ];
  const known = new Set(
    lines
      .filter((l) => !l.isHeadline)
      .flatMap((l) =>
        l.tokens
          .slice(1)
          .filter(isNameWord)
          .map((t) => normaliseWord(t.text)),
      ),
  );
  const phrases: string[] = [];
  for (const { tokens, isHeadline } of lines) {
    const accept = isHeadline
      ? (t: WordToken) => known.has(normaliseWord(t.text))
      : (t: WordToken, i: number) => isNameWord(t) && (i > 0 || known.has(normaliseWord(t.text)));
    phrases.push(...collectRuns(tokens, accept));
  }
  return phrases;
}

function collectRuns(tokens: readonly WordToken[], accept: (t: WordToken, i: number) => boolean): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  tokens.forEach((t, i) => {
    const isNext = i === 0 || t.start - (tokens[i - 1]?.end ?? 0) <= 2;
    if (run.length > 0 && (!accept(t, i) || !isNext)) {
      runs.push(run.join(' '));
      run = [];
    }
    if (accept(t, i)) run.push(normaliseWord(t.text));
  });
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}

function isNameWord(t: WordToken): boolean {
  if (!isCapitalised(t.text) || t.text.length < 2) return false;
  const w = normaliseWord(t.text);
  return !isStopword(w) && !CALENDAR.has(w);
}

// A title where most content words are capitalised is Title Case, which says nothing about names.
function isHeadlineCase(line: string): boolean {
  const content = tokenizeWords(line).filter((t) => t.text.length > 3 && !isStopword(normaliseWord(t.text)));
  if (content.length === 0) return false;
  const capitalised = content.filter((t) => isCapitalised(t.text)).length;
  return capitalised / content.length >= TITLE_CASE_SHARE;
}

function isAllCaps(line: string): boolean {
  return /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
}
