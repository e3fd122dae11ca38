// Links a new item to the canonical item it nearly duplicates in another feed, if any.
import { DUPLICATE_THRESHOLD, jaccard, shinglesOf } from '../../process/index.ts';
import type { ItemStatements } from './item-statements.ts';

/** Links item to its best near-duplicate among LSH candidates; returns true when linked. */
export function linkNearDuplicate(
  s: ItemStatements,
  item: { id: number; feedId: number; title: string | null; text: string },
  bandKeys: readonly number[],
): boolean {
  if (bandKeys.length === 0) return false;
  const candidates = s.bandCandidates.all(JSON.stringify(bandKeys), item.feedId);
  if (candidates.length === 0) return false;
  const mine = shinglesOf(`${item.title ?? ''} ${item.text}`);
  let best: { canonical: number; similarity: number } | null = null;
  for (const { item_id } of candidates) {
    const other = s.candidateText.get(item_id);
    if (!other) continue;
    const similarity = jaccard(mine, shinglesOf(`${other.title ?? ''} ${other.text}`));
    if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { canonical: other.duplicate_of ?? other.id, similarity };
    }
  }
  if (!best) return false;
  s.linkDuplicate.run(best.canonical, Math.round(best.similarity * 1000) / 1000, item.id);
  return true;
}
