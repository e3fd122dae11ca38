import { describe, expect, it } from 'vitest';
import { parseFtmJsonLines } from '../../src/screen/index.ts';

const line = (value: unknown): string => JSON.stringify(value);

const PERSON = {
  id: 'Q7747',
  schema: 'Person',
  caption: 'Vladimir Putin',
  properties: {
    name: ['Vladimir Vladimirovich Putin'],
    alias: ['Владимир Путин', 'Vladimir Putin'],
    nationality: ['ru'],
    birthDate: ['1952-10-07'],
    notes: ['President of Russia'],
    topics: ['role.pep', 'sanction'],
  },
  datasets: ['eu_fsf', 'us_ofac_sdn'],
};

describe('parseFtmJsonLines', () => {
  it('reads a person with aliases, countries and other properties', () => {
    expect(parseFtmJsonLines(line(PERSON))).toEqual({
      entries: [
        {
          name: 'Vladimir Vladimirovich Putin',
          aliases: ['Владимир Путин', 'Vladimir Putin'],
          countries: ['ru'],
          identifier: 'Q7747',
          notes: 'President of Russia',
          schema: 'Person',
          extra: { birthDate: '1952-10-07', topics: 'role.pep; sanction', datasets: 'eu_fsf; us_ofac_sdn' },
          line: 1,
        },
      ],
      problems: [],
    });
  });

  it('reads a company, its other names and its jurisdiction', () => {
    const company = {
      id: 'NK-hik',
      schema: 'Company',
      properties: { name: ['Hikvision', '海康威视'], jurisdiction: ['cn'], country: ['cn'] },
    };
    const entry = parseFtmJsonLines(line(company)).entries[0];
    expect([entry?.name, entry?.aliases, entry?.countries, entry?.schema]).toEqual([
      'Hikvision',
      ['海康威视'],
      ['cn'],
      'Company',
    ]);
  });

  it('falls back to the caption when there is no name property', () => {
    const entity = { id: 'x', schema: 'Organization', caption: 'National Crime Agency', properties: {} };
    expect(parseFtmJsonLines(line(entity)).entries[0]?.name).toBe('National Crime Agency');
  });

  it('skips other schemata and says so', () => {
    const address = { id: 'a1', schema: 'Address', properties: { full: ['1 Main St'] } };
    expect(parseFtmJsonLines(`${line(PERSON)}\n${line(address)}\n`).problems).toEqual([
      { line: 2, message: 'watchlist: schema Address is not a person or body; skipped' },
    ]);
  });

  it('reports a line that is not JSON and reads the rest', () => {
    const read = parseFtmJsonLines(`{oops\n\n${line(PERSON)}\n`);
    expect(read.entries.map((e) => e.line)).toEqual([3]);
    expect(read.problems.map((p) => p.line)).toEqual([1]);
    expect(read.problems[0]?.message).toMatch(/^watchlist: not JSON: /);
  });

  it('reports an entity without an id', () => {
    expect(parseFtmJsonLines(line({ schema: 'Person', properties: { name: ['A'] } })).problems).toEqual([
      {
        line: 1,
        message:
          'watchlist: not a FollowTheMoney entity: id: Invalid input: expected string, received undefined',
      },
    ]);
  });

  it('reports an entity without any name', () => {
    expect(
      parseFtmJsonLines(line({ id: 'e1', schema: 'Person', properties: { name: [''] } })).problems,
    ).toEqual([{ line: 1, message: 'watchlist: entity e1 has no name' }]);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    expect(
      parseFtmJsonLines(`\uFEFF${line(PERSON)}\r\n${line(PERSON)}\r\n`).entries.map((e) => e.line),
    ).toEqual([1, 2]);
  });
});
