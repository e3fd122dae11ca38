// Monitors end to end: a saved search and a watchlist, new items sent once, by a signed
// webhook to a real server on 127.0.0.1 and by e-mail through a local SMTP server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/alerts/index.ts';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';
import { analyzePending, createItemAnalyzer, runAlerts } from '../../src/pipeline/index.ts';
import { parseWatchlistCsv } from '../../src/screen/index.ts';
import type { Store } from '../../src/store/index.ts';
import { freshStore, importOf, rssOf } from '../store/helpers.ts';

const MODEL = loadTagger(
  readFileSync(join(import.meta.dirname, '..', '..', 'models', 'ner', 'ner-model.bin.gz')),
);
const SECRET = 'test-secret';
let store: Store;
let server: Server;
let received: Array<{
  ok: boolean;
  body: { items: Array<{ title: string; sha256: string; matchedBy: { kind: string } }> };
}>;
let hookUrl: string;
let clock: Date;

beforeEach(async () => {
  store = freshStore().store;
  clock = new Date('2022-11-26T10:00:00Z');
  received = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({
        ok: verifySignature(body, req.headers, SECRET, clock).ok,
        body: JSON.parse(body.toString()),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});

afterEach(async () => {
  await store.close();
  await new Promise((resolve) => server.close(resolve));
});

const deps = () => ({ store, now: () => clock, smtp: null, allow: ['127.0.0.1'] });

async function importItems(
  items: Array<{ guid: string; title: string; text: string }>,
  at: string,
): Promise<void> {
  await store.importFeed(importOf('https://news.example/rss', rssOf('News', items), at));
  await analyzePending(store, createItemAnalyzer(createExtractor(MODEL)), () => clock);
}

describe('monitoring', () => {
  it('sends new matches of a saved search once, signed', async () => {
    await store.saveAlert(
      {
        name: 'cotton',
        kind: 'search',
        query: 'cotton',
        watchlistId: null,
        channels: { webhook: { url: hookUrl, secret: SECRET } },
      },
      '2022-11-26T09:00:00.000Z',
    );
    await importItems(
      [
        { guid: '1', title: 'Cotton ban enforced', text: 'US customs held cotton shipments.' },
        { guid: '2', title: 'Weather', text: 'Rain.' },
      ],
      '2022-11-26T10:00:00.000Z',
    );
    const first = await runAlerts(deps());
    expect(first.map((r) => [r.channel, r.items, r.ok])).toEqual([['webhook', 1, true]]);
    expect(received.map((r) => [r.ok, r.body.items.map((i) => i.title)])).toEqual([
      [true, ['Cotton ban enforced']],
    ]);
    expect(received[0]?.body.items[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await runAlerts(deps())).toEqual([]);
    await importItems(
      [{ guid: '3', title: 'More cotton seized', text: 'Cotton again.' }],
      '2022-11-26T11:00:00.000Z',
    );
    await runAlerts(deps());
    expect(received.map((r) => r.body.items.map((i) => i.title))).toEqual([
      ['Cotton ban enforced'],
      ['More cotton seized'],
    ]);
  });

  it('does not send items first seen before the alert existed', async () => {
    await importItems(
      [{ guid: '1', title: 'Old cotton story', text: 'Cotton.' }],
      '2022-11-20T10:00:00.000Z',
    );
    await store.saveAlert(
      {
        name: 'cotton',
        kind: 'search',
        query: 'cotton',
        watchlistId: null,
        channels: { webhook: { url: hookUrl, secret: SECRET } },
      },
      '2022-11-26T09:00:00.000Z',
    );
    expect(await runAlerts(deps())).toEqual([]);
  });

  it('sends items naming an entity a watchlist matches', async () => {
    const list = await store.saveWatchlist(
      {
        name: 'firms',
        source: 'x.csv',
        format: 'csv',
        entries: parseWatchlistCsv('name\nHangzhou Hikvision Digital Technology Co. Ltd.\n').entries,
      },
      '2022-11-26T09:00:00.000Z',
    );
    await store.saveAlert(
      {
        name: 'firms',
        kind: 'watchlist',
        query: null,
        watchlistId: list.id,
        channels: { webhook: { url: hookUrl, secret: SECRET } },
      },
      '2022-11-26T09:00:00.000Z',
    );
    await importItems(
      [
        {
          guid: '1',
          title: 'Hikvision faces UK ban',
          text: 'The British government told departments to stop installing cameras made by Hikvision, the Chinese surveillance company.',
        },
        { guid: '2', title: 'Weather', text: 'Rain.' },
      ],
      '2022-11-26T10:00:00.000Z',
    );
    await runAlerts(deps());
    expect(received.map((r) => r.body.items.map((i) => [i.title, i.matchedBy.kind]))).toEqual([
      [['Hikvision faces UK ban', 'watchlist']],
    ]);
  });

  it('keeps a failed delivery to try again, and says why', async () => {
    await store.saveAlert(
      {
        name: 'cotton',
        kind: 'search',
        query: 'cotton',
        watchlistId: null,
        channels: { webhook: { url: 'http://10.255.255.1/hook', secret: SECRET } },
      },
      '2022-11-26T09:00:00.000Z',
    );
    await importItems([{ guid: '1', title: 'Cotton', text: 'Cotton.' }], '2022-11-26T10:00:00.000Z');
    const [result] = await runAlerts({ ...deps(), allow: [] });
    expect(result?.ok).toBe(false);
    expect(result?.message).toMatch(/not a public address/);
    expect((await store.deliveredItems(1, 'webhook', [1])).size).toBe(0);
  });

  it('sends a digest e-mail through SMTP', async () => {
    const mails: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => (mails.push(Buffer.concat(chunks).toString()), done()));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const port = (smtp.server.address() as AddressInfo).port;
      await store.saveAlert(
        {
          name: 'cotton',
          kind: 'search',
          query: 'cotton',
          watchlistId: null,
          channels: { email: { to: ['desk@example.org'] } },
        },
        '2022-11-26T09:00:00.000Z',
      );
      await importItems(
        [{ guid: '1', title: 'Cotton ban enforced', text: 'Cotton.' }],
        '2022-11-26T10:00:00.000Z',
      );
      const results = await runAlerts({
        ...deps(),
        smtp: { host: '127.0.0.1', port, secure: false, from: 'newswatch@example.org' },
      });
      expect(results.map((r) => r.ok)).toEqual([true]);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain('desk@example.org');
      expect(mails[0]).toContain('Cotton ban enforced');
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
