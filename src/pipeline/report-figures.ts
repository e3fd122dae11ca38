// The key-figures use case: the figures of the items a query selects, grouped by the claim
// they make, so a reader sees who reported what figure, and when figures disagree.
import type { FigureReport } from '../model/index.ts';
import { groupFigures, type FigureSourceItem } from '../stories/index.ts';
import type { Store } from '../store/index.ts';
import { exportRequestFor } from './search.ts';

/** Returns the figure groups of the newest items (at most limit) a query selects, largest first. */
export async function reportFigures(
  store: Store,
  query: string | undefined,
  options: { readonly since?: string; readonly limit: number },
): Promise<FigureReport> {
  const request = await exportRequestFor(store, query, options.since ? { since: options.since } : {});
  const { figures, items } = await store.figuresOf(request, options.limit);
  const byItem = new Map<number, FigureSourceItem & { figures: FigureSourceItem['figures'][number][] }>();
  for (const f of figures) {
    const item = byItem.get(f.itemId) ?? {
      itemId: String(f.itemId),
      source: f.source,
      published: f.published,
      figures: [],
    };
    item.figures.push(f.figure);
    byItem.set(f.itemId, item);
  }
  const groups = groupFigures([...byItem.values()]).sort(
    (a, b) => b.figures.length - a.figures.length || a.countedKey.localeCompare(b.countedKey),
  );
  return { groups, items };
}
