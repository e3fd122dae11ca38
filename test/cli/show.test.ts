// `newswatch show ITEM`: besides the item and its provenance, what analysis found in it (its
// story, entities, themes with the words that triggered them, and figures), in text and JSON.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importAnalysedSample } from '../store/analysed-sample.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

const HEADLINE = 'Major funds exposed to companies allegedly engaged in Uyghur repression in China';
/** The sentence both of item #3's figures come from. */
const SENTENCE =
  'The report, by UK-based group Hong Kong Watch and the Helena Kennedy Centre for International Justice at Sheffield Hallam University, found that three major stock indexes provided by MSCI include at least 13 companies that have allegedly used forced labour or been involved in the construction of the surveillance state in China’s Xinjiang region.';
let sample = '';

beforeAll(async () => {
  const { store, path } = freshStore();
  await importAnalysedSample(store);
  await store.close();
  sample = path;
}, 60_000);

afterEach(() => {
  vi.restoreAllMocks();
});

/** Returns the lines of out from the one that starts with heading to the end. */
const from = (out: string, heading: string) => out.slice(out.indexOf(`\n${heading}`) + 1).split('\n');

describe('newswatch show', () => {
  it("prints the item's story, entities, themes with their trigger words, and figures", async () => {
    const { code, out } = await runCli('show', '3', '--db', sample);
    expect([code, from(out, 'Story:')]).toEqual([
      0,
      [
        `Story:      #3 ${HEADLINE}`,
        '',
        'Entities:',
        expect.stringMatching(/^ {2}#\d+ Uyghur \(MISC, 1 mention\)$/),
        expect.stringMatching(/^ {2}#\d+ China \(LOC, 3 mentions\)$/),
        expect.stringMatching(/^ {2}#\d+ MSCI \(ORG, 2 mentions\)$/),
        expect.stringMatching(/^ {2}#\d+ Xinjiang \(LOC, 2 mentions\)$/),
        expect.stringMatching(/^ {2}#\d+ Uyghur Muslims \(MISC, 1 mention\)$/),
        expect.stringMatching(/^ {2}#\d+ UK-based \(MISC, 1 mention\)$/),
        expect.stringMatching(/^ {2}#\d+ Hong Kong Watch \(ORG, 1 mention\)$/),
        expect.stringMatching(
          /^ {2}#\d+ Helena Kennedy Centre for International Justice \(ORG, 1 mention\)$/,
        ),
        expect.stringMatching(/^ {2}#\d+ Sheffield Hallam University \(ORG, 1 mention\)$/),
        '',
        'Themes:',
        '  Forced labour and supply chains [forced-labour]: “forced labour” (phrase, 2×)',
        '  Investment and finance exposure [investment-and-finance]: “funds” (term), “stock indexes” (phrase, 2×), “MSCI” (entity, 2×), “asset managers” (phrase), “pension funds” (phrase), “investing” (term), “Hong Kong Watch” (entity), “Helena Kennedy Centre for International Justice” (entity)',
        '  Surveillance technology [surveillance-technology]: “surveillance state” (phrase, 2×)',
        '',
        'Figures:',
        '  three major stock indexes',
        '  at least 13 companies',
        `    “${SENTENCE}”`,
        '',
      ],
    ]);
  });

  it('gives the same in JSON, beside the item', async () => {
    const { code, out } = await runCli('show', '#3', '--json', '--db', sample);
    const json = JSON.parse(out) as {
      item: { id: number };
      story: unknown;
      entities: Array<{ name: string; type: string; mentions: number }>;
      themes: Array<{ theme: string; triggers: Array<{ text: string; kind: string; start: number }> }>;
      figures: Array<{ quantity: string; counted: string; sentence: string }>;
    };
    expect([
      code,
      json.item.id,
      json.story,
      json.entities.find((e) => e.name === 'MSCI'),
      json.entities.length,
      json.themes.map((t) => t.theme),
      json.themes[0]?.triggers.map((x) => [x.text, x.kind, x.start]),
      json.figures.map((f) => [f.quantity, f.counted, f.sentence === SENTENCE]),
    ]).toEqual([
      0,
      3,
      { id: 3, title: HEADLINE },
      { id: expect.any(Number), name: 'MSCI', type: 'ORG', mentions: 2 },
      9,
      ['forced-labour', 'investment-and-finance', 'surveillance-technology'],
      [
        ['forced labour', 'phrase', 150],
        ['forced labour', 'phrase', 661],
      ],
      [
        ['three', 'major stock indexes', true],
        ['13', 'companies', true],
      ],
    ]);
  });

  it('says when an item has no analysis, and gives empty lists in JSON', async () => {
    const { store, path } = freshStore();
    await store.importFeed(
      importOf('https://a.example/rss', rssOf('A', [{ guid: 'a', title: 'Plain' }]), '2022-12-01T10:00:00Z'),
    );
    await store.close();
    const text = await runCli('show', '1', '--db', path);
    const json = JSON.parse((await runCli('show', '1', '--json', '--db', path)).out) as Record<
      string,
      unknown
    >;
    expect([
      text.out.endsWith('\nAnalysis:   nothing found (or the item is not analysed yet)\n'),
      [json.story, json.entities, json.themes, json.figures],
    ]).toEqual([true, [null, [], [], []]]);
  });

  it('answers an unknown item with not found (exit code 7)', async () => {
    const { code, out, err } = await runCli('show', '99', '--db', sample);
    expect([code, out, err.includes('show: no item #99')]).toEqual([7, '', true]);
  });
});
