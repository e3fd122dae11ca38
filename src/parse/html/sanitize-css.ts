// Inline `style` values: only declarations from the allowlist, only simple values, no url(),
// no expression(), nothing that hides content.
import {
  ACCEPTABLE_CSS_KEYWORDS,
  ACCEPTABLE_CSS_PROPERTIES,
  ACCEPTABLE_SVG_PROPERTIES,
} from './allowlists.ts';

const URL_FUNCTION = /url\s*\(\s*[^\s)]+?\s*\)\s*/gu;
const GAUNTLET =
  /^(?:[:,;#%.\sa-zA-Z0-9!]|[\p{L}\p{N}_]-[\p{L}\p{N}_]|'[\s\p{L}\p{N}_]+'|"[\s\p{L}\p{N}_]+"|\([\d,\s]+\))*$/u;
const DECLARATION = /\s*[-\p{L}\p{N}_]+\s*:\s*[^:;]*;?/gu;
const PROPERTY_VALUE = /([-\p{L}\p{N}_]+)\s*:\s*([^:;]*)/gu;
const SHORTHAND_FAMILIES = new Set(['background', 'border', 'margin', 'padding']);
const SIMPLE_VALUE =
  /^(?:#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(?:cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$/;
const MAX_STYLE_LENGTH = 2000;

/** Returns the safe declarations of a style attribute, or '' when it holds anything suspect. */
export function sanitizeStyle(style: string, isInSvg: boolean): string {
  if (style.length > MAX_STYLE_LENGTH) return '';
  const withoutUrls = style.replace(URL_FUNCTION, ' ');
  if (!GAUNTLET.test(withoutUrls)) return '';
  if (withoutUrls.replace(DECLARATION, '').trim()) return '';
  const clean: string[] = [];
  for (const [, prop = '', value = ''] of withoutUrls.matchAll(PROPERTY_VALUE)) {
    if (!value) continue;
    if (isAcceptable(prop.toLowerCase(), value, isInSvg)) clean.push(`${prop}: ${value};`);
  }
  return clean.join(' ');
}

function isAcceptable(prop: string, value: string, isInSvg: boolean): boolean {
  if (ACCEPTABLE_CSS_PROPERTIES.has(prop)) return !(prop === 'display' && /^\s*none\b/i.test(value));
  if (SHORTHAND_FAMILIES.has(prop.split('-')[0] as string)) {
    return value
      .split(/\s+/)
      .every((word) => word === '' || ACCEPTABLE_CSS_KEYWORDS.has(word) || SIMPLE_VALUE.test(word));
  }
  return isInSvg && ACCEPTABLE_SVG_PROPERTIES.has(prop);
}
