import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, scoreNames } from '../../src/screen/index.ts';

const score = (a: string, b: string): number => scoreNames(a, b).score;
const contributions = (a: string, b: string): Record<string, number> =>
  Object.fromEntries(scoreNames(a, b).features.map((f) => [f.name, f.contribution]));

describe('precision: a shared generic word is not a match', () => {
  it('National Grid plc is not the National Crime Agency', () => {
    const m = scoreNames('National Grid plc', 'National Crime Agency');
    expect(m.match).toBe(false);
    expect(m.score).toBe(0);
  });

  it('Sheffield United is not Sheffield Hallam University', () => {
    const m = scoreNames('Sheffield United', 'Sheffield Hallam University');
    expect(m.match).toBe(false);
    expect(m.score).toBe(0.5333);
  });

  it('Vladimir Putin is not Vladimir Zelensky', () => {
    expect(scoreNames('Vladimir Putin', 'Vladimir Zelensky').match).toBe(false);
  });

  it('Vladimir Putin is not Igor Putin', () => {
    expect(score('Vladimir Putin', 'Igor Putin')).toBe(0.3667);
  });

  it('Vladimir Putin is not Vladimir Potanin', () => {
    expect(scoreNames('Vladimir Putin', 'Vladimir Potanin').match).toBe(false);
  });

  it('Bank of China is not China Construction Bank', () => {
    expect(score('Bank of China', 'China Construction Bank')).toBe(0.6667);
  });

  it('one initial does not make a word found', () => {
    expect(scoreNames('Hikvision', 'H & M Hennes & Mauritz AB').match).toBe(false);
  });
});

describe('recall: the same body or person under other spellings', () => {
  it('a full legal name matches its distinctive short form', () => {
    const m = scoreNames('Hangzhou Hikvision Digital Technology Co., Ltd.', 'Hikvision');
    expect(m.match).toBe(true);
    expect(m.score).toBe(1);
  });

  it('word order does not matter', () => {
    expect(score('Putin Vladimir', 'Vladimir Putin')).toBe(1);
  });

  it('matches Arabic script through its consonants', () => {
    expect(score('فلاديمير بوتين', 'Vladimir Putin')).toBe(0.85);
  });

  it('matches a Chinese transcription of a foreign name', () => {
    expect(score('弗拉基米尔·普京', 'Vladimir Putin')).toBe(0.85);
  });

  it('matches Greek script', () => {
    expect(score('Βλαντίμιρ Πούτιν', 'Vladimir Putin')).toBe(1);
  });

  it('matches a title and surname to the full name', () => {
    expect(score('Präsident Putin', 'Vladimir Putin')).toBe(0.9091);
  });

  it('matches initials to given names', () => {
    expect(score('В. В. Путин', 'Vladimir Putin')).toBe(0.9667);
  });

  it('matches a word written apart', () => {
    expect(score('Hik Vision', 'Hikvision')).toBe(1);
  });

  it('matches legal-form variants of one name', () => {
    expect(score('Hikvision Co., Ltd.', 'Hikvision Limited')).toBe(1);
  });

  it('matches an alias of the name', () => {
    expect(scoreNames({ name: 'Alpha Beta', aliases: ['Hikvision'] }, 'Hikvision Co., Ltd.').a).toBe(
      'Hikvision',
    );
  });
});

describe('acronyms', () => {
  it('expands NCA to the National Crime Agency', () => {
    const m = scoreNames('NCA', 'National Crime Agency');
    expect(m.score).toBe(0.9);
    expect(m.links).toEqual([{ a: 'nca', b: 'national crime agency', method: 'acronym', similarity: 0.9 }]);
  });

  it('leaves out a generic word inside the expansion', () => {
    expect(score('CETC', 'China Electronics Technology Group Corporation')).toBe(0.9);
  });

  it('does not read an acronym into unrelated words', () => {
    expect(scoreNames('NCA', 'National Grid').match).toBe(false);
  });
});

describe('features and contributions', () => {
  it('explains a partial match feature by feature', () => {
    expect(scoreNames('Sheffield United', 'Sheffield Hallam University').features).toEqual([
      { name: 'token_overlap', value: 0.8333, contribution: 0.8333 },
      { name: 'evidence', value: 1, contribution: 0 },
      {
        name: 'conflict',
        value: 0.5,
        contribution: -0.3,
        detail: 'only in a: united; only in b: hallam university',
      },
      { name: 'legal_form', value: 'none', contribution: 0 },
      { name: 'country', value: 'unknown', contribution: 0 },
      { name: 'word_order', value: 'same', contribution: 0 },
    ]);
  });

  it('has contributions that add up to the score', () => {
    const m = scoreNames('Vladimir Vladimirovich Putin', 'Putin, V. V.');
    const sum = m.features.reduce((s, f) => s + f.contribution, 0);
    expect(Math.round(sum * 10_000) / 10_000).toBe(m.score);
  });

  it('credits each route of a cross-script match', () => {
    expect(contributions('فلاديمير بوتين', 'Vladimir Putin')['transliteration']).toBe(0.85);
  });

  it('weighs evidence down when only generic words are shared', () => {
    expect(contributions('National Grid plc', 'National Crime Agency')['evidence']).toBe(-0.1334);
  });

  it('adds a little for the same kind of legal form', () => {
    expect(
      scoreNames('Hikvision Co., Ltd.', 'Hikvision Limited').features.find((f) => f.name === 'legal_form'),
    ).toEqual({
      name: 'legal_form',
      value: 'same kind',
      contribution: 0.05,
      detail: 'Co Ltd / Ltd',
    });
  });

  it('takes a little away for a different kind of legal form', () => {
    expect(score('Hikvision GmbH', 'Hikvision AG')).toBe(0.95);
  });

  it('takes away for different countries', () => {
    const m = scoreNames({ name: 'Hikvision', countries: ['CN'] }, { name: 'Hikvision', countries: ['US'] });
    expect(m.score).toBe(0.7);
  });

  it('does not count a country known on one side only', () => {
    const m = scoreNames({ name: 'Hikvision', countries: ['CN'] }, 'Hikvision');
    expect(m.features.find((f) => f.name === 'country')).toEqual({
      name: 'country',
      value: 'unknown',
      contribution: 0,
    });
  });

  it('reports reordered words', () => {
    expect(
      scoreNames('Putin Vladimir', 'Vladimir Putin').features.find((f) => f.name === 'word_order')?.value,
    ).toBe('reordered');
  });

  it('states its threshold', () => {
    expect(scoreNames('a', 'b').threshold).toBe(MATCH_THRESHOLD);
    expect(MATCH_THRESHOLD).toBe(0.7);
  });
});
