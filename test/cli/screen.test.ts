// `newswatch screen`: the text summary gives each matched entry's themes across its evidence,
// and the CSV carries each piece of evidence's themes in a column of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseWatchlistCsv, readCsv } from '../../src/screen/index.ts';
import { importAnalysedSample } from '../store/analysed-sample.ts';
import { freshStore } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

let db = '';

beforeAll(async () => {
  const { store, path } = freshStore();
  await importAnalysedSample(store);
  const csv = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'watchlist.csv'), 'utf8');
  await store.saveWatchlist(
    { name: 'watchlist', source: 'watchlist.csv', format: 'csv', entries: parseWatchlistCsv(csv).entries },
    new Date().toISOString(),
  );
  await store.close();
  db = path;
}, 60_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('newswatch screen', () => {
  it("prints each matched entry's themes under its matches", async () => {
    const { code, out } = await runCli('screen', 'watchlist', '--db', db);
    expect([code, out.split('\n').filter((l) => l.startsWith('    themes:'))]).toEqual([
      0,
      [
        '    themes: Surveillance technology 1',
        '    themes: Forced labour and supply chains 1, Investment and finance exposure 1, Surveillance technology 1',
      ],
    ]);
  });

  it('writes the themes of each piece of evidence in the CSV', async () => {
    const { code, out } = await runCli('screen', 'watchlist', '--format', 'csv', '--db', db);
    const [header, ...rows] = readCsv(out).records.map((r) => r.fields);
    const column = header?.indexOf('themes') ?? -1;
    expect([code, rows.filter((r) => r.length > column).map((r) => [r[1], r[column]])]).toEqual([
      0,
      [
        [
          'Hangzhou Hikvision Digital Technology Co., Ltd.',
          'Surveillance technology (ethnicity recognition, security camera, Hikvision)',
        ],
        [
          'MSCI Inc.',
          'Forced labour and supply chains (forced labour); Investment and finance exposure (funds, stock indexes, MSCI, asset managers, pension funds, investing, Hong Kong Watch, Helena Kennedy Centre for International Justice); Surveillance technology (surveillance state)',
        ],
      ],
    ]);
  });
});
