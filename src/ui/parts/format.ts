// Small formatting helpers for pages.
import { html, type SafeHtml } from '../html.ts';

/** Returns "1 item" / "3 items". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

/** Returns a <time> for an ISO instant, shown as YYYY-MM-DD HH:MM UTC; a dash for null. */
export function when(iso: string | null | undefined): SafeHtml {
  if (!iso) return html`<span class="muted">—</span>`;
  const shown = iso.length >= 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso;
  return html`<time datetime="${iso}">${shown}</time>`;
}

/** Returns the day part of an ISO instant. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** Returns a link for an external URL (http/https only, opened without referrer), or its text. */
export function externalLink(url: string | null, text?: string): SafeHtml {
  if (!url) return html`<span class="muted">none</span>`;
  if (!/^https?:\/\//i.test(url)) return html`<span>${text ?? url}</span>`;
  return html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${text ?? url}</a>`;
}
