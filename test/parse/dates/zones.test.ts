import { describe, expect, it } from 'vitest';
import { readIso } from './read.ts';

const at = (zone: string) => readIso(`Mon, 26 Jan 2004 16:31:00 ${zone}`);

describe('zones', () => {
  it.each([
    ['UT', '2004-01-26T16:31:00.000Z'],
    ['UTC', '2004-01-26T16:31:00.000Z'],
    ['Z', '2004-01-26T16:31:00.000Z'],
    ['EST', '2004-01-26T21:31:00.000Z'],
    ['EDT', '2004-01-26T20:31:00.000Z'],
    ['CST', '2004-01-26T22:31:00.000Z'],
    ['CDT', '2004-01-26T21:31:00.000Z'],
    ['MST', '2004-01-26T23:31:00.000Z'],
    ['MDT', '2004-01-26T22:31:00.000Z'],
    ['PST', '2004-01-27T00:31:00.000Z'],
    ['PDT', '2004-01-26T23:31:00.000Z'],
  ])('reads the RFC 822 zone %s', (zone, expected) => {
    expect(at(zone)).toBe(expected);
  });

  it.each([
    ['AT', '2004-01-26T20:31:00.000Z'],
    ['ET', '2004-01-26T21:31:00.000Z'],
    ['CT', '2004-01-26T22:31:00.000Z'],
    ['MT', '2004-01-26T23:31:00.000Z'],
    ['PT', '2004-01-27T00:31:00.000Z'],
  ])('reads the generic North American zone %s', (zone, expected) => {
    expect(at(zone)).toBe(expected);
  });

  it.each([
    ['MET', '2004-01-26T15:31:00.000Z'],
    ['MEST', '2004-01-26T14:31:00.000Z'],
    ['CET', '2004-01-26T15:31:00.000Z'],
    ['CEST', '2004-01-26T14:31:00.000Z'],
    ['BST', '2004-01-26T15:31:00.000Z'],
    ['IST', '2004-01-26T11:01:00.000Z'],
    ['JST', '2004-01-26T07:31:00.000Z'],
  ])('reads the zone abbreviation %s', (zone, expected) => {
    expect(at(zone)).toBe(expected);
  });

  it('reads lower-case zone names', () => {
    expect(at('pst')).toBe('2004-01-27T00:31:00.000Z');
  });

  it('reads Etc/GMT as UTC', () => {
    expect(at('Etc/GMT')).toBe('2004-01-26T16:31:00.000Z');
  });

  it('reads Etc/GMT+5 with the tz database sign (five hours behind UTC)', () => {
    expect(at('Etc/GMT+5')).toBe('2004-01-26T21:31:00.000Z');
  });

  it('reads GMT followed by an offset', () => {
    expect(at('GMT-01:01')).toBe('2004-01-26T17:32:00.000Z');
    expect(at('UTC+08:00')).toBe('2004-01-26T08:31:00.000Z');
  });

  it('reads an hours-only offset', () => {
    expect(at('+05')).toBe('2004-01-26T11:31:00.000Z');
  });

  it('reads a military letter other than Z as UTC, as RFC 5322 asks', () => {
    expect(at('A')).toBe('2004-01-26T16:31:00.000Z');
    expect(at('Y')).toBe('2004-01-26T16:31:00.000Z');
  });

  it('reads an unknown zone abbreviation as UTC, as RFC 5322 asks', () => {
    expect(at('XYZ')).toBe('2004-01-26T16:31:00.000Z');
  });

  it('rejects an offset beyond 23:59', () => {
    expect(at('+2400')).toBeNull();
    expect(at('-01:60')).toBeNull();
  });

  it('rejects a zone name longer than five letters', () => {
    expect(at('GMTextra')).toBeNull();
  });
});
