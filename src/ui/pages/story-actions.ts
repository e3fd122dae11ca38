// The story page's posts: an analyst renames a story, merges another into it, or splits checked
// items out into a new one; a failure re-renders the page with the message.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { AppError, asStoryId } from '../../model/index.ts';
import { decide, fieldText, type Rerender } from '../parts/decide.ts';
import type { Ui, UiApp } from '../ui.ts';
import { renderStory } from './story.ts';

const text = fieldText;
const again =
  (ui: Ui, c: Context<AppEnv>): Rerender =>
  (problem, status) =>
    renderStory(ui, c, problem, status);
const why = (form: Record<string, unknown>) => text(form['why']) || undefined;

/** Adds the analysts' forms' posts for the story page. */
export function mountStoryActions(app: UiApp, ui: Ui): void {
  const analysis = ui.kit.services.analysis;
  app.post('/stories/:id{[0-9]+}/rename', ui.guard('analyst'), async (c) => {
    const form = await c.req.parseBody();
    const id = asStoryId(Number(c.req.param('id')));
    return decide(
      c,
      async () => {
        const label = text(form['label']);
        await analysis.renameStory(id, label, { principal: c.get('principal'), why: why(form) });
        c.set('auditTarget', `story:${id}`);
        c.set('auditDetails', { label });
        return `/stories/${id}?done=story-renamed`;
      },
      again(ui, c),
    );
  });
  app.post('/stories/:id{[0-9]+}/merge', ui.guard('analyst'), async (c) => {
    const form = await c.req.parseBody();
    const id = asStoryId(Number(c.req.param('id')));
    return decide(
      c,
      async () => {
        const from = Number(text(form['from']));
        if (!Number.isSafeInteger(from) || from < 1)
          throw new AppError('input.invalid', 'Choose a story to merge into this one.');
        await analysis.mergeStories(id, asStoryId(from), { principal: c.get('principal'), why: why(form) });
        c.set('auditTarget', `story:${id}`);
        c.set('auditDetails', { from });
        return `/stories/${id}?done=story-merged`;
      },
      again(ui, c),
    );
  });
  app.post('/stories/:id{[0-9]+}/split', ui.guard('analyst'), async (c) => {
    const form = await c.req.parseBody({ all: true });
    const items = [form['items'] ?? []]
      .flat()
      .map((v) => Number(v))
      .filter((n) => Number.isSafeInteger(n) && n > 0);
    return decide(
      c,
      async () => {
        if (!items.length) throw new AppError('input.invalid', 'Check at least one item to split out.');
        const label = text(form['label']) || undefined;
        const d = await analysis.splitStory(items, label, {
          principal: c.get('principal'),
          why: why(form),
        });
        c.set('auditTarget', `story:${d.story.id}`);
        c.set('auditDetails', { items });
        return `/stories/${d.story.id}?done=story-split`;
      },
      again(ui, c),
    );
  });
}
