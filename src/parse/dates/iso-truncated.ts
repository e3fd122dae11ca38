// ISO 8601:2000's truncated forms with an implied century: "031231", "03-12-31", ordinal
// "03335" / "03-335", and year-month "-0312" / "-03-12". ISO 8601:2004 withdrew them; old
// feeds still carry them. The implied century is read as 2000 (parse/ has no clock to ask).
// Forms that need today's date to complete them ("--12-31", "---31", "-335") are refused.
import { instantOfOrdinalParts, instantOfParts } from './instant-of-parts.ts';
import { ISO_TIME_TAIL } from './w3dtf.ts';

// Groups: 1 YY, 2 hyphen or none, 3 MM, 4 DD (the same separator twice, by backreference);
// 5 YY, 6 hyphen or none, 7 DDD; 8–9 -YYMM; 10 clock; 11 zone.
const TRUNCATED_RE = new RegExp(
  '^(?:(\\d{2})(-?)(\\d{2})\\2(\\d{2})|(\\d{2})(-?)(\\d{3})|-(\\d{2})-?(\\d{2}))' + ISO_TIME_TAIL,
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
  const clock = m[10];
  const zone = m[11];
  if (m[1] !== undefined) {
    return instantOfParts(IMPLIED_CENTURY + Number(m[1]), Number(m[3]), Number(m[4]), clock, zone);
  }
  if (m[5] !== undefined) {
    if (looksLikeLongYear(text, m[6] ?? '')) return null;
    return instantOfOrdinalParts(IMPLIED_CENTURY + Number(m[5]), Number(m[7]), clock, zone);
  }
  // -YYMM names no day, so it takes no time either.
  if (clock !== undefined) return null;
  return instantOfParts(IMPLIED_CENTURY + Number(m[8]), Number(m[9]), 1, undefined, undefined);
}
