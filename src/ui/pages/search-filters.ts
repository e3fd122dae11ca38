// The search form's name and theme filters. They are written into the query as entity:"NAME"
// and theme:ID, so that the query stays the one statement of what is searched: the page
// redirects to the query with them in it, and the query box shows it.
import type { EntityRecord } from '../../model/index.ts';
import type { ThemeCount } from '../../store/index.ts';
import { html, type SafeHtml } from '../html.ts';

const THEME_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Returns q with the entity and theme filters appended in the query language. */
export function withFilters(q: string, entity: string, theme: string): string {
  const name = entity.replaceAll('"', '').trim();
  return [q.trim(), name ? `entity:"${name}"` : '', THEME_ID.test(theme) ? `theme:${theme}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Returns the filter fields: a name (suggested from the commonest entities) and a theme. */
export function filterFields(entities: readonly EntityRecord[], themes: readonly ThemeCount[]): SafeHtml {
  return html`<div class="field">
      <label for="entity">Naming</label>
      <input id="entity" name="entity" type="text" list="entity-names" autocomplete="off" maxlength="300" />
      <datalist id="entity-names">
        ${entities.map((e) => html`<option value="${e.name}">${e.type}</option>`)}
      </datalist>
    </div>
    <div class="field">
      <label for="theme">Theme</label
      ><select id="theme" name="theme">
        <option value="">Any theme</option>
        ${themes.map((t) => html`<option value="${t.theme}">${t.label} (${t.items})</option>`)}
      </select>
    </div>`;
}
