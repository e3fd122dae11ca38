// The strict pass: a conforming XML tokenizer (saxes). It stops at the first well-formedness
// error, which is what tells us the feed is ill-formed. saxes never reads a DTD, so no
// entity can expand into a bomb and no external entity is fetched.
import { SaxesParser } from 'saxes';
import type { ParseWarning } from '../../model/index.ts';
import type { Attribute, XmlSink } from './tree-builder.ts';

class StopParsing extends Error {}

/** Returns null when text is well-formed XML (driving sink on the way), or the first error. */
export function readStrict(
  text: string,
  sink: XmlSink,
  entities: Readonly<Record<string, string>>,
): ParseWarning | null {
  const parser = new SaxesParser({ xmlns: false, position: true });
  Object.assign(parser.ENTITIES, entities);
  let error: ParseWarning | null = null;
  parser.on('opentag', (tag) => sink.open(tag.name, toAttributes(tag.attributes)));
  parser.on('text', (t) => sink.text(t));
  parser.on('cdata', (t) => sink.text(t));
  parser.on('closetag', (tag) => sink.close(tag.name));
  parser.on('error', (err) => {
    const { line, column } = parser;
    error = { code: 'xml.not_well_formed', message: `xml: line ${line}, column ${column}: ${stripPosition(err.message)}`, line, column };
    throw new StopParsing();
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (!(err instanceof StopParsing)) throw err;
  }
  return error;
}

function toAttributes(attrs: Record<string, string>): Attribute[] {
  const out: Attribute[] = [];
  for (const name in attrs) out.push([name, attrs[name] as string]);
  return out;
}

function stripPosition(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
}
