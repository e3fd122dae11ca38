// Small formats for the analysis pages: a span of days, a short hash with the whole in a tooltip.
import { html, type SafeHtml } from '../html.ts';
import { day } from './format.ts';

/** Returns "2022-12-01" or "2022-11-28 to 2022-12-01". */
export function daySpan(first: string | null, last: string | null): string {
  return day(first) === day(last) ? day(first) : `${day(first)} to ${day(last)}`;
}

/** Returns the first 12 hex digits of a sha256, the whole in its title, for tables. */
export function shortHash(sha256: string): SafeHtml {
  return html`<code class="hash" title="sha256 ${sha256}">${sha256.slice(0, 12)}…</code>`;
}
