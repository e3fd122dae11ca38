import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/parse/dates/index.ts';
import { readIso } from './read.ts';

describe('parseFeedDate', () => {
  it('returns a Date', () => {
    expect(parseFeedDate('2003-12-31T10:14:55Z')?.getTime()).toBe(1072865695000);
  });

  it('ignores surrounding whitespace and newlines', () => {
    expect(readIso('\n   Thu, 01 Jan 2004 19:48:21 GMT\r\n  ')).toBe('2004-01-01T19:48:21.000Z');
  });

  it('rejects the empty string and whitespace', () => {
    expect(readIso('')).toBeNull();
    expect(readIso('  \n ')).toBeNull();
  });

  it.each(['1', '12', 'x 2012', 'now', 'yesterday', 'Thu', '2012-13', '12/25/2012', 'null'])(
    'rejects what a lenient Date.parse would take or guess: %j',
    (text) => {
      expect(readIso(text)).toBeNull();
    },
  );

  it('rejects a text too long to be a date without scanning it', () => {
    expect(readIso(`Thu, 01 Jan 2004 19:48:21 GMT${' (x)'.repeat(40)}`)).toBeNull();
  });

  it('returns null rather than throwing on hostile input', () => {
    const hostile = [
      'a'.repeat(100_000),
      `${'1'.repeat(60)}-`,
      '\u0000\uffff',
      'Thu, 01 Jan 2004 99:99:99 \u{1F600}',
    ];
    expect(hostile.map((t) => parseFeedDate(t))).toEqual([null, null, null, null]);
  });
});
