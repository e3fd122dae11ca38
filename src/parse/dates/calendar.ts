// Proleptic Gregorian arithmetic in plain numbers. Date.UTC is avoided on purpose: it maps
// years 0–99 to 1900–1999, and feeds do carry year 0100.

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years every ISO 8601 reader
// shares, so the result always prints as a plain four-digit toISOString().
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Returns whether year has a 29 February. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Returns the number of days in month (1–12) of year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Days from 1970-01-01 to 1 January of year: whole 400-year cycles keep every division on
// non-negative numbers, so years before 1970 need no special case.
function daysBeforeYear(year: number): number {
  const y = year - 1;
  const leapDays = Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  return y * 365 + leapDays - 719_162;
}

function clampToRange(ms: number): number | null {
  return ms < MIN_MS || ms > MAX_MS ? null : ms;
}

/**
 * Returns the epoch milliseconds of a calendar date and a time of day (ms since midnight) read
 * at offsetMinutes east of UTC, or null when a field or the result is out of range.
 */
export function instantOf(
  year: number,
  month: number,
  day: number,
  msOfDay: number,
  offsetMinutes: number,
): number | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  const leap = month > 2 && isLeapYear(year) ? 1 : 0;
  const days = daysBeforeYear(year) + (DAYS_BEFORE_MONTH[month - 1] ?? 0) + leap + day - 1;
  return clampToRange(days * MS_PER_DAY + msOfDay - offsetMinutes * MS_PER_MINUTE);
}

/** Returns the epoch milliseconds of an ordinal date (day 1–366 of year), or null when out of range. */
export function instantOfOrdinal(
  year: number,
  dayOfYear: number,
  msOfDay: number,
  offsetMinutes: number,
): number | null {
  if (year < 1 || year > 9999 || dayOfYear < 1 || dayOfYear > (isLeapYear(year) ? 366 : 365)) return null;
  const days = daysBeforeYear(year) + dayOfYear - 1;
  return clampToRange(days * MS_PER_DAY + msOfDay - offsetMinutes * MS_PER_MINUTE);
}
