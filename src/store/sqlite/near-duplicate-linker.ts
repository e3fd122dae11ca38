// Links a new item to the canonical item it nearly duplicates in another feed, if any.
import { DUPLICATE_THRESHOLD, jaccardPacked, packShingles, shinglesOf } from '../../process/index.ts';
import type { ItemStatements } from './item-statements.ts';

/** Items checked exactly at most: the candidates that share the most bands come first. */
const MAX_CHECKED = 8;
/** Recently stored items whose shingles are kept: most candidates are recent. */
const CACHE_SIZE = 8192;

interface Known {
  readonly feedId: number;
  readonly canonical: number;
  // Packed: 8,192 Sets of hashes (heap numbers) held about 30 MB in a polling process.
  readonly shingles: Uint32Array;
}

export interface NewItem {
  readonly id: number;
  readonly feedId: number;
  readonly shingles: ReadonlySet<number>;
  readonly bandKeys: readonly number[];
}

export class NearDuplicateLinker {
  private readonly recent = new Map<number, Known>();

  constructor(private readonly s: ItemStatements) {}

  /** Links item to its best near-duplicate in another feed; returns the canonical id, or null. */
  link(item: NewItem): number | null {
    const best = item.bandKeys.length ? this.bestMatch(item) : null;
    if (best) this.s.linkDuplicate.run(best.canonical, Math.round(best.similarity * 1000) / 1000, item.id);
    this.remember(item.id, {
      feedId: item.feedId,
      canonical: best?.canonical ?? item.id,
      shingles: packShingles(item.shingles),
    });
    return best?.canonical ?? null;
  }

  /** Forgets everything: after a rolled-back import, ids may be handed out again. */
  clear(): void {
    this.recent.clear();
  }

  /** Forgets what it knows of an item whose text changed. */
  forget(itemId: number): void {
    this.recent.delete(itemId);
  }

  private bestMatch(item: NewItem): { canonical: number; similarity: number } | null {
    let best: { canonical: number; similarity: number } | null = null;
    let checked = 0;
    for (const id of this.candidatesOf(item)) {
      if (checked >= MAX_CHECKED) break;
      const other = this.known(id);
      if (!other || other.feedId === item.feedId) continue;
      checked += 1;
      const similarity = jaccardPacked(item.shingles, other.shingles);
      if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
        best = { canonical: other.canonical, similarity };
      }
    }
    return best;
  }

  /** Returns the items sharing a band with the new one, those sharing most bands first. */
  private candidatesOf(item: NewItem): number[] {
    const shared = new Map<number, number>();
    for (const key of item.bandKeys) {
      for (const { item_id } of this.s.bandMembers.all(key)) {
        if (item_id !== item.id) shared.set(item_id, (shared.get(item_id) ?? 0) + 1);
      }
    }
    return [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
  }

  private known(id: number): Known | null {
    const cached = this.recent.get(id);
    if (cached) return cached;
    const row = this.s.candidateText.get(id);
    if (!row) return null;
    const known = {
      feedId: row.feed_id,
      canonical: row.duplicate_of ?? row.id,
      shingles: packShingles(shinglesOf(`${row.title ?? ''} ${row.text}`)),
    };
    this.remember(id, known);
    return known;
  }

  private remember(id: number, known: Known): void {
    this.recent.set(id, known);
    if (this.recent.size > CACHE_SIZE) this.recent.delete(this.recent.keys().next().value as number);
  }
}
