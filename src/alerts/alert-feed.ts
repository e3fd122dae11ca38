// The Atom feed of an alert, so that any feed reader can subscribe to a saved search.
// Spec: https://www.rfc-editor.org/rfc/rfc4287
import type { AlertItem } from './alert-types.ts';
import { cleanText, describeMatch, escapeMarkup, isWebUrl, itemPageUrl, titleOf } from './alert-text.ts';

export interface AlertFeedInfo {
  /** The feed's permanent IRI (`urn:newswatch:alert:3`, or a URL). */
  readonly id: string;
  readonly title: string;
  /** Where the feed itself is served. */
  readonly selfUrl: string;
  /** The newswatch web UI; entries link to its item pages. */
  readonly siteUrl: string;
}

/** Returns the Atom id of an item: a URN made from its id in the archive. */
export function alertEntryId(item: AlertItem): string {
  return `urn:newswatch:item:${item.itemId}`;
}

const element = (name: string, text: string) => `<${name}>${escapeMarkup(text)}</${name}>`;

function link(rel: string, href: string, type?: string): string {
  const typed = type ? ` type="${escapeMarkup(type)}"` : '';
  return `<link rel="${rel}"${typed} href="${escapeMarkup(href)}"/>`;
}

// The summary is plain text: the excerpt, then why it matched and the evidence to cite.
function summaryOf(item: AlertItem): string {
  const lines = [
    cleanText(item.snippet).trim(),
    `Source: ${cleanText(item.source)}`,
    `Matched by ${describeMatch(item.matchedBy)}`,
    `sha256 of the stored source: ${item.sha256}`,
  ];
  return lines.filter((line) => line !== '').join('\n');
}

// Atom requires <updated>; an undated item is dated by when the feed was made.
const updatedOf = (item: AlertItem, now: Date) => item.published ?? now.toISOString();

function entryOf(feed: AlertFeedInfo, item: AlertItem, now: Date): string {
  const page = itemPageUrl(feed.siteUrl, item);
  return [
    '<entry>',
    element('id', alertEntryId(item)),
    `<title type="text">${escapeMarkup(titleOf(item))}</title>`,
    // An entry without content must have an alternate link (RFC 4287 4.1.1): the article,
    // else the item's page.
    link('alternate', isWebUrl(item.url) ? item.url : page),
    link('related', page, 'text/html'),
    element('updated', updatedOf(item, now)),
    ...(item.published ? [element('published', item.published)] : []),
    `<author>${element('name', item.source)}</author>`,
    `<summary type="text">${escapeMarkup(summaryOf(item))}</summary>`,
    '</entry>',
  ].join('\n');
}

// The newest entry dates the feed, so an unchanged feed keeps its date between renders.
function feedUpdated(items: readonly AlertItem[], now: Date): string {
  let newest: string | null = null;
  for (const item of items) {
    const updated = updatedOf(item, now);
    if (newest === null || Date.parse(updated) > Date.parse(newest)) newest = updated;
  }
  return newest ?? now.toISOString();
}

/** Returns an Atom 1.0 document listing the items, newest first as given. */
export function renderAlertFeed(feed: AlertFeedInfo, items: readonly AlertItem[], now: Date): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.id),
    `<title type="text">${escapeMarkup(feed.title)}</title>`,
    link('self', feed.selfUrl, 'application/atom+xml'),
    link('alternate', feed.siteUrl, 'text/html'),
    element('updated', feedUpdated(items, now)),
    `<author>${element('name', 'newswatch')}</author>`,
    element('generator', 'newswatch'),
    ...items.map((item) => entryOf(feed, item, now)),
    '</feed>',
    '',
  ].join('\n');
}
