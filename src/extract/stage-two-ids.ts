// The ids of the stage-two features (see stage-two-features.ts) from tables built once per
// model: every value they combine is a tag or a type, so no string is built while tagging.
import type { SentenceView } from './features.ts';
import { PAD, stageTwoParts, stageTwoKeys } from './stage-two-features.ts';
import { TAGGER_TYPES } from './tags.ts';

const SLOTS = PAD + 1;
const TYPES = TAGGER_TYPES.length + 1;

/** Returns the stage-two ids of token i, as lookupIds(index, secondStageFeatures(...)) would give them. */
export type StageTwoIds = (
  v: SentenceView,
  i: number,
  firstTags: ArrayLike<number>,
  docCounts: ReadonlyMap<string, Int32Array>,
) => Int32Array;

/** Returns StageTwoIds for an index. */
export function createStageTwoIds(index: ReadonlyMap<string, number>): StageTwoIds {
  const id = (key: string): number => index.get(key) ?? -1;
  const at = Int32Array.from({ length: 5 * SLOTS }, (_, k) =>
    id(stageTwoKeys.at(Math.floor(k / SLOTS), k % SLOTS)),
  );
  const triple = Int32Array.from({ length: SLOTS ** 3 }, (_, k) =>
    id(stageTwoKeys.triple(Math.floor(k / SLOTS ** 2), Math.floor(k / SLOTS) % SLOTS, k % SLOTS)),
  );
  const seenAs = Int32Array.from({ length: TYPES }, (_, t) => id(stageTwoKeys.seenAs(t)));
  const mostly = Int32Array.from({ length: TYPES }, (_, t) => id(stageTwoKeys.mostly(t)));
  const mostlyAndTag = Int32Array.from({ length: TYPES * SLOTS }, (_, k) =>
    id(stageTwoKeys.mostlyAndTag(Math.floor(k / SLOTS), k % SLOTS)),
  );
  return (v, i, firstTags, docCounts) => {
    const p = stageTwoParts(v, i, firstTags, docCounts);
    const [a = PAD, b = PAD, c = PAD, d = PAD, e = PAD] = p.around;
    const ids = [a, b, c, d, e].map((tag, slot) => at[slot * SLOTS + tag] ?? -1);
    ids.push(triple[b * SLOTS * SLOTS + c * SLOTS + d] ?? -1);
    for (const t of p.seenAs) ids.push(seenAs[t] ?? -1);
    if (p.mostlySeenAs >= 0)
      ids.push(mostly[p.mostlySeenAs] ?? -1, mostlyAndTag[p.mostlySeenAs * SLOTS + c] ?? -1);
    return Int32Array.from(ids.filter((x) => x >= 0));
  };
}
