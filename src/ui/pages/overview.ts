// The overview: counts, items per day, growing stories, themes over time, the newest items,
// and the feeds that are failing.
import type { FeedRecord, StoredItem } from '../../model/index.ts';
import type { ArchiveCounts } from '../../store/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { dayChart } from '../parts/day-chart.ts';
import { plural, when } from '../parts/format.ts';
import type { UiPage } from '../ui.ts';
import { analysisBlocks } from './overview-analysis.ts';

function stats(c: ArchiveCounts): SafeHtml {
  const stat = (n: number, label: string) =>
    html`<li><strong>${n.toLocaleString('en')}</strong> ${label}</li>`;
  return html`<ul class="stats">
    ${stat(c.items, 'items archived')}${stat(c.itemsSince, 'new in 24 hours')}${stat(c.feeds, 'feeds and files')}
    ${stat(c.failingFeeds, 'feeds failing')}${stat(c.fetches, 'fetches and imports')}
  </ul>`;
}

function newItems(items: readonly StoredItem[]): SafeHtml {
  if (!items.length)
    return html`<p>
      The archive is empty: <a href="/import">import a file</a> or <a href="/feeds">add a feed</a>.
    </p>`;
  return html`<ol class="results">
    ${items.map(
      (i) =>
        html`<li>
          <a href="/items/${i.id}" data-result-link>${i.title ?? '(untitled)'}</a>
          <div class="meta">
            ${i.sourceName} · published ${when(i.publishedAt)} · seen ${when(i.firstSeenAt)}
          </div>
        </li>`,
    )}
  </ol>`;
}

function failing(feeds: readonly FeedRecord[]): SafeHtml {
  if (!feeds.length) return html`<p>No feed is failing.</p>`;
  return html`<div class="table-wrap">
    <table class="data">
      <thead>
        <tr>
          <th scope="col">Feed</th>
          <th scope="col">Error</th>
          <th scope="col">Failures</th>
          <th scope="col">Last success</th>
        </tr>
      </thead>
      <tbody>
        ${feeds.map(
          (f) =>
            html`<tr>
              <td><a href="/feeds/${f.id}">${f.title ?? f.url}</a></td>
              <td><code>${f.lastErrorCode}</code> ${f.lastErrorMessage}</td>
              <td>${f.errorCount}</td>
              <td>${when(f.lastSuccessAt)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const overviewPage: UiPage = {
  id: 'overview',
  mount(app, ui) {
    app.get('/', ui.guard('reader'), async (c) => {
      const o = await ui.kit.services.overview();
      const analysis = await analysisBlocks(
        ui,
        o.perDay.map((d) => d.day),
      );
      const body = html`${stats(o.counts)}
        <section aria-labelledby="per-day">
          <h2 id="per-day">Items per day</h2>
          ${dayChart(o.perDay, `Items per day, last ${o.perDay.length} days (UTC)`)}
        </section>
        ${analysis}
        <section aria-labelledby="new">
          <h2 id="new">Newest items</h2>
          ${newItems(o.newItems)}
        </section>
        <section aria-labelledby="health">
          <h2 id="health">Feed health</h2>
          <p>
            ${plural(o.failingFeeds.length, 'feed')} failing of ${plural(o.followedFeeds, 'feed')} followed.
            <a href="/feeds">All feeds</a>
          </p>
          ${failing(o.failingFeeds)}
        </section>`;
      return ui.page(c, { title: 'Overview', active: 'overview', body });
    });
  },
};
