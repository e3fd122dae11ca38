// Screening end to end: a watchlist against an analysed archive, verdicts applied again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';
import { screeningCsv, screeningHtml } from '../../src/export/index.ts';
import { analyzePending, createItemAnalyzer, entryRefOf, screenWatchlist } from '../../src/pipeline/index.ts';
import { parseWatchlistCsv } from '../../src/screen/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';

const MODEL = loadTagger(
  readFileSync(join(import.meta.dirname, '..', '..', 'models', 'ner', 'ner-model.bin.gz')),
);
const NOW = new Date('2022-12-01T00:00:00Z');
const CSV = `name,aliases,country,identifier,notes
"Hangzhou Hikvision Digital Technology Co., Ltd.",Hikvision,CN,HIK,cameras
National Grid plc,,GB,NG,utility
Sheffield United,,GB,SU,football
`;
let store: Store;

beforeEach(async () => {
  store = freshStore().store;
  await store.importFeed(
    importOf(
      'https://news.example/rss',
      rssOf('News', [
        {
          guid: '1',
          title: 'Hikvision faces UK ban',
          text: 'Cameras made by Hikvision were found in government buildings, the National Crime Agency said.',
          date: 'Thu, 24 Nov 2022 08:00:00 GMT',
          link: 'https://news.example/1',
        },
        {
          guid: '2',
          title: 'Report names universities',
          text: 'Researchers at Sheffield Hallam University traced cotton supply chains.',
          date: 'Fri, 25 Nov 2022 08:00:00 GMT',
        },
      ]),
      '2022-11-26T10:00:00.000Z',
    ),
  );
  await analyzePending(store, createItemAnalyzer(createExtractor(MODEL)), () => NOW);
  await store.saveWatchlist(
    { name: 'portfolio', source: 'portfolio.csv', format: 'csv', entries: parseWatchlistCsv(CSV).entries },
    NOW.toISOString(),
  );
});

afterEach(async () => store.close());

describe('screening a watchlist', () => {
  it('matches a full legal name to the short name in the news, and not generic words', async () => {
    const report = await screenWatchlist(store, 'portfolio', { since: null, now: NOW });
    expect(report.entries.map((e) => [e.entry.name, e.matches.map((m) => m.entity.name)])).toEqual([
      ['Hangzhou Hikvision Digital Technology Co., Ltd.', ['Hikvision']],
      ['National Grid plc', []],
      ['Sheffield United', []],
    ]);
  });

  it('backs each match with its evidence, sentence and source hash', async () => {
    const report = await screenWatchlist(store, 'portfolio', { since: null, now: NOW });
    const match = report.entries[0]?.matches[0];
    expect(match?.match.features.length).toBeGreaterThan(0);
    expect(match?.outlets).toBe(1);
    expect(match?.evidence[0]).toMatchObject({
      itemId: 1,
      url: 'https://news.example/1',
      sentence: 'Hikvision faces UK ban',
    });
    expect(match?.evidence[0]?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('states its coverage so that no match is not read as no news', async () => {
    const report = await screenWatchlist(store, 'portfolio', { since: null, now: NOW });
    expect(report.coverage).toMatchObject({
      items: 2,
      from: '2022-11-24T08:00:00.000Z',
      to: '2022-11-25T08:00:00.000Z',
    });
    expect(report.coverage.feeds.map((f) => [f.title, f.items, f.state])).toEqual([['News', 2, 'active']]);
    expect(screeningHtml(report)).toContain('not a finding that there is no adverse news');
  });

  it('leaves out evidence older than --since', async () => {
    const report = await screenWatchlist(store, 'portfolio', { since: '2022-11-25T00:00:00.000Z', now: NOW });
    expect(report.entries[0]?.matches).toEqual([]);
  });

  it('applies an analyst verdict again in later screenings', async () => {
    const list = (await store.getWatchlist('portfolio'))!;
    const entry = (await store.watchlistEntries(list.id))[0]!;
    const first = await screenWatchlist(store, 'portfolio', { since: null, now: NOW });
    const entity = first.entries[0]!.matches[0]!.entity;
    await store.recordMatchDecision({
      entryRef: entryRefOf(list, entry),
      entityKey: entity.key,
      decision: 'confirmed',
      reason: 'same company',
      actor: 'analyst-a',
      at: NOW.toISOString(),
    });
    await store.saveWatchlist(
      {
        name: 'portfolio',
        source: 'portfolio-v2.csv',
        format: 'csv',
        entries: parseWatchlistCsv(CSV).entries,
      },
      NOW.toISOString(),
    );
    const again = await screenWatchlist(store, 'portfolio', { since: null, now: NOW });
    expect(again.entries[0]?.matches[0]?.decision).toMatchObject({
      decision: 'confirmed',
      actor: 'analyst-a',
      reason: 'same company',
    });
    expect(again.summary).toEqual({ entries: 3, withMatches: 1, confirmed: 1, rejected: 0 });
  });

  it('writes CSV with one row per piece of evidence and one per unmatched entry', async () => {
    const csv = screeningCsv(await screenWatchlist(store, 'portfolio', { since: null, now: NOW }));
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe('3,National Grid plc,NG,,,,,no match in the archive');
  });

  it('escapes hostile text in the HTML report', async () => {
    await store.saveWatchlist(
      {
        name: 'evil',
        source: 'x',
        format: 'csv',
        entries: parseWatchlistCsv('name\n<script>alert(1)</script>\n').entries,
      },
      NOW.toISOString(),
    );
    const html = screeningHtml(await screenWatchlist(store, 'evil', { since: null, now: NOW }));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
