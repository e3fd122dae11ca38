// The alerts page's form for analysts: a saved search or a watchlist to watch, and where new
// matches go (a signed webhook, e-mail digests, or only the Atom feed). Reading the form back
// checks what the browser cannot; the use case checks the rest.
import type { StoredWatchlist } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';

export interface AlertFormValues {
  readonly name: string;
  readonly kind: 'search' | 'watchlist';
  readonly query: string;
  readonly watchlistId: string;
  readonly webhookUrl: string;
  readonly email: string;
}

export const EMPTY_ALERT_FORM: AlertFormValues = {
  name: '',
  kind: 'search',
  query: '',
  watchlistId: '',
  webhookUrl: '',
  email: '',
};

const MIN_SECRET = 16;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Returns the values a submitted form holds (the secret is read apart and never shown again). */
export function readAlertForm(form: Record<string, unknown>): AlertFormValues {
  const text = (key: string) => String(form[key] ?? '').trim();
  return {
    name: text('name').slice(0, 100),
    kind: form['kind'] === 'watchlist' ? 'watchlist' : 'search',
    query: text('query').slice(0, 2000),
    watchlistId: text('watchlist'),
    webhookUrl: text('webhookUrl').slice(0, 2000),
    email: text('email').slice(0, 2000),
  };
}

/** Returns the recipients of a form's e-mail field (commas, semicolons or spaces between them). */
export const recipientsOf = (v: AlertFormValues): string[] => v.email.split(/[\s,;]+/).filter(Boolean);

/** Returns what is wrong with the form, or null. */
export function alertFormProblem(v: AlertFormValues, secret: string): string | null {
  if (!v.name) return 'Give the alert a name.';
  if (v.kind === 'search' && !v.query) return 'Give the search to watch.';
  if (v.kind === 'watchlist' && !/^\d+$/.test(v.watchlistId)) return 'Choose the watchlist to watch.';
  if (v.webhookUrl && !/^https?:\/\/\S+$/i.test(v.webhookUrl)) return 'The webhook needs an http(s) address.';
  if (v.webhookUrl && secret.length < MIN_SECRET)
    return `The webhook needs a secret of at least ${MIN_SECRET} characters: deliveries are signed with it.`;
  const bad = recipientsOf(v).find((a) => !EMAIL.test(a));
  return bad ? `“${bad}” is not an e-mail address.` : null;
}

function radio(v: AlertFormValues, kind: AlertFormValues['kind'], label: string): SafeHtml {
  const checked = v.kind === kind ? html` checked` : '';
  return html`<label class="check"
    ><input type="radio" name="kind" value="${kind}" ${checked} /> ${label}</label
  >`;
}

/** Returns the form that adds a monitor, filled with values, carrying the CSRF field. */
export function alertForm(csrf: SafeHtml, v: AlertFormValues, lists: readonly StoredWatchlist[]): SafeHtml {
  return html`<section aria-labelledby="add-alert">
    <h2 id="add-alert">Add a monitor</h2>
    <form method="post" action="/alerts">
      ${csrf}
      <div class="field">
        <label for="alert-name">Name</label
        ><input id="alert-name" name="name" type="text" maxlength="100" required value="${v.name}" />
      </div>
      <fieldset>
        <legend>What to watch</legend>
        ${radio(v, 'search', 'A saved search')}
        <div class="field">
          <label for="alert-query">Search (the search language: words, "phrases", AND/OR/NOT, entity:)</label
          ><input id="alert-query" name="query" type="text" maxlength="2000" value="${v.query}" />
        </div>
        ${radio(v, 'watchlist', 'A watchlist: items naming the entities its entries match')}
        <div class="field">
          <label for="alert-watchlist">Watchlist</label
          ><select id="alert-watchlist" name="watchlist">
            <option value="">—</option>
            ${lists.map(
              (l) =>
                html`<option value="${l.id}" ${String(l.id) === v.watchlistId ? html` selected` : ''}>
                  ${l.name}
                </option>`,
            )}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>Where new matches go (besides the Atom feed)</legend>
        <div class="fields">
          <div class="field">
            <label for="alert-webhook">Webhook URL</label
            ><input
              id="alert-webhook"
              name="webhookUrl"
              type="url"
              value="${v.webhookUrl}"
              autocomplete="off"
            />
          </div>
          <div class="field">
            <label for="alert-secret">Webhook secret (signs each delivery, HMAC-SHA256)</label
            ><input
              id="alert-secret"
              name="secret"
              type="password"
              minlength="${MIN_SECRET}"
              autocomplete="new-password"
            />
          </div>
        </div>
        <div class="field">
          <label for="alert-email">E-mail recipients (separated by commas)</label
          ><input id="alert-email" name="email" type="text" value="${v.email}" autocomplete="off" />
        </div>
      </fieldset>
      <p><button type="submit">Add monitor</button></p>
    </form>
  </section>`;
}
