// Analysts' decisions (about stories or entities) as a table: when, who, what, and the details
// they recorded (the reason among them).
import { html, type SafeHtml } from '../html.ts';
import { when } from './format.ts';

export interface ShownDecision {
  readonly kind: string;
  readonly actor: string;
  readonly at: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

const LABELS: Readonly<Record<string, string>> = {
  was: 'was',
  from: 'from',
  into: 'into',
  to: 'to',
  headline: 'headline',
  items: 'items',
  spellings: 'spellings',
  why: 'reason',
};

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map(shown).join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function details(detail: Readonly<Record<string, unknown>>): SafeHtml[] {
  return Object.entries(detail).map(
    ([key, value], i) =>
      html`${i ? '; ' : ''}<span class="muted">${LABELS[key] ?? key}:</span> ${shown(value)}`,
  );
}

/** Returns the decisions table, or a line saying there are none. */
export function decisionsTable(decisions: readonly ShownDecision[], caption: string): SafeHtml {
  if (!decisions.length) return html`<p>No analyst has changed anything here.</p>`;
  return html`<div class="table-wrap">
    <table class="data">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Decision</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        ${decisions.map(
          (d) =>
            html`<tr>
              <td>${when(d.at)}</td>
              <td>${d.actor}</td>
              <td>${d.kind}</td>
              <td>${details(d.detail)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
