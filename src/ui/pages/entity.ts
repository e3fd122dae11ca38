// An entity: how it is written, items naming it over time, the sentences that name it with the
// item and source bytes behind each, the names it appears with, and analysts' decisions; analysts
// rename, merge and split here.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { asEntityId, type EntityDetail, type EntityEvidence } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { csrfField } from '../layout.ts';
import { analysisLinks } from '../parts/analysis-links.ts';
import { dayChart } from '../parts/day-chart.ts';
import { decisionsTable } from '../parts/decisions.ts';
import { fillGaps } from '../parts/fill-days.ts';
import { plural, when } from '../parts/format.ts';
import { errorBox, noticeFor } from '../parts/messages.ts';
import { daySpan, shortHash } from '../parts/spans.ts';
import type { Ui, UiPage } from '../ui.ts';
import { mountEntityActions } from './entity-actions.ts';
import { TYPE_NAMES } from './entities.ts';
import { mergeEntityForm, renameEntityForm, splitEntityForm } from './entity-forms.ts';

const SUGGESTIONS = 200;

/** Returns the search for items naming an entity: the query language is the source of truth. */
export function entitySearchPath(name: string): string {
  return `/search?q=${encodeURIComponent(`entity:"${name.replaceAll('"', '')}"`)}`;
}

/** Returns the sentence with the mention marked. */
function marked(sentence: string, mention: string): SafeHtml {
  const at = mention ? sentence.indexOf(mention) : -1;
  if (at < 0) return html`${sentence}`;
  // prettier-ignore
  return html`${sentence.slice(0, at)}<mark>${mention}</mark>${sentence.slice(at + mention.length)}`;
}

function evidenceList(evidence: readonly EntityEvidence[]): SafeHtml {
  if (!evidence.length) return html`<p>No item names it.</p>`;
  return html`<ol class="results entity-evidence">
    ${evidence.map(
      (e) =>
        html`<li>
          <a href="/items/${e.itemId}" data-result-link>${e.title ?? '(untitled)'}</a>
          <div class="meta">
            ${e.source} · ${when(e.published)} · source bytes ${shortHash(e.sourceSha256)}
          </div>
          <blockquote>${marked(e.sentence, e.mention)}</blockquote>
        </li>`,
    )}
  </ol>`;
}

function company(d: EntityDetail): SafeHtml {
  if (!d.cooccurring.length) return html`<p>No other name appears with it.</p>`;
  return html`<div class="table-wrap">
    <table class="data">
      <caption class="visually-hidden">
        Names that appear in the same items
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Items shared</th>
        </tr>
      </thead>
      <tbody>
        ${d.cooccurring.map(
          (x) =>
            html`<tr>
              <th scope="row"><a href="/entities/${x.entity.id}">${x.entity.name}</a></th>
              <td>${x.entity.type}</td>
              <td>${x.sharedItems}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function facts(d: EntityDetail): SafeHtml {
  const e = d.entity;
  return html`<dl class="item-meta">
    <dt>Kind</dt>
    <dd>${TYPE_NAMES[e.type]} (${e.type})</dd>
    <dt>Named in</dt>
    <dd>
      ${plural(e.itemCount, 'item')} from ${plural(d.outlets, 'outlet')},
      ${plural(e.mentionCount, 'mention')}, ${daySpan(e.firstSeen, e.lastSeen)} ·
      <a href="${entitySearchPath(e.name)}">search the items naming it</a>
    </dd>
    <dt>Written as</dt>
    <dd>
      ${d.spellings.map((s, i) => html`${i ? ', ' : ''}${s.text} <span class="muted">(${s.count})</span>`)}
    </dd>
    ${
      d.aliases.length
        ? html`<dt>Aliases</dt>
            <dd>
              ${d.aliases.map((a, i) => html`${i ? ', ' : ''}${a.alias} <span class="muted">(${a.source})</span>`)}
            </dd>`
        : ''
    }
  </dl>`;
}

/** Returns the entity page; problem is shown when a decision failed. */
export async function renderEntity(
  ui: Ui,
  c: Context<AppEnv>,
  problem: string | null = null,
  status: 200 | 400 | 404 = 200,
) {
  const analysis = ui.kit.services.analysis;
  const d = await analysis.entity(asEntityId(Number(c.req.param('id'))));
  const merged = analysis.mergedInto(d);
  const isAnalyst = ui.kit.hasRole(c.get('principal'), 'analyst') && merged === null;
  const csrf = csrfField(c);
  const known = isAnalyst ? await analysis.topEntities(SUGGESTIONS) : [];
  const perDay = fillGaps(d.perDay.map((p) => ({ day: p.day, count: p.items })));
  const body = html`${analysisLinks('entities')}${noticeFor(c.req.query('done'))}${problem ? errorBox(problem) : ''}
    ${merged !== null ? html`<p class="notice" role="status">An analyst merged this entity into <a href="/entities/${merged}">entity #${merged}</a>.</p>` : ''}
    ${facts(d)}
    ${perDay.length ? dayChart(perDay, `Items naming ${d.entity.name} per day (UTC)`, d.milestones) : ''}
    <section aria-labelledby="evidence">
      <h2 id="evidence">Evidence: the sentences that name it</h2>
      ${evidenceList(d.evidence)}
    </section>
    <section aria-labelledby="company">
      <h2 id="company">Named with</h2>
      ${company(d)}
    </section>
    <section aria-labelledby="decisions">
      <h2 id="decisions">Decisions</h2>
      ${decisionsTable(d.decisions, 'Decisions about this entity')}
    </section>
    ${
      isAnalyst
        ? html`<section aria-labelledby="decide">
            <h2 id="decide">Decide</h2>
            <div class="columns">${renameEntityForm(d, csrf)}${mergeEntityForm(d, known, csrf)}</div>
            ${splitEntityForm(d, csrf)}
          </section>`
        : ''
    }`;
  return ui.page(c, { title: d.entity.name, active: 'entities', status, body });
}

export const entityPage: UiPage = {
  id: 'entity',
  mount(app, ui) {
    app.get('/entities/:id{[0-9]+}', ui.guard('reader'), (c) => renderEntity(ui, c));
    mountEntityActions(app, ui);
  },
};
