import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/screen/index.ts';

const fields = (text: string): string[][] => readCsv(text).records.map((r) => [...r.fields]);

describe('readCsv', () => {
  it('splits records at line ends and fields at commas', () => {
    expect(fields('a,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('accepts CRLF line ends', () => {
    expect(fields('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('ignores a byte-order mark', () => {
    expect(fields('\uFEFFname\nx')).toEqual([['name'], ['x']]);
  });

  it('reads commas inside quoted fields', () => {
    expect(fields('"Hikvision, Co., Ltd.",CN')).toEqual([['Hikvision, Co., Ltd.', 'CN']]);
  });

  it('reads doubled quotes as one quote', () => {
    expect(fields('"the ""Alpha"" group"')).toEqual([['the "Alpha" group']]);
  });

  it('reads line breaks inside quoted fields and numbers records by their first line', () => {
    const read = readCsv('name,notes\n"Alpha","line one\r\nline two"\nBeta,x\n');
    expect(read.records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'name', 'notes'],
      [2, 'Alpha', 'line one\r\nline two'],
      [4, 'Beta', 'x'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(fields('a,,c,')).toEqual([['a', '', 'c', '']]);
  });

  it('skips blank lines', () => {
    expect(readCsv('a\n\n\nb\n').records.map((r) => r.line)).toEqual([1, 4]);
  });

  it('reports a quoted field left open and keeps the records before it', () => {
    const read = readCsv('a\n"b\nc\n');
    expect(read.records.map((r) => r.fields[0])).toEqual(['a']);
    expect(read.problems).toEqual([
      { line: 2, message: 'csv: a quoted field is not closed before the end of the file' },
    ]);
  });

  it('reports text after a closing quote and reads on from the next line', () => {
    const read = readCsv('"a"b,c\nd,e\n');
    expect(read.records.map((r) => [...r.fields])).toEqual([['d', 'e']]);
    expect(read.problems).toEqual([{ line: 1, message: 'csv: text after a closing quote' }]);
  });
});
