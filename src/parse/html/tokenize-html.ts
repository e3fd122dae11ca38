// A tokenizer for HTML fragments found in feeds. It follows the SGML-style rules feed readers
// have long used (Python's sgmllib as feedparser configures it), so that content is cut into
// tags, text and references the way the feedparser conformance suite expects. It builds no
// tree: the sanitiser re-serialises every token, so what a browser sees is what we emitted.

export interface HtmlTokenHandler {
  startTag(name: string, attrs: Array<[string, string]>, isSelfClosing: boolean): void;
  endTag(name: string): void;
  /** Raw character data, references not decoded. */
  text(raw: string): void;
  /** A numeric reference, as written between `&#` and `;` (for example `8217` or `x2019`). */
  charRef(ref: string): void;
  /** A named reference, without `&` and `;`. */
  entityRef(name: string): void;
  comment(text: string): void;
}

const CHARREF = /&#(\d+|[xX][0-9a-fA-F]+);/y;
const ENTITYREF = /&([a-zA-Z][-.a-zA-Z0-9]*)([^a-zA-Z0-9])/y;
const INCOMPLETE = /&([a-zA-Z][a-zA-Z0-9]*|#[0-9]*)?|<([a-zA-Z][^<>]*|\/([a-zA-Z][^<>]*)?|![^<>]*)?/y;
const STARTTAGOPEN = /<[>a-zA-Z]/y;
const SHORTTAGOPEN = /<[a-zA-Z][-.a-zA-Z0-9]*\//y;
const SHORTTAG = /<([a-zA-Z][-.a-zA-Z0-9]*)\/([^/]*)\//y;
const TAGFIND = /[a-zA-Z][-_.:a-zA-Z0-9]*/y;
const ATTRFIND =
  /\s*([a-zA-Z_][-:.a-zA-Z_0-9]*)[$]?(\s*=\s*('[^']*'|"[^"]*"|[\][\-a-zA-Z0-9./,:;+*%?!&$()_#=~'"@]*))?/y;
// Finds the `<` or `>` that ends a tag, stepping over quoted attribute values.
const ENDBRACKET = /(?:[^'"<>]|"[^"]*"(?=>|\/|\s|\w+=)|'[^']*'(?=>|\/|\s|\w+=))*(?=[<>])|[\s\S]*?(?=[<>])/y;
const COMMENT_CLOSE = /--\s*>/g;
const BROKEN_COMMENT_CLOSE = /--[^>]*>/g;
const REF_IN_ATTRIBUTE = /&(?:([a-zA-Z][-.a-zA-Z0-9]*)|#([0-9]+))(;?)/g;

function matchAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Returns the markup after the clean-ups feed readers apply before tokenizing. */
export function prepareMarkup(markup: string): string {
  let out = markup;
  if (out.includes('<!')) out = out.replace(/<!(?!DOCTYPE|--|\[)/gi, '&lt;!');
  if (out.includes('/>')) out = out.replace(/<([^<>\s]+?)\s*\/>/g, (_m, tag: string) => (VOID_ELEMENTS.has(tag) ? `<${tag} />` : `<${tag}></${tag}>`));
  if (out.includes('&#3')) out = out.replaceAll('&#39;', "'").replaceAll('&#34;', '"');
  return out;
}

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Tokenizes markup (already prepared) into handler calls; anything unreadable arrives as text. */
export function tokenizeHtml(s: string, handler: HtmlTokenHandler, isXhtml: boolean): void {
  const n = s.length;
  let i = 0;
  let lastTag = '???';
  while (i < n) {
    let j = nextInteresting(s, i);
    if (i < j) handler.text(s.slice(i, j));
    i = j;
    if (i === n) break;
    if (s.charCodeAt(i) === 60 /* < */) {
      if (matchAt(STARTTAGOPEN, s, i)) {
        const start = readStartTag(s, i, lastTag, isXhtml);
        if (start === null) break;
        lastTag = start.tag;
        start.emit(handler);
        i = start.end;
        continue;
      }
      if (s.startsWith('</', i)) {
        const end = findEndBracket(s, i + 1);
        if (end === -1) break;
        handler.endTag(s.slice(i + 2, end).trim().toLowerCase());
        i = s.charCodeAt(end) === 62 ? end + 1 : end;
        continue;
      }
      if (s.startsWith('<!--', i)) {
        i = readComment(s, i, handler);
        continue;
      }
      if (s.startsWith('<?', i) || s.startsWith('<!', i)) {
        const close = s.indexOf('>', i + 2);
        if (close === -1) break;
        i = close + 1; // processing instructions and declarations carry nothing we keep
        continue;
      }
    } else {
      const charRef = matchAt(CHARREF, s, i);
      if (charRef) {
        handler.charRef(charRef[1] as string);
        i = CHARREF.lastIndex;
        continue;
      }
      const entityRef = matchAt(ENTITYREF, s, i);
      if (entityRef) {
        handler.entityRef(entityRef[1] as string);
        i = entityRef[2] === ';' ? ENTITYREF.lastIndex : ENTITYREF.lastIndex - 1;
        continue;
      }
    }
    const incomplete = matchAt(INCOMPLETE, s, i);
    j = incomplete && incomplete[0].length > 0 ? i + incomplete[0].length : i + 1;
    if (j === n) break;
    handler.text(s.slice(i, j));
    i = j;
  }
  if (i < n) handler.text(s.slice(i));
}

function nextInteresting(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 60 || c === 38) return k;
  }
  return s.length;
}

function findEndBracket(s: string, from: number): number {
  const m = matchAt(ENDBRACKET, s, from);
  return m ? from + m[0].length : -1;
}

function readComment(s: string, i: number, handler: HtmlTokenHandler): number {
  COMMENT_CLOSE.lastIndex = i + 4;
  const close = COMMENT_CLOSE.exec(s);
  if (close) {
    handler.comment(s.slice(i + 4, close.index));
    return close.index + close[0].length;
  }
  BROKEN_COMMENT_CLOSE.lastIndex = i + 4;
  const broken = BROKEN_COMMENT_CLOSE.exec(s);
  return broken ? broken.index + broken[0].length : s.length;
}

interface StartTag {
  readonly tag: string;
  readonly end: number;
  emit(handler: HtmlTokenHandler): void;
}

function readStartTag(s: string, i: number, lastTag: string, isXhtml: boolean): StartTag | null {
  if (matchAt(SHORTTAGOPEN, s, i)) {
    const short = matchAt(SHORTTAG, s, i);
    if (!short) return null;
    const tag = (short[1] as string).toLowerCase();
    const data = short[2] as string;
    return {
      tag,
      end: SHORTTAG.lastIndex,
      emit: (h) => {
        h.startTag(tag, [], false);
        if (data) h.text(data);
        h.endTag(tag);
      },
    };
  }
  const j = findEndBracket(s, i + 1);
  if (j === -1) return null;
  let k: number;
  let tag: string;
  if (s.startsWith('<>', i)) {
    k = j;
    tag = lastTag;
  } else {
    const found = matchAt(TAGFIND, s, i + 1) as RegExpExecArray;
    k = i + 1 + found[0].length;
    tag = found[0].toLowerCase();
  }
  const attrs = readAttributes(s, k, j);
  const end = s.charCodeAt(j) === 62 ? j + 1 : j;
  const isSelfClosing = end >= 2 && s[end - 2] === '/' && s[end - 1] === '>';
  return {
    tag,
    end,
    emit: (h) => {
      h.startTag(tag, attrs, isSelfClosing);
      if (isXhtml && isSelfClosing) h.endTag(tag);
    },
  };
}

function readAttributes(s: string, from: number, to: number): Array<[string, string]> {
  const attrs: Array<[string, string]> = [];
  let k = from;
  while (k < to) {
    const m = matchAt(ATTRFIND, s, k);
    if (!m || m[0].length === 0) break;
    const name = m[1] as string;
    let value = m[2] ? (m[3] as string) : name;
    if (m[2] && value.length >= 2) {
      const q = value[0];
      if ((q === '"' || q === "'") && value[value.length - 1] === q) value = value.slice(1, -1);
    } else if (m[2] && (value === '"' || value === "'")) {
      value = '';
    }
    if (m[2]) value = value.replace(REF_IN_ATTRIBUTE, keepReference);
    attrs.push([name.toLowerCase(), value]);
    k = ATTRFIND.lastIndex;
  }
  return attrs;
}

function keepReference(_m: string, name: string | undefined, num: string | undefined, semi: string): string {
  if (num !== undefined) return `&#${num};`;
  return semi ? `&${name};` : `&${name}`;
}
