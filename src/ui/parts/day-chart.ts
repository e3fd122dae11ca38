// Items per day as a server-rendered SVG bar chart (no script, no inline style), with the
// same figures in a table for screen readers, and markers where stories began.
import type { DayCount } from '../../store/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { milestoneList, milestoneMarks, type ChartMilestone } from './milestone-marks.ts';

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 18;
const TOP = 14;

function bar(d: DayCount, i: number, step: number, max: number): SafeHtml {
  const h = max ? Math.round(((HEIGHT - AXIS - TOP) * d.count) / max) : 0;
  const x = (i * step + step * 0.15).toFixed(1);
  const y = HEIGHT - AXIS - h;
  return html`<rect class="bar" x="${x}" y="${y}" width="${(step * 0.7).toFixed(1)}" height="${h}"
    ><title>${d.day}: ${d.count}</title></rect
  >`;
}

/**
 * Returns the chart of days (oldest first) with a caption and a hidden table of the figures;
 * milestones (where stories began) are marked on their days and listed under the chart.
 */
export function dayChart(
  days: readonly DayCount[],
  caption: string,
  milestones: readonly ChartMilestone[] = [],
): SafeHtml {
  const max = Math.max(0, ...days.map((d) => d.count));
  const step = WIDTH / Math.max(1, days.length);
  const total = days.reduce((n, d) => n + d.count, 0);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const stories = milestones.length === 1 ? '1 story' : `${milestones.length} stories`;
  const marked = milestones.length ? `; where ${stories} began is marked` : '';
  const label = `${caption}: ${count(total, 'item')} in ${count(days.length, 'day')}, at most ${max} a day${marked}`;
  const dayList = days.map((d) => d.day);
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  return html`<figure class="chart">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}" focusable="false">
      <line class="axis" x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}"></line>
      ${days.map((d, i) => bar(d, i, step, max))}
      ${milestoneMarks(milestones, dayList, { step, top: TOP, bottom: HEIGHT - AXIS })}
      <text class="tick" x="0" y="${HEIGHT - 4}">${first}</text>
      <text class="tick" x="${WIDTH}" y="${HEIGHT - 4}" text-anchor="end">${last}</text>
      <text class="tick" x="0" y="${TOP - 3}">max ${max}</text>
    </svg>
    <figcaption>${caption}</figcaption>
    ${milestoneList(milestones)}
    <table class="visually-hidden">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Items</th>
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (d) =>
            html`<tr>
              <td>${d.day}</td>
              <td>${d.count}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
