// Search with filters (a name, a theme, dates, source, order) and highlighted snippets, one page
// per cursor.
import type { Context } from 'hono';
import type { AppEnv, SearchPage, SearchParams } from '../../api/index.ts';
import { isAppError, type FeedRecord } from '../../model/index.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { plural, when } from '../parts/format.ts';
import { errorBox } from '../parts/messages.ts';
import { snippetHtml } from '../parts/snippet.ts';
import type { Ui, UiPage } from '../ui.ts';
import { filterFields, withFilters } from './search-filters.ts';

const PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Filters {
  readonly q: string;
  readonly since: string;
  readonly until: string;
  readonly feed: string;
  readonly sort: 'relevance' | 'date';
  readonly cursor: string;
}

function filtersOf(c: Context<AppEnv>): Filters {
  const get = (name: string) => (c.req.query(name) ?? '').trim();
  return {
    q: get('q'),
    since: DATE.test(get('since')) ? get('since') : '',
    until: DATE.test(get('until')) ? get('until') : '',
    feed: /^\d+$/.test(get('feed')) ? get('feed') : '',
    sort: get('sort') === 'date' ? 'date' : 'relevance',
    cursor: get('cursor'),
  };
}

/** The form's "to" date is inclusive: items before the next day. */
function paramsOf(f: Filters): SearchParams {
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    q: f.q,
    sort: f.sort,
    limit: PAGE_SIZE,
    ...(f.since ? { since: `${f.since}T00:00:00.000Z` } : {}),
    ...(f.until ? { until: nextDay(f.until) } : {}),
    ...(f.feed ? { feed: Number(f.feed) } : {}),
    ...(f.cursor ? { cursor: f.cursor } : {}),
  };
}

function form(f: Filters, feeds: readonly FeedRecord[], filters: SafeHtml): SafeHtml {
  const option = (value: string, label: string, current: string) =>
    html`<option value="${value}" ${value === current ? raw(' selected') : ''}>${label}</option>`;
  return html`<form role="search" method="get" action="/search" class="search-form">
    <div class="field">
      <label for="q">Query</label>
      <input
        id="q"
        name="q"
        type="search"
        value="${f.q}"
        data-search-box
        autocomplete="off"
        aria-describedby="q-help"
      />
      <small id="q-help" class="muted"
        >Words, "phrases", OR, NOT or -word, (groups), prefix*, title:, source:, entity:"NAME",
        theme:ID</small
      >
    </div>
    <div class="fields">
      ${filters}
      <div class="field">
        <label for="since">From</label><input id="since" name="since" type="date" value="${f.since}" />
      </div>
      <div class="field">
        <label for="until">To (inclusive)</label
        ><input id="until" name="until" type="date" value="${f.until}" />
      </div>
      <div class="field">
        <label for="feed">Source</label
        ><select id="feed" name="feed">
          ${option('', 'All sources', f.feed)}${feeds.map((s) => option(String(s.id), s.title ?? s.url, f.feed))}
        </select>
      </div>
      <div class="field">
        <label for="sort">Order</label
        ><select id="sort" name="sort">
          ${option('relevance', 'Best match', f.sort)}${option('date', 'Newest first', f.sort)}
        </select>
      </div>
      <div class="field"><button type="submit">Search</button></div>
    </div>
  </form>`;
}

/** Returns "20 results", "more than 10,000 results", and whether the ranking was cut short. */
function countOf(page: SearchPage): string {
  const count = page.isTotalCapped
    ? `more than ${plural(page.total, 'result')}`
    : plural(page.total, 'result');
  return page.rankedAmongNewest
    ? `${count}; the most relevant among the newest ${page.rankedAmongNewest.toLocaleString('en')} are shown`
    : count;
}

function results(f: Filters, page: SearchPage): SafeHtml {
  const next = new URLSearchParams({ q: f.q, since: f.since, until: f.until, feed: f.feed, sort: f.sort });
  if (page.nextCursor) next.set('cursor', page.nextCursor);
  return html`<p role="status">${countOf(page)}</p>
    <ol class="results">
      ${page.hits.map(
        (h) =>
          html`<li>
            <a href="/items/${h.itemId}" data-result-link>${h.title ?? '(untitled)'}</a>
            <div class="meta">
              ${h.source} ·
              ${when(h.published)}${h.duplicates ? ` · also in ${plural(h.duplicates, 'source')}` : ''}${h.copyOf ? ` · copy of #${h.copyOf}` : ''}
            </div>
            ${h.snippet ? html`<p class="snippet">${raw(snippetHtml(h.snippet))}</p>` : ''}
          </li>`,
      )}
    </ol>
    ${page.nextCursor ? html`<nav class="pager" aria-label="Pages"><a href="/search?${next.toString()}" rel="next">Next ${PAGE_SIZE} results</a></nav>` : ''}`;
}

async function render(ui: Ui, c: Context<AppEnv>) {
  const f = filtersOf(c);
  const entity = (c.req.query('entity') ?? '').trim();
  const theme = (c.req.query('theme') ?? '').trim();
  if (entity || theme) {
    const q = withFilters(f.q, entity, theme);
    const params = new URLSearchParams({ q, since: f.since, until: f.until, feed: f.feed, sort: f.sort });
    return c.redirect(`/search?${params.toString()}`, 303);
  }
  const feeds = (await ui.kit.store.listFeeds()).filter((s) => s.itemCount > 0);
  const analysis = ui.kit.services.analysis;
  const filters = filterFields(await analysis.topEntities(200), await analysis.themes(null));
  let body: SafeHtml = html``;
  let status: 200 | 400 = 200;
  if (f.q) {
    try {
      body = results(f, await ui.kit.services.search(paramsOf(f)));
    } catch (err) {
      if (!isAppError(err, 'query.') && !isAppError(err, 'input.bad_cursor')) throw err;
      body = errorBox(err.message);
      status = 400;
    }
  }
  return ui.page(c, {
    title: f.q ? `Search: ${f.q}` : 'Search',
    active: 'search',
    status,
    headerSearch: false,
    body: html`${form(f, feeds, filters)}${body}`,
  });
}

export const searchPage: UiPage = {
  id: 'search',
  mount(app, ui) {
    app.get('/search', ui.guard('reader'), (c) => render(ui, c));
  },
};
