// The strict pass: a small, fast reader for well-formed XML, the common case. It stops at the
// first well-formedness error it finds, which is what tells us a feed is ill-formed, and the
// forgiving pass takes over. It reads the internal DTD subset only to skip it: entities come
// from the caller's safe list, so an entity bomb or an external entity has nothing to work with.
// Spec: https://www.w3.org/TR/xml/ (XML 1.0 Fifth Edition)
import type { ParseWarning } from '../../model/index.ts';
import type { XmlSink } from './tree-builder.ts';

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters XML 1.0 forbids anywhere (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF).
const ILLEGAL_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const NAME_START = /[A-Za-z_:\u00c0-\ufffd]/;
const WHITESPACE_ONLY = /^[ \t\r\n]*$/;

class NotWellFormed extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

class StrictReader {
  private pos = 0;
  private readonly open: string[] = [];
  private hasRoot = false;

  constructor(
    private readonly s: string,
    private readonly sink: XmlSink,
    private readonly entities: Readonly<Record<string, string>>,
  ) {}

  read(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const lt = s.indexOf('<', this.pos);
      const end = lt === -1 ? s.length : lt;
      if (end > this.pos) this.text(this.pos, end);
      if (lt === -1) break;
      this.pos = lt;
      this.markup();
    }
    if (this.open.length > 0) this.fail(s.length, `unclosed element <${this.open[this.open.length - 1]}>`);
    if (!this.hasRoot) this.fail(s.length, 'document has no root element');
  }

  fail(at: number, message: string): never {
    throw new NotWellFormed(at, message);
  }

  private text(from: number, to: number): void {
    const raw = this.s.slice(from, to);
    if (this.open.length === 0) {
      if (!WHITESPACE_ONLY.test(raw)) this.fail(from, 'text outside the root element');
      return;
    }
    this.sink.text(raw.includes('&') ? this.decode(raw, from) : raw);
  }

  private decode(raw: string, at: number): string {
    let out = '';
    let i = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', i)) {
      const semi = raw.indexOf(';', amp);
      if (semi === -1 || semi - amp > 40) this.fail(at + amp, 'unescaped "&"');
      out += raw.slice(i, amp) + this.reference(raw.slice(amp + 1, semi), at + amp);
      i = semi + 1;
    }
    return out + raw.slice(i);
  }

  private reference(name: string, at: number): string {
    if (name.charCodeAt(0) === 35 /* # */) {
      const isHex = name[1] === 'x';
      const digits = name.slice(isHex ? 2 : 1);
      const code = isHex
        ? /^[0-9a-fA-F]+$/.test(digits) && Number.parseInt(digits, 16)
        : /^\d+$/.test(digits) && Number(digits);
      const isChar =
        code !== false &&
        (code === 9 ||
          code === 10 ||
          code === 13 ||
          (code >= 32 &&
            code <= 0x10ffff &&
            (code < 0xd800 || code > 0xdfff) &&
            code !== 0xfffe &&
            code !== 0xffff));
      if (!isChar) this.fail(at, `invalid character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name] ?? this.entities[name];
    if (value === undefined) this.fail(at, `undefined entity &${name};`);
    return value;
  }

  private markup(): void {
    const s = this.s;
    const next = s.charCodeAt(this.pos + 1);
    if (next === 47 /* / */) this.endTag();
    else if (next === 33 /* ! */) this.declaration();
    else if (next === 63 /* ? */) this.skipTo('?>', 'unclosed processing instruction');
    else this.startTag();
  }

  private skipTo(terminator: string, problem: string): number {
    const close = this.s.indexOf(terminator, this.pos);
    if (close === -1) this.fail(this.pos, problem);
    const start = this.pos;
    this.pos = close + terminator.length;
    return start;
  }

  private declaration(): void {
    const s = this.s;
    if (s.startsWith('<!--', this.pos)) {
      const start = this.skipTo('-->', 'unclosed comment');
      if (s.slice(start + 4, this.pos - 3).includes('--')) this.fail(start, '"--" inside a comment');
    } else if (s.startsWith('<![CDATA[', this.pos)) {
      if (this.open.length === 0) this.fail(this.pos, 'CDATA outside the root element');
      const start = this.skipTo(']]>', 'unclosed CDATA section');
      this.sink.text(s.slice(start + 9, this.pos - 3));
    } else if (s.startsWith('<!DOCTYPE', this.pos) && !this.hasRoot) {
      this.doctype();
    } else {
      this.fail(this.pos, 'unexpected "<!"');
    }
  }

  private doctype(): void {
    const s = this.s;
    let quote = 0;
    let depth = 0;
    for (let i = this.pos + 9; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 91 /* [ */) depth += 1;
      else if (c === 93 /* ] */) depth -= 1;
      else if (c === 62 /* > */ && depth <= 0) {
        this.pos = i + 1;
        return;
      }
    }
    this.fail(this.pos, 'unclosed DOCTYPE');
  }

  private name(from: number): number {
    const s = this.s;
    if (!NAME_START.test(s[from] ?? '')) this.fail(from, 'invalid name');
    let i = from + 1;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47 || c === 61) break;
      if (c === 60 || c === 34 || c === 39) this.fail(i, 'invalid character in a name');
      i += 1;
    }
    return i;
  }

  private endTag(): void {
    const s = this.s;
    const from = this.pos + 2;
    const nameEnd = this.name(from);
    const close = s.charCodeAt(nameEnd) === 62 /* > */ ? nameEnd : s.indexOf('>', nameEnd);
    if (close === -1 || (close !== nameEnd && !WHITESPACE_ONLY.test(s.slice(nameEnd, close))))
      this.fail(nameEnd, 'malformed end tag');
    const qname = s.slice(from, nameEnd);
    const expected = this.open.pop();
    if (qname !== expected)
      this.fail(this.pos, expected ? `</${qname}> closes <${expected}>` : `</${qname}> closes nothing`);
    this.sink.close(qname);
    this.pos = close + 1;
  }

  private startTag(): void {
    const s = this.s;
    if (this.open.length === 0 && this.hasRoot) this.fail(this.pos, 'a second root element');
    const from = this.pos + 1;
    let i = this.name(from);
    const qname = s.slice(from, i);
    const attrs: string[] = [];
    for (;;) {
      const afterSpace = skipSpace(s, i);
      const c = s.charCodeAt(afterSpace);
      if (c === 62 /* > */ || (c === 47 /* / */ && s.charCodeAt(afterSpace + 1) === 62)) {
        this.pos = afterSpace + (c === 62 ? 1 : 2);
        this.hasRoot = true;
        this.sink.open(qname, attrs);
        if (c === 62) this.open.push(qname);
        else this.sink.close(qname);
        return;
      }
      if (afterSpace === i) this.fail(i, 'attributes must be separated by whitespace');
      i = this.attribute(afterSpace, attrs);
    }
  }

  private attribute(from: number, attrs: string[]): number {
    const s = this.s;
    const nameEnd = this.name(from);
    const eq = skipSpace(s, nameEnd);
    if (s.charCodeAt(eq) !== 61 /* = */) this.fail(eq, 'attribute without a value');
    const open = skipSpace(s, eq + 1);
    const quote = s[open];
    if (quote !== '"' && quote !== "'") this.fail(open, 'attribute value without quotes');
    const close = s.indexOf(quote, open + 1);
    if (close === -1) this.fail(open, 'unclosed attribute value');
    const raw = s.slice(open + 1, close);
    if (raw.includes('<')) this.fail(open, '"<" in an attribute value');
    const name = s.slice(from, nameEnd);
    for (let k = 0; k < attrs.length; k += 2)
      if (attrs[k] === name) this.fail(from, `duplicate attribute ${name}`);
    // Attribute-value normalisation: tabs and line ends become spaces (XML 1.0 §3.3.3).
    const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/[\t\n\r]/g, ' ') : raw;
    attrs.push(name, spaced.includes('&') ? this.decode(spaced, open + 1) : spaced);
    return close + 1;
  }
}

function skipSpace(s: string, from: number): number {
  let i = from;
  for (let c = s.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = s.charCodeAt(i)) i += 1;
  return i;
}

function position(s: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < at; i = s.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** Returns null when text is well-formed XML (driving sink on the way), or the first error. */
export function readStrict(
  text: string,
  sink: XmlSink,
  entities: Readonly<Record<string, string>>,
): ParseWarning | null {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  try {
    const illegal = ILLEGAL_CHAR.exec(normalised);
    if (illegal)
      throw new NotWellFormed(
        illegal.index,
        `illegal character U+${illegal[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
      );
    new StrictReader(normalised, sink, entities).read();
    return null;
  } catch (err) {
    if (!(err instanceof NotWellFormed)) throw err;
    const { line, column } = position(normalised, err.at);
    return {
      code: 'xml.not_well_formed',
      message: `xml: line ${line}, column ${column}: ${err.message}`,
      line,
      column,
    };
  }
}
