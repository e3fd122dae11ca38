import { describe, expect, it } from 'vitest';
import { findLaws } from '../../src/extract/index.ts';

const laws = (text: string): string[] => findLaws(text).map((m) => m.text);

describe('findLaws', () => {
  it('finds a named act', () => {
    expect(laws('The Uyghur Forced Labor Prevention Act took effect in June.')).toEqual([
      'Uyghur Forced Labor Prevention Act',
    ]);
  });

  it('keeps the year that follows an act', () => {
    expect(laws("Britain's Modern Slavery Act 2015 requires a statement.")).toEqual([
      'Modern Slavery Act 2015',
    ]);
  });

  it('keeps "of 2020" after an act', () => {
    expect(laws('Under the Uyghur Human Rights Policy Act of 2020, sanctions followed.')).toEqual([
      'Uyghur Human Rights Policy Act of 2020',
    ]);
  });

  it('takes in the section of the act that is cited', () => {
    expect(laws('Imports are barred under Section 307 of the Tariff Act of 1930.')).toEqual([
      'Section 307 of the Tariff Act of 1930',
    ]);
  });

  it('finds an EU regulation by its number', () => {
    expect(laws('Regulation (EU) 2024/3015 bans products made with forced labour.')).toEqual([
      'Regulation (EU) 2024/3015',
    ]);
  });

  it('finds a law named with "Law"', () => {
    expect(laws('Hong Kong’s National Security Law was imposed in 2020.')).toEqual(['National Security Law']);
  });

  it('gives the offsets of the law in the text', () => {
    const text = 'See the Xinjiang Supply Chain Act.';
    expect(findLaws(text)).toEqual([{ start: 8, end: 33, text: 'Xinjiang Supply Chain Act' }]);
  });

  it('does not take a first name "Bill" for a bill', () => {
    expect(laws('President Bill Clinton signed it.')).toEqual([]);
  });

  it('does not take a bare "the Act" for a named law', () => {
    expect(laws('The Act was passed.')).toEqual([]);
  });

  it('does not run a law name back over the end of the sentence before it', () => {
    expect(laws('Most cotton comes from China.\n\nThe Uyghur Forced Labor Prevention Act bans it.')).toEqual([
      'Uyghur Forced Labor Prevention Act',
    ]);
  });

  it('keeps a dotted abbreviation inside a law name', () => {
    expect(laws('the U.S. Tariff Act of 1930')).toEqual(['U.S. Tariff Act of 1930']);
  });
});
