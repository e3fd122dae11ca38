// Month-first dates: JavaScript's Date.prototype.toString ("Thu Aug 30 2012 17:26:16 GMT+0200
// (CEST)"), the same with a numeric zone, and the US style "August 30th, 2012 5:26 PM".
import { CLOCK_EXTENDED } from './clock.ts';
import { monthNumber } from './months.ts';
import { instantOfParts } from './instant-of-parts.ts';
import { ZONE_PATTERN } from './zones.ts';

const MONTH_FIRST_RE = new RegExp(
  '^(?:[\\p{L}\\p{M}]+\\.?,?\\s+)?([\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})' +
    `(?:,?\\s+(?:at\\s+)?(${CLOCK_EXTENDED})(?:\\s*(${ZONE_PATTERN}))?)?(?:\\s*\\([^)]*\\))?$`,
  'iu',
);

/** Returns the epoch ms of a month-first date with a four-digit year, or null when text is not one. */
export function parseMonthFirst(text: string): number | null {
  const m = MONTH_FIRST_RE.exec(text);
  if (m === null) return null;
  const month = monthNumber(m[1] ?? '');
  if (month === 0) return null;
  return instantOfParts(Number(m[3]), month, Number(m[2]), m[4], m[5]);
}
