// Sentence spans with offsets into the original text. Rules, not a model: a sentence ends
// at . ! or ? followed by space and a capital, digit or quote, or at a line break, unless
// the dot closes a known abbreviation or a single initial ("U.S.", "Mr.", "J. Smith").

export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col capt sgt const st jr sr co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const BOUNDARY = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n+/gu;

/** Returns the sentences of text with their offsets, trimmed, empty ones dropped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].trimEnd().length;
    if (m[0].startsWith('.') && isAbbreviationBefore(text, m.index)) continue;
    pushTrimmed(spans, text, start, end);
    start = m.index + m[0].length;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  if (word === undefined) return false;
  return word.length === 1 ? /\p{Lu}/u.test(word) : ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body !== '') spans.push({ text: body, start: start + lead, end: start + lead + body.length });
}
