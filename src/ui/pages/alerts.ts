// The alerts page: the monitors with where they send and their Atom feeds; analysts add, test
// and remove them. The server's poller sends what is new after each polling round.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { isAppError, type AlertRecord, type StoredWatchlist } from '../../model/index.ts';
import type { AlertRunResult } from '../../pipeline/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { plural, when } from '../parts/format.ts';
import { errorBox, noticeFor } from '../parts/messages.ts';
import type { Ui, UiPage } from '../ui.ts';
import {
  alertForm,
  alertFormProblem,
  EMPTY_ALERT_FORM,
  readAlertForm,
  recipientsOf,
  type AlertFormValues,
} from './alert-forms.ts';

interface Outcome {
  readonly problem?: string;
  readonly values?: AlertFormValues;
  readonly tested?: { readonly name: string; readonly results: readonly AlertRunResult[] };
}

function channels(a: AlertRecord): SafeHtml {
  const { webhook, email } = a.channels;
  if (!webhook && !email) return html`<span class="muted">Atom feed only</span>`;
  return html`${webhook ? html`webhook <code>${webhook.url}</code>` : ''}${webhook && email ? html`<br />` : ''}${
    email ? html`e-mail to ${email.to.join(', ')}` : ''
  }`;
}

function row(c: Context<AppEnv>, a: AlertRecord, lists: ReadonlyMap<number, string>, canManage: boolean) {
  const watches =
    a.kind === 'search'
      ? html`search <a href="/search?q=${encodeURIComponent(a.query ?? '')}"><code>${a.query}</code></a>`
      : html`watchlist
          <a href="/screening/watchlists/${a.watchlistId}"
            >${lists.get(a.watchlistId ?? 0) ?? `#${a.watchlistId}`}</a
          >`;
  const actions = canManage
    ? html`<form method="post" action="/alerts/${a.id}/test" class="inline">
          ${csrfField(c)}<button type="submit" class="secondary">Test</button>
        </form>
        <form method="post" action="/alerts/${a.id}/remove" class="inline" data-confirm="Stop this monitor?">
          ${csrfField(c)}<button type="submit" class="danger">Remove</button>
        </form>`
    : '';
  return html`<tr>
    <td>${a.name}</td>
    <td>${watches}</td>
    <td>${channels(a)}</td>
    <td>${when(a.lastRunAt)}</td>
    <td><a href="/api/alerts/${a.id}/feed.atom" type="application/atom+xml">Atom feed</a></td>
    <td>${actions}</td>
  </tr>`;
}

function testResults(tested: NonNullable<Outcome['tested']>): SafeHtml {
  if (!tested.results.length)
    return html`<p class="notice" role="status">
      “${tested.name}” sends only to its Atom feed: nothing to test.
    </p>`;
  return html`<section aria-labelledby="tested">
    <h2 id="tested">Test of “${tested.name}”</h2>
    <ul role="status">
      ${tested.results.map(
        (r) =>
          html`<li class="${r.ok ? 'ok' : 'failed'}">
            ${r.channel}: ${r.ok ? 'sent' : 'failed'} (${plural(r.items, 'sample item')}) — ${r.message}
          </li>`,
      )}
    </ul>
  </section>`;
}

async function renderList(ui: Ui, c: Context<AppEnv>, outcome: Outcome = {}): Promise<Response> {
  const [alerts, lists] = await Promise.all([ui.kit.store.listAlerts(), ui.kit.store.listWatchlists()]);
  const names = new Map(lists.map((l: StoredWatchlist) => [l.id as number, l.name]));
  const canManage = ui.kit.hasRole(c.get('principal'), 'analyst');
  const table = alerts.length
    ? html`<div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Monitor</th>
              <th scope="col">Watches</th>
              <th scope="col">Sends to</th>
              <th scope="col">Last sent</th>
              <th scope="col">Feed</th>
              <th scope="col">${canManage ? 'Actions' : ''}</th>
            </tr>
          </thead>
          <tbody>
            ${alerts.map((a) => row(c, a, names, canManage))}
          </tbody>
        </table>
      </div>`
    : html`<p>No monitor yet.</p>`;
  const body = html`${noticeFor(c.req.query('done'))}${outcome.problem ? errorBox(outcome.problem) : ''}
    ${outcome.tested ? testResults(outcome.tested) : ''}
    <section aria-labelledby="monitors">
      <h2 id="monitors">Monitors</h2>
      ${table}
      <p class="muted">
        New matches are sent after each polling round, each item once per channel. A feed reader can follow a
        monitor's Atom feed: from this machine with no sign-in when the server listens on 127.0.0.1, elsewhere
        with a reader's API key sent as <code>Authorization: Bearer</code>.
      </p>
    </section>
    ${canManage ? alertForm(csrfField(c), outcome.values ?? EMPTY_ALERT_FORM, lists) : ''}`;
  return ui.page(c, { title: 'Alerts', active: 'alerts', status: outcome.problem ? 400 : 200, body });
}

async function add(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const form = await c.req.parseBody();
  const values = readAlertForm(form);
  const secret = String(form['secret'] ?? '');
  const problem = alertFormProblem(values, secret);
  if (problem) return renderList(ui, c, { problem, values });
  const emails = recipientsOf(values);
  try {
    const alert = await ui.kit.services.createAlert({
      name: values.name,
      ...(values.kind === 'search' ? { query: values.query } : { watchlistId: Number(values.watchlistId) }),
      ...(values.webhookUrl ? { webhook: { url: values.webhookUrl, secret } } : {}),
      ...(emails.length ? { email: emails } : {}),
    });
    c.set('auditTarget', `alert:${alert.id}`);
    c.set('auditDetails', { name: alert.name, kind: alert.kind, channels: Object.keys(alert.channels) });
    return c.redirect('/alerts?done=alert-added', 303);
  } catch (err) {
    if (!isAppError(err, 'input.') && !isAppError(err, 'query.')) throw err;
    return renderList(ui, c, { problem: err.message, values });
  }
}

export const alertsPage: UiPage = {
  id: 'alerts',
  mount(app, ui) {
    app.get('/alerts', ui.guard('reader'), (c) => renderList(ui, c));
    app.post('/alerts', ui.guard('analyst'), (c) => add(ui, c));
    app.post('/alerts/:id{[0-9]+}/test', ui.guard('analyst'), async (c) => {
      const id = Number(c.req.param('id'));
      const alert = await ui.kit.services.findAlert(id);
      const results = await ui.kit.services.testAlert(id);
      c.set('auditTarget', `alert:${id}`);
      c.set('auditDetails', { results: results.map((r) => ({ channel: r.channel, ok: r.ok })) });
      return renderList(ui, c, { tested: { name: alert.name, results } });
    });
    app.post('/alerts/:id{[0-9]+}/remove', ui.guard('analyst'), async (c) => {
      const alert = await ui.kit.services.removeAlert(Number(c.req.param('id')));
      c.set('auditTarget', `alert:${alert.id}`);
      c.set('auditDetails', { name: alert.name });
      return c.redirect('/alerts?done=alert-removed', 303);
    });
  },
};
