// Admins remove users and change their roles: keys die with the user, the audit log keeps the
// name, the last admin stays, and only admins may do it.
import { afterEach, describe, expect, it } from 'vitest';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const json = { 'content-type': 'application/json' };

describe('DELETE /api/users/{name}', () => {
  it('removes the user, whose key stops working, and logs it; their past actions keep their name', async () => {
    t = makeApp();
    const admin = await keyFor(t.store, 'adam', 'admin');
    const sam = await keyFor(t.store, 'sam', 'admin');
    await t.call('/api/poll', { method: 'POST', from: REMOTE, headers: withKey(sam) });
    const res = await t.call('/api/users/sam', { method: 'DELETE', from: REMOTE, headers: withKey(admin) });
    const body = (await res.json()) as { name: string; disabledAt: string | null };
    const after = await t.call('/api/me', { from: REMOTE, headers: withKey(sam) });
    const audit = await t.store.listAudit(10, null);
    expect([
      res.status,
      body.name,
      typeof body.disabledAt,
      after.status,
      audit.map((e) => [e.actor.replace(/key:\w+ /, 'key '), e.action, e.target]),
    ]).toEqual([
      200,
      'sam',
      'string',
      401,
      [
        ['key (adam)', 'DELETE /api/users/sam', 'user:sam'],
        ['key (sam)', 'POST /api/poll', null],
      ],
    ]);
  });

  it('answers 404 for an unknown or already removed user', async () => {
    t = makeApp();
    await keyFor(t.store, 'sam', 'reader');
    const first = await t.call('/api/users/sam', { method: 'DELETE' });
    const again = await t.call('/api/users/sam', { method: 'DELETE' });
    const unknown = await t.call('/api/users/nobody', { method: 'DELETE' });
    expect([first.status, again.status, unknown.status]).toEqual([200, 404, 404]);
  });

  it('refuses to remove the last admin with 409', async () => {
    t = makeApp();
    await keyFor(t.store, 'adam', 'admin');
    const res = await t.call('/api/users/adam', { method: 'DELETE' });
    expect([res.status, await res.json()]).toEqual([
      409,
      { error: { code: 'input.last_admin', message: 'users: adam is the last admin and cannot be removed' } },
    ]);
  });

  it('is for admins only', async () => {
    t = makeApp();
    const analyst = await keyFor(t.store, 'ana', 'analyst');
    await keyFor(t.store, 'rita', 'reader');
    const res = await t.call('/api/users/rita', {
      method: 'DELETE',
      from: REMOTE,
      headers: withKey(analyst),
    });
    expect([res.status, (await t.store.getUserByName('rita'))?.disabledAt]).toEqual([403, null]);
  });
});

describe('PATCH /api/users/{name}', () => {
  it('changes the role, which applies to the next request, and logs both roles', async () => {
    t = makeApp();
    const rita = await keyFor(t.store, 'rita', 'reader');
    const before = await t.call('/api/users', { from: REMOTE, headers: withKey(rita) });
    const res = await t.call('/api/users/rita', {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ role: 'admin' }),
    });
    const after = await t.call('/api/users', { from: REMOTE, headers: withKey(rita) });
    const [entry] = await t.store.listAudit(1, null);
    expect([before.status, res.status, ((await res.json()) as { role: string }).role, after.status]).toEqual([
      403,
      200,
      'admin',
      200,
    ]);
    expect([entry?.actor, entry?.action, entry?.target, entry?.details]).toEqual([
      'local',
      'PATCH /api/users/rita',
      'user:rita',
      { status: 200, role: 'admin', previousRole: 'reader' },
    ]);
  });

  it('refuses to demote the last admin, and rejects an unknown role', async () => {
    t = makeApp();
    await keyFor(t.store, 'adam', 'admin');
    const demote = await t.call('/api/users/adam', {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ role: 'reader' }),
    });
    const bad = await t.call('/api/users/adam', {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ role: 'owner' }),
    });
    expect([demote.status, bad.status, (await t.store.getUserByName('adam'))?.role]).toEqual([
      409,
      400,
      'admin',
    ]);
  });
});
