// The e-mail digest of an alert batch: plain text and simple HTML (no style sheet, no remote
// images, nothing that mail clients strip), every value escaped, every item cited.
import type { AlertBatch, AlertItem } from './alert-types.ts';
import { describeMatch, escapeMarkup, isWebUrl, itemPageUrl, oneLine, titleOf } from './alert-text.ts';

export interface DigestMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface DigestOptions {
  /** The newswatch web UI: items then link to their page there too. */
  readonly siteUrl?: string;
}

const EXCERPT_CHARS = 400;
const FOOTER =
  'Sent by newswatch. Each item cites the sha256 of the source bytes it was read from, as archived.';

/** Returns an ISO-8601 date as `2030-01-02 03:04 UTC`, or `no date`. */
export function formatDigestDate(iso: string | null): string {
  const time = iso === null ? NaN : Date.parse(iso);
  if (Number.isNaN(time)) return 'no date';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function excerptOf(item: AlertItem): string {
  const text = oneLine(item.snippet);
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

function countOf(batch: AlertBatch): string {
  const n = batch.items.length;
  return `${n} new item${n === 1 ? '' : 's'}`;
}

/** Returns the subject line: one line, whatever the alert's name holds. */
function subjectOf(batch: AlertBatch): string {
  const subject = `[newswatch] ${countOf(batch)}: ${oneLine(batch.alertName)}`;
  // By code points, so that a cut never splits a surrogate pair.
  return [...subject].slice(0, 200).join('');
}

function textItem(item: AlertItem, index: number, options: DigestOptions): string {
  const lines = [
    `${index + 1}. ${titleOf(item)}`,
    `   ${oneLine(item.source)} · ${formatDigestDate(item.published)}`,
    ...(isWebUrl(item.url) ? [`   Link: ${item.url}`] : []),
    ...(options.siteUrl ? [`   In newswatch: ${itemPageUrl(options.siteUrl, item)}`] : []),
    `   Matched by ${describeMatch(item.matchedBy)}`,
    `   sha256 of the stored source: ${item.sha256}`,
  ];
  const excerpt = excerptOf(item);
  return [...lines, ...(excerpt ? [`   ${excerpt}`] : [])].join('\n');
}

function renderText(batch: AlertBatch, options: DigestOptions): string {
  const head = [
    `newswatch alert: ${oneLine(batch.alertName)}`,
    `${countOf(batch)}, ${formatDigestDate(batch.generatedAt)}`,
  ];
  const items = batch.items.map((item, i) => textItem(item, i, options));
  return [head.join('\n'), ...items, `-- \n${FOOTER}`].join('\n\n') + '\n';
}

const anchor = (href: string, text: string) => `<a href="${escapeMarkup(href)}">${escapeMarkup(text)}</a>`;

function htmlItem(item: AlertItem, options: DigestOptions): string {
  const title = isWebUrl(item.url) ? anchor(item.url, titleOf(item)) : escapeMarkup(titleOf(item));
  const page = options.siteUrl ? ` · ${anchor(itemPageUrl(options.siteUrl, item), 'in newswatch')}` : '';
  const excerpt = excerptOf(item);
  return [
    '<li>',
    `<p><strong>${title}</strong><br>`,
    `${escapeMarkup(oneLine(item.source))} · ${escapeMarkup(formatDigestDate(item.published))}${page}</p>`,
    ...(excerpt ? [`<p>${escapeMarkup(excerpt)}</p>`] : []),
    `<p>Matched by ${escapeMarkup(describeMatch(item.matchedBy))}<br>`,
    `sha256 of the stored source: <code>${escapeMarkup(item.sha256)}</code></p>`,
    '</li>',
  ].join('\n');
}

function renderHtml(batch: AlertBatch, subject: string, options: DigestOptions): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeMarkup(subject)}</title></head><body>`,
    `<h1>newswatch alert: ${escapeMarkup(oneLine(batch.alertName))}</h1>`,
    `<p>${countOf(batch)}, ${escapeMarkup(formatDigestDate(batch.generatedAt))}</p>`,
    '<ol>',
    ...batch.items.map((item) => htmlItem(item, options)),
    '</ol>',
    `<p><small>${escapeMarkup(FOOTER)}</small></p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** Returns the digest e-mail of a batch: subject, plain text and HTML. */
export function renderDigest(batch: AlertBatch, options: DigestOptions = {}): DigestMessage {
  const subject = subjectOf(batch);
  return { subject, text: renderText(batch, options), html: renderHtml(batch, subject, options) };
}
