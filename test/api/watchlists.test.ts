// /api/watchlists: uploads (CSV and FtM JSON lines, raw or multipart) with the rows skipped by
// line, who may upload, read and delete, pagination, and the audit log.
import { afterEach, describe, expect, it } from 'vitest';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const CSV = `name,aliases,country,identifier,notes
"Hangzhou Hikvision Digital Technology Co., Ltd.",Hikvision;海康威视,CN,SZ:002415,cameras
too,many,fields,in,this,row
MSCI Inc.,MSCI,US,NYSE:MSCI,index provider
`;

const FTM = `{"id":"p1","schema":"Person","properties":{"name":["Ada Lovelace"],"country":["gb"]}}
{not json
{"id":"c1","schema":"Company","properties":{"name":["Example Holdings Ltd"],"alias":["Example"]}}
`;

async function upload(t: TestApp, body: string, query: string, headers: Record<string, string> = {}) {
  return t.call(`/api/watchlists${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...headers },
    body,
  });
}

interface Upload {
  watchlist: { id: number; name: string; entryCount: number; format: string; source: string };
  format: string;
  replaced: boolean;
  problems: Array<{ line: number; message: string }>;
}

describe('uploading a watchlist', () => {
  it('stores a CSV and reports the rows it skipped by line', async () => {
    t = makeApp();
    const res = await upload(t, CSV, '?name=suppliers');
    const body = (await res.json()) as Upload;
    expect([res.status, body.watchlist.name, body.watchlist.entryCount, body.format, body.replaced]).toEqual([
      201,
      'suppliers',
      2,
      'csv',
      false,
    ]);
    expect(body.problems).toEqual([{ line: 3, message: 'watchlist: 6 fields but the header has 5' }]);
  });

  it('reads FollowTheMoney JSON lines from a multipart form, named by its field', async () => {
    t = makeApp();
    const form = new FormData();
    form.append('file', new File([FTM], 'people.jsonl'));
    form.append('name', 'people of interest');
    const res = await t.call('/api/watchlists', { method: 'POST', body: form });
    const body = (await res.json()) as Upload;
    expect([
      res.status,
      body.watchlist.name,
      body.format,
      body.watchlist.entryCount,
      body.watchlist.source,
    ]).toEqual([201, 'people of interest', 'ftm', 2, 'people.jsonl']);
    expect(body.problems.map((p) => p.line)).toEqual([2]);
  });

  it('names the list after the file when no name is given, and replaces it on a second upload', async () => {
    t = makeApp();
    const form = () => {
      const f = new FormData();
      f.append('file', new File([CSV], 'firms.csv'));
      return f;
    };
    await t.call('/api/watchlists', { method: 'POST', body: form() });
    const again = (await (
      await t.call('/api/watchlists', { method: 'POST', body: form() })
    ).json()) as Upload;
    expect([again.watchlist.name, again.replaced, again.watchlist.id]).toEqual(['firms', true, 1]);
  });

  it('refuses a file with no usable row, quoting the problems by line', async () => {
    t = makeApp();
    const res = await upload(t, 'identifier,notes\nX,Y\n', '?name=empty');
    expect([res.status, await res.json()]).toEqual([
      400,
      {
        error: {
          code: 'input.empty_watchlist',
          message:
            'watchlist: empty has no usable entries (line 1: watchlist: the header has no name column (found: identifier, notes))',
        },
      },
    ]);
  });

  it('refuses a name that reads as an id, and an empty body', async () => {
    t = makeApp();
    const numeric = await upload(t, CSV, '?name=42');
    const empty = await upload(t, '', '?name=x');
    expect([
      numeric.status,
      ((await numeric.json()) as { error: { code: string } }).error.code,
      empty.status,
      ((await empty.json()) as { error: { code: string } }).error.code,
    ]).toEqual([400, 'input.bad_name', 400, 'input.no_file']);
  });

  it('needs an analyst: readers are refused, strangers asked to sign in', async () => {
    t = makeApp();
    const reader = await keyFor(t.store, 'rita', 'reader');
    const analyst = await keyFor(t.store, 'ana', 'analyst');
    const statuses = [
      (await upload(t, CSV, '?name=a', withKey(reader))).status,
      (await t.call('/api/watchlists?name=a', { method: 'POST', body: CSV, from: REMOTE })).status,
      (await upload(t, CSV, '?name=a', withKey(analyst))).status,
    ];
    expect(statuses).toEqual([403, 401, 201]);
  });

  it('is in the audit log with the counts', async () => {
    t = makeApp();
    await upload(t, CSV, '?name=suppliers');
    const [entry] = await t.store.listAudit(1, null);
    expect([entry?.action, entry?.target, entry?.details]).toEqual([
      'POST /api/watchlists',
      'watchlist:1',
      { status: 201, name: 'suppliers', entries: 2, skipped: 1, replaced: false },
    ]);
  });
});

describe('reading watchlists', () => {
  it('lists them a page at a time', async () => {
    t = makeApp();
    for (const name of ['a', 'b', 'c']) await upload(t, CSV, `?name=${name}`);
    const first = (await (await t.call('/api/watchlists?limit=2')).json()) as {
      watchlists: Array<{ name: string }>;
      nextCursor: string;
    };
    const second = (await (await t.call(`/api/watchlists?limit=2&cursor=${first.nextCursor}`)).json()) as {
      watchlists: Array<{ name: string }>;
      nextCursor: string | null;
    };
    expect([
      first.watchlists.map((w) => w.name),
      second.watchlists.map((w) => w.name),
      second.nextCursor,
    ]).toEqual([['a', 'b'], ['c'], null]);
  });

  it('refuses a cursor from another list', async () => {
    t = makeApp();
    await upload(t, CSV, '?name=a');
    const entries = (await (await t.call('/api/watchlists/1?limit=1')).json()) as { nextCursor: string };
    const res = await t.call(`/api/watchlists?cursor=${entries.nextCursor}`);
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([
      400,
      'input.bad_cursor',
    ]);
  });

  it('shows a watchlist with its entries in file order, paginated', async () => {
    t = makeApp();
    await upload(t, CSV, '?name=suppliers');
    const reader = await keyFor(t.store, 'rita', 'reader');
    const first = (await (
      await t.call('/api/watchlists/1?limit=1', { headers: withKey(reader) })
    ).json()) as {
      watchlist: { name: string };
      entries: Array<{ name: string; line: number; aliases: string[]; identifier: string }>;
      nextCursor: string;
    };
    const rest = (await (await t.call(`/api/watchlists/1?limit=1&cursor=${first.nextCursor}`)).json()) as {
      entries: Array<{ name: string; line: number }>;
      nextCursor: string | null;
    };
    expect([
      first.watchlist.name,
      first.entries.map((e) => [e.line, e.name, e.aliases, e.identifier]),
      rest.entries.map((e) => [e.line, e.name]),
      rest.nextCursor,
    ]).toEqual([
      'suppliers',
      [[2, 'Hangzhou Hikvision Digital Technology Co., Ltd.', ['Hikvision', '海康威视'], 'SZ:002415']],
      [[4, 'MSCI Inc.']],
      null,
    ]);
  });

  it('answers 404 for an unknown watchlist and 400 for an id that is not a number', async () => {
    t = makeApp();
    const missing = await t.call('/api/watchlists/9');
    const bad = await t.call('/api/watchlists/abc');
    expect([
      missing.status,
      await missing.json(),
      bad.status,
      ((await bad.json()) as { error: { code: string } }).error.code,
    ]).toEqual([
      404,
      { error: { code: 'input.not_found', message: 'watchlist: no watchlist #9' } },
      400,
      'input.invalid',
    ]);
  });
});

describe('deleting a watchlist', () => {
  it('needs an admin, and then the list is gone', async () => {
    t = makeApp();
    await upload(t, CSV, '?name=suppliers');
    const analyst = await keyFor(t.store, 'ana', 'analyst');
    const refused = await t.call('/api/watchlists/1', { method: 'DELETE', headers: withKey(analyst) });
    const deleted = await t.call('/api/watchlists/1', { method: 'DELETE' });
    const again = await t.call('/api/watchlists/1', { method: 'DELETE' });
    const [audit] = await t.store.listAudit(1, null);
    expect([refused.status, deleted.status, again.status, audit?.target, audit?.details]).toEqual([
      403,
      204,
      404,
      'watchlist:1',
      { status: 204, name: 'suppliers' },
    ]);
  });
});
