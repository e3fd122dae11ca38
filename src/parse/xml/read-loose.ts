// The forgiving pass for ill-formed feeds: htmlparser2 in XML mode closes what was left open,
// accepts stray `&` and decodes HTML named entities (`&nbsp;`) that XML does not define.
import { Parser } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import type { XmlSink } from './tree-builder.ts';

/** Drives sink with everything that can be read from text, however broken. */
export function readLoose(text: string, sink: XmlSink, entities: Readonly<Record<string, string>>): void {
  let inCdata = false;
  const decodeText = (t: string) => (t.includes('&') ? decodeReferences(t, entities, decodeHTML) : t);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs: string[] = [];
        for (const key in attribs) {
          const value = attribs[key] as string;
          attrs.push(
            key,
            value.includes('&') ? decodeReferences(value, entities, decodeHTMLAttribute) : value,
          );
        }
        sink.open(name, attrs);
      },
      ontext(t) {
        sink.text(inCdata ? t : decodeText(t));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag(name) {
        sink.close(name);
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true, recognizeCDATA: true },
  );
  parser.end(text);
}

const DECLARED_ENTITY = /&([A-Za-z_][\w.-]*);/g;
// HTML 4 mapped these to U+2329/U+232A; HTML 5 moved them to the mathematical brackets.
const HTML4_ONLY: Readonly<Record<string, string>> = { lang: '\u2329', rang: '\u232a' };

const NUMERIC_REFERENCE = /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;

// Numeric references are decoded as the code point they name; mapping C1 controls to
// windows-1252 happens later for all text (cleanText), after double-encoding is repaired.
function decodeNumeric(_m: string, dec: string | undefined, hex: string | undefined): string {
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex as string, 16);
  const isValid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return isValid ? String.fromCodePoint(code) : '\ufffd';
}

function decodeReferences(
  text: string,
  entities: Readonly<Record<string, string>>,
  decode: (t: string) => string,
): string {
  const withDeclared = text.replace(
    DECLARED_ENTITY,
    (m, name: string) => entities[name] ?? HTML4_ONLY[name] ?? m,
  );
  return decode(withDeclared.replace(NUMERIC_REFERENCE, decodeNumeric));
}
