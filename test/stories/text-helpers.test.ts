import { describe, expect, it } from 'vitest';
import { findCapitalisedPhrases, splitSentences } from '../../src/stories/index.ts';
import {
  findCitedNumbers,
  findDateMonths,
  findLatestYear,
  findLead,
  findWeekdays,
} from '../../src/stories/text-signals.ts';
import { stemWord } from '../../src/stories/word-stem.ts';

describe('stemWord', () => {
  it('gives one stem to plural, -ed and -ing forms', () => {
    expect(['fires', 'fired', 'firing', 'fire'].map(stemWord)).toEqual(['fir', 'fir', 'fir', 'fir']);
    expect(['stopped', 'stopping', 'stops'].map(stemWord)).toEqual(['stop', 'stop', 'stop']);
    expect(['killed', 'kills'].map(stemWord)).toEqual(['kill', 'kill']);
  });

  it('leaves short words, -ss words and numbers alone', () => {
    expect(['bus', 'press', 'news', '2013s'].map(stemWord)).toEqual(['bus', 'press', 'new', '2013s']);
  });
});

describe('splitSentences', () => {
  it('splits at full stops and line breaks but not after abbreviations or initials', () => {
    const text = 'Mr. Smith went to the U.S. on Friday. He left.\nA new line';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith went to the U.S. on Friday.',
      'He left.',
      'A new line',
    ]);
  });
});

describe('findCapitalisedPhrases', () => {
  it('finds names but not sentence-initial words', () => {
    expect(
      findCapitalisedPhrases('Police said Tara Reid entered Promises Treatment Center. Officials agreed.'),
    ).toEqual(['tara reid', 'promises treatment center']);
  });

  it('takes words from a Title Case headline only when the body shows them as names', () => {
    expect(
      findCapitalisedPhrases('Actress Lindsay Lohan checked in on Friday.', 'Lohan Checks Into Rehab Again'),
    ).toEqual(['lohan', 'lindsay lohan']);
  });
});

describe('text signals', () => {
  it('finds the latest year, the cited numbers and the weekdays', () => {
    const text =
      'On Saturday, 23 pirates were held; in 2008 and 2011 there were 1,200 attacks and 5.6 quakes.';
    expect(findLatestYear(text)).toBe(2011);
    expect([...findCitedNumbers(text)]).toEqual(['23', '1200', '5.6']);
    expect([...findWeekdays(text)]).toEqual(['saturday']);
  });

  it('takes the months of written dates, not the word may', () => {
    expect([
      ...findDateMonths('It may rain. Posted May 03, 2013; voting began on Dec. 14 and ended in December.'),
    ]).toEqual(['may', 'dec']);
  });

  it('skips datelines and bylines to find the lead', () => {
    expect(findLead('May 03, 2013\nBy Jane Doe\nLindsay Lohan has checked into the Betty Ford Center.')).toBe(
      'Lindsay Lohan has checked into the Betty Ford Center.',
    );
  });
});
