// A story: its timeline, its items in time order with their sources and hashes, the names and
// themes it is about, and the decisions analysts made; analysts rename, merge and split here.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { asStoryId, type StoryDetail, type StoryItemRow } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { analysisLinks } from '../parts/analysis-links.ts';
import { dayChart } from '../parts/day-chart.ts';
import { externalLink, plural, when } from '../parts/format.ts';
import { decisionsTable } from '../parts/decisions.ts';
import { errorBox, noticeFor } from '../parts/messages.ts';
import { daySpan, shortHash } from '../parts/spans.ts';
import { themeSearchPath } from '../parts/theme-chart.ts';
import type { Ui, UiPage } from '../ui.ts';
import { mountStoryActions } from './story-actions.ts';
import { mergeForm, renameForm, splitFields } from './story-forms.ts';

const MERGE_CHOICES = 200;

function itemRow(i: StoryItemRow, canSplit: boolean): SafeHtml {
  const notes = [
    i.duplicateOf === null ? '' : html`copy of <a href="/items/${i.duplicateOf}">#${i.duplicateOf}</a>`,
    i.isForced ? 'placed by an analyst' : '',
  ].filter(Boolean);
  return html`<tr>
    ${canSplit ? html`<td><input type="checkbox" name="items" value="${i.itemId}" id="split-${i.itemId}" /><label for="split-${i.itemId}" class="visually-hidden">Split out: ${i.title ?? `item #${i.itemId}`}</label></td>` : ''}
    <td>${when(i.published)}</td>
    <td>${i.source}</td>
    <th scope="row"><a href="/items/${i.itemId}">${i.title ?? '(untitled)'}</a></th>
    <td>${shortHash(i.sourceSha256)}</td>
    <td>${externalLink(i.url, 'original')}</td>
    <td>${notes.length ? notes.map((n, k) => html`${k ? '; ' : ''}${n}`) : ''}</td>
  </tr>`;
}

function itemsTable(d: StoryDetail, canSplit: boolean): SafeHtml {
  return html`<div class="table-wrap">
    <table class="data">
      <caption class="visually-hidden">
        Items of the story, in time order
      </caption>
      <thead>
        <tr>
          ${canSplit ? html`<th scope="col"><span class="visually-hidden">Split out</span></th>` : ''}
          <th scope="col">Published</th>
          <th scope="col">Source</th>
          <th scope="col">Title</th>
          <th scope="col">Source bytes (sha256)</th>
          <th scope="col">Link</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        ${d.items.map((i) => itemRow(i, canSplit))}
      </tbody>
    </table>
  </div>`;
}

function about(d: StoryDetail): SafeHtml {
  const names = d.entities.map(
    (e) =>
      html`<li>
        <a href="/entities/${e.id}">${e.name}</a>
        <span class="muted">${e.type}, ${plural(e.items, 'item')}</span>
      </li>`,
  );
  const themes = d.themes.map(
    (t) =>
      html`<li>
        <a href="${themeSearchPath(t.theme)}">${t.label}</a>
        <span class="muted">${plural(t.items, 'item')}</span>
      </li>`,
  );
  return html`<div class="columns">
    <section aria-labelledby="names">
      <h2 id="names">Main names</h2>
      ${
        names.length
          ? html`<ul class="chips">
              ${names}
            </ul>`
          : html`<p>No names found.</p>`
      }
    </section>
    <section aria-labelledby="themes">
      <h2 id="themes">Themes</h2>
      ${
        themes.length
          ? html`<ul class="chips">
              ${themes}
            </ul>`
          : html`<p>No theme.</p>`
      }
    </section>
  </div>`;
}

/** Returns the story page; problem is shown when a decision failed. */
export async function renderStory(
  ui: Ui,
  c: Context<AppEnv>,
  problem: string | null = null,
  status: 200 | 400 | 404 = 200,
) {
  const analysis = ui.kit.services.analysis;
  const d = await analysis.story(asStoryId(Number(c.req.param('id'))));
  const isAnalyst = ui.kit.hasRole(c.get('principal'), 'analyst');
  const csrf = csrfField(c);
  const items = isAnalyst
    ? html`<form method="post" action="/stories/${d.story.id}/split">
        ${csrf}${itemsTable(d, true)}${splitFields()}
      </form>`
    : itemsTable(d, false);
  const others = isAnalyst ? (await analysis.storyPage({ minItems: 1, limit: MERGE_CHOICES })).stories : [];
  const s = d.story;
  const body = html`${analysisLinks('stories')}${noticeFor(c.req.query('done'))}${problem ? errorBox(problem) : ''}
    <p class="lead">
      ${plural(s.items, 'item')} from ${plural(s.outlets, 'independent outlet')} ·
      ${daySpan(s.firstSeen, s.lastSeen)}${s.label ? html` · <span class="muted">named by an analyst</span>` : ''}
    </p>
    ${dayChart(d.perDay, 'Items of this story per day (UTC)')} ${about(d)}
    <section aria-labelledby="items">
      <h2 id="items">Items, in time order</h2>
      ${items}
    </section>
    <section aria-labelledby="decisions">
      <h2 id="decisions">Decisions</h2>
      ${decisionsTable(d.decisions, 'Decisions about this story')}
    </section>
    ${
      isAnalyst
        ? html`<section aria-labelledby="decide">
            <h2 id="decide">Decide</h2>
            <div class="columns">${renameForm(d, csrf)}${mergeForm(d, others, csrf)}</div>
          </section>`
        : ''
    }`;
  return ui.page(c, { title: s.headline, active: 'stories', status, body });
}

export const storyPage: UiPage = {
  id: 'story',
  mount(app, ui) {
    app.get('/stories/:id{[0-9]+}', ui.guard('reader'), (c) => renderStory(ui, c));
    mountStoryActions(app, ui);
  },
};
