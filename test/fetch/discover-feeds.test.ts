import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFeeds, fetchFeed } from '../../src/fetch/index.ts';
import { LOCAL, startServer, type TestServer } from './test-server.ts';

const PAGE = `<!DOCTYPE html><html><head>
<base href="https://news.example/blog/">
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Blog RSS" href="feed.xml">
<link rel="Alternate" type="application/atom+xml; charset=utf-8" href="/atom.xml">
<link rel="alternate" type="application/feed+json" title="JSON" href="https://news.example/feed.json">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="application/rss+xml" title="Again" href="https://news.example/blog/feed.xml">
</head><body></body></html>`;

describe('discoverFeeds', () => {
  it('returns feed links resolved against <base>, in order, without duplicates or non-http URLs', () => {
    expect(discoverFeeds(PAGE, 'https://news.example/blog/post-1').feeds).toEqual([
      { url: 'https://news.example/blog/feed.xml', type: 'application/rss+xml', title: 'Blog RSS' },
      { url: 'https://news.example/atom.xml', type: 'application/atom+xml', title: null },
      { url: 'https://news.example/feed.json', type: 'application/feed+json', title: 'JSON' },
    ]);
  });

  it('resolves against the page URL when there is no <base>', () => {
    const html = '<link rel="alternate" type="application/rss+xml" href="rss">';
    expect(discoverFeeds(html, 'https://site.example/news/').feeds.map((f) => f.url)).toEqual([
      'https://site.example/news/rss',
    ]);
  });

  it('lists the common feed paths not already linked, for the caller to try', () => {
    expect(discoverFeeds(PAGE, 'https://news.example/blog/post-1').guesses).toEqual([
      'https://news.example/feed',
      'https://news.example/rss',
      'https://news.example/rss.xml',
      'https://news.example/feed.xml',
      'https://news.example/index.xml',
      'https://news.example/feeds/posts/default',
    ]);
  });

  it('finds nothing in a page without feed links', () => {
    expect(discoverFeeds('<html><head><title>x</title></head></html>', 'https://a.example/').feeds).toEqual(
      [],
    );
  });
});

describe('discovery from a served page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      '/': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<html><head><link rel="alternate" type="application/atom+xml" href="/news.atom"></head></html>',
          ),
    });
  });
  afterAll(() => server.close());

  it('reads the feed link of a page fetched like a feed', async () => {
    const result = await fetchFeed({ url: server.url('/') }, LOCAL);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.looksLikeHtml).toBe(true);
    expect(discoverFeeds(new TextDecoder().decode(result.body), result.finalUrl).feeds).toEqual([
      { url: server.url('/news.atom'), type: 'application/atom+xml', title: null },
    ]);
  });
});
