// Item HTML as the page shows it. The parser's sanitiser already removed everything unsafe and
// re-serialised every tag (attributes always name="value", value escaped), so tags can be read
// back exactly. For display it also drops style attributes (the CSP would block them anyway,
// with a console error for each) and URLs the page cannot or should not load: only http(s),
// mailto:, fragments and data: images stay (a file: URL, from a relative link in an imported
// file, would point into the server's disk).

const TAG = /<([a-zA-Z][\w:-]*)([^<>]*?)(\s?\/?)>/g;
const ATTRIBUTE = /\s([\w:.-]+)="([^"]*)"/g;
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'background',
  'cite',
  'longdesc',
  'usemap',
  'poster',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'xlink:href',
]);

function isShownUrl(tag: string, value: string): boolean {
  if (/^(https?:\/\/|mailto:|#)/i.test(value)) return true;
  return tag === 'img' && /^data:image\/(png|gif|jpeg|webp);/i.test(value);
}

function keepAttribute(tag: string, name: string, value: string): boolean {
  if (name === 'style') return false;
  return !URL_ATTRIBUTES.has(name) || isShownUrl(tag, value);
}

/** Returns sanitised item HTML without style attributes and with only loadable URLs. */
export function displayHtml(sanitized: string): string {
  return sanitized.replace(TAG, (_whole, tag: string, attributes: string, end: string) => {
    const name = tag.toLowerCase();
    let kept = '';
    for (const [attribute, key, value] of attributes.matchAll(ATTRIBUTE)) {
      if (keepAttribute(name, (key as string).toLowerCase(), value as string)) kept += attribute;
    }
    return `<${tag}${kept}${end}>`;
  });
}
