// The screening page: the watchlists, each with its last screening and a form to run one;
// uploading a watchlist (the rows skipped shown by line); a watchlist's entries; removing one.
import type { Context } from 'hono';
import type { AppEnv, WatchlistUpload } from '../../api/index.ts';
import { AppError, isAppError, type StoredWatchlist } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { plural, when } from '../parts/format.ts';
import { errorBox, noticeFor } from '../parts/messages.ts';
import type { Ui, UiPage } from '../ui.ts';
import { uploadResult, watchlistForms } from './screening-forms.ts';

/** Entries shown on a watchlist's page at a time. */
const ENTRIES_PER_PAGE = 200;

function listRow(ui: Ui, c: Context<AppEnv>, w: StoredWatchlist): SafeHtml {
  const last = ui.kit.services.latestScreeningOf(w.id);
  const isAdmin = ui.kit.hasRole(c.get('principal'), 'admin');
  return html`<tr>
    <td><a href="/screening/watchlists/${w.id}">${w.name}</a></td>
    <td>${w.entryCount}</td>
    <td>${w.format === 'ftm' ? 'FollowTheMoney' : 'CSV'}<br /><small class="muted">${w.source}</small></td>
    <td>${when(w.createdAt)}</td>
    <td>
      ${last ? html`<a href="/screening/runs/${last.id}">${last.state} ${when(last.createdAt)}</a>` : html`<span class="muted">none since the server started</span>`}
    </td>
    <td>
      <form method="post" action="/screening/watchlists/${w.id}/screen" class="fields">
        ${csrfField(c)}
        <div class="field">
          <label for="since-${w.id}">Evidence since (optional)</label
          ><input id="since-${w.id}" name="since" type="date" />
        </div>
        <div class="field"><button type="submit">Screen “${w.name}”</button></div>
      </form>
      ${
        isAdmin
          ? html`<form
              method="post"
              action="/screening/watchlists/${w.id}/remove"
              class="inline"
              data-confirm="Delete this watchlist and its monitors? Decisions about its matches are kept."
            >
              ${csrfField(c)}<button type="submit" class="link">Delete</button>
            </form>`
          : ''
      }
    </td>
  </tr>`;
}

function listTable(ui: Ui, c: Context<AppEnv>, lists: readonly StoredWatchlist[]): SafeHtml {
  if (!lists.length) return html`<p>No watchlist yet.</p>`;
  return html`<div class="table-wrap">
    <table class="data">
      <thead>
        <tr>
          <th scope="col">Watchlist</th>
          <th scope="col">Entries</th>
          <th scope="col">Format</th>
          <th scope="col">Uploaded</th>
          <th scope="col">Last screening</th>
          <th scope="col">Screen</th>
        </tr>
      </thead>
      <tbody>
        ${lists.map((w) => listRow(ui, c, w))}
      </tbody>
    </table>
  </div>`;
}

async function renderList(
  ui: Ui,
  c: Context<AppEnv>,
  outcome: { problem?: string; upload?: WatchlistUpload } = {},
): Promise<Response> {
  const lists = await ui.kit.store.listWatchlists();
  const isAnalyst = ui.kit.hasRole(c.get('principal'), 'analyst');
  const body = html`${noticeFor(c.req.query('done'))}${outcome.problem ? errorBox(outcome.problem) : ''}
    ${outcome.upload ? uploadResult(outcome.upload) : ''}
    <section aria-labelledby="lists">
      <h2 id="lists">Watchlists</h2>
      ${listTable(ui, c, lists)}
    </section>
    ${isAnalyst ? watchlistForms(csrfField(c), ui.kit.limits.uploadBytes) : ''}`;
  const status = outcome.problem ? 400 : outcome.upload ? 201 : 200;
  return ui.page(c, { title: 'Screening', active: 'screening', status, body });
}

async function renderWatchlist(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const list = await ui.kit.services.findWatchlist(Number(c.req.param('id')));
  const from = Math.max(0, Number(c.req.query('from') ?? 0) || 0);
  const entries = (await ui.kit.store.watchlistEntries(list.id)).slice(from, from + ENTRIES_PER_PAGE + 1);
  const more = entries.length > ENTRIES_PER_PAGE;
  const body = html`<p>
      ${plural(list.entryCount, 'entry', 'entries')} from <code>${list.source}</code>, uploaded
      ${when(list.createdAt)}. <a href="/screening">Back to the watchlists</a>
    </p>
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Name</th>
            <th scope="col">Aliases</th>
            <th scope="col">Countries</th>
            <th scope="col">Identifier</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          ${entries.slice(0, ENTRIES_PER_PAGE).map(
            (e) =>
              html`<tr>
                <td>${e.line}</td>
                <td>${e.name}</td>
                <td>${e.aliases.join('; ')}</td>
                <td>${e.countries.join(', ')}</td>
                <td>${e.identifier ?? ''}</td>
                <td>${e.notes ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${more ? html`<p class="pager"><a href="?from=${from + ENTRIES_PER_PAGE}">Next entries</a></p>` : ''}`;
  return ui.page(c, { title: `Watchlist “${list.name}”`, active: 'screening', body });
}

async function upload(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const [file] = (await ui.kit.readUploads(c)).filter((f) => f.bytes.byteLength > 0);
  if (!file) return renderList(ui, c, { problem: 'Choose a watchlist file to upload.' });
  const name = (await c.req.parseBody())['name'];
  try {
    const result = await ui.kit.services.uploadWatchlist({
      file,
      name: typeof name === 'string' ? name : null,
    });
    c.set('auditTarget', `watchlist:${result.watchlist.id}`);
    c.set('auditDetails', { name: result.watchlist.name, skipped: result.problems.length });
    return renderList(ui, c, { upload: result });
  } catch (err) {
    if (!isAppError(err, 'input.')) throw err;
    return renderList(ui, c, { problem: err.message });
  }
}

export const screeningPage: UiPage = {
  id: 'screening',
  mount(app, ui) {
    app.get('/screening', ui.guard('reader'), (c) => renderList(ui, c));
    app.get('/screening/watchlists/:id{[0-9]+}', ui.guard('reader'), (c) => renderWatchlist(ui, c));
    app.post('/screening/watchlists', ui.guard('analyst'), (c) => upload(ui, c));
    app.post('/screening/watchlists/:id{[0-9]+}/screen', ui.guard('reader'), async (c) => {
      const since = String((await c.req.parseBody())['since'] ?? '');
      if (since && !/^\d{4}-\d{2}-\d{2}$/.test(since))
        throw new AppError('input.invalid', 'Give the date as YYYY-MM-DD, or leave it empty.');
      const job = await ui.kit.services.startScreening({
        watchlistId: Number(c.req.param('id')),
        since: since ? `${since}T00:00:00.000Z` : null,
        actor: ui.kit.actorOf(c.get('principal')),
      });
      c.set('auditTarget', `watchlist:${job.watchlistId}`);
      c.set('auditDetails', { screening: job.id, since: job.since });
      return c.redirect(`/screening/runs/${job.id}`, 303);
    });
    app.post('/screening/watchlists/:id{[0-9]+}/remove', ui.guard('admin'), async (c) => {
      const removed = await ui.kit.services.removeWatchlist(Number(c.req.param('id')));
      c.set('auditTarget', `watchlist:${removed.id}`);
      c.set('auditDetails', { name: removed.name });
      return c.redirect('/screening?done=watchlist-removed', 303);
    });
  },
};
