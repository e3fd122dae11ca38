// The entity page's posts: an analyst renames an entity, merges another into it (by any name
// or #id), or splits spellings out into a new one; a failure re-renders the page with the message.
import type { Context } from 'hono';
import type { AppEnv } from '../../api/index.ts';
import { AppError, asEntityId } from '../../model/index.ts';
import { decide, fieldText, type Rerender } from '../parts/decide.ts';
import type { Ui, UiApp } from '../ui.ts';
import { renderEntity } from './entity.ts';

const text = fieldText;
const idOf = (c: Context<AppEnv>) => asEntityId(Number(c.req.param('id')));
const again =
  (ui: Ui, c: Context<AppEnv>): Rerender =>
  (problem, status) =>
    renderEntity(ui, c, problem, status);

/** Adds the analysts' forms' posts for the entity page. */
export function mountEntityActions(app: UiApp, ui: Ui): void {
  const analysis = ui.kit.services.analysis;
  app.post('/entities/:id{[0-9]+}/rename', ui.guard('analyst'), async (c) => {
    const name = text((await c.req.parseBody())['name']);
    return decide(
      c,
      async () => {
        await analysis.renameEntity(idOf(c), name, c.get('principal'));
        c.set('auditTarget', `entity:${idOf(c)}`);
        c.set('auditDetails', { name });
        return `/entities/${idOf(c)}?done=entity-renamed`;
      },
      again(ui, c),
    );
  });
  app.post('/entities/:id{[0-9]+}/merge', ui.guard('analyst'), async (c) => {
    const ref = text((await c.req.parseBody())['from']);
    return decide(
      c,
      async () => {
        if (!ref) throw new AppError('input.invalid', 'Name the entity to merge into this one.');
        const from = await analysis.findEntity(ref);
        await analysis.mergeEntities(idOf(c), from, c.get('principal'));
        c.set('auditTarget', `entity:${idOf(c)}`);
        c.set('auditDetails', { from });
        return `/entities/${idOf(c)}?done=entity-merged`;
      },
      again(ui, c),
    );
  });
  app.post('/entities/:id{[0-9]+}/split', ui.guard('analyst'), async (c) => {
    const form = await c.req.parseBody({ all: true });
    const spellings = [form['spellings'] ?? []].flat().filter((s): s is string => typeof s === 'string');
    return decide(
      c,
      async () => {
        if (!spellings.length) throw new AppError('input.invalid', 'Check the spellings to split out.');
        const d = await analysis.splitEntity(
          idOf(c),
          { spellings, name: text(form['name']) },
          c.get('principal'),
        );
        c.set('auditTarget', `entity:${idOf(c)}`);
        c.set('auditDetails', { spellings, into: d.entity.id });
        return `/entities/${d.entity.id}?done=entity-split`;
      },
      again(ui, c),
    );
  });
}
