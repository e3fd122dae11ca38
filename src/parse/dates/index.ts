// dates/: every date form feeds use, read to a UTC instant. Pure, allocation-light and strict:
// each form is one anchored, precompiled pattern and the whole text must match; the two shapes
// nearly every feed uses are read first by fast-path.ts without a regex. There is no
// Date.parse fallback: it is implementation-defined and accepts garbage ("1", "x 2012").
// Forms: rfc822.ts (day-first, incl. Greek and other localised month names), month-first.ts,
// asctime.ts, w3dtf.ts (ISO 8601 with four-digit years), iso-truncated.ts (two-digit years),
// localised.ts (Korean, "2004-július-13"), perforce.ts ("2006/09/15").
import { parseAsctime } from './asctime.ts';
import { readIsoTimestamp, readRfc1123 } from './fast-path.ts';
import { parseTruncatedIso } from './iso-truncated.ts';
import { parseKorean, parseNamedMonthIso } from './localised.ts';
import { parseMonthFirst } from './month-first.ts';
import { parsePerforce } from './perforce.ts';
import { parseRfc822 } from './rfc822.ts';
import { parseW3dtf } from './w3dtf.ts';

type FormParser = (text: string) => number | null;

// The first character picks the candidates, commonest form first.
const DIGIT_FIRST: readonly FormParser[] = [
  readIsoTimestamp,
  parseW3dtf,
  parseRfc822,
  parseTruncatedIso,
  parseKorean,
  parseNamedMonthIso,
  parsePerforce,
];
const HYPHEN_FIRST: readonly FormParser[] = [parseTruncatedIso];
const WORD_FIRST: readonly FormParser[] = [
  readRfc1123,
  parseRfc822,
  parseMonthFirst,
  parseAsctime,
  parsePerforce,
];

// Longer texts are not dates; the bound also caps the regex work garbage can cause.
const MAX_DATE_LENGTH = 128;

function candidatesFor(firstChar: number): readonly FormParser[] {
  if (firstChar >= 48 && firstChar <= 57) return DIGIT_FIRST;
  return firstChar === 45 ? HYPHEN_FIRST : WORD_FIRST;
}

/** Returns the UTC instant text names, or null when it cannot be read as a date. Never throws. */
export function parseFeedDate(text: string): Date | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_DATE_LENGTH) return null;
  for (const parse of candidatesFor(trimmed.charCodeAt(0))) {
    const ms = parse(trimmed);
    if (ms !== null) return new Date(ms);
  }
  return null;
}
