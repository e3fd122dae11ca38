// Migration 10: an attempt keeps its response's headers and the sha256 of its body; attempts
// recorded before it (and those that got no response) read back with neither.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedId } from '../../src/model/index.ts';
import type { Store } from '../../src/store/index.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { freshStore } from './helpers.ts';

let store: Store;
afterEach(async () => {
  await store.close();
});

const UPDATE = {
  nextFetchAt: '2024-01-01T01:00:00.000Z',
  etag: null,
  lastModified: null,
  isFullFetch: false,
  redirect: { target: null, seen: 0, firstSeenAt: null },
};

const attemptOf = (feedId: FeedId, code: string) => ({
  feedId,
  startedAt: '2024-01-01T00:00:00.000Z',
  durationMs: 3,
  outcome: 'error' as const,
  code,
  message: `fetch: ${code}`,
  httpStatus: code === 'fetch.timeout' ? null : 500,
  finalUrl: null,
  fetchId: null,
});

describe('attempt responses', () => {
  it('migration 10 keeps the attempts of a schema 9 archive, without headers or body', async () => {
    const fresh = freshStore();
    store = fresh.store;
    const feed = await store.addFeed({ url: 'https://example.org/a.xml' }, '2024-01-01T00:00:00.000Z');
    await store.close();
    const db = new Database(fresh.path);
    db.exec(`ALTER TABLE fetch_attempts DROP COLUMN http_headers;
      ALTER TABLE fetch_attempts DROP COLUMN sha256;
      ALTER TABLE fetch_attempts DROP COLUMN byte_length;
      ALTER TABLE fetch_attempts DROP COLUMN body_truncated;
      DELETE FROM schema_migrations WHERE version >= 10;`);
    db.prepare(
      `INSERT INTO fetch_attempts (feed_id, started_at, duration_ms, outcome, code, http_status)
       VALUES (?, '2024-01-01T00:00:00.000Z', 5, 'error', 'fetch.http_500', 500)`,
    ).run(feed.id);
    db.close();
    store = SqliteStore.open(fresh.path);
    expect(await store.listAttempts(feed.id, 5, null)).toMatchObject([
      { httpStatus: 500, httpHeaders: null, sha256: null, byteLength: null, isBodyTruncated: false },
    ]);
  });

  it('stores a body once however many attempts carry it, and marks a truncated one', async () => {
    const fresh = freshStore();
    store = fresh.store;
    const feed = await store.addFeed({ url: 'https://example.org/a.xml' }, '2024-01-01T00:00:00.000Z');
    const page = new TextEncoder().encode('x'.repeat(1000));
    const response = { headers: { 'content-type': 'text/plain' }, body: page, isBodyTruncated: true };
    await store.recordAttempt(attemptOf(feed.id, 'fetch.http_500'), UPDATE, response);
    await store.recordAttempt(attemptOf(feed.id, 'fetch.http_500'), UPDATE, response);
    await store.recordAttempt(attemptOf(feed.id, 'fetch.timeout'), UPDATE);
    const [none, second, first] = await store.listAttempts(feed.id, 5, null);
    expect(none).toMatchObject({ httpHeaders: null, sha256: null, isBodyTruncated: false });
    expect(second?.sha256).toBe(first?.sha256);
    expect(first).toMatchObject({ byteLength: 1000, isBodyTruncated: true });
    expect(Buffer.from((await store.getBlob(first!.sha256!))!).equals(Buffer.from(page))).toBe(true);
    const blobs = new Database(fresh.path, { readonly: true });
    expect(blobs.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 1 });
    blobs.close();
  });
});
