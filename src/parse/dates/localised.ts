// Dates written with words of one language around ISO-like fields:
// - Korean OnBlog "2004년 05월 28일  01:31:15" and Nate "2004-05-25 오후 11:23:17" (오전 = AM,
//   오후 = PM); neither names a zone, and both are Korean Standard Time (+09:00).
// - A month name between year and day, as Hungarian feeds write "2004-július-13T9:15-05:00".
// (Greek "Κυρ, 11 Ιούλ 2004 12:00:00 EST" is day-first: rfc822.ts with months.ts reads it.)
import { instantOf } from './calendar.ts';
import { CLOCK_EXTENDED, parseClock, toTwentyFourHour } from './clock.ts';
import { instantOfParts } from './instant-of-parts.ts';
import { monthNumber } from './months.ts';
import { ISO_TIME_TAIL } from './w3dtf.ts';

const KST = 9 * 60;
const MERIDIEM_PM = '오후';

const ONBLOG_RE = new RegExp(
  `^(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일(?:\\s+(${CLOCK_EXTENDED}))?$`,
  'u',
);
const NATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(오전|오후)\s*(\d{1,2}:\d{2}(?::\d{2})?)$/u;
const NAMED_MONTH_ISO_RE = new RegExp(`^(\\d{4})-([\\p{L}\\p{M}]+)\\.?-(\\d{1,2})${ISO_TIME_TAIL}`, 'iu');

/** Returns the epoch ms of a Korean OnBlog or Nate date (KST), or null when text is not one. */
export function parseKorean(text: string): number | null {
  const onblog = ONBLOG_RE.exec(text);
  if (onblog !== null) {
    const [, year, month, day, clock] = onblog;
    const msOfDay = clock === undefined ? 0 : parseClock(clock);
    return msOfDay < 0 ? null : instantOf(Number(year), Number(month), Number(day), msOfDay, KST);
  }
  const nate = NATE_RE.exec(text);
  if (nate === null) return null;
  const [, year, month, day, meridiem, clock] = nate;
  // A 12-hour dial: 오전 12:30 is 00:30, 오후 11:23 is 23:23.
  const msOfDay = toTwentyFourHour(parseClock(clock ?? ''), meridiem === MERIDIEM_PM);
  return msOfDay < 0 ? null : instantOf(Number(year), Number(month), Number(day), msOfDay, KST);
}

/** Returns the epoch ms of a "year-monthname-day" date in any feed language, or null when text is not one. */
export function parseNamedMonthIso(text: string): number | null {
  const m = NAMED_MONTH_ISO_RE.exec(text);
  if (m === null) return null;
  const month = monthNumber(m[2] ?? '');
  if (month === 0) return null;
  return instantOfParts(Number(m[1]), month, Number(m[3]), m[4], m[5]);
}
