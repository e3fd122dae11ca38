// A subcommand's own options after its arguments: `entities rename X Y --db F` works on F, not
// on ./newswatch.db (the group `entities` has a --db of its own, which used to take the flag).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStore } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('options after a subcommand of a group', () => {
  it('entities rename and split take --db after their arguments', async () => {
    const { store, path } = freshStore();
    await store.close();
    expect((await runCli('import', 'samples/xinjiang-topic-dump.txt', '--db', path)).code).toBe(0);

    const renamed = await runCli(
      'entities',
      'rename',
      'National Crime Agency',
      'UK National Crime Agency',
      '--db',
      path,
    );
    expect(renamed).toMatchObject({ code: 0, out: 'renamed to "UK National Crime Agency"\n' });
    const split = await runCli(
      'entities',
      'split',
      'UK National Crime Agency',
      '--spelling',
      'NCA',
      '--name',
      'NCA',
      '--db',
      path,
    );
    expect(split.code).toBe(0);

    const list = await runCli('entities', '--db', path, '--type', 'ORG', '--limit', '100', '--json');
    const names = (JSON.parse(list.out) as { name: string }[]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['UK National Crime Agency', 'NCA']));
    expect(names).not.toContain('National Crime Agency');
  });
});
