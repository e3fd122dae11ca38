import { describe, expect, it } from 'vitest';
import { daysInMonth, instantOf, instantOfOrdinal, isLeapYear } from '../../../src/parse/dates/calendar.ts';

describe('calendar', () => {
  it('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2004, 2003, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });

  it('knows the length of February', () => {
    expect([daysInMonth(2004, 2), daysInMonth(2003, 2)]).toEqual([29, 28]);
  });

  it('matches Date.UTC for modern dates', () => {
    expect(instantOf(2012, 2, 29, 3_600_000, 0)).toBe(Date.UTC(2012, 1, 29, 1));
  });

  it('reads years below 100 literally', () => {
    expect(new Date(instantOf(99, 12, 31, 0, 0) ?? Number.NaN).toISOString()).toBe(
      '0099-12-31T00:00:00.000Z',
    );
  });

  it('subtracts an offset east of UTC', () => {
    expect(instantOf(1970, 1, 1, 0, 60)).toBe(-3_600_000);
  });

  it('reads day 366 of a leap year as 31 December', () => {
    expect(instantOfOrdinal(2004, 366, 0, 0)).toBe(Date.UTC(2004, 11, 31));
  });

  it('rejects year 10000', () => {
    expect(instantOf(10000, 1, 1, 0, 0)).toBeNull();
  });
});
