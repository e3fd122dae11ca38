// C's asctime() and its relatives, where the year comes last: "Sun Jan  4 16:29:06 2004",
// Twitter's "Sun Jul 15 01:16:00 +0000 2012", Unix date's "Sun Jan 4 16:29:06 UTC 2004".
import { CLOCK_EXTENDED } from './clock.ts';
import { monthNumber } from './months.ts';
import { instantOfParts } from './instant-of-parts.ts';
import { ZONE_PATTERN } from './zones.ts';

const ASCTIME_RE = new RegExp(
  '^(?:[\\p{L}\\p{M}]+\\.?,?\\s+)?([\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2}),?\\s+' +
    `(${CLOCK_EXTENDED})(?:\\s+(${ZONE_PATTERN}))?\\s+(\\d{4})$`,
  'iu',
);

/** Returns the epoch ms of an asctime-style date (year last), or null when text is not one. */
export function parseAsctime(text: string): number | null {
  const m = ASCTIME_RE.exec(text);
  if (m === null) return null;
  const month = monthNumber(m[1] ?? '');
  if (month === 0) return null;
  return instantOfParts(Number(m[5]), month, Number(m[2]), m[3], m[4]);
}
