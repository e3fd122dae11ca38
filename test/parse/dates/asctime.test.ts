import { describe, expect, it } from 'vitest';
import { readIso } from './read.ts';

describe('asctime and month-first dates', () => {
  it('reads C asctime with a space-padded day', () => {
    expect(readIso('Sun Jan  4 16:29:06 2004')).toBe('2004-01-04T16:29:06.000Z');
  });

  it('reads the Twitter form with the offset before the year', () => {
    expect(readIso('Sun Jul 15 01:16:00 +0000 2012')).toBe('2012-07-15T01:16:00.000Z');
  });

  it('reads the Unix date form with a zone name before the year', () => {
    expect(readIso('Sun Jan 4 16:29:06 EST 2004')).toBe('2004-01-04T21:29:06.000Z');
  });

  it("reads JavaScript's Date.toString with its comment", () => {
    expect(readIso('Thu Aug 30 2012 17:26:16 GMT+0200 (Central European Summer Time)')).toBe(
      '2012-08-30T15:26:16.000Z',
    );
  });

  it('reads the US style with an ordinal suffix and PM', () => {
    expect(readIso('August 30th, 2012 5:26 PM')).toBe('2012-08-30T17:26:00.000Z');
  });

  it('reads a month-first date without time', () => {
    expect(readIso('Aug 30, 2012')).toBe('2012-08-30T00:00:00.000Z');
  });

  it('rejects 13 PM', () => {
    expect(readIso('August 30, 2012 13:26 PM')).toBeNull();
  });
});
