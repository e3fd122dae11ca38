// An app on a fresh SQLite file, requests as a given client, and small feeds to import.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, createKey, createUser, type Limits } from '../../src/api/index.ts';
import type { AlertSettings } from '../../src/api/services/index.ts';
import { createFeedFetcher, type FeedFetcher } from '../../src/fetch/index.ts';
import type { ItemAnalyzer } from '../../src/pipeline/index.ts';
import type { Role, Store } from '../../src/store/index.ts';
import { openStore } from '../../src/store/index.ts';

export const LOOPBACK = '127.0.0.1';
export const REMOTE = '203.0.113.9';

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly fetcher: FeedFetcher;
  readonly path: string;
  /** Sends a request from address (loopback unless told), with the test's remote-address header. */
  readonly call: (path: string, init?: RequestInit & { from?: string }) => Promise<Response>;
  readonly close: () => Promise<void>;
}

/** Returns a fresh app; trustLoopback as a server bound to 127.0.0.1 would have it. */
export function makeApp(
  options: {
    trustLoopback?: boolean;
    limits?: Partial<Limits>;
    now?: () => Date;
    store?: Store;
    alerting?: AlertSettings;
    analyze?: ItemAnalyzer;
  } = {},
): TestApp {
  const path = join(mkdtempSync(join(tmpdir(), 'newswatch-api-')), 'test.db');
  const store = options.store ?? openStore(path);
  const fetcher = createFeedFetcher({ now: () => new Date(), allow: ['127.0.0.1/32'] });
  const app = createApp({
    store,
    fetcher,
    trustLoopback: options.trustLoopback ?? true,
    remoteAddressOf: (c) => c.req.header('x-test-remote'),
    log: () => {},
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.alerting ? { alerting: options.alerting } : {}),
    ...(options.analyze ? { analyze: options.analyze } : {}),
  });
  const call = (p: string, init: RequestInit & { from?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('x-test-remote', init.from ?? LOOPBACK);
    return Promise.resolve(app.request(`http://localhost${p}`, { ...init, headers }));
  };
  return {
    app,
    store,
    fetcher,
    path,
    call,
    close: async () => {
      await fetcher.close();
      await store.close();
    },
  };
}

/** Adds a user with role and returns an API key for it. */
export async function keyFor(store: Store, name: string, role: Role): Promise<string> {
  await createUser(store, { name, role, password: null }, new Date());
  return (await createKey(store, { userName: name, label: null }, new Date())).key;
}

/** Returns headers for a JSON request with an API key. */
export function withKey(key: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${key}`, ...extra };
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Returns an RSS 2.0 document with n items (guid `item-i`, one a day back from 2024-03-01). */
export function rssWith(n: number, title = 'Test feed', words = 'Xinjiang cotton report'): string {
  const items = Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2024, 2, 1) - i * 86_400_000).toUTCString();
    return `<item><guid isPermaLink="false">item-${i}</guid><title>${esc(`${title} story ${i}`)}</title><link>https://news.example/${i}</link><pubDate>${date}</pubDate><description>${esc(`${words} number ${i}, unique${i}word and more text about ${title}.`)}</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(title)}</title><link>https://news.example/</link>${items.join('')}</channel></rss>`;
}

/** Imports a feed document through POST /api/imports and waits for the job; returns the job. */
export async function importThroughApi(
  t: TestApp,
  body: string,
  name = 'feed.xml',
): Promise<{ id: string; results: Array<{ ok: boolean; itemsNew: number; message: string }> }> {
  const res = await t.call(`/api/imports?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body,
  });
  if (res.status !== 202) throw new Error(`import refused: ${res.status} ${await res.text()}`);
  const job = (await res.json()) as { id: string };
  for (;;) {
    const state = (await (await t.call(`/api/imports/${job.id}`)).json()) as {
      state: string;
      id: string;
      results: Array<{ ok: boolean; itemsNew: number; message: string }>;
    };
    if (state.state === 'done') return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts an HTTP server on 127.0.0.1 answering with routes (path → [content type, body]). */
export async function serveFiles(
  routes: Record<string, readonly [string, string]>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
