import { describe, expect, it } from 'vitest';
import { readIso } from './read.ts';

describe('truncated ISO 8601 dates with two-digit years', () => {
  it('reads YYMMDD in the 2000s', () => {
    expect(readIso('031231')).toBe('2003-12-31T00:00:00.000Z');
  });

  it('reads YY-MM-DD', () => {
    expect(readIso('03-12-31')).toBe('2003-12-31T00:00:00.000Z');
  });

  it('reads the ordinal YYDDD', () => {
    expect(readIso('03335')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('reads the ordinal YY-DDD', () => {
    expect(readIso('03-335')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('reads -YYMM as the first of the month', () => {
    expect(readIso('-0312')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('reads -YY-MM as the first of the month', () => {
    expect(readIso('-03-12')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('reads a time after YYMMDD', () => {
    expect(readIso('031231T10:14:55Z')).toBe('2003-12-31T10:14:55.000Z');
  });

  it('rejects a bare five-digit run that starts like a year', () => {
    expect(readIso('22013')).toBeNull();
  });

  it('rejects forms that need the current date to complete them', () => {
    expect(readIso('--12-31')).toBeNull();
    expect(readIso('-335')).toBeNull();
  });

  it('rejects day 366 of a common year', () => {
    expect(readIso('03366')).toBeNull();
  });
});
