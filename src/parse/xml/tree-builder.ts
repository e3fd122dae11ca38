// Builds the element tree from tokenizer events: resolves namespaces to the adapters'
// prefixes, tracks xml:base and xml:lang, and reports what was wrong on the way.
import type { ParseWarning } from '../../model/index.ts';
import { makeSafeAbsoluteUrl, joinUrl } from '../urls.ts';
import { standardPrefix } from './namespaces.ts';
import type { XmlElement } from './xml-element.ts';

/** What a tokenizer drives. Attributes come as [name, value, name, value ...], references decoded. */
export interface XmlSink {
  open(qname: string, attrs: readonly string[]): void;
  text(text: string): void;
  close(qname: string): void;
}

/** Namespace bindings in force, with the element names already resolved under them. */
class Scope {
  readonly names = new Map<string, { key: string; ns: string; prefix: string | undefined }>();
  constructor(readonly bindings: ReadonlyMap<string, string>) {}
}

interface Frame {
  readonly el: XmlElement;
  readonly scope: Scope;
  /** Language for the next children: a `<language>` element changes it for its later siblings. */
  lang: string | null;
}

const LANGUAGE_KEYS = new Set(['language', 'dc:language']);
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const ROOT_SCOPE = new Scope(new Map());

export class TreeBuilder implements XmlSink {
  readonly warnings: ParseWarning[] = [];
  root: XmlElement | undefined;
  private readonly stack: Frame[] = [];
  private readonly undeclared = new Set<string>();
  private readonly rootScope = new Scope(ROOT_SCOPE.bindings);

  constructor(
    private readonly documentBase: string,
    private readonly documentLang: string | null,
    private readonly isForgiving = false,
    /** Called as each element closes; when it returns true the element is taken out of the tree. */
    private readonly onClose?: (
      el: XmlElement,
      parent: XmlElement | undefined,
      root: XmlElement | undefined,
    ) => boolean,
  ) {}

  open(qname: string, attrs: readonly string[]): void {
    if (this.isForgiving) this.closeUnfinishedItem(qname);
    const parent = this.stack[this.stack.length - 1];
    const scope = attrs.length
      ? this.scopeFor(parent?.scope ?? this.rootScope, attrs)
      : (parent?.scope ?? this.rootScope);
    const normalised = attrs.length ? this.normaliseAttributes(attrs, scope) : NO_ATTRIBUTES;
    const name = this.resolveName(qname, scope);
    const parentBase = parent ? parent.el.base : this.documentBase;
    const parentLang = parent ? parent.lang : this.documentLang;
    const el: XmlElement = {
      key: name.key,
      qname,
      ns: name.ns,
      attrs: normalised,
      children: [],
      base: attrs.length ? this.baseFor(parentBase, normalised) : parentBase,
      lang: attrs.length ? langFor(parentLang, normalised) : parentLang,
    };
    if (parent) parent.el.children.push(el);
    else if (this.root === undefined) this.root = el;
    this.stack.push({ el, scope, lang: el.lang });
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const children = top.el.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  }

  close(_qname: string): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const parent = this.stack[this.stack.length - 1];
    if (parent && LANGUAGE_KEYS.has(frame.el.key)) {
      const declared = frame.el.children
        .filter((c) => typeof c === 'string')
        .join('')
        .trim();
      if (declared) parent.lang = declared.replaceAll('_', '-');
    }
    // Items are handed over as they close and dropped, so a large feed is never held whole.
    if (this.onClose?.(frame.el, parent?.el, this.root) && parent && parent.el.children.at(-1) === frame.el) {
      parent.el.children.pop();
    }
  }

  /** An item that opens inside an unclosed item ends that item: feeds do not nest items. */
  private closeUnfinishedItem(qname: string): void {
    const local = qname.slice(qname.indexOf(':') + 1).toLowerCase();
    if (local !== 'item' && local !== 'entry') return;
    const open = this.stack.findLastIndex((f) => f.el.key === local);
    if (open === -1) return;
    while (this.stack.length > open) this.close('');
  }

  private scopeFor(parent: Scope, attrs: readonly string[]): Scope {
    let bindings: Map<string, string> | undefined;
    for (let i = 0; i < attrs.length; i += 2) {
      const name = attrs[i] as string;
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      bindings ??= new Map(parent.bindings);
      bindings.set(name === 'xmlns' ? '' : name.slice(6), attrs[i + 1] as string);
    }
    return bindings ? new Scope(bindings) : parent;
  }

  private resolveName(qname: string, scope: Scope) {
    let name = scope.names.get(qname);
    if (name === undefined) {
      const colon = qname.indexOf(':');
      const given = colon > 0 ? qname.slice(0, colon) : undefined;
      const local = (colon > 0 ? qname.slice(colon + 1) : qname).toLowerCase();
      const ns = scope.bindings.get(given ?? '');
      name = { key: keyOf(local, given, ns), ns: ns ?? '', prefix: given };
      scope.names.set(qname, name);
    }
    if (name.prefix !== undefined && name.ns === '' && !scope.bindings.has(name.prefix))
      this.reportUndeclared(name.prefix);
    return name;
  }

  private normaliseAttributes(attrs: readonly string[], scope: Scope): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < attrs.length; i += 2) {
      const qname = attrs[i] as string;
      const value = attrs[i + 1] as string;
      const colon = qname.indexOf(':');
      let name = qname.toLowerCase();
      if (colon > 0 && !name.startsWith('xmlns:') && !name.startsWith('xml:')) {
        const uri = scope.bindings.get(qname.slice(0, colon));
        const prefix = uri === undefined ? undefined : standardPrefix(uri);
        if (prefix) name = `${prefix}:${name.slice(colon + 1)}`;
      }
      out[name] = name === 'rel' || name === 'type' ? value.toLowerCase() : value;
    }
    return out;
  }

  private baseFor(parentBase: string, attrs: Readonly<Record<string, string>>): string {
    // Old formats (CDF) spelt it `base`.
    const declared = attrs['xml:base'] ?? attrs['base'];
    if (declared === undefined) return parentBase;
    if (!parentBase) return joinUrl('', declared);
    return makeSafeAbsoluteUrl(parentBase, declared) || parentBase;
  }

  private reportUndeclared(prefix: string): void {
    if (this.undeclared.has(prefix)) return;
    this.undeclared.add(prefix);
    this.warnings.push({
      code: 'xml.undeclared_prefix',
      message: `xml: prefix '${prefix}' is not bound to a namespace`,
    });
  }
}

/** Returns the adapters' key for a local name under a given prefix bound to ns. */
function keyOf(local: string, given: string | undefined, ns: string | undefined): string {
  const prefix = ns === undefined ? undefined : standardPrefix(ns);
  if (given === undefined) return prefix ? `${prefix}:${local}` : local;
  if (prefix === '') return local;
  return `${(prefix ?? given).toLowerCase()}:${local}`;
}

function langFor(inherited: string | null, attrs: Readonly<Record<string, string>>): string | null {
  const declared = attrs['xml:lang'] ?? attrs['lang'];
  if (declared === undefined) return inherited;
  return declared === '' ? null : declared.replaceAll('_', '-');
}
