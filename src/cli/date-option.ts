// --since and --until: an ISO date or time, or a span back from now ("7d", "12h", "2w").
import { AppError } from '../model/index.ts';

const SPAN = /^(\d+)([hdw])$/;
const HOURS = { h: 1, d: 24, w: 24 * 7 } as const;

/** Returns the ISO instant a --since/--until value names, relative spans counted from now. */
export function parseDateOption(name: string, value: string, now: Date): string {
  const span = SPAN.exec(value.trim());
  if (span) {
    const hours = Number(span[1]) * HOURS[span[2] as keyof typeof HOURS];
    return new Date(now.getTime() - hours * 3_600_000).toISOString();
  }
  const t = /^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())
    ? Date.parse(value)
    : NaN;
  if (Number.isNaN(t)) {
    throw new AppError(
      'usage.bad_date',
      `--${name}: '${value}' is not a date (use 2022-09-01, 2022-09-01T12:00Z, or a span like 7d, 12h, 2w)`,
    );
  }
  return new Date(t).toISOString();
}
