// Themes: what the archive is about, each theme's items per day, and the search for each.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { html } from '../html.ts';
import { analysisLinks } from '../parts/analysis-links.ts';
import { daysFrom, MAX_CHART_DAYS } from '../parts/fill-days.ts';
import { themeChart } from '../parts/theme-chart.ts';
import type { Ui, UiPage } from '../ui.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAYS = 90;

const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);

async function render(ui: Ui, c: Context<AppEnv>): Promise<Response> {
  const now = ui.kit.now();
  const today = now.toISOString().slice(0, 10);
  const earliest = daysBefore(now, MAX_CHART_DAYS);
  const asked = (c.req.query('since') ?? '').trim();
  const isShown = DATE.test(asked) && asked >= earliest && asked <= today;
  const since = isShown ? asked : daysBefore(now, DEFAULT_DAYS);
  const themes = await ui.kit.services.analysis.themes(`${since}T00:00:00.000Z`);
  const caption = `Items per theme and day since ${since} (UTC, near-duplicates counted once)`;
  const body = html`${analysisLinks('themes')}
    <form method="get" action="/themes" class="fields">
      <div class="field">
        <label for="since">Since</label
        ><input id="since" name="since" type="date" value="${since}" min="${earliest}" max="${today}" />
      </div>
      <div class="field"><button type="submit" class="secondary">Show</button></div>
    </form>
    <p class="muted">Each theme links to a search for its items (<code>theme:ID</code> in the query).</p>
    ${themeChart(themes, daysFrom(since, today), caption)}`;
  return ui.page(c, { title: 'Themes', active: 'stories', body });
}

export const themesPage: UiPage = {
  id: 'themes',
  mount(app, ui) {
    app.get('/themes', ui.guard('reader'), (c) => render(ui, c));
  },
};
