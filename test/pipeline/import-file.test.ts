import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile, listImportFiles } from '../../src/pipeline/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, rssOf } from '../store/helpers.ts';

const NOW = new Date('2022-09-01T10:00:00Z');
let store: Store | undefined;
afterEach(async () => store?.close());

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newswatch-import-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.xml'), rssOf('Feed A', [{ guid: '1', title: 'One' }]));
  writeFileSync(
    join(dir, 'nested', 'b.json'),
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed B',
      items: [{ id: 'x', content_text: 'hello' }],
    }),
  );
  writeFileSync(join(dir, 'bad.html'), '<html><body>not a feed</body></html>');
  writeFileSync(join(dir, '.hidden.xml'), rssOf('Hidden', []));
  return dir;
}

describe('importing files', () => {
  it('walks folders recursively in name order and skips hidden files', async () => {
    const dir = folder();
    expect(await listImportFiles([dir])).toEqual([
      join(dir, 'a.xml'),
      join(dir, 'bad.html'),
      join(dir, 'nested', 'b.json'),
    ]);
  });

  it('reports a bad file and imports the rest', async () => {
    store = freshStore().store;
    const dir = folder();
    const results = [];
    for (const file of await listImportFiles([dir])) results.push(await importFile(store, file, NOW));
    expect(results.map((r) => (r.ok ? `${r.format}:${r.outcome.itemsNew}` : r.error))).toEqual([
      'rss:1',
      'parse: an HTML page, not a feed',
      'json:1',
    ]);
    expect((await store.listFeeds()).map((f) => f.title)).toEqual(['Feed A', 'Feed B']);
  });

  it('reports a missing file with its reason', async () => {
    store = freshStore().store;
    const result = await importFile(store, '/nonexistent/feed.xml', NOW);
    expect(result).toEqual({
      ok: false,
      file: '/nonexistent/feed.xml',
      error: 'import: cannot read /nonexistent/feed.xml: ENOENT',
    });
  });

  it('treats snapshots of one feed in two files as one feed with versions', async () => {
    store = freshStore().store;
    const dir = mkdtempSync(join(tmpdir(), 'newswatch-snap-'));
    writeFileSync(join(dir, 'day1.xml'), rssOf('Topic', [{ guid: 'g', title: 'Draft headline' }]));
    writeFileSync(join(dir, 'day2.xml'), rssOf('Topic', [{ guid: 'g', title: 'Final headline' }]));
    await importFile(store, join(dir, 'day1.xml'), NOW);
    const second = await importFile(store, join(dir, 'day2.xml'), new Date('2022-09-02T10:00:00Z'));
    expect(second.ok && [second.outcome.itemsNew, second.outcome.itemsUpdated]).toEqual([0, 1]);
    expect((await store.listFeeds()).length).toBe(1);
  });
});
