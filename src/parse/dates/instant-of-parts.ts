// The step every form ends with: captured date fields, clock text and zone text → epoch ms.
// An absent clock is midnight and an absent zone is UTC, as feedparser reads them.
import { instantOf, instantOfOrdinal } from './calendar.ts';
import { parseClock } from './clock.ts';
import { parseZone } from './zones.ts';

/** Returns the epoch ms of a calendar date with optional clock and zone texts, or null when one is invalid. */
export function instantOfParts(
  year: number,
  month: number,
  day: number,
  clock: string | undefined,
  zone: string | undefined,
): number | null {
  const msOfDay = clock === undefined ? 0 : parseClock(clock);
  const offset = zone === undefined ? 0 : parseZone(zone);
  if (msOfDay < 0 || offset === null) return null;
  return instantOf(year, month, day, msOfDay, offset);
}

/** Returns the epoch ms of an ordinal date with optional clock and zone texts, or null when one is invalid. */
export function instantOfOrdinalParts(
  year: number,
  dayOfYear: number,
  clock: string | undefined,
  zone: string | undefined,
): number | null {
  const msOfDay = clock === undefined ? 0 : parseClock(clock);
  const offset = zone === undefined ? 0 : parseZone(zone);
  if (msOfDay < 0 || offset === null) return null;
  return instantOfOrdinal(year, dayOfYear, msOfDay, offset);
}
