// /api/stories over the analysed sample: listings a page at a time, a story in full, growing
// stories, and analysts' merges, splits and renames with who made them, in the story and the
// audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysedApp, analystActor, type AnalysedApp } from './analysis-helpers.ts';

interface Story {
  id: number;
  headline: string;
  items: number;
  outlets: number;
}

interface StoryDetail {
  story: Story;
  items: Array<{ itemId: number; title: string; published: string; sourceSha256: string }>;
  entities: Array<{ name: string }>;
  themes: Array<{ theme: string; label: string; items: number }>;
  perDay: Array<{ day: string; count: number }>;
  decisions: Array<{ kind: string; actor: string; at: string; detail: Record<string, unknown> }>;
}

const LAWYER_ITEM = 10;

async function storyWith(t: AnalysedApp, headline: string): Promise<Story> {
  const { body } = await t.as(t.readerKey, '/api/stories?limit=50');
  const found = (body['stories'] as Story[]).find((s) => s.headline.startsWith(headline));
  if (!found) throw new Error(`no story "${headline}"`);
  return found;
}

describe('reading stories', () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('pages through every story once with the cursor', async () => {
    const seen: number[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const { body } = await t.as(t.readerKey, `/api/stories?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...(body['stories'] as Story[]).map((s) => s.id));
      expect(body['total']).toBe(10);
      cursor = body['nextCursor'] as string | null;
      pages += 1;
    }
    expect([pages, seen.length, new Set(seen).size]).toEqual([3, 10, 10]);
  });

  it('filters by size and date', async () => {
    const big = await t.as(t.readerKey, '/api/stories?minItems=2');
    const later = await t.as(t.readerKey, '/api/stories?since=2022-12-02');
    expect([(big.body['stories'] as Story[]).map((s) => [s.items, s.outlets]), later.body]).toEqual([
      [[5, 1]],
      { total: 0, stories: [], nextCursor: null },
    ]);
  });

  it('refuses a cursor from another listing', async () => {
    const first = await t.as(t.readerKey, '/api/stories?limit=2');
    const other = await t.as(
      t.readerKey,
      `/api/stories?limit=2&minItems=2&cursor=${first.body['nextCursor']}`,
    );
    expect([other.status, (other.body['error'] as { code: string }).code]).toEqual([400, 'input.bad_cursor']);
  });

  it('shows a story in full: items in time order with their sources, names, themes, timeline', async () => {
    const un = await storyWith(t, '‘Our people are still trapped’');
    const { status, body } = await t.as(t.readerKey, `/api/stories/${un.id}`);
    const d = body as unknown as StoryDetail;
    expect([
      status,
      d.items.map((i) => i.itemId),
      d.items.every((i) => /^[0-9a-f]{64}$/.test(i.sourceSha256)),
      d.entities.map((e) => e.name).includes('Michelle Bachelet'),
      d.themes[0],
      d.perDay,
      d.decisions,
    ]).toEqual([
      200,
      [8, 10, 11, 12, 13],
      true,
      true,
      { theme: 'un-and-diplomacy', label: 'UN and diplomacy', items: 5 },
      [{ day: '2022-12-01', count: 5 }],
      [],
    ]);
  });

  it('lists the growing stories of the last days, most items first', async () => {
    const { body } = await t.as(t.readerKey, '/api/stories/growing?days=7&limit=2');
    const stories = body['stories'] as Array<Story & { recentItems: number }>;
    expect([body['since'], stories.map((s) => [s.items, s.recentItems])]).toEqual([
      '2022-11-24T12:00:00.000Z',
      [
        [5, 5],
        [1, 1],
      ],
    ]);
  });

  it('answers bad and unknown ids with a 400 and a 404 in the error shape', async () => {
    const bad = await t.as(t.readerKey, '/api/stories/abc');
    const missing = await t.as(t.readerKey, '/api/stories/999');
    expect([bad.status, (bad.body['error'] as { code: string }).code, missing]).toEqual([
      400,
      'input.invalid',
      {
        status: 404,
        body: {
          error: { code: 'input.not_found', message: 'stories: no story 999 (see newswatch stories)' },
        },
      },
    ]);
  });

  it('asks for credentials from elsewhere', async () => {
    const res = await t.as(null, '/api/stories');
    expect([res.status, (res.body['error'] as { code: string }).code]).toEqual([401, 'auth.unauthenticated']);
  });
});

describe("analysts' decisions", () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('are refused to a reader', async () => {
    const un = await storyWith(t, '‘Our people are still trapped’');
    const merge = await t.as(t.readerKey, `/api/stories/${un.id}/merge`, { from: 1 });
    const rename = await t.as(t.readerKey, `/api/stories/${un.id}/rename`, { label: 'x' });
    const split = await t.as(t.readerKey, '/api/stories/split', { items: [LAWYER_ITEM] });
    expect([
      merge.status,
      rename.status,
      split.status,
      (merge.body['error'] as { code: string }).code,
    ]).toEqual([403, 403, 403, 'auth.forbidden']);
  });

  it('merge a story into another, with the analyst as actor in the story and the audit log', async () => {
    const un = await storyWith(t, '‘Our people are still trapped’');
    const west = await storyWith(t, 'West weighs calling for China Uyghur abuses inquiry');
    const { status, body } = await t.as(t.analystKey, `/api/stories/${un.id}/merge`, {
      from: west.id,
      why: 'same UN process',
    });
    const d = body as unknown as StoryDetail;
    const audit = (await (await t.call('/api/audit?limit=1')).json()) as {
      entries: Array<{ actor: string; action: string; target: string; details: Record<string, unknown> }>;
    };
    expect([status, d.story.items, d.decisions.map((x) => [x.kind, x.actor, x.at, x.detail['why']])]).toEqual(
      [200, 6, [['merge', analystActor(t), '2022-12-01T12:00:00.000Z', 'same UN process']]],
    );
    expect(audit.entries[0]).toMatchObject({
      actor: analystActor(t),
      action: `POST /api/stories/${un.id}/merge`,
      target: `story:${un.id}`,
      details: { status: 200, from: west.id },
    });
    expect((await t.as(t.readerKey, `/api/stories/${west.id}`)).status).toBe(404);
  });

  it('split items out into a new story of their own', async () => {
    const before = await storyWith(t, '‘Our people are still trapped’');
    const { status, body } = await t.as(t.analystKey, '/api/stories/split', {
      items: [LAWYER_ITEM, LAWYER_ITEM],
      label: 'Genocide question',
    });
    const d = body as unknown as StoryDetail;
    const after = await t.as(t.readerKey, `/api/stories/${before.id}`);
    expect([
      status,
      d.story.headline,
      d.items.map((i) => i.itemId),
      (after.body as unknown as StoryDetail).story.items,
      d.decisions.map((x) => [x.kind, x.actor]),
    ]).toEqual([201, 'Genocide question', [LAWYER_ITEM], before.items - 1, [['split', analystActor(t)]]]);
  });

  it('rename a story', async () => {
    const un = await storyWith(t, '‘Our people are still trapped’');
    const { status, body } = await t.as(t.analystKey, `/api/stories/${un.id}/rename`, {
      label: '  UN report on Xinjiang ',
    });
    const d = body as unknown as StoryDetail;
    expect([status, d.story.headline, d.decisions.at(-1)?.kind, d.decisions.at(-1)?.actor]).toEqual([
      200,
      'UN report on Xinjiang',
      'rename',
      analystActor(t),
    ]);
    expect((await storyWith(t, 'UN report on Xinjiang')).id).toBe(un.id);
  });

  it('are checked: bodies, ids, items and the story itself', async () => {
    const un = await storyWith(t, 'UN report on Xinjiang');
    const code = (r: { body: Record<string, unknown> }) => (r.body['error'] as { code: string }).code;
    const results = [
      await t.as(t.analystKey, `/api/stories/${un.id}/merge`, { from: un.id }),
      await t.as(t.analystKey, `/api/stories/${un.id}/merge`, { from: 'two' }),
      await t.as(t.analystKey, `/api/stories/${un.id}/merge`, { from: 999 }),
      await t.as(t.analystKey, `/api/stories/${un.id}/rename`, { label: '   ' }),
      await t.as(t.analystKey, '/api/stories/0/rename', { label: 'x' }),
      await t.as(t.analystKey, '/api/stories/split', { items: [] }),
      await t.as(t.analystKey, '/api/stories/split', { items: [999] }),
    ];
    expect(results.map((r) => [r.status, code(r)])).toEqual([
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [404, 'input.not_found'],
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [404, 'input.not_found'],
    ]);
  });

  it('survive a rebuild, which only an admin may start', async () => {
    const un = await storyWith(t, 'UN report on Xinjiang');
    const analyst = await t.as(t.analystKey, '/api/stories/rebuild', {});
    const admin = await t.call('/api/stories/rebuild', { method: 'POST' });
    const after = await t.as(t.readerKey, `/api/stories/${un.id}`);
    expect([analyst.status, admin.status, (after.body as unknown as StoryDetail).story.headline]).toEqual([
      403,
      200,
      'UN report on Xinjiang',
    ]);
  });
});
