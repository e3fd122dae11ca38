// Character-code readers for the two shapes nearly every feed date has, so the common case
// costs no regex and no substring: "2003-12-31T10:14:55(.123)(Z|+08:00)" and
// "Thu, 01 Jan 2004 19:48:21 GMT|+0000|EST". Anything else (or anything odd inside these
// shapes, such as 24:00 or :60) returns null and goes to the general readers, which agree on
// every text the fast path accepts.
import { instantOf } from './calendar.ts';
import { parseZone } from './zones.ts';

const ZERO = 48;
const MS_PER_HOUR = 3_600_000;

// English month abbreviations keyed by their three lower-cased character codes.
const MONTH_KEYS = new Map<number, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [
    monthKey(m, 0),
    i + 1,
  ]),
);

function monthKey(s: string, at: number): number {
  return ((s.charCodeAt(at) | 32) << 16) | ((s.charCodeAt(at + 1) | 32) << 8) | (s.charCodeAt(at + 2) | 32);
}

// The number two (or four) ASCII digits at `at` spell, or -1.
function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - ZERO;
  const b = s.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function digits4(s: string, at: number): number {
  const high = digits2(s, at);
  const low = digits2(s, at + 2);
  return high < 0 || low < 0 ? -1 : high * 100 + low;
}

// "10:14:55" at `at` as ms since midnight, or -1 (including 24:xx and :60, left to clock.ts).
function clockAt(s: string, at: number): number {
  if (s.charCodeAt(at + 2) !== 58 || s.charCodeAt(at + 5) !== 58) return -1;
  const h = digits2(s, at);
  const m = digits2(s, at + 3);
  const sec = digits2(s, at + 6);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return -1;
  return h * MS_PER_HOUR + m * 60_000 + sec * 1000;
}

// "+08:00" / "-0800" filling the rest of s from `at`, in minutes east, or null.
function numericOffsetAt(s: string, at: number): number | null {
  const sign = s.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return null;
  const colon = s.length - at === 6 && s.charCodeAt(at + 3) === 58;
  if (!colon && s.length - at !== 5) return null;
  const h = digits2(s, at + 1);
  const m = digits2(s, at + (colon ? 4 : 3));
  if (h < 0 || h > 23 || m < 0 || m > 59) return null;
  return sign === 45 ? -(h * 60 + m) : h * 60 + m;
}

// Where the digits of a fraction starting at `dot` end.
function fractionEnd(s: string, dot: number): number {
  let end = dot + 1;
  while (end < s.length && s.charCodeAt(end) >= ZERO && s.charCodeAt(end) <= ZERO + 9) end++;
  return end;
}

// Milliseconds from the first three digits after `dot` ("5" → 500, "1234" → 123).
function fractionMs(s: string, dot: number, end: number): number {
  let ms = 0;
  for (let i = 1, scale = 100; i <= 3; i++, scale /= 10) {
    if (dot + i < end) ms += (s.charCodeAt(dot + i) - ZERO) * scale;
  }
  return ms;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** Returns the epoch ms of a full W3C-DTF timestamp, or null when text is not exactly that shape. */
export function readIsoTimestamp(s: string): number | null {
  if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) return null;
  const year = digits4(s, 0);
  const clock = clockAt(s, 11);
  if (year < 0 || clock < 0) return null;
  const at = s.charCodeAt(19) === 46 ? fractionEnd(s, 19) : 19;
  const ms = at === 19 ? 0 : fractionMs(s, 19, at);
  const z = s.charCodeAt(at);
  const offset = (z === 90 || z === 122) && at === s.length - 1 ? 0 : numericOffsetAt(s, at);
  if (offset === null) return null;
  return instantOf(year, digits2(s, 5), digits2(s, 8), clock + ms, offset);
}

// "Ddd, DD Mmm YYYY HH:MM:SS " punctuation and the weekday's letters at their fixed places.
function hasRfc1123Frame(s: string): boolean {
  if (s.length < 27 || s.charCodeAt(3) !== 44 || s.charCodeAt(4) !== 32 || s.charCodeAt(7) !== 32)
    return false;
  if (s.charCodeAt(11) !== 32 || s.charCodeAt(16) !== 32 || s.charCodeAt(25) !== 32) return false;
  return isAsciiLetter(s.charCodeAt(0)) && isAsciiLetter(s.charCodeAt(1)) && isAsciiLetter(s.charCodeAt(2));
}

/** Returns the epoch ms of an RFC 1123 date ("Thu, 01 Jan 2004 19:48:21 GMT"), or null when not exactly that shape. */
export function readRfc1123(s: string): number | null {
  if (!hasRfc1123Frame(s)) return null;
  const month = MONTH_KEYS.get(monthKey(s, 8));
  const year = digits4(s, 12);
  const clock = clockAt(s, 17);
  if (month === undefined || year < 0 || clock < 0) return null;
  const isGmt = s.length === 29 && s.endsWith('GMT');
  // Zone names of up to five letters, as ZONE_PATTERN allows them.
  const offset = isGmt ? 0 : (numericOffsetAt(s, 26) ?? (s.length <= 31 ? parseZone(s.slice(26)) : null));
  if (offset === null) return null;
  return instantOf(year, month, digits2(s, 5), clock, offset);
}
