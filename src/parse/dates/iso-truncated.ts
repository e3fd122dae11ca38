// ISO 8601:2000's truncated forms with an implied century: "031231", "03-12-31", ordinal
// "03335" / "03-335", and year-month "-0312" / "-03-12". ISO 8601:2004 withdrew them; old
// feeds still carry them. The implied century is read as 2000 (parse/ has no clock to ask).
// Forms that need today's date to complete them ("--12-31", "---31", "-335") are refused.
import { instantOfOrdinalParts, instantOfParts } from './instant-of-parts.ts';
import { ISO_TIME_TAIL } from './w3dtf.ts';

// Groups: 1–3 YYMMDD; 4 YY, 5 hyphen, 6 DDD; 7–8 -YYMM; 9 clock; 10 zone.
const TRUNCATED_RE = new RegExp(
  '^(?:(\\d{2})-?(\\d{2})-?(\\d{2})|(\\d{2})(-?)(\\d{3})|-(\\d{2})-?(\\d{2}))' + ISO_TIME_TAIL,
  'i',
);

const IMPLIED_CENTURY = 2000;
const DIGIT_ONE = 49;
const DIGIT_TWO = 50;

// "22013" reads as YYDDD (2022, day 13), but far likelier it is a year with a stray digit
// (feedparser's own test calls it "year is too long"): a bare five-digit run that starts
// like a 1xxx or 2xxx year is refused.
function looksLikeLongYear(text: string, hyphen: string): boolean {
  const lead = text.charCodeAt(0);
  return hyphen === '' && (lead === DIGIT_ONE || lead === DIGIT_TWO);
}

/** Returns the epoch ms of a truncated two-digit-year ISO 8601 date, or null when text is not one. */
export function parseTruncatedIso(text: string): number | null {
  const m = TRUNCATED_RE.exec(text);
  if (m === null) return null;
  const clock = m[9];
  const zone = m[10];
  if (m[1] !== undefined) {
    return instantOfParts(IMPLIED_CENTURY + Number(m[1]), Number(m[2]), Number(m[3]), clock, zone);
  }
  if (m[4] !== undefined) {
    if (looksLikeLongYear(text, m[5] ?? '')) return null;
    return instantOfOrdinalParts(IMPLIED_CENTURY + Number(m[4]), Number(m[6]), clock, zone);
  }
  // -YYMM names no day, so it takes no time either.
  if (clock !== undefined) return null;
  return instantOfParts(IMPLIED_CENTURY + Number(m[7]), Number(m[8]), 1, undefined, undefined);
}
