// The forgiving pass for ill-formed feeds: htmlparser2 in XML mode closes what was left open,
// accepts stray `&` and decodes HTML named entities (`&nbsp;`) that XML does not define.
import { Parser } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import type { Attribute, XmlSink } from './tree-builder.ts';

/** Drives sink with everything that can be read from text, however broken. */
export function readLoose(text: string, sink: XmlSink, entities: Readonly<Record<string, string>>): void {
  let inCdata = false;
  const decodeText = (t: string) => (t.includes('&') ? decodeReferences(t, entities, decodeHTML) : t);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs: Attribute[] = [];
        for (const key in attribs) {
          const value = attribs[key] as string;
          attrs.push([key, value.includes('&') ? decodeReferences(value, entities, decodeHTMLAttribute) : value]);
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

function decodeReferences(
  text: string,
  entities: Readonly<Record<string, string>>,
  decode: (t: string) => string,
): string {
  const withDeclared = Object.keys(entities).length
    ? text.replace(DECLARED_ENTITY, (m, name: string) => entities[name] ?? m)
    : text;
  return decode(withDeclared);
}
