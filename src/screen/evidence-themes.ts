// What the evidence of a screening is about: each item's themes reduced to the words that
// triggered them, and an entry's themes counted across its evidence.
import type { EntryTheme, EvidenceTheme, ScreeningMatch, ThemeMatch } from '../model/index.ts';

/** Returns the themes with their trigger words, each spelling once (case aside), in text order. */
export function evidenceThemesOf(themes: readonly ThemeMatch[]): EvidenceTheme[] {
  return themes.map((t) => {
    const words = new Map<string, string>();
    const inOrder = [...t.triggers].sort(
      (a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER),
    );
    for (const x of inOrder) if (!words.has(x.text.toLowerCase())) words.set(x.text.toLowerCase(), x.text);
    return { theme: t.theme, label: t.label, triggers: [...words.values()] };
  });
}

/**
 * Returns the themes across the evidence of an entry's matches, each item counted once,
 * commonest first. A rejected match is not the entry, so its evidence does not count.
 */
export function tallyEntryThemes(matches: readonly ScreeningMatch[]): EntryTheme[] {
  const items = new Map<string, { label: string; items: Set<number> }>();
  for (const m of matches) {
    if (m.decision?.decision === 'rejected') continue;
    for (const ev of m.evidence)
      for (const t of ev.themes) {
        const found = items.get(t.theme) ?? { label: t.label, items: new Set<number>() };
        found.items.add(ev.itemId);
        items.set(t.theme, found);
      }
  }
  return [...items]
    .map(([theme, t]) => ({ theme, label: t.label, items: t.items.size }))
    .sort((a, b) => b.items - a.items || a.label.localeCompare(b.label));
}

/** Returns the entry's themes as a line: "Forced labour 5, Surveillance technology 2". */
export function entryThemesLine(themes: readonly EntryTheme[]): string {
  return themes.map((t) => `${t.label} ${t.items}`).join(', ');
}
