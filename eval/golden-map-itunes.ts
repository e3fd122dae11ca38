// iTunes podcast fields, which rss-parser (`itunes`) and gofeed (`itunesExt`) both keep as the raw
// strings of the feed; ours are typed (explicit as a boolean, keywords as a list).
import type { ItunesInfo } from '../src/model/index.ts';
import { check, type FieldCheck } from './golden-check.ts';
import { asText, getString, type JsonObject } from './golden-json.ts';
import { collapsed, sortedList, trimmed, visibleText } from './golden-normalise.ts';

/** Returns the checks of one iTunes block (feed or item level) against ours. */
export function checkItunes(
  prefix: string,
  expected: JsonObject | null,
  ours: ItunesInfo | null,
): FieldCheck[] {
  return [
    check(`${prefix}.author`, visibleText(getString(expected, 'author')), visibleText(ours?.author)),
    check(`${prefix}.image`, trimmed(getString(expected, 'image')), trimmed(ours?.image)),
    check(`${prefix}.explicit`, explicitFlag(getString(expected, 'explicit')), flag(ours?.explicit)),
    check(`${prefix}.duration`, collapsed(getString(expected, 'duration')), collapsed(ours?.duration)),
    check(`${prefix}.subtitle`, visibleText(getString(expected, 'subtitle')), visibleText(ours?.subtitle)),
    check(`${prefix}.summary`, visibleText(getString(expected, 'summary')), visibleText(ours?.summary)),
    check(
      `${prefix}.keywords`,
      keywords(expected?.['keywords']),
      sortedList((ours?.keywords ?? []).map(collapsed)),
    ),
  ];
}

/** Returns "true"/"false" for the spellings of itunes:explicit, null for anything else. */
export function explicitFlag(raw: string | null): string | null {
  const value = raw?.trim().toLowerCase() ?? '';
  if (['yes', 'true', 'explicit'].includes(value)) return 'true';
  if (['no', 'false', 'clean'].includes(value)) return 'false';
  return null;
}

function flag(value: boolean | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Returns keywords given as a list or a comma-separated string, sorted. */
function keywords(value: unknown): string | null {
  const list = Array.isArray(value) ? value.map(asText) : (asText(value)?.split(',') ?? []);
  return sortedList(list.map((keyword) => collapsed(keyword)));
}
