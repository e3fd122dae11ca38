// Names of peoples and faiths ("Uyghur Muslims", "Tibetans") are MISC in the CoNLL scheme;
// the tagger, which met "Uyghur" only in its name lists, sometimes calls them organisations,
// or runs a country into one ("China Uyghur abuses").
import type { EntityMention } from '../model/entity.ts';
import type { Gazetteer } from './gazetteer.ts';

const FAITHS = new Set(
  'muslim christian buddhist jew jewish hindu sikh catholic protestant orthodox sunni shia shiite uyghur uighur'.split(
    ' ',
  ),
);

/** Returns a test of whether a word names a people, a faith or a nationality, in the singular or plural. */
function groupWordTest(lexicon: Gazetteer): (word: string) => boolean {
  const demonym = categoryMask(lexicon, 'demonym');
  return (word) => {
    const lower = word.toLowerCase();
    const singular = lower.replace(/s$/u, '');
    if (FAITHS.has(lower) || FAITHS.has(singular)) return true;
    if (demonym === 0) return false;
    return [lower, singular].some((w) => ((lexicon.names.get(w) ?? 0) & demonym) !== 0);
  };
}

/** Returns mentions with those made only of group words retyped as MISC, and a country cut off a group. */
export function retypeGroupNames(mentions: readonly EntityMention[], lexicon: Gazetteer): EntityMention[] {
  const isGroupWord = groupWordTest(lexicon);
  const country = categoryMask(lexicon, 'country');
  const isCountry = (word: string): boolean =>
    country !== 0 && ((lexicon.names.get(word.toLowerCase()) ?? 0) & country) !== 0;
  return mentions.flatMap((m): EntityMention[] => {
    if (m.type === 'LAW') return [m];
    const words = m.text.split(/\s+/u);
    if (words.every(isGroupWord)) return [{ ...m, type: 'MISC' }];
    const [first = '', ...rest] = words;
    if (rest.length === 0 || !isCountry(first) || !rest.every(isGroupWord)) return [m];
    const gap = /^\S+\s+/u.exec(m.text)?.[0].length ?? first.length + 1;
    return [
      { ...m, type: 'LOC', end: m.start + first.length, text: first },
      { ...m, type: 'MISC', start: m.start + gap, text: m.text.slice(gap) },
    ];
  });
}

function categoryMask(lexicon: Gazetteer, category: string): number {
  const c = lexicon.categories.indexOf(category);
  return c < 0 ? 0 : 1 << c;
}
