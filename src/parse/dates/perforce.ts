// Slashed year-first dates, as the Perforce changelog feed writes them:
// "Fri, 2006/09/15 08:19:53 EDT". Year first makes the field order unambiguous.
import { CLOCK_EXTENDED } from './clock.ts';
import { instantOfParts } from './instant-of-parts.ts';
import { ZONE_PATTERN } from './zones.ts';

const SLASHED_RE = new RegExp(
  '^(?:[\\p{L}\\p{M}]+\\.?,?\\s+)?(\\d{4})/(\\d{1,2})/(\\d{1,2})' +
    `(?:\\s+(${CLOCK_EXTENDED})(?:\\s*(${ZONE_PATTERN}))?)?$`,
  'iu',
);

/** Returns the epoch ms of a "YYYY/MM/DD hh:mm:ss zone" date, or null when text is not one. */
export function parsePerforce(text: string): number | null {
  const m = SLASHED_RE.exec(text);
  if (m === null) return null;
  return instantOfParts(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
}
