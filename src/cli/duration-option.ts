// Durations on the command line: "90s", "30m", "2h", "1d".
import { AppError } from '../model/index.ts';

const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Returns the seconds a duration option names. */
export function parseDuration(name: string, value: string): number {
  const m = /^(\d+)\s*([smhd])$/.exec(value.trim());
  if (!m)
    throw new AppError(
      'usage.bad_duration',
      `--${name}: '${value}' is not a duration (use 90s, 30m, 2h or 1d)`,
    );
  return Number(m[1]) * (UNITS[m[2] as string] as number);
}
