import { describe, expect, it } from 'vitest';
import { readIso } from './read.ts';

describe('localised dates', () => {
  it('reads a Greek weekday and month', () => {
    expect(readIso('Κυρ, 11 Ιούλ 2004 12:00:00 EST')).toBe('2004-07-11T17:00:00.000Z');
  });

  it('reads a Hungarian month name between year and day', () => {
    expect(readIso('2004-július-13T9:15-05:00')).toBe('2004-07-13T14:15:00.000Z');
  });

  it('reads a French day-first date', () => {
    expect(readIso('1 janvier 2012')).toBe('2012-01-01T00:00:00.000Z');
  });

  it('reads accented and dotted abbreviations', () => {
    expect(readIso('3 févr. 2012 10:00 CET')).toBe('2012-02-03T09:00:00.000Z');
  });

  it('reads a Russian genitive month', () => {
    expect(readIso('9 мая 2012 10:00 MSK')).toBe('2012-05-09T07:00:00.000Z');
  });

  it('rejects a prefix two months share', () => {
    expect(readIso('11 Ιου 2004 12:00:00 GMT')).toBeNull();
  });

  it('reads the Korean OnBlog form in Korean Standard Time', () => {
    expect(readIso('2004년 05월 28일  01:31:15')).toBe('2004-05-27T16:31:15.000Z');
  });

  it('reads the Korean Nate form with 오후 (PM) in Korean Standard Time', () => {
    expect(readIso('2004-05-25 오후 11:23:17')).toBe('2004-05-25T14:23:17.000Z');
  });

  it('reads 오전 12 (AM) as the hour after midnight', () => {
    expect(readIso('2004-05-25 오전 12:05:00')).toBe('2004-05-24T15:05:00.000Z');
  });

  it('rejects hour 13 on the Korean 12-hour dial', () => {
    expect(readIso('2004-05-25 오후 13:05:00')).toBeNull();
  });

  it('reads the Perforce slashed form', () => {
    expect(readIso('Fri, 2006/09/15 08:19:53 EDT')).toBe('2006-09-15T12:19:53.000Z');
  });
});
