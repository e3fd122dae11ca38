// The item page's analysis: the story that holds the item, the names it mentions, its themes
// with the words that triggered each, and the figures it cites.
import type { ServerKit } from '../../api/index.ts';
import type { Figure, ThemeMatch } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { plural } from '../parts/format.ts';
import { themeSearchPath } from '../parts/theme-chart.ts';

export type ItemAnalysisView = Awaited<ReturnType<ServerKit['services']['analysis']['itemAnalysis']>>;

/** Returns the words that triggered a theme, each once, with how often it occurs. */
function triggers(t: ThemeMatch): SafeHtml {
  const seen = new Map<string, { text: string; kind: string; count: number }>();
  for (const x of t.triggers) {
    const key = `${x.kind}:${x.text.toLowerCase()}`;
    const found = seen.get(key);
    if (found) found.count += 1;
    else seen.set(key, { text: x.text, kind: x.kind, count: 1 });
  }
  return html`${[...seen.values()].map(
    (x, i) =>
      html`${i ? ', ' : ''}“${x.text}”
        <span class="muted">(${x.kind}${x.count > 1 ? `, ${x.count}×` : ''})</span>`,
  )}`;
}

function themes(list: readonly ThemeMatch[]): SafeHtml {
  if (!list.length) return html`<p>No theme.</p>`;
  return html`<ul>
    ${list.map((t) => html`<li><a href="${themeSearchPath(t.theme)}">${t.label}</a>, because of ${triggers(t)}</li>`)}
  </ul>`;
}

function figures(list: readonly Figure[]): SafeHtml {
  if (!list.length) return html``;
  return html`<h3>Key figures</h3>
    <div class="table-wrap">
      <table class="data">
        <caption class="visually-hidden">
          Figures this item cites
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Counts</th>
            <th scope="col">Sentence</th>
          </tr>
        </thead>
        <tbody>
          ${list.map(
            (f) =>
              html`<tr>
                <th scope="row">${f.hedge ? `${f.hedge} ` : ''}${f.quantity}</th>
                <td>${f.countedKey}</td>
                <td>${f.sentence.trim()}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Returns the analysis section; story is the headline of the item's story, if it has one. */
export function itemAnalysisSection(a: ItemAnalysisView, story: string | null): SafeHtml {
  const isEmpty = !a.entities.length && !a.themes.length && !a.figures.length && a.storyId === null;
  if (isEmpty) return html``;
  return html`<section aria-labelledby="analysis">
    <h2 id="analysis">What analysis found</h2>
    ${a.storyId !== null ? html`<p>Part of the story <a href="/stories/${a.storyId}">${story ?? `#${a.storyId}`}</a>.</p>` : ''}
    <h3>Names</h3>
    ${
      a.entities.length
        ? html`<ul class="chips">
            ${a.entities.map(
              (e) =>
                html`<li>
                  <a href="/entities/${e.id}">${e.name}</a>
                  <span class="muted">${e.type}, ${plural(e.mentions, 'mention')}</span>
                </li>`,
            )}
          </ul>`
        : html`<p>No names found.</p>`
    }
    <h3>Themes</h3>
    ${themes(a.themes)} ${figures(a.figures)}
  </section>`;
}
