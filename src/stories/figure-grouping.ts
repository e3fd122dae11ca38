// The same claim across items: figures that count the same thing (same unit, same counted
// noun once normalised) grouped together, so a reader sees who reported what, and where the
// figures cannot all be true at once.
import type { Figure, FigureGroup, SourcedFigure } from '../model/story.ts';

/** The figures of one item, with where it came from. */
export interface FigureSourceItem {
  readonly itemId: string;
  readonly source: string | null;
  readonly published: string | null;
  readonly figures: readonly Figure[];
}

// Reporters round: an unhedged "1 million" and "1.04 million" are one figure, not a dispute.
const ROUNDING = 0.05;
// "about 50" spans 40 to 60.
const ABOUT = 0.2;
// Vague amounts reach this far above their floor: "dozens" is 24 to 99, "hundreds" 200 to 999.
const VAGUE_SPAN = 4.2;

/** Returns groups of figures counting the same thing, most widely reported first. */
export function groupFigures(items: readonly FigureSourceItem[]): FigureGroup[] {
  const groups = new Map<string, SourcedFigure[]>();
  for (const item of items) {
    for (const figure of item.figures) {
      const key = `${figure.unit}|${figure.currency ?? ''}|${figure.countedKey}`;
      const sourced = { itemId: item.itemId, source: item.source, published: item.published, figure };
      groups.set(key, [...(groups.get(key) ?? []), sourced]);
    }
  }
  return [...groups.values()].map(toGroup).sort(byReach);
}

function toGroup(figures: readonly SourcedFigure[]): FigureGroup {
  const first = (figures[0] as SourcedFigure).figure;
  const values = [...new Set(figures.map((f) => f.figure.value))].sort((a, b) => a - b);
  return { countedKey: first.countedKey, unit: first.unit, figures, values, isDisputed: isDisputed(figures) };
}

function byReach(a: FigureGroup, b: FigureGroup): number {
  const reach = (g: FigureGroup) => new Set(g.figures.map((f) => f.itemId)).size;
  return (
    reach(b) - reach(a) ||
    Number(b.isDisputed) - Number(a.isDisputed) ||
    a.countedKey.localeCompare(b.countedKey)
  );
}

/** Returns true when no single value fits every figure's range (hedges and rounding allowed). */
export function isDisputed(figures: readonly SourcedFigure[]): boolean {
  let low = -Infinity;
  let high = Infinity;
  for (const { figure } of figures) {
    const [lo, hi] = rangeOf(figure);
    low = Math.max(low, lo);
    high = Math.min(high, hi);
  }
  return low > high;
}

/** Returns the values a figure allows, given its hedge: "at least 13" is [13, ∞). */
export function rangeOf(f: Figure): readonly [number, number] {
  const v = f.value;
  switch (f.qualifier) {
    case 'at least':
      return [v, Infinity];
    case 'more than':
      return [v * (1 + 1e-9) + (Number.isInteger(v) && v < 1000 ? 1 : 0), Infinity];
    case 'as many as':
    case 'up to':
      return [0, v];
    case 'fewer than':
      return [0, Math.max(0, v - (Number.isInteger(v) && v < 1000 ? 1 : 0))];
    case 'about':
      return [v * (1 - ABOUT), v * (1 + ABOUT)];
    default:
      if (f.isApproximate) return [v, v * VAGUE_SPAN];
      return v >= 100 ? [v * (1 - ROUNDING), v * (1 + ROUNDING)] : [v, v];
  }
}
