// A golden comparison is a list of field checks: for one field of one file, the peer's expected
// value and ours, both normalised to a string (null when absent). The tally counts a check as
// compared when the expected value is present, and as "extra" when only ours is.
import type { DateValue, ParsedItem, TextConstruct } from '../src/model/index.ts';
import { asObject, type JsonObject } from './golden-json.ts';
import { collapsed, instant, linkedUrls, visibleText } from './golden-normalise.ts';

export interface FieldCheck {
  readonly field: string;
  readonly expected: string | null;
  readonly actual: string | null;
}

/** Returns the check of one field. */
export function check(field: string, expected: string | null, actual: string | null): FieldCheck {
  return { field, expected, actual };
}

/**
 * Returns the check of a date: instants when the peer could read the date, else the text as
 * written (so a date neither side reads still agrees when both kept it verbatim).
 */
export function checkDate(
  field: string,
  expectedInstant: string | null,
  expectedRaw: string | null,
  ours: DateValue | null,
): FieldCheck {
  const expected = instant(expectedInstant);
  if (expected !== null) return check(field, expected, instant(ours?.iso));
  if (expectedRaw !== null) return check(field, collapsed(expectedRaw), collapsed(ours?.raw));
  return check(field, null, instant(ours?.iso) ?? collapsed(ours?.raw));
}

/**
 * Returns the checks of a text or HTML field: its visible text, and under `<field>.urls` the
 * href/src URLs in its markup (where relative-URL resolution and xml:base show).
 */
export function checkHtml(
  field: string,
  expected: string | null,
  ours: string | null | undefined,
): FieldCheck[] {
  return [
    check(field, visibleText(expected), visibleText(ours)),
    check(`${field}.urls`, linkedUrls(expected), linkedUrls(ours)),
  ];
}

/**
 * Returns a text construct of ours as markup: plain text is escaped, so that visible-text
 * extraction keeps it verbatim ("<p>" typed as text stays "<p>"); falls back to a bare string.
 */
export function markupOf(
  construct: TextConstruct | null | undefined,
  fallback?: string | null,
): string | null {
  if (construct === null || construct === undefined) return fallback ?? null;
  if (construct.type !== 'text/plain') return construct.value;
  return construct.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Returns the item-count check, then the checks of each expected item against our item at the
 * same position (feeds keep document order; a missing item of ours compares as all-absent).
 */
export function checkItems(
  expectedItems: readonly unknown[],
  ours: readonly ParsedItem[],
  checkItem: (expected: JsonObject, ours: ParsedItem | null) => readonly FieldCheck[],
): FieldCheck[] {
  const checks = [check('items.count', String(expectedItems.length), String(ours.length))];
  expectedItems.forEach((item, index) =>
    checks.push(...checkItem(asObject(item) ?? {}, ours[index] ?? null)),
  );
  return checks;
}

/**
 * Returns the actual value for a peer field that spans several of ours (gofeed's one feed image is
 * our image, iTunes image or icon): the expected value when one of ours holds it, else our first.
 */
export function anyOf(expected: string | null, candidates: readonly (string | null)[]): string | null {
  if (expected !== null && candidates.includes(expected)) return expected;
  return candidates.find((candidate) => candidate !== null) ?? null;
}

/** Returns whether the check counts as agreement (both sides equal after normalisation). */
export function agrees(fieldCheck: FieldCheck): boolean {
  return fieldCheck.expected === fieldCheck.actual;
}
