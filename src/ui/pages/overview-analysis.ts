// The overview's analysis blocks: the stories growing fastest, and the commonest themes over
// the days the overview charts.
import { html, type SafeHtml } from '../html.ts';
import { themeChart } from '../parts/theme-chart.ts';
import type { Ui } from '../ui.ts';
import { storyTable } from './stories.ts';

const GROWING = 5;
const THEMES = 6;

/** Returns the growing-stories and themes-over-time sections for the given days (oldest first). */
export async function analysisBlocks(ui: Ui, days: readonly string[]): Promise<SafeHtml> {
  const analysis = ui.kit.services.analysis;
  const since = `${days[0] ?? ''}T00:00:00.000Z`;
  const [growing, themes] = await Promise.all([analysis.growingStories(GROWING), analysis.themes(since)]);
  return html`<section aria-labelledby="growing">
      <h2 id="growing">Growing stories</h2>
      ${
        growing.stories.length
          ? storyTable(growing.stories, 'Stories with the most items in the last 7 days', 'New in 7 days')
          : html`<p>No story has grown in the last 7 days.</p>`
      }
      <p><a href="/stories">All stories</a></p>
    </section>
    <section aria-labelledby="themes-over-time">
      <h2 id="themes-over-time">Themes over time</h2>
      ${themeChart(themes.slice(0, THEMES), days, `The commonest themes, items per day, last ${days.length} days (UTC)`)}
      <p><a href="/themes">All themes</a> · <a href="/figures">Key figures</a></p>
    </section>`;
}
