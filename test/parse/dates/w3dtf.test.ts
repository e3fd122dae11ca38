import { describe, expect, it } from 'vitest';
import { readIso } from './read.ts';

describe('W3C-DTF and four-digit-year ISO 8601 dates', () => {
  it('reads a full timestamp in UTC', () => {
    expect(readIso('2003-12-31T10:14:55Z')).toBe('2003-12-31T10:14:55.000Z');
  });

  it('applies a negative offset', () => {
    expect(readIso('2003-12-31T10:14:55-08:00')).toBe('2003-12-31T18:14:55.000Z');
  });

  it('applies a positive offset', () => {
    expect(readIso('2003-12-31T18:14:55+08:00')).toBe('2003-12-31T10:14:55.000Z');
  });

  it('applies an offset of minutes only', () => {
    expect(readIso('2004-07-08 23:56:58 -00:20')).toBe('2004-07-09T00:16:58.000Z');
  });

  it('keeps fractional seconds to the millisecond', () => {
    expect(readIso('2007-04-23T23:25:47.538+10:00')).toBe('2007-04-23T13:25:47.538Z');
    expect(readIso('2003-12-31T10:14:55.1234Z')).toBe('2003-12-31T10:14:55.123Z');
  });

  it('reads a date alone as midnight UTC', () => {
    expect(readIso('2003-12-31')).toBe('2003-12-31T00:00:00.000Z');
  });

  it('reads a year and month as the first of the month', () => {
    expect(readIso('2003-12')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('reads a year alone as 1 January', () => {
    expect(readIso('2003')).toBe('2003-01-01T00:00:00.000Z');
  });

  it('crosses into a leap day', () => {
    expect(readIso('2004-02-28T18:14:55-08:00')).toBe('2004-02-29T02:14:55.000Z');
  });

  it('crosses into March in a common year', () => {
    expect(readIso('2003-02-28T18:14:55-08:00')).toBe('2003-03-01T02:14:55.000Z');
  });

  it('knows 2000 is a leap year', () => {
    expect(readIso('2000-02-28T18:14:55-08:00')).toBe('2000-02-29T02:14:55.000Z');
  });

  it('reads a space instead of T and no zone as UTC', () => {
    expect(readIso('2004-07-08 23:56:58')).toBe('2004-07-08T23:56:58.000Z');
  });

  it('reads a zero fraction after a space-separated time', () => {
    expect(readIso('2004-07-08 23:56:58.0')).toBe('2004-07-08T23:56:58.000Z');
  });

  it('reads a time without seconds', () => {
    expect(readIso('2002-10-17T17:00+01:00')).toBe('2002-10-17T16:00:00.000Z');
  });

  it('reads the basic format without separators', () => {
    expect(readIso('20040708T235658Z')).toBe('2004-07-08T23:56:58.000Z');
  });

  it('reads an ordinal date', () => {
    expect(readIso('2003-335')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('reads a zero-padded three-digit month', () => {
    expect(readIso('2003-012-31T10:14:55+00:00')).toBe('2003-12-31T10:14:55.000Z');
  });

  it('reads lower-case t and z', () => {
    expect(readIso('2003-12-31t10:14:55z')).toBe('2003-12-31T10:14:55.000Z');
  });

  it('reads 24:00 as the end of the day', () => {
    expect(readIso('2003-12-31T24:00:00Z')).toBe('2004-01-01T00:00:00.000Z');
  });

  it('keeps a leap second inside its minute', () => {
    expect(readIso('2016-12-31T23:59:60Z')).toBe('2016-12-31T23:59:59.000Z');
  });

  it.each([
    ['an offset out of range', '9999-12-31T23:59:59-99:99'],
    ['hour 25', '2003-12-31T25:14:55Z'],
    ['minute 61', '2003-12-31T10:61:55Z'],
    ['second 61', '2003-12-31T10:14:61Z'],
    ['a five-digit year', '22013'],
    ['three digits', '013'],
    ['a fourth date field', '2013-01-27-01'],
    ['trailing text', '2013-01-28T11:30:00-06:00Textra'],
    ['letters for a month', '2013-xx-27'],
    ['letters for minutes', '2013-01-28T09:xx:00Z'],
    ['letters in the offset', '2013-01-28T09:00:00+00:xx'],
    ['30 February', '2012-02-30'],
    ['year 0', '0000-01-01'],
    ['a time after a year and month', '2003-12T10:00Z'],
    ['a result before year 1', '0001-01-01T00:30:00+01:00'],
    ['a result after year 9999', '9999-12-31T23:59:59-01:00'],
  ])('rejects %s', (_what, text) => {
    expect(readIso(text)).toBeNull();
  });
});
