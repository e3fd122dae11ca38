import { describe, expect, it } from 'vitest';
import { parseWatchlistCsv } from '../../src/screen/index.ts';

describe('parseWatchlistCsv', () => {
  it('reads the named columns in any order and case', () => {
    const { entries, problems } = parseWatchlistCsv(
      'Notes,Country,NAME,Aliases,Identifier\nsurveillance,CN,Hikvision,海康威视; Hik Vision ,HIK-1\n',
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        name: 'Hikvision',
        aliases: ['海康威视', 'Hik Vision'],
        countries: ['CN'],
        identifier: 'HIK-1',
        notes: 'surveillance',
        schema: null,
        extra: {},
        line: 2,
      },
    ]);
  });

  it('splits several countries at semicolons', () => {
    expect(parseWatchlistCsv('name,country\nAlpha,CN;HK\n').entries[0]?.countries).toEqual(['CN', 'HK']);
  });

  it('drops empty and repeated aliases and the name itself', () => {
    expect(parseWatchlistCsv('name,aliases\nAlpha,Beta;;Alpha;Beta\n').entries[0]?.aliases).toEqual(['Beta']);
  });

  it('keeps unknown columns', () => {
    expect(parseWatchlistCsv('name,ISIN,sector\nAlpha,CNE100000PM8,tech\n').entries[0]?.extra).toEqual({
      ISIN: 'CNE100000PM8',
      sector: 'tech',
    });
  });

  it('reads a row with fewer fields than the header, the rest empty', () => {
    const entry = parseWatchlistCsv('name,aliases,country\nAlpha\n').entries[0];
    expect([entry?.name, entry?.aliases, entry?.countries]).toEqual(['Alpha', [], []]);
  });

  it('skips a row with more fields than the header and reports its line', () => {
    const { entries, problems } = parseWatchlistCsv('name,country\nAlpha,CN,extra\nBeta,US\n');
    expect(entries.map((e) => e.name)).toEqual(['Beta']);
    expect(problems).toEqual([{ line: 2, message: 'watchlist: 3 fields but the header has 2' }]);
  });

  it('skips a row without a name and reports its line', () => {
    const { entries, problems } = parseWatchlistCsv('name,country\n,CN\nBeta,US\n');
    expect(entries.map((e) => e.line)).toEqual([3]);
    expect(problems).toEqual([{ line: 2, message: 'watchlist: the name is empty' }]);
  });

  it('reports the lines of rows after a multi-line field correctly', () => {
    const { entries, problems } = parseWatchlistCsv('name,notes\nAlpha,"a\nb"\n,x\n');
    expect(entries.map((e) => e.line)).toEqual([2]);
    expect(problems).toEqual([{ line: 4, message: 'watchlist: the name is empty' }]);
  });

  it('reads a file with a byte-order mark and CRLF line ends', () => {
    expect(
      parseWatchlistCsv('\uFEFFname,country\r\nAlpha,CN\r\n').entries.map((e) => [e.name, e.countries]),
    ).toEqual([['Alpha', ['CN']]]);
  });

  it('reads nothing without a name column and says what it found', () => {
    expect(parseWatchlistCsv('company,country\nAlpha,CN\n')).toEqual({
      entries: [],
      problems: [{ line: 1, message: 'watchlist: the header has no name column (found: company, country)' }],
    });
  });

  it('reports an empty file', () => {
    expect(parseWatchlistCsv('')).toEqual({
      entries: [],
      problems: [{ line: 1, message: 'watchlist: the file is empty' }],
    });
  });

  it('reports a repeated column and keeps it as an extra column', () => {
    const { entries, problems } = parseWatchlistCsv('name,Name\nAlpha,Beta\n');
    expect(entries.map((e) => [e.name, e.extra])).toEqual([['Alpha', { Name: 'Beta' }]]);
    expect(problems).toEqual([
      { line: 1, message: 'watchlist: column "Name" repeats name; kept as an extra column' },
    ]);
  });
});
