// Screening reports say what the evidence is about: each item's themes with the words that
// triggered them, and each entry's themes counted across its evidence, in every format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screeningCsv, screeningHtml } from '../../src/export/index.ts';
import { analyzePending, entryRefOf, screenWatchlist } from '../../src/pipeline/index.ts';
import { readCsv, parseWatchlistCsv } from '../../src/screen/index.ts';
import type { Store } from '../../src/store/index.ts';
import { importAnalysedSample, sampleAnalyzer } from '../store/analysed-sample.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';

const NOW = new Date('2022-12-01T12:00:00Z');
const SAMPLE_LIST = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'watchlist.csv'), 'utf8');
const SURVEILLANCE = { theme: 'surveillance-technology', label: 'Surveillance technology' };
const FORCED_LABOUR = { theme: 'forced-labour', label: 'Forced labour and supply chains' };
const INVESTMENT = { theme: 'investment-and-finance', label: 'Investment and finance exposure' };
let store: Store;
afterEach(async () => store.close());

async function saveList(csv: string): Promise<void> {
  const entries = parseWatchlistCsv(csv).entries;
  await store.saveWatchlist({ name: 'list', source: 'list.csv', format: 'csv', entries }, NOW.toISOString());
}

/** Three items naming Volkswagen: two about surveillance, one about cotton picked by forced labour. */
async function importCarMakerNews(): Promise<void> {
  const items = [
    ['1', 'Volkswagen plant watched', 'Volkswagen installed CCTV with facial recognition at its plant.'],
    ['2', 'Volkswagen staff checked', 'Volkswagen workers passed surveillance checkpoints every day.'],
    ['3', 'Volkswagen seat covers', 'Volkswagen seat covers were sewn from cotton picked by forced labour.'],
  ].map(([guid, title, text], k) => ({
    guid: guid as string,
    title: title as string,
    text: text as string,
    date: `Thu, 2${k + 1} Nov 2022 08:00:00 GMT`,
  }));
  await store.importFeed(importOf('https://news.example/rss', rssOf('News', items), '2022-11-30T10:00:00Z'));
  await analyzePending(store, sampleAnalyzer(), () => NOW);
}

describe('the themes of screening evidence', () => {
  it('come with each piece of evidence, with the words that triggered them', async () => {
    store = freshStore().store;
    await importAnalysedSample(store);
    await saveList(SAMPLE_LIST);
    const report = await screenWatchlist(store, 'list', { since: null, now: NOW });
    const matched = report.entries.filter((e) => e.matches.length > 0);
    expect(
      matched.map((e) => [e.entry.name, e.matches.map((m) => m.evidence.map((ev) => ev.themes))]),
    ).toEqual([
      [
        'Hangzhou Hikvision Digital Technology Co., Ltd.',
        [[[{ ...SURVEILLANCE, triggers: ['ethnicity recognition', 'security camera', 'Hikvision'] }]]],
      ],
      [
        'MSCI Inc.',
        [
          [
            [
              { ...FORCED_LABOUR, triggers: ['forced labour'] },
              {
                ...INVESTMENT,
                triggers: [
                  'funds',
                  'stock indexes',
                  'MSCI',
                  'asset managers',
                  'pension funds',
                  'investing',
                  'Hong Kong Watch',
                  'Helena Kennedy Centre for International Justice',
                ],
              },
              { ...SURVEILLANCE, triggers: ['surveillance state'] },
            ],
          ],
        ],
      ],
    ]);
  });

  it("are counted across an entry's evidence, each item once, commonest first", async () => {
    store = freshStore().store;
    await importCarMakerNews();
    await saveList('name,aliases\nVolkswagen AG,Volkswagen\n');
    const report = await screenWatchlist(store, 'list', { since: null, now: NOW });
    const entry = report.entries[0];
    expect([
      entry?.matches.map((m) => m.evidence.length),
      entry?.themes,
      report.entries.map((e) => e.themes.length),
    ]).toEqual([
      [3],
      [
        { ...SURVEILLANCE, items: 2 },
        { ...FORCED_LABOUR, items: 1 },
      ],
      [2],
    ]);
  });

  it('leave out the evidence of a rejected match', async () => {
    store = freshStore().store;
    await importCarMakerNews();
    await saveList('name,aliases\nVolkswagen AG,Volkswagen\n');
    const list = (await store.getWatchlist('list'))!;
    const entry = (await store.watchlistEntries(list.id))[0]!;
    const first = await screenWatchlist(store, 'list', { since: null, now: NOW });
    await store.recordMatchDecision({
      entryRef: entryRefOf(list, entry),
      entityKey: first.entries[0]!.matches[0]!.entity.key,
      decision: 'rejected',
      reason: 'another company',
      actor: 'analyst-a',
      at: NOW.toISOString(),
    });
    const again = await screenWatchlist(store, 'list', { since: null, now: NOW });
    expect([again.entries[0]?.matches[0]?.evidence[0]?.themes.length, again.entries[0]?.themes]).toEqual([
      1,
      [],
    ]);
  });

  it('are written to JSON, to a CSV column and to the HTML report', async () => {
    store = freshStore().store;
    await importCarMakerNews();
    await saveList('name,aliases\nVolkswagen AG,Volkswagen\nNobody Ltd,\n');
    const report = await screenWatchlist(store, 'list', { since: null, now: NOW });
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    const csv = readCsv(screeningCsv(report)).records.map((r) => r.fields);
    const html = screeningHtml(report);
    const header = csv[0] ?? [];
    const themesOf = (row: readonly string[]) => row[header.indexOf('themes')];
    expect([
      json.entries[0]?.themes,
      json.entries[0]?.matches[0]?.evidence.map((ev) => ev.themes.map((t) => t.theme)),
      header.at(-1),
      csv.slice(1).map((row) => [row[header.indexOf('item_id')], themesOf(row)]),
      html.includes(
        '<p class="themes">Themes across the evidence (items): Surveillance technology 2, Forced labour and supply chains 1.</p>',
      ),
      html.includes(
        '<p class="themes">Themes: Forced labour and supply chains (“cotton”, “forced labour”)</p>',
      ),
    ]).toEqual([
      [
        { ...SURVEILLANCE, items: 2 },
        { ...FORCED_LABOUR, items: 1 },
      ],
      [['forced-labour'], ['surveillance-technology'], ['surveillance-technology']],
      'themes',
      [
        ['3', 'Forced labour and supply chains (cotton, forced labour)'],
        ['2', 'Surveillance technology (surveillance, checkpoints)'],
        ['1', 'Surveillance technology (CCTV, facial recognition)'],
        [undefined, undefined],
      ],
      true,
      true,
    ]);
  });
});
