import { describe, expect, it } from 'vitest';
import { parseQuery, toFts5 } from '../../src/query/index.ts';
import { AppError } from '../../src/model/index.ts';

const fts = (q: string) => toFts5(parseQuery(q));

function errorOf(q: string): AppError {
  try {
    fts(q);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`no error for ${q}`);
}

describe('the query language', () => {
  it('joins bare words with AND', () => {
    expect(fts('forced labour')).toBe('("forced" AND "labour")');
  });

  it('keeps quoted phrases whole', () => {
    expect(fts('"forced labour" cotton')).toBe('("forced labour" AND "cotton")');
  });

  it('reads OR, NOT and parentheses', () => {
    expect(fts('(hikvision OR dahua) NOT sanctions')).toBe('(("hikvision" OR "dahua") NOT "sanctions")');
  });

  it('reads a leading minus as NOT', () => {
    expect(fts('cotton -xinjiang')).toBe('("cotton" NOT "xinjiang")');
  });

  it('reads prefix searches', () => {
    expect(fts('uyghur*')).toBe('"uyghur"*');
  });

  it('maps title: and source: to their columns', () => {
    expect(fts('title:"UN report" source:guardian')).toBe(
      '(title : "UN report" AND source_name : "guardian")',
    );
  });

  it('quotes FTS5 syntax in user words so it cannot inject operators', () => {
    expect(fts('NEAR(a b) col:x')).toBe('("NEAR" AND ("a" AND "b") AND "col:x")');
  });

  it('points at an unclosed parenthesis', () => {
    const err = errorOf('(cotton OR xinjiang');
    expect(err.code).toBe('query.syntax');
    expect(err.message).toBe('search: unclosed "(" at position 1\n  (cotton OR xinjiang\n  ^');
  });

  it('points at an unmatched closing parenthesis', () => {
    expect(errorOf('cotton)').message).toBe('search: unmatched ")" at position 7\n  cotton)\n        ^');
  });

  it('rejects an unclosed quotation mark', () => {
    expect(errorOf('"forced labour').message).toMatch(/^search: unclosed quotation mark at position 1/);
  });

  it('rejects a query that only excludes', () => {
    expect(errorOf('NOT cotton').message).toBe(
      'search: NOT needs something to exclude from: add a word to look for',
    );
  });

  it('rejects an operator with nothing after it', () => {
    expect(errorOf('cotton OR').message).toMatch(/^search: the query ends where a word was expected/);
  });

  it('searches an unknown name: as text, so URLs and times work', () => {
    expect(fts('https://example.org 10:30')).toBe('("https://example.org" AND "10:30")');
  });

  it('rejects a field with nothing after it', () => {
    expect(errorOf('title: ').message).toMatch(/^search: "title:" needs a word or a "phrase" after it/);
  });

  it('rejects an empty query', () => {
    expect(errorOf('   ').message).toMatch(/^search: the query is empty/);
  });
});
