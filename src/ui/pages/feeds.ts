// The feeds page: follow a feed by URL, OPML in and out, poll now, and every feed's state
// with its errors; a feed's own page lists its last attempts.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { AppError, asFeedId, isAppError, type FeedRecord } from '../../model/index.ts';
import type { AttemptRecord } from '../../store/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { externalLink, when } from '../parts/format.ts';
import { errorBox, noticeFor } from '../parts/messages.ts';
import type { Ui, UiPage } from '../ui.ts';
import { feedForms, INTERVALS } from './feed-forms.ts';

function stateBadge(f: FeedRecord): SafeHtml {
  return html`<span class="state state-${f.state}">${f.state}</span>`;
}

function feedRow(f: FeedRecord): SafeHtml {
  const error = f.lastErrorCode
    ? html`<code>${f.lastErrorCode}</code> ${f.lastErrorMessage} (${f.errorCount}×)`
    : html`<span class="muted">none</span>`;
  return html`<tr>
    <td><a href="/feeds/${f.id}">${f.title ?? f.url}</a><br /><small class="muted">${f.url}</small></td>
    <td>${stateBadge(f)}</td>
    <td>${f.itemCount}</td>
    <td>${when(f.lastSuccessAt)}</td>
    <td>${when(f.nextFetchAt)}</td>
    <td>${error}</td>
  </tr>`;
}

function feedTable(feeds: readonly FeedRecord[], caption: string): SafeHtml {
  if (!feeds.length) return html`<p>No ${caption.toLowerCase()}.</p>`;
  return html`<div class="table-wrap">
    <table class="data">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Feed</th>
          <th scope="col">State</th>
          <th scope="col">Items</th>
          <th scope="col">Last success</th>
          <th scope="col">Next fetch</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        ${feeds.map(feedRow)}
      </tbody>
    </table>
  </div>`;
}

async function renderList(
  ui: Ui,
  c: Context<AppEnv>,
  problem: string | null = null,
  status: 200 | 400 | 409 | 422 | 502 = 200,
) {
  const feeds = (await ui.kit.store.listFeeds()).filter((f) => f.removedAt === null);
  const isAdmin = ui.kit.hasRole(c.get('principal'), 'admin');
  const body = html`${noticeFor(c.req.query('done'))}${problem ? errorBox(problem) : ''}
    ${isAdmin ? feedForms(csrfField(c)) : ''}
    <p><a href="/api/feeds/opml" download>Export the followed feeds as OPML</a></p>
    <section aria-labelledby="followed">
      <h2 id="followed">Followed feeds</h2>
      ${feedTable(
        feeds.filter((f) => f.kind === 'http'),
        'Followed feeds',
      )}
    </section>
    <section aria-labelledby="files">
      <h2 id="files">Imported files</h2>
      ${feedTable(
        feeds.filter((f) => f.kind === 'file'),
        'Imported files',
      )}
    </section>`;
  return ui.page(c, { title: 'Feeds', active: 'feeds', status, body });
}

function attemptsTable(attempts: readonly AttemptRecord[]): SafeHtml {
  if (!attempts.length) return html`<p>No fetch attempt yet.</p>`;
  return html`<div class="table-wrap">
    <table class="data">
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Outcome</th>
          <th scope="col">HTTP</th>
          <th scope="col">Took</th>
          <th scope="col">Error</th>
          <th scope="col">Body kept</th>
        </tr>
      </thead>
      <tbody>
        ${attempts.map(
          (a) =>
            html`<tr>
              <td>${when(a.startedAt)}</td>
              <td>${a.outcome}</td>
              <td>${a.httpStatus ?? '—'}</td>
              <td>${a.durationMs} ms</td>
              <td>${a.code ? html`<code>${a.code}</code> ${a.message}` : ''}</td>
              <td>
                ${
                  a.sha256
                    ? html`<code class="hash" title="sha256 ${a.sha256}">${a.sha256.slice(0, 12)}</code>
                        ${a.byteLength ?? 0} bytes${a.isBodyTruncated ? ' (start)' : ''}`
                    : a.httpHeaders
                      ? 'headers only'
                      : '—'
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

async function renderFeed(ui: Ui, c: Context<AppEnv>) {
  const id = Number(c.req.param('id'));
  const feed = await ui.kit.store.getFeed(asFeedId(id));
  if (!feed) throw new AppError('input.not_found', `no feed #${id}`);
  const attempts = await ui.kit.store.listAttempts(feed.id, 50, null);
  const canRemove = feed.kind === 'http' && !feed.removedAt && ui.kit.hasRole(c.get('principal'), 'admin');
  const body = html`<dl class="item-meta">
      <dt>URL</dt>
      <dd>${externalLink(feed.url)}</dd>
      <dt>Site</dt>
      <dd>${externalLink(feed.siteUrl)}</dd>
      <dt>State</dt>
      <dd>${stateBadge(feed)}${feed.removedAt ? html` removed ${when(feed.removedAt)}` : ''}</dd>
      <dt>Items</dt>
      <dd>${feed.itemCount}</dd>
      <dt>Interval</dt>
      <dd>
        ${feed.intervalSeconds ? (INTERVALS.find(([s]) => s === String(feed.intervalSeconds))?.[1] ?? `${feed.intervalSeconds} s`) : 'adaptive'}
      </dd>
      <dt>Last error</dt>
      <dd>
        ${feed.lastErrorCode ? html`<code>${feed.lastErrorCode}</code> ${feed.lastErrorMessage}` : 'none'}
      </dd>
    </dl>
    <h2>Last fetch attempts</h2>
    ${attemptsTable(attempts)}
    ${canRemove ? html`<form method="post" action="/feeds/${feed.id}/remove" data-confirm="Stop following this feed? Its items stay.">${csrfField(c)}<button type="submit" class="danger">Stop following</button></form>` : ''}`;
  return ui.page(c, { title: feed.title ?? feed.url, active: 'feeds', body });
}

/** Runs a form's action; an expected failure re-renders the list with the message. */
async function act(ui: Ui, c: Context<AppEnv>, action: () => Promise<string>): Promise<Response> {
  try {
    return c.redirect(`/feeds?done=${await action()}`, 303);
  } catch (err) {
    if (!isAppError(err, 'fetch.') && !isAppError(err, 'input.')) throw err;
    return renderList(ui, c, err.message, isAppError(err, 'fetch.') ? 422 : 409);
  }
}

export const feedsPage: UiPage = {
  id: 'feeds',
  mount(app, ui) {
    app.get('/feeds', ui.guard('reader'), (c) => renderList(ui, c));
    app.get('/feeds/:id{[0-9]+}', ui.guard('reader'), (c) => renderFeed(ui, c));
    app.post('/feeds', ui.guard('admin'), async (c) => {
      const form = await c.req.parseBody();
      const url = String(form['url'] ?? '').trim();
      if (!/^https?:\/\/\S+$/i.test(url))
        return renderList(ui, c, 'Enter the http(s) address of a feed or of a page that links to one.', 400);
      const interval = Number(form['interval'] ?? 0);
      return act(ui, c, async () => {
        const added = await ui.kit.services.addFeed({
          url,
          intervalSeconds: interval > 0 ? interval : null,
          fetchFullText: form['fullText'] === 'on',
        });
        c.set('auditTarget', `feed:${added.feed.id}`);
        c.set('auditDetails', { url: added.feed.url });
        return 'feed-added';
      });
    });
    app.post('/feeds/:id{[0-9]+}/remove', ui.guard('admin'), (c) =>
      act(ui, c, async () => {
        await ui.kit.services.removeFeed(asFeedId(Number(c.req.param('id'))));
        c.set('auditTarget', `feed:${c.req.param('id')}`);
        return 'feed-removed';
      }),
    );
    app.post('/feeds/opml', ui.guard('admin'), async (c) => {
      const file = (await c.req.parseBody())['file'];
      if (!(file instanceof File) || file.size === 0)
        return renderList(ui, c, 'Choose an OPML file to import.', 400);
      const result = await ui.kit.services.importOpml(await file.text());
      c.set('auditDetails', {
        added: result.added,
        existing: result.existing,
        problems: result.problems.length,
      });
      return c.redirect('/feeds?done=opml-imported', 303);
    });
    app.post('/poll', ui.guard('admin'), async (c) => {
      c.set('auditDetails', { ...(await ui.kit.services.pollNow()) });
      return c.redirect('/feeds?done=polled', 303);
    });
  },
};
