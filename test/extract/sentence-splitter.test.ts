import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/extract/index.ts';

const split = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits after a full stop before a capitalised word', () => {
    expect(split('Protests broke out. Crowds chanted.')).toEqual(['Protests broke out.', 'Crowds chanted.']);
  });

  it('does not split after a title', () => {
    expect(split('Mr. Brownlee spoke. Dr. Zenz replied.')).toEqual([
      'Mr. Brownlee spoke.',
      'Dr. Zenz replied.',
    ]);
  });

  it('does not split after a month abbreviation', () => {
    expect(split('It opened on Dec. 5 in Urumqi.')).toEqual(['It opened on Dec. 5 in Urumqi.']);
  });

  it('does not split inside "U.S. Senate"', () => {
    expect(split('The U.S. Senate passed it.')).toEqual(['The U.S. Senate passed it.']);
  });

  it('splits after a sentence-final "U.S." when a typical opener follows', () => {
    expect(split('Imports reached the U.S. The rules changed.')).toEqual([
      'Imports reached the U.S.',
      'The rules changed.',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(split('“End the lockdown.” Crowds chanted.')).toEqual(['“End the lockdown.”', 'Crowds chanted.']);
  });

  it('splits at line breaks, so a headline is a sentence', () => {
    expect(split('Chinese firm faces UK ban\n\nA company has been advertising.')).toEqual([
      'Chinese firm faces UK ban',
      'A company has been advertising.',
    ]);
  });

  it('does not split at a full stop followed by a lower-case word', () => {
    expect(split('The figure was 3. million were affected.')).toEqual([
      'The figure was 3. million were affected.',
    ]);
  });

  it('gives each sentence its index and token range', () => {
    const text = 'One. Two words.';
    expect(splitSentences(text, tokenize(text))).toEqual([
      { index: 0, start: 0, end: 4, firstToken: 0, endToken: 2 },
      { index: 1, start: 5, end: 15, firstToken: 2, endToken: 5 },
    ]);
  });
});
