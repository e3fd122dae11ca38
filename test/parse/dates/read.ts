// The reading every date test asserts: the ISO string of the instant, or null.
import { parseFeedDate } from '../../../src/parse/dates/index.ts';

/** Returns parseFeedDate(text) as an ISO string, or null when it is rejected. */
export function readIso(text: string): string | null {
  return parseFeedDate(text)?.toISOString() ?? null;
}
