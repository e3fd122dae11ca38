// Whole-number options (--limit, --feed, --min-items), checked with a message naming the option.
import { AppError } from '../model/index.ts';

/** Returns value as a positive whole number, or throws naming the option. */
export function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('usage.bad_number', `--${name}: '${value}' is not a positive whole number`);
  return n;
}
