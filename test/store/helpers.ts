// Builds imports from small feed documents with the real parser and processing steps.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '../../src/parse/index.ts';
import { prepareItems } from '../../src/process/index.ts';
import { openStore, type ImportInput, type Store } from '../../src/store/index.ts';

/** Returns a fresh store on a new SQLite file in a temporary folder. */
export function freshStore(): { store: Store; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'newswatch-test-')), 'test.db');
  return { store: openStore(path), path };
}

export interface TestItem {
  readonly guid: string;
  readonly title: string;
  readonly text?: string;
  readonly link?: string;
  readonly date?: string;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Returns an RSS document with the given items, newest first as feeds list them. */
export function rssOf(title: string, items: readonly TestItem[]): string {
  const body = items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${esc(i.guid)}</guid><title>${esc(i.title)}</title>` +
        `${i.link ? `<link>${esc(i.link)}</link>` : ''}<description>${esc(i.text ?? '')}</description>` +
        `${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(title)}</title><link>https://${title.toLowerCase().replace(/\W+/g, '')}.example/</link>${body}</channel></rss>`;
}

/** Returns the import of a feed document fetched from url at the given time. */
export function importOf(
  url: string,
  xml: string,
  at: string,
  skipKnownBytes: ImportInput['skipKnownBytes'] = 'last',
): ImportInput {
  const bytes = Buffer.from(xml);
  const parsed = parseFeed(bytes, { url, now: new Date(at) });
  return {
    feed: { url, kind: 'http', title: parsed.title, siteUrl: parsed.link },
    raw: {
      source: url,
      fetchedAt: at,
      bytes,
      httpStatus: 200,
      httpHeaders: { 'content-type': 'application/rss+xml' },
    },
    parsed,
    items: prepareItems(parsed),
    skipKnownBytes,
  };
}

export const WIRE_COPY =
  'The United Nations human rights office said on Wednesday that China may have committed crimes against humanity ' +
  'in Xinjiang, citing credible evidence of torture and sexual violence against detained Uyghurs and other mostly ' +
  'Muslim minorities, in a long awaited report released minutes before the high commissioner left office.';
