// Names of peoples and faiths ("Uyghur Muslims", "Tibetans") are MISC in the CoNLL scheme;
// the tagger, which met "Uyghur" only in its name lists, sometimes calls them organisations.
import type { EntityMention } from '../model/entity.ts';
import type { Gazetteer } from './gazetteer.ts';

const FAITHS = new Set(
  'muslim christian buddhist jew jewish hindu sikh catholic protestant orthodox sunni shia shiite uyghur uighur'.split(
    ' ',
  ),
);

/** Returns mentions with those made only of demonyms and faith words retyped as MISC. */
export function retypeGroupNames(mentions: readonly EntityMention[], lexicon: Gazetteer): EntityMention[] {
  const demonym = lexicon.categories.indexOf('demonym');
  const isGroupWord = (word: string): boolean => {
    const lower = word.toLowerCase();
    const singular = lower.replace(/s$/u, '');
    if (FAITHS.has(lower) || FAITHS.has(singular)) return true;
    if (demonym < 0) return false;
    return [lower, singular].some((w) => ((lexicon.names.get(w) ?? 0) & (1 << demonym)) !== 0);
  };
  return mentions.map((m) =>
    m.type !== 'MISC' && m.type !== 'LAW' && m.text.split(/\s+/u).every(isGroupWord)
      ? { ...m, type: 'MISC' }
      : m,
  );
}
