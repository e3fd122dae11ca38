// /api/themes, /api/figures, and what analysis found in an item (/api/items/{id}): themes per
// day, figures grouped by claim with disputes flagged, an item's story, names, themes and figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePending } from '../../src/pipeline/index.ts';
import { sampleAnalyzer } from '../store/analysed-sample.ts';
import { importOf, rssOf } from '../store/helpers.ts';
import { analysedApp, NOW, type AnalysedApp } from './analysis-helpers.ts';

const codeOf = (r: { body: Record<string, unknown> }) => (r.body['error'] as { code: string }).code;

interface FigureGroup {
  countedKey: string;
  values: number[];
  isDisputed: boolean;
  figures: Array<{ itemId: number; source: string; figure: { quantity: string; sentence: string } }>;
}

describe('themes and figures', () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('count each theme per day, commonest first', async () => {
    const { status, body } = await t.as(t.readerKey, '/api/themes');
    const themes = body['themes'] as Array<{ theme: string; items: number; perDay: unknown[] }>;
    const later = await t.as(t.readerKey, '/api/themes?since=2022-12-02');
    const bad = await t.as(t.readerKey, '/api/themes?since=yesterday');
    expect([status, themes[0], themes.length, later.body, [bad.status, codeOf(bad)]]).toEqual([
      200,
      {
        theme: 'un-and-diplomacy',
        label: 'UN and diplomacy',
        items: 7,
        perDay: [{ day: '2022-12-01', count: 7 }],
        milestones: [7, 8, 9].map((id) =>
          expect.objectContaining({ storyId: id, itemId: id, day: '2022-12-01' }),
        ),
      },
      10,
      { themes: [] },
      [400, 'input.invalid'],
    ]);
  });

  it('group figures by claim, with who reported what, and narrow them by a search', async () => {
    const all = await t.as(t.readerKey, '/api/figures');
    const cotton = await t.as(t.readerKey, `/api/figures?q=${encodeURIComponent('theme:forced-labour')}`);
    const groups = all.body['groups'] as FigureGroup[];
    const camps = groups.find((g) => g.countedKey === 'internment camp');
    expect([
      all.body['items'],
      groups.length,
      camps?.values,
      camps?.figures.map((f) => [f.itemId, f.source, f.figure.quantity]),
      (cotton.body['groups'] as FigureGroup[]).map((g) => g.countedKey).sort(),
    ]).toEqual([
      5,
      7,
      [380],
      [[5, 'file:///samples/xinjiang-topic-dump.txt', '380']],
      ['china export', 'company', 'internment camp', 'stock index', 'uyghur'],
    ]);
  });

  it('flag a claim the sources disagree about', async () => {
    const wire = rssOf('Wire', [
      {
        guid: 'w1',
        title: 'New estimate',
        text: 'At least 1.8 million Uyghurs have been detained, a study says.',
      },
    ]);
    await t.store.importFeed(importOf('https://wire.example/rss', wire, '2022-12-01T11:00:00.000Z'));
    await analyzePending(t.store, sampleAnalyzer(), NOW);
    const { body } = await t.as(t.readerKey, '/api/figures');
    const uyghurs = (body['groups'] as FigureGroup[]).find((g) => g.countedKey === 'uyghur');
    expect([uyghurs?.values, uyghurs?.isDisputed, uyghurs?.figures.map((f) => f.source)]).toEqual([
      [1_000_000, 1_800_000],
      true,
      ['file:///samples/xinjiang-topic-dump.txt', 'Wire'],
    ]);
  });

  it('check the query, the date and the limit', async () => {
    const results = [
      await t.as(t.readerKey, '/api/figures?q=%28cotton'),
      await t.as(t.readerKey, '/api/figures?q=theme:no-such-theme'),
      await t.as(t.readerKey, '/api/figures?since=2022-13-01'),
      await t.as(t.readerKey, '/api/figures?limit=0'),
      await t.as(null, '/api/figures'),
    ];
    expect(results.map((r) => [r.status, codeOf(r)])).toEqual([
      [400, 'query.syntax'],
      [400, 'query.unknown_theme'],
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [401, 'auth.unauthenticated'],
    ]);
  });
});

describe('an item', () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('comes with its story, the names it mentions, its themes with their triggers, and its figures', async () => {
    const { status, body } = await t.as(t.readerKey, '/api/items/5');
    const un = await t.as(t.readerKey, '/api/items/13');
    const themes = body['themes'] as Array<{
      theme: string;
      triggers: Array<{ text: string; kind: string }>;
    }>;
    const figures = body['figures'] as Array<{ quantity: string; countedKey: string; value: number }>;
    const entities = body['entities'] as Array<{ name: string; type: string; mentions: number }>;
    expect([
      status,
      typeof body['storyId'],
      entities.find((e) => e.name === 'National Crime Agency'),
      themes.find((x) => x.theme === 'forced-labour')?.triggers.map((x) => x.text.toLowerCase()),
      figures.map((f) => [f.quantity, f.countedKey, f.value]),
      (un.body['entities'] as Array<{ name: string }>).some((e) => e.name === 'Michelle Bachelet'),
    ]).toEqual([
      200,
      'number',
      { id: expect.any(Number), name: 'National Crime Agency', type: 'ORG', mentions: 2 },
      expect.arrayContaining(['forced uyghur labour']),
      [['380', 'internment camp', 380]],
      true,
    ]);
  });
});
