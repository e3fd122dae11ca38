// People named with an honorific ("Sir Geoffrey Nice QC", "Dame Helena Kennedy", "Dr Adrian
// Zenz"): the tagger, which met few knights in Reuters text, may take the whole run of
// capitals for an organisation. An honorific before a capitalised name says it is a person.
import type { EntityMention, SentenceSpan } from '../model/entity.ts';
import { isPostNominal, isTitle } from './honorifics.ts';
import { endsWithHead } from './org-heads.ts';

// Honorifics of people only: job titles ("General", "Judge", "President") also begin the
// names of firms and bodies ("General Motors"), and "Miss" and "Madame" those of contests and
// museums ("Miss World", "Madame Tussauds"), so they are left to the tagger.
const HONORIFICS =
  'Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Rev|Revd|Reverend|Mme|Herr|Frau';
// A capitalised word ("Nice", "McDonald", "O'Brien") or an initial ("J." or "J"); "QC" is not one.
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*|\p{Lu}\.|\p{Lu}(?=\s)`;
const BLANK = String.raw`[ \t\u00a0]+`;
const HONORIFIC_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${HONORIFICS})\.?${BLANK}((?:${NAME_WORD})(?:${BLANK}(?:${NAME_WORD})){0,3})((?:,?${BLANK}\p{Lu}{2,4}(?![\p{L}\p{N}]))*)`,
  'gu',
);
// Words that may follow a name in capitals without being part of it.
const NOT_NAME_WORDS = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December The A An And Or But Of In On At For To'
  ).split(' '),
);

/** A person found by honorific: [start, end) covers honorific, name and post-nominals; the name alone is [nameStart, nameEnd). */
export interface HonorificName {
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly nameEnd: number;
}

// Last words of places, prizes and bodies named after a person ("Lady Margaret Hall").
const NAMED_AFTER = new Set(
  'Hall House Road Street Square Park Prize Award Lecture Cup Trophy Stakes'.split(' '),
);

function isNamedAfter(name: string): boolean {
  return endsWithHead(name) || NAMED_AFTER.has(name.split(/\s+/u).pop() ?? '');
}

/** Returns the honorific-led names in text. */
export function findHonorificNames(text: string): HonorificName[] {
  const out: HonorificName[] = [];
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const name = m[1] ?? '';
    const [skip, kept] = nameWithin(name);
    if (kept === 0 || isNamedAfter(name.slice(skip, skip + kept))) continue;
    const nameStart = m.index + m[0].indexOf(name) + skip;
    const letters = m[2] ?? '';
    const hasLetters = letters.split(/[\s,]+/u).every((w) => w === '' || isPostNominal(w));
    const nameEnd = nameStart + kept;
    const isWhole = skip + kept === name.length && hasLetters;
    out.push({ start: m.index, end: isWhole ? nameEnd + letters.length : nameEnd, nameStart, nameEnd });
  }
  return out;
}

// Where the name proper lies in the capitalised words after the honorific, as [offset, length]:
// more titles go ("Lord Justice Leveson"), and it ends at a possessive or at a word that cannot
// be part of it (a day, a month, a small word).
function nameWithin(words: string): [number, number] {
  const parts = words.split(/(\s+)/u);
  let offset = 0;
  while (parts.length > 2 && isTitle(parts[0] ?? ''))
    offset += (parts.shift() ?? '').length + (parts.shift() ?? '').length;
  if (isTitle(parts[0] ?? '')) return [offset, 0];
  let length = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const word = parts[k] ?? '';
    if (NOT_NAME_WORDS.has(word)) break;
    const possessive = /['’]s$/u.test(word);
    length += (k > 0 ? (parts[k - 1] ?? '').length : 0) + word.length - (possessive ? 2 : 0);
    if (possessive) break;
  }
  return [offset, length];
}

/**
 * Returns mentions with every honorific-led name made a person: the tagger's mention that
 * begins there, of another type, is retyped and trimmed to the name as CoNLL mostly marks
 * names (no honorific, no letters); where the tagger found nothing, the name is added.
 */
export function addHonorificNames(
  mentions: readonly EntityMention[],
  found: readonly HonorificName[],
  sentenceAt: (offset: number) => SentenceSpan,
  text: string,
): EntityMention[] {
  let out = [...mentions];
  for (const h of found) {
    const inside = out.filter((m) => m.start < h.end && h.start < m.end);
    if (inside.some((m) => m.start < h.start || m.end > h.end || m.type === 'LAW')) continue;
    const head = inside.find((m) => (m.start === h.start || m.start === h.nameStart) && m.end > h.nameStart);
    // A person the tagger found is left as it marked it (CoNLL itself sometimes keeps "Miss").
    if ((inside.length > 0 && head === undefined) || head?.type === 'PER') continue;
    const end = head === undefined ? h.nameEnd : Math.min(head.end, h.nameEnd);
    const person: EntityMention = {
      ...(head ?? { confidence: 0.7, source: 'rule' as const }),
      text: text.slice(h.nameStart, end),
      type: 'PER',
      start: h.nameStart,
      end,
      sentence: sentenceAt(h.nameStart),
    };
    out = [...out.filter((m) => m !== head), person];
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
