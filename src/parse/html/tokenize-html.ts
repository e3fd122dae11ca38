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
const SHORTTAG = /<([a-zA-Z][-.a-zA-Z0-9]*)\/([^/]*)\//y;
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
  if (out.includes('/>'))
    out = out.replace(/<([^<>\s]+?)\s*\/>/g, (_m, tag: string) =>
      VOID_ELEMENTS.has(tag) ? `<${tag} />` : `<${tag}></${tag}>`,
    );
  if (out.includes('&#3')) out = out.replaceAll('&#39;', "'").replaceAll('&#34;', '"');
  return out;
}

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Tokenizes markup (already prepared) into handler calls; anything unreadable arrives as text. */
export function tokenizeHtml(s: string, handler: HtmlTokenHandler, isXhtml: boolean): void {
  const n = s.length;
  let i = 0;
  let lastTag = '???';
  // Next '<' and '&' at or after i, each found once by a native scan.
  let lt = s.indexOf('<');
  let amp = s.indexOf('&');
  while (i < n) {
    if (lt !== -1 && lt < i) lt = s.indexOf('<', i);
    if (amp !== -1 && amp < i) amp = s.indexOf('&', i);
    let j = lt === -1 ? (amp === -1 ? n : amp) : amp === -1 ? lt : Math.min(lt, amp);
    if (i < j) handler.text(s.slice(i, j));
    i = j;
    if (i === n) break;
    if (s.charCodeAt(i) === 60 /* < */) {
      const c = s.charCodeAt(i + 1);
      if (c === 62 /* > */ || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        const end = readStartTag(s, i, lastTag, isXhtml, handler);
        if (end === -1) break;
        lastTag = readTagName(s, i, lastTag);
        i = end;
        continue;
      }
      if (s.startsWith('</', i)) {
        const end = findEndBracket(s, i + 1);
        if (end === -1) break;
        handler.endTag(
          s
            .slice(i + 2, end)
            .trim()
            .toLowerCase(),
        );
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

function findEndBracket(s: string, from: number): number {
  // Usually the next '<' or '>' ends the tag; quotes before it need the full rule.
  const gt = s.indexOf('>', from);
  const lt = s.indexOf('<', from);
  const stop = gt === -1 ? lt : lt === -1 ? gt : Math.min(gt, lt);
  if (stop !== -1) {
    const segment = s.slice(from, stop);
    if (!segment.includes('"') && !segment.includes("'")) return stop;
  }
  const m = matchAt(ENDBRACKET, s, from);
  return m ? from + m[0].length : -1;
}

function readTagName(s: string, i: number, lastTag: string): string {
  if (s.charCodeAt(i + 1) === 62) return lastTag;
  let k = i + 1;
  while (k < s.length && isTagNameChar(s.charCodeAt(k))) k += 1;
  return s.slice(i + 1, k).toLowerCase();
}

// [-_.:a-zA-Z0-9]
function isTagNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 45 || c === 46 || c === 95
  );
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

/** Reads the start tag at i, drives h, and returns where the tag ends (-1 when unreadable). */
function readStartTag(s: string, i: number, lastTag: string, isXhtml: boolean, h: HtmlTokenHandler): number {
  if (isShortTagOpen(s, i)) {
    const short = matchAt(SHORTTAG, s, i);
    if (!short) return -1;
    const tag = (short[1] as string).toLowerCase();
    h.startTag(tag, [], false);
    if (short[2]) h.text(short[2]);
    h.endTag(tag);
    return SHORTTAG.lastIndex;
  }
  const j = findEndBracket(s, i + 1);
  if (j === -1) return -1;
  let k = j;
  let tag = lastTag;
  if (s.charCodeAt(i + 1) !== 62 /* > */) {
    k = i + 1;
    while (k < j && isTagNameChar(s.charCodeAt(k))) k += 1;
    tag = s.slice(i + 1, k).toLowerCase();
  }
  const attrs = k < j ? readAttributes(s, k, j) : [];
  const end = s.charCodeAt(j) === 62 ? j + 1 : j;
  const isSelfClosing = end >= 2 && s.charCodeAt(end - 2) === 47 && s.charCodeAt(end - 1) === 62;
  h.startTag(tag, attrs, isSelfClosing);
  if (isXhtml && isSelfClosing) h.endTag(tag);
  return end;
}

// `<name/`: an SGML short tag (`<b/bold/`), never in HTML but in feeds that tokenized it so.
function isShortTagOpen(s: string, i: number): boolean {
  let k = i + 1;
  const c = s.charCodeAt(k);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  k += 1;
  for (
    let d = s.charCodeAt(k);
    (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 45 || d === 46;
    d = s.charCodeAt(k)
  )
    k += 1;
  return s.charCodeAt(k) === 47;
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
