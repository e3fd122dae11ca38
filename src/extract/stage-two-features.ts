// Feature strings for stage two of the tagger: stage one's tags around the token and what
// stage one said of the same word elsewhere in the document (Ratinov & Roth 2009: two-stage
// prediction aggregation).
import type { SentenceView } from './features.ts';
import { TAG_COUNT, tagName, tagTypeIndex, TAGGER_TYPES } from './tags.ts';
import { isCapitalised } from './word-shape.ts';

/** Stage one's tag at offsets -2..+2 of a token (PAD past the sentence), and what it said of the same word elsewhere. */
export interface StageTwoParts {
  readonly around: readonly number[];
  /** Types (0 for O, 1 + type index) stage one gave the word elsewhere in the document. */
  readonly seenAs: readonly number[];
  /** The most frequent of them, or -1. */
  readonly mostlySeenAs: number;
}

/** The value of a tag slot past either end of the sentence. */
export const PAD = TAG_COUNT;

/** Returns what stage two reads about token i (counts exclude the token itself). */
export function stageTwoParts(
  v: SentenceView,
  i: number,
  firstTags: ArrayLike<number>,
  docCounts: ReadonlyMap<string, Int32Array>,
): StageTwoParts {
  const around = [-2, -1, 0, 1, 2].map((o) =>
    i + o < 0 || i + o >= firstTags.length ? PAD : (firstTags[i + o] ?? 0),
  );
  const counts = docCounts.get(v.lowers[i] ?? '');
  const seenAs: number[] = [];
  let best = -1;
  if (counts === undefined || !isCapitalised(v.words[i] ?? '')) return { around, seenAs, mostlySeenAs: best };
  const own = tagTypeIndex(firstTags[i] ?? 0) + 1;
  let bestCount = 0;
  for (let t = 0; t <= TAGGER_TYPES.length; t++) {
    const c = (counts[t] ?? 0) - (t === own ? 1 : 0);
    if (c <= 0) continue;
    seenAs.push(t);
    if (c > bestCount) [best, bestCount] = [t, c];
  }
  return { around, seenAs, mostlySeenAs: best };
}

/** The stage-two feature keys, one maker per template (stage-two-ids.ts caches their ids). */
export const stageTwoKeys = {
  at: (slot: number, tag: number): string => `y${slot - 2}=${slotName(tag)}`,
  triple: (a: number, b: number, c: number): string =>
    `y-1|y|y+1=${slotName(a)}|${slotName(b)}|${slotName(c)}`,
  seenAs: (t: number): string => `agg=${typeLabel(t)}`,
  mostly: (t: number): string => `aggMax=${typeLabel(t)}`,
  mostlyAndTag: (t: number, tag: number): string => `aggMax|y=${typeLabel(t)}|${slotName(tag)}`,
};

/** Returns the stage-two features of token i: stage one's tags in a ±2 window and what stage one said of the same word elsewhere in the document. */
export function secondStageFeatures(
  v: SentenceView,
  i: number,
  firstTags: ArrayLike<number>,
  docCounts: ReadonlyMap<string, Int32Array>,
): string[] {
  const p = stageTwoParts(v, i, firstTags, docCounts);
  const [a = PAD, b = PAD, c = PAD, d = PAD, e = PAD] = p.around;
  const f = [a, b, c, d, e].map((tag, slot) => stageTwoKeys.at(slot, tag));
  f.push(stageTwoKeys.triple(b, c, d));
  for (const t of p.seenAs) f.push(stageTwoKeys.seenAs(t));
  if (p.mostlySeenAs >= 0)
    f.push(stageTwoKeys.mostly(p.mostlySeenAs), stageTwoKeys.mostlyAndTag(p.mostlySeenAs, c));
  return f;
}

function slotName(tag: number): string {
  return tag === PAD ? 'PAD' : tagName(tag);
}

/** Returns, per lower-cased capitalised word, how often stage one tagged it O (index 0) or each type. */
export function countDocTags(
  views: readonly SentenceView[],
  tags: readonly ArrayLike<number>[],
): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  views.forEach((v, s) => {
    v.words.forEach((w, i) => {
      if (!isCapitalised(w)) return;
      const l = v.lowers[i] ?? '';
      let c = counts.get(l);
      if (c === undefined) counts.set(l, (c = new Int32Array(TAGGER_TYPES.length + 1)));
      const t = tagTypeIndex(tags[s]?.[i] ?? 0) + 1;
      c[t] = (c[t] ?? 0) + 1;
    });
  });
  return counts;
}

function typeLabel(t: number): string {
  return t === 0 ? 'O' : (TAGGER_TYPES[t - 1] ?? 'O');
}
