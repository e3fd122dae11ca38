// Reads a document into an element tree: strictly first, and when that fails, forgivingly,
// reporting the first well-formedness error as a warning (feedparser's `bozo`).
import type { ParseWarning } from '../../model/index.ts';
import { readDoctype } from './doctype.ts';
import { readLoose } from './read-loose.ts';
import { readStrict } from './read-strict.ts';
import { TreeBuilder } from './tree-builder.ts';
import type { XmlElement } from './xml-element.ts';

export interface XmlDocument {
  readonly root: XmlElement | undefined;
  readonly warnings: readonly ParseWarning[];
  /** True when the document was not well-formed and had to be recovered. */
  readonly isIllFormed: boolean;
  readonly isNetscapeDoctype: boolean;
}

export interface ReadXmlOptions {
  readonly base: string;
  readonly lang: string | null;
  /** Called as each element closes; returning true takes the element out of the tree. */
  readonly onClose?: (
    el: XmlElement,
    parent: XmlElement | undefined,
    root: XmlElement | undefined,
  ) => boolean;
  /** Called before the forgiving pass starts over: what onClose received so far is void. */
  readonly onRestart?: () => void;
}

const DECLARED_ENCODING = /^(<\?xml[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/;

/** Returns text without the encoding its declaration names: the text is decoded already. */
function withoutEncodingDeclaration(text: string): string {
  return text.startsWith('<?xml') ? text.replace(DECLARED_ENCODING, '$1') : text;
}

/** Returns the element tree of text, recovering what it can from ill-formed markup. */
export function readXml(text: string, options: ReadXmlOptions): XmlDocument {
  const doctype = readDoctype(text);
  const strict = new TreeBuilder(options.base, options.lang, false, options.onClose);
  const error = readStrict(withoutEncodingDeclaration(text), strict, doctype.entities);
  if (error === null) {
    return {
      root: strict.root,
      warnings: strict.warnings,
      isIllFormed: strict.warnings.length > 0,
      isNetscapeDoctype: doctype.isNetscape,
    };
  }
  options.onRestart?.();
  const loose = new TreeBuilder(options.base, options.lang, true, options.onClose);
  readLoose(text, loose, doctype.entities);
  return {
    root: loose.root,
    warnings: [error, ...loose.warnings],
    isIllFormed: true,
    isNetscapeDoctype: doctype.isNetscape,
  };
}
