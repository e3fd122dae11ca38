// Builds the element tree from tokenizer events: resolves namespaces to the adapters'
// prefixes, tracks xml:base and xml:lang, and reports what was wrong on the way.
import type { ParseWarning } from '../../model/index.ts';
import { makeSafeAbsoluteUrl, joinUrl } from '../urls.ts';
import { standardPrefix } from './namespaces.ts';
import type { XmlElement } from './xml-element.ts';

export type Attribute = readonly [qname: string, value: string];

/** What a tokenizer drives. Attribute values and text arrive with references decoded. */
export interface XmlSink {
  open(qname: string, attrs: readonly Attribute[]): void;
  text(text: string): void;
  close(qname: string): void;
}

interface Frame {
  readonly el: XmlElement;
  readonly scope: ReadonlyMap<string, string>;
  /** Language for the next children: a `<language>` element changes it for its later siblings. */
  lang: string | null;
}

const LANGUAGE_KEYS = new Set(['language', 'dc:language']);

export class TreeBuilder implements XmlSink {
  readonly warnings: ParseWarning[] = [];
  root: XmlElement | undefined;
  private readonly stack: Frame[] = [];
  private readonly undeclared = new Set<string>();

  constructor(
    private readonly documentBase: string,
    private readonly documentLang: string | null,
    private readonly isForgiving = false,
  ) {}

  open(qname: string, attrs: readonly Attribute[]): void {
    if (this.isForgiving) this.closeUnfinishedItem(qname);
    const parent = this.stack[this.stack.length - 1];
    const scope = this.scopeFor(parent?.scope, attrs);
    const normalised = this.normaliseAttributes(attrs, scope);
    const el: XmlElement = {
      key: this.keyFor(qname, scope),
      qname,
      ns: this.namespaceOf(qname, scope),
      attrs: normalised,
      children: [],
      base: this.baseFor(parent?.el.base ?? this.documentBase, normalised),
      lang: langFor(parent ? parent.lang : this.documentLang, normalised),
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
    const parent = this.stack[this.stack.length - 1];
    if (frame && parent && LANGUAGE_KEYS.has(frame.el.key)) {
      const declared = frame.el.children.filter((c) => typeof c === 'string').join('').trim();
      if (declared) parent.lang = declared.replaceAll('_', '-');
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

  /** Returns the number of elements still open (non-zero when the input ended early). */
  get openElements(): number {
    return this.stack.length;
  }

  private scopeFor(parent: ReadonlyMap<string, string> | undefined, attrs: readonly Attribute[]) {
    let scope = parent ?? new Map<string, string>();
    for (const [name, value] of attrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (scope === parent) scope = new Map(parent);
        (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    return scope;
  }

  private namespaceOf(qname: string, scope: ReadonlyMap<string, string>): string {
    const colon = qname.indexOf(':');
    return scope.get(colon > 0 ? qname.slice(0, colon) : '') ?? '';
  }

  private keyFor(qname: string, scope: ReadonlyMap<string, string>): string {
    const colon = qname.indexOf(':');
    const local = (colon > 0 ? qname.slice(colon + 1) : qname).toLowerCase();
    if (colon <= 0) {
      const prefix = standardPrefix(scope.get('') ?? '');
      return prefix ? `${prefix}:${local}` : local;
    }
    const given = qname.slice(0, colon);
    const uri = scope.get(given);
    if (uri === undefined) this.reportUndeclared(given);
    const prefix = uri === undefined ? undefined : standardPrefix(uri);
    if (prefix === '') return local;
    return `${(prefix ?? given).toLowerCase()}:${local}`;
  }

  private normaliseAttributes(attrs: readonly Attribute[], scope: ReadonlyMap<string, string>) {
    const out: Record<string, string> = {};
    for (const [qname, value] of attrs) {
      const colon = qname.indexOf(':');
      let name = qname.toLowerCase();
      if (colon > 0 && !name.startsWith('xmlns:') && !name.startsWith('xml:')) {
        const uri = scope.get(qname.slice(0, colon));
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

function langFor(inherited: string | null, attrs: Readonly<Record<string, string>>): string | null {
  const declared = attrs['xml:lang'] ?? attrs['lang'];
  if (declared === undefined) return inherited;
  return declared === '' ? null : declared.replaceAll('_', '-');
}
