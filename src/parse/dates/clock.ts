// Times of day: "9:05", "23:56:58.25", "4:31 PM", and the basic ISO forms "1015", "101455".

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

/** A clock with colons, as RFC 822 and W3C-DTF write it; for composing bigger patterns. */
export const CLOCK_EXTENDED = '\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?';
/** CLOCK_EXTENDED or the ISO 8601 basic form without colons ("1500", "101455.5"). */
export const CLOCK_ANY = `(?:${CLOCK_EXTENDED}|\\d{4}(?:\\d{2}(?:[.,]\\d+)?)?)`;

const CLOCK_RE =
  /^(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?|(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?)(?:\s*([ap])\.?m\.?)?$/i;

// Fraction digits to milliseconds: "5" → 500, "1234" → 123 (truncated, as feeds mean it).
function fractionToMs(digits: string | undefined): number {
  if (digits === undefined) return 0;
  return Number((digits + '00').slice(0, 3));
}

/**
 * Returns the 24-hour equivalent of a 12-hour reading (hours 1–12 plus AM or PM), in ms since
 * midnight, or -1 when the hour is not 1–12.
 */
export function toTwentyFourHour(msOfDay: number, isPm: boolean): number {
  const hour = Math.floor(msOfDay / MS_PER_HOUR);
  if (hour < 1 || hour > 12) return -1;
  const rest = msOfDay - hour * MS_PER_HOUR;
  return ((hour % 12) + (isPm ? 12 : 0)) * MS_PER_HOUR + rest;
}

function msOfFields(hour: number, minute: number, second: number, ms: number): number {
  if (minute > 59 || second > 60) return -1;
  // 24:00:00 is ISO 8601's end of day; any later reading is not a time.
  if (hour > 24 || (hour === 24 && (minute | second | ms) !== 0)) return -1;
  // A leap second (:60) is kept inside its minute rather than rolling into the next day.
  const s = second === 60 ? 59 : second;
  return hour * MS_PER_HOUR + minute * MS_PER_MINUTE + s * 1000 + ms;
}

/** Returns the milliseconds since midnight that a clock reading names, or -1 when it is not one. */
export function parseClock(text: string): number {
  const m = CLOCK_RE.exec(text);
  if (m === null) return -1;
  const extended = m[1] !== undefined;
  const hour = Number(extended ? m[1] : m[5]);
  const minute = Number(extended ? m[2] : m[6]);
  const second = Number((extended ? m[3] : m[7]) ?? 0);
  const ms = msOfFields(hour, minute, second, fractionToMs(extended ? m[4] : m[8]));
  const meridiem = m[9];
  if (ms < 0 || meridiem === undefined) return ms;
  return toTwentyFourHour(ms, meridiem === 'p' || meridiem === 'P');
}
