import { describe, expect, it } from 'vitest';
import { readIsoTimestamp, readRfc1123 } from '../../../src/parse/dates/fast-path.ts';
import { parseRfc822 } from '../../../src/parse/dates/rfc822.ts';
import { parseW3dtf } from '../../../src/parse/dates/w3dtf.ts';

// The fast readers must agree with the general ones wherever they give an answer.
const ISO_TEXTS = [
  '2003-12-31T10:14:55Z',
  '2003-12-31t10:14:55z',
  '2007-04-23T23:25:47.538+10:00',
  '2003-12-31T10:14:55.1234Z',
  '2003-12-31T10:14:55.5-0800',
  '2004-02-28T18:14:55-08:00',
  '2003-12-31T10:14:55+24:00',
  '2003-13-31T10:14:55Z',
  '2003-12-31T10:14:55Zextra',
  '2003-12-31T10:14:55+08:0x',
];
const RFC_TEXTS = [
  'Thu, 01 Jan 2004 19:48:21 GMT',
  'Thu, 01 Jan 2004 19:48:21 gmt',
  'Tue, 10 Jun 2003 04:00:00 PST',
  'Fri, 25 Dec 2009 03:30:22 +0000',
  'Fri, 25 Dec 2009 03:30:22 -05:30',
  'Fri, 25 Dec 2009 03:30:22 CEST',
  'Fri, 25 Dec 2009 03:30:22 A',
  'Sun, 99 Jun 2009 12:00:00 GMT',
  'Sun, 16 Zzz 2012 11:47:32 GMT',
  'Sun, 16 Dec 2012 11:47:32 +zz:00',
  'Sun, 16 Dec 2012 11:47:32 GMT+1',
  '123, 16 Dec 2012 11:47:32 GMT',
];

describe('fast path', () => {
  it('reads the common W3C-DTF shape', () => {
    expect(readIsoTimestamp('2003-12-31T10:14:55Z')).toBe(Date.UTC(2003, 11, 31, 10, 14, 55));
  });

  it('reads the common RFC 1123 shape', () => {
    expect(readRfc1123('Thu, 01 Jan 2004 19:48:21 GMT')).toBe(Date.UTC(2004, 0, 1, 19, 48, 21));
  });

  it('leaves other shapes to the general readers', () => {
    expect([readIsoTimestamp('2003-12-31'), readRfc1123('Thu, 1 Jan 2004 19:48:21 GMT')]).toEqual([
      null,
      null,
    ]);
  });

  it('agrees with the W3C-DTF reader wherever it answers', () => {
    const disagreements = ISO_TEXTS.filter(
      (t) => readIsoTimestamp(t) !== null && readIsoTimestamp(t) !== parseW3dtf(t),
    );
    expect(disagreements).toEqual([]);
  });

  it('agrees with the RFC 822 reader wherever it answers', () => {
    const disagreements = RFC_TEXTS.filter(
      (t) => readRfc1123(t) !== null && readRfc1123(t) !== parseRfc822(t),
    );
    expect(disagreements).toEqual([]);
  });

  it('answers for most of the agreement fixtures, so the agreement tests test something', () => {
    const answered = [...ISO_TEXTS.map(readIsoTimestamp), ...RFC_TEXTS.map(readRfc1123)].filter(
      (v) => v !== null,
    );
    expect(answered.length).toBe(14);
  });
});
