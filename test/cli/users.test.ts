// `newswatch users remove|role`: the store changes, the audit log records the command, and the
// last admin stays.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKey, createUser } from '../../src/api/index.ts';
import { openStore, type Role } from '../../src/store/index.ts';
import { freshStore } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

async function seeded(users: ReadonlyArray<readonly [string, Role]>): Promise<string> {
  const { store, path } = freshStore();
  for (const [name, role] of users) {
    await createUser(store, { name, role, password: null }, new Date());
    await createKey(store, { userName: name, label: null }, new Date());
  }
  await store.close();
  return path;
}

describe('newswatch users remove', () => {
  it('removes the user, revokes their keys and logs the command', async () => {
    const db = await seeded([
      ['adam', 'admin'],
      ['sam', 'analyst'],
    ]);
    const result = await runCli('users', 'remove', 'sam', '--db', db);
    const store = openStore(db);
    const keys = await store.listApiKeys();
    const [entry] = await store.listAudit(1, null);
    await store.close();
    expect(result).toEqual({
      code: 0,
      out: 'removed user sam: keys revoked, sessions ended; the audit log keeps the name\n',
      err: '',
    });
    expect([
      keys.map((k) => [k.userName, k.revokedAt === null]),
      [entry?.action, entry?.target, entry?.actor.startsWith('cli')],
    ]).toEqual([
      [
        ['sam', false],
        ['adam', true],
      ],
      ['users remove', 'user:sam', true],
    ]);
  });

  it('refuses the last admin and an unknown user', async () => {
    const db = await seeded([['adam', 'admin']]);
    expect([
      await runCli('users', 'remove', 'adam', '--db', db),
      await runCli('users', 'remove', 'x', '--db', db),
    ]).toEqual([
      { code: 7, out: '', err: 'newswatch: users: adam is the last admin and cannot be removed\n' },
      { code: 7, out: '', err: 'newswatch: users: no user named x\n' },
    ]);
  });
});

describe('newswatch users role', () => {
  it("changes a user's role and logs both roles", async () => {
    const db = await seeded([['rita', 'reader']]);
    const result = await runCli('users', 'role', 'rita', 'analyst', '--db', db);
    const store = openStore(db);
    const rita = await store.getUserByName('rita');
    const [entry] = await store.listAudit(1, null);
    await store.close();
    expect([result, rita?.role, entry?.details]).toEqual([
      { code: 0, out: 'rita is now analyst\n', err: '' },
      'analyst',
      { role: 'analyst', previousRole: 'reader' },
    ]);
  });

  it('refuses an unknown role and demoting the last admin', async () => {
    const db = await seeded([['adam', 'admin']]);
    expect([
      await runCli('users', 'role', 'adam', 'owner', '--db', db),
      await runCli('users', 'role', 'adam', 'reader', '--db', db),
    ]).toEqual([
      { code: 2, out: '', err: "newswatch: role: 'owner' is not admin, analyst or reader\n" },
      { code: 7, out: '', err: 'newswatch: users: adam is the last admin and cannot be made reader\n' },
    ]);
  });
});
