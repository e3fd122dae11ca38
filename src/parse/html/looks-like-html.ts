// RSS never said whether its titles are text or HTML; feeds use both. A title is read as
// HTML only when everything markup-like in it is known HTML.
import { ACCEPTABLE_ELEMENTS } from './allowlists.ts';
import { HTML4_ENTITY_NAMES } from './html4-entities.ts';

/** Returns true when s carries HTML end tags or references, all of known names. */
export function looksLikeHtml(s: string): boolean {
  if (!/<\/\w+>/.test(s) && !/&#?\w+;/.test(s)) return false;
  for (const [, tag = ''] of s.matchAll(/<\/?(\w+)/g)) {
    if (!ACCEPTABLE_ELEMENTS.has(tag.toLowerCase())) return false;
  }
  for (const [, name = ''] of s.matchAll(/&(\w+);/g)) {
    if (!HTML4_ENTITY_NAMES.has(name)) return false;
  }
  return true;
}
