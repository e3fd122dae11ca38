import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/stories/index.ts';

// Short sentences quoted from news items in the Guardian's Xinjiang coverage, and some written
// for the tests.
const CAMPS =
  'The World Uyghur Congress is challenging the home secretary, claiming a failure to investigate imports from Xinjiang, allegedly home to 380 internment camps, was unlawful.';
const MILLION =
  'Since 2017, the Chinese authorities have detained as many as one million Uyghurs and subjected them to forced labour.';

const brief = (text: string) =>
  extractFigures(text).map((f) => [f.hedge, f.quantity, f.value, f.unit, f.counted, f.countedKey]);

describe('extractFigures', () => {
  it('reads a count with the noun it counts, its sentence and offsets', () => {
    const [figure] = extractFigures(CAMPS);
    const start = CAMPS.indexOf('380');
    expect(figure).toEqual({
      quantity: '380',
      value: 380,
      isApproximate: false,
      unit: 'count',
      currency: null,
      qualifier: null,
      hedge: null,
      counted: 'internment camps',
      countedKey: 'internment camp',
      sentence: CAMPS,
      start,
      end: start + '380 internment camps'.length,
      sentenceStart: 0,
    });
  });

  it('reads a number in words with its hedge and leaves the year out', () => {
    const figures = extractFigures(MILLION);
    expect(figures.map((f) => [f.qualifier, f.hedge, f.quantity, f.value, f.counted])).toEqual([
      ['as many as', 'as many as', 'one million', 1_000_000, 'Uyghurs'],
    ]);
    expect(MILLION.slice(figures[0]?.start, figures[0]?.end)).toBe('as many as one million Uyghurs');
  });

  it('reads a percentage of something', () => {
    expect(brief('Xinjiang accounts for 84% of China’s exports of the product.')).toEqual([
      [null, '84%', 84, 'percent', 'China’s exports', 'china export'],
    ]);
  });

  it('reads "at least" and stops the counted noun at a relative clause', () => {
    expect(
      brief('Three indexes include at least 13 companies that have allegedly used forced labour.'),
    ).toEqual([
      [null, 'Three', 3, 'count', 'indexes', 'index'],
      ['at least', '13', 13, 'count', 'companies', 'company'],
    ]);
  });

  it('takes the noun before "of" when nothing follows the number', () => {
    expect(brief('Protesters blame restrictions for death toll of 10 in apartment block fire.')).toEqual([
      [null, '10', 10, 'count', 'death toll', 'death toll'],
    ]);
  });

  it('keeps a participle that says what happened to the people counted', () => {
    expect(brief('Officials said 10 people killed in the blaze were workers.')).toEqual([
      [null, '10', 10, 'count', 'people killed', 'people killed'],
    ]);
  });

  it('reads decimals with a scale, abbreviated scales and money', () => {
    expect(
      brief('Researchers count 1.8 million Uyghurs; others say 1m people. The firm won a $2bn contract.'),
    ).toEqual([
      [null, '1.8 million', 1_800_000, 'count', 'Uyghurs', 'uyghur'],
      [null, '1m', 1_000_000, 'count', 'people', 'people'],
      [null, '$2bn', 2_000_000_000, 'currency', 'contract', 'contract'],
    ]);
  });

  it('counts what a unit of measure is of', () => {
    expect(brief('Xinjiang grows 5 million tonnes of China’s cotton.')).toEqual([
      [null, '5 million', 5_000_000, 'count', 'tonnes of China’s cotton', 'tonne of china cotton'],
    ]);
  });

  it('reads vague amounts as approximate floors', () => {
    const [f] = extractFigures('Dozens of people were detained.');
    expect([f?.quantity, f?.value, f?.isApproximate, f?.counted]).toEqual(['Dozens', 24, true, 'people']);
  });

  it('normalises more than, up to and about', () => {
    expect(
      extractFigures('More than 50 firefighters came; up to 200 residents left; about 30 shops closed.').map(
        (f) => f.qualifier,
      ),
    ).toEqual(['more than', 'up to', 'about']);
  });

  it('does not take years, dates, times, ages or page numbers for claims', () => {
    const text =
      'The 45-page report was released on 5 June 2022 at 10am. Its 33-year-old author, aged 33, ' +
      'was born in the 1990s. It came with only 11 minutes to go, on page 12, 21st in a series.';
    expect(extractFigures(text)).toEqual([]);
  });

  it('gives offsets into the whole text, not the sentence', () => {
    const text = `Intro sentence here. ${CAMPS}`;
    const [figure] = extractFigures(text);
    expect(text.slice(figure?.start, figure?.end)).toBe('380 internment camps');
    expect(figure?.sentenceStart).toBe(21);
  });
});
