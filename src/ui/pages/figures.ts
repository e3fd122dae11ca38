// Key figures: the numbers the reporting cites, grouped by the claim they make, with who
// reported what and in which sentence; groups whose sources disagree are flagged.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { isAppError, type FigureGroup, type FigureReport } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { analysisLinks } from '../parts/analysis-links.ts';
import { plural, when } from '../parts/format.ts';
import { errorBox } from '../parts/messages.ts';
import type { Ui, UiPage } from '../ui.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ITEMS = 2000;

function unitOf(g: FigureGroup): string {
  if (g.unit === 'currency') return g.figures[0]?.figure.currency ?? 'money';
  return g.unit === 'percent' ? '%' : 'count';
}

function group(g: FigureGroup, i: number): SafeHtml {
  const values = g.values.map((v) => v.toLocaleString('en')).join(' / ');
  return html`<section class="figure-group" aria-labelledby="g${i}">
    <h3 id="g${i}">
      ${g.countedKey} <span class="muted">(${unitOf(g)}): ${values}</span>
      ${g.isDisputed ? html`<span class="state state-failing">sources disagree</span>` : ''}
    </h3>
    <div class="table-wrap">
      <table class="data">
        <caption class="visually-hidden">
          Who reported ${g.countedKey}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Source</th>
            <th scope="col">Published</th>
            <th scope="col">Sentence</th>
          </tr>
        </thead>
        <tbody>
          ${g.figures.map(
            (f) =>
              html`<tr>
                <th scope="row">${f.figure.hedge ? `${f.figure.hedge} ` : ''}${f.figure.quantity}</th>
                <td>${f.source ?? ''}</td>
                <td>${when(f.published)}</td>
                <td><a href="/items/${f.itemId}">“${f.figure.sentence.trim()}”</a></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function form(q: string, since: string): SafeHtml {
  return html`<form method="get" action="/figures" class="search-form">
    <div class="fields">
      <div class="field">
        <label for="figures-q">Only items matching (search language, optional)</label>
        <input id="figures-q" name="q" type="search" value="${q}" autocomplete="off" />
      </div>
      <div class="field">
        <label for="figures-since">Since</label
        ><input id="figures-since" name="since" type="date" value="${since}" />
      </div>
      <div class="field"><button type="submit">Show</button></div>
    </div>
  </form>`;
}

function report(r: FigureReport): SafeHtml {
  const disputed = r.groups.filter((g) => g.isDisputed).length;
  const status = `${plural(r.groups.length, 'claim')} in ${plural(r.items, 'item')}${disputed ? `, ${disputed} disputed` : ''}`;
  return html`<p role="status">${status}</p>
    ${r.groups.map(group)}`;
}

async function render(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const q = (c.req.query('q') ?? '').trim().slice(0, 2000);
  const asked = (c.req.query('since') ?? '').trim();
  const since = DATE.test(asked) ? asked : '';
  let body: SafeHtml;
  let status: 200 | 400 = 200;
  try {
    const r = await ui.kit.services.analysis.figures({
      limit: ITEMS,
      ...(q ? { q } : {}),
      ...(since ? { since: `${since}T00:00:00.000Z` } : {}),
    });
    body = report(r);
  } catch (err) {
    if (!isAppError(err, 'query.')) throw err;
    body = errorBox(err.message);
    status = 400;
  }
  return ui.page(c, {
    title: 'Key figures',
    active: 'stories',
    status,
    body: html`${analysisLinks('figures')}${form(q, since)}${body}`,
  });
}

export const figuresPage: UiPage = {
  id: 'figures',
  mount(app, ui) {
    app.get('/figures', ui.guard('reader'), (c) => render(ui, c));
  },
};
