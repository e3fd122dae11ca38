// The story page's forms for analysts: rename the story, merge another story into it, and the
// split form's fields (its checkboxes sit in the items table). Every form carries the CSRF field.
import type { StoryDetail, StoryListing } from '../../model/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { plural } from '../parts/format.ts';

const reason = (id: string, what: string) =>
  html`<div class="field">
    <label for="${id}">Reason for the ${what} (optional, recorded)</label>
    <input id="${id}" name="why" type="text" maxlength="500" autocomplete="off" />
  </div>`;

/** Returns the rename form. */
export function renameForm(d: StoryDetail, csrf: SafeHtml): SafeHtml {
  return html`<form method="post" action="/stories/${d.story.id}/rename" class="decision">
    ${csrf}
    <div class="field">
      <label for="story-label">New name</label>
      <input id="story-label" name="label" type="text" required maxlength="300" value="${d.story.headline}" />
    </div>
    ${reason('rename-why', 'new name')}
    <p><button type="submit">Rename the story</button></p>
  </form>`;
}

/** Returns the form that merges one of others into the story. */
export function mergeForm(d: StoryDetail, others: readonly StoryListing[], csrf: SafeHtml): SafeHtml {
  const choices = others.filter((s) => s.id !== d.story.id);
  if (!choices.length) return html`<p>There is no other story to merge into this one.</p>`;
  return html`<form method="post" action="/stories/${d.story.id}/merge" class="decision">
    ${csrf}
    <div class="field">
      <label for="merge-from">Story to merge into this one (its items move here)</label>
      <select id="merge-from" name="from" required>
        ${choices.map(
          (s) => html`<option value="${s.id}">#${s.id} ${s.headline} (${plural(s.items, 'item')})</option>`,
        )}
      </select>
    </div>
    ${reason('merge-why', 'merge')}
    <p><button type="submit">Merge into this story</button></p>
  </form>`;
}

/** Returns the split form's own fields; the items to move are the checked rows of the table. */
export function splitFields(): SafeHtml {
  return html`<fieldset class="decision">
    <legend>Split the checked items out into a new story</legend>
    <div class="field">
      <label for="split-label">Name for the new story (optional)</label>
      <input id="split-label" name="label" type="text" maxlength="300" autocomplete="off" />
    </div>
    ${reason('split-why', 'split')}
    <p><button type="submit">Move the checked items to a new story</button></p>
  </fieldset>`;
}
