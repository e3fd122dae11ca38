// The stories list: the growing stories first (most items in the last days), then every story,
// latest activity first, a page at a time.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import type { StoryListing } from '../../model/index.ts';
import type { GrowingStory } from '../../store/index.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { analysisLinks } from '../parts/analysis-links.ts';
import { plural, when } from '../parts/format.ts';
import { daySpan } from '../parts/spans.ts';
import type { Ui, UiPage } from '../ui.ts';

const PAGE_SIZE = 50;
const GROWING = 10;
const SIZES = ['1', '2', '3', '5', '10'];

function storyRow(s: StoryListing, recent?: number): SafeHtml {
  return html`<tr>
    <th scope="row"><a href="/stories/${s.id}" data-result-link>${s.headline}</a></th>
    ${recent === undefined ? '' : html`<td>${recent}</td>`}
    <td>${s.items}</td>
    <td>${s.outlets}</td>
    <td class="nowrap">${daySpan(s.firstSeen, s.lastSeen)}</td>
  </tr>`;
}

/** Returns the table of stories; with recent, a column of items in the growth window. */
export function storyTable(
  stories: readonly (StoryListing | GrowingStory)[],
  caption: string,
  recentLabel?: string,
): SafeHtml {
  return html`<div class="table-wrap">
    <table class="data">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Story</th>
          ${recentLabel ? html`<th scope="col">${recentLabel}</th>` : ''}
          <th scope="col">Items</th>
          <th scope="col">Outlets</th>
          <th scope="col">Span</th>
        </tr>
      </thead>
      <tbody>
        ${stories.map((s) => storyRow(s, recentLabel && 'recentItems' in s ? s.recentItems : undefined))}
      </tbody>
    </table>
  </div>`;
}

function filterForm(minItems: string): SafeHtml {
  return html`<form method="get" action="/stories" class="fields">
    <div class="field">
      <label for="min-items">Stories of at least</label
      ><select id="min-items" name="minItems">
        ${SIZES.map(
          (n) =>
            html`<option value="${n}" ${n === minItems ? raw(' selected') : ''}>
              ${plural(Number(n), 'item')}
            </option>`,
        )}
      </select>
    </div>
    <div class="field"><button type="submit" class="secondary">Show</button></div>
  </form>`;
}

async function render(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const minItems = SIZES.includes(c.req.query('minItems') ?? '') ? (c.req.query('minItems') as string) : '1';
  const cursor = c.req.query('cursor');
  const analysis = ui.kit.services.analysis;
  const [growing, page] = await Promise.all([
    analysis.growingStories(GROWING),
    analysis.storyPage({ minItems: Number(minItems), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  ]);
  const next = page.nextCursor
    ? `/stories?${new URLSearchParams({ minItems, cursor: page.nextCursor }).toString()}`
    : null;
  const body = html`${analysisLinks('stories')}
    <section aria-labelledby="growing">
      <h2 id="growing">Growing</h2>
      <p class="muted">The stories with the most items since ${when(growing.since)}.</p>
      ${
        growing.stories.length
          ? storyTable(growing.stories, 'Growing stories', 'New in 7 days')
          : html`<p>No story has grown in the last 7 days.</p>`
      }
    </section>
    <section aria-labelledby="all">
      <h2 id="all">All stories, latest activity first</h2>
      ${filterForm(minItems)}
      <p role="status">${plural(page.total, 'story', 'stories')}</p>
      ${page.stories.length ? storyTable(page.stories, 'All stories') : ''}
      ${next ? html`<nav class="pager" aria-label="Pages"><a href="${next}" rel="next">Next ${PAGE_SIZE} stories</a></nav>` : ''}
    </section>`;
  return ui.page(c, { title: 'Stories', active: 'stories', body });
}

export const storiesPage: UiPage = {
  id: 'stories',
  mount(app, ui) {
    app.get('/stories', ui.guard('reader'), (c) => render(ui, c));
  },
};
