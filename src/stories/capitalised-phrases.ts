// Lightweight name features when no entity tagger is at hand: runs of capitalised words that
// are not merely sentence-initial. Headlines in Title Case and ALL-CAPS lines say nothing
// about which words are names, so there a word counts only if the body shows it as a name.
import { isStopword } from './stopwords.ts';
import { splitSentences } from './text-sentences.ts';
import { isCapitalised, normaliseWord, tokenizeWords, type WordToken } from './text-tokens.ts';

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

// A line where most content words are capitalised is a headline, not prose.
const TITLE_CASE_SHARE = 0.6;

/** Returns the name phrases of text (lower case, one key per phrase, in order of appearance). */
export function findCapitalisedPhrases(text: string, title = ''): string[] {
  const sentences = [...splitSentences(title), ...splitSentences(text)].map((s) => tokenizeWords(s.text));
  const prose = sentences.filter((s) => !isHeadlineCase(s));
  const known = new Set(
    prose.flatMap((s) =>
      s
        .slice(1)
        .filter(isNameWord)
        .map((t) => normaliseWord(t.text)),
    ),
  );
  const phrases: string[] = [];
  for (const tokens of sentences) {
    const accept = isHeadlineCase(tokens)
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
  return !isStopword(w) && !MONTHS.has(w);
}

function isHeadlineCase(tokens: readonly WordToken[]): boolean {
  const content = tokens.filter((t) => t.text.length > 3 && !isStopword(normaliseWord(t.text)));
  if (content.length < 3) return content.length > 0 && content.every((t) => isCapitalised(t.text));
  const capitalised = content.filter((t) => isCapitalised(t.text)).length;
  return capitalised / content.length >= TITLE_CASE_SHARE;
}
