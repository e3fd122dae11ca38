// Time decay between a document's publication date and a story's span: the same words a
// month apart are more likely a new event (a second earthquake) than a follow-up.
const DAY_MS = 86_400_000;

export interface DecayOptions {
  readonly graceDays: number;
  readonly halfLifeDays: number;
}

/** Returns the days from t to the span [first, last], 0 inside it, null when a date is unknown. */
export function daysOutside(t: number | null, first: number | null, last: number | null): number | null {
  if (t === null || first === null || last === null) return null;
  if (t < first) return (first - t) / DAY_MS;
  if (t > last) return (t - last) / DAY_MS;
  return 0;
}

/** Returns the factor (0..1] that similarity is multiplied by for a gap of days (1 when unknown). */
export function decayFactor(days: number | null, options: DecayOptions): number {
  if (days === null || days <= options.graceDays) return 1;
  return 0.5 ** ((days - options.graceDays) / options.halfLifeDays);
}

/** Returns the time of an ISO date string in milliseconds, or null when absent or unreadable. */
export function parseTime(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}
