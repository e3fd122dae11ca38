// Small alert batches for the alerts tests: one item found by a search, one by a watchlist.
import { asItemId } from '../../src/model/index.ts';
import type { AlertBatch, AlertItem } from '../../src/alerts/index.ts';

export const NOW = new Date('2030-01-02T03:04:05.000Z');
export const SHA_A = 'a'.repeat(64);
export const SHA_B = '0123456789abcdef'.repeat(4);

export const SEARCH_ITEM: AlertItem = {
  itemId: asItemId(41),
  title: 'Cotton supplier named in forced-labour report',
  url: 'https://news.example/cotton',
  published: '2030-01-01T08:00:00.000Z',
  source: 'Example News',
  snippet: 'The \u0002supplier\u0003 sourced cotton from the region, the report says.',
  matchedBy: { kind: 'search', query: 'cotton AND supplier' },
  sha256: SHA_A,
};

export const WATCH_ITEM: AlertItem = {
  itemId: asItemId(42),
  title: 'Camera maker wins contract',
  url: 'https://wire.example/cameras?id=7&lang=en',
  published: '2030-01-01T09:30:00.000Z',
  source: 'Wire Service',
  snippet: 'Hikvision cameras will be installed.',
  matchedBy: {
    kind: 'watchlist',
    watchlist: 'Surveillance vendors',
    entry: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
    entity: 'Hikvision',
    score: 0.912,
  },
  sha256: SHA_B,
};

export const BATCH: AlertBatch = {
  alertId: '7',
  alertName: 'Supply chains',
  items: [SEARCH_ITEM, WATCH_ITEM],
  generatedAt: NOW.toISOString(),
};

/** Returns an item whose every text field carries markup that must not survive as markup. */
export function hostileItem(): AlertItem {
  return {
    ...SEARCH_ITEM,
    itemId: asItemId(66),
    title: '<script>alert("x")</script> & "quotes"',
    url: 'javascript:alert(1)',
    source: 'Evil <b>Outlet</b>',
    snippet: '<img src=x onerror=alert(1)>',
    matchedBy: { kind: 'search', query: '"<iframe>"' },
  };
}
