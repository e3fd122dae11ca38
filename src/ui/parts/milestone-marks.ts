// Where stories began, drawn on a per-day chart: one marker per day with a story's first item
// (its title names the stories, for pointers), and the same as a list of links for everyone.
import { html, type SafeHtml } from '../html.ts';

/** A story's first item on a timeline (the API's TimelineMilestone). */
export interface ChartMilestone {
  readonly storyId: number;
  readonly title: string;
  readonly day: string;
}

export interface MarkGeometry {
  /** Width of one day on the chart. */
  readonly step: number;
  readonly top: number;
  readonly bottom: number;
  /** A dot on top of the line (too big for a sparkline). */
  readonly hasDot?: boolean;
}

/** Returns the milestones grouped by day, for the days the chart shows, in day order. */
export function milestonesByDay(
  milestones: readonly ChartMilestone[],
  days: readonly string[],
): Array<{ index: number; day: string; stories: ChartMilestone[] }> {
  const index = new Map(days.map((day, i) => [day, i]));
  const byDay = new Map<string, ChartMilestone[]>();
  for (const m of milestones) {
    if (index.has(m.day)) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  }
  return [...byDay.entries()]
    .map(([day, stories]) => ({ index: index.get(day) as number, day, stories }))
    .sort((a, b) => a.index - b.index);
}

/** Returns one marker per day on which a story began: a dashed line and a dot, titled with the stories. */
export function milestoneMarks(
  milestones: readonly ChartMilestone[],
  days: readonly string[],
  at: MarkGeometry,
): SafeHtml[] {
  return milestonesByDay(milestones, days).map(({ index, day, stories }) => {
    const x = (index * at.step + at.step / 2).toFixed(1);
    const names = stories.map((s) => s.title).join('; ');
    const label = `${stories.length === 1 ? 'Story began' : `${stories.length} stories began`} ${day}: ${names}`;
    return html`<g class="milestone" data-day="${day}"
      ><title>${label}</title
      ><line x1="${x}" y1="${at.top}" x2="${x}" y2="${at.bottom}"></line
      >${at.hasDot === false ? '' : html`<circle cx="${x}" cy="${at.top}" r="3"></circle>`}</g
    >`;
  });
}

/** Returns the milestones as a list of links to their stories (empty when there are none). */
export function milestoneList(milestones: readonly ChartMilestone[], hidden = false): SafeHtml {
  if (!milestones.length) return html``;
  return html`<ul class="${hidden ? 'visually-hidden' : 'milestones'}" aria-label="Where stories began">
    ${milestones.map(
      (m) =>
        html`<li><span class="muted">${m.day}</span> <a href="/stories/${m.storyId}">${m.title}</a></li>`,
    )}
  </ul>`;
}
