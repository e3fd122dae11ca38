// Names with "and" or "&" inside, which the tagger cuts in two ("HM Revenue" and "Customs"):
// a short list of such bodies and firms, found as written and kept whole.
import type { EntityMention, EntityType, SentenceSpan } from '../model/entity.ts';

// Written with "and"; the same names with "&" are found too.
const CONJOINED: readonly (readonly [string, EntityType])[] = [
  ['HM Revenue and Customs', 'ORG'],
  ['Her Majesty’s Revenue and Customs', 'ORG'],
  ['Immigration and Customs Enforcement', 'ORG'],
  ['Customs and Border Protection', 'ORG'],
  ['Bill and Melinda Gates Foundation', 'ORG'],
  ['Procter and Gamble', 'ORG'],
  ['Johnson and Johnson', 'ORG'],
  ['Marks and Spencer', 'ORG'],
  ['Abercrombie and Fitch', 'ORG'],
  ['Standard and Poor’s', 'ORG'],
];

const PATTERNS = CONJOINED.map(([name, type]) => ({
  type,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[’']/gu, "['’]").replace(/ and /gu, ' (?:and|&) ')}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
}));

/**
 * Returns mentions with every listed name found in text made one mention, replacing the
 * parts the tagger found inside it; a longer mention around it is left alone.
 */
export function joinConjoinedNames(
  text: string,
  mentions: readonly EntityMention[],
  sentenceAt: (offset: number) => SentenceSpan,
): EntityMention[] {
  let out = [...mentions];
  for (const { type, pattern } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const inside = out.filter((d) => d.start < end && start < d.end);
      if (inside.some((d) => d.start < start || d.end > end)) continue;
      const confidence = inside.length > 0 ? Math.min(...inside.map((d) => d.confidence)) : 0.8;
      const joined = {
        text: m[0],
        type,
        start,
        end,
        sentence: sentenceAt(start),
        confidence,
        source: 'rule' as const,
      };
      out = [...out.filter((d) => !inside.includes(d)), joined];
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
