import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/index.ts';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Hikvision, in Ürümqi.';
    expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Hikvision', 0, 9],
      [',', 9, 10],
      ['in', 11, 13],
      ['Ürümqi', 14, 20],
      ['.', 20, 21],
    ]);
  });

  it('every token text is the slice of the input at its offsets', () => {
    const text = '“China’s camps,” said Dr. Zenz — the U.S. didn’t agree…';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits possessives and negations the CoNLL way', () => {
    expect(norms("China's rules don't work")).toEqual(['China', "'s", 'rules', 'do', "n't", 'work']);
  });

  it('normalises a curly apostrophe in a clitic to the ASCII one', () => {
    expect(norms('Xinjiang’s cotton')).toEqual(['Xinjiang', "'s", 'cotton']);
  });

  it('keeps titles, initials and dotted acronyms whole', () => {
    expect(norms('Mr. J. Smith of the U.S. left.')).toEqual([
      'Mr.',
      'J.',
      'Smith',
      'of',
      'the',
      'U.S.',
      'left',
      '.',
    ]);
  });

  it('keeps numbers, dates and hyphenated words whole', () => {
    expect(norms('1,000 re-education camps on 2022-11-25 cost 3.5%')).toEqual([
      '1,000',
      're-education',
      'camps',
      'on',
      '2022-11-25',
      'cost',
      '3.5',
      '%',
    ]);
  });

  it('writes curly quotes as straight double quotes and dashes as CoNLL did', () => {
    expect(norms('‘same’ “text” — end – now…')).toEqual([
      '"',
      'same',
      '"',
      '"',
      'text',
      '"',
      '--',
      'end',
      '-',
      'now',
      '...',
    ]);
  });

  it('keeps an EU regulation number whole', () => {
    expect(norms('Regulation (EU) 2024/3015')).toEqual(['Regulation', '(', 'EU', ')', '2024/3015']);
  });
});
