// Zone designators: numeric offsets ("+0100", "-01:01", "+01", "Z"), "GMT-01:01",
// "Etc/GMT", and the abbreviations feeds use. Offsets are minutes east of UTC.
// Spec: https://www.rfc-editor.org/rfc/rfc5322#section-3.3 and section 4.3 (obsolete zones).

/** A zone designator, for composing bigger patterns (validated by parseZone). */
export const ZONE_PATTERN = '(?:[+-]\\d{1,2}(?::?\\d{2})?|(?:etc/)?[a-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)';

const H = 60;
// RFC 822 names first, then abbreviations common in feeds. Where an abbreviation is ambiguous
// the RFC or the commonest feed producer wins: CST is US Central (RFC 822), not China;
// IST is India, not Ireland or Israel; BST is British Summer Time.
// prettier-ignore
const NAMED_ZONES = new Map<string, number>([
  ['ut', 0], ['utc', 0], ['gmt', 0], ['z', 0], ['zulu', 0], ['wet', 0],
  ['ast', -4 * H], ['adt', -3 * H], ['at', -4 * H],
  ['est', -5 * H], ['edt', -4 * H], ['et', -5 * H],
  ['cst', -6 * H], ['cdt', -5 * H], ['ct', -6 * H],
  ['mst', -7 * H], ['mdt', -6 * H], ['mt', -7 * H],
  ['pst', -8 * H], ['pdt', -7 * H], ['pt', -8 * H],
  ['akst', -9 * H], ['akdt', -8 * H], ['hst', -10 * H],
  ['nst', -3.5 * H], ['ndt', -2.5 * H], ['brt', -3 * H], ['art', -3 * H],
  ['bst', 1 * H], ['west', 1 * H], ['cet', 1 * H], ['met', 1 * H], ['mez', 1 * H], ['wat', 1 * H],
  ['cest', 2 * H], ['mest', 2 * H], ['mesz', 2 * H], ['eet', 2 * H], ['cat', 2 * H], ['sast', 2 * H],
  ['eest', 3 * H], ['msk', 3 * H], ['eat', 3 * H],
  ['pkt', 5 * H], ['ist', 5.5 * H], ['ict', 7 * H], ['wib', 7 * H],
  ['hkt', 8 * H], ['sgt', 8 * H], ['pht', 8 * H], ['awst', 8 * H],
  ['jst', 9 * H], ['kst', 9 * H], ['acst', 9.5 * H], ['acdt', 10.5 * H],
  ['aest', 10 * H], ['aedt', 11 * H], ['nzst', 12 * H], ['nzdt', 13 * H],
]);

const OFFSET_RE = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

// "+0100", "-01:01", "+1": minutes east of UTC, or null when hours or minutes are out of range.
function parseNumericOffset(text: string): number | null {
  const m = OFFSET_RE.exec(text);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  const offset = hours * H + minutes;
  return m[1] === '-' ? -offset : offset;
}

function isUniversalName(name: string): boolean {
  return name === 'gmt' || name === 'utc' || name === 'ut';
}

/**
 * Returns the offset in minutes east of UTC that a zone designator names, or null when it is
 * malformed. An unknown alphabetic name (and any military letter but Z) reads as UTC, as
 * RFC 5322 section 4.3 asks ("-0000": the local offset is unknown).
 */
export function parseZone(text: string): number | null {
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) return parseNumericOffset(text);
  const lower = text.toLowerCase();
  const isPosix = lower.startsWith('etc/');
  const start = isPosix ? 4 : 0;
  let end = start;
  while (end < lower.length && lower.charCodeAt(end) >= 97 && lower.charCodeAt(end) <= 122) end++;
  const name = lower.slice(start, end);
  if (end === lower.length) return NAMED_ZONES.get(name) ?? 0;
  if (!isUniversalName(name)) return null;
  const offset = parseNumericOffset(lower.slice(end));
  // The tz database's Etc/GMT+5 is five hours *behind* UTC (POSIX sign convention).
  return offset === null ? null : isPosix ? -offset : offset;
}
