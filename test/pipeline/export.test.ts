import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { base32 } from '../../src/export/index.ts';
import { exportCsv, exportJsonl, exportWarc } from '../../src/pipeline/index.ts';
import { parseQuery } from '../../src/query/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';

let store: Store;
afterEach(async () => store?.close());

function collect(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

async function seeded(): Promise<{ xml: string; sha256: string }> {
  store = freshStore().store;
  const xml = rssOf('Wire', [
    {
      guid: '1',
      title: 'Cotton, "forced" labour',
      text: 'Line one\nline two',
      date: 'Tue, 21 Jun 2022 04:00:00 GMT',
    },
    { guid: '2', title: 'Cameras', text: 'Hikvision', date: 'Thu, 24 Nov 2022 04:00:00 GMT' },
  ]);
  const outcome = await store.importFeed(
    importOf('https://wire.example/rss', xml, '2022-11-26T10:00:00.000Z'),
  );
  return { xml, sha256: outcome.sha256 };
}

/** Splits a WARC file into records: headers as a map, and the block. */
function readWarc(buf: Buffer): Array<{ headers: Map<string, string>; block: Buffer }> {
  const records = [];
  let at = 0;
  while (at < buf.length) {
    const end = buf.indexOf('\r\n\r\n', at);
    const lines = buf.subarray(at, end).toString().split('\r\n');
    const headers = new Map(
      lines
        .slice(1)
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)] as [string, string]),
    );
    const length = Number(headers.get('Content-Length'));
    records.push({ headers, block: buf.subarray(end + 4, end + 4 + length) });
    at = end + 4 + length + 4;
  }
  return records;
}

describe('export', () => {
  it("writes JSON lines with the sha256 of each item's source", async () => {
    const { sha256 } = await seeded();
    const out = collect();
    expect(await exportJsonl(store, {}, out.stream)).toBe(2);
    const lines = out
      .bytes()
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.title, l.sourceSha256])).toEqual([
      ['Cotton, "forced" labour', sha256],
      ['Cameras', sha256],
    ]);
  });

  it('writes CSV with quoted fields and only the items a query matches', async () => {
    await seeded();
    const out = collect();
    expect(await exportCsv(store, { query: parseQuery('cotton') }, out.stream)).toBe(1);
    const text = out.bytes().toString();
    expect(text.split('\r\n')[0]).toBe(
      'id,feed_id,source,published_at,first_seen_at,title,url,canonical_url,language,truncated,duplicate_of,version,source_sha256,text',
    );
    expect(text).toContain('"Cotton, ""forced"" labour"');
    expect(text).toContain('"Line one\nline two"');
  });

  it('writes WARC 1.1 records whose digests verify, and a manifest', async () => {
    const { xml, sha256 } = await seeded();
    const out = collect();
    const manifest = collect();
    expect(await exportWarc(store, {}, out.stream, manifest.stream, new Date('2022-11-27T00:00:00Z'))).toBe(
      1,
    );
    const records = readWarc(out.bytes());
    expect(records.map((r) => r.headers.get('WARC-Type'))).toEqual(['warcinfo', 'response']);
    const response = records[1]!;
    expect(response.headers.get('WARC-Target-URI')).toBe('https://wire.example/rss');
    const digest = (b: Buffer) => `sha256:${base32(createHash('sha256').update(b).digest())}`;
    expect(response.headers.get('WARC-Block-Digest')).toBe(digest(response.block));
    const body = response.block.subarray(response.block.indexOf('\r\n\r\n') + 4);
    expect(body.toString()).toBe(xml);
    expect(response.headers.get('WARC-Payload-Digest')).toBe(digest(body));
    expect(response.block.toString().split('\r\n')[0]).toBe('HTTP/1.1 200');
    expect(manifest.bytes().toString().split('\n')[1]?.split('\t')[0]).toBe(sha256);
  });

  it('encodes base32 as RFC 4648 does', () => {
    expect(base32(Buffer.from('foobar'))).toBe('MZXW6YTBOI======');
  });
});
