// The entities list: the people, organisations, places and laws the archive names, most widely
// named first, filtered by type, a page at a time.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../../model/index.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { analysisLinks } from '../parts/analysis-links.ts';
import { daySpan } from '../parts/spans.ts';
import type { Ui, UiPage } from '../ui.ts';

const PAGE_SIZE = 50;

export const TYPE_NAMES: Readonly<Record<EntityType, string>> = {
  PER: 'people',
  ORG: 'organisations',
  LOC: 'places',
  MISC: 'groups, nationalities, events',
  LAW: 'laws',
};

function typeForm(type: string): SafeHtml {
  const option = (value: string, label: string) =>
    html`<option value="${value}" ${value === type ? raw(' selected') : ''}>${label}</option>`;
  return html`<form method="get" action="/entities" class="fields">
    <div class="field">
      <label for="type">Kind</label
      ><select id="type" name="type">
        ${option('', 'All kinds')}${ENTITY_TYPES.map((t) => option(t, `${TYPE_NAMES[t]} (${t})`))}
      </select>
    </div>
    <div class="field"><button type="submit" class="secondary">Show</button></div>
  </form>`;
}

function entityTable(entities: readonly EntityRecord[]): SafeHtml {
  return html`<div class="table-wrap">
    <table class="data">
      <caption class="visually-hidden">
        Entities, most widely named first
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Items</th>
          <th scope="col">Mentions</th>
          <th scope="col">Named</th>
        </tr>
      </thead>
      <tbody>
        ${entities.map(
          (e) =>
            html`<tr>
              <th scope="row"><a href="/entities/${e.id}" data-result-link>${e.name}</a></th>
              <td><abbr title="${TYPE_NAMES[e.type]}">${e.type}</abbr></td>
              <td>${e.itemCount}</td>
              <td>${e.mentionCount}</td>
              <td>${daySpan(e.firstSeen, e.lastSeen)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

async function render(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const asked = c.req.query('type') ?? '';
  const type = ENTITY_TYPES.includes(asked as EntityType) ? (asked as EntityType) : undefined;
  const cursor = c.req.query('cursor');
  const page = await ui.kit.services.analysis.entityPage({
    limit: PAGE_SIZE,
    ...(type ? { type } : {}),
    ...(cursor ? { cursor } : {}),
  });
  const next = page.nextCursor
    ? `/entities?${new URLSearchParams({ type: type ?? '', cursor: page.nextCursor }).toString()}`
    : null;
  const body = html`${analysisLinks('entities')}${typeForm(type ?? '')}
  ${
    page.entities.length
      ? entityTable(page.entities)
      : html`<p>No entity yet: names are found when items are analysed.</p>`
  }
  ${next ? html`<nav class="pager" aria-label="Pages"><a href="${next}" rel="next">Next ${PAGE_SIZE} entities</a></nav>` : ''}`;
  return ui.page(c, { title: type ? `Entities: ${TYPE_NAMES[type]}` : 'Entities', active: 'entities', body });
}

export const entitiesPage: UiPage = {
  id: 'entities',
  mount(app, ui) {
    app.get('/entities', ui.guard('reader'), (c) => render(ui, c));
  },
};
