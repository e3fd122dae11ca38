// The tree the format adapters read: one element per node, names normalised so that
// the adapters can match `title`, `dc:creator` or `media:content` whatever prefix a feed used.

export type XmlChild = XmlElement | string;

export interface XmlElement {
  /** Normalised name: lower-cased local name, with the standard prefix for known extensions. */
  readonly key: string;
  /** The name as written in the document. */
  readonly qname: string;
  /** Namespace URI as declared ('' when none). */
  readonly ns: string;
  /** Attributes by normalised name (lower-cased; known namespaces get their standard prefix). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlChild[];
  /** The effective base URI (xml:base resolved against its ancestors and the document URL). */
  readonly base: string;
  /** The effective language (xml:lang), or null. */
  readonly lang: string | null;
}

/** Returns the direct child elements of el. */
export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) if (typeof child !== 'string') out.push(child);
  return out;
}

/** Returns the first direct child element with one of the keys, in the order of keys. */
export function findChild(el: XmlElement, ...keys: readonly string[]): XmlElement | undefined {
  for (const key of keys) {
    for (const child of el.children) if (typeof child !== 'string' && child.key === key) return child;
  }
  return undefined;
}

/** Returns every direct child element whose key is one of keys, in document order. */
export function findChildren(el: XmlElement, ...keys: readonly string[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) if (typeof child !== 'string' && keys.includes(child.key)) out.push(child);
  return out;
}

/** Returns the concatenated character data of el and its descendants. */
export function textContent(el: XmlElement): string {
  if (el.children.length === 1 && typeof el.children[0] === 'string') return el.children[0];
  let out = '';
  for (const child of el.children) out += typeof child === 'string' ? child : textContent(child);
  return out;
}

/** Returns true when el has at least one child element. */
export function hasChildElements(el: XmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string');
}
