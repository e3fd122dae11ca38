// DOCTYPE handling. Entity declarations are honoured only in their safe form, a name bound to
// plain text or one character reference, never expanded recursively: an entity bomb
// (billion laughs) or an external entity (XXE) has nothing to work with.
import { decodeHTML } from 'entities/decode';

const DOCTYPE = /<!DOCTYPE([^>[]*)(\[[\s\S]*?\])?\s*>/i;
const SAFE_ENTITY = /<!ENTITY\s+(\w+)\s+"(&#\w+;|[^&"%]*)"\s*>/g;

export interface Doctype {
  /** Entities declared in the internal subset with a safe value. */
  readonly entities: Readonly<Record<string, string>>;
  /** True for Netscape's RSS 0.91 DTD, which marks RSS 0.91 "Netscape". */
  readonly isNetscape: boolean;
}

/** Returns what the document's DOCTYPE (before its first element) declares. */
export function readDoctype(text: string): Doctype {
  const firstElement = text.search(/<[A-Za-z_]/);
  const head = firstElement === -1 ? text : text.slice(0, firstElement);
  const match = DOCTYPE.exec(head);
  if (!match) return { entities: {}, isNetscape: false };
  const entities: Record<string, string> = {};
  for (const [, name, value] of (match[2] ?? '').matchAll(SAFE_ENTITY)) {
    if (name !== undefined && value !== undefined) entities[name] = decodeHTML(value);
  }
  return { entities, isNetscape: /netscape/i.test(match[1] ?? '') };
}
