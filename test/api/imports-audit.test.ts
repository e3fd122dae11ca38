// Uploads import in the background with progress; every write lands in the audit log.
import { afterEach, describe, expect, it } from 'vitest';
import { importThroughApi, keyFor, makeApp, REMOTE, rssWith, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('imports', () => {
  it('import multipart files, one result per file', async () => {
    t = makeApp();
    const form = new FormData();
    form.append('file', new Blob([rssWith(3, 'One')]), 'one.xml');
    form.append('file', new Blob(['not a feed at all']), '../../etc/two.txt');
    const res = await t.call('/api/imports', { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    let job: {
      state: string;
      results: Array<{ file: string; ok: boolean; itemsNew: number }>;
      total: number;
      done: number;
    };
    for (;;) {
      job = (await (await t.call(`/api/imports/${id}`)).json()) as typeof job;
      if (job.state === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect([job.total, job.done, job.results.map((r) => [r.file, r.ok, r.itemsNew])]).toEqual([
      2,
      2,
      [
        ['one.xml', true, 3],
        ['two.txt', false, 0],
      ],
    ]);
  });

  it('report progress as server-sent events ending with done', async () => {
    t = makeApp();
    const { id } = await importThroughApi(t, rssWith(2));
    const res = await t.call(`/api/imports/${id}/events`);
    const text = await res.text();
    expect([res.headers.get('content-type'), text.startsWith('event: done\ndata: {')]).toEqual([
      'text/event-stream',
      true,
    ]);
  });

  it('refuse a request with no file', async () => {
    t = makeApp();
    const res = await t.call('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: '',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('input.no_file');
  });

  it('refuse an upload over the limit with 413', async () => {
    t = makeApp({ limits: { uploadBytes: 1000 } });
    const res = await t.call('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: rssWith(30),
    });
    expect(res.status).toBe(413);
  });

  it('answer 404 for an unknown job', async () => {
    t = makeApp();
    expect((await t.call('/api/imports/7d1f5a56-4b43-4a4e-9a43-3f0b8d8b0c11')).status).toBe(404);
  });

  it('are for admins only', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'ana', 'analyst');
    const res = await t.call('/api/imports', {
      method: 'POST',
      from: REMOTE,
      headers: withKey(key, { 'content-type': 'application/octet-stream' }),
      body: rssWith(1),
    });
    expect(res.status).toBe(403);
  });
});

describe('the audit log', () => {
  it('records a write with who did it and on what', async () => {
    t = makeApp();
    const key = await keyFor(t.store, 'adam', 'admin');
    const prefix = key.split('_')[1];
    await t.call('/api/users', {
      method: 'POST',
      from: REMOTE,
      headers: withKey(key, { 'content-type': 'application/json' }),
      body: JSON.stringify({ name: 'rita', role: 'reader' }),
    });
    const [entry] = await t.store.listAudit(1, null);
    expect([entry?.actor, entry?.action, entry?.target, entry?.details]).toEqual([
      `key:${prefix} (adam)`,
      'POST /api/users',
      'user:rita',
      { status: 201, role: 'reader' },
    ]);
  });

  it('records the local admin as local', async () => {
    t = makeApp();
    await t.call('/api/poll', { method: 'POST' });
    const [entry] = await t.store.listAudit(1, null);
    expect([entry?.actor, entry?.action]).toEqual(['local', 'POST /api/poll']);
  });

  it('records a failed sign-in', async () => {
    t = makeApp();
    await t.call('/api/session', {
      method: 'POST',
      from: REMOTE,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'eve', password: 'guess' }),
    });
    const [entry] = await t.store.listAudit(1, null);
    expect([entry?.actor, entry?.action, entry?.target, entry?.details]).toEqual([
      'anonymous',
      'login failed',
      'user:eve',
      { client: REMOTE },
    ]);
  });

  it('records no reads and no refused writes', async () => {
    t = makeApp();
    await t.call('/api/feeds');
    await t.call('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await t.store.listAudit(10, null)).toEqual([]);
  });

  it('is listed newest first for admins, with a cursor', async () => {
    t = makeApp();
    await t.call('/api/poll', { method: 'POST' });
    await t.call('/api/poll', { method: 'POST' });
    const page = (await (await t.call('/api/audit?limit=1')).json()) as {
      entries: Array<{ id: number }>;
      nextCursor: string;
    };
    const next = (await (await t.call(`/api/audit?limit=1&cursor=${page.nextCursor}`)).json()) as {
      entries: Array<{ id: number }>;
      nextCursor: null;
    };
    expect([page.entries[0]?.id, next.entries[0]?.id, next.nextCursor]).toEqual([2, 1, null]);
  });

  it('never holds the key a user was given', async () => {
    t = makeApp();
    const res = await t.call('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'kim', role: 'reader' }),
    });
    expect(res.status).toBe(201);
    const created = (await (
      await t.call('/api/keys', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'kim', label: 'script' }),
      })
    ).json()) as { key: string };
    const log = JSON.stringify(await t.store.listAudit(10, null));
    expect([created.key.length, log.includes(created.key.split('_')[2] as string)]).toEqual([78, false]);
  });
});
