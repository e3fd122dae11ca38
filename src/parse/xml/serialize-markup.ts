// Serialises inline markup (Atom xhtml content, or HTML written unescaped inside an RSS
// element) back to a string, for the sanitiser to read like any other HTML.
import { NS } from './namespaces.ts';
import type { XmlChild, XmlElement } from './xml-element.ts';

/** Returns the markup of el's children; with unwrapDiv, a lone wrapping div is left out. */
export function serializeChildren(el: XmlElement, unwrapDiv: boolean): string {
  const wrapper = unwrapDiv ? loneDiv(el.children) : undefined;
  const parts: string[] = [];
  for (const child of wrapper ? wrapper.children : el.children) appendNode(child, parts);
  return parts.join('');
}

function loneDiv(children: readonly XmlChild[]): XmlElement | undefined {
  let found: XmlElement | undefined;
  for (const child of children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') return undefined;
    } else if (found || localName(child) !== 'div') {
      return undefined;
    } else {
      found = child;
    }
  }
  return found;
}

function localName(el: XmlElement): string {
  const colon = el.key.indexOf(':');
  return colon === -1 ? el.key : el.key.slice(colon + 1);
}

function appendNode(node: XmlChild, parts: string[]): void {
  if (typeof node === 'string') {
    parts.push(escapeText(node));
    return;
  }
  const name = localName(node);
  let attrs = '';
  for (const [key, value] of Object.entries(node.attrs)) attrs += ` ${key}="${escapeAttr(value)}"`;
  if ((name === 'svg' && node.ns === NS.svg) || (name === 'math' && node.ns === NS.mathml)) {
    if (!('xmlns' in node.attrs)) attrs += ` xmlns="${node.ns}"`;
  }
  parts.push(`<${name}${attrs}>`);
  for (const child of node.children) appendNode(child, parts);
  parts.push(`</${name}>`);
}

function escapeText(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replaceAll('"', '&quot;');
}
