// Day-first dates: RFC 822 / 1123 / 2822 / 5322 and the variants feeds write.
// Spec: https://www.rfc-editor.org/rfc/rfc5322#section-3.3
// Accepted beyond the grammar: any weekday word (or none, never checked against the date:
// feeds get it wrong), full or localised month names ("26 January 2004", "11 Ιούλ 2004"),
// "13 Feb, 2012", "01-Jan-04" (RFC 850), missing seconds, a missing time (midnight UTC),
// 2- and 3-digit years, a basic-form time ("1500"), AM/PM, and a trailing "(comment)".
import { CLOCK_ANY } from './clock.ts';
import { instantOfParts } from './instant-of-parts.ts';
import { monthNumber } from './months.ts';
import { ZONE_PATTERN } from './zones.ts';

// A leading weekday word ("Thu,", "Κυρ,", "Seg,"), never checked against the date.
const WEEKDAY_PREFIX = '(?:[\\p{L}\\p{M}]+\\.?,?\\s*)?';
// Time then zone at the end, with an optional RFC 5322 comment; captures clock and zone.
const CLOCK_AND_ZONE_TAIL = `(?:,?\\s+(?:at\\s+)?(${CLOCK_ANY})(?:\\s*(${ZONE_PATTERN}))?)?(?:\\s*\\([^)]*\\))?$`;

const DAY_FIRST_RE = new RegExp(
  `^${WEEKDAY_PREFIX}(\\d{1,2})(?:\\s+|-)([\\p{L}\\p{M}]+)\\.?(?:,?\\s+|-)(\\d{2,4})${CLOCK_AND_ZONE_TAIL}`,
  'iu',
);

// The year an RFC 5322 section 4.3 year field names: 2 digits → 1950–2049, 3 digits → +1900.
function expandMailYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  return digits.length === 3 ? 1900 + year : year;
}

/** Returns the epoch ms of a day-first RFC 822 style date, or null when text is not one. */
export function parseRfc822(text: string): number | null {
  const m = DAY_FIRST_RE.exec(text);
  if (m === null) return null;
  const month = monthNumber(m[2] ?? '');
  if (month === 0) return null;
  return instantOfParts(expandMailYear(m[3] ?? ''), month, Number(m[1]), m[4], m[5]);
}
