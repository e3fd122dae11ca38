// The export use case: items matching a query as JSON lines, CSV, or WARC records of the raw
// responses they came from, with a manifest of sha256 digests for verification.
import type { Writable } from 'node:stream';
import { csvLine, httpResponseBlock, recordId, warcRecord } from '../export/index.ts';
import { AppError, type FetchRecord, type StoredItem } from '../model/index.ts';
import type { ExportRequest, Store } from '../store/index.ts';

export type ExportFormat = 'jsonl' | 'csv' | 'warc';

const CSV_COLUMNS = [
  'id',
  'feed_id',
  'source',
  'published_at',
  'first_seen_at',
  'title',
  'url',
  'canonical_url',
  'language',
  'truncated',
  'duplicate_of',
  'version',
  'source_sha256',
  'text',
];

// A reader that goes away (`newswatch export | head`) fails the stream, and no 'drain' will
// come: the export stops with an error the caller can recognise. A failed write to a pipe is
// seen in `errored` at once; process.stdout then emits 'close' and clears its error state
// (Node's stdio streams are never really destroyed), so the wait listens for 'close' too.
async function write(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (out.destroyed) throw outputClosed();
  if (out.write(chunk)) return;
  if (out.errored !== null) throw outputClosed();
  const event = await new Promise<string>((resolve) => {
    const events = ['drain', 'close', 'error'];
    const listeners = events.map((name) => [name, () => done(name)] as const);
    const done = (name: string): void => {
      for (const [n, l] of listeners) out.off(n, l);
      resolve(name);
    };
    for (const [n, l] of listeners) out.on(n, l);
  });
  if (event !== 'drain') throw outputClosed();
}

function outputClosed(): AppError {
  return new AppError('export.output_closed', 'export: the output was closed before the end');
}

function fetchCache(store: Store): (id: number) => Promise<FetchRecord | null> {
  const cache = new Map<number, FetchRecord | null>();
  return async (id) => {
    if (!cache.has(id)) cache.set(id, await store.getFetch(id));
    return cache.get(id) ?? null;
  };
}

/** Writes the matching items as JSON lines, each with the sha256 of its source; returns the count. */
export async function exportJsonl(store: Store, request: ExportRequest, out: Writable): Promise<number> {
  const fetchOf = fetchCache(store);
  let n = 0;
  for await (const item of store.exportItems(request)) {
    const source = await fetchOf(item.firstFetchId);
    await write(out, `${JSON.stringify({ ...item, sourceSha256: source?.sha256 ?? null })}\n`);
    n += 1;
  }
  return n;
}

/** Writes the matching items as CSV with a header row; returns the count. */
export async function exportCsv(store: Store, request: ExportRequest, out: Writable): Promise<number> {
  const fetchOf = fetchCache(store);
  await write(out, csvLine(CSV_COLUMNS));
  let n = 0;
  for await (const i of store.exportItems(request)) {
    const source = await fetchOf(i.firstFetchId);
    await write(
      out,
      csvLine([
        i.id,
        i.feedId,
        i.sourceName,
        i.publishedAt,
        i.firstSeenAt,
        i.title,
        i.url,
        i.canonicalUrl,
        i.language,
        i.truncated,
        i.duplicateOf,
        i.version,
        source?.sha256 ?? '',
        i.text,
      ]),
    );
    n += 1;
  }
  return n;
}

function fetchRecordOf(fetch: FetchRecord, body: Uint8Array): Buffer {
  const isHttp = fetch.httpStatus !== null;
  const id = recordId(`newswatch-fetch-${fetch.id}-${fetch.sha256}`);
  const common = { id, date: fetch.fetchedAt, targetUri: fetch.source, payload: body };
  return isHttp
    ? warcRecord({
        ...common,
        type: 'response',
        contentType: 'application/http;msgtype=response',
        block: httpResponseBlock(fetch.httpStatus as number, fetch.httpHeaders ?? {}, body),
      })
    : warcRecord({
        ...common,
        type: 'resource',
        contentType: fetch.httpHeaders?.['content-type'] ?? 'application/octet-stream',
        block: body,
      });
}

/** Writes a warcinfo record and one record per source fetch of the matching items; the manifest gets one line per record. */
export async function exportWarc(
  store: Store,
  request: ExportRequest,
  out: Writable,
  manifest: Writable,
  now: Date,
): Promise<number> {
  const info = Buffer.from(
    `software: newswatch\r\nformat: WARC File Format 1.1\r\ndescription: raw sources of exported items\r\n`,
  );
  await write(
    out,
    warcRecord({
      type: 'warcinfo',
      id: recordId(`newswatch-warcinfo-${now.toISOString()}`),
      date: now.toISOString(),
      contentType: 'application/warc-fields',
      block: info,
    }),
  );
  await write(manifest, 'sha256\twarc_record_id\ttarget_uri\tfetched_at\n');
  const seen = new Set<number>();
  let records = 0;
  for await (const item of store.exportItems(request)) {
    for (const fetchId of fetchIdsOf(item)) {
      if (seen.has(fetchId)) continue;
      seen.add(fetchId);
      const fetch = await store.getFetch(fetchId);
      const body = fetch ? await store.getBlob(fetch.sha256) : null;
      if (!fetch || !body) continue;
      await write(out, fetchRecordOf(fetch, body));
      await write(
        manifest,
        `${fetch.sha256}\t${recordId(`newswatch-fetch-${fetch.id}-${fetch.sha256}`)}\t${fetch.source}\t${fetch.fetchedAt}\n`,
      );
      records += 1;
    }
  }
  return records;
}

function fetchIdsOf(item: StoredItem): number[] {
  return item.firstFetchId === item.lastFetchId ? [item.firstFetchId] : [item.firstFetchId, item.lastFetchId];
}
