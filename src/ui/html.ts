// A tiny `html` tagged template: every interpolation is escaped unless it is SafeHtml (the
// result of another html`` template, or raw() for markup that is already safe, such as item
// HTML the parser sanitised). Arrays are joined; null, undefined and false render nothing.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Fragment = SafeHtml | string | number | boolean | null | undefined | readonly Fragment[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Returns text with the characters that could open markup or end an attribute escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Returns markup marked as safe. Only for HTML that is safe already: never for user input. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: Fragment): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Returns the template with its interpolations escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly Fragment[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Returns the fragments joined by separator. */
export function join(fragments: readonly Fragment[], separator: Fragment = ''): SafeHtml {
  return new SafeHtml(fragments.map(render).join(render(separator)));
}
