import { describe, expect, it } from 'vitest';
import { extractFigures, groupFigures, type FigureSourceItem } from '../../src/stories/index.ts';

const item = (itemId: string, source: string, text: string): FigureSourceItem => ({
  itemId,
  source,
  published: '2022-09-01',
  figures: extractFigures(text),
});

describe('groupFigures', () => {
  it('groups the same claim across items and keeps who said what', () => {
    const groups = groupFigures([
      item('1', 'Guardian', 'The authorities have detained as many as one million Uyghurs.'),
      item('2', 'BBC', 'Researchers estimate 1.8 million Uyghurs have been held.'),
      item('3', 'Reuters', 'Xinjiang is home to 380 internment camps.'),
    ]);
    expect(
      groups.map((g) => [g.countedKey, g.figures.map((f) => [f.source, f.figure.quantity]), g.values]),
    ).toEqual([
      [
        'uyghur',
        [
          ['Guardian', 'one million'],
          ['BBC', '1.8 million'],
        ],
        [1_000_000, 1_800_000],
      ],
      ['internment camp', [['Reuters', '380']], [380]],
    ]);
  });

  it('marks figures that cannot all be true as disputed', () => {
    const [group] = groupFigures([
      item('1', 'A', 'As many as one million Uyghurs were detained.'),
      item('2', 'B', 'Some 1.8 million Uyghurs were detained.'),
    ]);
    expect([group?.countedKey, group?.values, group?.isDisputed]).toEqual([
      'uyghur',
      [1_000_000, 1_800_000],
      true,
    ]);
  });

  it('does not dispute a floor that a higher figure satisfies', () => {
    const [group] = groupFigures([
      item('1', 'A', 'The indexes include at least 13 companies.'),
      item('2', 'B', 'The indexes include 14 companies.'),
    ]);
    expect([group?.values, group?.isDisputed]).toEqual([[13, 14], false]);
  });

  it('treats rounding of large numbers as agreement', () => {
    const [group] = groupFigures([
      item('1', 'A', 'The camps held 1,000,000 detainees.'),
      item('2', 'B', 'The camps held 1.02 million detainees.'),
    ]);
    expect(group?.isDisputed).toBe(false);
  });

  it('disputes two different exact counts of the dead', () => {
    const [group] = groupFigures([
      item('1', 'A', 'The fire left 10 people killed.'),
      item('2', 'B', 'Officials confirmed 12 people killed.'),
    ]);
    expect([group?.countedKey, group?.values, group?.isDisputed]).toEqual(['people killed', [10, 12], true]);
  });

  it('keeps percentages and counts of the same noun apart', () => {
    const groups = groupFigures([
      item('1', 'A', 'The report names 30 companies.'),
      item('2', 'B', 'It says 30% of companies buy Xinjiang cotton.'),
    ]);
    expect(groups.map((g) => [g.unit, g.countedKey])).toEqual([
      ['count', 'company'],
      ['percent', 'company'],
    ]);
  });
});
