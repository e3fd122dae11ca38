import { describe, expect, it } from 'vitest';
import { parseQuery, splitQuery, toFts5 } from '../../src/query/index.ts';

const split = (q: string) => {
  const s = splitQuery(parseQuery(q));
  return { text: s.text ? toFts5(s.text) : null, filters: s.filters };
};

describe('splitting a query into words and filters', () => {
  it('takes entity: beside words as a filter', () => {
    expect(split('entity:"National Crime Agency" cotton')).toEqual({
      text: '"cotton"',
      filters: [{ field: 'entity', value: 'National Crime Agency', isNegated: false }],
    });
  });

  it('takes an excluded entity as a negated filter', () => {
    expect(split('xinjiang -entity:NCA').filters).toEqual([
      { field: 'entity', value: 'NCA', isNegated: true },
    ]);
  });

  it('allows a filter alone', () => {
    expect(split('entity:Hikvision')).toEqual({
      text: null,
      filters: [{ field: 'entity', value: 'Hikvision', isNegated: false }],
    });
  });

  it('refuses a filter inside OR, saying why', () => {
    expect(() => split('entity:UN OR cotton')).toThrow(
      'search: entity: and theme: can be combined with words by AND or NOT, not inside OR or parentheses',
    );
  });

  it('refuses a query that only excludes', () => {
    expect(() => split('-entity:UN')).toThrow('search: NOT needs something to exclude from');
  });
});
