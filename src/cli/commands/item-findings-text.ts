// The text rendering of what analysis found in an item, for `newswatch show`.
import type { Figure, ThemeMatch } from '../../model/index.ts';
import type { ItemFindings } from '../../pipeline/index.ts';
import { plural } from '../text-format.ts';

/** Returns the words that triggered a theme, each once (case aside), with kind and count. */
export function triggerWords(t: ThemeMatch): string {
  const seen = new Map<string, { text: string; kind: string; count: number }>();
  for (const x of t.triggers) {
    const key = `${x.kind}:${x.text.toLowerCase()}`;
    const found = seen.get(key);
    if (found) found.count += 1;
    else seen.set(key, { text: x.text, kind: x.kind, count: 1 });
  }
  return [...seen.values()]
    .map((x) => `“${x.text}” (${x.kind}${x.count > 1 ? `, ${x.count}×` : ''})`)
    .join(', ');
}

/** Returns each figure on a line, its sentence below it (once for figures from the same sentence). */
function figureLines(figures: readonly Figure[]): string[] {
  return figures.flatMap((f, k) => [
    `  ${f.hedge ? `${f.hedge} ` : ''}${f.quantity} ${f.counted}`,
    ...(figures[k + 1]?.sentenceStart === f.sentenceStart ? [] : [`    “${f.sentence.trim()}”`]),
  ]);
}

/** Returns the lines about the item's story, names, themes and figures (none when not analysed). */
export function findingsLines(a: ItemFindings): string[] {
  const isEmpty = !a.story && !a.entities.length && !a.themes.length && !a.figures.length;
  if (isEmpty) return ['', 'Analysis:   nothing found (or the item is not analysed yet)'];
  const lines = ['', `Story:      ${a.story ? `#${a.story.id} ${a.story.title}` : 'none'}`];
  lines.push('', 'Entities:');
  if (!a.entities.length) lines.push('  none found');
  for (const e of a.entities)
    lines.push(`  #${e.id} ${e.name} (${e.type}, ${plural(e.mentions, 'mention')})`);
  lines.push('', 'Themes:');
  if (!a.themes.length) lines.push('  none');
  for (const t of a.themes) lines.push(`  ${t.label} [${t.theme}]: ${triggerWords(t)}`);
  if (a.figures.length) lines.push('', 'Figures:', ...figureLines(a.figures));
  return lines;
}
