// kill -9 during an import leaves the database consistent; re-running completes it with no
// duplicates and nothing lost.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshStore } from './helpers.ts';

const LOOP = join(import.meta.dirname, 'fixtures', 'import-loop.ts');
const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');

function runUntil(dbPath: string, count: number, killAfter: string | null): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [LOOP, dbPath, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        if (line === killAfter) setTimeout(() => child.kill('SIGKILL'), 150);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(lines));
  });
}

function counts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const one = (sql: string) => (db.prepare(sql).get() as { n: number | string }).n;
  const result = {
    integrity: one('SELECT integrity_check AS n FROM pragma_integrity_check'),
    items: one('SELECT count(*) AS n FROM items'),
    distinctKeys: one('SELECT count(DISTINCT item_key) AS n FROM items'),
    fetches: one('SELECT count(*) AS n FROM fetches'),
    itemsWithoutFetch: one(
      'SELECT count(*) AS n FROM items WHERE first_fetch_id NOT IN (SELECT id FROM fetches)',
    ),
  };
  db.close();
  return result;
}

describe('crash safety', () => {
  it(
    'survives kill -9 in the middle of an import and completes on re-run',
    { timeout: 120_000 },
    async () => {
      const { store, path } = freshStore();
      await store.close();
      const lines = await runUntil(path, 4, 'begin 1');
      expect(lines).toContain('done 0');
      expect(lines).not.toContain('done 1');
      const afterCrash = counts(path);
      expect(afterCrash).toEqual({
        integrity: 'ok',
        items: 3000,
        distinctKeys: 3000,
        fetches: 1,
        itemsWithoutFetch: 0,
      });

      await runUntil(path, 4, null);
      const afterRerun = counts(path);
      expect(afterRerun).toEqual({
        integrity: 'ok',
        items: 12000,
        distinctKeys: 12000,
        fetches: 4,
        itemsWithoutFetch: 0,
      });
    },
  );
});
