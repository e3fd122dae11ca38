// Parses the search language into a tree, rejecting what cannot mean anything with a message
// that points at the problem. Grammar:
//   query   := or
//   or      := and ("OR" and)*
//   and     := unary ("AND"? unary)*
//   unary   := ("NOT" | "-") unary | primary
//   primary := "(" or ")" | field? (word | "phrase")
// Fields are title:, source:, entity: and theme:; any other `name:` is searched as text.
import type { QueryField, QueryNode } from './query-ast.ts';
import { queryError, tokenizeQuery, type QueryToken } from './tokenize-query.ts';

class Parser {
  private i = 0;
  constructor(
    private readonly query: string,
    private readonly tokens: readonly QueryToken[],
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) throw queryError(this.query, 0, 'the query is empty');
    const node = this.parseOr();
    const extra = this.tokens[this.i];
    if (extra)
      throw queryError(this.query, extra.pos, extra.kind === 'close' ? 'unmatched ")"' : 'unexpected input');
    return node;
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.i];
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    while (this.peek()?.kind === 'or') {
      this.i += 1;
      children.push(this.parseAnd());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'or', children };
  }

  private parseAnd(): QueryNode {
    const children = [this.parseUnary()];
    for (let next = this.peek(); next && next.kind !== 'or' && next.kind !== 'close'; next = this.peek()) {
      if (next.kind === 'and') this.i += 1;
      children.push(this.parseUnary());
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'and', children };
  }

  private parseUnary(): QueryNode {
    const token = this.peek();
    if (token?.kind === 'not' || token?.kind === 'minus') {
      this.i += 1;
      return { kind: 'not', child: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode {
    const token = this.peek();
    if (!token) throw queryError(this.query, this.query.length, 'the query ends where a word was expected');
    this.i += 1;
    if (token.kind === 'open') {
      const inner = this.parseOr();
      if (this.peek()?.kind !== 'close') throw queryError(this.query, token.pos, 'unclosed "("');
      this.i += 1;
      return inner;
    }
    if (token.kind === 'field') return this.parseFieldValue(token);
    return this.leaf(token, 'any');
  }

  private parseFieldValue(token: QueryToken & { kind: 'field' }): QueryNode {
    const value = this.peek();
    if (!value || (value.kind !== 'word' && value.kind !== 'phrase')) {
      throw queryError(this.query, token.pos, `"${token.text}:" needs a word or a "phrase" after it`);
    }
    this.i += 1;
    return this.leaf(value, token.text as QueryField);
  }

  private leaf(token: QueryToken, field: QueryField): QueryNode {
    if (token.kind === 'phrase') {
      if (token.text.trim() === '') throw queryError(this.query, token.pos, 'empty phrase');
      return { kind: 'phrase', field, text: token.text };
    }
    if (token.kind !== 'word') throw queryError(this.query, token.pos, `unexpected ${describe(token)}`);
    const isPrefix = token.text.endsWith('*');
    const text = isPrefix ? token.text.slice(0, -1) : token.text;
    if (!/[\p{L}\p{N}]/u.test(text))
      throw queryError(this.query, token.pos, `"${token.text}" has no letters or digits to search for`);
    return { kind: 'term', field, text, isPrefix };
  }
}

function describe(token: QueryToken): string {
  if (token.kind === 'close') return '")"';
  if (token.kind === 'and' || token.kind === 'or' || token.kind === 'not')
    return `operator ${token.kind.toUpperCase()}`;
  return token.kind;
}

/** Returns the tree of a search query; throws AppError('query.syntax') pointing at the problem. */
export function parseQuery(query: string): QueryNode {
  return new Parser(query, tokenizeQuery(query)).parse();
}
