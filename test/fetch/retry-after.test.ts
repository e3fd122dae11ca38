import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/fetch/index.ts';

const now = new Date('2030-01-02T03:04:05Z');

describe('retryAfterMs', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
  });

  it('reads an IMF-fixdate as the delay from now', () => {
    expect(retryAfterMs('Wed, 02 Jan 2030 03:14:05 GMT', now)).toBe(600_000);
  });

  it('reads an RFC 850 date', () => {
    expect(retryAfterMs('Wednesday, 02-Jan-30 03:05:05 GMT', now)).toBe(60_000);
  });

  it('returns 0 for a date in the past', () => {
    expect(retryAfterMs('Tue, 01 Jan 2030 00:00:00 GMT', now)).toBe(0);
  });

  it('returns null for a negative or fractional number', () => {
    expect(retryAfterMs('-5', now)).toBe(null);
    expect(retryAfterMs('1.5', now)).toBe(null);
  });

  it('returns null for garbage and for no header', () => {
    expect(retryAfterMs('soon', now)).toBe(null);
    expect(retryAfterMs(undefined, now)).toBe(null);
  });
});
