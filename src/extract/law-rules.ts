// Rules for laws and acts, which CoNLL-2003 has no type for: a run of capitalised words
// ending in Act, Law, Code, Directive... ("Uyghur Forced Labor Prevention Act", "Modern
// Slavery Act 2015", "National Security Law"), an optional "Section 307 of the" before it, and
// EU legislation by number ("Regulation (EU) 2024/3015").

/** A law found in text, with [start, end) offsets. */
export interface LawMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A capitalised word ("U.S." may keep its last dot, "China." may not: that dot ends a
// sentence), or a number inside a name; words are separated by spaces, never a line break.
const CAP = String.raw`(?:\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}'’-]*|\d{1,4}(?=[ \t]+\p{Lu}))`;
const SP = String.raw`[ \t\u00a0]+`;
const LINK = String.raw`(?:of|on|and|for|the|to|in|against|with|&)`;
// Not "Convention": a party's convention is an event far more often than a treaty.
const KEYWORD = String.raw`(?:Act|Law|Code|Directive|Regulation|Treaty|Ordinance|Statute|Bill|Protocol)`;
const NAMED = new RegExp(
  String.raw`(?:${CAP}${SP}(?:${LINK}${SP})*)*?${CAP}${SP}${KEYWORD}(?![\p{L}\p{N}])(?:,?${SP}(?:of${SP})?(?:1[89]|20)\d\d(?!\d))?`,
  'gu',
);
const EU_NUMBERED = new RegExp(
  String.raw`\b(?:(?:Commission|Council)\s+(?:Implementing\s+|Delegated\s+)?)?(?:Regulation|Directive|Decision)` +
    String.raw`\s+\(\s*(?:EU|EC|EEC|Euratom)\s*\)\s+(?:No\.?\s*)?\d{1,4}\/\d{1,4}(?:\/\w+)?`,
  'gu',
);
const SECTION_BEFORE =
  /\b(?:Section|Article|Title|Chapter|Part|Clause|Schedule|Paragraph)\s+\d+[A-Za-z]?(?:\(\w+\))*\s+of\s+(?:the\s+)?$/u;
const NEXT_NAME = /^\s+\p{Lu}\p{Ll}/u;
// Capitalised words that open a sentence or clause rather than a law's name.
const OPENERS = new Set(
  'The A An In Under Its Their His Her Our By But And From With After Before Since Under Through Despite This That These Those When While If As At On For To Of New'.split(
    ' ',
  ),
);

/** Returns the laws named in text, in order, without overlaps. */
export function findLaws(text: string): LawMatch[] {
  const found: LawMatch[] = [];
  for (const m of text.matchAll(EU_NUMBERED)) found.push(lawAt(text, m.index, m.index + m[0].length));
  for (const m of text.matchAll(NAMED)) {
    if (NEXT_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const start = trimOpeners(text, m.index, m.index + m[0].length);
    if (start < 0) continue;
    const section = SECTION_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    found.push(lawAt(text, section === null ? start : start - section[0].length, m.index + m[0].length));
  }
  return dropOverlaps(found);
}

// Moves the start past opening words and past any possessive ("Britain's Modern Slavery
// Act"); returns -1 when no name is left before the keyword.
function trimOpeners(text: string, start: number, end: number): number {
  const words = [...text.slice(start, end).matchAll(/\S+/gu)];
  let k = 0;
  for (let j = 0; j < words.length; j++) {
    const word = words[j]?.[0] ?? '';
    // After a possessive, or at a "the" that no linking word leads into, the name starts anew.
    if (/['’]s$/u.test(word) || (word === 'the' && j > 0 && /^\p{Lu}/u.test(words[j - 1]?.[0] ?? '')))
      k = j + 1;
  }
  while (k < words.length && (OPENERS.has(words[k]?.[0] ?? '') || /^\p{Ll}/u.test(words[k]?.[0] ?? '')))
    k += 1;
  const keyword = words.findIndex((w) => new RegExp(`^${KEYWORD}$`, 'u').test(w[0]));
  if (k >= keyword || words[k] === undefined) return -1;
  return start + (words[k]?.index ?? 0);
}

function lawAt(text: string, start: number, end: number): LawMatch {
  return { start, end, text: text.slice(start, end) };
}

function dropOverlaps(found: LawMatch[]): LawMatch[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LawMatch[] = [];
  for (const m of sorted) if (out.every((o) => m.end <= o.start || m.start >= o.end)) out.push(m);
  return out;
}
