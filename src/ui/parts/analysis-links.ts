// The links between the analysis pages (stories, themes, figures), under the main navigation.
import { html, type SafeHtml } from '../html.ts';

const LINKS: ReadonlyArray<readonly [id: string, path: string, label: string]> = [
  ['stories', '/stories', 'Stories'],
  ['themes', '/themes', 'Themes'],
  ['figures', '/figures', 'Key figures'],
  ['entities', '/entities', 'Entities'],
];

/** Returns the analysis pages' links, current marks the page shown. */
export function analysisLinks(current: string): SafeHtml {
  return html`<nav aria-label="Analysis" class="subnav">
    <ul>
      ${LINKS.map(
        ([id, path, label]) =>
          html`<li><a href="${path}" ${id === current ? html`aria-current="page"` : ''}>${label}</a></li>`,
      )}
    </ul>
  </nav>`;
}
