// Cuts a query into tokens, each with its position, so errors can point at the problem.
import { AppError } from '../model/index.ts';

export type QueryToken =
  | { readonly kind: 'word'; readonly text: string; readonly pos: number }
  | { readonly kind: 'phrase'; readonly text: string; readonly pos: number }
  | { readonly kind: 'field'; readonly text: string; readonly pos: number }
  | { readonly kind: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close'; readonly pos: number };

const FIELD = /^(title|source|entity|theme):/i;

/** Returns a query error whose message shows the query with a caret under pos. */
export function queryError(query: string, pos: number, problem: string): AppError {
  const message = `search: ${problem} at position ${pos + 1}\n  ${query}\n  ${' '.repeat(pos)}^`;
  return new AppError('query.syntax', message, { query, position: pos });
}

function readPhrase(query: string, start: number): { token: QueryToken; end: number } {
  const close = query.indexOf('"', start + 1);
  if (close === -1) throw queryError(query, start, 'unclosed quotation mark');
  return { token: { kind: 'phrase', text: query.slice(start + 1, close), pos: start }, end: close + 1 };
}

function readWord(query: string, start: number): { token: QueryToken; end: number } {
  let end = start;
  while (end < query.length && !/[\s()"]/.test(query[end] as string)) end += 1;
  const text = query.slice(start, end);
  const field = FIELD.exec(text);
  if (field)
    return {
      token: { kind: 'field', text: (field[1] as string).toLowerCase(), pos: start },
      end: start + field[0].length,
    };
  if (text === 'AND') return { token: { kind: 'and', pos: start }, end };
  if (text === 'OR') return { token: { kind: 'or', pos: start }, end };
  if (text === 'NOT') return { token: { kind: 'not', pos: start }, end };
  return { token: { kind: 'word', text, pos: start }, end };
}

/** Returns the tokens of query. Operators are upper-case words, as in most search engines. */
export function tokenizeQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', pos: i });
      i += 1;
    } else if (
      c === '-' &&
      i + 1 < query.length &&
      !/\s/.test(query[i + 1] as string) &&
      (i === 0 || /[\s(]/.test(query[i - 1] as string))
    ) {
      tokens.push({ kind: 'minus', pos: i });
      i += 1;
    } else {
      const { token, end } = c === '"' ? readPhrase(query, i) : readWord(query, i);
      tokens.push(token);
      i = end;
    }
  }
  return tokens;
}
