// The store's users, keys, sessions and audit log, on a fresh SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { generateApiKey, hashPassword, parseApiKey, verifyPassword } from '../../src/api/index.ts';
import { makeApp, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const NOW = '2024-05-01T10:00:00.000Z';

describe('users', () => {
  it('are added with their role and no password hash in the record', async () => {
    t = makeApp();
    const user = await t.store.addUser({ name: 'sam', role: 'analyst', passwordHash: 'scrypt$x' }, NOW);
    expect(user).toEqual({
      id: 1,
      name: 'sam',
      role: 'analyst',
      hasPassword: true,
      createdAt: NOW,
      disabledAt: null,
    });
  });

  it('are unique by name', async () => {
    t = makeApp();
    await t.store.addUser({ name: 'sam', role: 'reader', passwordHash: null }, NOW);
    await expect(t.store.addUser({ name: 'sam', role: 'admin', passwordHash: null }, NOW)).rejects.toThrow(
      'users: there is already a user named sam',
    );
  });

  it('count as credentials only with a password or a live key', async () => {
    t = makeApp();
    const before = await t.store.hasCredentials();
    const user = await t.store.addUser({ name: 'k', role: 'reader', passwordHash: null }, NOW);
    const bare = await t.store.hasCredentials();
    await t.store.addApiKey({ userId: user.id, prefix: 'abcdefghij', keyHash: 'sha256:x', label: null }, NOW);
    const keyed = await t.store.hasCredentials();
    await t.store.revokeApiKey('abcdefghij', NOW);
    expect([before, bare, keyed, await t.store.hasCredentials()]).toEqual([false, false, true, false]);
  });
});

describe('removing a user', () => {
  it('disables them, revokes their keys, ends their sessions and keeps their name in the audit log', async () => {
    t = makeApp();
    await t.store.addUser({ name: 'boss', role: 'admin', passwordHash: null }, NOW);
    const sam = await t.store.addUser({ name: 'sam', role: 'analyst', passwordHash: 'scrypt$x' }, NOW);
    await t.store.addApiKey({ userId: sam.id, prefix: 'abcdefghij', keyHash: 'sha256:x', label: null }, NOW);
    const session = {
      idHash: 'h1',
      userId: sam.id,
      csrfToken: 'c',
      createdAt: NOW,
      expiresAt: '2024-05-02T00:00:00.000Z',
    };
    await t.store.addSession(session);
    await t.store.appendAudit({
      at: NOW,
      actor: 'user:sam',
      action: 'POST /api/feeds',
      target: 'feed:1',
      details: {},
    });
    const later = '2024-05-01T11:00:00.000Z';
    const removed = await t.store.removeUser('sam', later);
    expect([
      removed?.disabledAt,
      (await t.store.getApiKey('abcdefghij'))?.key.revokedAt,
      await t.store.getSession('h1', later),
      (await t.store.listAudit(10, null)).map((e) => e.actor),
      (await t.store.listUsers()).map((u) => [u.name, u.disabledAt]),
      await t.store.removeUser('sam', later),
      await t.store.removeUser('nobody', later),
    ]).toEqual([
      later,
      later,
      null,
      ['user:sam'],
      [
        ['boss', null],
        ['sam', later],
      ],
      null,
      null,
    ]);
  });

  it('refuses the last live admin, and allows an admin while another is left', async () => {
    t = makeApp();
    await t.store.addUser({ name: 'a1', role: 'admin', passwordHash: null }, NOW);
    await expect(t.store.removeUser('a1', NOW)).rejects.toThrow(
      'users: a1 is the last admin and cannot be removed',
    );
    await t.store.addUser({ name: 'a2', role: 'admin', passwordHash: null }, NOW);
    expect((await t.store.removeUser('a1', NOW))?.name).toBe('a1');
    await expect(t.store.removeUser('a2', NOW)).rejects.toThrow(
      'users: a2 is the last admin and cannot be removed',
    );
  });
});

describe("changing a user's role", () => {
  it('changes it for live users only', async () => {
    t = makeApp();
    await t.store.addUser({ name: 'boss', role: 'admin', passwordHash: null }, NOW);
    await t.store.addUser({ name: 'sam', role: 'reader', passwordHash: null }, NOW);
    const promoted = await t.store.setUserRole('sam', 'analyst');
    await t.store.removeUser('sam', NOW);
    expect([
      promoted?.role,
      await t.store.setUserRole('sam', 'admin'),
      await t.store.setUserRole('x', 'admin'),
    ]).toEqual(['analyst', null, null]);
  });

  it('refuses to demote the last live admin, but lets them stay admin', async () => {
    t = makeApp();
    await t.store.addUser({ name: 'a1', role: 'admin', passwordHash: null }, NOW);
    await expect(t.store.setUserRole('a1', 'reader')).rejects.toThrow(
      'users: a1 is the last admin and cannot be made reader',
    );
    expect((await t.store.setUserRole('a1', 'admin'))?.role).toBe('admin');
  });
});

describe('API keys', () => {
  it('are found by prefix with their user and hash', async () => {
    t = makeApp();
    const user = await t.store.addUser({ name: 'k', role: 'reader', passwordHash: null }, NOW);
    await t.store.addApiKey(
      { userId: user.id, prefix: 'abcdefghij', keyHash: 'sha256:x', label: 'cron' },
      NOW,
    );
    const found = await t.store.getApiKey('abcdefghij');
    expect([found?.key.label, found?.key.userName, found?.keyHash, found?.user.role]).toEqual([
      'cron',
      'k',
      'sha256:x',
      'reader',
    ]);
  });

  it('are generated as nw_<prefix>_<secret> and parsed back', () => {
    const key = generateApiKey();
    expect(parseApiKey(key.key)).toEqual({ prefix: key.prefix, secret: key.key.slice(14) });
  });
});

describe('sessions', () => {
  it('are found by token hash until they expire', async () => {
    t = makeApp();
    const user = await t.store.addUser({ name: 's', role: 'admin', passwordHash: null }, NOW);
    await t.store.addSession({
      idHash: 'h1',
      userId: user.id,
      csrfToken: 'c1',
      createdAt: NOW,
      expiresAt: '2024-05-01T22:00:00.000Z',
    });
    const live = await t.store.getSession('h1', '2024-05-01T21:59:59.000Z');
    const expired = await t.store.getSession('h1', '2024-05-01T22:00:00.000Z');
    expect([live?.csrfToken, live?.user.name, expired]).toEqual(['c1', 's', null]);
  });
});

describe('passwords', () => {
  it('verify only the right one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect([
      stored.startsWith('scrypt$32768$8$1$'),
      await verifyPassword('correct horse battery', stored),
      await verifyPassword('wrong', stored),
    ]).toEqual([true, true, false]);
  });

  it('refuse a malformed stored hash', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('the audit log', () => {
  it('keeps entries with their details, newest first', async () => {
    t = makeApp();
    await t.store.appendAudit({
      at: NOW,
      actor: 'local',
      action: 'POST /api/poll',
      target: null,
      details: { n: 1 },
    });
    await t.store.appendAudit({
      at: NOW,
      actor: 'user:sam',
      action: 'DELETE /api/feeds/1',
      target: 'feed:1',
      details: {},
    });
    expect((await t.store.listAudit(10, null)).map((e) => [e.id, e.actor, e.target, e.details])).toEqual([
      [2, 'user:sam', 'feed:1', {}],
      [1, 'local', null, { n: 1 }],
    ]);
  });
});
