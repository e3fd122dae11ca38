import { describe, expect, it } from 'vitest';
import { readIso } from './read.ts';

describe('RFC 822 / 1123 / 2822 dates', () => {
  it('reads the RFC 1123 form with GMT', () => {
    expect(readIso('Thu, 01 Jan 2004 19:48:21 GMT')).toBe('2004-01-01T19:48:21.000Z');
  });

  it('applies a numeric offset', () => {
    expect(readIso('Thu Aug 30 2012 17:26:16 +0200')).toBe('2012-08-30T15:26:16.000Z');
    expect(readIso('Fri, 25 Dec 2009 03:30:22 -0500')).toBe('2009-12-25T08:30:22.000Z');
  });

  it('applies an offset with a colon and odd minutes', () => {
    expect(readIso('Wed, 19 Feb 2012 22:40:00 -01:01')).toBe('2012-02-19T23:41:00.000Z');
  });

  it('reads a two-digit year with the RFC 5322 window (00–49 → 20xx, 50–99 → 19xx)', () => {
    expect(readIso('Thu, 01 Jan 04 19:48:21 GMT')).toBe('2004-01-01T19:48:21.000Z');
    expect(readIso('Fri, 01 Jan 99 00:00:00 GMT')).toBe('1999-01-01T00:00:00.000Z');
  });

  it('reads a single-digit day padded with a second space', () => {
    expect(readIso('Thu,  5 Apr 2012 10:00:00 GMT')).toBe('2012-04-05T10:00:00.000Z');
  });

  it('reads a time without seconds', () => {
    expect(readIso('Thu, 01 Jan 2004 00:00 GMT')).toBe('2004-01-01T00:00:00.000Z');
  });

  it('reads a date without time as midnight UTC', () => {
    expect(readIso('Thu, 01 Jan 2004')).toBe('2004-01-01T00:00:00.000Z');
  });

  it('reads a date without a weekday', () => {
    expect(readIso('26 Jan 2004 16:31:00 EST')).toBe('2004-01-26T21:31:00.000Z');
  });

  it('does not check the weekday against the date', () => {
    expect(readIso('Wed, 19 Feb 2012 22:40:00 GMT')).toBe('2012-02-19T22:40:00.000Z');
  });

  it('reads a full month name', () => {
    expect(readIso('Mon, 26 January 2004 16:31:00 ET')).toBe('2004-01-26T21:31:00.000Z');
  });

  it('reads a stray comma after the month', () => {
    expect(readIso('Mon, 13 Feb, 2012 06:28:00 UTC')).toBe('2012-02-13T06:28:00.000Z');
  });

  it('reads the RFC 850 form with hyphens', () => {
    expect(readIso('Sunday, 06-Nov-94 08:49:37 GMT')).toBe('1994-11-06T08:49:37.000Z');
  });

  it('reads a basic-form time without colons', () => {
    expect(readIso('03 Apr 02 1500 GMT')).toBe('2002-04-03T15:00:00.000Z');
  });

  it('reads a 12-hour time with PM', () => {
    expect(readIso('Mon, 26 Jan 2004 4:31 pm EST')).toBe('2004-01-26T21:31:00.000Z');
  });

  it('ignores a trailing RFC 5322 comment', () => {
    expect(readIso('Wed, 02 Oct 2002 13:00:00 +0000 (UTC)')).toBe('2002-10-02T13:00:00.000Z');
  });

  it('reads year 0100 without shifting it into the 1900s', () => {
    expect(readIso('Thu, 01 Jan 0100 00:00:01 +0100')).toBe('0099-12-31T23:00:01.000Z');
  });

  it('reads a Portuguese weekday and month', () => {
    expect(readIso('Seg, 24 Set 2018 19:18:49 -0300')).toBe('2018-09-24T22:18:49.000Z');
  });

  it.each([
    ['an invalid time', 'Sun, 16 Dec 2012 1:2:3:4 GMT'],
    ['an unknown month', 'Sun, 16 zzz 2012 11:47:32 GMT'],
    ['a letter for a day', 'Sun, Dec x 2012 11:47:32 GMT'],
    ['letters for a year', 'Sun, 16 Dec zz 11:47:32 GMT'],
    ['letters in the offset hours', 'Sun, 16 Dec 2012 11:47:32 +zz:00'],
    ['letters in the offset minutes', 'Sun, 16 Dec 2012 11:47:32 +00:zz'],
    ['day 99', 'Sun, 99 Jun 2009 12:00:00 GMT'],
    ['31 April', 'Thu, 31 Apr 2015 08:57:00 GMT'],
    ['hour 25', 'Thu, 30 Apr 2015 25:57:00 GMT'],
    ['two zones', 'Mon, 26 Jan 2004 16:31:00 +0100 +0100'],
  ])('rejects %s', (_what, text) => {
    expect(readIso(text)).toBeNull();
  });
});
