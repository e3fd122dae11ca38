// A recursive-descent parser for the Python expression subset of feedparser's `Expect:`
// headers: boolean operators, chained comparisons, + - * %, subscripts, attributes, calls,
// and tuple, list and dict displays. Anything else is an UnsupportedError.
// Grammar: https://docs.python.org/3/reference/expressions.html
import { tokenize, type Token } from './py-tokens.ts';
import { UnsupportedError, type PyValue } from './py-value.ts';

export type Node =
  | { readonly t: 'const'; readonly value: PyValue }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'bool'; readonly op: 'and' | 'or'; readonly items: readonly Node[] }
  | { readonly t: 'not'; readonly operand: Node }
  | {
      readonly t: 'compare';
      readonly first: Node;
      readonly ops: readonly string[];
      readonly rest: readonly Node[];
    }
  | { readonly t: 'binop'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly t: 'neg'; readonly operand: Node }
  | { readonly t: 'subscript'; readonly obj: Node; readonly index: Node }
  | { readonly t: 'attr'; readonly obj: Node; readonly name: string }
  | { readonly t: 'call'; readonly fn: Node; readonly args: readonly Node[] }
  | { readonly t: 'tuple' | 'list'; readonly items: readonly Node[] }
  | { readonly t: 'dict'; readonly keys: readonly Node[]; readonly values: readonly Node[] };

const COMPARE_OPS = new Set(['==', '!=', '<', '>', '<=', '>=']);
const KEYWORD_CONSTANTS: Readonly<Record<string, PyValue>> = { None: null, True: true, False: false };
const UNSUPPORTED_KEYWORDS = new Set(['lambda', 'if', 'else', 'for', 'yield', 'await']);

class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Node {
    const node = this.expression();
    if (this.peek().kind !== 'end') throw new UnsupportedError(`unexpected '${this.peek().text}'`);
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    this.pos += 1;
    return token;
  }

  private isOp(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return (token.kind === 'op' || token.kind === 'name') && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new UnsupportedError(`expected '${text}', found '${this.peek().text}'`);
    this.pos += 1;
  }

  private expression(): Node {
    return this.boolOp('or', () => this.boolOp('and', () => this.notTest()));
  }

  private boolOp(op: 'and' | 'or', operand: () => Node): Node {
    const items = [operand()];
    while (this.isOp(op)) {
      this.pos += 1;
      items.push(operand());
    }
    return items.length === 1 ? (items[0] as Node) : { t: 'bool', op, items };
  }

  private notTest(): Node {
    if (this.isOp('not')) {
      this.pos += 1;
      return { t: 'not', operand: this.notTest() };
    }
    return this.comparison();
  }

  private compareOp(): string | null {
    const token = this.peek();
    if (token.kind === 'op' && COMPARE_OPS.has(token.text)) return this.next().text;
    if (this.isOp('in')) return this.next().text;
    if (this.isOp('not') && this.isOp('in', 1)) {
      this.pos += 2;
      return 'not in';
    }
    if (this.isOp('is')) {
      this.pos += 1;
      if (!this.isOp('not')) return 'is';
      this.pos += 1;
      return 'is not';
    }
    return null;
  }

  private comparison(): Node {
    const first = this.arith();
    const ops: string[] = [];
    const rest: Node[] = [];
    for (let op = this.compareOp(); op !== null; op = this.compareOp()) {
      ops.push(op);
      rest.push(this.arith());
    }
    return ops.length ? { t: 'compare', first, ops, rest } : first;
  }

  private arith(): Node {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text;
      left = { t: 'binop', op, left, right: this.term() };
    }
    return left;
  }

  private term(): Node {
    let left = this.factor();
    while (this.isOp('*') || this.isOp('%')) {
      const op = this.next().text;
      left = { t: 'binop', op, left, right: this.factor() };
    }
    return left;
  }

  private factor(): Node {
    if (this.isOp('-')) {
      this.pos += 1;
      return { t: 'neg', operand: this.factor() };
    }
    if (this.isOp('+')) this.pos += 1;
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.atom();
    for (;;) {
      if (this.isOp('(')) node = { t: 'call', fn: node, args: this.sequence('(', ')') };
      else if (this.isOp('[')) node = this.subscript(node);
      else if (this.isOp('.')) {
        this.pos += 1;
        const name = this.next();
        if (name.kind !== 'name') throw new UnsupportedError(`expected a name after '.'`);
        node = { t: 'attr', obj: node, name: name.text };
      } else return node;
    }
  }

  private subscript(obj: Node): Node {
    this.expect('[');
    const index = this.expression();
    if (this.isOp(':')) throw new UnsupportedError('slices');
    this.expect(']');
    return { t: 'subscript', obj, index };
  }

  private sequence(open: string, close: string): Node[] {
    this.expect(open);
    const items: Node[] = [];
    while (!this.isOp(close)) {
      items.push(this.expression());
      if (!this.isOp(close)) this.expect(',');
    }
    this.expect(close);
    return items;
  }

  private parenthesised(): Node {
    const start = this.pos;
    const items = this.sequence('(', ')');
    const hasComma = this.tokens.slice(start, this.pos).some((t) => t.text === ',');
    return items.length === 1 && !hasComma ? (items[0] as Node) : { t: 'tuple', items };
  }

  private dictDisplay(): Node {
    this.expect('{');
    const keys: Node[] = [];
    const values: Node[] = [];
    while (!this.isOp('}')) {
      keys.push(this.expression());
      if (!this.isOp(':')) throw new UnsupportedError('set displays');
      this.pos += 1;
      values.push(this.expression());
      if (!this.isOp('}')) this.expect(',');
    }
    this.expect('}');
    return { t: 'dict', keys, values };
  }

  private atom(): Node {
    const token = this.peek();
    if (token.kind === 'number') return { t: 'const', value: this.next().value as number };
    if (token.kind === 'string') {
      let value = '';
      while (this.peek().kind === 'string') value += this.next().value as string;
      return { t: 'const', value };
    }
    if (this.isOp('(')) return this.parenthesised();
    if (this.isOp('[')) return { t: 'list', items: this.sequence('[', ']') };
    if (this.isOp('{')) return this.dictDisplay();
    if (token.kind === 'name') {
      this.pos += 1;
      if (token.text in KEYWORD_CONSTANTS)
        return { t: 'const', value: KEYWORD_CONSTANTS[token.text] as PyValue };
      if (UNSUPPORTED_KEYWORDS.has(token.text)) throw new UnsupportedError(`'${token.text}' expressions`);
      return { t: 'name', name: token.text };
    }
    throw new UnsupportedError(`unexpected '${token.text || 'end of expression'}'`);
  }
}

/** Returns the syntax tree of a Python expression; throws UnsupportedError outside the subset. */
export function parseExpression(src: string): Node {
  return new Parser(tokenize(src)).parseAll();
}
