// Themes over time: one row per theme with its items per day as small bars (server-rendered
// SVG, no script, no inline style), and the same figures in a hidden table for screen readers.
import type { DayCount } from '../../store/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { fillDays } from './fill-days.ts';
import { milestoneList, milestoneMarks, type ChartMilestone } from './milestone-marks.ts';

const WIDTH = 300;
const HEIGHT = 28;

export interface ThemeSeries {
  readonly theme: string;
  readonly label: string;
  readonly items: number;
  readonly perDay: readonly DayCount[];
  /** Where the largest stories with this theme began. */
  readonly milestones?: readonly ChartMilestone[];
}

/** Returns the search link for a theme: the query language is where themes are filtered. */
export function themeSearchPath(theme: string): string {
  return `/search?q=${encodeURIComponent(`theme:${theme}`)}`;
}

function bars(label: string, days: readonly DayCount[], milestones: readonly ChartMilestone[]): SafeHtml {
  const max = Math.max(0, ...days.map((d) => d.count));
  const step = WIDTH / Math.max(1, days.length);
  const total = days.reduce((n, d) => n + d.count, 0);
  const marked = milestones.length ? `, where ${milestones.length} of its stories began marked` : '';
  return html`<svg
    class="spark"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    focusable="false"
    aria-label="${label}: ${total} items in ${days.length} days, at most ${max} a day${marked}"
  >
    ${days.map((d, i) => {
      const h = max ? Math.max(1, Math.round(((HEIGHT - 2) * d.count) / max)) : 0;
      return d.count
        ? html`<rect
            class="bar"
            x="${(i * step + step * 0.1).toFixed(1)}"
            y="${HEIGHT - h}"
            width="${Math.max(1, step * 0.8).toFixed(1)}"
            height="${h}"
            ><title>${d.day}: ${d.count}</title></rect
          >`
        : '';
    })}
    <line class="axis" x1="0" y1="${HEIGHT - 0.5}" x2="${WIDTH}" y2="${HEIGHT - 0.5}"></line>
    ${milestoneMarks(
      milestones,
      days.map((d) => d.day),
      { step, top: 0, bottom: HEIGHT, hasDot: false },
    )}
  </svg>`;
}

function hiddenTable(themes: readonly ThemeSeries[], days: readonly string[], caption: string): SafeHtml {
  const counts = themes.map((t) => new Map(t.perDay.map((d) => [d.day, d.count])));
  // A table is never narrower than its content: the wrapper is what hides it.
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${caption}, per day
      </caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          ${themes.map((t) => html`<th scope="col">${t.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (day) =>
            html`<tr>
              <th scope="row">${day}</th>
              ${counts.map((c) => html`<td>${c.get(day) ?? 0}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Returns the chart of themes over days (oldest first), each linked to its search. */
export function themeChart(
  themes: readonly ThemeSeries[],
  days: readonly string[],
  caption: string,
): SafeHtml {
  if (!themes.length) return html`<p>No item has a theme in this period yet.</p>`;
  const span = `${days[0] ?? ''} to ${days.at(-1) ?? ''}`;
  return html`<figure class="chart theme-chart">
    <div class="table-wrap">
      <table class="data">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">Items</th>
            <th scope="col">Per day, ${span}</th>
          </tr>
        </thead>
        <tbody>
          ${themes.map(
            (t) =>
              html`<tr>
                <th scope="row"><a href="${themeSearchPath(t.theme)}">${t.label}</a></th>
                <td>${t.items}</td>
                <td>
                  ${bars(t.label, fillDays(t.perDay, days), t.milestones ?? [])}
                  ${milestoneList(t.milestones ?? [], true)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${hiddenTable(themes, days, caption)}
  </figure>`;
}
