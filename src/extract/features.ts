// Feature strings for stage one of the tagger: the words, their shapes, affixes, a ±2 window,
// the gazetteers, document context and the two tags before (stage two: stage-two-features.ts).
import type { DocContext } from './doc-context.ts';
import { tagName } from './tags.ts';
import { isCapitalised, shapeOf, wordClassOf } from './word-shape.ts';

/** One sentence prepared for feature extraction. */
export interface SentenceView {
  readonly words: readonly string[];
  readonly lowers: readonly string[];
  readonly shapes: readonly string[];
  readonly classes: readonly string[];
  readonly isHeadline: boolean;
}

/** Returns the sentence view of words. */
export function viewSentence(words: readonly string[], isHeadline: boolean): SentenceView {
  return {
    words,
    lowers: words.map((w) => w.toLowerCase()),
    shapes: words.map(shapeOf),
    classes: words.map(wordClassOf),
    isHeadline,
  };
}

/** Returns the stage-one features of token i, without those that depend on earlier tags. */
export function localFeatures(v: SentenceView, i: number, ctx: DocContext, gaz: readonly string[]): string[] {
  const near = NEIGHBOUR_OFFSETS.map((o) => neighbourKey(o, wordAt(v.lowers, i + o)));
  return [...wordFeatures(v.words[i] ?? ''), ...near, ...contextFeatures(v, i, ctx, gaz)];
}

/** The offsets of the neighbours whose lower-cased words are features of a token. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Returns the key a neighbour's lower-cased word gives the token offset away from it. */
export function neighbourKey(offset: number, lower: string): string {
  return `l${offset > 0 ? '+' : ''}${offset}=${lower}`;
}

/** Returns the features of a word on its own: it, its shape, class and affixes (the same wherever it stands). */
export function wordFeatures(w: string): string[] {
  const l = w.toLowerCase();
  const f = ['b', `w=${w}`, `l=${l}`, `sh=${shapeOf(w)}`, `wc=${wordClassOf(w)}`];
  for (let k = 1; k <= 4 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
  return f;
}

/** Returns the features of token i that depend on its place: pairs, shapes around it, document and gazetteers. */
export function contextFeatures(
  v: SentenceView,
  i: number,
  ctx: DocContext,
  gaz: readonly string[],
): string[] {
  return [
    ...shapeFeatures(shapeKey(v, i)),
    ...classFeatures(classKey(v, i)),
    ...placeFeatures(v, i, ctx, gaz),
  ];
}

/** Returns what the shape features of token i depend on: its shape and its neighbours', "|"-joined. */
export function shapeKey(v: SentenceView, i: number): string {
  return `${wordAt(v.shapes, i - 1)}|${v.shapes[i] ?? ''}|${wordAt(v.shapes, i + 1)}`;
}

/** Returns the shape features for a shapeKey (the same wherever the key recurs, so callers may cache them). */
export function shapeFeatures(key: string): string[] {
  const [shm1 = '', sh = '', shp1 = ''] = key.split('|');
  return [
    `sh-1=${shm1}`,
    `sh+1=${shp1}`,
    `sh-1|sh=${shm1}|${sh}`,
    `sh|sh+1=${sh}|${shp1}`,
    `sh-1|sh|sh+1=${key}`,
  ];
}

/** Returns what the class features of token i depend on: classes around it, headline, first, length. */
export function classKey(v: SentenceView, i: number): string {
  const wc = v.classes[i] ?? '';
  return `${wordAt(v.classes, i - 1)}|${wc}|${wordAt(v.classes, i + 1)}|${v.isHeadline}|${i === 0}|${lengthBucket(v.words.length)}`;
}

/** Returns the class features for a classKey (cacheable like shapeFeatures). */
export function classFeatures(key: string): string[] {
  const [wcm1 = '', wc = '', wcp1 = '', headline, first, len = ''] = key.split('|');
  const f = [`wc-1|wc|wc+1=${wcm1}|${wc}|${wcp1}`, `len=${len}|wc=${wc}`];
  if (headline === 'true') f.push(`hl|wc=${wc}`);
  if (first === 'true') f.push(`first|wc=${wc}`);
  return f;
}

/** Returns the features of token i that no cache can share: word pairs, headline word, document, gazetteers. */
export function placeFeatures(v: SentenceView, i: number, ctx: DocContext, gaz: readonly string[]): string[] {
  const w = v.words[i] ?? '';
  const l = v.lowers[i] ?? '';
  const wc = v.classes[i] ?? '';
  const f = [`l-1|l=${wordAt(v.lowers, i - 1)}|${l}`, `l|l+1=${l}|${wordAt(v.lowers, i + 1)}`];
  if (v.isHeadline) f.push(`hl|l=${l}`);
  if (isCapitalised(w)) f.push(...docFeatures(l, i, v.isHeadline, ctx));
  for (const g of gaz) f.push(g, `${g}|wc=${wc}`);
  return f;
}

/** Returns the features that depend on the tags already chosen for the two tokens before i. */
export function historyFeatures(v: SentenceView, i: number, prev1: number, prev2: number): string[] {
  return [
    historyKeys.prev(prev1),
    historyKeys.pair(prev1, prev2),
    historyKeys.word(prev1, v.lowers[i] ?? ''),
    historyKeys.shape(prev1, v.shapes[i] ?? ''),
  ];
}

/** The history feature keys, one maker per template (history-ids.ts caches their ids). */
export const historyKeys = {
  prev: (prev1: number): string => `t-1=${tagName(prev1)}`,
  pair: (prev1: number, prev2: number): string => `t-2|t-1=${tagName(prev2)}|${tagName(prev1)}`,
  word: (prev1: number, lower: string): string => `t-1|l=${tagName(prev1)}|${lower}`,
  shape: (prev1: number, shape: string): string => `t-1|sh=${tagName(prev1)}|${shape}`,
};

function docFeatures(l: string, i: number, isHeadline: boolean, ctx: DocContext): string[] {
  const pos = i === 0 || isHeadline ? 'start' : 'mid';
  return [`dlc=${ctx.seenLower.has(l)}|${pos}`, `dcm=${ctx.seenCapitalMid.has(l)}|${pos}`];
}

function lengthBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? 'short' : 'long';
}

/** Returns the word at i, or a padding word past either end of the sentence. */
export function wordAt(a: readonly string[], i: number): string {
  if (i < 0) return i === -1 ? '<s>' : '<s2>';
  return a[i] ?? (i === a.length ? '</s>' : '</s2>');
}
