// W3C-DTF and the ISO 8601 forms with a four-digit year: "2003", "2003-12", "2003-12-31",
// "20031231", ordinal "2003-335" / "2003335", then a time ("T" or spaces, as MSSQL writes it)
// with optional fraction and zone ("Z", "+08:00", "-0800", " EST"). Also the "2003-012-31"
// quirk (a zero-padded three-digit month) and unpadded "2012-1-5". The whole text must
// match: no trailing garbage.
// Spec: https://www.w3.org/TR/NOTE-datetime and ISO 8601:2004 sections 4.1.2–4.3.
import { CLOCK_ANY } from './clock.ts';
import { instantOfOrdinalParts, instantOfParts } from './instant-of-parts.ts';
import { ZONE_PATTERN } from './zones.ts';

/** Time and zone after a complete date; the zone needs a time. Captures clock, zone. */
export const ISO_TIME_TAIL = `(?:(?:t|\\s+)(${CLOCK_ANY})(?:\\s*(${ZONE_PATTERN}))?)?$`;

// Groups: 1 year; 2–3 month-day; 4–5 quirk month-day; 6 ordinal; 7–8 basic month-day;
// 9 basic ordinal; 10 clock; 11 zone.
const W3DTF_RE = new RegExp(
  '^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?|-0(\\d{2})-(\\d{2})|-(\\d{3})|(\\d{2})(\\d{2})|(\\d{3}))?' +
    ISO_TIME_TAIL,
  'i',
);

/** Returns the epoch ms of a W3C-DTF / four-digit-year ISO 8601 date, or null when text is not one. */
export function parseW3dtf(text: string): number | null {
  const m = W3DTF_RE.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const clock = m[10];
  const zone = m[11];
  const ordinal = m[6] ?? m[9];
  if (ordinal !== undefined) return instantOfOrdinalParts(year, Number(ordinal), clock, zone);
  const day = m[3] ?? m[5] ?? m[8];
  // A time only follows a complete date: "2003-12T10:00" is not a W3C-DTF form.
  if (day === undefined && clock !== undefined) return null;
  const month = m[2] ?? m[4] ?? m[7] ?? '1';
  return instantOfParts(year, Number(month), Number(day ?? 1), clock, zone);
}
