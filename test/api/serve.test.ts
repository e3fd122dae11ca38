// startServer and the serve, users and keys commands.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../src/api/index.ts';
import { registerKeys } from '../../src/cli/commands/keys.ts';
import { registerUsers } from '../../src/cli/commands/users.ts';
import { createFeedFetcher } from '../../src/fetch/index.ts';
import { openStore } from '../../src/store/index.ts';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'newswatch-serve-')), 'test.db');

afterEach(() => vi.restoreAllMocks());

async function runCli(args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const program = new Command('newswatch').exitOverride();
  registerUsers(program);
  registerKeys(program);
  await program.parseAsync(['node', 'newswatch', ...args]);
  vi.restoreAllMocks();
  return out.join('');
}

describe('startServer', () => {
  it('refuses another address than loopback when no one could sign in', async () => {
    const store = openStore(dbPath());
    const fetcher = createFeedFetcher({ now: () => new Date() });
    await expect(startServer({ store, fetcher, host: '0.0.0.0', port: 0, poll: false })).rejects.toThrow(
      /^serve: refusing to listen on 0.0.0.0 with no user or API key/,
    );
    await fetcher.close();
    await store.close();
  });

  it('serves on 127.0.0.1 without sign-in and closes the database on close()', async () => {
    const store = openStore(dbPath());
    const fetcher = createFeedFetcher({ now: () => new Date() });
    const server = await startServer({ store, fetcher, port: 0, poll: false, log: () => {} });
    const me = await (await fetch(`${server.url}api/me`)).json();
    await server.close();
    expect([server.url, me]).toEqual([
      `http://127.0.0.1:${server.port}/`,
      { name: 'local', role: 'admin', via: 'local', csrfToken: expect.any(String) },
    ]);
    await expect(store.listFeeds()).rejects.toThrow(/database connection is not open/);
  });

  it('serves another address once a user has a key', async () => {
    const path = dbPath();
    await runCli(['users', 'add', 'adam', '--role', 'admin', '--db', path]);
    const key = (await runCli(['keys', 'create', '--user', 'adam', '--db', path])).trim();
    const store = openStore(path);
    const fetcher = createFeedFetcher({ now: () => new Date() });
    const server = await startServer({
      store,
      fetcher,
      host: '0.0.0.0',
      port: 0,
      poll: false,
      log: () => {},
    });
    const url = `http://127.0.0.1:${server.port}/api/me`;
    const statuses = [
      (await fetch(url)).status,
      (await fetch(url, { headers: { authorization: `Bearer ${key}` } })).status,
    ];
    await server.close();
    expect(statuses).toEqual([401, 200]);
  });
});

describe('users and keys commands', () => {
  it('add a user and list it', async () => {
    const path = dbPath();
    const added = await runCli(['users', 'add', 'rita', '--role', 'reader', '--db', path]);
    const listed = await runCli(['users', 'list', '--json', '--db', path]);
    expect([
      added.startsWith('added user rita (reader); no password'),
      (JSON.parse(listed) as Array<{ name: string }>).map((u) => u.name),
    ]).toEqual([true, ['rita']]);
  });

  it('print a new key once, in the nw_<prefix>_<secret> form', async () => {
    const path = dbPath();
    await runCli(['users', 'add', 'rita', '--role', 'reader', '--db', path]);
    const key = (await runCli(['keys', 'create', '--user', 'rita', '--label', 'cron', '--db', path])).trim();
    expect(key).toMatch(/^nw_[a-z0-9]{10}_[a-f0-9]{64}$/);
  });

  it('revoke a key by prefix, and log both writes', async () => {
    const path = dbPath();
    await runCli(['users', 'add', 'rita', '--role', 'reader', '--db', path]);
    const key = (await runCli(['keys', 'create', '--user', 'rita', '--db', path])).trim();
    const prefix = key.split('_')[1] as string;
    const out = await runCli(['keys', 'revoke', prefix, '--db', path]);
    const store = openStore(path);
    const actions = (await store.listAudit(10, null)).map((e) => e.action);
    const live = (await store.getApiKey(prefix))?.key.revokedAt !== null;
    await store.close();
    expect([out, actions, live]).toEqual([
      `key ${prefix} revoked\n`,
      ['keys revoke', 'keys create', 'users add'],
      true,
    ]);
  });
});
