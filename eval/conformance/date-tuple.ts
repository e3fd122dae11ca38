// feedparser's `*_parsed` values: a time.struct_time in UTC, compared as a 9-tuple
// (year, month, day, hour, minute, second, weekday with Monday = 0, day of the year, isdst = 0).

const DAY_MS = 86_400_000;

/** Returns the 9-tuple for an ISO-8601 instant, or null when iso is not a valid date. */
export function isoToStructTime(iso: string): number[] | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(year, 0, 1);
  const yearDay = Math.floor((ms - startOfYear.getTime()) / DAY_MS) + 1;
  return [
    year,
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yearDay,
    0,
  ];
}
