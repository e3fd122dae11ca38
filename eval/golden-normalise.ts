// The normalisations the golden comparison applies to both sides before comparing, so that a field
// agrees when it means the same thing, not only when it is spelt the same way:
// - text and HTML fields: compared as the text a reader would see: tags dropped (a space for block
//   elements and <br>), script/style content dropped, entities decoded, Unicode NFC, whitespace
//   runs collapsed to one space, trimmed. Sanitising, attribute order, relative vs absolute URLs
//   inside markup and escaped-vs-CDATA spelling therefore do not count as disagreements.
// - identifiers and URLs: trimmed only (a relative URL kept as-is still differs from an absolute one).
// - dates: the instant (ISO-8601 UTC, millisecond precision), never the spelling.
// - language tags: lower case (BCP 47 tags are case-insensitive); numbers: as integers.
// - lists (categories, people, links, enclosures): each element normalised, sorted, then joined;
//   an enclosure length of 0 (the usual "unknown") counts as absent; a link's rel defaults to
//   alternate, and its other attributes are compared only where the peer's expectation uses them.
// - HTML fields are also compared by the href/src URLs in their markup (`<field>.urls`) where the
//   peer resolves relative URLs (gofeed), so that xml:base handling is measured.
import { Parser } from 'htmlparser2';

const BLOCK = new Set(
  'p|div|br|li|ul|ol|tr|td|th|table|h1|h2|h3|h4|h5|h6|blockquote|section|article|pre|hr|dd|dt|figure|figcaption'.split(
    '|',
  ),
);
const HIDDEN = new Set(['script', 'style']);

/** Returns the visible text of an HTML or text value, normalised; null when there is none. */
export function visibleText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (HIDDEN.has(name)) hidden += 1;
        if (BLOCK.has(name)) parts.push(' ');
      },
      onclosetag: (name) => {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCK.has(name)) parts.push(' ');
      },
      ontext: (text) => {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(value);
  parser.end();
  return collapsed(parts.join(''));
}

/** Returns the href and src URLs in an HTML value, sorted; null when there are none. */
export function linkedUrls(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const urls: string[] = [];
  const parser = new Parser({
    onattribute: (name, url) => {
      if ((name === 'href' || name === 'src') && url.trim() !== '') urls.push(url.trim());
    },
  });
  parser.write(value);
  parser.end();
  return sortedList(urls);
}

/** Returns text with whitespace runs collapsed, NFC-normalised and trimmed; null when empty. */
export function collapsed(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Returns an identifier or URL trimmed; null when empty. */
export function trimmed(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** Returns the instant a date string denotes as ISO-8601 UTC, or null when it denotes none. */
export function instant(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Returns a language tag in lower case, with `_` read as `-`. */
export function language(value: string | null | undefined): string | null {
  return trimmed(value)?.toLowerCase().replace(/_/g, '-') ?? null;
}

/** Returns a whole number written without leading zeros or fraction, or null. */
export function integer(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number.parseInt(value.trim(), 10);
  return Number.isFinite(number) ? String(Math.trunc(number)) : null;
}

/**
 * Returns the number of a version so that "0.90" and "0.9" agree, and a suffix naming a
 * dialect ("0.91n" for Netscape's RSS 0.91) is left out; other strings trimmed.
 */
export function version(value: string | null | undefined): string | null {
  const text = trimmed(value);
  if (text === null) return null;
  const number = /^\d+(\.\d+)?/.exec(text)?.[0];
  if (number === undefined) return text;
  const parsed = Number(number);
  return Number.isInteger(parsed) ? parsed.toFixed(1) : String(parsed);
}

/** Returns the non-null values sorted and joined with " | ", or null when there are none. */
export function sortedList(values: readonly (string | null)[]): string | null {
  const present = values.filter((value): value is string => value !== null);
  return present.length === 0 ? null : present.sort().join(' | ');
}

/** Returns the non-null values in their order joined with " | ", or null when there are none. */
export function orderedList(values: readonly (string | null)[]): string | null {
  const present = values.filter((value): value is string => value !== null);
  return present.length === 0 ? null : present.join(' | ');
}

/** Returns the parts joined with " ", the empty ones left out; null when all are empty. */
export function joinParts(parts: readonly (string | null)[]): string | null {
  const present = parts.filter((part): part is string => part !== null);
  return present.length === 0 ? null : present.join(' ');
}
