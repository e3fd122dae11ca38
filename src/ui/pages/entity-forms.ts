// The entity page's forms for analysts: rename, merge another entity into this one (by any
// name it goes by, or #id), and split some spellings out. Every form carries the CSRF field.
import type { EntityDetail, EntityRecord } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { plural } from '../parts/format.ts';

/** Returns the rename form. */
export function renameEntityForm(d: EntityDetail, csrf: SafeHtml): SafeHtml {
  return html`<form method="post" action="/entities/${d.entity.id}/rename" class="decision">
    ${csrf}
    <div class="field">
      <label for="entity-name">New display name</label>
      <input id="entity-name" name="name" type="text" required maxlength="300" value="${d.entity.name}" />
    </div>
    <p><button type="submit">Rename</button></p>
  </form>`;
}

/** Returns the form that merges another entity into this one; names are suggested from known. */
export function mergeEntityForm(d: EntityDetail, known: readonly EntityRecord[], csrf: SafeHtml): SafeHtml {
  return html`<form method="post" action="/entities/${d.entity.id}/merge" class="decision">
    ${csrf}
    <div class="field">
      <label for="merge-entity">Entity to merge into this one (a name it goes by, or #id)</label>
      <input
        id="merge-entity"
        name="from"
        type="text"
        required
        maxlength="300"
        list="known-entities"
        autocomplete="off"
        aria-describedby="merge-entity-help"
      />
      <small id="merge-entity-help" class="muted">Its mentions move here and its names become aliases.</small>
      <datalist id="known-entities">
        ${known
          .filter((e) => e.id !== d.entity.id)
          .map((e) => html`<option value="${e.name}">${e.type}, ${plural(e.itemCount, 'item')}</option>`)}
      </datalist>
    </div>
    <p><button type="submit">Merge into this entity</button></p>
  </form>`;
}

/** Returns the form that moves some spellings into a new entity, or nothing with one spelling. */
export function splitEntityForm(d: EntityDetail, csrf: SafeHtml): SafeHtml {
  if (d.spellings.length < 2) return html``;
  return html`<form method="post" action="/entities/${d.entity.id}/split" class="decision">
    ${csrf}
    <fieldset>
      <legend>Spellings that name someone or something else</legend>
      ${d.spellings.map(
        (s, i) =>
          html`<label class="check"
            ><input type="checkbox" name="spellings" value="${s.text}" id="spelling-${i}" /> ${s.text}
            <span class="muted">(${s.count}×)</span></label
          >`,
      )}
    </fieldset>
    <div class="field">
      <label for="split-name">Name of the new entity</label>
      <input id="split-name" name="name" type="text" required maxlength="300" autocomplete="off" />
    </div>
    <p><button type="submit">Split them out</button></p>
  </form>`;
}
