// A subcommand's own options after its arguments: `entities rename X Y --db F` works on F, not
// on ./newswatch.db (the group `entities` has a --db of its own, which used to take the flag).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { freshStore } from '../store/helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = await main(['node', 'newswatch', ...args]);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

describe('options after a subcommand of a group', () => {
  it('entities rename and split take --db after their arguments', async () => {
    const { store, path } = freshStore();
    await store.close();
    expect((await run('import', 'samples/xinjiang-topic-dump.txt', '--db', path)).code).toBe(0);

    const renamed = await run(
      'entities',
      'rename',
      'National Crime Agency',
      'UK National Crime Agency',
      '--db',
      path,
    );
    expect(renamed).toMatchObject({ code: 0, out: 'renamed to "UK National Crime Agency"\n' });
    const split = await run(
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

    const list = await run('entities', '--db', path, '--type', 'ORG', '--limit', '100', '--json');
    const names = (JSON.parse(list.out) as { name: string }[]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['UK National Crime Agency', 'NCA']));
    expect(names).not.toContain('National Crime Agency');
  });
});
