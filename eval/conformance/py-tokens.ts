// The tokenizer for the Python expressions in feedparser's `Expect:` headers.
// Spec: https://docs.python.org/3/reference/lexical_analysis.html (the subset the tests use).
import { UnsupportedError } from './py-value.ts';

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'end';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** The decoded value of a string or number literal. */
  readonly value?: string | number;
}

const OPS = [
  '==',
  '!=',
  '<=',
  '>=',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  '+',
  '-',
  '*',
  '%',
];
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};
const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function decodeEscape(body: string, i: number): [string, number] {
  const c = body[i + 1] ?? '';
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return [simple, i + 2];
  const hexLength = HEX_ESCAPE_LENGTH[c];
  if (hexLength !== undefined) {
    const hex = body.slice(i + 2, i + 2 + hexLength);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength)
      throw new UnsupportedError(`bad escape \\${c}${hex}`);
    return [String.fromCodePoint(Number.parseInt(hex, 16)), i + 2 + hexLength];
  }
  const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0];
  if (octal) return [String.fromCodePoint(Number.parseInt(octal, 8)), i + 1 + octal.length];
  if (c === 'N') throw new UnsupportedError('\\N{...} escapes');
  return [`\\${c}`, i + 2];
}

/** Returns the value of a string literal body with Python's escapes decoded. */
export function decodeStringBody(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    if (body[i] !== '\\') {
      out += body[i];
      i += 1;
      continue;
    }
    const [text, next] = decodeEscape(body, i);
    out += text;
    i = next;
  }
  return out;
}

function readString(src: string, start: number, prefix: string): [Token, number] {
  const lower = prefix.toLowerCase();
  if (lower.includes('b') || lower.includes('f')) throw new UnsupportedError(`${prefix}'' literals`);
  const q = src[start] as string;
  const quote = src.startsWith(q.repeat(3), start) ? q.repeat(3) : q;
  let i = start + quote.length;
  while (i < src.length && !src.startsWith(quote, i)) i += src[i] === '\\' ? 2 : 1;
  if (i >= src.length) throw new UnsupportedError('unterminated string literal');
  const body = src.slice(start + quote.length, i);
  const value = lower.includes('r') ? body : decodeStringBody(body);
  const end = i + quote.length;
  return [{ kind: 'string', text: src.slice(start - prefix.length, end), value }, end];
}

function readNumber(src: string, start: number): [Token, number] {
  const m = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(start));
  const text = m?.[0] ?? '';
  if (/[jJlL]/.test(src[start + text.length] ?? '')) throw new UnsupportedError('complex or long literals');
  return [{ kind: 'number', text, value: Number(text) }, start + text.length];
}

function readWord(src: string, start: number): [Token, number] | null {
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(start));
  if (!m) return null;
  const word = m[0];
  const end = start + word.length;
  const next = src[end];
  if ((next === "'" || next === '"') && /^(?:[rRuUbBfF]|[rR][bB]|[bB][rR])$/.test(word)) {
    return readString(src, end, word);
  }
  return [{ kind: 'name', text: word }, end];
}

function readToken(src: string, i: number): [Token, number] {
  const c = src[i] as string;
  if (c === "'" || c === '"') return readString(src, i, '');
  if (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? ''))) return readNumber(src, i);
  const word = readWord(src, i);
  if (word) return word;
  const op = OPS.find((o) => src.startsWith(o, i));
  if (!op) throw new UnsupportedError(`unexpected character ${JSON.stringify(c)}`);
  return [{ kind: 'op', text: op }, i + op.length];
}

/** Returns the tokens of a Python expression, ending with an 'end' token. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i] as string)) {
      i += 1;
      continue;
    }
    const [token, next] = readToken(src, i);
    tokens.push(token);
    i = next;
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}
