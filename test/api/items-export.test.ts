// Items with versions and provenance, raw bytes with their sha256, and the export streams.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { importThroughApi, makeApp, rssWith, type TestApp } from './helpers.ts';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('items', () => {
  it('come with versions, duplicates and provenance', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(1, 'Wire'));
    const changed = rssWith(1, 'Wire').replace(
      'Xinjiang cotton report number 0',
      'Xinjiang cotton report, corrected, number 0',
    );
    await importThroughApi(t, changed);
    const detail = (await (await t.call('/api/items/1')).json()) as {
      item: { version: number; title: string };
      versions: Array<{ version: number; changedFields: string[] }>;
      duplicates: unknown[];
      provenance: Array<{ sha256: string }>;
    };
    expect([
      detail.item.version,
      detail.item.title,
      detail.versions.map((v) => [v.version, v.changedFields]),
      detail.duplicates,
      detail.provenance.length,
    ]).toEqual([2, 'Wire story 0', [[1, ['text']]], [], 2]);
  });

  it('answer 404 when missing', async () => {
    t = makeApp();
    const res = await t.call('/api/items/5');
    expect(await res.json()).toEqual({ error: { code: 'input.not_found', message: 'api: no item #5' } });
  });

  it('report a fetch-article with no link to fetch as a result, not an error', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(1).replace(/<link>[^<]*<\/link>/g, ''));
    const res = await t.call('/api/items/1/fetch-article', { method: 'POST' });
    expect(await res.json()).toEqual({
      itemId: 1,
      ok: false,
      message: 'fetch-article: item #1 has no link to fetch',
      length: 0,
    });
  });
});

describe('raw bytes', () => {
  it('download exactly as archived, with their sha256 in a header', async () => {
    t = makeApp();
    const feed = rssWith(3);
    await importThroughApi(t, feed);
    const res = await t.call('/api/fetches/1/raw');
    const bytes = Buffer.from(await res.arrayBuffer());
    const sha = createHash('sha256').update(feed).digest('hex');
    expect([res.headers.get('x-content-sha256'), createHash('sha256').update(bytes).digest('hex')]).toEqual([
      sha,
      sha,
    ]);
  });

  it('are never served as a page: octet-stream, attachment, sandboxed', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(1));
    const res = await t.call('/api/fetches/1/raw');
    expect([
      res.headers.get('content-type'),
      res.headers.get('content-disposition')?.startsWith('attachment;'),
      res.headers.get('content-security-policy'),
    ]).toEqual(['application/octet-stream', true, "sandbox; default-src 'none'"]);
  });

  it('come with the fetch record', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(2));
    const fetch = (await (await t.call('/api/fetches/1')).json()) as { itemsNew: number; format: string };
    expect([fetch.itemsNew, fetch.format]).toEqual([2, 'rss']);
  });
});

describe('export', () => {
  it('streams JSON lines, one per item', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(4));
    const res = await t.call('/api/export?format=jsonl');
    const lines = (await res.text()).trim().split('\n');
    expect([
      res.headers.get('content-type'),
      lines.length,
      (JSON.parse(lines[0] as string) as { title: string }).title,
    ]).toEqual(['application/x-ndjson', 4, 'Test feed story 3']);
  });

  it('streams CSV with a header row, filtered by query', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(4));
    const text = await (await t.call('/api/export?format=csv&q=unique2word')).text();
    const rows = text.trim().split(/\r?\n/);
    expect([rows.length, rows[0]?.startsWith('id,feed_id,source')]).toEqual([2, true]);
  });

  it('streams WARC 1.1 records of the raw responses', async () => {
    t = makeApp();
    await importThroughApi(t, rssWith(2));
    const text = await (await t.call('/api/export?format=warc')).text();
    expect([text.startsWith('WARC/1.1\r\n'), (text.match(/WARC-Type: resource/g) ?? []).length]).toEqual([
      true,
      1,
    ]);
  });

  it("streams the WARC's sha256 manifest", async () => {
    t = makeApp();
    const feed = rssWith(2);
    await importThroughApi(t, feed);
    const lines = (await (await t.call('/api/export?format=manifest')).text()).trim().split('\n');
    expect([lines[0], lines[1]?.split('\t')[0]]).toEqual([
      'sha256\twarc_record_id\ttarget_uri\tfetched_at',
      createHash('sha256').update(feed).digest('hex'),
    ]);
  });
});
