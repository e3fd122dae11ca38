// Stories, themes and figures end to end: the bundled sample through the real tagger, the
// shipped taxonomy and the clusterer into SQLite; analysts' decisions that survive a rebuild.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';
import { asStoryId, type StoryId } from '../../src/model/index.ts';
import {
  analyzePending,
  createItemAnalyzer,
  mergeStories,
  rebuildStories,
  renameStory,
  reportFigures,
  runSearch,
  splitStory,
  storyWithTimeline,
  type ItemAnalyzer,
} from '../../src/pipeline/index.ts';
import { compileTaxonomy, parseTaxonomy } from '../../src/stories/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf, WIRE_COPY } from '../store/helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MODEL = loadTagger(readFileSync(join(ROOT, 'models', 'ner', 'ner-model.bin.gz')));
const parsed = parseTaxonomy(readFileSync(join(ROOT, 'taxonomy', 'themes.yaml'), 'utf8'));
if (!parsed.ok) throw new Error('the shipped taxonomy does not load');
const TAXONOMY = compileTaxonomy(parsed.taxonomy);
const SAMPLE = readFileSync(join(ROOT, 'samples', 'xinjiang-topic-dump.txt'), 'utf8');
const NOW = () => new Date('2022-12-01T12:00:00Z');
const ANALYST = { actor: 'analyst@example.org', now: NOW() };

let store: Store;
let analyze: ItemAnalyzer;

beforeEach(() => {
  store = freshStore().store;
  analyze = createItemAnalyzer(createExtractor(MODEL), { taxonomy: TAXONOMY });
});

afterEach(async () => store.close());

async function importSample(): Promise<void> {
  await store.importFeed(
    importOf('file:///samples/xinjiang-topic-dump.txt', SAMPLE, '2022-12-01T10:00:00.000Z'),
  );
  await analyzePending(store, analyze, NOW);
}

async function storyTitles(id: StoryId): Promise<string[]> {
  return (await storyWithTimeline(store, id)).items.map((i) => i.title ?? '');
}

async function storyOfTitle(prefix: string): Promise<StoryId> {
  const { hits } = await runSearch(store, `title:"${prefix}"`, { limit: 1, sort: 'relevance' });
  const id = hits[0] ? await store.storyOfItem(hits[0].itemId) : null;
  if (id === null) throw new Error(`no story holds "${prefix}"`);
  return id;
}

describe('stories', () => {
  it('groups the UN report and the reactions to it, and keeps other events apart', async () => {
    await importSample();
    const { stories, total } = await store.listStories({ limit: 50 });
    expect(total).toBe(10);
    expect(stories.reduce((n, s) => n + s.items, 0)).toBe(14);
    const un = await storyOfTitle('Five key points from the UN report');
    expect((await storyTitles(un)).sort()).toEqual([
      'China’s treatment of Uyghurs may be crime against humanity, says UN human rights chief',
      'Five key points from the UN report on Xinjiang human rights abuses',
      'Lawyer criticises UN report’s failure to call Uyghur oppression ‘genocide’',
      'Rights groups call for inquiries into Uyghur abuses in China after damning UN report',
      '‘Our people are still trapped’: Uyghur exiles demand action on abuses',
    ]);
    expect(await storyOfTitle('Covid lockdown protests')).not.toBe(un);
    expect(await storyOfTitle('Spyware targets Uyghurs')).not.toBe(un);
    const detail = await storyWithTimeline(store, un);
    expect(detail.entities.map((e) => e.name)).toContain('Michelle Bachelet');
    expect(detail.themes[0]).toEqual({ theme: 'un-and-diplomacy', label: 'UN and diplomacy', items: 5 });
    expect(detail.perDay).toEqual([{ day: '2022-12-01', count: 5 }]);
    expect(detail.items.every((i) => /^[0-9a-f]{64}$/.test(i.sourceSha256))).toBe(true);
  });

  it('carries on from its saved state: later items join the stories they belong to', async () => {
    await importSample();
    const un = await storyOfTitle('Five key points from the UN report');
    await store.importFeed(
      importOf(
        'https://wire.example/rss',
        rssOf('Wire', [{ guid: 'w1', title: 'UN human rights office report on Xinjiang', text: WIRE_COPY }]),
        '2022-12-01T11:00:00.000Z',
      ),
    );
    await analyzePending(store, analyze, NOW);
    expect(await storyOfTitle('UN human rights office report')).toBe(un);
  });

  it('puts a near-duplicate in its original story, and counts it as one outlet', async () => {
    const item = (guid: string) => [
      { guid, title: 'UN says China may have committed crimes against humanity', text: WIRE_COPY },
    ];
    await store.importFeed(
      importOf('https://a.example/rss', rssOf('A', item('a')), '2022-12-01T10:00:00.000Z'),
    );
    await store.importFeed(
      importOf('https://b.example/rss', rssOf('B', item('b')), '2022-12-01T10:05:00.000Z'),
    );
    await analyzePending(store, analyze, NOW);
    const { stories } = await store.listStories({ limit: 10 });
    expect(stories.map((s) => [s.items, s.outlets])).toEqual([[2, 1]]);
    const detail = await storyWithTimeline(store, stories[0]?.id as StoryId);
    expect(detail.items[1]?.duplicateOf).toBe(detail.items[0]?.itemId);
  });

  it("keeps analysts' merges, splits and names, with who and when, through a rebuild", async () => {
    await importSample();
    const un = await storyOfTitle('Five key points from the UN report');
    const west = await storyOfTitle('West weighs calling for China Uyghur abuses inquiry');
    const spyware = await storyTitles(await storyOfTitle('Spyware targets Uyghurs'));
    await mergeStories(store, un, west, { ...ANALYST, why: 'same UN process' });
    await renameStory(store, un, 'UN report on Xinjiang', ANALYST);
    const { hits } = await runSearch(store, 'title:lawyer', { limit: 1, sort: 'relevance' });
    const lawyer = hits[0]?.itemId as number;
    const split = await splitStory(store, [lawyer], { ...ANALYST, label: 'Genocide question' });
    const before = (await storyTitles(un)).sort();
    expect(before).toHaveLength(5);
    expect(before).toContain('West weighs calling for China Uyghur abuses inquiry at UN');

    expect(await rebuildStories(store, NOW)).toBe(14 - 6);
    expect((await storyTitles(un)).sort()).toEqual(before);
    expect(await storyTitles(split)).toEqual([
      'Lawyer criticises UN report’s failure to call Uyghur oppression ‘genocide’',
    ]);
    const detail = await storyWithTimeline(store, un);
    expect(detail.story.headline).toBe('UN report on Xinjiang');
    expect(detail.decisions.map((d) => [d.kind, d.actor, d.at])).toEqual([
      ['merge', 'analyst@example.org', '2022-12-01T12:00:00.000Z'],
      ['rename', 'analyst@example.org', '2022-12-01T12:00:00.000Z'],
    ]);
    expect(detail.decisions[0]?.detail).toMatchObject({ why: 'same UN process' });
    expect(await storyTitles(await storyOfTitle('Spyware targets Uyghurs'))).toEqual(spyware);
    expect((await store.listStories({ limit: 50 })).stories.reduce((n, s) => n + s.items, 0)).toBe(14);
  });

  it('refuses decisions about what does not exist, and changes nothing', async () => {
    await importSample();
    await expect(mergeStories(store, asStoryId(1), asStoryId(999), ANALYST)).rejects.toThrow(/no story 999/);
    await expect(splitStory(store, [999], ANALYST)).rejects.toThrow(/no item 999/);
    await expect(renameStory(store, asStoryId(1), '  ', ANALYST)).rejects.toThrow(/empty/);
    expect((await store.listStories({ limit: 50 })).total).toBe(10);
  });
});

describe('themes and figures', () => {
  it('tags themes with their triggers, and search filters by them', async () => {
    await importSample();
    const { hits } = await runSearch(store, 'theme:forced-labour cotton', { limit: 10, sort: 'relevance' });
    expect(hits.map((h) => h.title).sort()).toEqual([
      'Failure to investigate UK imports linked to forced Uyghur labour unlawful, court told',
      'US ban on cotton from forced Uyghur labour comes into force',
    ]);
    const themes = await store.itemThemes(hits[0]?.itemId as never);
    const labour = themes.find((t) => t.theme === 'forced-labour');
    expect(labour?.triggers.map((t) => t.text.toLowerCase())).toContain('forced uyghur labour');
    const without = await runSearch(store, 'cotton -theme:forced-labour', { limit: 10, sort: 'relevance' });
    expect(without.hits.every((h) => !hits.some((x) => x.itemId === h.itemId))).toBe(true);
    await expect(runSearch(store, 'theme:forced-labor', { limit: 1, sort: 'relevance' })).rejects.toThrow(
      /no item has the theme "forced-labor" \(themes in the archive: .*forced-labour/,
    );
    const counts = await store.themeCounts(null);
    expect(counts.find((t) => t.theme === 'un-and-diplomacy')).toMatchObject({
      items: 7,
      perDay: [{ day: '2022-12-01', count: 7 }],
    });
  });

  it('groups the same figure across sources and flags disagreement', async () => {
    await store.importFeed(
      importOf(
        'https://a.example/rss',
        rssOf('A', [
          {
            guid: '1',
            title: 'Camps report',
            text: 'Researchers counted 380 internment camps in the region.',
          },
          {
            guid: '2',
            title: 'Detentions',
            text: 'As many as one million Uyghurs have been detained, the report said.',
          },
        ]),
        '2022-12-01T10:00:00.000Z',
      ),
    );
    await store.importFeed(
      importOf(
        'https://b.example/rss',
        rssOf('B', [
          {
            guid: '3',
            title: 'New estimate',
            text: 'At least 1.8 million Uyghurs have been detained, a new study says.',
          },
        ]),
        '2022-12-01T11:00:00.000Z',
      ),
    );
    await analyzePending(store, analyze, NOW);
    const report = await reportFigures(store, undefined, { limit: 100 });
    expect(report.items).toBe(3);
    const uyghurs = report.groups.find((g) => g.countedKey === 'uyghur');
    expect(uyghurs?.values).toEqual([1_000_000, 1_800_000]);
    expect(uyghurs?.isDisputed).toBe(true);
    expect(uyghurs?.figures.map((f) => f.source)).toEqual(['A', 'B']);
    const camps = report.groups.find((g) => g.countedKey === 'internment camp');
    expect(camps).toMatchObject({ values: [380], isDisputed: false });
    const onlyB = await reportFigures(store, 'source:B', { limit: 100 });
    expect(onlyB.groups.map((g) => g.countedKey)).toEqual(['uyghur']);
  });
});
