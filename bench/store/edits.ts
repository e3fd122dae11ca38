// Wire copies: an article republished by another outlet with a share of its words edited.
// Each word is edited with probability `rate`: half of the edits substitute another word, a
// quarter delete the word, a quarter insert a word after it. The edits actually made are
// counted, so the ground truth records the real rate beside the target.
import type { Article } from './article.ts';
import type { Lexicon } from './lexicon.ts';
import type { Random } from './random.ts';

export interface EditedArticle {
  readonly article: Article;
  readonly edits: number;
  /** Words in the original (title and body). */
  readonly words: number;
}

/** The edit-rate buckets of the evaluation, as fractions of words: [low, high). */
export const EDIT_BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [0.01, 0.05],
  [0.05, 0.1],
  [0.1, 0.2],
];

/** Returns a target edit rate: a bucket chosen uniformly, then a rate uniform inside it. */
export function drawEditRate(random: Random): number {
  const [low, high] = EDIT_BUCKETS[Math.floor(random() * EDIT_BUCKETS.length)] ?? [0.01, 0.05];
  return low + random() * (high - low);
}

function trailingPunctuation(word: string): string {
  return /[.,”]+$/.exec(word)?.[0] ?? '';
}

function editWords(
  words: readonly string[],
  rate: number,
  random: Random,
  lexicon: Lexicon,
): { words: string[]; edits: number } {
  const out: string[] = [];
  let edits = 0;
  for (const word of words) {
    if (random() >= rate) {
      out.push(word);
      continue;
    }
    edits += 1;
    const op = random();
    const replacement = lexicon.general.draw(random);
    if (op < 0.5) out.push(replacement + trailingPunctuation(word));
    else if (op < 0.75) continue;
    else out.push(word, replacement);
  }
  // A paragraph never vanishes entirely.
  if (out.length === 0 && words.length > 0) out.push(words[0] as string);
  return { words: out, edits };
}

/** Returns article with about `rate` of its words edited, and the count of edits made. */
export function editArticle(article: Article, rate: number, random: Random, lexicon: Lexicon): EditedArticle {
  const title = editWords(article.title, rate, random, lexicon);
  let edits = title.edits;
  let words = article.title.length;
  const paragraphs = article.paragraphs.map((paragraph) => {
    const edited = editWords(paragraph, rate, random, lexicon);
    edits += edited.edits;
    words += paragraph.length;
    return edited.words;
  });
  return { article: { ...article, title: title.words, paragraphs }, edits, words };
}
