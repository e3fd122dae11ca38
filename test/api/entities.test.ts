// /api/entities over the analysed sample: listings a page at a time, an entity's evidence with
// the sentence that names it, lookups by any name, and analysts' merges, splits and renames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysedApp, analystActor, type AnalysedApp } from './analysis-helpers.ts';

interface Entity {
  id: number;
  name: string;
  type: string;
  itemCount: number;
  mentionCount: number;
}

interface EntityDetail {
  entity: Entity;
  outlets: number;
  spellings: Array<{ text: string; count: number }>;
  perDay: Array<{ day: string; mentions: number; items: number }>;
  evidence: Array<{ itemId: number; sentence: string; mention: string; sourceSha256: string }>;
  cooccurring: Array<{ entity: Entity; sharedItems: number }>;
  decisions: Array<{ kind: string; entityId: number; otherId: number | null; actor: string }>;
}

const codeOf = (r: { body: Record<string, unknown> }) => (r.body['error'] as { code: string }).code;

async function entityNamed(t: AnalysedApp, name: string): Promise<EntityDetail> {
  const { status, body } = await t.as(t.readerKey, `/api/entities/lookup?name=${encodeURIComponent(name)}`);
  if (status !== 200) throw new Error(`no entity "${name}": ${JSON.stringify(body)}`);
  return body as unknown as EntityDetail;
}

describe('reading entities', () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('pages through every entity once, most widely named first', async () => {
    const seen: Entity[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const { body } = await t.as(t.readerKey, `/api/entities?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...(body['entities'] as Entity[]));
      cursor = body['nextCursor'] as string | null;
    }
    const counts = seen.map((e) => e.itemCount);
    expect([
      seen.length,
      new Set(seen.map((e) => e.id)).size,
      seen.slice(0, 2).map((e) => e.name),
      counts.every((n, i) => i === 0 || n <= (counts[i - 1] as number)),
    ]).toEqual([47, 47, ['China', 'Xinjiang'], true]);
  });

  it('filters by type and date, and refuses an unknown type', async () => {
    const people = await t.as(t.readerKey, '/api/entities?type=PER&limit=3');
    const later = await t.as(t.readerKey, '/api/entities?since=2022-12-02');
    const bad = await t.as(t.readerKey, '/api/entities?type=THING');
    expect([
      (people.body['entities'] as Entity[]).map((e) => [e.name, e.type]),
      later.body,
      [bad.status, codeOf(bad)],
    ]).toEqual([
      [
        ['Michelle Bachelet', 'PER'],
        ['Gerry Brownlee', 'PER'],
        ['Zumrat Dawut', 'PER'],
      ],
      { entities: [], nextCursor: null },
      [400, 'input.invalid'],
    ]);
  });

  it('show an entity with the sentences that name it, its spellings and its company', async () => {
    const found = await entityNamed(t, 'Bachelet');
    const { body } = await t.as(t.readerKey, `/api/entities/${found.entity.id}`);
    const d = body as unknown as EntityDetail;
    expect([
      d.entity.name,
      d.entity.type,
      d.spellings,
      d.perDay,
      d.evidence.length,
      d.evidence.every((e) => e.sentence.includes(e.mention) && /^[0-9a-f]{64}$/.test(e.sourceSha256)),
      d.evidence.find((e) => e.itemId === 12)?.sentence,
      d.cooccurring.slice(0, 2).map((c) => [c.entity.name, c.sharedItems]),
    ]).toEqual([
      'Michelle Bachelet',
      'PER',
      [
        { text: 'Michelle Bachelet', count: 5 },
        { text: 'Bachelet', count: 1 },
      ],
      [{ day: '2022-12-01', mentions: 6, items: 4 }],
      4,
      true,
      'The report by the UN office of the high commissioner for human rights (OHCHR) was published minutes before Michelle Bachelet ended her tenure.',
      [
        ['UN', 4],
        ['China', 4],
      ],
    ]);
  });

  it('answer bad ids, unknown ids and unknown names in the error shape', async () => {
    const results = [
      await t.as(t.readerKey, '/api/entities/0'),
      await t.as(t.readerKey, '/api/entities/x1'),
      await t.as(t.readerKey, '/api/entities/9999'),
      await t.as(t.readerKey, '/api/entities/lookup?name=Nobody%20Atall'),
      await t.as(t.readerKey, '/api/entities/lookup'),
    ];
    expect(results.map((r) => [r.status, codeOf(r)])).toEqual([
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [404, 'input.not_found'],
      [404, 'input.not_found'],
      [400, 'input.invalid'],
    ]);
    expect(results[2]?.body).toEqual({
      error: { code: 'input.not_found', message: 'entities: no entity #9999' },
    });
  });
});

describe("analysts' decisions about entities", () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('are refused to a reader and to a visitor without credentials', async () => {
    const uk = await entityNamed(t, 'UK');
    const rename = await t.as(t.readerKey, `/api/entities/${uk.entity.id}/rename`, {
      name: 'United Kingdom',
    });
    const merge = await t.as(null, `/api/entities/${uk.entity.id}/merge`, { from: 1 });
    expect([rename.status, codeOf(rename), merge.status, codeOf(merge)]).toEqual([
      403,
      'auth.forbidden',
      401,
      'auth.unauthenticated',
    ]);
  });

  it('merge one entity into another, whose names then find it, with the analyst in the log', async () => {
    const uk = await entityNamed(t, 'UK');
    const britain = await entityNamed(t, 'Britain');
    const { status, body } = await t.as(t.analystKey, `/api/entities/${uk.entity.id}/merge`, {
      from: britain.entity.id,
    });
    const d = body as unknown as EntityDetail;
    const audit = (await (await t.call('/api/audit?limit=1')).json()) as { entries: Array<unknown> };
    const again = await t.as(t.analystKey, `/api/entities/${britain.entity.id}/merge`, {
      from: uk.entity.id,
    });
    expect([
      status,
      [d.entity.itemCount, d.entity.mentionCount],
      d.decisions.map((x) => [x.kind, x.entityId, x.otherId, x.actor]),
      (await entityNamed(t, 'Britain')).entity.id,
      [again.status, codeOf(again)],
    ]).toEqual([
      200,
      [2, 6],
      [['merge', britain.entity.id, uk.entity.id, analystActor(t)]],
      uk.entity.id,
      [400, 'input.bad_merge'],
    ]);
    expect(audit.entries[0]).toMatchObject({
      actor: analystActor(t),
      action: `POST /api/entities/${uk.entity.id}/merge`,
      target: `entity:${uk.entity.id}`,
      details: { status: 200, from: britain.entity.id },
    });
  });

  it('split spellings out into a new entity', async () => {
    const bachelet = await entityNamed(t, 'Michelle Bachelet');
    const { status, body } = await t.as(t.analystKey, `/api/entities/${bachelet.entity.id}/split`, {
      spellings: ['Bachelet'],
      name: 'Bachelet (surname only)',
    });
    const d = body as unknown as EntityDetail;
    const left = await t.as(t.readerKey, `/api/entities/${bachelet.entity.id}`);
    expect([
      status,
      d.entity.name,
      d.spellings,
      (left.body as unknown as EntityDetail).spellings.map((s) => s.text),
    ]).toEqual([201, 'Bachelet (surname only)', [{ text: 'Bachelet', count: 1 }], ['Michelle Bachelet']]);
  });

  it('rename an entity', async () => {
    const un = await entityNamed(t, 'UN');
    const { status, body } = await t.as(t.analystKey, `/api/entities/${un.entity.id}/rename`, {
      name: 'United Nations',
    });
    const d = body as unknown as EntityDetail;
    expect([status, d.entity.name, d.decisions.at(-1)?.kind, d.decisions.at(-1)?.actor]).toEqual([
      200,
      'United Nations',
      'rename',
      analystActor(t),
    ]);
  });

  it('are checked: bodies, ids, spellings and names', async () => {
    const china = await entityNamed(t, 'China');
    const id = china.entity.id;
    const results = [
      await t.as(t.analystKey, `/api/entities/${id}/merge`, { from: id }),
      await t.as(t.analystKey, `/api/entities/${id}/merge`, { from: 9999 }),
      await t.as(t.analystKey, `/api/entities/${id}/merge`, {}),
      await t.as(t.analystKey, `/api/entities/${id}/rename`, { name: ' ' }),
      await t.as(t.analystKey, '/api/entities/9999/rename', { name: 'X' }),
      await t.as(t.analystKey, `/api/entities/${id}/split`, { spellings: ['Chine'], name: 'Chine' }),
      await t.as(t.analystKey, `/api/entities/${id}/split`, { spellings: [], name: 'X' }),
      await t.as(t.analystKey, `/api/entities/${id}/split`, { spellings: ['China'], name: 'Xinjiang' }),
    ];
    expect(results.map((r) => [r.status, codeOf(r)])).toEqual([
      [400, 'input.bad_merge'],
      [404, 'input.not_found'],
      [400, 'input.invalid'],
      [400, 'input.invalid'],
      [404, 'input.not_found'],
      [400, 'input.bad_split'],
      [400, 'input.invalid'],
      [400, 'input.bad_split'],
    ]);
  });
});
